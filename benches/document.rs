#![allow(clippy::expect_used, clippy::unwrap_used)] // a benchmark that cannot run should stop

//! What a teaching office waits for when it prints: the programme document of the 3-year
//! example (57 modules, 6 terms) laid out and written as PDF, Word and Excel, in process and
//! as the whole `export` command; then plans of 10× and 100× the modules, to see the curve.
//!
//! `cargo bench --bench document` prints medians (and the first, cold, run in process: fonts
//! parsed, Typst's caches empty), page counts and the whole process's peak memory.

use std::process::{Command, Stdio};
use std::time::Instant;

use curriculum_planner::catalogue::Language;
use curriculum_planner::export::programme::{
    Template, pdf_bytes, programme_data, typeset, word_bytes, workbook_bytes,
};
use curriculum_planner::io::{load_plan, to_canonical_ron};
use curriculum_planner::model::Plan;

mod generated;

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// First run and median of `runs` runs of `work`, in milliseconds.
fn timed(runs: usize, mut work: impl FnMut()) -> (f64, f64) {
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        work();
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    (times[0], median(times))
}

fn in_process(label: &str, plan: &Plan, runs: usize) {
    let template = Template::bundled();
    let mut pages = 0;
    let (cold, pdf) = timed(runs, || {
        let document = typeset(
            plan,
            curriculum_planner::editor::shipped_books().resolve(&plan.rules),
            Language::Chinese,
            &template,
        )
        .unwrap();
        pages = document.pages().len();
        pdf_bytes(&document).unwrap();
    });
    let (_, layout) = timed(runs, || {
        typeset(
            plan,
            curriculum_planner::editor::shipped_books().resolve(&plan.rules),
            Language::Chinese,
            &template,
        )
        .unwrap();
    });
    let (_, word) = timed(runs, || {
        word_bytes(
            &programme_data(
                plan,
                curriculum_planner::editor::shipped_books().resolve(&plan.rules),
                Language::Chinese,
            ),
            Language::Chinese,
        )
        .unwrap();
    });
    let (_, excel) = timed(runs, || {
        workbook_bytes(
            &programme_data(
                plan,
                curriculum_planner::editor::shipped_books().resolve(&plan.rules),
                Language::Chinese,
            ),
            Language::Chinese,
        )
        .unwrap();
    });
    println!(
        "  {label:<28} PDF {pdf:>8.1} ms (first {cold:.1} ms; layout alone {layout:.1} ms), {pages} pages; Word {word:.1} ms; Excel {excel:.1} ms"
    );
}

/// Median wall time (ms) and peak memory (MiB) of the whole `export` process.
fn whole_process(
    plan_path: &std::path::Path,
    outputs: &[(&str, std::path::PathBuf)],
    runs: usize,
) -> (f64, f64) {
    let binary = env!("CARGO_BIN_EXE_curriculum-planner");
    let mut times = Vec::new();
    let mut peak_kib: u64 = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let result = Command::new("/usr/bin/time")
            .args(["-f", "%M", binary, "export"])
            .arg(plan_path)
            .args(
                outputs
                    .iter()
                    .flat_map(|(flag, output)| [flag.as_ref(), output.as_os_str()]),
            )
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .expect("GNU time (apt-get install time)");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(
            result.status.code().is_some_and(|code| code <= 1),
            "{stderr}"
        );
        let kib: u64 = stderr
            .lines()
            .last()
            .and_then(|line| line.trim().parse().ok())
            .unwrap_or(0);
        peak_kib = peak_kib.max(kib);
    }
    (median(times), peak_kib as f64 / 1024.0)
}

fn main() {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("curricula/cbec-higher-vocational-3-year.ron");
    let plan = load_plan(&example).unwrap();
    println!("In process (Chinese):");
    in_process("3-year example, 57 modules", &plan, 11);
    let folder = tempfile::tempdir().unwrap();
    let mut plans = vec![("3-year example".to_owned(), example.clone())];
    for size in [570, 5_700] {
        let mut generated = generated::generated_plan(size, 6);
        generated.document = plan.document.clone();
        in_process(
            &format!("generated, {size} modules"),
            &generated,
            if size > 1000 { 3 } else { 5 },
        );
        let path = folder.path().join(format!("plan-{size}.ron"));
        std::fs::write(&path, to_canonical_ron(&generated).unwrap()).unwrap();
        plans.push((format!("generated, {size} modules"), path));
    }
    println!("Whole `export` process (start, read, check, lay out, write):");
    for (label, path) in &plans {
        let one = |flag: &'static str, name: &str| vec![(flag, folder.path().join(name))];
        // All four at once: the document's figures are prepared once for every format.
        let all: Vec<(&str, std::path::PathBuf)> = [
            ("--pdf", "all.pdf"),
            ("--docx", "all.docx"),
            ("--xlsx", "all.xlsx"),
            ("--schedule-csv", "all.csv"),
        ]
        .into_iter()
        .map(|(flag, name)| (flag, folder.path().join(name)))
        .collect();
        for (flag, outputs) in [
            ("--pdf", one("--pdf", "out.pdf")),
            ("--docx", one("--docx", "out.docx")),
            ("--xlsx", one("--xlsx", "out.xlsx")),
            ("all four", all),
        ] {
            let runs = if label.contains("5700") { 3 } else { 7 };
            let (milliseconds, mebibytes) = whole_process(path, &outputs, runs);
            let size = outputs
                .iter()
                .map(|(_, output)| std::fs::metadata(output).map_or(0, |metadata| metadata.len()))
                .sum::<u64>()
                / 1024;
            println!(
                "  {label:<28} {flag:<9} {milliseconds:>8.1} ms   peak {mebibytes:>6.1} MiB   files {size:>6} KiB"
            );
        }
    }
}
