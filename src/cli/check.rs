//! `check` and `fmt`: problems in files, and the canonical form.

use std::path::Path;

use super::output::{Lines, error_line, out_line};
use super::{Outcome, report_unusable};
use crate::catalogue::{Language, Text, problem_message, severity_word};
use crate::io::{
    Document, SourceLines, parse_curricular_analytics, parse_document, read_text, save_document,
    shortened,
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
                    &shortened(plan.title.in_language(language)),
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
                    &shortened(survey.survey.title.in_language(language)),
                    &survey.survey.respondents,
                    &survey.survey.skills.len(),
                ],
            ),
        ),
    };
    if findings.is_empty() {
        out_line(&language.fill(Text::CheckOk, &[&path.display(), &summary]));
        return Outcome::Clean;
    }
    // One pass over the text for all findings: locating each by a search of its own made
    // `check` quadratic in the number of findings.
    let source = SourceLines::new(&text);
    let mut lines = Lines::new();
    for finding in &findings {
        lines.line(&finding_line(path, &source, finding, language));
    }
    let errors = findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
        .count();
    lines.line(&language.fill(
        Text::CheckCounts,
        &[&path.display(), &errors, &(findings.len() - errors)],
    ));
    lines.finish();
    Outcome::Findings
}

/// `plan.ron:12: error: …`, modules named by their ids (what the file says).
fn finding_line(
    path: &Path,
    source: &SourceLines,
    finding: &Finding,
    language: Language,
) -> String {
    let severity = severity_word(language, finding.severity);
    let message = problem_message(language, &finding.problem, &|id: &ModuleId| {
        id.as_str().to_owned()
    });
    match source.line_of(&finding.problem.location()) {
        Some(line) => format!("{}:{line}: {severity}: {message}", path.display()),
        None => format!("{}: {severity}: {message}", path.display()),
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
            error_line(&language.fill(Text::FormatCannotWrite, &[&path.display(), &error]));
            return Outcome::Unusable;
        }
    };
    // Compare bytes on disk, so a byte-order mark or CRLF line ends count as a change.
    let unchanged = std::fs::read(path).is_ok_and(|bytes| bytes == canonical.as_bytes());
    if unchanged {
        return Outcome::Clean;
    }
    if check_only {
        out_line(&language.fill(Text::FormatNotCanonical, &[&path.display()]));
        return Outcome::Findings;
    }
    match save_document(path, &document) {
        Ok(()) => {
            out_line(&language.fill(Text::Formatted, &[&path.display()]));
            Outcome::Clean
        }
        Err(error) => {
            error_line(&error.to_string());
            Outcome::Unusable
        }
    }
}
