//! Edits as values: each returns its own undo, and undoing every step restores the plan.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::analysis::{alignment, totals};
use curriculum_planner::model::edit::{Edit, EditError, PlanDetails, apply};
use curriculum_planner::model::history::{Coalesce, History};
use curriculum_planner::model::{
    Calendar, ElectiveGroup, Industry, Level, ModuleId, Names, Placement, PlacementTime, Plan,
    RulesProfile, Skill, Term, TermSystem, WeekCalendar,
};
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
            from: 2,
            term: 1,
            index: 0,
        },
    )
    .unwrap();
    let after = totals(&plan);
    assert_eq!(after.terms[1].credits, before.terms[1].credits + 3.0);
    assert_eq!(after.terms[2].credits, before.terms[2].credits - 3.0);
    assert_eq!(
        plan.terms[1].modules[0].module.as_str(),
        "visual_merchandising"
    );
    apply(&mut plan, undo).unwrap();
    assert_eq!(plan, three_year());
}

#[test]
fn changing_a_level_changes_the_alignment_score() {
    let mut plan = three_year();
    let survey = plan.survey.clone().unwrap();
    let before = alignment(&plan, &survey).score.unwrap();
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
    let after = alignment(&plan, &survey).score.unwrap();
    assert!(after < before, "{after} should be below {before}");
    apply(&mut plan, undo).unwrap();
    assert_eq!(alignment(&plan, &survey).score, Some(before));
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
                term: None,
            },
        ]),
    );
    assert_eq!(
        result,
        Err(EditError::NotScheduled("no_such_module".into()))
    );
    assert_eq!(plan, three_year());
}

/// A module may run in several terms, once in each.
#[test]
fn scheduling_twice_in_one_term_is_refused_and_in_another_term_adds_a_placement() {
    let mut plan = three_year();
    let placement = |term: usize| Edit::Schedule {
        placement: Placement::weekly("cbec_practice".into(), 2, 16),
        term,
        index: 0,
    };
    assert_eq!(
        apply(&mut plan, placement(1)),
        Err(EditError::AlreadyScheduled {
            module: "cbec_practice".into(),
            term: 1
        })
    );
    let undo = apply(&mut plan, placement(0)).unwrap();
    assert_eq!(plan.placements_of(&"cbec_practice".into()).len(), 2);
    apply(&mut plan, undo).unwrap();
    assert_eq!(plan, three_year());
}

fn edit(ids: Vec<ModuleId>) -> impl Strategy<Value = Edit> {
    let module = prop::sample::select(ids);
    prop_oneof![
        (module.clone(), 0usize..8, 0usize..8, 0usize..15).prop_map(
            |(module, from, term, index)| Edit::Move {
                module,
                from,
                term,
                index
            }
        ),
        (module.clone(), 0usize..8, 0usize..15, 1u32..5).prop_map(
            |(module, term, index, hours)| {
                Edit::Schedule {
                    placement: Placement::weekly(module, hours, 8),
                    term,
                    index,
                }
            }
        ),
        (module.clone(), prop::option::of(0usize..8))
            .prop_map(|(module, term)| Edit::Unschedule { module, term }),
        (module.clone(), 0usize..8, 0u32..6).prop_map(|(module, term, weeks)| {
            Edit::SetPlacementTime {
                module,
                term,
                time: PlacementTime::Block { weeks },
            }
        }),
        (0usize..8, 0usize..15).prop_map(|(term, index)| Edit::RemovePlacement { term, index }),
        (0usize..8, 10u32..22).prop_map(|(index, weeks)| Edit::SetCalendar {
            index,
            calendar: Calendar::Weeks(WeekCalendar {
                weeks,
                teaching: weeks - 2,
                exams: 2,
                ..WeekCalendar::default()
            }),
        }),
        prop::collection::vec(module.clone(), 0..4).prop_map(|modules| {
            Edit::SetElectiveGroups(vec![ElectiveGroup {
                id: "choice".into(),
                modules,
                min_credits: 2.0,
                ..ElectiveGroup::default()
            }])
        }),
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
            term: Term::new(Names::new("新学期", "New term"), Calendar::default()),
        }),
        (0usize..8).prop_map(|index| Edit::RemoveTerm { index }),
        (0usize..8).prop_map(|index| Edit::RenameTerm {
            index,
            name: Names::new("改名", "Renamed"),
        }),
        prop::sample::select(vec!["pinghu_strollers", "haining_flowers", "new_industry"]).prop_map(
            |id| Edit::PutIndustry(Box::new(Industry {
                id: id.into(),
                name: Names::new("产业", "Industry"),
                region: Names::default(),
                products: Vec::new(),
                platforms: Vec::new(),
            }))
        ),
        prop::sample::select(vec!["pinghu_strollers", "new_industry"]).prop_map(|id| {
            Edit::RemoveIndustry {
                industry: id.into(),
            }
        }),
        prop::sample::select(vec!["teamwork", "new_skill"]).prop_map(|id| Edit::PutSkill(
            Box::new(Skill {
                id: id.into(),
                name: Names::new("能力", "Skill"),
                aliases: Vec::new(),
            })
        )),
        prop::sample::select(vec!["teamwork", "new_skill"])
            .prop_map(|id| Edit::RemoveSkill { skill: id.into() }),
        any::<bool>().prop_map(|keep| {
            let survey = three_year().survey.filter(|_| keep).map(|mut survey| {
                survey.respondents = 50;
                Box::new(survey)
            });
            Edit::SetSurvey(survey)
        }),
        any::<bool>().prop_map(|quarter| {
            let mut details = PlanDetails::of(&three_year());
            details.title = Names::new("新标题", "New title");
            if quarter {
                details.term_system = TermSystem::Quarter;
                details.rules = RulesProfile::book("no-rules");
            }
            Edit::SetDetails(Box::new(details))
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

fn rename(plan: &Plan, module: &str, english: &str) -> Edit {
    let mut changed = plan.module(&module.into()).unwrap().clone();
    changed.name.en = english.to_owned();
    Edit::PutModule(Box::new(changed))
}

#[test]
fn history_knows_when_the_plan_is_back_at_its_saved_state() {
    let mut plan = three_year();
    let mut history = History::saved();
    assert!(!history.is_dirty());
    let unschedule = Edit::Unschedule {
        module: "labour_education".into(),
        term: None,
    };
    history
        .apply(&mut plan, unschedule, Coalesce::Never)
        .unwrap();
    assert!(history.is_dirty());
    assert!(history.undo(&mut plan).unwrap());
    assert!(!history.is_dirty(), "undo back to the saved state is clean");
    assert_eq!(plan, three_year());
    assert!(history.redo(&mut plan).unwrap());
    assert!(history.is_dirty());
    history.mark_saved();
    assert!(!history.is_dirty());
    assert!(history.undo(&mut plan).unwrap());
    assert!(history.is_dirty(), "undo past a save is unsaved again");
    assert!(!history.undo(&mut plan).unwrap(), "nothing more to undo");
}

#[test]
fn typing_in_one_field_is_one_undo_step_and_a_new_field_starts_another() {
    let mut plan = three_year();
    let mut history = History::saved();
    let key = |field| Coalesce::Key("labour_education".to_owned(), field);
    for text in ["L", "La", "Lab"] {
        let edit = rename(&plan, "labour_education", text);
        history.apply(&mut plan, edit, key("name.en")).unwrap();
    }
    let edit = rename(&plan, "labour_education", "Labour");
    history.apply(&mut plan, edit, key("code")).unwrap();
    history.undo(&mut plan).unwrap();
    assert_eq!(
        plan.module(&"labour_education".into()).unwrap().name.en,
        "Lab"
    );
    history.undo(&mut plan).unwrap();
    assert_eq!(plan, three_year(), "three keystrokes undone at once");
    assert!(!history.is_dirty());
}

#[test]
fn a_new_edit_after_undo_clears_redo_and_a_refused_edit_changes_nothing() {
    let mut plan = three_year();
    let mut history = History::unsaved();
    assert!(history.is_dirty(), "a plan never saved is unsaved");
    history
        .apply(
            &mut plan,
            Edit::Unschedule {
                module: "labour_education".into(),
                term: None,
            },
            Coalesce::Never,
        )
        .unwrap();
    history.undo(&mut plan).unwrap();
    assert!(history.can_redo());
    history
        .apply(&mut plan, Edit::RemoveTerm { index: 5 }, Coalesce::Never)
        .unwrap();
    assert!(!history.can_redo());
    let before = plan.clone();
    let state = history.state();
    assert!(
        history
            .apply(&mut plan, Edit::RemoveTerm { index: 42 }, Coalesce::Never)
            .is_err()
    );
    assert_eq!(plan, before);
    assert_eq!(history.state(), state);
}
