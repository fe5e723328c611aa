//! Close the gap: suggestions computed by trying each change on a copy of the plan.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::analysis::alignment;
use curriculum_planner::editor::{Change, bundled_library, close_the_gap};
use curriculum_planner::io::load_plan;
use curriculum_planner::model::edit::apply;

#[test]
fn each_suggestion_raises_the_score_by_what_it_promises_and_keeps_the_order_of_requisites() {
    let plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let survey = plan.survey.clone().unwrap();
    let library = bundled_library();
    let suggestions = close_the_gap(&plan, &library, &survey);
    assert!(!suggestions.is_empty());
    let before = alignment(&plan, &survey).score.unwrap();
    for suggestion in &suggestions {
        assert_eq!(suggestion.score_before, before);
        assert!(suggestion.gain() > 0.0, "{suggestion:?}");
        let mut changed = plan.clone();
        apply(&mut changed, suggestion.edit.clone()).unwrap();
        let after = alignment(&changed, &survey).score.unwrap();
        assert!(
            (after - suggestion.score_after).abs() < 1e-12,
            "{suggestion:?}"
        );
        if let Change::Add { module, term } = &suggestion.change {
            let added = changed.module(module).unwrap();
            for prerequisite in &added.prerequisites {
                assert!(
                    changed.term_of(prerequisite).unwrap() < *term,
                    "{module} before {prerequisite}"
                );
            }
            // No new findings of order.
            assert!(
                curriculum_planner::model::validate::validate(&changed)
                    .iter()
                    .all(|finding| finding.severity
                        != curriculum_planner::model::validate::Severity::Error)
            );
        }
    }
    // Foreign languages are under-served: a level of a module that builds them is offered to
    // raise (the library's foreign-language modules are hours-only training, not for a
    // credit-counted programme); the internship's mastery of economic and trade knowledge
    // over-serves it: a lower level is.
    assert!(
        suggestions
            .iter()
            .any(|suggestion| suggestion.skill.as_str() == "foreign_language"
                && matches!(suggestion.change, Change::Raise { .. }))
    );
    assert!(
        suggestions
            .iter()
            .any(|suggestion| suggestion.skill.as_str() == "economic_trade"
                && matches!(suggestion.change, Change::Lower { .. }))
    );
}

/// The most under-served skill of the 3-year example (团队合作能力) is offered a level to
/// raise on a module that already teaches it — the move the analysis's advice names.
#[test]
fn the_most_under_served_skill_is_offered_a_level_to_raise() {
    let plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let survey = plan.survey.clone().unwrap();
    let suggestions = close_the_gap(&plan, &bundled_library(), &survey);
    let raise = suggestions
        .iter()
        .find(|suggestion| {
            suggestion.skill.as_str() == "teamwork"
                && matches!(suggestion.change, Change::Raise { .. })
        })
        .expect("a level of 团队合作能力 to raise");
    let Change::Raise { module, to } = &raise.change else {
        unreachable!()
    };
    let before = plan.module(module).unwrap().level_of(&raise.skill).unwrap();
    assert!(*to > before, "{before:?} → {to:?}");
    assert_eq!(raise.hours, 0);
}

/// Only electives are offered for removal: never the graduation project or a core course.
#[test]
fn only_electives_are_offered_for_removal() {
    let plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let survey = plan.survey.clone().unwrap();
    for suggestion in close_the_gap(&plan, &bundled_library(), &survey) {
        if let Change::Remove { module } = &suggestion.change {
            assert_eq!(
                plan.module(module).unwrap().category,
                curriculum_planner::model::Category::ProfessionalElective,
                "{module}"
            );
        }
    }
}

/// A short course counted in hours is offered hours-only training modules, never a
/// credit-bearing college course (大学生心理健康教育); a programme the reverse.
#[test]
fn library_modules_offered_fit_the_kind_of_plan() {
    let library = bundled_library();
    for (file, credited) in [
        (
            "curricula/pinghu-stroller-bag-staff-short-course.ron",
            false,
        ),
        ("curricula/cbec-higher-vocational-3-year.ron", true),
    ] {
        let mut plan = load_plan(&common::repository_path(file)).unwrap();
        if !credited {
            // Without its speaking module, the course under-serves oral communication.
            apply(
                &mut plan,
                curriculum_planner::model::edit::Edit::DeleteModule {
                    module: "sc_trade_speaking".into(),
                },
            )
            .unwrap();
        }
        let survey = plan.survey.clone().unwrap();
        let suggestions = close_the_gap(&plan, &library, &survey);
        if !credited {
            // Not empty-handed: the short course is offered a training module to add.
            assert!(
                suggestions
                    .iter()
                    .any(|suggestion| matches!(suggestion.change, Change::Add { .. }))
            );
        }
        for suggestion in suggestions {
            if let Change::Add { module, .. } = &suggestion.change {
                let offered = library
                    .modules
                    .iter()
                    .find(|known| &known.id == module)
                    .unwrap();
                assert_eq!(offered.credits > 0.0, credited, "{file}: {module}");
            }
        }
    }
}

/// The list leads with what helps most, and no change is listed twice.
#[test]
fn suggestions_come_best_first_and_once_each() {
    let plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let survey = plan.survey.clone().unwrap();
    let suggestions = close_the_gap(&plan, &bundled_library(), &survey);
    for pair in suggestions.windows(2) {
        assert!(pair[0].gain() >= pair[1].gain(), "{pair:?}");
    }
    for (index, suggestion) in suggestions.iter().enumerate() {
        assert!(
            suggestions[..index]
                .iter()
                .all(|earlier| earlier.edit != suggestion.edit),
            "{suggestion:?} twice"
        );
    }
}

/// The training manager's Haining course: the Pinghu short course retargeted at Haining's
/// industries.
fn haining_short_course() -> curriculum_planner::model::Plan {
    let mut plan = load_plan(&common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    plan.target_industries = vec![
        "haining_leather".into(),
        "haining_warp_knitting".into(),
        "haining_home_textiles".into(),
    ];
    plan
}

/// What every trainee takes is the course's core: never offered for removal, and a module
/// the plan requires never loses a skill altogether (大学英语 stays a course of 外语能力).
#[test]
fn a_required_module_is_never_offered_for_removal_nor_stripped_of_a_skill() {
    for plan in [
        haining_short_course(),
        load_plan(&common::repository_path(
            "curricula/pinghu-stroller-bag-staff-short-course.ron",
        ))
        .unwrap(),
        load_plan(&common::repository_path(
            "curricula/cbec-higher-vocational-3-year.ron",
        ))
        .unwrap(),
    ] {
        let survey = plan.survey.clone().unwrap();
        let short = plan.kind == curriculum_planner::model::ProgrammeKind::ShortCourse;
        let required = |module: &curriculum_planner::model::ModuleId| {
            if short {
                plan.group_of(module).is_none()
            } else {
                plan.module(module).unwrap().category
                    != curriculum_planner::model::Category::ProfessionalElective
            }
        };
        for suggestion in close_the_gap(&plan, &bundled_library(), &survey) {
            match &suggestion.change {
                Change::Remove { module } => assert!(!required(module), "{module}"),
                Change::Lower { module, to: None } => assert!(!required(module), "{module}"),
                _ => {}
            }
        }
    }
}

/// A Haining course is offered no module made for Pinghu's industries only.
#[test]
fn a_plan_targeting_haining_is_offered_no_pinghu_module() {
    let plan = haining_short_course();
    let library = bundled_library();
    let survey = plan.survey.clone().unwrap();
    for suggestion in close_the_gap(&plan, &library, &survey) {
        if let Change::Add { module, .. } = &suggestion.change {
            let offered = library
                .modules
                .iter()
                .find(|known| &known.id == module)
                .unwrap();
            assert!(
                offered.industries.is_empty()
                    || offered
                        .industries
                        .iter()
                        .any(|industry| plan.target_industries.contains(industry)),
                "{module} serves {:?}",
                offered.industries
            );
        }
    }
}
