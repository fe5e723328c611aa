#![allow(clippy::expect_used, clippy::unwrap_used)] // a benchmark that cannot run should stop

//! What a user waits for: the whole `check`, `report` and `compare` processes (start, read,
//! parse, check, analyse, print), on RON plans and CurricularAnalytics CSVs of 2,000, 20,000
//! and 200,000 modules, and on plans with 1,000, 10,000 and 100,000 findings. Each 10× step
//! should cost at most 15×.
//!
//! `cargo bench --bench commands` builds the release binary and prints, per command and
//! input, the median wall time, the peak memory (GNU time's maximum resident set), the file's
//! size, and the ratio to the next smaller input.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use curriculum_planner::catalogue::Language;
use curriculum_planner::export::curricular_analytics_csv;
use curriculum_planner::io::to_canonical_ron;
use curriculum_planner::model::{ModuleId, Placement, Plan};

mod generated;

const SIZES: [usize; 3] = [2_000, 20_000, 200_000];
const FINDINGS: [usize; 3] = [1_000, 10_000, 100_000];
const TERMS: usize = 12;

fn write_plan(folder: &Path, name: &str, plan: &Plan) -> PathBuf {
    let path = folder.join(name);
    std::fs::write(&path, to_canonical_ron(plan).unwrap()).unwrap();
    path
}

/// A 2,000-module plan whose first term also lists `count` modules no one defines: one finding each.
fn plan_with_findings(count: usize) -> Plan {
    let mut plan = generated::generated_plan(2_000, TERMS);
    plan.terms[0].modules.extend(
        (0..count).map(|index| Placement::weekly(ModuleId::new(format!("ghost_{index}")), 2, 16)),
    );
    plan
}

/// The generated plan whose modules each require the `links` modules before them: one
/// chain of `count` courses (`links` = 1), or a ladder (2) whose blocking factors reach
/// count²/2 module pairs.
fn requisite_chain(count: usize, links: usize) -> Plan {
    let mut plan = generated::generated_plan(count, TERMS);
    for (index, module) in plan.modules.iter_mut().enumerate() {
        module.prerequisites = (1..=links.min(index))
            .map(|back| ModuleId::new(format!("m{}", index - back)))
            .collect();
        module.corequisites.clear();
    }
    plan
}

/// Median wall time in seconds and the largest peak memory in MiB of `runs` runs.
fn measure(arguments: &[&str], runs: usize) -> (f64, f64) {
    let binary = env!("CARGO_BIN_EXE_curriculum-planner");
    let mut times = Vec::new();
    let mut peak_kib: u64 = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let output = Command::new("/usr/bin/time")
            .arg("-f")
            .arg("%M")
            .arg(binary)
            .args(arguments)
            // After the subcommand: before it, clap takes it for the window's options.
            .arg("--max-file-size")
            .arg("4096")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("GNU time (apt-get install time)");
        times.push(started.elapsed().as_secs_f64());
        let stderr = String::from_utf8_lossy(&output.stderr);
        let kib: u64 = stderr
            .lines()
            .last()
            .and_then(|line| line.trim().parse().ok())
            .unwrap_or(0);
        peak_kib = peak_kib.max(kib);
        assert!(
            output.status.code().is_some_and(|code| code <= 1),
            "{arguments:?}: {stderr}"
        );
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], peak_kib as f64 / 1024.0)
}

fn runs_for(size: usize) -> usize {
    if size >= 100_000 { 3 } else { 7 }
}

struct Row {
    label: String,
    seconds: f64,
    mebibytes: f64,
    file_mebibytes: f64,
}

fn print_series(title: &str, rows: &[Row]) {
    println!("{title}");
    for (index, row) in rows.iter().enumerate() {
        let ratio = index
            .checked_sub(1)
            .map(|previous| format!("{:>6.1}×", row.seconds / rows[previous].seconds))
            .unwrap_or_else(|| "       ".to_owned());
        println!(
            "  {:<28} {:>9.3} s {ratio}   peak {:>7.1} MiB   file {:>6.1} MiB",
            row.label, row.seconds, row.mebibytes, row.file_mebibytes
        );
    }
}

fn file_mebibytes(path: &Path) -> f64 {
    std::fs::metadata(path).map_or(0.0, |metadata| metadata.len() as f64 / 1_048_576.0)
}

/// A title, its inputs (size, file) and the command run on each.
type Series<'a> = (&'a str, &'a [(usize, PathBuf)], &'a [&'a str]);

fn main() {
    // `cargo bench` passes `--bench`; a filter, if any, picks the series by name.
    let filter: Option<String> = std::env::args()
        .skip(1)
        .find(|argument| !argument.starts_with("--"));
    let wanted = |name: &str| filter.as_deref().is_none_or(|filter| name.contains(filter));
    let folder = tempfile::tempdir().unwrap();
    let mut plans = Vec::new();
    let mut csvs = Vec::new();
    for size in SIZES {
        let plan = generated::generated_plan(size, TERMS);
        plans.push((
            size,
            write_plan(folder.path(), &format!("plan-{size}.ron"), &plan),
        ));
        let csv = folder.path().join(format!("plan-{size}.csv"));
        std::fs::write(
            &csv,
            curricular_analytics_csv(&plan, Language::English).unwrap(),
        )
        .unwrap();
        csvs.push((size, csv));
    }
    let findings: Vec<(usize, PathBuf)> = FINDINGS
        .iter()
        .map(|&count| {
            let plan = plan_with_findings(count);
            (
                count,
                write_plan(folder.path(), &format!("findings-{count}.ron"), &plan),
            )
        })
        .collect();

    let chains: Vec<(usize, PathBuf)> = SIZES
        .iter()
        .map(|&size| {
            let plan = requisite_chain(size, 1);
            (
                size,
                write_plan(folder.path(), &format!("chain-{size}.ron"), &plan),
            )
        })
        .collect();
    let ladders: Vec<(usize, PathBuf)> = SIZES
        .iter()
        .map(|&size| {
            let plan = requisite_chain(size, 2);
            (
                size,
                write_plan(folder.path(), &format!("ladder-{size}.ron"), &plan),
            )
        })
        .collect();

    let series: [Series<'_>; 8] = [
        ("check, RON plans", &plans, &["check"]),
        ("report, RON plans", &plans, &["report"]),
        ("report --json, RON plans", &plans, &["report", "--json"]),
        ("check, CurricularAnalytics CSV", &csvs, &["check"]),
        ("report, CurricularAnalytics CSV", &csvs, &["report"]),
        ("check, plans with findings", &findings, &["check"]),
        ("report, one requisite chain", &chains, &["report"]),
        ("report, a requisite ladder", &ladders, &["report"]),
    ];
    for (title, inputs, command) in series {
        if !wanted(title) {
            continue;
        }
        let rows: Vec<Row> = inputs
            .iter()
            .map(|(size, path)| {
                let mut arguments = command.to_vec();
                arguments.push(path.to_str().unwrap());
                let (seconds, mebibytes) = measure(&arguments, runs_for(*size));
                Row {
                    label: format!("{size}"),
                    seconds,
                    mebibytes,
                    file_mebibytes: file_mebibytes(path),
                }
            })
            .collect();
        print_series(title, &rows);
    }
    if wanted("compare") {
        let rows: Vec<Row> = plans
            .iter()
            .map(|(size, path)| {
                let path = path.to_str().unwrap();
                let (seconds, mebibytes) = measure(&["compare", path, path], runs_for(*size));
                Row {
                    label: format!("{size} × 2"),
                    seconds,
                    mebibytes,
                    file_mebibytes: 2.0 * file_mebibytes(Path::new(path)),
                }
            })
            .collect();
        print_series("compare, two RON plans", &rows);
    }
}
