//! The suggest tab as a programme leader uses it: a suggestion on a small library, its
//! preview against the plan, applied as one edit that undo takes back; Cancel on a search
//! that cannot finish at once.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::step_until;
use common::window::{LAPTOP, around, said, said_with};
use curriculum_planner::catalogue::Text;
use curriculum_planner::editor::{blank_plan, bundled_library};
use curriculum_planner::model::{Library, NO_RULES_BOOK, Plan, RulesProfile};
use curriculum_planner::ui::{Command, PlannerApp, StartOptions, Tab};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// A dozen credit-bearing modules of the shipped library, and a blank plan with the seed
/// survey and no rule book.
fn small() -> (Plan, Library) {
    let mut library = bundled_library();
    library.modules.retain(|module| module.credits > 0.0);
    library.modules.truncate(12);
    let mut plan = blank_plan(&library);
    plan.rules = RulesProfile::book(NO_RULES_BOOK);
    (plan, library)
}

fn harness(plan: Plan, library: Library) -> Harness<'static, PlannerApp> {
    common::use_built_worker();
    let app = PlannerApp::with_plan_and_library(plan, library, StartOptions::for_tests(None, None));
    let mut harness = around(app, LAPTOP);
    harness.state_mut().show_tab(Tab::Suggest);
    harness.run();
    harness
}

fn placed(plan: &Plan) -> usize {
    plan.terms.iter().map(|term| term.modules.len()).sum()
}

#[test]
fn a_suggestion_is_previewed_applied_as_one_edit_and_undone() {
    let (plan, library) = small();
    let before = plan.clone();
    let mut harness = harness(plan, library);
    harness.get_by_label(said(Text::SuggestRun)).click();
    step_until(&mut harness, |app| !app.is_suggesting());
    // The preview: proved optimal, the modules it adds, the figures before and after.
    harness.get_by_label(said(Text::SuggestProvedInWindow));
    harness.get_by_label(said(Text::SuggestScoreRow));
    let added = harness
        .query_all_by_label_contains("加入")
        .next()
        .expect("the modules added are listed")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(added.contains("门"), "{added}");
    assert_eq!(
        placed(harness.state().plan()),
        0,
        "nothing changes before Apply"
    );
    harness.get_by_label(said(Text::SuggestApply)).click();
    harness.run();
    let applied = harness.state().plan().clone();
    assert!(placed(&applied) > 0);
    let score = harness
        .state()
        .report()
        .alignment
        .as_ref()
        .unwrap()
        .score
        .unwrap();
    assert!(score > 0.5, "{score}");
    let count = placed(&applied);
    assert!(
        added.contains(&count.to_string()),
        "{added} but {count} placed"
    );
    // One undo takes the whole suggestion back.
    harness.state_mut().send(Command::Undo);
    harness.run();
    assert_eq!(harness.state().plan(), &before);
    assert!(harness.state().is_dirty() || harness.state().plan() == &before);
}

#[test]
fn an_impossible_budget_names_the_constraint_in_the_window() {
    let (mut plan, library) = small();
    // Twelve modules hold far fewer than 500 credits.
    plan.title.zh = "不可能的预算".to_owned();
    let mut harness = harness(plan, library);
    let request = {
        let state = harness.state();
        let mut request =
            curriculum_planner::editor::SuggestRequest::for_plan(state.plan(), None, 0.0);
        request.credits = (500.0, 600.0);
        request
    };
    harness
        .state_mut()
        .send(Command::StartSuggestion(Box::new(request)));
    step_until(&mut harness, |app| !app.is_suggesting());
    harness.get_by_label(said(Text::SuggestInfeasible));
    let credits = said_with(Text::SuggestConstraintCredits, &[&"500", &"600"]);
    harness.get_by_label(&said_with(Text::SuggestBlocking, &[&credits]));
}

#[test]
fn a_library_module_ticked_to_leave_out_is_not_suggested() {
    let (plan, library) = small();
    let mut harness = harness(plan.clone(), library.clone());
    harness.run();
    harness.get_by_label(said(Text::SuggestRun)).click();
    step_until(&mut harness, |app| !app.is_suggesting());
    harness.get_by_label(said(Text::SuggestApply)).click();
    harness.run();
    let chosen = harness.state().plan().terms[..]
        .iter()
        .flat_map(|term| term.module_ids().cloned())
        .next()
        .expect("a module suggested");
    let module = library
        .modules
        .iter()
        .find(|module| module.id == chosen)
        .unwrap();
    // Again on the blank plan, with that module ticked to leave out.
    let mut harness = self::harness(plan, library.clone());
    harness
        .get_by_label(said(Text::SuggestLibraryHeading))
        .click();
    harness.run();
    let name = format!("{} {}", module.code, module.name.zh);
    harness.get_by_label(&name).click();
    harness.run();
    // The open list is long: the buttons below it are scrolled to, as a user would.
    harness.get_by_label(said(Text::SuggestRun)).scroll_to_me();
    harness.run();
    harness.get_by_label(said(Text::SuggestRun)).click();
    step_until(&mut harness, |app| !app.is_suggesting());
    harness
        .get_by_label(said(Text::SuggestApply))
        .scroll_to_me();
    harness.run();
    harness.get_by_label(said(Text::SuggestApply)).click();
    harness.run();
    assert!(harness.state().plan().term_of(&chosen).is_none());
    assert!(
        harness
            .state()
            .plan()
            .terms
            .iter()
            .any(|term| !term.modules.is_empty())
    );
}
