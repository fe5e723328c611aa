#![allow(clippy::expect_used)] // a generated plan that breaks the benchmark should stop it

//! The linearity bar: a report on a 20,000-course curriculum must take less than 15×
//! as long as one on a 2,000-module 12-term plan. This machine's speed drifts by tens of per
//! cent from minute to minute, so timing the two in separate criterion groups compares
//! different machines; here they alternate, round by round, and the ratio is taken per round.
//!
//! `cargo bench --bench report_ratio` prints the medians and the ratio's median and spread.

use std::hint::black_box;
use std::time::{Duration, Instant};

use curriculum_planner::editor::report_with_shipped_rules as report;
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

/// Medians of the two sides and of the per-round ratio, and the ratio's 10th and 90th
/// percentiles.
struct Pair {
    name: &'static str,
    small: Vec<f64>,
    large: Vec<f64>,
    ratios: Vec<f64>,
}

impl Pair {
    fn print(mut self) {
        let small = median(&mut self.small) * 1e3;
        let large = median(&mut self.large) * 1e3;
        let ratio = median(&mut self.ratios);
        let rounds = self.ratios.len();
        println!(
            "{}: {small:.3} ms → {large:.3} ms; ratio per round: median {ratio:.2}×, \
             10th–90th percentile {:.2}–{:.2}×",
            self.name,
            self.ratios[rounds / 10],
            self.ratios[rounds * 9 / 10]
        );
    }
}

fn main() {
    // `cargo test --benches` runs this without `--bench`; only `--bench` measures.
    if !std::env::args().any(|argument| argument == "--bench") {
        return;
    }
    let plan_2000 = generated::generated_curriculum(2_000, 12);
    let curriculum_2000 = generated::generated_curriculum(2_000, 0);
    let curriculum_20000 = generated::generated_curriculum(20_000, 0);
    let plan_20000 = generated::generated_curriculum(20_000, 12);
    let all = [&plan_2000, &curriculum_2000, &curriculum_20000, &plan_20000];
    for _ in 0..10 {
        for plan in all {
            time(plan, 1);
        }
    }
    let pair = |name| Pair {
        name,
        small: Vec::new(),
        large: Vec::new(),
        ratios: Vec::new(),
    };
    let mut pairs = [
        pair("the issue's pair, plan-2000 (12 terms) → curriculum-20000 (no terms)"),
        pair("like for like, curriculum-2000 → curriculum-20000"),
        pair("like for like, plan-2000 → plan-20000"),
    ];
    for _ in 0..ROUNDS {
        let [a, b, c, d] = all.map(|plan| {
            let repeats = if plan.modules.len() < 10_000 {
                SMALL_REPEATS
            } else {
                1
            };
            time(plan, repeats).as_secs_f64()
        });
        for (pair, (small, large)) in pairs.iter_mut().zip([(a, c), (b, c), (a, d)]) {
            pair.small.push(small);
            pair.large.push(large);
            pair.ratios.push(large / small);
        }
    }
    println!("report, {ROUNDS} rounds (bar: under 15×)");
    for pair in pairs {
        pair.print();
    }
}
