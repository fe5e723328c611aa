//! Duplicates and empties are findings, and reports never print a figure they make wrong.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::analysis::{NoAlignment, alignment};
use curriculum_planner::editor::report_with_shipped_rules as report;
use curriculum_planner::model::validate::{IdKind, Problem, Severity, validate};
use curriculum_planner::model::{Plan, SkillDemand};

use common::run_planner as run;

fn problems(plan: &Plan) -> Vec<(Severity, Problem)> {
    validate(plan)
        .into_iter()
        .map(|finding| (finding.severity, finding.problem))
        .collect()
}

/// The short course as version 2 saved it (every module required), whose figures the tests
/// below were worked out on.
fn pinghu() -> (String, Plan) {
    let path = common::repository_path(
        "tests/fixtures/version-2/pinghu-stroller-bag-staff-short-course.ron",
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let plan = curriculum_planner::io::parse_plan(&path, &text).unwrap();
    (text, plan)
}

#[test]
fn a_skill_named_twice_in_the_survey_is_an_error_and_counted_once() {
    let (_, plan) = pinghu();
    let survey = plan.survey.clone().unwrap();
    let before = alignment(&plan, &survey).score.unwrap();
    assert!((before - 0.805).abs() < 0.0005, "{before}");

    let mut twice = survey.clone();
    twice.skills.push(SkillDemand {
        skill: "management".into(),
        share: 0.34,
    });
    let mut doubled = plan.clone();
    doubled.survey = Some(twice.clone());
    assert!(problems(&doubled).contains(&(
        Severity::Error,
        Problem::SurveySkillTwice("management".into())
    )));
    // Counted once: the score is the one without the repetition (the issue saw 0.711).
    assert_eq!(alignment(&doubled, &twice).score.unwrap(), before);
}

#[test]
fn repeated_industries_empty_ids_and_empty_surveys_are_findings() {
    let mut plan = common::small_plan();
    plan.modules[0].industries.push("strollers".into());
    plan.target_industries.push("strollers".into());
    plan.skills.push(curriculum_planner::model::Skill {
        id: "".into(),
        name: curriculum_planner::model::Names::new("空", "empty"),
        aliases: Vec::new(),
    });
    let found = problems(&plan);
    assert!(found.contains(&(
        Severity::Warning,
        Problem::IndustryListedTwice {
            module: "basics".into(),
            industry: "strollers".into()
        }
    )));
    assert!(found.contains(&(
        Severity::Warning,
        Problem::TargetIndustryTwice("strollers".into())
    )));
    assert!(found.contains(&(Severity::Error, Problem::EmptyId(IdKind::Skill))));

    let mut nobody = common::small_plan();
    nobody.survey.as_mut().unwrap().respondents = 0;
    assert!(problems(&nobody).contains(&(Severity::Warning, Problem::NoRespondents)));

    let mut no_demand = common::small_plan();
    no_demand.survey.as_mut().unwrap().skills[0].share = 0.0;
    assert!(problems(&no_demand).contains(&(Severity::Warning, Problem::NoDemand)));
    let analysis = report(&no_demand, None).alignment.unwrap();
    assert_eq!(analysis.score, None);
    assert_eq!(analysis.no_alignment(), Some(NoAlignment::NoDemand));

    let mut no_terms = common::small_plan();
    no_terms.terms.clear();
    assert!(problems(&no_terms).contains(&(Severity::Warning, Problem::NoTerms)));
    let mut empty_module_id = common::small_plan();
    empty_module_id.modules[2].id = "".into();
    assert!(
        problems(&empty_module_id).contains(&(Severity::Error, Problem::EmptyId(IdKind::Module)))
    );
}

#[test]
fn a_plan_that_builds_no_surveyed_skill_has_no_alignment_rather_than_zero() {
    let mut plan = common::small_plan();
    for module in &mut plan.modules {
        module.skills.clear();
    }
    let analysis = report(&plan, None).alignment.unwrap();
    assert_eq!(analysis.score, None);
    assert_eq!(analysis.cosine, None);
    assert_eq!(analysis.no_alignment(), Some(NoAlignment::NoEffort));

    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    curriculum_planner::io::save_plan(&path, &plan).unwrap();
    let output = run(&["report", "--lang", "en", path.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Alignment with the survey: no alignment"),
        "{stdout}"
    );
    assert!(
        stdout.contains("No alignment: no module builds any"),
        "{stdout}"
    );
    let output = run(&["report", "--json", path.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(json["alignment"]["score"].is_null());
    assert!(json["alignment"]["no_alignment"].is_string());
}

/// A module in two terms is one module: its hours and credits count once in the plan's
/// totals (each term counts the hours its placement states).
#[test]
fn a_module_placed_twice_counts_once() {
    let mut plan = common::small_plan();
    let once = report(&plan, None).totals;
    common::place(&mut plan, 1, "basics");
    assert_eq!(report(&plan, None).totals.hours, once.hours);
    assert_eq!(report(&plan, None).totals.credits, once.credits);
}

/// Writes `plan` and runs `report` and `compare` on it.
fn report_and_compare(plan: &Plan) -> [(String, String, Option<i32>); 2] {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    curriculum_planner::io::save_plan(&path, plan).unwrap();
    let other = common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron");
    let plan_path = path.to_str().unwrap();
    [
        run(&["report", "--lang", "en", plan_path]),
        run(&[
            "compare",
            "--lang",
            "en",
            plan_path,
            other.to_str().unwrap(),
        ]),
    ]
    .map(|output| {
        (
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
            output.status.code(),
        )
    })
}

#[test]
fn reports_on_plans_whose_errors_distort_figures_name_them_and_withhold_the_figures() {
    let mut duplicate = common::small_plan();
    duplicate.modules.push(duplicate.modules[0].clone());
    let mut not_a_number = common::small_plan();
    not_a_number.modules[0].credits = f64::NAN;
    let mut unknown = common::small_plan();
    common::place(&mut unknown, 0, "nowhere");
    for (name, plan, named) in [
        ("duplicate id", duplicate, "defined more than once"),
        ("NaN credits", not_a_number, "basics"),
        ("unknown module", unknown, "nowhere"),
    ] {
        for (stdout, stderr, status) in report_and_compare(&plan) {
            assert_eq!(status, Some(1), "{name}: {stderr}");
            assert!(stdout.is_empty(), "{name}: figures printed: {stdout}");
            assert!(stderr.contains(named), "{name}: {stderr}");
            assert!(stderr.contains("no report is printed"), "{name}: {stderr}");
        }
    }
}

#[test]
fn reports_on_plans_with_other_errors_name_them_first_and_exit_1() {
    let mut blank_code = common::small_plan();
    blank_code.modules[1].code = " ".into();
    for (stdout, stderr, status) in report_and_compare(&blank_code) {
        assert_eq!(status, Some(1), "{stderr}");
        assert!(stderr.contains("code"), "{stderr}");
        assert!(stderr.contains("not affected"), "{stderr}");
        assert!(!stdout.is_empty());
    }
}

#[test]
fn a_taught_module_with_no_credits_is_a_finding_where_credits_count() {
    use curriculum_planner::model::validate::{Problem, validate};
    let mut plan = curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let id = curriculum_planner::model::ModuleId::from("labour_education");
    plan.modules
        .iter_mut()
        .find(|module| module.id == id)
        .unwrap()
        .credits = 0.0;
    assert!(validate(&plan)
        .iter()
        .any(|finding| matches!(&finding.problem, Problem::TaughtWithoutCredits { module, .. } if *module == id)));
    // A short course counts hours only: no such finding.
    let short = curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    assert!(
        !validate(&short)
            .iter()
            .any(|finding| matches!(finding.problem, Problem::TaughtWithoutCredits { .. }))
    );
}
