#![allow(clippy::expect_used)] // a generated plan that breaks the benchmark should stop it

//! CPU time of one whole frame of the window (layout and tessellation, no GPU), as
//! egui_demo_lib measures its demo: a 2,000-module library and a plan of 12 terms × 15
//! modules (and × 150, ten times the size), on the term board, the matrix, the analysis, the survey and the document tabs.
//! The bar is a median under 2 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use curriculum_planner::model::Library;
use curriculum_planner::ui::{PlannerApp, StartOptions, Tab, install_fonts};

mod generated;

/// The allocator the app ships with (see `src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use generated::generated_plan;

/// A plan of `terms` × `per_term` placed modules, and a library of `library` modules (the
/// plan's modules among them).
fn plan_and_library(
    library: usize,
    terms: usize,
    per_term: usize,
) -> (curriculum_planner::model::Plan, Library) {
    let all = generated_plan(library, terms);
    let mut plan = all.clone();
    for term in &mut plan.terms {
        term.modules.truncate(per_term);
    }
    let placed: std::collections::HashSet<_> = plan
        .terms
        .iter()
        .flat_map(|term| term.module_ids().cloned())
        .collect();
    plan.modules.retain(|module| placed.contains(&module.id));
    // Requisites outside the plan would only add findings; keep those inside.
    for module in &mut plan.modules {
        module.prerequisites.retain(|id| placed.contains(id));
    }
    let library = Library {
        format_version: 1,
        skills: all.skills.clone(),
        industries: all.industries.clone(),
        modules: all.modules,
    };
    (plan, library)
}

fn frame_benchmark(criterion: &mut Criterion) {
    // 15 modules a term is a real plan; 150 is ten times that, to see the cost curve.
    for (size, per_term) in [("1x", 15), ("10x", 150)] {
        frames_of(criterion, size, plan_and_library(2_000, 12, per_term));
    }
}

fn frames_of(
    criterion: &mut Criterion,
    size: &str,
    (plan, library): (curriculum_planner::model::Plan, Library),
) {
    let mut group = criterion.benchmark_group(format!("frame-{size}"));
    group.sample_size(60);
    for (name, tab) in [
        ("board", Tab::Board),
        ("matrix", Tab::Matrix),
        ("analysis", Tab::Analysis),
        ("survey", Tab::Survey),
        ("document", Tab::Document),
    ] {
        let ctx = egui::Context::default();
        install_fonts(&ctx);
        let mut app = PlannerApp::with_plan_and_library(
            plan.clone(),
            library.clone(),
            StartOptions::for_tests(None, None),
        );
        app.show_tab(tab);
        let input = || egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            ..Default::default()
        };
        // Warm up: fonts, galley caches and the library's filtered rows.
        for _ in 0..3 {
            let output = ctx.run_ui(input(), |ui| app.ui_contents(ui));
            output.drop_without_applying_deltas();
        }
        group.bench_function(name, |bench| {
            bench.iter(|| {
                let mut output = ctx.run_ui(input(), |ui| app.ui_contents(ui));
                let primitives =
                    ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
                output.textures_delta.clear();
                primitives.len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frame_benchmark);
criterion_main!(benches);
