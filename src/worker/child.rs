//! The worker's side: limit itself, read the job, do it, answer. A panic inside a library
//! becomes a refusal naming the damaged file; running past the memory limit aborts the
//! process, which the window reads from its exit.

use std::io::{Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};

use super::protocol::{DocumentOutput, Job, PagePicture, Reply};
use crate::catalogue::{Language, Text};
use crate::export::programme::{Template, page_png, pdf_bytes, typeset};
use crate::io::questionnaire::read_questionnaire;

/// The longest side of a page picture, in pixels: under every GPU's texture limit (egui's
/// renderers refuse larger ones), 64 MB of pixels at most.
const LONGEST_PAGE_SIDE: u32 = 4096;

/// Runs the job on standard input and writes the reply on standard output. `seconds` is the
/// parent's time limit: the processor-time limit set here stops a worker whose parent could
/// not (it died, say).
pub fn serve(seconds: u64, max_file_size_bytes: u64) -> std::process::ExitCode {
    limit_this_process(seconds);
    crate::io::set_size_limit(max_file_size_bytes);
    let mut request = Vec::new();
    if std::io::stdin().read_to_end(&mut request).is_err() {
        return std::process::ExitCode::from(2);
    }
    let job = match std::str::from_utf8(&request)
        .map_err(|error| error.to_string())
        .and_then(|text| ron::from_str::<Job>(text).map_err(|error| error.to_string()))
    {
        Ok(job) => job,
        Err(error) => {
            // The parent shows the last line a worker says.
            eprintln!(
                "the job could not be read: {}",
                crate::io::shortened(&error)
            );
            return std::process::ExitCode::from(2);
        }
    };
    drop(request);
    let reply = match catch_unwind(AssertUnwindSafe(|| work(&job))) {
        Ok(reply) => reply,
        Err(panic) => Reply::Refused(damaged(&job, &panic_message(panic.as_ref()))),
    };
    let Ok(bytes) = reply.to_bytes() else {
        return std::process::ExitCode::from(2);
    };
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(&bytes)
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return std::process::ExitCode::from(2);
    }
    std::process::ExitCode::SUCCESS
}

fn work(job: &Job) -> Reply {
    match job {
        Job::ReadQuestionnaire { path, language } => match read_questionnaire(path) {
            Ok(questionnaire) => Reply::Questionnaire(questionnaire),
            Err(error) => Reply::Refused(error.message(*language)),
        },
        Job::Typeset {
            plan,
            book,
            plan_path,
            language,
            output,
        } => {
            let laid_out =
                Template::for_plan(plan.document.template.as_deref(), plan_path.as_deref())
                    .and_then(|template| typeset(plan, book.as_deref(), *language, &template));
            let document = match laid_out {
                Ok(document) => document,
                Err(error) => return Reply::Refused(error.message(*language)),
            };
            match output {
                DocumentOutput::Pdf => match pdf_bytes(&document) {
                    Ok(bytes) => Reply::Pdf {
                        bytes,
                        pages: document.pages().len(),
                    },
                    Err(error) => Reply::Refused(error.message(*language)),
                },
                DocumentOutput::PagePictures { pixels_per_point } => Reply::PagePictures(
                    (0..document.pages().len())
                        .filter_map(|index| {
                            let (width_points, height_points, png) =
                                page_png(&document, index, *pixels_per_point, LONGEST_PAGE_SIDE)?;
                            Some(PagePicture {
                                width_points,
                                height_points,
                                png,
                            })
                        })
                        .collect(),
                ),
            }
        }
    }
}

/// What a caught panic says of the file.
fn damaged(job: &Job, reason: &str) -> String {
    // A failed assertion spans lines (left: …, right: …): its first says enough.
    let reason = crate::io::shortened(reason.lines().next().unwrap_or_default());
    match job {
        Job::ReadQuestionnaire { path, language } => {
            language.fill(Text::WorkerFileDamaged, &[&path.display(), &reason])
        }
        Job::Typeset { plan, language, .. } => language.fill(
            Text::WorkerTemplateFailed,
            &[&template_name(plan, *language), &reason],
        ),
    }
}

/// The template a plan names, or the words for the bundled one.
pub(super) fn template_name(plan: &crate::model::Plan, language: Language) -> String {
    match plan.document.template.as_deref() {
        Some(name) if !name.trim().is_empty() => crate::io::shortened(name.trim()),
        _ => language.text(Text::WorkerBundledTemplate).to_owned(),
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = panic.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = panic.downcast_ref::<String>() {
        text.clone()
    } else {
        String::from("panic")
    }
}

/// Processor time a little past the wall-clock limit on every core (Typst lays out pages in
/// parallel), and no core file when it aborts.
#[cfg(unix)]
fn limit_this_process(seconds: u64) {
    let cores = std::thread::available_parallelism().map_or(1, |cores| cores.get() as u64);
    let processor_seconds = seconds.saturating_mul(cores).saturating_add(5);
    let _ = rlimit::Resource::CPU.set(processor_seconds, processor_seconds.saturating_add(5));
    let _ = rlimit::Resource::CORE.set(0, 0);
}

#[cfg(not(unix))]
fn limit_this_process(_seconds: u64) {}
