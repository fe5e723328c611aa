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

/// Opens the box named `name` and picks `choice` in it.
fn choose(harness: &mut Harness<'static, PlannerApp>, name: &str, choice: Text) {
    let combo = harness
        .query_all_by_label(name)
        .find(|node| node.accesskit_node().role() == egui::accesskit::Role::ComboBox)
        .expect("the module's box");
    combo.scroll_to_me();
    combo.click();
    harness.run();
    harness.get_by_label(said(choice)).click();
    harness.run();
}

/// Runs a suggestion and applies it; the open lists are long, so the buttons below them are
/// scrolled to, as a user would.
fn suggest_and_apply(harness: &mut Harness<'static, PlannerApp>) {
    suggest(harness);
    apply(harness);
}

fn suggest(harness: &mut Harness<'static, PlannerApp>) {
    harness.get_by_label(said(Text::SuggestRun)).scroll_to_me();
    harness.run();
    harness.get_by_label(said(Text::SuggestRun)).click();
    step_until(harness, |app| !app.is_suggesting());
}

fn apply(harness: &mut Harness<'static, PlannerApp>) {
    harness
        .get_by_label(said(Text::SuggestApply))
        .scroll_to_me();
    harness.run();
    harness.get_by_label(said(Text::SuggestApply)).click();
    harness.run();
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
    // Again on the blank plan, with that module set to leave out.
    let mut harness = self::harness(plan, library.clone());
    harness
        .get_by_label(said(Text::SuggestLibraryHeading))
        .click();
    harness.run();
    let name = format!("{} {}", module.code, module.name.zh);
    choose(&mut harness, &name, Text::SuggestModuleExclude);
    suggest_and_apply(&mut harness);
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

#[test]
fn a_library_module_set_to_add_is_in_the_suggestion() {
    let (plan, library) = small();
    // The module the suggestion leaves out on its own, when asked to add it, is added.
    let mut harness = self::harness(plan.clone(), library.clone());
    harness.get_by_label(said(Text::SuggestRun)).click();
    step_until(&mut harness, |app| !app.is_suggesting());
    harness.get_by_label(said(Text::SuggestApply)).click();
    harness.run();
    let left_out = library
        .modules
        .iter()
        .find(|module| harness.state().plan().term_of(&module.id).is_none())
        .expect("a module the suggestion does not use")
        .clone();
    let mut harness = self::harness(plan, library);
    harness
        .get_by_label(said(Text::SuggestLibraryHeading))
        .click();
    harness.run();
    let name = format!("{} {}", left_out.code, left_out.name.zh);
    choose(&mut harness, &name, Text::SuggestModuleAdd);
    suggest_and_apply(&mut harness);
    assert!(harness.state().plan().term_of(&left_out.id).is_some());
}

#[test]
fn a_group_ticked_to_fill_offers_what_the_form_says_and_undo_restores_it() {
    let mut harness = common::window::open(None, LAPTOP);
    harness.state_mut().show_tab(Tab::Suggest);
    harness.run();
    let before = harness.state().plan().clone();
    let group = before
        .elective_groups
        .iter()
        .find(|group| group.id.as_str() == "professional_extension")
        .expect("the example's extension group")
        .clone();
    let offered_before = harness
        .state()
        .report()
        .groups
        .iter()
        .find(|choice| choice.id == group.id)
        .unwrap()
        .offered_credits;
    let tick = said_with(Text::SuggestFillGroup, &[&group.name.zh]);
    harness.get_by_label(&tick).click();
    harness.run();
    suggest(&mut harness);
    // The preview says what the group offers now.
    let offers = format!("{}：开设", group.name.zh);
    assert!(
        harness
            .query_all_by_label_contains(&offers)
            .next()
            .is_some(),
        "no line on what the group offers"
    );
    apply(&mut harness);
    // The group offers as many credits as before, chosen by the suggestion, and a student
    // still takes its least credits.
    let report = harness.state().report();
    let filled = report
        .groups
        .iter()
        .find(|choice| choice.id == group.id)
        .unwrap();
    assert!(
        (filled.offered_credits - offered_before).abs() < 1e-6,
        "{} offered, {offered_before} before",
        filled.offered_credits
    );
    assert!((filled.path_credits - group.min_credits).abs() < 1e-6);
    harness.state_mut().send(Command::Undo);
    harness.run();
    assert_eq!(harness.state().plan(), &before);
}
