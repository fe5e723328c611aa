//! Untrusted work runs in a child process: reading a questionnaire workbook (a spreadsheet
//! library trusts the sizes a file declares) and laying out a document with a plan's own
//! template (a template is a program). The child is this executable in worker mode, with a
//! memory and a time limit; whatever a file makes it do — abort, panic, loop — the window
//! and the command line get a plain message and the open plan stays as it was.

mod child;
mod job_object;
mod limits;
mod parent;
mod protocol;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use crate::catalogue::{Language, Text};
use crate::export::programme::{DocumentFormat, PreparedDocument, Template};
use crate::io::questionnaire::Questionnaire;
use crate::model::{Plan, RuleBook};

pub use child::serve;
pub use limits::{Limits, set_limits};
pub use parent::{Failure, run, set_program};
pub use protocol::{DocumentOutput, Job, PagePicture, Reply};

/// The (hidden) subcommand that makes the executable a worker.
pub const WORKER_COMMAND: &str = "worker";

/// What a worker was working on, for the message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    Questionnaire(PathBuf),
    Template(String),
}

/// Why untrusted work gave no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkerError {
    /// The work was refused with a reason (a damaged file, a template's own error).
    Refused(String),
    Failed {
        subject: Subject,
        failure: Failure,
    },
}

impl WorkerError {
    pub fn is_cancelled(&self) -> bool {
        matches!(
            self,
            WorkerError::Failed {
                failure: Failure::Cancelled,
                ..
            }
        )
    }

    /// Whether it ran out of memory or time (limits a flag can raise).
    pub fn hit_a_limit(&self) -> bool {
        matches!(
            self,
            WorkerError::Failed {
                failure: Failure::OutOfMemory { .. } | Failure::OutOfTime { .. },
                ..
            }
        )
    }

    pub fn message(&self, language: Language) -> String {
        let (subject, failure) = match self {
            WorkerError::Refused(reason) => return reason.clone(),
            WorkerError::Failed { subject, failure } => (subject, failure),
        };
        let name = match subject {
            Subject::Questionnaire(path) => path.display().to_string(),
            Subject::Template(name) => name.clone(),
        };
        let is_questionnaire = matches!(subject, Subject::Questionnaire(_));
        match failure {
            Failure::CannotStart(reason) => language.fill(Text::WorkerCannotStart, &[reason]),
            Failure::Cancelled => language.text(Text::WorkerCancelled).to_owned(),
            Failure::OutOfMemory { limit_mebibytes } => {
                let text = if is_questionnaire {
                    Text::WorkerQuestionnaireMemory
                } else {
                    Text::WorkerTemplateMemory
                };
                language.fill(text, &[&name, limit_mebibytes])
            }
            Failure::OutOfTime { seconds } => {
                let text = if is_questionnaire {
                    Text::WorkerQuestionnaireTime
                } else {
                    Text::WorkerTemplateTime
                };
                language.fill(text, &[&name, seconds])
            }
            Failure::Crashed(said) => {
                let text = if is_questionnaire {
                    Text::WorkerFileDamaged
                } else {
                    Text::WorkerTemplateFailed
                };
                language.fill(text, &[&name, said])
            }
        }
    }
}

impl std::fmt::Display for WorkerError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for WorkerError {}

impl crate::io::Localised for WorkerError {
    fn message(&self, language: Language) -> String {
        WorkerError::message(self, language)
    }
}

/// Reads one questionnaire export in a worker.
pub fn read_questionnaire(
    path: &Path,
    language: Language,
    cancel: &AtomicBool,
) -> Result<Questionnaire, WorkerError> {
    let job = Job::ReadQuestionnaire {
        path: path.to_owned(),
        language,
    };
    let failed = |failure| WorkerError::Failed {
        subject: Subject::Questionnaire(path.to_owned()),
        failure,
    };
    match run(&job, Limits::questionnaire(), cancel).map_err(failed)? {
        Reply::Questionnaire(questionnaire) => Ok(questionnaire),
        Reply::Refused(reason) => Err(WorkerError::Refused(reason)),
        _ => Err(WorkerError::Refused(
            language.text(Text::WorkerUnexpectedReply).to_owned(),
        )),
    }
}

/// Reads several exports, each in its own worker (so a message names the file), and pools
/// them.
pub fn read_questionnaires(
    paths: &[PathBuf],
    language: Language,
    cancel: &AtomicBool,
) -> Result<Questionnaire, WorkerError> {
    let mut read = Vec::with_capacity(paths.len());
    for path in paths {
        read.push((path.clone(), read_questionnaire(path, language, cancel)?));
    }
    crate::io::questionnaire::pool_all(read)
        .map_err(|error| WorkerError::Refused(error.message(language)))
}

/// Whether printing `plan` runs a template that came with it (and so runs in a worker).
pub fn has_own_template(plan: &Plan) -> bool {
    plan.document
        .template
        .as_deref()
        .is_some_and(|name| !name.trim().is_empty())
}

fn typeset_job(
    plan: &Plan,
    book: Option<&RuleBook>,
    plan_path: Option<&Path>,
    language: Language,
    output: DocumentOutput,
    cancel: &AtomicBool,
) -> Result<Reply, WorkerError> {
    let job = Job::Typeset {
        plan: Box::new(plan.clone()),
        book: book.map(|book| Box::new(book.clone())),
        plan_path: plan_path.map(Path::to_owned),
        language,
        output,
    };
    match run(&job, Limits::document(), cancel) {
        Ok(Reply::Refused(reason)) => Err(WorkerError::Refused(reason)),
        Ok(reply) => Ok(reply),
        Err(failure) => Err(WorkerError::Failed {
            subject: Subject::Template(child::template_name(plan, language)),
            failure,
        }),
    }
}

/// The programme document as PDF bytes and its page count, laid out in a worker.
pub fn document_pdf(
    plan: &Plan,
    book: Option<&RuleBook>,
    plan_path: Option<&Path>,
    language: Language,
    cancel: &AtomicBool,
) -> Result<(Vec<u8>, usize), WorkerError> {
    match typeset_job(plan, book, plan_path, language, DocumentOutput::Pdf, cancel)? {
        Reply::Pdf { bytes, pages } => Ok((bytes, pages)),
        _ => Err(WorkerError::Refused(
            language.text(Text::WorkerUnexpectedReply).to_owned(),
        )),
    }
}

/// Every page of the programme document as a picture, laid out and drawn in a worker.
pub fn page_pictures(
    plan: &Plan,
    book: Option<&RuleBook>,
    plan_path: Option<&Path>,
    language: Language,
    pixels_per_point: f32,
    cancel: &AtomicBool,
) -> Result<Vec<PagePicture>, WorkerError> {
    let output = DocumentOutput::PagePictures { pixels_per_point };
    match typeset_job(plan, book, plan_path, language, output, cancel)? {
        Reply::PagePictures(pictures) => Ok(pictures),
        _ => Err(WorkerError::Refused(
            language.text(Text::WorkerUnexpectedReply).to_owned(),
        )),
    }
}

/// Writes the programme document of `plan` as a PDF at `output`, atomically: a plan's own
/// template is laid out in a worker, the bundled one here. Returns the number of pages.
pub fn write_pdf(
    plan: &Plan,
    book: Option<&RuleBook>,
    plan_path: Option<&Path>,
    language: Language,
    output: &Path,
    cancel: &AtomicBool,
) -> Result<usize, WorkerError> {
    let outputs = [(DocumentFormat::Pdf, output)];
    write_documents(plan, book, plan_path, language, &outputs, cancel)
        .pop()
        .unwrap_or(Ok(0))
}

/// Writes the programme document of `plan` in each format at its path, atomically, from one
/// preparation of its figures; a PDF with a plan's own template is laid out in a worker.
/// Returns, in the order asked, each file's pages or why it was not written.
pub fn write_documents(
    plan: &Plan,
    book: Option<&RuleBook>,
    plan_path: Option<&Path>,
    language: Language,
    outputs: &[(DocumentFormat, &Path)],
    cancel: &AtomicBool,
) -> Vec<Result<usize, WorkerError>> {
    let refused = |error: crate::export::programme::DocumentError| {
        WorkerError::Refused(error.message(language))
    };
    let mut prepared = PreparedDocument::new(plan, book, language);
    let bundled = Template::bundled();
    outputs
        .iter()
        .map(|&(format, output)| {
            if format == DocumentFormat::Pdf && has_own_template(plan) {
                let (bytes, pages) = document_pdf(plan, book, plan_path, language, cancel)?;
                crate::io::write_atomically(output, |file| std::io::Write::write_all(file, &bytes))
                    .map_err(|error| WorkerError::Refused(error.message(language)))?;
                return Ok(pages);
            }
            prepared.write(format, &bundled, output).map_err(refused)
        })
        .collect()
}
