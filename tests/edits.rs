//! Edits as values: each returns its own undo, and undoing every step restores the plan.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::analysis::{alignment, totals};
use curriculum_planner::model::edit::{Edit, EditError, apply};
use curriculum_planner::model::{Level, ModuleId, Names, Plan, Term};
use proptest::prelude::*;

fn three_year() -> Plan {
    curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap()
}

#[test]
fn moving_a_module_changes_both_terms_credits_and_undo_restores_them() {
    let mut plan = three_year();
    let before = totals(&plan);
    let undo = apply(
        &mut plan,
        Edit::Move {
            module: "visual_merchandising".into(),
            term: 1,
            index: 0,
        },
    )
    .unwrap();
    let after = totals(&plan);
    assert_eq!(after.terms[1].credits, before.terms[1].credits + 3.0);
    assert_eq!(after.terms[2].credits, before.terms[2].credits - 3.0);
    assert_eq!(plan.terms[1].modules[0].as_str(), "visual_merchandising");
    apply(&mut plan, undo).unwrap();
    assert_eq!(plan, three_year());
}

#[test]
fn changing_a_level_changes_the_alignment_score() {
    let mut plan = three_year();
    let survey = plan.survey.clone().unwrap();
    let before = alignment(&plan, &survey).score;
    // Team management gives teamwork M already; make the six-month internship drop teamwork.
    let undo = apply(
        &mut plan,
        Edit::SetLevel {
            module: "enterprise_internship".into(),
            skill: "teamwork".into(),
            level: None,
        },
    )
    .unwrap();
    let after = alignment(&plan, &survey).score;
    assert!(after < before, "{after} should be below {before}");
    apply(&mut plan, undo).unwrap();
    assert_eq!(alignment(&plan, &survey).score, before);
}

#[test]
fn a_failing_batch_leaves_the_plan_unchanged() {
    let mut plan = three_year();
    let result = apply(
        &mut plan,
        Edit::Batch(vec![
            Edit::RemoveTerm { index: 5 },
            Edit::Unschedule {
                module: "no_such_module".into(),
            },
        ]),
    );
    assert_eq!(
        result,
        Err(EditError::NotScheduled("no_such_module".into()))
    );
    assert_eq!(plan, three_year());
}

#[test]
fn scheduling_twice_is_refused() {
    let mut plan = three_year();
    let result = apply(
        &mut plan,
        Edit::Schedule {
            module: "cbec_practice".into(),
            term: 0,
            index: 0,
        },
    );
    assert_eq!(
        result,
        Err(EditError::AlreadyScheduled {
            module: "cbec_practice".into(),
            term: 1
        })
    );
}

fn edit(ids: Vec<ModuleId>) -> impl Strategy<Value = Edit> {
    let module = prop::sample::select(ids);
    prop_oneof![
        (module.clone(), 0usize..8, 0usize..15).prop_map(|(module, term, index)| Edit::Move {
            module,
            term,
            index
        }),
        (module.clone(), 0usize..8, 0usize..15).prop_map(|(module, term, index)| {
            Edit::Schedule {
                module,
                term,
                index,
            }
        }),
        module
            .clone()
            .prop_map(|module| Edit::Unschedule { module }),
        (
            module.clone(),
            prop::sample::select(vec!["teamwork", "management", "foreign_language"]),
            prop::option::of(prop::sample::select(Level::ALL.to_vec()))
        )
            .prop_map(|(module, skill, level)| Edit::SetLevel {
                module,
                skill: skill.into(),
                level
            }),
        module
            .clone()
            .prop_map(|module| Edit::DeleteModule { module }),
        (0usize..8).prop_map(|index| Edit::InsertTerm {
            index,
            term: Term {
                name: Names::new("新学期", "New term"),
                modules: Vec::new(),
            },
        }),
        (0usize..8).prop_map(|index| Edit::RemoveTerm { index }),
        (0usize..8).prop_map(|index| Edit::RenameTerm {
            index,
            name: Names::new("改名", "Renamed"),
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn undoing_every_edit_restores_the_plan(edits in prop::collection::vec(
        edit(three_year().modules.iter().map(|module| module.id.clone()).collect()),
        1..30,
    )) {
        let original = three_year();
        let mut plan = original.clone();
        let mut undo = Vec::new();
        for edit in edits {
            let before = plan.clone();
            match apply(&mut plan, edit) {
                Ok(inverse) => undo.push(inverse),
                // A refused edit changes nothing.
                Err(_) => prop_assert_eq!(&plan, &before),
            }
        }
        for inverse in undo.into_iter().rev() {
            apply(&mut plan, inverse).map_err(|error| TestCaseError::fail(error.to_string()))?;
        }
        prop_assert_eq!(plan, original);
    }
}
