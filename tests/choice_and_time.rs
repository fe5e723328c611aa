//! Choice and time (format version 3): elective groups and a student's path, placements with
//! weekly hours × weeks in several terms, term calendars, and plans of versions 1 and 2.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use curriculum_planner::editor::report_with_shipped_rules as report;
use curriculum_planner::io::{CURRENT_FORMAT_VERSION, load_plan, save_plan};
use curriculum_planner::model::validate::{Problem, validate};
use curriculum_planner::model::{
    Calendar, Category, ElectiveGroup, Level, Placement, PlacementTime, Plan, RulesProfile,
    SkillLevel, WeekCalendar,
};
use proptest::prelude::*;

/// The small plan (basics 2 cr / 32 h, store 3 cr / 48 h, photo 2 cr / 32 h) with three
/// electives in term 2 — two of 2 credits / 32 h, one of 4 credits / 64 h — offered as one
/// group of which a student takes at least 4 credits.
fn plan_with_a_group() -> Plan {
    let mut plan = common::small_plan();
    for (id, credits, hours) in [("e1", 2.0, 32), ("e2", 2.0, 32), ("e3", 4.0, 64)] {
        let mut module = common::module(id, credits, hours, 0);
        module.category = Category::ProfessionalElective;
        plan.terms[1]
            .modules
            .push(Placement::weekly(id.into(), hours / 16, 16));
        plan.modules.push(module);
    }
    plan.elective_groups.push(ElectiveGroup {
        id: "extension".into(),
        name: curriculum_planner::model::Names::new("专业拓展课（限选）", "Extension"),
        modules: vec!["e1".into(), "e2".into(), "e3".into()],
        min_credits: 4.0,
        ..ElectiveGroup::default()
    });
    plan
}

#[test]
fn a_group_counts_its_minimum_on_the_path_and_everything_on_offer() {
    let plan = plan_with_a_group();
    assert_eq!(validate(&plan), Vec::new());
    let totals = report(&plan, None).totals;
    // Offered: 2 + 3 + 2 + 2 + 2 + 4 credits; 32 + 48 + 32 + 32 + 32 + 64 hours.
    assert_eq!(totals.credits, 15.0);
    assert_eq!(totals.hours, 240);
    // Path: the 7 required credits and the group's minimum of 4 (of 8 offered: half of its
    // 128 hours).
    assert_eq!(totals.path.credits, 11.0);
    assert_eq!(totals.path.hours, 112.0 + 64.0);
}

#[test]
fn a_group_counted_by_modules_takes_its_cheapest_modules_credits() {
    let mut plan = plan_with_a_group();
    plan.elective_groups[0].min_credits = 0.0;
    plan.elective_groups[0].min_modules = 2;
    // The two smallest modules carry 2 + 2 credits.
    let analysis = report(&plan, None);
    assert_eq!(analysis.totals.path.credits, 11.0);
    assert_eq!(analysis.groups[0].path_credits, 4.0);
    assert_eq!(analysis.groups[0].offered_credits, 8.0);
}

#[test]
fn the_elective_share_counts_the_path() {
    let mut plan = plan_with_a_group();
    plan.rules = RulesProfile::book("higher-vocational-3-year");
    let analysis = report(&plan, None);
    let elective = analysis
        .rules
        .iter()
        .find(|rule| rule.id() == "elective_share")
        .unwrap();
    // 64 elective hours of the 176 a student is taught, not 128 of 240.
    assert!(
        (elective.value - 64.0 / 176.0).abs() < 1e-12,
        "{}",
        elective.value
    );
    let total = analysis
        .rules
        .iter()
        .find(|rule| rule.id() == "total_hours")
        .unwrap();
    assert_eq!(total.value, 176.0);
}

#[test]
fn a_group_that_cannot_be_met_is_an_error() {
    let mut plan = plan_with_a_group();
    plan.elective_groups[0].min_credits = 10.0;
    let problems: Vec<Problem> = validate(&plan)
        .into_iter()
        .map(|finding| finding.problem)
        .collect();
    assert!(
        problems
            .iter()
            .any(|problem| matches!(problem, Problem::GroupCannotBeMet { .. })),
        "{problems:?}"
    );
    // What cannot be met is taken whole: the path holds what the group places.
    assert_eq!(report(&plan, None).totals.path.credits, 15.0);
}

#[test]
fn a_module_in_six_terms_counts_its_hours_per_placement_and_its_credits_once() {
    let mut plan = common::small_plan();
    plan.terms = (0..6)
        .map(|index| {
            let mut term = curriculum_planner::model::Term::new(
                curriculum_planner::catalogue::term_name(index + 1),
                Calendar::Weeks(WeekCalendar::SEMESTER),
            );
            term.modules.push(Placement::weekly("policy".into(), 2, 4));
            term
        })
        .collect();
    plan.modules = vec![common::module("policy", 3.0, 48, 0)];
    assert_eq!(validate(&plan), Vec::new());
    let totals = report(&plan, None).totals;
    assert_eq!(totals.credits, 3.0);
    assert_eq!(totals.hours, 48);
    assert_eq!(totals.modules, 1);
    for term in &totals.terms {
        assert_eq!(term.hours, 8);
        assert!((term.credits - 0.5).abs() < 1e-12);
        assert_eq!(term.modules, 1);
    }
    // Placements that add up to other hours than the module's are a finding.
    plan.terms[5].modules[0].time = PlacementTime::Weekly { hours: 2, weeks: 8 };
    assert!(validate(&plan).iter().any(|finding| matches!(
        finding.problem,
        Problem::PlacedHoursDiffer {
            placed: 56,
            hours: 48,
            term: 5,
            ..
        }
    )));
}

#[test]
fn a_block_shares_the_module_hours_by_weeks() {
    let mut plan = common::small_plan();
    let mut internship = common::module("internship", 24.0, 0, 576);
    internship.category = Category::Practice;
    plan.modules = vec![internship];
    let internship_weeks = WeekCalendar {
        weeks: 20,
        internship: 20,
        ..WeekCalendar::default()
    };
    for (term, weeks) in plan.terms.iter_mut().zip([6, 18]) {
        term.calendar = Calendar::Weeks(internship_weeks);
        term.modules = vec![Placement::block("internship".into(), weeks)];
    }
    assert_eq!(validate(&plan), Vec::new());
    let totals = report(&plan, None).totals;
    // 576 hours over 6 + 18 weeks.
    assert_eq!(totals.terms[0].practice_hours, 144);
    assert_eq!(totals.terms[1].practice_hours, 432);
    assert_eq!(totals.credits, 24.0);
    assert!((totals.terms[0].credits - 6.0).abs() < 1e-12);
}

/// The CLI's `check` points at the placement's own line.
#[test]
fn an_internship_of_24_weeks_in_a_20_week_term_is_a_finding_at_its_line() {
    let mut plan = common::small_plan();
    let mut internship = common::module("internship", 24.0, 0, 576);
    internship.category = Category::Practice;
    plan.modules.push(internship);
    plan.terms[1]
        .modules
        .push(Placement::block("internship".into(), 24));
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save_plan(&path, &plan).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    // The internship's line inside the second term's list.
    let terms_start = text.find("    terms: [").unwrap();
    let second_term = terms_start + text[terms_start..].match_indices("Term(").nth(1).unwrap().0;
    let at = second_term + text[second_term..].find("module: \"internship\"").unwrap();
    let line = text[..at].matches('\n').count() + 1;

    let output = common::run_planner(&["check", path.to_str().unwrap()]);
    let printed = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(
        printed.contains(&format!("plan.ron:{line}:")),
        "line {line} not named in:\n{printed}"
    );
    assert!(printed.contains("24"), "{printed}");
}

/// Today's three examples, kept at version 2, open with the figures they had: every module
/// required, its hours in its one term, the path the same as the offer.
#[test]
fn version_2_plans_open_with_the_same_meaning() {
    for name in [
        "cbec-higher-vocational-3-year.ron",
        "farmers-cooperative-agricultural-cbec.ron",
        "pinghu-stroller-bag-staff-short-course.ron",
    ] {
        let path = common::repository_path(&format!("tests/fixtures/version-2/{name}"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("format_version: 2,"), "{name}");
        let plan = load_plan(&path).unwrap();
        assert_eq!(plan.format_version, CURRENT_FORMAT_VERSION);
        assert!(plan.elective_groups.is_empty());
        let analysis = report(&plan, None);
        let totals = &analysis.totals;
        assert_eq!(totals.path.credits, totals.credits, "{name}");
        assert_eq!(totals.path.hours, f64::from(totals.hours), "{name}");
        // Each module's hours sit in its term as before: whole weekly hours or plain hours.
        for term in &plan.terms {
            for placement in &term.modules {
                let module = plan.module(&placement.module).unwrap();
                assert_eq!(
                    placement.time.stated_hours(),
                    Some(module.hours()),
                    "{name}"
                );
            }
        }
        // It saves as the current version and reads back the same.
        let folder = tempfile::tempdir().unwrap();
        let saved = folder.path().join(name);
        save_plan(&saved, &plan).unwrap();
        let written = std::fs::read_to_string(&saved).unwrap();
        assert!(written.contains(&format!("format_version: {CURRENT_FORMAT_VERSION},")));
        assert_eq!(load_plan(&saved).unwrap(), plan);
    }
}

/// The 3-year example at version 2: the figures the README gave before version 3 (3004
/// hours, 163 credits, alignment 0.916, every MOE rule met).
#[test]
fn the_version_2_three_year_plan_keeps_its_figures() {
    let plan = load_plan(&common::repository_path(
        "tests/fixtures/version-2/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let analysis = report(&plan, None);
    assert_eq!(analysis.totals.hours, 3004);
    assert_eq!(analysis.totals.credits, 163.0);
    let alignment = analysis.alignment.unwrap();
    assert!((alignment.score.unwrap() - 0.916).abs() < 0.0005);
    assert_eq!(
        alignment.score_range,
        Some((alignment.score.unwrap(), alignment.score.unwrap()))
    );
    // The rules of version 2's profile hold as they did. The rules the book has gained since
    // (形势与政策 in every term, 军事技能 in weeks, …) ask what a version-2 plan could not say.
    assert!(
        analysis
            .rules
            .iter()
            .filter(|rule| common::VERSION_TWO_RULES.contains(&rule.id()))
            .all(|rule| rule.ok),
        "{:?}",
        analysis.rules
    );
    // Weekly hours are derived where the hours divide by the term's teaching weeks, and a
    // warning says where they do not.
    let findings = validate(&plan);
    let weekly = plan
        .terms
        .iter()
        .flat_map(|term| &term.modules)
        .filter(|placement| matches!(placement.time, PlacementTime::Weekly { .. }))
        .count();
    let plain = findings
        .iter()
        .filter(|finding| matches!(finding.problem, Problem::HoursWithoutWeeklyForm { .. }))
        .count();
    assert!(weekly > 0 && plain > 0);
    assert_eq!(
        weekly + plain,
        plan.terms
            .iter()
            .map(|term| term.modules.len())
            .sum::<usize>()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever the group offers and asks, each skill's expected effort and the score lie
    /// inside their ranges.
    #[test]
    fn expected_effort_lies_inside_its_range(
        electives in proptest::collection::vec((1u32..=4, 8u32..=64, 0usize..3), 1..8),
        min_credits in 0u32..12,
        min_modules in 0u32..4,
    ) {
        let mut plan = common::small_plan();
        let mut members = Vec::new();
        for (index, (credits, hours, level)) in electives.iter().enumerate() {
            let id = format!("e{index}");
            let mut module = common::module(&id, f64::from(*credits), *hours, 0);
            module.skills = vec![SkillLevel {
                skill: "trade".into(),
                level: Level::ALL[*level],
            }];
            if index % 2 == 0 {
                module.skills.clear();
            }
            plan.modules.push(module);
            plan.terms[1].modules.push(Placement::hours(id.clone().into(), *hours));
            members.push(id.into());
        }
        // A second skill, so that the score can move.
        plan.skills.push(curriculum_planner::model::Skill {
            id: "language".into(),
            name: curriculum_planner::model::Names::new("外语", "Language"),
            aliases: Vec::new(),
        });
        if let Some(survey) = &mut plan.survey {
            survey.skills.push(curriculum_planner::model::SkillDemand {
                skill: "language".into(),
                share: 0.5,
            });
        }
        plan.modules[0].skills.push(SkillLevel { skill: "language".into(), level: Level::R });
        if let Some(module) = plan.modules.last_mut() {
            module.skills.push(SkillLevel { skill: "language".into(), level: Level::M });
        }
        plan.elective_groups.push(ElectiveGroup {
            id: "group".into(),
            modules: members,
            min_credits: f64::from(min_credits),
            min_modules,
            ..ElectiveGroup::default()
        });
        let alignment = report(&plan, None).alignment.unwrap();
        for skill in &alignment.skills {
            let (low, high) = skill.effort_range;
            prop_assert!(low <= skill.emphasis + 1e-9 && skill.emphasis <= high + 1e-9,
                "{}: {} not in {low}..{high}", skill.skill, skill.emphasis);
        }
        if let (Some(score), Some((low, high))) = (alignment.score, alignment.score_range) {
            prop_assert!(low <= score + 1e-12 && score <= high + 1e-12);
        }
    }
}

/// The 3-year example's two groups, counted by hand from the file: 专业拓展课 places 15
/// credits (seven modules of 32 hours, one of 16: 240 hours) of which a student takes 13;
/// 地方产业方向课 places 10 (five of 32 hours: 160) of which 6. The path leaves out 2/15 of
/// 240 and 4/10 of 160 hours: 32 + 64 = 96 of the 3036 offered.
#[test]
fn the_three_year_example_counts_its_groups_minimum() {
    let plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    assert_eq!(validate(&plan), Vec::new());
    let analysis = report(&plan, None);
    let totals = &analysis.totals;
    assert_eq!((totals.credits, totals.hours), (164.0, 3036));
    assert!((totals.path.credits - 158.0).abs() < 1e-9);
    assert!((totals.path.hours - 2940.0).abs() < 1e-9);
    let elective = analysis
        .rules
        .iter()
        .find(|rule| rule.id() == "elective_share")
        .unwrap();
    // 13/15 of 240 and 6/10 of 160 elective hours on the path.
    assert!((elective.value - (208.0 + 96.0) / 2940.0).abs() < 1e-9);
    assert!(
        analysis.rules.iter().all(|rule| rule.ok),
        "{:?}",
        analysis.rules
    );
    // Every term holds what is placed in it: no calendar finding, and the terms' weeks by
    // kind add up.
    for term in &plan.terms {
        let weeks = term.calendar.weeks().unwrap();
        assert_eq!(weeks.kinds_total(), weeks.weeks);
    }
    // 形势与政策 runs in all six terms, 8 hours each.
    let policy = plan.placements_of(&"situation_policy".into());
    assert_eq!(policy.len(), 6);
    assert!(totals.terms.iter().all(|term| term.hours > 0));
}

/// The README's worked example: A (2 credits, 32 hours, the skill at M), B (2 credits, 32
/// hours, without it), C (4 credits, 64 hours, at R); a student takes 4 credits. The required
/// modules of the small plan build the skill at I: (32 + 48 + 32) / 3 = 37.3.
#[test]
fn the_worked_example_of_a_skills_range() {
    let mut plan = common::small_plan();
    for (id, credits, hours, level) in [
        ("a", 2.0, 32, Some(Level::M)),
        ("b", 2.0, 32, None),
        ("c", 4.0, 64, Some(Level::R)),
    ] {
        let mut module = common::module(id, credits, hours, 0);
        module.skills = level
            .map(|level| SkillLevel {
                skill: "trade".into(),
                level,
            })
            .into_iter()
            .collect();
        plan.modules.push(module);
        plan.terms[1]
            .modules
            .push(Placement::weekly(id.into(), hours / 16, 16));
    }
    plan.elective_groups.push(ElectiveGroup {
        id: "choice".into(),
        modules: vec!["a".into(), "b".into(), "c".into()],
        min_credits: 4.0,
        ..ElectiveGroup::default()
    });
    let alignment = report(&plan, None).alignment.unwrap();
    let trade = &alignment.skills[0];
    let required = (32.0 + 48.0 + 32.0) / 3.0;
    let close = |left: f64, right: f64| (left - right).abs() < 1e-9;
    // Expected: 4 × (32 + 0 + 128/3) / 8.
    assert!(close(
        trade.emphasis,
        required + 4.0 * (32.0 + 128.0 / 3.0) / 8.0
    ));
    // From B's 2 credits and 2 of C's, to A's 2 and 2 of C's.
    assert!(close(trade.effort_range.0, required + 128.0 / 3.0 / 2.0));
    assert!(close(
        trade.effort_range.1,
        required + 32.0 + 128.0 / 3.0 / 2.0
    ));
}

/// The first release's short course (version 1) opens with the figures of the same course
/// saved at version 2: totals, alignment and rules alike.
#[test]
fn a_version_1_plan_keeps_its_figures() {
    let read = |path: &str| load_plan(&common::repository_path(path)).unwrap();
    let first = read("tests/fixtures/version-1/pinghu-stroller-bag-staff-short-course.ron");
    let second = read("tests/fixtures/version-2/pinghu-stroller-bag-staff-short-course.ron");
    let (first, second) = (report(&first, None), report(&second, None));
    assert_eq!(first.totals.hours, second.totals.hours);
    assert_eq!(first.totals.path.hours, second.totals.path.hours);
    assert_eq!(
        first
            .alignment
            .as_ref()
            .and_then(|alignment| alignment.score),
        second
            .alignment
            .as_ref()
            .and_then(|alignment| alignment.score)
    );
    assert_eq!(first.rules, second.rules);
}

/// A file may list a module twice in one term (a finding, not a refusal): deleting the module
/// takes both copies out, and undo puts the plan back as it was.
#[test]
fn a_module_listed_twice_in_a_term_deletes_and_undoes_exactly() {
    use curriculum_planner::model::edit::{Edit, apply};
    let mut plan = common::small_plan();
    plan.terms[0]
        .modules
        .push(Placement::weekly("basics".into(), 2, 16));
    let original = plan.clone();
    let undo = apply(
        &mut plan,
        Edit::DeleteModule {
            module: "basics".into(),
        },
    )
    .unwrap();
    assert!(plan.terms.iter().all(|term| !term.holds(&"basics".into())));
    apply(&mut plan, undo).unwrap();
    assert_eq!(plan, original);
    let undo = apply(
        &mut plan,
        Edit::Unschedule {
            module: "basics".into(),
            term: Some(0),
        },
    )
    .unwrap();
    assert!(!plan.terms[0].holds(&"basics".into()));
    apply(&mut plan, undo).unwrap();
    assert_eq!(plan, original);
}

/// Whole weekly hours are found in at most a term's weeks of steps, whatever the hours (a
/// prime of four billion from a CurricularAnalytics file took minutes before).
#[test]
fn weekly_hours_for_any_hours_are_found_at_once() {
    assert_eq!(
        PlacementTime::fitting(4_294_967_291, 18),
        PlacementTime::Weekly {
            hours: 4_294_967_291,
            weeks: 1
        }
    );
    assert_eq!(
        PlacementTime::fitting(48, 18),
        PlacementTime::Weekly {
            hours: 3,
            weeks: 16
        }
    );
    assert_eq!(
        PlacementTime::fitting(40, 18),
        PlacementTime::Weekly {
            hours: 4,
            weeks: 10
        }
    );
}

/// A version-2 term keeps what it said and nothing more: its teaching weeks in a term of the
/// usual 20 weeks (longer if it taught more), no invented orientation weeks.
#[test]
fn a_version_2_term_becomes_a_calendar_of_its_teaching_weeks() {
    let plan = load_plan(&common::repository_path(
        "tests/fixtures/version-2/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let first = plan.terms[0].calendar.weeks().unwrap();
    assert_eq!(
        (first.weeks, first.teaching, first.orientation),
        (20, 16, 0)
    );
    assert_eq!(first.kinds_total(), first.weeks);
    let last = plan.terms[5].calendar.weeks().unwrap();
    assert_eq!((last.weeks, last.teaching, last.exams), (20, 20, 0));
}
