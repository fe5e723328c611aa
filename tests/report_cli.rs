//! `report`, `compare` and `export` as scripts use them: valid JSON with the promised keys.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn run(arguments: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_curriculum-planner"))
        .args(arguments)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "not JSON ({error}): {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

fn has_keys(value: &Value, keys: &[&str], context: &str) {
    for key in keys {
        assert!(
            value.get(key).is_some(),
            "{context}: no key {key} in {value}"
        );
    }
}

fn fixture_csvs() -> Vec<PathBuf> {
    ["curriculum.csv", "curriculum-ex.csv", "degree_plan.csv"]
        .iter()
        .map(|name| common::repository_path("tests/fixtures/curricular-analytics").join(name))
        .collect()
}

fn check_report_shape(report: &Value, context: &str) {
    has_keys(
        report,
        &[
            "plan",
            "totals",
            "alignment",
            "industries",
            "rules",
            "structure",
        ],
        context,
    );
    has_keys(&report["plan"], &["title"], context);
    has_keys(
        &report["totals"],
        &[
            "modules",
            "credits",
            "hours",
            "practice_hours",
            "practice_share",
        ],
        context,
    );
    let share = report["totals"]["practice_share"].as_f64().unwrap();
    assert!(
        (0.0..=1.0).contains(&share),
        "{context}: practice_share {share}"
    );
    if !report["alignment"].is_null() {
        let alignment = &report["alignment"];
        has_keys(alignment, &["score", "cosine", "skills"], context);
        let score = alignment["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score), "{context}: score {score}");
        for skill in alignment["skills"].as_array().unwrap() {
            has_keys(
                skill,
                &[
                    "id",
                    "name",
                    "demand",
                    "demand_share",
                    "emphasis",
                    "emphasis_share",
                    "gap",
                    "top_level",
                ],
                context,
            );
            for key in ["demand", "demand_share", "emphasis_share"] {
                let value = skill[key].as_f64().unwrap();
                assert!((0.0..=1.0).contains(&value), "{context}: {key} {value}");
            }
        }
    }
    for industry in report["industries"].as_array().unwrap() {
        has_keys(industry, &["id", "name", "hours"], context);
    }
    for rule in report["rules"].as_array().unwrap() {
        has_keys(rule, &["id", "ok", "detail"], context);
        assert!(rule["ok"].is_boolean());
    }
    let structure = &report["structure"];
    has_keys(
        structure,
        &["blocking", "delay", "centrality", "complexity", "modules"],
        context,
    );
    for module in structure["modules"].as_array().unwrap() {
        has_keys(
            module,
            &[
                "id",
                "name",
                "term",
                "blocking",
                "delay",
                "centrality",
                "complexity",
            ],
            context,
        );
    }
}

#[test]
fn report_json_on_every_plan_and_fixture() {
    let mut files = common::shipped_documents()
        .into_iter()
        .filter(|path| path.starts_with(common::repository_path("curricula")))
        .collect::<Vec<_>>();
    assert_eq!(files.len(), 3);
    files.extend(fixture_csvs());
    for file in files {
        let output = run(&["report", file.to_str().unwrap(), "--json"]);
        let context = file.display().to_string();
        assert!(
            output.status.code().is_some_and(|code| code <= 1),
            "{context}"
        );
        check_report_shape(&json_of(&output), &context);
    }
}

#[test]
fn report_json_keeps_curricular_analytics_course_ids_and_figures() {
    let file = &fixture_csvs()[0];
    let report = json_of(&run(&["report", file.to_str().unwrap(), "--json"]));
    let modules = report["structure"]["modules"].as_array().unwrap();
    let ids: Vec<&str> = modules
        .iter()
        .map(|module| module["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"
        ]
    );
    let structure = &report["structure"];
    assert_eq!(
        (
            structure["blocking"].as_u64(),
            structure["delay"].as_u64(),
            structure["centrality"].as_u64()
        ),
        (Some(10), Some(26), Some(9))
    );
    assert_eq!(structure["complexity"].as_f64(), Some(36.0));
    assert!(report["alignment"].is_null());
}

#[test]
fn report_against_another_survey() {
    let report = json_of(&run(&[
        "report",
        "tests/fixtures/curricular-analytics/curriculum.csv",
        "--survey",
        "assets/surveys/jiaxing-2018.ron",
        "--json",
    ]));
    // Imported courses build no skills: there is no alignment to score (not a score of 0).
    assert!(report["alignment"]["score"].is_null());
    assert!(report["alignment"]["no_alignment"].is_string());
    assert_eq!(report["alignment"]["skills"].as_array().unwrap().len(), 6);
}

#[test]
fn report_text_explains_the_score() {
    let output = run(&[
        "report",
        "curricula/cbec-higher-vocational-3-year.ron",
        "--lang",
        "en",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Alignment with the survey: 0."), "{text}");
    assert!(text.contains("1 − ½ Σ|e_s − d_s|"), "{text}");
    assert!(text.contains("[ok] total_hours"), "{text}");
}

#[test]
fn compare_json_ranks_plans_with_stability() {
    let output = run(&[
        "compare",
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
        "curricula/farmers-cooperative-agricultural-cbec.ron",
        "--json",
    ]);
    let value = json_of(&output);
    has_keys(
        &value,
        &["plans", "ranking", "ranking_stability"],
        "compare",
    );
    let plans = value["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 2);
    for plan in plans {
        check_report_shape(plan, "compare");
    }
    let mut ranking: Vec<u64> = value["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|index| index.as_u64().unwrap())
        .collect();
    ranking.sort_unstable();
    assert_eq!(ranking, [0, 1]);
    let stability = value["ranking_stability"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&stability));
    // The ranking follows the scores.
    let scores: Vec<f64> = plans
        .iter()
        .map(|plan| plan["alignment"]["score"].as_f64().unwrap())
        .collect();
    let first = value["ranking"][0].as_u64().unwrap() as usize;
    assert!(scores[first] >= scores[1 - first]);
    assert!(value["difference"]["added"].as_array().unwrap().len() >= 7);
}

#[test]
fn export_writes_a_curricular_analytics_csv_that_reads_back() {
    let folder = tempfile::tempdir().unwrap();
    let output_path = folder.path().join("plan.csv");
    let output = run(&[
        "export",
        "curricula/cbec-higher-vocational-3-year.ron",
        "--ca-csv",
        output_path.to_str().unwrap(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = std::fs::read_to_string(&output_path).unwrap();
    let header = text
        .lines()
        .find(|line| line.starts_with("Course ID"))
        .unwrap();
    assert!(
        header.ends_with("Term,Complexity,Blocking,Delay,Centrality"),
        "{header}"
    );
    // Reading the export back gives the same structure figures.
    let original = curriculum_planner::io::load_plan_input(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let imported =
        curriculum_planner::io::parse_curricular_analytics(Path::new("plan.csv"), &text).unwrap();
    let before = curriculum_planner::analysis::structure(&original).unwrap();
    let after = curriculum_planner::analysis::structure(&imported).unwrap();
    assert_eq!(
        (
            before.blocking,
            before.delay,
            before.centrality,
            before.complexity
        ),
        (
            after.blocking,
            after.delay,
            after.centrality,
            after.complexity
        )
    );
    assert_eq!(imported.terms.len(), 6);
    assert_eq!(imported.modules.len(), original.scheduled_modules().len());
}

#[test]
fn a_malformed_csv_exits_2_with_its_row() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("bad.csv");
    let original = std::fs::read_to_string(&fixture_csvs()[0]).unwrap();
    std::fs::write(
        &path,
        original.replace(
            "8,Underwater Weaving,BW,301,2,7,,3",
            "8,Underwater Weaving,BW,301,2;99,7,,3",
        ),
    )
    .unwrap();
    let output = run(&["report", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "{}:15: course 8 requires course 99",
            path.display()
        )),
        "{stderr}"
    );
}
