//! The command line: batch work and scripting over the same model and files as the window.
//!
//! Exit codes: 0 all clean, 1 findings, 2 a file that cannot be read or parsed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::io::{Document, LoadError, line_of, parse_document, read_text, save_document};
use crate::model::validate::{Finding, Severity, validate, validate_library, validate_survey};

#[derive(Debug, Parser)]
#[command(
    name = "curriculum-planner",
    version,
    about = "Design talent-training curricula against employer skill surveys.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan to open in the window (with no subcommand).
    pub file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check plan, library or survey files and list every problem found.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Rewrite files in canonical form (the previous version is kept as FILE.bak).
    Fmt {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Only report files that are not canonical; change nothing.
        #[arg(long)]
        check: bool,
    },
}

/// The outcome of one file, worst first so that `max` gives the exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Outcome {
    Clean = 0,
    Findings = 1,
    Unusable = 2,
}

pub fn execute(command: Command) -> ExitCode {
    let outcome = match command {
        Command::Check { files } => files.iter().map(|file| check_file(file)).max(),
        Command::Fmt { files, check } => files.iter().map(|file| format_file(file, check)).max(),
    };
    ExitCode::from(outcome.unwrap_or(Outcome::Clean) as u8)
}

fn report_unusable(error: &LoadError) -> Outcome {
    eprintln!("{error}");
    Outcome::Unusable
}

fn check_file(path: &Path) -> Outcome {
    let text = match read_text(path) {
        Ok(text) => text,
        Err(error) => return report_unusable(&error),
    };
    let document = match parse_document(path, &text) {
        Ok(document) => document,
        Err(error) => return report_unusable(&error),
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

fn format_file(path: &Path, check_only: bool) -> Outcome {
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
