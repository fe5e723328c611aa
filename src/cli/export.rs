//! `export`: the programme document as PDF or Word, its tables as Excel or CSV, a
//! CurricularAnalytics CSV; several at once.
//!
//! A plan with errors is named first, as `report` does; one whose errors make figures wrong
//! is not exported (a printed programme must not carry wrong totals), exit 1.

use std::path::Path;

use super::findings::{Verdict, name_errors};
use super::output::error_line;
use super::rule_books::rule_books_near;
use super::{Outcome, report_unusable, report_worker_failure};
use crate::catalogue::{Language, Text};
use crate::export::curricular_analytics_csv;
use crate::export::programme::DocumentFormat;
use crate::io::{check_output, load_plan_input_with_text, write_atomically};
use crate::model::Plan;
use crate::worker::write_documents;

/// The files asked for; at least one is given (the argument parser sees to it).
pub(super) struct Outputs<'a> {
    pub pdf: Option<&'a Path>,
    pub docx: Option<&'a Path>,
    pub xlsx: Option<&'a Path>,
    pub schedule_csv: Option<&'a Path>,
    pub ca_csv: Option<&'a Path>,
    /// Write over the plan or another document anyway.
    pub force: bool,
}

impl Outputs<'_> {
    /// The programme document's formats asked for, in `DocumentFormat::ALL`'s order.
    fn documents(&self) -> Vec<(DocumentFormat, &Path)> {
        DocumentFormat::ALL
            .into_iter()
            .filter_map(|format| {
                let output = match format {
                    DocumentFormat::Pdf => self.pdf,
                    DocumentFormat::Word => self.docx,
                    DocumentFormat::Excel => self.xlsx,
                    DocumentFormat::ScheduleCsv => self.schedule_csv,
                };
                output.map(|output| (format, output))
            })
            .collect()
    }

    fn all(&self) -> impl Iterator<Item = &Path> {
        self.documents()
            .into_iter()
            .map(|(_, output)| output)
            .chain(self.ca_csv)
    }
}

pub(super) fn export(file: &Path, outputs: &Outputs, language: Language) -> Outcome {
    // Before anything is read or written: a slip of the argument order must cost nothing.
    if !outputs.force {
        for output in outputs.all() {
            if let Err(refused) = check_output(output, &[file]) {
                return report_unusable(language, &refused);
            }
        }
    }
    let (plan, text) = match load_plan_input_with_text(file) {
        Ok(loaded) => loaded,
        Err(error) => return report_unusable(language, &error),
    };
    let verdict = name_errors(file, &text, &plan, language);
    if verdict == Verdict::Distorted {
        return Outcome::Findings;
    }
    let books = rule_books_near(file, language);
    let book = books.resolve(&plan.rules);
    let mut outcome = if verdict == Verdict::Sound {
        Outcome::Clean
    } else {
        Outcome::Findings
    };
    // One preparation of the document's figures for every format asked for.
    let never = std::sync::atomic::AtomicBool::new(false);
    let documents = outputs.documents();
    for result in write_documents(&plan, book, Some(file), language, &documents, &never) {
        if let Err(error) = result {
            outcome = outcome.max(report_worker_failure(language, &error));
        }
    }
    if let Some(output) = outputs.ca_csv {
        outcome = outcome.max(write_csv(&plan, language, output));
    }
    outcome
}

fn write_csv(plan: &Plan, language: Language, output: &Path) -> Outcome {
    let text = match curricular_analytics_csv(plan, language) {
        Ok(text) => text,
        Err(error) => {
            error_line(&language.fill(Text::ExportCannotWrite, &[&output.display(), &error]));
            return Outcome::Unusable;
        }
    };
    match write_atomically(output, |handle| {
        std::io::Write::write_all(handle, text.as_bytes())
    }) {
        Ok(()) => Outcome::Clean,
        Err(error) => report_unusable(language, &error),
    }
}
