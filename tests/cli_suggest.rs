//! `suggest` as a user runs it: a plan written with `-o` that `check` passes, the report's
//! keys with the proof of quality, locks and exclusions honoured, impossible constraints named.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use std::path::Path;
use std::process::Output;

use curriculum_planner::io::{Document, load_document};
use curriculum_planner::model::{ModuleId, PlacementTime, Plan};

mod common;

use common::{json_output as json_of, run_planner as run};
use serde_json::Value;

const SURVEY: &str = "assets/surveys/jiaxing-2018.ron";

fn suggest_to(output: &Path, extra: &[&str]) -> Output {
    let mut arguments = vec![
        "suggest",
        "--survey",
        SURVEY,
        "--credits",
        "130..160",
        "--term-credits",
        "32",
        "--json",
        "--lang",
        "en",
        "-o",
        output.to_str().unwrap(),
    ];
    arguments.extend_from_slice(extra);
    run(&arguments)
}

const EXAMPLE: &str = "curricula/cbec-higher-vocational-3-year.ron";

/// From the 3-year example with its book's credits and a cap its terms keep.
fn suggest_from_example(output: &Path, extra: &[&str]) -> Output {
    let mut arguments = vec![
        "suggest",
        "--from",
        EXAMPLE,
        "--credits",
        "142..174",
        "--term-credits",
        "45",
        "--json",
        "-o",
        output.to_str().unwrap(),
    ];
    arguments.extend_from_slice(extra);
    run(&arguments)
}

/// The written plan.
fn plan_at(path: &Path) -> Plan {
    match load_document(path).unwrap() {
        Document::Plan(plan) => plan,
        _ => panic!("{} is not a plan", path.display()),
    }
}

/// Terms (0-based) a module is placed in.
fn terms_of(plan: &Plan, module: &str) -> Vec<usize> {
    plan.placements_of(&ModuleId::from(module))
        .into_iter()
        .map(|(term, _)| term)
        .collect()
}

#[test]
fn a_suggested_plan_passes_check_and_reports_its_proof() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("suggested.ron");
    let suggested = suggest_to(&output, &[]);
    let report = json_of(&suggested);
    assert_eq!(report["optimal"], true, "{report}");
    assert_eq!(report["gap"], 0.0);
    let score = report["alignment"]["score"].as_f64().unwrap();
    assert!((report["bound"].as_f64().unwrap() - score).abs() < 1e-9);
    // Better than every example plan under the same survey (the best scores 0.917).
    assert!(score > 0.95, "{score}");
    // No error and no warning: every block fits the weeks its term's calendar leaves.
    let check = run(&["check", output.to_str().unwrap(), "--lang", "en"]);
    let said = String::from_utf8_lossy(&check.stdout).into_owned()
        + &String::from_utf8_lossy(&check.stderr);
    assert_eq!(check.status.code(), Some(0), "{said}");
    assert!(said.contains(": ok"), "{said}");
    // Its own report says what the suggestion said, with the same keys as `report --json`.
    let again = json_of(&run(&["report", output.to_str().unwrap(), "--json"]));
    assert_eq!(again["alignment"]["score"], report["alignment"]["score"]);
    for key in again.as_object().unwrap().keys() {
        assert!(report.get(key).is_some(), "no {key}");
    }
    // Every rule of the 3-year book holds, 形势与政策 in every term among them, and none is
    // left to the check of the result: the command says so by its exit code.
    assert_eq!(report["unchecked_rules"].as_array().unwrap().len(), 0);
    for rule in report["rules"].as_array().unwrap() {
        assert!(rule["ok"] == true, "rule {} fails: {rule}", rule["id"]);
    }
    assert!(
        report["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|rule| rule["id"] == "situation_policy")
    );
    assert_eq!(suggested.status.code(), Some(0));
    let plan = plan_at(&output);
    assert_eq!(
        terms_of(&plan, "situation_policy"),
        (0..plan.terms.len()).collect::<Vec<_>>()
    );
    // Six months of 岗位实习 run across the last two terms, in the weeks their calendars
    // leave: 19 of term 6's and the 5 left of 24 in term 5.
    let internship: Vec<(usize, PlacementTime)> = plan
        .placements_of(&ModuleId::from("enterprise_internship"))
        .into_iter()
        .map(|(term, index)| (term, plan.terms[term].modules[index].time))
        .collect();
    assert_eq!(
        internship,
        vec![
            (4, PlacementTime::Block { weeks: 5 }),
            (5, PlacementTime::Block { weeks: 19 })
        ]
    );
}

#[test]
fn locked_and_excluded_modules_are_honoured() {
    let folder = tempfile::tempdir().unwrap();
    let first = folder.path().join("first.ron");
    // Exit 1: a blank plan has no 形势与政策 in every term (a rule checked on the result).
    assert!(
        suggest_to(&first, &[])
            .status
            .code()
            .is_some_and(|code| code <= 1)
    );
    let free = plan_at(&first);
    // Exclude a module the free suggestion chose, lock one it left out into term 5.
    let chosen: Vec<String> = free
        .terms
        .iter()
        .flat_map(|term| term.module_ids())
        .map(|id| id.to_string())
        .collect();
    let excluded = chosen[0].clone();
    let locked = [
        "photovoltaic_export",
        "agricultural_cbec",
        "team_management",
        "graduation_project",
    ]
    .into_iter()
    .find(|id| !chosen.iter().any(|chosen| chosen == id))
    .expect("a library module the suggestion left out");
    let second = folder.path().join("second.ron");
    let output = suggest_to(
        &second,
        &["--lock", &format!("{locked}@5"), "--exclude", &excluded],
    );
    assert!(output.status.code().is_some_and(|code| code <= 1));
    let constrained = plan_at(&second);
    assert_eq!(terms_of(&constrained, locked), vec![4]);
    assert!(terms_of(&constrained, &excluded).is_empty());
    assert!(!terms_of(&free, &excluded).is_empty());
}

#[test]
fn an_impossible_budget_is_named() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("never.ron");
    let result = run(&[
        "suggest",
        "--survey",
        SURVEY,
        "--credits",
        "900..950",
        "--lang",
        "en",
        "-o",
        output.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&result.stderr);
    assert!(
        errors.contains("No plan meets every constraint"),
        "{errors}"
    );
    assert!(errors.contains("credits 900–950"), "{errors}");
    assert!(!output.exists(), "nothing is written");
}

#[test]
fn an_industry_no_module_serves_enough_is_named() {
    let result = run(&[
        "suggest",
        "--survey",
        SURVEY,
        "--credits",
        "130..160",
        "--industry",
        "haining_leather:5000",
        "--lang",
        "en",
    ]);
    assert_eq!(result.status.code(), Some(1));
    let errors = String::from_utf8_lossy(&result.stderr);
    assert!(
        errors.contains("industry haining_leather served by at least 5000 hours"),
        "{errors}"
    );
}

#[test]
fn a_lock_on_an_unknown_module_is_refused() {
    let result = run(&[
        "suggest",
        "--survey",
        SURVEY,
        "--lock",
        "no_such_module",
        "--lang",
        "en",
    ]);
    assert_eq!(result.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&result.stderr).contains("no_such_module"));
}

#[test]
fn a_plan_with_elective_groups_keeps_its_groups_and_the_budget_on_the_path() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("from-example.ron");
    let example = EXAMPLE;
    let result = suggest_from_example(&output, &[]);
    let report = json_of(&result);
    let credits = report["totals"]["path"]["credits"].as_f64().unwrap();
    assert!(
        (142.0 - 1e-6..=174.0 + 1e-6).contains(&credits),
        "{credits}"
    );
    let before = json_of(&run(&["report", example, "--json"]));
    let score = |report: &Value| report["alignment"]["score"].as_f64().unwrap();
    assert!(
        score(&report) > score(&before),
        "the example plan can only improve"
    );
    assert_eq!(report["optimal"], true);
    // Its elective groups are kept, each member where the example places it.
    let original = plan_at(std::path::Path::new(example));
    let suggested = plan_at(&output);
    assert_eq!(suggested.elective_groups, original.elective_groups);
    for group in &original.elective_groups {
        for id in &group.modules {
            assert_eq!(
                suggested.placements_of(id).len(),
                original.placements_of(id).len()
            );
            assert_eq!(suggested.term_of(id), original.term_of(id), "{id}");
        }
    }
}

#[test]
fn a_cap_on_weekly_hours_holds_in_every_term() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("weekly.ron");
    // 24: a new 3-year plan teaches eight weeks in term 5 and one in term 6, as the example
    // does, so a module's weekly hours double there and a tighter cap leaves the search long.
    let result = suggest_to(&output, &["--term-hours", "24"]);
    assert!(result.status.code().is_some_and(|code| code <= 1));
    let plan = plan_at(&output);
    let mut busiest = 0;
    for term in &plan.terms {
        let weekly: u32 = term
            .modules
            .iter()
            .map(|placement| match placement.time {
                PlacementTime::Weekly { hours, .. } => hours,
                _ => 0,
            })
            .sum();
        assert!(weekly <= 24, "{weekly} weekly hours in {}", term.name.en);
        busiest = busiest.max(weekly);
    }
    assert!(busiest > 12, "the cap is used: {busiest}");
}

#[test]
fn a_group_to_fill_offers_the_credits_asked_and_the_plan_passes_check() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("filled.ron");
    let example = EXAMPLE;
    let result = suggest_from_example(
        &output,
        &[
            "--fill-group",
            "professional_extension:14:11,local_industry:8:6",
        ],
    );
    let report = json_of(&result);
    assert_eq!(report["optimal"], true, "{report}");
    let group = |id: &str| {
        report["elective_groups"]
            .as_array()
            .unwrap()
            .iter()
            .find(|group| group["id"] == id)
            .unwrap()
            .clone()
    };
    for (id, offered, least) in [
        ("professional_extension", 14.0, 11.0),
        ("local_industry", 8.0, 6.0),
    ] {
        let filled = group(id);
        let figure = |key: &str| filled[key].as_f64().unwrap();
        assert!(
            (figure("offered_credits") - offered).abs() < 1e-6,
            "{filled}"
        );
        assert!((figure("path_credits") - least).abs() < 1e-6, "{filled}");
    }
    let checked = run(&["check", output.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0), "{checked:?}");
    // A fill that asks for more than it offers is refused before any search.
    let refused = run(&[
        "suggest",
        "--from",
        example,
        "--fill-group",
        "professional_extension:10:13",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    // More than the library's electives can make up: the group is named as the plan names it.
    let impossible = suggest_from_example(
        &folder.path().join("impossible.ron"),
        &[
            "--fill-group",
            "professional_extension:20:13",
            "--lang",
            "en",
        ],
    );
    assert_eq!(impossible.status.code(), Some(1));
    let said = String::from_utf8_lossy(&impossible.stdout).into_owned()
        + &String::from_utf8_lossy(&impossible.stderr);
    assert!(
        said.contains("Professional extension (restricted choice) offering 20 credits"),
        "{said}"
    );
    // A group the plan lacks is made, and the command says so (a mistyped id shows).
    let made = suggest_from_example(
        &folder.path().join("made.ron"),
        &["--fill-group", "new_group:4:2", "--lang", "en"],
    );
    assert!(
        String::from_utf8_lossy(&made.stderr).contains("no elective group new_group"),
        "{made:?}"
    );
}
