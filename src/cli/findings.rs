//! Findings as lines people read, and the gate `report` and `compare` pass a plan through.

use std::path::Path;

use super::output::error_line;
use crate::catalogue::{Language, Text, problem_message, severity_word};
use crate::io::SourceLines;
use crate::model::validate::{Finding, Severity, validate};
use crate::model::{ModuleId, Plan};

/// `plan.ron:12: error: …`, modules named by their ids (what the file says).
pub(super) fn finding_line(
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

/// What a plan's errors allow a report to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Verdict {
    /// No errors (warnings are `check`'s business).
    Sound,
    /// Errors that leave the figures right but the plan unfinished: print them, exit 1.
    Flawed,
    /// Errors that make the figures wrong: withhold them.
    Distorted,
}

/// Names a plan's errors on standard error, before any figure, and says what may follow.
pub(super) fn name_errors(path: &Path, text: &str, plan: &Plan, language: Language) -> Verdict {
    let errors: Vec<Finding> = validate(plan)
        .into_iter()
        .filter(|finding| finding.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        return Verdict::Sound;
    }
    let source = SourceLines::new(text);
    for finding in &errors {
        error_line(&finding_line(path, &source, finding, language));
    }
    if errors
        .iter()
        .any(|finding| finding.problem.distorts_figures())
    {
        error_line(&language.fill(Text::ReportWithheld, &[&path.display(), &errors.len()]));
        Verdict::Distorted
    } else {
        error_line(&language.fill(Text::ReportDespiteErrors, &[&path.display(), &errors.len()]));
        Verdict::Flawed
    }
}
