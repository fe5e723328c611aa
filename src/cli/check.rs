//! `check` and `fmt`: problems in files, and the canonical form.

use std::path::Path;

use super::{Outcome, report_unusable};
use crate::io::{
    Document, line_of, parse_curricular_analytics, parse_document, read_text, save_document,
};
use crate::model::validate::{Finding, Severity, validate, validate_library, validate_survey};

pub(super) fn check_file(path: &Path) -> Outcome {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(error) => return report_unusable(&error),
    };
    let is_csv = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("csv"));
    let parsed = if is_csv {
        parse_curricular_analytics(path, &text)
            .map(Document::Plan)
            .map_err(|error| report_unusable(&error))
    } else {
        parse_document(path, &text).map_err(|error| report_unusable(&error))
    };
    let document = match parsed {
        Ok(document) => document,
        Err(outcome) => return outcome,
    };
    let (findings, summary) = match &document {
        Document::Plan(plan) => (
            validate(plan),
            format!(
                "plan “{}”: {} terms, {} modules",
                plan.title.in_language(true),
                plan.terms.len(),
                plan.modules.len()
            ),
        ),
        Document::Library(library) => (
            validate_library(library),
            format!(
                "library: {} modules, {} skills, {} industries",
                library.modules.len(),
                library.skills.len(),
                library.industries.len()
            ),
        ),
        Document::Survey(survey) => (
            validate_survey(survey),
            format!(
                "survey “{}”: n = {}, {} skills",
                survey.survey.title.in_language(true),
                survey.survey.respondents,
                survey.survey.skills.len()
            ),
        ),
    };
    if findings.is_empty() {
        println!("{}: ok, {summary}", path.display());
        return Outcome::Clean;
    }
    for finding in &findings {
        print_finding(path, &text, finding);
    }
    let errors = findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
        .count();
    println!(
        "{}: {errors} error(s), {} warning(s)",
        path.display(),
        findings.len() - errors
    );
    Outcome::Findings
}

fn print_finding(path: &Path, text: &str, finding: &Finding) {
    let severity = match finding.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    match line_of(text, &finding.problem.location()) {
        Some(line) => println!("{}:{line}: {severity}: {}", path.display(), finding.problem),
        None => println!("{}: {severity}: {}", path.display(), finding.problem),
    }
}

pub(super) fn format_file(path: &Path, check_only: bool) -> Outcome {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(error) => return report_unusable(&error),
    };
    let document = match parse_document(path, &text) {
        Ok(document) => document,
        Err(error) => return report_unusable(&error),
    };
    let canonical = match document.to_canonical() {
        Ok(canonical) => canonical,
        Err(error) => {
            eprintln!(
                "{}: cannot write the document as RON: {error}",
                path.display()
            );
            return Outcome::Unusable;
        }
    };
    // Compare bytes on disk, so a byte-order mark or CRLF line ends count as a change.
    let unchanged = std::fs::read(path).is_ok_and(|bytes| bytes == canonical.as_bytes());
    if unchanged {
        return Outcome::Clean;
    }
    if check_only {
        println!("{}: not in canonical form", path.display());
        return Outcome::Findings;
    }
    match save_document(path, &document) {
        Ok(()) => {
            println!("{}: formatted", path.display());
            Outcome::Clean
        }
        Err(error) => {
            eprintln!("{error}");
            Outcome::Unusable
        }
    }
}
