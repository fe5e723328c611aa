//! A mutation fuzzer over the work that runs in worker processes, through the same calls the
//! window and the command line make: questionnaire workbooks (.xlsx, .xls, .ods: flipped and
//! cut bytes, mutated XML parts, far-corner references, huge declared counts, sizes that
//! lie, zip bombs) and plans' own templates (loops, recursion, huge ranges and images, reads
//! outside the folder); and plans with very long texts printed with the bundled template in
//! this process.
//!
//! The long run is ignored by default:
//!
//! ```sh
//! cargo test --release --test fuzz_untrusted -- --ignored --nocapture
//! FUZZ_WORKBOOKS=100000 FUZZ_TEMPLATES=1000 FUZZ_LONG_TEXTS=300 FUZZ_SEED=7 \
//!     cargo test --release --test fuzz_untrusted -- --ignored --nocapture
//! ```
//!
//! Every input must end in a result or a message — never a panic or an abort of this process
//! (which stands for the window), and never a worker running past its time limit. Inputs whose
//! worker stopped without an answer for any reason but its limits are kept in
//! `target/tmp/fuzz-untrusted/` (that is a crash the worker contained, but one to look at).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::random::Random;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use curriculum_planner::catalogue::Language;
use curriculum_planner::model::Plan;
use curriculum_planner::worker::{self, Failure, WorkerError};

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

/// How one input ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Ending {
    /// Read or laid out.
    Done,
    /// Refused with the reader's or Typst's own message.
    Refused,
    /// A panic inside a library, caught in the worker and reported as a damaged file.
    CaughtPanic,
    OutOfMemory,
    OutOfTime,
    /// The worker stopped without an answer for another reason (kept for a look).
    WorkerCrashed,
}

fn ending_of<T>(result: &Result<T, WorkerError>) -> Ending {
    match result {
        Ok(_) => Ending::Done,
        Err(WorkerError::Refused(message)) => {
            let caught = ["is damaged and cannot be read (", "stopped with an error ("];
            if caught.iter().any(|words| message.contains(words)) {
                Ending::CaughtPanic
            } else {
                Ending::Refused
            }
        }
        Err(WorkerError::Failed { failure, .. }) => match failure {
            Failure::OutOfMemory { .. } => Ending::OutOfMemory,
            Failure::OutOfTime { .. } => Ending::OutOfTime,
            Failure::Crashed(_) | Failure::CannotStart(_) | Failure::Cancelled => {
                Ending::WorkerCrashed
            }
        },
    }
}

#[derive(Default)]
struct Tally {
    inputs: usize,
    endings: std::collections::BTreeMap<Ending, usize>,
    /// Inputs that ran past their limit (plus a margin for starting and stopping).
    past_the_limit: Vec<PathBuf>,
    kept: Vec<PathBuf>,
    slowest: Duration,
}

impl Tally {
    fn add(
        &mut self,
        ending: Ending,
        took: Duration,
        limit: Duration,
        keep: impl FnOnce() -> PathBuf,
    ) {
        self.inputs += 1;
        *self.endings.entry(ending).or_default() += 1;
        self.slowest = self.slowest.max(took);
        if took > limit + Duration::from_secs(3) {
            self.past_the_limit.push(keep());
        } else if ending == Ending::WorkerCrashed {
            self.kept.push(keep());
        }
    }

    fn line(&self, what: &str, started: Instant) -> String {
        format!(
            "{what}: {} inputs in {:.0?}; {:?}; slowest {:.1?}; past the limit: {}",
            self.inputs,
            started.elapsed(),
            self.endings,
            self.slowest,
            self.past_the_limit.len()
        )
    }
}

fn kept_folder() -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-untrusted");
    std::fs::create_dir_all(&folder).unwrap();
    folder
}

// ---- Workbooks ----

/// A minimal OpenDocument spreadsheet with the same answers.
fn ods_seed() -> Vec<u8> {
    let mut rows = String::new();
    let cell = |text: &str| {
        format!(
            "<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>"
        )
    };
    rows.push_str(&format!(
        "<table:table-row>{}{}</table:table-row>",
        cell("序号"),
        cell("1、需要哪些能力？（多选）")
    ));
    for row in 1..=20 {
        rows.push_str(&format!(
            "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"{row}\"><text:p>{row}</text:p></table:table-cell>{}</table:table-row>",
            cell("外语能力┋经贸知识")
        ));
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Sheet1\">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    zipped(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet".to_vec(),
        ),
        ("content.xml", content.into_bytes()),
        ("META-INF/manifest.xml", manifest.as_bytes().to_vec()),
    ])
}

fn zipped(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut written = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        written
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        written.write_all(bytes).unwrap();
    }
    written.finish().unwrap().into_inner()
}

fn unzipped(bytes: &[u8]) -> Option<Vec<(String, Vec<u8>)>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut parts = Vec::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).ok()?;
        let name = entry.name().ok()?.into_owned();
        let mut contents = Vec::new();
        entry.read_to_end(&mut contents).ok()?;
        parts.push((name, contents));
    }
    Some(parts)
}

/// Pieces that reach the readers' size and index handling.
const WORKBOOK_TOKENS: &[&str] = &[
    " r=\"XFD1048576\"",
    " r=\"A4294967295\"",
    "<dimension ref=\"A1:XFD1048576\"/>",
    " count=\"4294967295\"",
    " uniqueCount=\"18446744073709551615\"",
    "<c r=\"B2\" t=\"s\"><v>4294967295</v></c>",
    "<c r=\"B2\" t=\"s\"><v>-1</v></c>",
    "<c r=\"C3\"><f>1/0</f></c>",
    "<c r=\"D4\" t=\"d\"><v>99999999999</v></c>",
    "<c r=\"E5\" s=\"4294967295\"><v>1</v></c>",
    " table:number-columns-repeated=\"16384\"",
    " table:number-rows-repeated=\"1048576\"",
    " table:number-columns-repeated=\"4294967295\"",
    "<table:table-row table:number-rows-repeated=\"100000000\"><table:table-cell table:number-columns-repeated=\"1000\"><text:p>x</text:p></table:table-cell></table:table-row>",
    "&#0;",
    "&#x110000;",
    "<![CDATA[",
    "]]>",
    "<si><t>",
    "</t></si>",
    "<sheetData>",
    "</row>",
    "\u{feff}",
    "\"",
    "<",
    ">",
];

fn mutate_bytes(random: &mut Random, bytes: &mut Vec<u8>) {
    for _ in 0..1 + random.below(4) {
        let length = bytes.len();
        let at = random.below(length + 1);
        match random.below(5) {
            0 if length > 0 => bytes[at.min(length - 1)] ^= 1 << random.below(8),
            1 if length > 0 => bytes[at.min(length - 1)] = random.next() as u8,
            2 => bytes.truncate(at.max(1)),
            3 if length > 0 => {
                let end = (at + random.below(512)).min(length);
                let copy = bytes[at..end].to_vec();
                let to = random.below(bytes.len() + 1);
                bytes.splice(to..to, copy);
            }
            _ => {
                let token = random.pick(WORKBOOK_TOKENS);
                bytes.splice(at..at, token.bytes());
            }
        }
    }
}

/// A part of a zip workbook mutated as text, the archive written again; now and then a
/// part blown up to many megabytes of one byte (a zip bomb) or a header's declared size
/// changed to a lie.
fn mutate_zip(random: &mut Random, bytes: &mut Vec<u8>) {
    let Some(mut parts) = unzipped(bytes) else {
        mutate_bytes(random, bytes);
        return;
    };
    let choice = random.below(100);
    let at = random.below(parts.len());
    if choice < 2 {
        // 16–128 MiB of one byte: a few hundred kilobytes once compressed.
        let size = (16 + random.below(112)) * 1024 * 1024;
        parts[at].1 = vec![b' '; size];
    } else {
        mutate_bytes(random, &mut parts[at].1);
    }
    let named: Vec<(&str, Vec<u8>)> = parts
        .iter()
        .map(|(name, contents)| (name.as_str(), contents.clone()))
        .collect();
    *bytes = zipped(&named);
    if (2..6).contains(&choice) {
        // A central-directory entry whose uncompressed size lies.
        if let Some(found) = bytes.windows(4).rposition(|window| window == b"PK\x01\x02") {
            let size_at = found + 24;
            if size_at + 4 <= bytes.len() {
                bytes[size_at..size_at + 4].copy_from_slice(&(random.next() as u32).to_le_bytes());
            }
        }
    }
}

#[test]
#[ignore = "the long fuzz run: cargo test --release --test fuzz_untrusted -- --ignored --nocapture"]
fn fuzz_workbooks_templates_and_long_texts() {
    common::use_built_worker();
    let seed = setting("FUZZ_SEED", 2026) as u64;
    let workbooks = setting("FUZZ_WORKBOOKS", 60_000);
    let templates = setting("FUZZ_TEMPLATES", 1_000);
    let long_texts = setting("FUZZ_LONG_TEXTS", 300);
    let folder = tempfile::tempdir().unwrap();
    let mut random = Random(seed.max(1));
    let never = AtomicBool::new(false);

    // Workbooks: 512 MiB and 10 s each, as tight as a large real export allows.
    worker::set_limits(Some(512), Some(10));
    let xlsx = std::fs::read(common::hostile::workbook(folder.path())).unwrap();
    let xls = std::fs::read(common::repository_path(
        "tests/fixtures/questionnaires/wenjuanxing-40.xls",
    ))
    .unwrap();
    let seeds: [(&str, Vec<u8>); 3] = [("xlsx", xlsx), ("xls", xls), ("ods", ods_seed())];
    let mut tally = Tally::default();
    let started = Instant::now();
    for number in 0..workbooks {
        let (extension, seed_bytes) = random.pick(&seeds);
        let mut bytes = seed_bytes.clone();
        if *extension != "xls" && random.below(2) == 0 {
            mutate_zip(&mut random, &mut bytes);
        } else {
            mutate_bytes(&mut random, &mut bytes);
        }
        let path = folder.path().join(format!("input.{extension}"));
        std::fs::write(&path, &bytes).unwrap();
        let began = Instant::now();
        let result = worker::read_questionnaire(&path, Language::English, &never);
        let ending = ending_of(&result);
        tally.add(ending, began.elapsed(), Duration::from_secs(10), || {
            let kept = kept_folder().join(format!("workbook-{number}.{extension}"));
            std::fs::write(&kept, &bytes).unwrap();
            kept
        });
        if (number + 1) % 10_000 == 0 {
            println!("{}", tally.line("  so far", started));
        }
    }
    println!("{}", tally.line("fuzz workbooks", started));
    let workbook_tally = tally;

    // Templates: 1 GiB and 3 s each; most mutations fail or finish at once.
    worker::set_limits(Some(1024), Some(3));
    let mut tally = Tally::default();
    let started = Instant::now();
    let plan_path = common::copied_example(folder.path());
    std::fs::copy(
        common::repository_path("tests/fixtures/templates/huge-image.png"),
        folder.path().join("huge.png"),
    )
    .unwrap();
    std::fs::write(folder.path().join("loop.wasm"), LOOPING_PLUGIN).unwrap();
    let mut plan: Plan = curriculum_planner::io::load_plan(&plan_path).unwrap();
    plan.document.template = Some(String::from("template.typ"));
    let bundled = curriculum_planner::export::programme::BUNDLED_TEMPLATE
        .as_bytes()
        .to_vec();
    for number in 0..templates {
        let mut source = bundled.clone();
        for _ in 0..1 + random.below(3) {
            let at = char_boundary(&source, random.below(source.len() + 1));
            match random.below(4) {
                0 => {
                    let end = char_boundary(&source, (at + random.below(200)).min(source.len()));
                    source.drain(at..end);
                }
                1 => source.truncate(at),
                _ => {
                    let token = random.pick(TEMPLATE_TOKENS);
                    source.splice(at..at, token.bytes());
                }
            }
        }
        std::fs::write(folder.path().join("template.typ"), &source).unwrap();
        let began = Instant::now();
        let book = common::shipped_book(&plan);
        let result = worker::document_pdf(&plan, book, Some(&plan_path), Language::Chinese, &never);
        let ending = ending_of(&result);
        tally.add(ending, began.elapsed(), Duration::from_secs(3), || {
            let kept = kept_folder().join(format!("template-{number}.typ"));
            std::fs::write(&kept, &source).unwrap();
            kept
        });
    }
    println!("{}", tally.line("fuzz templates", started));
    let template_tally = tally;

    // Long texts, printed in this process with the bundled template.
    let mut long = LongTextTally::default();
    let started = Instant::now();
    let original: Plan = curriculum_planner::io::load_plan(&plan_path).unwrap();
    for number in 0..long_texts {
        let mut plan = original.clone();
        let text = long_text(&mut random);
        let size = text.len();
        match random.below(5) {
            0 => {
                let at = random.below(plan.terms.len());
                plan.terms[at].name.zh = text;
            }
            1 => {
                let at = random.below(plan.modules.len());
                plan.modules[at].name.zh = text;
            }
            2 => {
                let at = random.below(plan.modules.len());
                plan.modules[at].description.zh = text;
            }
            3 => plan.document.objective.zh = text,
            _ => plan.title.zh = text,
        }
        let output = folder.path().join("long.pdf");
        let resident_before = resident_memory();
        let began = Instant::now();
        let written = curriculum_planner::export::programme::write_pdf(
            &plan,
            common::shipped_book(&plan),
            Some(&plan_path),
            Language::Chinese,
            &output,
        );
        long.add(
            number,
            written.is_ok(),
            began.elapsed(),
            resident_before,
            size,
        );
    }
    println!("{}", long.line(started));

    assert!(
        workbook_tally.past_the_limit.is_empty(),
        "{:?}",
        workbook_tally.past_the_limit
    );
    assert!(
        template_tally.past_the_limit.is_empty(),
        "{:?}",
        template_tally.past_the_limit
    );
    assert_eq!(long.failed, 0, "long texts that did not print");
    println!(
        "kept for a look (workers that stopped for another reason than a limit): {:?} {:?}",
        workbook_tally.kept, template_tally.kept
    );
}

/// A WebAssembly module exporting its memory and `run: (i32) -> i32` that never returns.
const LOOPING_PLUGIN: &[u8] = &[
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60, 0x01, 0x7f, 0x01, 0x7f,
    0x03, 0x02, 0x01, 0x00, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x10, 0x02, 0x06, b'm', b'e', b'm',
    b'o', b'r', b'y', 0x02, 0x00, 0x03, b'r', b'u', b'n', 0x00, 0x00, 0x0a, 0x0a, 0x01, 0x08, 0x00,
    0x03, 0x40, 0x0c, 0x00, 0x0b, 0x00, 0x0b,
];

/// Typst that loops, recurses, allocates, or reaches for files it may not read.
const TEMPLATE_TOKENS: &[&str] = &[
    "\n#while true {}\n",
    "\n#let f(n) = f(n + 1)\n#f(0)\n",
    "\n#let g(n, p) = if n <= 0 { 0 } else { g(n - 1, p + \"a\") + g(n - 1, p + \"b\") }\n#g(40, \"\")\n",
    "\n#range(100000000).len()\n",
    "\n#(\"x\" * 1000000000)\n",
    "\n#image(\"huge.png\")\n",
    "\n#plugin(\"loop.wasm\").run(bytes(\"x\"))\n",
    "\n#read(\"/etc/passwd\")\n",
    "\n#read(\"../plan.ron\")\n",
    "\n#read(\"plan.ron\")\n",
    "\n#set page(height: 1pt)\n",
    "\n#for i in range(100000) [#i ]\n",
    "\n#table(columns: 1000, ..range(100000).map(str))\n",
    "\n#set text(size: 0.0001pt)\n",
    "\n#layout(size => layout(s => [#s]))\n",
    "#",
    "[",
    "]",
    "{",
    "}",
    "(",
    ")",
    "\"",
    "$",
    "\n",
];

fn char_boundary(text: &[u8], mut at: usize) -> usize {
    while at < text.len() && (text[at] & 0xC0) == 0x80 {
        at += 1;
    }
    at.min(text.len())
}

/// A long run of one kind of character: Chinese, ASCII without spaces, invisible, marks.
fn long_text(random: &mut Random) -> String {
    let pieces = ["学", "a", "\u{200b}", "e\u{301}", "ب", "😀", "W ", "、"];
    let piece = random.pick(&pieces);
    let count = [1_000, 20_000, 200_000, 1_000_000][random.below(4)];
    piece.repeat(count)
}

#[derive(Default)]
struct LongTextTally {
    inputs: usize,
    failed: usize,
    slowest: Duration,
    /// The largest peak-memory growth of one print, by the long text's size in bytes.
    growth_by_size: std::collections::BTreeMap<usize, u64>,
    slowest_by_size: std::collections::BTreeMap<usize, Duration>,
}

impl LongTextTally {
    fn add(
        &mut self,
        _number: usize,
        printed: bool,
        took: Duration,
        before: Option<u64>,
        size: usize,
    ) {
        self.inputs += 1;
        if !printed {
            self.failed += 1;
        }
        self.slowest = self.slowest.max(took);
        let bucket = [10_000, 100_000, 1_000_000, usize::MAX]
            .into_iter()
            .find(|&bucket| size <= bucket)
            .unwrap_or(usize::MAX);
        let slowest = self.slowest_by_size.entry(bucket).or_default();
        *slowest = (*slowest).max(took);
        if let (Some(before), Some(peak)) = (before, peak_memory()) {
            let grown = peak.saturating_sub(before);
            let largest = self.growth_by_size.entry(bucket).or_default();
            *largest = (*largest).max(grown);
        }
        let _ = std::fs::write("/proc/self/clear_refs", "5");
    }

    fn line(&self, started: Instant) -> String {
        format!(
            "fuzz long texts: {} plans in {:.0?}; {} not printed; slowest {:.1?}; by the long text's size (up to N bytes): largest peak-memory growth in MiB {:?}, slowest {:?}",
            self.inputs,
            started.elapsed(),
            self.failed,
            self.slowest,
            self.growth_by_size
                .iter()
                .map(|(size, grown)| (*size, grown / 1024 / 1024))
                .collect::<Vec<_>>(),
            self.slowest_by_size
        )
    }
}

fn peak_memory() -> Option<u64> {
    status_kibibytes("VmHWM:").map(|kibibytes| kibibytes * 1024)
}

fn resident_memory() -> Option<u64> {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    status_kibibytes("VmRSS:").map(|kibibytes| kibibytes * 1024)
}

fn status_kibibytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// A short run in every test run: a few workbooks of each kind through the worker.
#[test]
fn a_few_mutated_workbooks_each_end_in_a_result_or_a_message() {
    common::use_built_worker();
    let folder = tempfile::tempdir().unwrap();
    let never = AtomicBool::new(false);
    let seeds: [(&str, Vec<u8>); 2] = [
        (
            "xlsx",
            std::fs::read(common::hostile::workbook(folder.path())).unwrap(),
        ),
        ("ods", ods_seed()),
    ];
    // The seeds themselves read.
    for (extension, bytes) in &seeds {
        let path = folder.path().join(format!("seed.{extension}"));
        std::fs::write(&path, bytes).unwrap();
        let questionnaire = worker::read_questionnaire(&path, Language::English, &never)
            .unwrap_or_else(|error| panic!("{extension}: {error}"));
        assert_eq!(questionnaire.respondents, 20, "{extension}");
    }
    let mut random = Random(3);
    for number in 0..12 {
        let (extension, seed_bytes) = random.pick(&seeds);
        let mut bytes = seed_bytes.clone();
        mutate_zip(&mut random, &mut bytes);
        let path = folder.path().join(format!("case-{number}.{extension}"));
        std::fs::write(&path, &bytes).unwrap();
        let result = worker::read_questionnaire(&path, Language::English, &never);
        assert_ne!(
            ending_of(&result),
            Ending::WorkerCrashed,
            "{number}: {result:?}"
        );
    }
}
