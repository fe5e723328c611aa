#![allow(clippy::expect_used)] // a generated plan that breaks the benchmark should stop it

//! The full report (totals, alignment, industries, rules, structure) on generated plans:
//! a 2,000-module 12-term plan and a 20,000-course curriculum. Structure metrics must stay
//! linear: the second should take about 10× the first, never 100×.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use curriculum_planner::editor::report_with_shipped_rules as report;

mod generated;

/// The allocator the app ships with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use generated::{generated_curriculum, generated_plan};

fn report_benchmark(criterion: &mut Criterion) {
    let mut group = criterion.benchmark_group("report");
    group.sample_size(20);
    // The pair: a 12-term plan of 2,000 modules and a curriculum of 20,000 courses
    // (no terms, as a CurricularAnalytics curriculum imports); and, for reference, a 12-term
    // plan of 20,000.
    for (name, count, terms) in [
        ("plan-2000", 2_000, 12),
        ("curriculum-2000", 2_000, 0),
        ("curriculum-20000", 20_000, 0),
        ("plan-20000", 20_000, 12),
    ] {
        let plan = generated_curriculum(count, terms);
        let structure = report(&plan, None).structure.expect("an acyclic plan");
        eprintln!(
            "{count} modules: total blocking (Σ reachable sets) {}, total delay {}",
            structure.blocking, structure.delay
        );
        group.bench_with_input(BenchmarkId::from_parameter(name), &plan, |bench, plan| {
            bench.iter(|| report(plan, None));
        });
    }
    group.finish();
    let mut parts = criterion.benchmark_group("parts");
    parts.sample_size(10);
    for count in [2_000, 20_000] {
        let plan = generated_plan(count, 12);
        let survey = plan.survey.clone().expect("a survey");
        parts.bench_function(format!("structure/{count}"), |bench| {
            bench.iter(|| curriculum_planner::analysis::structure(&plan))
        });
        parts.bench_function(format!("totals/{count}"), |bench| {
            bench.iter(|| curriculum_planner::analysis::totals(&plan))
        });
        parts.bench_function(format!("alignment/{count}"), |bench| {
            bench.iter(|| curriculum_planner::analysis::alignment(&plan, &survey))
        });
        parts.bench_function(format!("scope/{count}"), |bench| {
            bench.iter(|| curriculum_planner::analysis::modules_in_scope(&plan))
        });
    }
    parts.finish();
}

criterion_group!(benches, report_benchmark);
criterion_main!(benches);
