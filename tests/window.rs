//! The planner window driven headless with egui_kittest, as a user would: click by label,
//! drag, type, press shortcuts; then check the plan and what the window shows.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::catalogue::Text;

use common::window::said;

use std::path::PathBuf;

use curriculum_planner::model::edit::Edit;
use curriculum_planner::model::history::Coalesce;
use curriculum_planner::model::{ModuleId, Plan};
use curriculum_planner::ui::{Command, PlannerApp, StartOptions};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(app: PlannerApp) -> Harness<'static, PlannerApp> {
    common::window::around(app, egui::vec2(1400.0, 860.0))
}

fn app(file: Option<PathBuf>) -> PlannerApp {
    PlannerApp::new(StartOptions::for_tests(file, None))
}

/// Selects a module, as a click on its card does.
fn select(harness: &mut Harness<'_, PlannerApp>, id: &ModuleId) {
    harness
        .state_mut()
        .send(Command::Select(curriculum_planner::ui::Selection::Module(
            id.clone(),
        )));
    harness.run();
}

/// Takes a module out of its term, as the card's menu does.
fn unschedule(harness: &mut Harness<'_, PlannerApp>, module: &str) {
    harness.state_mut().send(Command::Apply(
        Edit::Unschedule {
            module: module.into(),
            term: None,
        },
        Coalesce::Never,
    ));
    harness.run();
}

/// A term's credits as its column shows them (a module in several terms counts its share).
fn term_credits(plan: &Plan, term: usize) -> f64 {
    curriculum_planner::analysis::totals(plan).terms[term].credits
}

/// The alignment score as the status bar shows it.
fn shown_score(harness: &Harness<'_, PlannerApp>) -> String {
    use egui_kittest::kittest::NodeT as _;
    // The status bar's; the matrix repeats it in its totals row.
    let label = harness
        .get_all_by_label_contains("与调查吻合度")
        .last()
        .expect("the status bar shows the score");
    let node = label.accesskit_node();
    node.label()
        .filter(|label| !label.is_empty())
        .or_else(|| node.value())
        .unwrap_or_default()
}

#[test]
fn opens_on_the_example_plan_in_chinese() {
    let mut harness = harness(app(None));
    harness.run();
    harness.get_by_label("跨境电子商务专业人才培养方案（三年制高职）");
    // A card on the board (the library lays out only its visible rows).
    assert!(harness.query_all_by_label("跨境电商店铺运营").count() >= 1);
    harness.get_by_label("第一学期");
    harness.get_by_label_contains("学生修读 158 学分 · 开设 164 学分");
    assert_eq!(shown_score(&harness), "与调查吻合度 0.917");
}

#[test]
fn a_library_module_dragged_into_term_two_adds_its_credits_and_undo_takes_it_back() {
    let mut harness = harness(app(None));
    harness.run();
    let before = harness.state().plan().clone();
    assert_eq!(term_credits(&before, 1), 26.5);
    harness.get_by_label("第二学期");
    harness.get_by_label("26.5 学分 · 428 学时");

    // Find the module by its code in the library.
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Search))
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Search))
        .type_text("ZX416");
    harness.run();
    let row = harness
        .get_by_label("毛衫与卫浴产品跨境营销")
        .rect()
        .center();
    let column = harness.get_by_label("第二学期").rect().center() + egui::vec2(0.0, 80.0);
    harness.drag_at(row);
    harness.run_steps(2);
    harness.hover_at(row + egui::vec2(40.0, 0.0));
    harness.run_steps(2);
    harness.hover_at(column);
    harness.run_steps(2);
    harness.drop_at(column);
    harness.run();

    let id = ModuleId::from("knitwear_sanitary_export");
    let plan = harness.state().plan();
    assert_eq!(plan.term_of(&id), Some(1), "dropped into term 2");
    assert_eq!(term_credits(plan, 1), 28.5);
    harness.get_by_label("28.5 学分 · 460 学时");
    assert!(harness.state().is_dirty());
    assert!(harness.state().title().contains('•'));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().plan(), &before, "undo restores the plan");
    harness.get_by_label("26.5 学分 · 428 学时");
    assert!(!harness.state().is_dirty());

    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);
    harness.run();
    assert_eq!(
        harness.state().plan().term_of(&id),
        Some(1),
        "redo puts it back"
    );
}

#[test]
fn cards_move_between_terms_by_drag() {
    let mut harness = harness(app(None));
    harness.run();
    let id = ModuleId::from("ideology_morality_law");
    assert_eq!(harness.state().plan().term_of(&id), Some(0));
    let name = harness.state().plan().module(&id).unwrap().name.zh.clone();
    let card = harness
        .get_all_by_label(&name)
        .map(|node| node.rect())
        .find(|rect| rect.left() > 340.0)
        .expect("a card on the board")
        .center();
    let target = harness.get_by_label("第三学期").rect().center() + egui::vec2(0.0, 60.0);
    harness.drag_at(card);
    harness.run_steps(2);
    harness.hover_at(card + egui::vec2(30.0, 0.0));
    harness.run_steps(2);
    harness.hover_at(target);
    harness.run_steps(2);
    harness.drop_at(target);
    harness.run();
    assert_eq!(harness.state().plan().term_of(&id), Some(2));
}

#[test]
fn a_level_changed_in_the_matrix_changes_the_alignment_score() {
    let mut harness = harness(app(None));
    harness.run();
    assert_eq!(shown_score(&harness), "与调查吻合度 0.917");
    harness.get_by_label(said(Text::Matrix)).click();
    harness.run();
    let id = ModuleId::from("ideology_morality_law");
    let module = harness.state().plan().module(&id).unwrap().clone();
    let management = |harness: &Harness<'_, PlannerApp>| {
        harness
            .state()
            .plan()
            .module(&id)
            .unwrap()
            .level_of(&"management".into())
    };
    let old = management(&harness);
    harness
        .get_by_label_contains(&format!("{} 管理能力:", module.code))
        .click();
    harness.run();
    assert_eq!(
        management(&harness),
        curriculum_planner::model::Level::next(old)
    );
    let after = shown_score(&harness);
    assert!(after.starts_with("与调查吻合度 0."), "{after}");
    assert_ne!(
        after, "与调查吻合度 0.917",
        "the status bar follows the matrix"
    );

    // The keyboard: the clicked cell has focus; M sets mastered.
    harness.key_press(Key::M);
    harness.run();
    assert_eq!(
        management(&harness),
        Some(curriculum_planner::model::Level::M)
    );

    // The arrows move the focus: down one row, then I sets the module below; left one
    // column, then R sets that skill of the same module.
    let plan = harness.state().plan().clone();
    let order: Vec<ModuleId> = plan
        .scheduled_modules()
        .iter()
        .map(|(_, module)| module.id.clone())
        .collect();
    let below = order[order.iter().position(|known| known == &id).unwrap() + 1].clone();
    let skills: Vec<_> = plan.skills.iter().map(|skill| skill.id.clone()).collect();
    let management_at = skills
        .iter()
        .position(|skill| skill.as_str() == "management")
        .unwrap();
    let level = |harness: &Harness<'_, PlannerApp>, module: &ModuleId, skill: usize| {
        harness
            .state()
            .plan()
            .module(module)
            .unwrap()
            .level_of(&skills[skill])
    };
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.key_press(Key::I);
    harness.run();
    assert_eq!(
        level(&harness, &below, management_at),
        Some(curriculum_planner::model::Level::I),
        "ArrowDown then I"
    );
    harness.key_press(Key::ArrowLeft);
    harness.run();
    harness.key_press(Key::R);
    harness.run();
    assert_eq!(
        level(&harness, &below, management_at - 1),
        Some(curriculum_planner::model::Level::R),
        "ArrowLeft then R"
    );
}

#[test]
fn save_to_a_folder_and_open_again_gives_an_equal_plan() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("计划.ron");
    let mut harness = harness(app(None));
    harness.run();
    unschedule(&mut harness, "labour_education");
    assert!(harness.state().is_dirty());
    harness.state_mut().send(Command::SaveAs(path.clone()));
    harness.run();
    assert!(!harness.state().is_dirty());
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert!(harness.state().title().starts_with("计划.ron —"));
    let saved = harness.state().plan().clone();

    let mut reopened = self::harness(app(Some(path.clone())));
    reopened.run();
    assert_eq!(reopened.state().plan(), &saved);
    assert!(!reopened.state().is_dirty());

    // Ctrl+S saves to the same file again after another change.
    unschedule(&mut harness, "military_theory");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());
    let on_disk = curriculum_planner::io::load_plan(&path).unwrap();
    assert_eq!(&on_disk, harness.state().plan());
}

#[test]
fn a_broken_file_shows_its_error_and_keeps_the_plan() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("broken.ron");
    std::fs::write(&broken, "Plan(format_version: 1, title: (zh: \"x\",").unwrap();
    let mut harness = harness(app(None));
    harness.run();
    let before = harness.state().plan().clone();
    harness.state_mut().send(Command::Open(broken));
    harness.run();
    assert_eq!(harness.state().plan(), &before);
    harness.get_by_label(said(Text::OpenFailed));
    assert!(harness.query_by_label_contains("broken.ron:1:").is_some());
    harness.get_by_label(said(Text::Close)).click();
    harness.run();
    assert!(harness.state().message().is_none());
    assert!(harness.query_all_by_label("跨境电商店铺运营").count() >= 1);
}

#[test]
fn switching_to_english_and_back_changes_every_name() {
    let path = common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron");
    let mut harness = harness(app(Some(path)));
    harness.run();
    assert!(harness.query_all_by_label("阿里巴巴国际站运营速成").count() >= 1);
    harness.get_by_label(said(Text::LanguageEnglish)).click();
    harness.run();
    harness.get_by_label("Term board");
    harness.get_by_label("File");
    assert!(
        harness
            .query_all_by_label("Alibaba.com Store Operation Workshop")
            .count()
            >= 1
    );
    assert!(
        harness
            .query_by_label_contains("Phase 2: inquiries and delivery")
            .is_some()
    );
    assert!(harness.query_by_label(said(Text::TermBoard)).is_none());
    harness.get_by_label(said(Text::LanguageChinese)).click();
    harness.run();
    harness.get_by_label(said(Text::TermBoard));
    assert!(harness.query_all_by_label("阿里巴巴国际站运营速成").count() >= 1);
}

#[test]
fn a_recovery_copy_is_offered_after_a_crash() {
    let recovery = tempfile::tempdir().unwrap();
    let folder = Some(recovery.path().to_owned());
    let mut crashed = PlannerApp::new(StartOptions::for_tests(None, folder.clone()));
    assert!(!crashed.offers_recovery());
    crashed.send(Command::Apply(
        Edit::Unschedule {
            module: "labour_education".into(),
            term: None,
        },
        Coalesce::Never,
    ));
    let mut first = harness(crashed);
    first.run();
    let now = std::time::Instant::now();
    assert!(
        !first.state_mut().write_recovery_if_due(now),
        "not yet: 30 s"
    );
    assert!(first.state_mut().write_recovery_if_due(
        now + curriculum_planner::ui::RECOVERY_INTERVAL + std::time::Duration::from_secs(1)
    ));
    let edited = first.state().plan().clone();
    drop(first); // the process dies: no clean exit

    let mut harness = harness(PlannerApp::new(StartOptions::for_tests(None, folder)));
    harness.run();
    assert!(harness.state().offers_recovery());
    harness.get_by_label(said(Text::RecoveryTitle));
    harness.get_by_label(said(Text::Recover)).click();
    harness.run();
    assert_eq!(harness.state().plan(), &edited);
    assert!(harness.state().is_dirty(), "recovered work is unsaved");
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let mut harness = harness(app(None));
    harness.run();
    unschedule(&mut harness, "labour_education");
    // The window's close button.
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run();
    assert!(harness.state().asks_to_save());
    assert!(!harness.state().may_close());
    harness.get_by_label(said(Text::UnsavedTitle));
    harness.get_by_label(said(Text::Cancel)).click();
    harness.run();
    assert!(!harness.state().asks_to_save());
    assert!(harness.state().is_dirty(), "cancel keeps the work");

    // Quit from the keyboard asks too; Discard lets the window close.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    harness.run();
    assert!(harness.state().asks_to_save());
    harness.get_by_label(said(Text::Discard)).click();
    harness.run();
    assert!(harness.state().may_close());
}

#[test]
fn opening_another_file_with_unsaved_changes_asks_first() {
    let other = common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron");
    let mut harness = harness(app(None));
    harness.run();
    let title = harness.state().plan().title.clone();
    unschedule(&mut harness, "labour_education");
    harness.state_mut().send(Command::Open(other));
    harness.run();
    assert_eq!(harness.state().plan().title, title, "not opened yet");
    harness.get_by_label(said(Text::Discard)).click();
    harness.run();
    assert_ne!(harness.state().plan().title, title);
}

#[test]
fn typing_in_the_inspector_renames_a_module_in_one_undo_step() {
    let mut harness = harness(app(None));
    harness.run();
    let id = ModuleId::from("labour_education");
    select(&mut harness, &id);
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::NameEnglish))
        .click();
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    for letter in [" ", "I", "I"] {
        harness
            .get_by_role_and_label(Role::TextInput, said(Text::NameEnglish))
            .type_text(letter);
        harness.run();
    }
    let renamed = harness.state().plan().module(&id).unwrap().name.en.clone();
    assert!(renamed.ends_with(" II"), "{renamed}");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let restored = harness.state().plan().module(&id).unwrap().name.en.clone();
    assert!(
        !restored.contains(" II"),
        "one undo takes back the whole word: {restored}"
    );
}

#[test]
fn pinyin_typed_through_an_input_method_reaches_the_search_field() {
    let mut harness = harness(app(None));
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Search))
        .click();
    harness.run();
    // What fcitx5 or Microsoft Pinyin send: pre-edit while choosing, then the commit.
    harness.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "mao yi".to_owned(),
        active_range_chars: None,
    }));
    harness.run();
    harness.event(egui::Event::Ime(egui::ImeEvent::Commit("贸易".to_owned())));
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, said(Text::Search));
    assert_eq!(field.value().as_deref(), Some("贸易"));
    harness.get_by_label("显示 1 / 74 门课程");
    // The library row (the board's card may lie below the fold of term 2).
    assert!(harness.get_all_by_label("国际贸易实务").count() >= 1);
}

#[test]
fn clicking_a_finding_selects_its_module() {
    let mut harness = harness(app(None));
    harness.run();
    harness.get_by_label_contains("√ 未发现问题");
    let id = ModuleId::from("labour_education");
    let mut changed = harness.state().plan().module(&id).unwrap().clone();
    changed.credits = 10.0;
    harness.state_mut().send(Command::Apply(
        Edit::PutModule(Box::new(changed)),
        Coalesce::Never,
    ));
    harness.run();
    // The board's heading of 劳动教育's term says so too (and only that term's).
    use egui_kittest::kittest::NodeT as _;
    let marks: Vec<_> = harness
        .get_all_by_label_contains("▲ 1 项检查结果")
        .filter(|node| node.accesskit_node().role() != Role::Button)
        .collect();
    assert_eq!(marks.len(), 1);
    // The status bar's button.
    harness
        .get_all_by_label_contains("项检查结果")
        .find(|node| node.accesskit_node().role() == Role::Button)
        .expect("the status bar's findings button")
        .click();
    harness.run();
    // Named by name and code: 课程“劳动教育（GB…）”.
    harness.get_by_label_contains("课程“劳动教育（").click();
    harness.run();
    assert_eq!(
        harness.state().selection(),
        &curriculum_planner::ui::Selection::Module(id)
    );
}

#[test]
fn a_card_dragged_below_another_in_its_term_is_reordered() {
    let mut harness = harness(app(None));
    harness.run();
    let card = |harness: &Harness<'_, PlannerApp>, name: &str| {
        harness
            .get_all_by_label(name)
            .map(|node| node.rect())
            .find(|rect| rect.left() > 340.0)
            .expect("a card on the board")
    };
    let first = card(&harness, "思想道德与法治").center();
    let third = card(&harness, "军事技能训练");
    let target = egui::pos2(third.center().x, third.bottom() + 14.0);
    harness.drag_at(first);
    harness.run_steps(2);
    harness.hover_at(first + egui::vec2(20.0, 10.0));
    harness.run_steps(2);
    harness.hover_at(target);
    harness.run_steps(2);
    harness.drop_at(target);
    harness.run();
    let order: Vec<&str> = harness.state().plan().terms[0]
        .modules
        .iter()
        .take(4)
        .map(|placement| placement.module.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "situation_policy",
            "military_theory",
            "military_training",
            "ideology_morality_law"
        ]
    );
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

#[test]
fn language_theme_and_recent_files_are_remembered() {
    use curriculum_planner::catalogue::Language;
    use curriculum_planner::ui::{Preferences, Theme};
    let mut storage = MemoryStorage::default();
    let mut preferences = Preferences {
        language: Language::English,
        theme: Theme::Dark,
        ..Preferences::default()
    };
    preferences.remember(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ));
    preferences.store(&mut storage);
    let loaded = Preferences::load(Some(&storage));
    assert_eq!(loaded, preferences);
    assert_eq!(loaded.recent_files.len(), 1);
    // Nothing stored yet: the defaults.
    assert_eq!(Preferences::load(None).theme, Theme::Light);
}

#[test]
fn new_gives_a_blank_plan_and_a_template_gives_a_copy_of_an_example() {
    let mut harness = harness(app(None));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    // Ctrl+N asks what kind of programme; a three-year vocational one is six semesters.
    harness
        .get_by_label_contains("三年制高职：6 个学期")
        .click();
    harness.run();
    let plan = harness.state().plan();
    assert_eq!(plan.title.zh, "新培养方案");
    assert_eq!(plan.terms.len(), 6);
    assert!(plan.modules.is_empty());
    assert!(plan.survey.is_some(), "judged against the seed survey");
    assert_eq!(harness.state().path(), None);
    assert!(
        !harness.state().is_dirty(),
        "nothing to save until something changes"
    );
    harness.get_by_label(said(Text::NewPlanTitle));

    harness.state_mut().send(Command::New(Some(1)));
    harness.run();
    let example = curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    assert_eq!(harness.state().plan(), &example);
    assert_eq!(
        harness.state().path(),
        None,
        "a template is saved under a new name"
    );
}

#[test]
fn revert_goes_back_to_the_file_after_asking() {
    let folder = tempfile::tempdir().unwrap();
    let path = common::copied_example(folder.path());
    let mut harness = harness(app(Some(path.clone())));
    harness.run();
    let on_disk = harness.state().plan().clone();
    unschedule(&mut harness, "labour_education");
    assert_ne!(harness.state().plan(), &on_disk);
    harness.state_mut().send(Command::Revert);
    harness.run();
    harness.get_by_label(said(Text::Discard)).click();
    harness.run();
    assert_eq!(harness.state().plan(), &on_disk);
    assert!(!harness.state().is_dirty());
}

#[test]
fn alt_and_the_arrows_move_the_selected_module() {
    let mut harness = harness(app(None));
    harness.run();
    let id = ModuleId::from("ideology_morality_law");
    select(&mut harness, &id);
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().plan().placement(&id), Some((0, 1)));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().plan().placement(&id), Some((1, 1)));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().plan().placement(&id), Some((1, 0)));
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().plan().placement(&id), None);
}

#[test]
fn a_survey_share_edited_in_the_inspector_changes_the_score() {
    use egui_kittest::kittest::NodeT as _;
    let mut harness = harness(app(None));
    harness.run();
    assert_eq!(shown_score(&harness), "与调查吻合度 0.917");
    // The plan's details are in the inspector when nothing else is selected.
    harness.get_by_label(said(Text::Survey)).click();
    harness.run();
    let share = harness
        .get_all_by_label("管理能力")
        .find(|node| node.accesskit_node().numeric_value().is_some())
        .expect("the survey's share of management");
    share.set_value_accesskit(90.0);
    harness.run();
    let survey = harness.state().plan().survey.clone().unwrap();
    assert!((survey.share_of(&"management".into()).unwrap() - 0.9).abs() < 1e-9);
    assert_ne!(shown_score(&harness), "与调查吻合度 0.917");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(shown_score(&harness), "与调查吻合度 0.917");
}

#[test]
fn an_industry_added_in_the_inspector_can_be_removed_while_unused() {
    use egui_kittest::kittest::NodeT as _;
    let mut harness = harness(app(None));
    harness.run();
    let before = harness.state().plan().industries.len();
    // The inspector's section (the library's filter has the same word).
    harness
        .get_all_by_label(said(Text::Industry))
        .last()
        .unwrap()
        .click();
    harness.run();
    // Below the fold of the inspector: scroll to it first, as a user would.
    harness.get_by_label(said(Text::AddIndustry)).scroll_to_me();
    harness.run();
    harness.get_by_label(said(Text::AddIndustry)).click();
    harness.run();
    assert_eq!(harness.state().plan().industries.len(), before + 1);
    // Every other industry is used by a module or is a target: only the new one can go.
    let removable: Vec<_> = harness
        .get_all_by_label("×")
        .filter(|node| !node.accesskit_node().is_disabled())
        .collect();
    assert_eq!(removable.len(), 1);
    removable[0].scroll_to_me();
    drop(removable);
    harness.run();
    harness
        .get_all_by_label("×")
        .find(|node| !node.accesskit_node().is_disabled())
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().plan().industries.len(), before);
}

/// The window on the example plan, on the analysis tab.
fn analysis_of_the_example() -> Harness<'static, PlannerApp> {
    let mut harness = harness(app(None));
    harness.run();
    harness.get_by_label(said(Text::Analysis)).click();
    harness.run();
    harness
}

#[test]
fn the_analysis_tab_shows_which_skills_the_plan_under_and_over_serves() {
    let mut harness = analysis_of_the_example();
    // The figures of the README's table for the 3-year plan and the seed survey.
    harness.get_by_label("吻合度 0.917 · 余弦相似度 0.985");
    harness.get_by_label("投入最不足：团队合作能力（-2.4 个百分点）");
    harness.get_by_label("投入超出最多：经贸知识（+4.5 个百分点）");
    // Computer operation: 18.5 % of demand, 16.3 % of a student's expected effort, 2.1
    // points short.
    assert!(harness.query_all_by_label("计算机操作能力").count() >= 1);
    harness.get_by_label("18.5 %");
    harness.get_by_label("16.3 %");
    harness.get_by_label("-2.1");
    // Every rule of the shipped 3-year book passes on the example, each said as its source
    // says it.
    harness.get_by_label_contains("√ 三年制高职总学时数不低于 2500：总学时：2940");
    harness.get_by_label_contains("√ 专科生体育必修课不少于 108 学时");

    // Taking the second English course out of the plan shifts the figures at once.
    unschedule(&mut harness, "college_english_2");
    harness.run();
    assert!(
        harness
            .query_by_label("吻合度 0.917 · 余弦相似度 0.985")
            .is_none()
    );
    let score = shown_score(&harness).replace("与调查吻合度 ", "");
    harness.get_by_label_contains(&format!("吻合度 {score} · 余弦相似度"));
}

#[test]
fn a_module_listed_as_most_complex_is_selected_by_a_click() {
    let mut harness = analysis_of_the_example();
    let plan = harness.state().plan().clone();
    let structure = curriculum_planner::editor::report_with_shipped_rules(&plan, None)
        .structure
        .unwrap();
    let most_complex = structure
        .modules
        .iter()
        .max_by(|left, right| left.complexity.total_cmp(&right.complexity))
        .unwrap();
    let module = plan.module(&most_complex.module).unwrap();
    let label = format!("{} {}", module.code, module.name.zh);
    // The structure section is below the fold: scroll to it as a user would.
    harness.get_by_label(&label).scroll_to_me();
    harness.run();
    harness.get_by_label(&label).click();
    harness.run();
    assert_eq!(
        harness.state().selection(),
        &curriculum_planner::ui::Selection::Module(module.id.clone())
    );
}

#[test]
fn a_second_draft_is_compared_figure_by_figure_and_module_by_module() {
    let folder = tempfile::tempdir().unwrap();
    // The second draft: the example without 大学英语（二）, and with 劳动教育 a term later.
    let mut draft =
        curriculum_planner::io::load_plan(&common::copied_example(folder.path())).unwrap();
    draft.title = curriculum_planner::model::Names::new("草案二", "Draft two");
    let english = ModuleId::from("college_english_2");
    let labour = ModuleId::from("labour_education");
    for term in &mut draft.terms {
        term.modules.retain(|placement| placement.module != english);
    }
    let from = draft.term_of(&labour).unwrap();
    draft.terms[from]
        .modules
        .retain(|placement| placement.module != labour);
    common::place(&mut draft, from + 1, labour.as_str());
    let path = folder.path().join("draft.ron");
    curriculum_planner::io::save_plan(&path, &draft).unwrap();

    let mut harness = analysis_of_the_example();
    harness.state_mut().send(Command::CompareWith(path.clone()));
    harness.run();
    // Its column heading (and the chart's legend).
    assert!(harness.query_all_by_label("草案二").count() >= 1);
    // Alignment side by side; the example keeps its English course and scores higher.
    let theirs = curriculum_planner::editor::report_with_shipped_rules(
        &draft,
        harness.state().plan().survey.as_ref(),
    )
    .alignment
    .unwrap()
    .score
    .unwrap();
    assert!(theirs < 0.917);
    harness.get_by_label("0.917 √");
    harness.get_by_label(&format!("{theirs:.3}"));
    harness.get_by_label("按吻合度排名：本方案 > 草案二");
    // One bar per plan per skill, described in words.
    let chart = harness.get_by_label_contains("各方案投入比重对比图");
    let words = {
        use egui_kittest::kittest::NodeT as _;
        chart.accesskit_node().label().unwrap_or_default()
    };
    assert!(
        words.contains("本方案: 外语能力") && words.contains("草案二: 外语能力"),
        "{words}"
    );
    // The differences as tables: code, name, credits, term; and the move's two terms.
    let removed = harness.get_by_label("另一方案少了 1 门课程：").rect();
    let row_below = |label: &str, heading: egui::Rect| {
        harness.query_all_by_label(label).any(|node| {
            let rect = node.rect();
            rect.top() > heading.bottom() && rect.top() < heading.bottom() + 60.0
        })
    };
    assert!(row_below("大学英语（二）", removed));
    let moved = harness
        .get_by_label("另一方案调整了 1 门课程的学期：")
        .rect();
    assert!(row_below("劳动教育", moved));
    assert!(row_below(&format!("{}", from + 1), moved));
    assert!(row_below(&format!("{}", from + 2), moved));
    harness.get_by_label(said(Text::TermThere));
    // The × beside its name takes it out again (scrolled to: the chart and the gap
    // suggestions come first in the tab).
    for _ in 0..10 {
        let close = harness.get_by_label("×").rect();
        if close.top() > 100.0 && close.bottom() < 840.0 {
            break;
        }
        harness.hover_at(egui::pos2(700.0, 500.0));
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, if close.top() > 100.0 { -300.0 } else { 300.0 }),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        for _ in 0..20 {
            harness.step();
        }
    }
    harness.get_by_label("×").click();
    harness.run();
    assert!(harness.query_by_label("草案二").is_none());
}

#[test]
fn a_requisite_cycle_is_named_in_the_analysis_instead_of_structure_figures() {
    let mut harness = analysis_of_the_example();
    let id = ModuleId::from("labour_education");
    let mut looped = harness.state().plan().module(&id).unwrap().clone();
    looped.prerequisites = vec![id.clone()];
    harness.state_mut().send(Command::Apply(
        Edit::PutModule(Box::new(looped)),
        Coalesce::Never,
    ));
    harness.run();
    harness.get_by_label_contains("先修关系成环，无法计算结构：GB154 劳动教育");
    assert!(
        harness
            .query_by_label_contains(said(Text::FigureComplexity))
            .is_none()
    );
}

#[test]
fn control_and_a_digit_switch_between_board_matrix_and_analysis() {
    let mut harness = harness(app(None));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    harness.get_by_label(said(Text::AnalysisAlignment));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num2);
    harness.run();
    assert!(
        harness
            .query_by_label(said(Text::AnalysisAlignment))
            .is_none()
    );
    // The matrix repeats the status bar's score in its totals row.
    assert_eq!(harness.get_all_by_label_contains("与调查吻合度").count(), 2);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    harness.get_by_label("第一学期");
}

/// Opens the command palette with Ctrl+K, types `query` into it and presses Enter.
fn run_from_palette(harness: &mut Harness<'_, PlannerApp>, query: &str, label: &str) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    assert!(harness.state().shows_palette());
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(query);
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(!harness.state().shows_palette());
}

#[test]
fn the_palette_finds_an_action_by_part_of_its_chinese_name_and_runs_it() {
    let mut harness = harness(app(None));
    harness.run();
    assert_eq!(harness.state().plan().terms.len(), 6);
    run_from_palette(&mut harness, "添加学", "命令");
    assert_eq!(harness.state().plan().terms.len(), 7);
    assert_eq!(harness.state().plan().terms[6].name.zh, "第七学期");
    // And a tab, by a word of its name.
    run_from_palette(&mut harness, "矩阵", "命令");
    assert_eq!(harness.state().tab(), curriculum_planner::ui::Tab::Matrix);
}

#[test]
fn the_palette_finds_an_action_by_part_of_its_english_name_in_either_language() {
    let mut harness = harness(app(None));
    harness.run();
    harness.get_by_label(said(Text::LanguageEnglish)).click();
    harness.run();
    run_from_palette(&mut harness, "add ter", "Command");
    assert_eq!(harness.state().plan().terms.len(), 7);
    assert_eq!(harness.state().plan().terms[6].name.en, "Term 7");
    // English words find actions in the Chinese window too, shown with both names.
    harness.get_by_label(said(Text::LanguageChinese)).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::P);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::PaletteSearch))
        .type_text("undo");
    harness.run();
    harness.get_by_label_contains("撤销  ·  Undo");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().plan().terms.len(), 6);
}

#[test]
fn escape_closes_the_palette_without_running_anything() {
    let mut harness = harness(app(None));
    harness.run();
    let before = harness.state().plan().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::PaletteSearch))
        .type_text("添加学期");
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().shows_palette());
    assert_eq!(harness.state().plan(), &before);
}

#[test]
fn a_code_another_module_uses_stays_in_the_field_with_the_checks_own_words() {
    let mut harness = harness(app(None));
    harness.run();
    let id = ModuleId::from("labour_education");
    let before = harness.state().plan().clone();
    let other = before
        .modules
        .iter()
        .find(|module| module.id != id)
        .unwrap();
    let taken = other.code.clone();
    let original = before.module(&id).unwrap().code.clone();
    select(&mut harness, &id);
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Code))
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press(Key::Backspace);
    harness.run();
    let code = |harness: &Harness<'_, PlannerApp>| {
        harness.state().plan().module(&id).unwrap().code.clone()
    };
    // A blank code is refused, with validate's words.
    assert_eq!(code(&harness), original);
    assert!(!harness.state().is_dirty());
    harness.get_by_label_contains("没有课程代码");
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Code))
        .type_text(&taken);
    harness.run();
    assert_eq!(code(&harness), original);
    assert!(!harness.state().is_dirty());
    harness.get_by_label_contains(&format!(
        "的代码“{taken}”已被课程“{}（{}）”使用",
        other.name.zh, other.code
    ));
    // A free code is applied.
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Code))
        .type_text("X");
    harness.run();
    assert_eq!(code(&harness), format!("{taken}X"));
}

#[test]
fn a_broken_file_with_a_backup_offers_to_open_the_backup() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    curriculum_planner::io::save_plan(&path, &common::small_plan()).unwrap();
    curriculum_planner::io::save_plan(&path, &common::small_plan()).unwrap();
    // The plan is damaged after the save that kept its backup.
    std::fs::write(&path, "Plan(format_version: 1, title: (zh: \"x\",").unwrap();
    let mut harness = harness(app(None));
    harness.run();
    harness.state_mut().send(Command::Open(path.clone()));
    harness.run();
    // The message is in the window's language (Chinese), not the parser's English.
    assert!(harness.query_by_label_contains("plan.ron:1:").is_some());
    assert!(
        harness
            .query_by_label_contains("文件在结构完整之前就结束了")
            .is_some()
    );
    harness.get_by_label("打开备份 plan.ron.bak").click();
    harness.run();
    assert!(harness.state().message().is_none());
    assert_eq!(harness.state().plan(), &common::small_plan());
}

#[test]
fn saving_a_commented_plan_asks_before_the_comments_go_and_keeps_them_in_the_backup() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    curriculum_planner::io::save_plan(&path, &common::small_plan()).unwrap();
    let commented = format!(
        "// Draft for the committee\n{}",
        std::fs::read_to_string(&path).unwrap()
    );
    std::fs::write(&path, &commented).unwrap();
    let mut harness = harness(app(Some(path.clone())));
    harness.run();
    unschedule(&mut harness, "photo");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    // Nothing written yet: the window asks.
    assert_eq!(std::fs::read_to_string(&path).unwrap(), commented);
    assert!(harness.state().is_dirty());
    harness.get_by_label(said(Text::CommentsTitle));
    harness.get_by_label(said(Text::Cancel)).click();
    harness.run();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), commented);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness
        .get_by_label(said(Text::SaveWithoutComments))
        .click();
    harness.run();
    assert!(!harness.state().is_dirty());
    assert_eq!(
        &curriculum_planner::io::load_plan(&path).unwrap(),
        harness.state().plan()
    );
    let backup = curriculum_planner::io::backup_path(&path);
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), commented);
    // Agreed once: the next save goes ahead, and the backup keeps the comments.
    unschedule(&mut harness, "store");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_dirty());
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), commented);
}
