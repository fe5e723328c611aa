//! The command line: batch work and scripting over the same model and files as the window.
//!
//! Exit codes: 0 all clean, 1 findings, 2 a file that cannot be read or parsed.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::catalogue::Language;

mod check;
mod export;
mod findings;
mod output;
mod report;
mod rule_books;
mod suggest;
mod survey;

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
    /// Refuse files larger than this many MiB (64 unless given).
    #[arg(long, global = true, value_name = "MIB")]
    pub max_file_size: Option<u64>,
    /// Memory a worker reading a questionnaire workbook or laying out a plan's own template
    /// may use, in MiB (2048 unless given).
    #[arg(long, global = true, value_name = "MIB")]
    pub worker_memory: Option<u64>,
    /// Seconds such a worker may take (60 for a questionnaire, 120 for a document unless
    /// given).
    #[arg(long, global = true, value_name = "SECONDS")]
    pub worker_time: Option<u64>,
}

impl Cli {
    /// Settings that hold for the whole process, whichever way it goes on.
    pub fn apply_settings(&self) {
        if let Some(mebibytes) = self.max_file_size {
            crate::io::set_size_limit(mebibytes.saturating_mul(1024 * 1024));
        }
        crate::worker::set_limits(self.worker_memory, self.worker_time);
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check plan, library or survey files and list every problem found.
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// The language of the findings.
        #[arg(long, default_value = "zh", value_name = "zh|en")]
        lang: Language,
    },
    /// Rewrite files in canonical form (the previous version is kept as FILE.bak).
    Fmt {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Only report files that are not canonical; change nothing.
        #[arg(long)]
        check: bool,
        /// Format files that hold comments too: the comments are removed (the original
        /// with its comments is kept as FILE.bak).
        #[arg(long)]
        drop_comments: bool,
        /// The language of the messages.
        #[arg(long, default_value = "zh", value_name = "zh|en")]
        lang: Language,
    },
    /// Analyse a plan (.ron) or a CurricularAnalytics curriculum or degree plan (.csv).
    Report {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        options: AnalysisOptions,
    },
    /// Compare plans against one survey, side by side, with a ranking and its stability.
    Compare {
        #[arg(required = true, num_args = 2.., value_name = "FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        options: AnalysisOptions,
    },
    /// Employer questionnaires: import exports of Wenjuanxing, Google Forms or Microsoft Forms.
    Survey {
        #[command(subcommand)]
        action: SurveyCommand,
    },
    /// Write a plan in other formats: the programme document as PDF or Word, its tables as
    /// Excel or CSV, a CurricularAnalytics CSV. Several at once are allowed.
    #[command(group(clap::ArgGroup::new("outputs").required(true).multiple(true)))]
    Export {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The talent-training programme document (人才培养方案), A4, fonts embedded.
        #[arg(long, value_name = "OUT.pdf", group = "outputs")]
        pdf: Option<PathBuf>,
        /// The same document as Word, to finish in Word, WPS or LibreOffice.
        #[arg(long, value_name = "OUT.docx", group = "outputs")]
        docx: Option<PathBuf>,
        /// The schedule, the skills matrix and the survey alignment as Excel sheets.
        #[arg(long, value_name = "OUT.xlsx", group = "outputs")]
        xlsx: Option<PathBuf>,
        /// The schedule (教学进程表) as CSV for spreadsheets.
        #[arg(long, value_name = "OUT.csv", group = "outputs")]
        schedule_csv: Option<PathBuf>,
        /// A CurricularAnalytics CSV with Complexity, Blocking, Delay and Centrality appended.
        #[arg(long, value_name = "OUT.csv", group = "outputs")]
        ca_csv: Option<PathBuf>,
        /// Write an output even over the plan itself or another plan, survey or library
        /// file (the old file is kept as FILE.bak).
        #[arg(long)]
        force: bool,
        #[arg(long, default_value = "zh", value_name = "zh|en")]
        lang: Language,
    },
    /// Suggest a whole plan: choose modules of the library (and of --from) and their terms to
    /// match the survey best within the budget, the terms, the rules and the industries. The
    /// suggestion is proved the best possible, or its gap to the best is given.
    Suggest(SuggestOptions),
    /// Untrusted work for the window or another command (a job on standard input).
    #[command(hide = true)]
    Worker {
        #[arg(long)]
        memory_bytes: u64,
        #[arg(long)]
        seconds: u64,
        #[arg(long)]
        max_file_size_bytes: u64,
    },
}

/// What `survey` does.
#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// Count a questionnaire's answers (several files are pooled) and, with `-o`, write a
    /// survey of the question whose options name the skills.
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Print the counts as JSON for scripts.
        #[arg(long)]
        json: bool,
        /// Write the survey file here.
        #[arg(short = 'o', long = "output", value_name = "SURVEY.ron")]
        output: Option<PathBuf>,
        /// The question to take the skills from (counted from 1 as printed), instead of the
        /// one whose options name the most skills.
        #[arg(long, value_name = "N")]
        question: Option<usize>,
        /// Match an option to a skill by hand (the skill by id, name or alias; `none` for an option
        /// that names no skill); may be repeated.
        #[arg(long = "map", value_name = "OPTION=SKILL", value_parser = parse_mapping)]
        mappings: Vec<(String, String)>,
        /// The survey's title (default: the question's text without its number).
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// Where the survey was run, as the printed programme should say it.
        #[arg(long, value_name = "TEXT")]
        region: Option<String>,
        /// The year the survey was run (default: the latest submission time in the answers, else
        /// the year the newest file was written).
        #[arg(long, value_name = "YEAR")]
        year: Option<u16>,
        /// Write the survey even over an existing plan, survey or library file (the old file
        /// is kept as FILE.bak).
        #[arg(long)]
        force: bool,
        #[arg(long, default_value = "zh", value_name = "zh|en")]
        lang: Language,
    },
}

fn parse_mapping(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .map(|(option, skill)| (option.trim().to_owned(), skill.trim().to_owned()))
        .filter(|(option, skill)| !option.is_empty() && !skill.is_empty())
        .ok_or_else(|| format!("expected OPTION=SKILL, got {text:?}"))
}

/// What `suggest` is asked.
#[derive(Debug, clap::Args)]
pub struct SuggestOptions {
    /// The module library to choose from (the shipped one unless given).
    #[arg(long, value_name = "FILE")]
    pub library: Option<PathBuf>,
    /// The survey to match (the --from plan's own unless given).
    #[arg(long, value_name = "FILE")]
    pub survey: Option<PathBuf>,
    /// Credits on a student's path (default: the rule book's range, else the plan's ± 10 %).
    #[arg(long, value_name = "MIN..MAX")]
    pub credits: Option<String>,
    /// Hours on a student's path.
    #[arg(long, value_name = "MIN..MAX")]
    pub hours: Option<String>,
    /// The number of terms (default: the --from plan's, else 6).
    #[arg(long, value_name = "N")]
    pub terms: Option<usize>,
    /// Most credits in one term (default: the --from plan's busiest term).
    #[arg(long, value_name = "MAX")]
    pub term_credits: Option<f64>,
    /// Most weekly hours (周学时) in one term, as each module's placement lays its hours out.
    #[arg(long, value_name = "MAX")]
    pub term_hours: Option<f64>,
    /// The rule book to follow, or `none` (default: the plan's).
    #[arg(long, value_name = "PROFILE|none")]
    pub rules: Option<String>,
    /// Modules that must stay, in a term (counted from 1) when one is given.
    #[arg(long, value_name = "ID[@TERM],...", value_delimiter = ',')]
    pub lock: Vec<String>,
    /// Modules that must not be used.
    #[arg(long, value_name = "ID,...", value_delimiter = ',')]
    pub exclude: Vec<String>,
    /// Industries to serve, each by at least HOURS of its modules (32 unless given; default:
    /// the plan's target industries).
    #[arg(long, value_name = "ID[:HOURS],...", value_delimiter = ',')]
    pub industry: Vec<String>,
    /// Elective groups for the suggestion to fill: the plan's group of this id (or a new one),
    /// offering modules worth exactly OFFERED credits (开设学分), LEAST of which a student
    /// takes (至少选修学分), and exactly MODULES modules when given (开设门数).
    #[arg(
        long,
        value_name = "ID:OFFERED:LEAST[:MODULES],...",
        value_delimiter = ','
    )]
    pub fill_group: Vec<String>,
    /// The plan to start from: its terms, calendars, groups, rules and survey; its modules
    /// are candidates too.
    #[arg(long, value_name = "PLAN.ron")]
    pub from: Option<PathBuf>,
    /// Stop after this many seconds with the best plan found and its gap (60 unless given).
    #[arg(long, value_name = "SECONDS")]
    pub time_limit: Option<f64>,
    /// Write the suggested plan here.
    #[arg(short = 'o', long = "output", value_name = "PLAN.ron")]
    pub output: Option<PathBuf>,
    /// Write even over an existing plan, survey or library file (kept as FILE.bak).
    #[arg(long)]
    pub force: bool,
    /// Print the suggested plan's report as JSON, with `optimal`, `bound` and `gap`.
    #[arg(long)]
    pub json: bool,
    #[arg(long, default_value = "zh", value_name = "zh|en")]
    pub lang: Language,
}

/// How `report` and `compare` judge and print.
#[derive(Debug, clap::Args)]
pub struct AnalysisOptions {
    /// Judge against this survey instead of the plan's own (for `compare`: the first plan's).
    #[arg(long, value_name = "SURVEY.ron")]
    pub survey: Option<PathBuf>,
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    pub json: bool,
    /// The language of the output.
    #[arg(long, default_value = "zh", value_name = "zh|en")]
    pub lang: Language,
}

/// The outcome of one file, worst first so that `max` gives the exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Outcome {
    Clean = 0,
    Findings = 1,
    Unusable = 2,
}

pub fn execute(command: Command) -> ExitCode {
    let outcome = match command {
        Command::Check { files, lang } => {
            files.iter().map(|file| check::check_file(file, lang)).max()
        }
        Command::Fmt {
            files,
            check,
            drop_comments,
            lang,
        } => files
            .iter()
            .map(|file| {
                let options = check::FormatOptions {
                    check_only: check,
                    drop_comments,
                };
                check::format_file(file, options, lang)
            })
            .max(),
        Command::Report { file, options } => Some(report::report(&file, &options)),
        Command::Compare { files, options } => Some(report::compare(&files, &options)),
        Command::Suggest(options) => Some(suggest::suggest(&options)),
        Command::Survey {
            action:
                SurveyCommand::Import {
                    files,
                    json,
                    output,
                    question,
                    mappings,
                    title,
                    region,
                    year,
                    force,
                    lang,
                },
        } => Some(survey::import(
            &files,
            &survey::ImportOptions {
                json,
                output: output.as_deref(),
                question,
                mappings: &mappings,
                title: title.as_deref(),
                region: region.as_deref(),
                year,
                force,
            },
            lang,
        )),
        Command::Export {
            file,
            pdf,
            docx,
            xlsx,
            schedule_csv,
            ca_csv,
            force,
            lang,
        } => Some(export::export(
            &file,
            &export::Outputs {
                pdf: pdf.as_deref(),
                docx: docx.as_deref(),
                xlsx: xlsx.as_deref(),
                schedule_csv: schedule_csv.as_deref(),
                ca_csv: ca_csv.as_deref(),
                force,
            },
            lang,
        )),
        Command::Worker {
            seconds,
            max_file_size_bytes,
            ..
        } => return crate::worker::serve(seconds, max_file_size_bytes),
    };
    ExitCode::from(outcome.unwrap_or(Outcome::Clean) as u8)
}

fn report_unusable(language: Language, error: &dyn crate::io::Localised) -> Outcome {
    output::error_line(&error.message(language));
    Outcome::Unusable
}

/// A worker's failure, with how to raise its limits when it hit one.
fn report_worker_failure(language: Language, error: &crate::worker::WorkerError) -> Outcome {
    output::error_line(&error.message(language));
    if error.hit_a_limit() {
        output::error_line(language.text(crate::catalogue::Text::WorkerLimitHint));
    }
    Outcome::Unusable
}
