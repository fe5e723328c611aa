//! Each semantic check fires on a plan broken in exactly that way, and only then.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::model::validate::{Problem, Severity, validate};
use curriculum_planner::model::{ModuleId, Placement, PlacementTime, Plan};

fn problems(plan: &Plan) -> Vec<Problem> {
    validate(plan)
        .into_iter()
        .map(|finding| finding.problem)
        .collect()
}

fn id(text: &str) -> ModuleId {
    ModuleId::new(text)
}

#[test]
fn the_small_plan_is_clean() {
    assert_eq!(problems(&common::small_plan()), []);
}

#[test]
fn unknown_module_in_a_term() {
    let mut plan = common::small_plan();
    common::place(&mut plan, 1, "ghost");
    assert_eq!(
        problems(&plan),
        [Problem::UnknownModuleInTerm {
            term: 1,
            module: id("ghost")
        }]
    );
}

#[test]
fn duplicate_module_ids() {
    let mut plan = common::small_plan();
    let copy = plan.modules[0].clone();
    plan.modules.push(copy);
    assert_eq!(problems(&plan), [Problem::DuplicateModuleId(id("basics"))]);
}

#[test]
fn duplicate_skill_and_industry_ids() {
    let mut plan = common::small_plan();
    plan.skills.push(plan.skills[0].clone());
    plan.industries.push(plan.industries[0].clone());
    assert_eq!(
        problems(&plan),
        [
            Problem::DuplicateSkillId("trade".into()),
            Problem::DuplicateIndustryId("strollers".into())
        ]
    );
}

/// A module may run in several terms (its placements then share its hours), but only once
/// in each.
#[test]
fn a_module_in_two_terms_and_twice_in_one() {
    let mut plan = common::small_plan();
    // `photo` (32 hours, a co-requisite of `store` in term 2) starts in term 1.
    plan.terms[1].modules[1].time = PlacementTime::Weekly {
        hours: 1,
        weeks: 16,
    };
    plan.terms[0]
        .modules
        .push(Placement::weekly(id("photo"), 1, 16));
    assert_eq!(problems(&plan), []);
    plan.terms[1]
        .modules
        .push(Placement::weekly(id("photo"), 1, 16));
    assert_eq!(
        problems(&plan),
        [
            Problem::ModuleTwiceInTerm {
                module: id("photo"),
                term: 1
            },
            Problem::PlacedHoursDiffer {
                module: id("photo"),
                term: 1,
                placed: 48,
                hours: 32
            }
        ]
    );
}

#[test]
fn requisite_cycles() {
    let mut plan = common::small_plan();
    // basics → store already; make store a prerequisite of basics too.
    plan.modules[0].prerequisites.push(id("store"));
    let found = problems(&plan);
    assert!(
        found.contains(&Problem::RequisiteCycle {
            modules: vec![id("basics"), id("store")]
        }),
        "{found:?}"
    );
    // The cycle also puts a prerequisite in a later term; both are reported.
    assert!(found.contains(&Problem::PrerequisiteNotEarlier {
        module: id("basics"),
        module_term: 0,
        prerequisite: id("store"),
        prerequisite_term: 1
    }));
}

#[test]
fn a_self_requisite_is_a_cycle() {
    let mut plan = common::small_plan();
    plan.modules[2].corequisites.push(id("photo"));
    assert_eq!(
        problems(&plan),
        [Problem::RequisiteCycle {
            modules: vec![id("photo")]
        }]
    );
}

#[test]
fn a_prerequisite_in_the_same_term() {
    let mut plan = common::small_plan();
    plan.terms[0].modules.clear();
    plan.terms[1]
        .modules
        .insert(0, Placement::weekly(id("basics"), 2, 16));
    assert_eq!(
        problems(&plan),
        [Problem::PrerequisiteNotEarlier {
            module: id("store"),
            module_term: 1,
            prerequisite: id("basics"),
            prerequisite_term: 1
        }]
    );
}

#[test]
fn a_prerequisite_in_a_later_term() {
    let mut plan = common::small_plan();
    plan.terms.swap(0, 1);
    let found = problems(&plan);
    assert!(found.contains(&Problem::PrerequisiteNotEarlier {
        module: id("store"),
        module_term: 0,
        prerequisite: id("basics"),
        prerequisite_term: 1
    }));
}

#[test]
fn a_corequisite_in_a_later_term() {
    let mut plan = common::small_plan();
    plan.terms[1]
        .modules
        .retain(|placement| placement.module != id("photo"));
    plan.terms.push(curriculum_planner::model::Term {
        name: curriculum_planner::model::Names::new("第三学期", "Term 3"),
        calendar: Default::default(),
        modules: vec![Placement::weekly(id("photo"), 2, 16)],
    });
    assert_eq!(
        problems(&plan),
        [Problem::CorequisiteLater {
            module: id("store"),
            module_term: 1,
            corequisite: id("photo"),
            corequisite_term: 2
        }]
    );
}

#[test]
fn hours_that_do_not_fit_the_credits() {
    let mut plan = common::small_plan();
    plan.modules[0].theory_hours = 60; // 2 credits allow 32–36 taught hours
    plan.terms[0].modules[0].time = PlacementTime::Weekly {
        hours: 4,
        weeks: 15,
    };
    let findings = validate(&plan);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Warning);
    assert_eq!(
        findings[0].problem,
        Problem::HoursDoNotFitCredits {
            module: id("basics"),
            hours: 60,
            credits: 2.0,
            min_hours: 32.0,
            max_hours: 36.0
        }
    );
}

#[test]
fn internships_count_a_credit_per_week() {
    let mut plan = common::small_plan();
    // 24 credits, 600 practice hours: six months at 25 hours a week is fine …
    plan.modules[0] = common::module("basics", 24.0, 0, 600);
    plan.terms[0].modules[0].time = PlacementTime::Block { weeks: 1 };
    assert_eq!(problems(&plan), []);
    // … but the same hours with theory in them are not a practice placement.
    plan.modules[0] = common::module("basics", 24.0, 100, 500);
    assert_eq!(problems(&plan).len(), 1);
}

#[test]
fn hour_only_modules_skip_the_credit_check() {
    let mut plan = common::small_plan();
    plan.modules[0].credits = 0.0;
    assert_eq!(problems(&plan), []);
}

#[test]
fn negative_or_not_a_number_credits() {
    for credits in [-1.0, f64::NAN, f64::INFINITY] {
        let mut plan = common::small_plan();
        plan.modules[0].credits = credits;
        assert!(matches!(
            problems(&plan).as_slice(),
            [Problem::InvalidCredits { .. }]
        ));
    }
}

#[test]
fn unknown_references() {
    let mut plan = common::small_plan();
    plan.modules[0].skills[0].skill = "flying".into();
    plan.modules[0].industries.push("mars".into());
    plan.modules[0].prerequisites.push(id("ghost"));
    plan.target_industries.push("moon".into());
    let found = problems(&plan);
    assert!(found.contains(&Problem::UnknownSkill {
        module: id("basics"),
        skill: "flying".into()
    }));
    assert!(found.contains(&Problem::UnknownIndustry {
        module: id("basics"),
        industry: "mars".into()
    }));
    assert!(found.contains(&Problem::UnknownRequisite {
        module: id("basics"),
        requisite: id("ghost")
    }));
    assert!(found.contains(&Problem::UnknownTargetIndustry("moon".into())));
    assert_eq!(found.len(), 4, "{found:?}");
}

#[test]
fn survey_problems() {
    let mut plan = common::small_plan();
    let survey = plan.survey.as_mut().unwrap();
    survey.skills[0].share = 89.0; // a percentage typed where a share belongs
    survey.skills.push(curriculum_planner::model::SkillDemand {
        skill: "singing".into(),
        share: 0.5,
    });
    assert_eq!(
        problems(&plan),
        [
            Problem::ShareOutOfRange {
                skill: "trade".into(),
                share: 89.0
            },
            Problem::UnknownSurveySkill("singing".into())
        ]
    );
}

#[test]
fn a_requisite_in_no_term_is_a_warning() {
    let mut plan = common::small_plan();
    plan.terms[0].modules.clear();
    let findings = validate(&plan);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Warning);
    assert_eq!(
        findings[0].problem,
        Problem::RequisiteNotScheduled {
            module: id("store"),
            requisite: id("basics")
        }
    );
}

#[test]
fn a_long_chain_does_not_overflow_the_stack() {
    let mut plan = common::small_plan();
    plan.terms.clear();
    plan.modules = (0..50_000)
        .map(|index| {
            let mut module = common::module(&format!("m{index}"), 0.0, 16, 0);
            if index > 0 {
                module.prerequisites = vec![id(&format!("m{}", index - 1))];
            }
            module
        })
        .collect();
    plan.modules[0].prerequisites = vec![id("m49999")];
    let cycles: Vec<_> = problems(&plan)
        .into_iter()
        .filter(|problem| matches!(problem, Problem::RequisiteCycle { .. }))
        .collect();
    assert_eq!(cycles.len(), 1);
}

#[test]
fn messages_say_what_and_where() {
    let mut plan = common::small_plan();
    plan.terms.swap(0, 1);
    let message = validate(&plan)
        .iter()
        .map(|finding| {
            curriculum_planner::catalogue::problem_message(
                curriculum_planner::catalogue::Language::English,
                &finding.problem,
                &|id| id.as_str().to_owned(),
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        message.contains(
            "module \"store\" (term 1) needs prerequisite \"basics\" in an earlier term, but it is in term 2"
        ),
        "{message}"
    );
}
