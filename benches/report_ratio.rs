#![allow(clippy::expect_used)] // a generated plan that breaks the benchmark should stop it

//! The linearity bar: a report on a 20,000-course curriculum must take less than 15×
//! as long as one on a 2,000-module 12-term plan. This machine's speed drifts by tens of per
//! cent from minute to minute, so timing the two in separate criterion groups compares
//! different machines; here they alternate, round by round, and the ratio is taken per round.
//!
//! `cargo bench --bench report_ratio` prints the medians and the ratio's median and spread.

use std::hint::black_box;
use std::time::{Duration, Instant};

use curriculum_planner::analysis::report;
use curriculum_planner::model::Plan;

mod generated;

/// The allocator the app ships with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROUNDS: usize = 200;
/// Small-plan reports per round, so both sides of a round take milliseconds.
const SMALL_REPEATS: u32 = 10;

fn time(plan: &Plan, repeats: u32) -> Duration {
    let started = Instant::now();
    for _ in 0..repeats {
        black_box(report(black_box(plan), None));
    }
    started.elapsed() / repeats
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    // `cargo test --benches` runs this with `--test`-like arguments; only `--bench` measures.
    if !std::env::args().any(|argument| argument == "--bench") {
        return;
    }
    let small = generated::generated_curriculum(2_000, 12);
    let large = generated::generated_curriculum(20_000, 0);
    for _ in 0..20 {
        time(&small, 1);
        time(&large, 1);
    }
    let (mut small_times, mut large_times, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let small_time = time(&small, SMALL_REPEATS).as_secs_f64();
        let large_time = time(&large, 1).as_secs_f64();
        small_times.push(small_time);
        large_times.push(large_time);
        ratios.push(large_time / small_time);
    }
    let small_median = median(&mut small_times);
    let large_median = median(&mut large_times);
    let ratio_median = median(&mut ratios);
    println!(
        "report on plan-2000 (12 terms): median {:.3} ms",
        small_median * 1e3
    );
    println!(
        "report on curriculum-20000 (no terms): median {:.3} ms",
        large_median * 1e3
    );
    println!(
        "ratio per round over {ROUNDS} rounds: median {ratio_median:.2}×, 10th–90th percentile {:.2}–{:.2}× (bar: < 15×)",
        ratios[ROUNDS / 10],
        ratios[ROUNDS * 9 / 10]
    );
}
