//! `check` and `fmt`: problems in files, and the canonical form.

use std::path::Path;

use super::{Outcome, report_unusable};
use crate::catalogue::{Language, Text, problem_message, severity_word};
use crate::io::{
    Document, line_of, parse_curricular_analytics, parse_document, read_text, save_document,
};
use crate::model::ModuleId;
use crate::model::validate::{Finding, Severity, validate, validate_library, validate_survey};

pub(super) fn check_file(path: &Path, language: Language) -> Outcome {
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
            language.fill(
                Text::CheckPlanSummary,
                &[
                    &plan.title.in_language(language),
                    &plan.terms.len(),
                    &plan.modules.len(),
                ],
            ),
        ),
        Document::Library(library) => (
            validate_library(library),
            language.fill(
                Text::CheckLibrarySummary,
                &[
                    &library.modules.len(),
                    &library.skills.len(),
                    &library.industries.len(),
                ],
            ),
        ),
        Document::Survey(survey) => (
            validate_survey(survey),
            language.fill(
                Text::CheckSurveySummary,
                &[
                    &survey.survey.title.in_language(language),
                    &survey.survey.respondents,
                    &survey.survey.skills.len(),
                ],
            ),
        ),
    };
    if findings.is_empty() {
        println!(
            "{}",
            language.fill(Text::CheckOk, &[&path.display(), &summary])
        );
        return Outcome::Clean;
    }
    for finding in &findings {
        print_finding(path, &text, finding, language);
    }
    let errors = findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
        .count();
    println!(
        "{}",
        language.fill(
            Text::CheckCounts,
            &[&path.display(), &errors, &(findings.len() - errors)],
        )
    );
    Outcome::Findings
}

/// `plan.ron:12: error: …`, modules named by their ids (what the file says).
fn print_finding(path: &Path, text: &str, finding: &Finding, language: Language) {
    let severity = severity_word(language, finding.severity);
    let message = problem_message(language, &finding.problem, &|id: &ModuleId| {
        id.as_str().to_owned()
    });
    match line_of(text, &finding.problem.location()) {
        Some(line) => println!("{}:{line}: {severity}: {message}", path.display()),
        None => println!("{}: {severity}: {message}", path.display()),
    }
}

pub(super) fn format_file(path: &Path, check_only: bool, language: Language) -> Outcome {
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
                "{}",
                language.fill(Text::FormatCannotWrite, &[&path.display(), &error])
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
        println!(
            "{}",
            language.fill(Text::FormatNotCanonical, &[&path.display()])
        );
        return Outcome::Findings;
    }
    match save_document(path, &document) {
        Ok(()) => {
            println!("{}", language.fill(Text::Formatted, &[&path.display()]));
            Outcome::Clean
        }
        Err(error) => {
            eprintln!("{error}");
            Outcome::Unusable
        }
    }
}
