//! `check` and `fmt`: problems in files, and the canonical form.

use std::path::Path;

use super::findings::finding_line;
use super::output::{Lines, error_line, out_line};
use super::{Outcome, report_unusable};
use crate::catalogue::{Language, Text};
use crate::io::{
    Document, SourceLines, has_comments, parse_curricular_analytics, parse_document, read_text,
    save_document, shortened,
};
use crate::model::validate::{Severity, validate_library, validate_rule_book, validate_survey};

pub(super) fn check_file(path: &Path, language: Language) -> Outcome {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(error) => return report_unusable(language, &error),
    };
    let is_csv = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("csv"));
    let parsed = if is_csv {
        parse_curricular_analytics(path, &text)
            .map(Document::Plan)
            .map_err(|error| report_unusable(language, &error))
    } else {
        parse_document(path, &text).map_err(|error| report_unusable(language, &error))
    };
    let document = match parsed {
        Ok(document) => document,
        Err(outcome) => return outcome,
    };
    let (findings, summary) = match &document {
        Document::Plan(plan) => (
            crate::editor::plan_findings(plan),
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
        Document::RuleBook(book) => (
            validate_rule_book(book),
            language.fill(
                Text::CheckRuleBookSummary,
                &[
                    &shortened(book.name.in_language(language)),
                    &book.rules.len(),
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

#[derive(Clone, Copy, Debug)]
pub(super) struct FormatOptions {
    /// Only say whether the file is canonical.
    pub check_only: bool,
    /// Rewrite files with comments too (canonical form has none).
    pub drop_comments: bool,
}

pub(super) fn format_file(path: &Path, options: FormatOptions, language: Language) -> Outcome {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(error) => return report_unusable(language, &error),
    };
    let document = match parse_document(path, &text) {
        Ok(document) => document,
        Err(error) => return report_unusable(language, &error),
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
    if options.check_only {
        out_line(&language.fill(Text::FormatNotCanonical, &[&path.display()]));
        return Outcome::Findings;
    }
    // Comments are the author's notes: never removed without being asked.
    if has_comments(&text) && !options.drop_comments {
        error_line(&language.fill(Text::FormatKeepsComments, &[&path.display()]));
        return Outcome::Findings;
    }
    match save_document(path, &document) {
        Ok(()) => {
            out_line(&language.fill(Text::Formatted, &[&path.display()]));
            Outcome::Clean
        }
        Err(error) => report_unusable(language, &error),
    }
}
