//! The editor below the window: compound edits built without egui, applied as one undo step.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use curriculum_planner::editor::{
    OpenPlan, add_from_library, blank_plan, bundled_library, duplicate_module, new_module, new_term,
};
use curriculum_planner::model::history::Coalesce;
use curriculum_planner::model::{ModuleId, PlacementTime, Term};

#[test]
fn a_library_module_joins_with_its_industries_and_skills_and_one_undo_takes_all_back() {
    let library = bundled_library();
    let mut plan = blank_plan(&library);
    // A plan that knows none of the module's industries and only some of its skills.
    let module = library
        .modules
        .iter()
        .find(|module| !module.industries.is_empty() && module.skills.len() >= 2)
        .unwrap()
        .clone();
    plan.industries.clear();
    plan.target_industries.clear();
    plan.skills
        .retain(|skill| skill.id != module.skills[0].skill);
    let mut open = OpenPlan::new(plan, None, true);
    let before = open.plan().clone();

    let edit = add_from_library(open.plan(), &library, &module.id, 1, usize::MAX).unwrap();
    open.apply(edit, Coalesce::Never).unwrap();

    let after = open.plan();
    assert_eq!(ids(&after.terms[1]), std::slice::from_ref(&module.id));
    assert_eq!(after.module(&module.id), Some(&module));
    for industry in &module.industries {
        assert!(after.industries.iter().any(|known| &known.id == industry));
    }
    for entry in &module.skills {
        assert!(after.skills.iter().any(|known| known.id == entry.skill));
    }
    assert!(open.is_dirty());
    // The analysis follows the edit: the module's hours count.
    assert_eq!(open.analysis().report.totals.hours, module.hours());

    assert!(open.undo().unwrap());
    assert_eq!(open.plan(), &before);
    assert!(!open.is_dirty());
    assert!(!open.can_undo());
}

#[test]
fn a_module_the_plan_defines_keeps_its_definition_and_is_only_placed() {
    let library = bundled_library();
    let mut plan = blank_plan(&library);
    let mut own = library.modules[0].clone();
    own.name.zh = "本校改编版".to_owned();
    plan.modules.push(own.clone());
    let edit = add_from_library(&plan, &library, &own.id, 0, 0).unwrap();
    curriculum_planner::model::edit::apply(&mut plan, edit).unwrap();
    assert_eq!(plan.module(&own.id), Some(&own));
    assert_eq!(ids(&plan.terms[0]), [own.id.clone()]);
}

#[test]
fn an_unknown_module_builds_no_edit() {
    let library = bundled_library();
    let plan = blank_plan(&library);
    assert!(add_from_library(&plan, &library, &ModuleId::from("no_such_module"), 0, 0).is_none());
}

#[test]
fn new_terms_modules_and_duplicates_are_one_step_each() {
    let library = bundled_library();
    let mut open = OpenPlan::new(blank_plan(&library), None, true);
    assert_eq!(open.plan().terms[0].name.zh, "第一学期");

    open.apply(new_term(open.plan()), Coalesce::Never).unwrap();
    assert_eq!(open.plan().terms.len(), 7);
    assert_eq!(open.plan().terms[6].name.zh, "第七学期");
    assert_eq!(open.plan().terms[6].name.en, "Term 7");

    let (edit, id) = new_module(open.plan(), &library, Some(6));
    open.apply(edit, Coalesce::Never).unwrap();
    assert_eq!(open.plan().module(&id).unwrap().code, "NEW001");
    assert_eq!(ids(&open.plan().terms[6]), std::slice::from_ref(&id));
    // A new module gets whole weekly hours over the new term's teaching weeks.
    assert_eq!(
        open.plan().terms[6].modules[0].time,
        PlacementTime::Weekly {
            hours: 2,
            weeks: 16
        }
    );

    let (edit, copy) = duplicate_module(open.plan(), &library, &id).unwrap();
    open.apply(edit, Coalesce::Never).unwrap();
    assert_eq!(ids(&open.plan().terms[6]), [id.clone(), copy.clone()]);
    let original = open.plan().module(&id).unwrap().clone();
    let duplicate = open.plan().module(&copy).unwrap().clone();
    assert_ne!(original.code, duplicate.code);
    assert_eq!(duplicate.name.en, format!("{} (copy)", original.name.en));
    // No finding about codes: the copy got a free one.
    assert!(
        open.analysis().findings.is_empty(),
        "{:?}",
        open.analysis().findings
    );

    for _ in 0..3 {
        assert!(open.undo().unwrap());
    }
    assert_eq!(open.plan(), &blank_plan(&library));
}

/// The ids a term places, in order.
fn ids(term: &Term) -> Vec<ModuleId> {
    term.module_ids().cloned().collect()
}
