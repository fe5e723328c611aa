//! Runs one report on a generated plan of N modules, for instruction counts that do not
//! depend on the machine's load or caches:
//! `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*analysis::report::report*'
//!  target/release/examples/report_instructions 20000`

#[path = "../benches/generated.rs"]
mod generated;

fn main() {
    let count = std::env::args()
        .nth(1)
        .and_then(|argument| argument.parse().ok())
        .unwrap_or(2_000);
    let plan = generated::generated_plan(count, 12);
    let report = curriculum_planner::editor::report_with_shipped_rules(&plan, None);
    println!(
        "{count} modules: {} hours, complexity {:?}",
        report.totals.hours,
        report.structure.map(|structure| structure.complexity)
    );
}
