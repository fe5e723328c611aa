//! A mutation fuzzer over everything that reads a file a colleague might mail: the plan,
//! library and survey loaders and the CurricularAnalytics CSV reader, then what runs on a
//! file that loads (checks, the report, saving in canonical form).
//!
//! Seeded with the shipped files. The long run is ignored by default:
//!
//! ```sh
//! cargo test --release --test fuzz -- --ignored --nocapture        # 100,000 inputs
//! FUZZ_INPUTS=1000000 FUZZ_SEED=7 cargo test --release --test fuzz -- --ignored --nocapture
//! ```
//!
//! Each input must end without a panic, within 1 s, and with the process's peak memory
//! growing by at most 10× the input's size (with a 4 MiB floor for page-sized noise).
//! Inputs that fail are written to `target/fuzz-failures/`; once fixed they belong in
//! `tests/fixtures/fuzz-regressions/`, which the ordinary test run reads every time.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::random::Random;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use curriculum_planner::editor::report_with_shipped_rules as report;
use curriculum_planner::io::{Document, parse_curricular_analytics, parse_document};
use curriculum_planner::model::validate::{
    validate, validate_library, validate_rule_book, validate_survey,
};

/// The files every run starts from.
fn seeds() -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths = common::shipped_documents();
    let csv_folder = common::repository_path("tests/fixtures/curricular-analytics");
    for entry in std::fs::read_dir(csv_folder).unwrap().flatten() {
        if entry
            .path()
            .extension()
            .is_some_and(|extension| extension == "csv")
        {
            paths.push(entry.path());
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect()
}

/// Everything the app does with a file it is given, as the CLI and the window do it;
/// whether the file loaded.
fn exercise(name: &Path, bytes: &[u8]) -> bool {
    let Ok(text) = curriculum_planner::io::decode_text(name, bytes) else {
        return false;
    };
    let is_csv = name.extension().is_some_and(|extension| extension == "csv");
    let document = if is_csv {
        parse_curricular_analytics(name, &text).map(Document::Plan)
    } else {
        parse_document(name, &text).map_err(|error| {
            // Messages are built (and so exercised) in both languages.
            let _ = error.message(curriculum_planner::catalogue::Language::Chinese);
            curriculum_planner::io::CsvError {
                path: name.to_owned(),
                row: 0,
                problem: curriculum_planner::io::CsvProblem::NoCoursesSection,
            }
        })
    };
    let Ok(document) = document else {
        return false;
    };
    let findings = match &document {
        Document::Plan(plan) => {
            let _ = report(plan, None);
            validate(plan)
        }
        Document::Library(library) => validate_library(library),
        Document::Survey(survey) => validate_survey(survey),
        Document::RuleBook(book) => validate_rule_book(book),
    };
    let lines = curriculum_planner::io::SourceLines::new(&text);
    for finding in &findings {
        let _ = lines.line_of(&finding.problem.location());
    }
    let _ = document.to_canonical();
    true
}

/// Pieces that reach deep into the loaders: numbers at and past every limit, brackets,
/// quotes, names, separators, comments, characters of other scripts.
const TOKENS: &[&str] = &[
    "18446744073709551615",
    "4294967296",
    "-1",
    "1e309",
    "NaN",
    "inf",
    "-0",
    "0",
    "65",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "\\",
    "r#\"",
    "\"#",
    "//",
    "/*",
    "*/",
    "#![enable(implicit_some)]",
    "Some(",
    "None",
    "true",
    "Module(",
    "Term(",
    "Names(",
    "id: \"\"",
    "format_version: 0",
    "format_version: 2",
    "format_version: 4",
    "Placement(",
    "Weekly(",
    "Block(",
    "Hours(",
    "ElectiveGroup(",
    ";",
    "\t",
    "\n",
    "\r\n",
    "\u{feff}",
    "跨境",
    "𓂠",
    "\u{0}",
    "Courses",
    "Term",
    "Course ID",
    ",,,,,,,,,,",
];

fn mutate(random: &mut Random, input: &mut Vec<u8>, seeds: &[(PathBuf, Vec<u8>)]) {
    // One input in 200 is large: a stretch of the file repeated, as a generated plan or a
    // pasted block would be, so that memory is measured on megabytes, not on page noise.
    if random.below(200) == 0 && !input.is_empty() {
        let at = random.below(input.len());
        let end = (at + 256 + random.below(4096)).min(input.len());
        let stretch = input[at..end].to_vec();
        let times = 200 + random.below(2000);
        input.splice(end..end, stretch.repeat(times));
    }
    for _ in 0..1 + random.below(4) {
        let length = input.len();
        let at = random.below(length + 1);
        match random.below(9) {
            0 if length > 0 => input[at.min(length - 1)] ^= 1 << random.below(8),
            1 => {
                let token = TOKENS[random.below(TOKENS.len())];
                input.splice(at..at, token.bytes());
            }
            2 if length > 0 => {
                let end = (at + random.below(64)).min(length);
                input.drain(at..end);
            }
            3 if length > 0 => {
                // A line deleted, as an editor's slip does.
                let start = input[..at]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
                let end = input[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(length, |p| at + p + 1);
                input.drain(start..end);
            }
            4 if length > 0 => {
                let end = (at + random.below(256)).min(length);
                let copy = input[at..end].to_vec();
                let to = random.below(input.len() + 1);
                input.splice(to..to, copy);
            }
            5 => input.truncate(at),
            6 => {
                let depth = 1 + random.below(300);
                let bracket = if random.below(2) == 0 { "(" } else { "[" };
                input.splice(at..at, bracket.repeat(depth).bytes());
            }
            7 => {
                let (_, other) = &seeds[random.below(seeds.len())];
                let from = random.below(other.len());
                let end = (from + random.below(512)).min(other.len());
                input.splice(at..at, other[from..end].iter().copied());
            }
            _ => {
                // A digit run replaced by a limit-breaking number.
                if let Some(offset) = input[at..].iter().position(u8::is_ascii_digit) {
                    let start = at + offset;
                    let end = input[start..]
                        .iter()
                        .position(|b| !b.is_ascii_digit())
                        .map_or(input.len(), |p| start + p);
                    let number = TOKENS[random.below(9)];
                    input.splice(start..end, number.bytes());
                }
            }
        }
    }
}

/// The process's peak resident memory in bytes, reset to the current use (Linux only).
fn reset_peak_memory() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kibibytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kibibytes * 1024)
}

fn resident_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
    let kibibytes: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kibibytes * 1024)
}

const TIME_LIMIT: Duration = Duration::from_secs(1);
const MEMORY_FACTOR: u64 = 10;
const MEMORY_FLOOR: u64 = 4 * 1024 * 1024;

#[derive(Default, Debug)]
struct Tally {
    inputs: usize,
    loaded: usize,
    panics: Vec<PathBuf>,
    slow: Vec<PathBuf>,
    heavy: Vec<PathBuf>,
    slowest: Duration,
    largest_input: usize,
    /// The largest growth of the process's peak memory for one input, in bytes.
    largest_growth: u64,
    /// Peak growth divided by input size, the largest seen above the floor.
    worst_memory_factor: f64,
}

fn keep_failure(kind: &str, number: usize, name: &Path, bytes: &[u8]) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures");
    std::fs::create_dir_all(&folder).unwrap();
    let extension = name.extension().and_then(|e| e.to_str()).unwrap_or("ron");
    let path = folder.join(format!("{kind}-{number}.{extension}"));
    std::fs::write(&path, bytes).unwrap();
    path
}

fn run_one(tally: &mut Tally, number: usize, name: &Path, bytes: &[u8], measure_memory: bool) {
    let baseline = if measure_memory && reset_peak_memory() {
        resident_memory()
    } else {
        None
    };
    let started = Instant::now();
    let outcome = std::panic::catch_unwind(|| exercise(name, bytes));
    let took = started.elapsed();
    tally.inputs += 1;
    tally.slowest = tally.slowest.max(took);
    tally.largest_input = tally.largest_input.max(bytes.len());
    match outcome {
        Ok(true) => tally.loaded += 1,
        Ok(false) => {}
        Err(_) => tally
            .panics
            .push(keep_failure("panic", number, name, bytes)),
    }
    if took > TIME_LIMIT {
        tally.slow.push(keep_failure("slow", number, name, bytes));
    }
    if let (Some(before), Some(peak)) = (baseline, peak_memory()) {
        let grown = peak.saturating_sub(before);
        let size = bytes.len().max(1) as u64;
        tally.largest_growth = tally.largest_growth.max(grown);
        if grown > MEMORY_FLOOR {
            tally.worst_memory_factor = tally.worst_memory_factor.max(grown as f64 / size as f64);
        }
        if grown > (MEMORY_FACTOR * size).max(MEMORY_FLOOR) {
            tally
                .heavy
                .push(keep_failure("memory", number, name, bytes));
        }
    }
}

#[test]
#[ignore = "the long fuzz run: cargo test --release --test fuzz -- --ignored --nocapture"]
fn fuzz_the_loaders() {
    let inputs: usize = std::env::var("FUZZ_INPUTS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(100_000);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(2026);
    // Panics are counted, not printed 100,000 times.
    std::panic::set_hook(Box::new(|_| {}));
    let seeds = seeds();
    let mut random = Random(seed.max(1));
    let mut tally = Tally::default();
    let started = Instant::now();
    for number in 0..inputs {
        let (name, seed_bytes) = &seeds[random.below(seeds.len())];
        let mut input = seed_bytes.clone();
        mutate(&mut random, &mut input, &seeds);
        run_one(&mut tally, number, name, &input, true);
    }
    let _ = std::panic::take_hook();
    println!(
        "fuzz: {} inputs (seed {seed}) in {:.0?}; {} loaded; {} panics, {} over {TIME_LIMIT:?}, {} over {MEMORY_FACTOR}× their size; slowest {:.1?}; largest input {} KiB; largest peak-memory growth {} KiB; among inputs growing it by more than {} MiB, at most {:.1}× their size",
        tally.inputs,
        started.elapsed(),
        tally.loaded,
        tally.panics.len(),
        tally.slow.len(),
        tally.heavy.len(),
        tally.slowest,
        tally.largest_input / 1024,
        tally.largest_growth / 1024,
        MEMORY_FLOOR / 1024 / 1024,
        tally.worst_memory_factor,
    );
    assert!(tally.panics.is_empty(), "panics: {:?}", tally.panics);
    assert!(tally.slow.is_empty(), "slow: {:?}", tally.slow);
    assert!(tally.heavy.is_empty(), "memory: {:?}", tally.heavy);
}

/// The seeds, a short fuzz run and every input a fuzz run ever failed on: in every test run.
#[test]
fn seeds_and_past_failures_load_cleanly() {
    let mut files = seeds();
    let regressions = common::repository_path("tests/fixtures/fuzz-regressions");
    for entry in std::fs::read_dir(regressions).unwrap().flatten() {
        if entry
            .path()
            .extension()
            .is_some_and(|e| e == "ron" || e == "csv")
        {
            let bytes = std::fs::read(entry.path()).unwrap();
            files.push((entry.path(), bytes));
        }
    }
    let mut tally = Tally::default();
    for (number, (name, bytes)) in files.iter().enumerate() {
        run_one(&mut tally, number, name, bytes, false);
    }
    let seeds = seeds();
    let mut random = Random(1);
    for number in 0..500 {
        let (name, seed_bytes) = &seeds[random.below(seeds.len())];
        let mut input = seed_bytes.clone();
        mutate(&mut random, &mut input, &seeds);
        run_one(&mut tally, number, name, &input, false);
    }
    assert!(tally.panics.is_empty(), "panics: {:?}", tally.panics);
}
