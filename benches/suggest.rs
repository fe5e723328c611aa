#![allow(clippy::expect_used)] // a missing shipped file should stop the benchmark

//! Issue 24's figures: the whole suggestion as `curriculum-planner suggest` runs it — read the
//! library and the survey, prepare the problem against the rule book, solve, make the plan,
//! analyse it and write it — on the shipped library with the seed survey (6 terms, 130–160
//! credits, at most 32 a term, the 3-year profile), from the 3-year example plan (as it is,
//! and with both its elective groups filled anew), and on
//! generated libraries of 100, 500, 1000 and 5000 modules (60 s limit). `cargo bench --bench suggest`.

mod generated;

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use curriculum_planner::analysis::report;
use curriculum_planner::analysis::suggestion::{Limits, solve_within};
use curriculum_planner::editor::{
    GroupFill, SuggestRequest, blank_plan, prepare, shipped_books, suggested_plan,
};
use curriculum_planner::io::{Document, load_document, load_survey, save_plan};
use curriculum_planner::model::{Library, NO_RULES_BOOK, Plan, RulesProfile, Survey};

fn main() {
    let library = match load_document(Path::new("assets/library.ron")).expect("the shipped library")
    {
        Document::Library(library) => library,
        _ => panic!("assets/library.ron is not a library"),
    };
    let survey =
        load_survey(Path::new("assets/surveys/jiaxing-2018.ron")).expect("the seed survey");
    let request = |plan: &Plan| SuggestRequest {
        credits: (130.0, 160.0),
        term_credits: Some(32.0),
        locks: Vec::new(),
        excludes: Vec::new(),
        industries: Vec::new(),
        time_limit: Some(Duration::from_secs(60)),
        ..SuggestRequest::for_plan(plan, None, 0.0)
    };
    let blank = blank_plan(&library);
    run(
        "shipped library, blank 3-year plan",
        &blank,
        &library,
        &survey,
        &request(&blank),
    );
    let example = match load_document(Path::new("curricula/cbec-higher-vocational-3-year.ron"))
        .expect("the 3-year example")
    {
        Document::Plan(plan) => plan,
        _ => panic!("not a plan"),
    };
    let book = shipped_books().resolve(&example.rules);
    let before = report(&example, book, Some(&survey))
        .alignment
        .and_then(|alignment| alignment.score)
        .unwrap_or_default();
    println!("3-year example plan as it is: score {before:.4}");
    let from_example = SuggestRequest {
        credits: (142.0, 174.0),
        term_credits: Some(45.0),
        ..request(&example)
    };
    run(
        "shipped library, from the 3-year example",
        &example,
        &library,
        &survey,
        &from_example,
    );
    // The example's two groups filled anew: 14 credits offered of which 11 taken, and 8 of 6.
    let filling = SuggestRequest {
        fills: vec![
            GroupFill {
                group: "professional_extension".into(),
                offered: 14.0,
                least: 11.0,
                modules: None,
            },
            GroupFill {
                group: "local_industry".into(),
                offered: 8.0,
                least: 6.0,
                modules: None,
            },
        ],
        ..from_example.clone()
    };
    run(
        "shipped library, from the 3-year example, both groups filled",
        &example,
        &library,
        &survey,
        &filling,
    );
    for count in [100, 500, 1000, 5000] {
        let library = generated_library(count);
        let mut plan = blank_plan(&library);
        plan.rules = RulesProfile::book(NO_RULES_BOOK);
        plan.survey = Some(survey.clone());
        run(
            &format!("generated library of {count} modules"),
            &plan,
            &library,
            &survey,
            &request(&plan),
        );
    }
}

/// The suggestion end to end; prints time, score, proof and gap.
fn run(name: &str, plan: &Plan, library: &Library, survey: &Survey, request: &SuggestRequest) {
    let folder = std::env::temp_dir().join("curriculum-planner-suggest-bench");
    let _ = std::fs::create_dir_all(&folder);
    let started = Instant::now();
    let book = shipped_books().resolve(&plan.rules);
    let prepared = prepare(plan, library, survey, book, request).expect("a valid request");
    let limits = Limits {
        time_limit: request.time_limit,
        cancel: None,
    };
    let solved = solve_within(&prepared.problem, &limits, &mut |_| {});
    let elapsed_solve = started.elapsed();
    match solved {
        Ok(suggested) => {
            let result = suggested_plan(plan, &prepared, &suggested).expect("the plan");
            let analysed = report(&result, shipped_books().resolve(&result.rules), None);
            save_plan(&folder.join("suggested.ron"), &result).expect("written");
            let unmet: Vec<&str> = analysed
                .rules
                .iter()
                .filter(|rule| !rule.ok)
                .map(|rule| rule.rule.id.as_str())
                .collect();
            println!(
                "{name} ({} candidates): score {:.6}, optimal {}, bound {:.6}, gap {:.6}; \
                 solve {:.2} s, whole {:.2} s; path credits {:.1}; rules unmet {:?}",
                prepared.problem.candidates.len(),
                suggested.score,
                suggested.optimal,
                suggested.bound,
                suggested.gap(),
                elapsed_solve.as_secs_f64(),
                started.elapsed().as_secs_f64(),
                analysed.totals.path.credits,
                unmet
            );
        }
        Err(error) => println!(
            "{name}: {error} after {:.2} s",
            started.elapsed().as_secs_f64()
        ),
    }
}

/// A deterministic library of `count` varied modules: 1–4 credits of 16 hours each, one to
/// three of the six surveyed skills at random levels, a quarter requiring an earlier module.
fn generated_library(count: usize) -> Library {
    let plan = generated::generated_plan(count, 6);
    let mut state = 0x2418_u64 ^ count as u64;
    let mut next = move |bound: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound.max(1)
    };
    let levels = curriculum_planner::model::Level::ALL;
    let mut modules = plan.modules;
    let ids: Vec<_> = modules.iter().map(|module| module.id.clone()).collect();
    for (index, module) in modules.iter_mut().enumerate() {
        let credits = 1 + next(4) as u32;
        module.credits = f64::from(credits);
        module.theory_hours = 8 * credits;
        module.practice_hours = 8 * credits;
        let mut skills = HashMap::new();
        for _ in 0..=next(3) {
            let skill = generated::SKILLS[next(6) as usize];
            skills.insert(skill, levels[next(3) as usize]);
        }
        module.skills = skills
            .into_iter()
            .map(|(skill, level)| curriculum_planner::model::SkillLevel {
                skill: skill.into(),
                level,
            })
            .collect();
        module.skills.sort_by(|a, b| a.skill.cmp(&b.skill));
        module.industries.clear();
        module.prerequisites = if index > 0 && next(4) == 0 {
            vec![ids[next(index as u64) as usize].clone()]
        } else {
            Vec::new()
        };
    }
    Library {
        format_version: plan.format_version,
        skills: plan.skills,
        industries: Vec::new(),
        modules,
    }
}
