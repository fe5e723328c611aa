//! The survey tab, driven headless at 1366×768: a questionnaire export imported, one option
//! matched by hand, accepted as the plan's survey — the alignment changes — and undone.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::catalogue::Text;

use common::window::said;

use curriculum_planner::ui::{Command, PlannerApp, StartOptions};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};

fn window() -> Harness<'static, PlannerApp> {
    common::window::open(None, common::window::LAPTOP)
}

fn score(harness: &Harness<'_, PlannerApp>) -> String {
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

/// 100 Wenjuanxing answers where management matters far more than in the seed survey, and
/// one skill is asked for as "读写能力", a word no skill's name or usual name is like.
fn questionnaire(folder: &std::path::Path) -> std::path::PathBuf {
    let options = [
        "读写能力",
        "经贸知识",
        "口头沟通能力",
        "计算机操作能力",
        "管理能力",
        "团队合作能力",
    ];
    let counts = [60, 90, 70, 80, 95, 50];
    let mut text = String::from("序号,提交答卷时间,1、需要哪些能力？（多选）\n");
    for respondent in 0..100 {
        let chosen: Vec<&str> = (0..6)
            .filter(|&option| (respondent * 37 + option * 11) % 100 < counts[option])
            .map(|option| options[option])
            .collect();
        text.push_str(&format!(
            "{},2025/11/3 9:00,{}\n",
            respondent + 1,
            chosen.join("┋")
        ));
    }
    let path = folder.join("问卷.csv");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn an_imported_questionnaire_mapped_by_hand_changes_the_alignment_and_undo_restores_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = window();
    harness.run();
    let before = score(&harness);
    harness.get_by_label(said(Text::SurveyTab)).click();
    harness.run();
    // The file dialog returns this file.
    harness
        .state_mut()
        .send(Command::ImportQuestionnaire(vec![questionnaire(
            folder.path(),
        )]));
    common::step_until(&mut harness, |app| !app.is_reading_questionnaire());
    harness.get_by_label("答卷 100 份");
    // The survey's own details: its title from the question, no region until one is given,
    // never the seed survey's; it cannot be adopted before.
    let title = harness
        .get_all_by_role_and_label(Role::TextInput, said(Text::SurveyTitleChinese))
        .next()
        .unwrap();
    assert_eq!(
        title.accesskit_node().value().as_deref(),
        Some("需要哪些能力")
    );
    let region = harness
        .get_all_by_role_and_label(Role::TextInput, said(Text::SurveyRegionChinese))
        .next()
        .unwrap();
    assert_eq!(region.accesskit_node().value().as_deref(), Some(""));
    harness.get_by_label(said(Text::ImportNeedsRegion));
    harness
        .get_all_by_role_and_label(Role::TextInput, said(Text::SurveyRegionChinese))
        .next()
        .unwrap()
        .click();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::TextInput, said(Text::SurveyRegionChinese))
        .next()
        .unwrap()
        .type_text("海宁市");
    harness.run();
    assert!(
        harness
            .query_by_label(said(Text::ImportNeedsRegion))
            .is_none()
    );
    // "读写能力" matches no skill: choose 外语能力 by hand in its list.
    harness
        .get_by_role_and_label(Role::ComboBox, "读写能力")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "外语能力")
        .click();
    harness.run();
    // Remembered, the word is an alias of the skill: the next questionnaire matches it.
    harness
        .get_by_label(said(Text::ImportRememberAlias))
        .click();
    harness.run();
    let skill = harness
        .state()
        .plan()
        .skills
        .iter()
        .find(|skill| skill.id.as_str() == "foreign_language")
        .unwrap()
        .clone();
    assert_eq!(skill.aliases, ["读写能力"]);
    harness.get_by_label(said(Text::ImportAccept)).click();
    harness.run();
    let survey = harness.state().plan().survey.clone().unwrap();
    assert_eq!(survey.respondents, 100);
    assert_eq!(survey.region.zh, "海宁市");
    assert_eq!(survey.title.zh, "需要哪些能力");
    assert_eq!(survey.share_of(&"foreign_language".into()), Some(0.6));
    assert_eq!(survey.share_of(&"management".into()), Some(0.95));
    // The answers were submitted in 2025 (the file is written today): the survey's year is
    // theirs, shown in the tab and printed.
    let year = 2025;
    assert_eq!(survey.year, year);
    harness.get_by_label(&format!("地区：海宁市　年份：{year}　答卷 100 份"));
    let plan = harness.state().plan().clone();
    let pdf = folder.path().join("programme.pdf");
    curriculum_planner::export::programme::write_pdf(
        &plan,
        common::shipped_book(&plan),
        None,
        curriculum_planner::model::Language::Chinese,
        &pdf,
    )
    .unwrap();
    let text: String = pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).unwrap())
        .unwrap()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    assert!(
        text.contains(&format!(
            "调查：需要哪些能力。地区：海宁市，100家企业，{year}年"
        )),
        "the appendix cites the survey as confirmed"
    );
    assert!(
        !text.contains("浙江嘉兴农村地区"),
        "nothing of the seed survey's"
    );
    let after = score(&harness);
    assert_ne!(before, after, "the alignment changes");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(score(&harness), before, "undo restores it");
    // Imported again, "英语水平" now matches 外语能力 without help.
    harness
        .state_mut()
        .send(Command::ImportQuestionnaire(vec![questionnaire(
            folder.path(),
        )]));
    common::step_until(&mut harness, |app| !app.is_reading_questionnaire());
    let mut import = harness.state().survey_import().cloned().unwrap();
    assert_eq!(
        import.details.region.zh, "",
        "never the previous survey's region"
    );
    import.details.region.zh = "海宁市".to_owned();
    harness
        .state_mut()
        .send(Command::SetImportDetails(import.details));
    harness.run();
    harness.get_by_label(said(Text::ImportAccept)).click();
    harness.run();
    let survey = harness.state().plan().survey.clone().unwrap();
    assert_eq!(survey.share_of(&"foreign_language".into()), Some(0.6));
}

#[test]
fn the_analysis_tab_draws_demand_against_effort_and_says_what_it_shows() {
    let mut harness = window();
    harness.run();
    harness.get_by_label(said(Text::Analysis)).click();
    harness.run();
    // The chart's description, for screen readers: each skill's demand and effort share.
    let chart = harness.get_by_label_contains("需求与投入对比图");
    let description = chart.accesskit_node().label().unwrap_or_default();
    assert!(
        description.contains("管理能力 需求 6.7%、投入 10.5%"),
        "{description}"
    );
    // The radar of the two profiles says the same in words.
    let radar = harness.get_by_label_contains(said(Text::RadarName));
    let words = radar.accesskit_node().label().unwrap_or_default();
    assert!(
        words.contains("团队合作能力 需求 19.2%、投入 16.8%"),
        "{words}"
    );
}

#[test]
fn a_what_if_slider_changes_the_score_for_a_moment_and_reset_restores_it() {
    let mut harness = window();
    harness.run();
    harness.get_by_label(said(Text::SurveyTab)).click();
    harness.run();
    let survey_before = harness.state().plan().survey.clone();
    harness
        .get_by_role_and_label(Role::Slider, "管理能力")
        .set_value_accesskit(90.0);
    harness.run();
    let what_if = harness.get_by_label_contains("临时假设下的吻合度");
    let node = what_if.accesskit_node();
    let text = node
        .label()
        .filter(|label| !label.is_empty())
        .or_else(|| node.value())
        .unwrap_or_default();
    assert!(text.contains("调查原样为 0.917"), "{text}");
    assert!(!text.starts_with("临时假设下的吻合度 0.917"), "{text}");
    // The gaps follow the sliders too: management is now far under-served.
    let gaps = harness.get_by_label_contains("临时假设下的差距");
    let node = gaps.accesskit_node();
    let gaps = node
        .label()
        .filter(|label| !label.is_empty())
        .or_else(|| node.value())
        .unwrap_or_default();
    assert!(gaps.contains("管理能力 -"), "{gaps}");
    // Nothing changed in the plan.
    assert_eq!(harness.state().plan().survey, survey_before);
    harness.get_by_label(said(Text::WhatIfReset)).click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("临时假设下的吻合度")
            .is_none()
    );

    // Kept, the weights become the survey, one undo step away.
    harness
        .get_by_role_and_label(Role::Slider, "管理能力")
        .set_value_accesskit(90.0);
    harness.run();
    harness.get_by_label(said(Text::WhatIfKeep)).click();
    harness.run();
    let kept = harness.state().plan().survey.clone().unwrap();
    assert_eq!(kept.share_of(&"management".into()), Some(0.9));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().plan().survey, survey_before);
}

#[test]
fn a_close_the_gap_suggestion_is_applied_with_one_click_and_raises_the_score_as_promised() {
    use curriculum_planner::analysis::alignment;
    use curriculum_planner::editor::{Change, bundled_library, close_the_gap};
    let mut harness = window();
    harness.run();
    harness.get_by_label(said(Text::Analysis)).click();
    harness.run();
    let plan = harness.state().plan().clone();
    let survey = plan.survey.clone().unwrap();
    // The list leads with what helps most: its first button makes the first suggestion.
    let best = close_the_gap(&plan, &bundled_library(), &survey)
        .into_iter()
        .next()
        .unwrap();
    let label = match best.change {
        Change::Add { .. } => "加入",
        Change::Remove { .. } => "移出",
        Change::Lower { .. } => "降低等级",
        Change::Raise { .. } => "提高等级",
    };
    let button = harness
        .get_all_by_role_and_label(Role::Button, label)
        .next()
        .unwrap();
    button.scroll_to_me();
    for _ in 0..20 {
        harness.step();
    }
    harness
        .get_all_by_role_and_label(Role::Button, label)
        .next()
        .unwrap()
        .click();
    harness.run();
    let after = harness.state().plan().clone();
    assert_ne!(after, plan, "the suggestion was applied");
    let measured = alignment(&after, &survey).score.unwrap();
    assert!(
        (measured - best.score_after).abs() < 1e-12,
        "{measured} vs promised {}",
        best.score_after
    );
    assert!(measured > best.score_before);
    assert_eq!(score(&harness), format!("与调查吻合度 {measured:.3}"));
    // The status bar says what the change did, to four places.
    harness.get_by_label(&format!("▲ {:+.4}", measured - best.score_before));
    // Undone, the plan is back where it was: no "▼" that reads as a loss.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().plan(), &plan);
    assert!(harness.query_by_label_contains("▼").is_none());
    assert!(harness.query_by_label_contains("▲ +").is_none());
}

#[test]
fn what_if_ranks_the_compared_plans_under_the_temporary_weights() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = window();
    harness.run();
    let mut draft = harness.state().plan().clone();
    draft.title.zh = "草案二".into();
    let english = curriculum_planner::model::ModuleId::from("college_english_2");
    for term in &mut draft.terms {
        term.modules.retain(|placement| placement.module != english);
    }
    let path = folder.path().join("draft.ron");
    curriculum_planner::io::save_plan(&path, &draft).unwrap();
    harness.state_mut().send(Command::CompareWith(path));
    harness.run();
    harness.get_by_label(said(Text::SurveyTab)).click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Slider, "外语能力")
        .set_value_accesskit(10.0);
    harness.run();
    let ranking = harness.get_by_label_contains("临时假设下的排名");
    let node = ranking.accesskit_node();
    let text = node
        .label()
        .filter(|label| !label.is_empty())
        .or_else(|| node.value())
        .unwrap_or_default();
    // With foreign languages hardly wanted, the draft without College English II leads.
    assert!(text.contains("草案二") && text.contains("本方案"), "{text}");
    let draft_first = text.find("草案二").unwrap() < text.find("本方案").unwrap();
    assert!(draft_first, "{text}");
}

#[test]
fn the_surveys_details_and_context_tables_are_edited_in_its_tab_and_undone() {
    let mut harness = window();
    harness.run();
    harness.get_by_label(said(Text::SurveyTab)).click();
    harness.run();
    let before = harness.state().plan().survey.clone().unwrap();
    let year = harness.get_by_role_and_label(Role::SpinButton, said(Text::SurveyYear));
    year.scroll_to_me();
    for _ in 0..20 {
        harness.step();
    }
    harness
        .get_by_role_and_label(Role::SpinButton, said(Text::SurveyYear))
        .set_value_accesskit(2026.0);
    harness.run();
    // Table 1's first row, "看好" (positive about the prospects).
    harness
        .get_by_role_and_label(Role::SpinButton, "看好")
        .set_value_accesskit(80.0);
    harness.run();
    let after = harness.state().plan().survey.clone().unwrap();
    assert_eq!(after.year, 2026);
    assert!((after.context[0].rows[0].share - 0.8).abs() < 1e-9);
    for _ in 0..2 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert_eq!(harness.state().plan().survey.clone().unwrap(), before);
}

#[test]
fn escape_or_the_plan_button_goes_back_from_a_term_to_the_plans_details() {
    use curriculum_planner::ui::Selection;
    let mut harness = window();
    harness.run();
    harness
        .state_mut()
        .send(Command::Select(Selection::Term(1)));
    harness.run();
    assert_eq!(harness.state().selection(), &Selection::Term(1));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().selection(), &Selection::Plan);
    // The target industries are there again.
    harness.get_by_label(said(Text::TargetIndustries));
    harness
        .state_mut()
        .send(Command::Select(Selection::Term(0)));
    harness.run();
    harness.get_by_label(said(Text::BackToPlan)).click();
    harness.run();
    assert_eq!(harness.state().selection(), &Selection::Plan);
}

#[test]
fn escape_closes_a_message() {
    let mut harness = window();
    harness.run();
    harness.state_mut().send(Command::ImportQuestionnaire(vec![
        std::path::PathBuf::from("/no/such/问卷.csv"),
    ]));
    common::step_until(&mut harness, |app| !app.is_reading_questionnaire());
    assert!(harness.state().message().is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().message().is_none());
}

#[test]
fn file_dialogs_start_where_the_user_works() {
    let folder = tempfile::tempdir().unwrap();
    let plan = common::copied_example(folder.path());
    // A new plan: the folder of the file used last.
    let mut options = StartOptions::for_tests(None, None);
    options.preferences.recent_files = vec![plan.clone()];
    let app = PlannerApp::new(options);
    assert_eq!(app.dialog_folder().as_deref(), plan.parent());
    // An open plan: its own folder.
    let app = PlannerApp::new(StartOptions::for_tests(Some(plan.clone()), None));
    assert_eq!(app.dialog_folder().as_deref(), plan.parent());
    // Never the root of the file system.
    let app = PlannerApp::new(StartOptions::for_tests(None, None));
    assert_ne!(
        app.dialog_folder().as_deref(),
        Some(std::path::Path::new("/"))
    );
}

#[test]
fn f1_opens_help_that_works_the_score_out_on_the_open_plan_and_escape_closes_it() {
    let mut harness = window();
    harness.run();
    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label(said(Text::HelpLevelsTitle));
    // The worked example uses this plan's figures: its score and the first skill.
    harness.get_by_label_contains("吻合度 0.917，余弦相似度 0.985");
    harness.get_by_label_contains("外语能力的投入");
    // Every shortcut is listed: F1 itself, and Ctrl+P for printing.
    harness.get_by_label(said(Text::Print));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_label(said(Text::HelpLevelsTitle))
            .is_none()
    );
}

#[test]
fn removing_term_1_of_a_default_named_plan_renames_the_others() {
    use curriculum_planner::ui::Selection;
    let mut harness = window();
    harness.run();
    harness.state_mut().send(Command::New(None));
    harness.run();
    let names = |harness: &Harness<'_, PlannerApp>| -> Vec<String> {
        harness
            .state()
            .plan()
            .terms
            .iter()
            .map(|term| term.name.zh.clone())
            .collect()
    };
    assert_eq!(names(&harness)[0], "第一学期");
    harness
        .state_mut()
        .send(Command::Select(Selection::Term(0)));
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    let after = names(&harness);
    assert_eq!(after[0], "第一学期");
    assert_eq!(after[1], "第二学期");
    // One undo brings the first term back, and the names with it.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(names(&harness).len(), after.len() + 1);
    assert_eq!(names(&harness)[1], "第二学期");
}

#[test]
fn minus_three_credits_are_refused_with_a_message_and_the_plan_keeps_its_value() {
    use curriculum_planner::ui::Selection;
    let mut harness = window();
    harness.run();
    let id = curriculum_planner::model::ModuleId::from("labour_education");
    let before = harness.state().plan().module(&id).unwrap().credits;
    harness
        .state_mut()
        .send(Command::Select(Selection::Module(id.clone())));
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, said(Text::Credits));
    field.click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Credits))
        .type_text("-3");
    harness.run();
    harness.get_by_label_contains("学分须是 0 到 60 之间");
    assert_eq!(harness.state().plan().module(&id).unwrap().credits, before);
    // A good value is taken.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, said(Text::Credits))
        .type_text("1.5");
    harness.run();
    assert_eq!(harness.state().plan().module(&id).unwrap().credits, 1.5);
    assert!(
        harness
            .query_by_label_contains("学分须是 0 到 60 之间")
            .is_none()
    );
}

#[test]
fn a_click_on_the_empty_board_or_escape_in_the_findings_goes_back() {
    use curriculum_planner::ui::Selection;
    let mut harness = window();
    harness.run();
    harness
        .state_mut()
        .send(Command::Select(Selection::Term(2)));
    harness.run();
    // A second click on the selected term's column (its heading, not a card) goes back.
    // (The inspector names the selected term too; the board's heading is the leftmost.)
    let at = harness
        .get_all_by_label("第三学期")
        .filter_map(|node| node.accesskit_node().bounding_box())
        .map(|bounds| {
            egui::pos2(
                ((bounds.x0 + bounds.x1) / 2.0) as f32,
                ((bounds.y0 + bounds.y1) / 2.0) as f32,
            )
        })
        .min_by(|first, second| first.x.total_cmp(&second.x))
        .unwrap();
    harness.hover_at(at);
    harness.run();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
    }
    assert_eq!(harness.state().selection(), &Selection::Plan);
    // A card still takes its own click.
    harness.get_by_label("劳动教育").click();
    harness.run();
    assert!(matches!(harness.state().selection(), Selection::Module(_)));
    harness.state_mut().send(Command::ShowFindings(true));
    harness.run();
    assert!(harness.query_by_label(said(Text::ShowFindings)).is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label(said(Text::ShowFindings)).is_none());
}

#[test]
fn new_short_course_gives_the_short_course_rules_and_phase_named_terms() {
    use curriculum_planner::model::{ProgrammeKind, RulesProfile};
    let mut harness = window();
    harness.run();
    // File ▸ New (Ctrl+N) asks what kind of programme it is.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    harness.get_by_label(said(Text::NewPlanKindQuestion));
    harness.get_by_label_contains("短期培训：按学时计").click();
    harness.run();
    let plan = harness.state().plan().clone();
    assert_eq!(plan.kind, ProgrammeKind::ShortCourse);
    assert_eq!(plan.rules, RulesProfile::book("short-course"));
    let names: Vec<&str> = plan
        .terms
        .iter()
        .map(|term| term.name.zh.as_str())
        .collect();
    assert_eq!(names, ["第一阶段", "第二阶段"]);
    assert!(
        plan.terms
            .iter()
            .all(|term| term.teaching_weeks().is_none())
    );
    // The examples are offered there too.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    harness.run();
    assert!(harness.query_all_by_label_contains("跨境电子商务").count() >= 1);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_label(said(Text::NewPlanKindQuestion))
            .is_none()
    );
}

#[test]
fn adding_a_library_module_whose_code_is_taken_asks_and_never_makes_two_alike() {
    use curriculum_planner::model::edit::Edit;
    use curriculum_planner::model::history::Coalesce;
    use curriculum_planner::model::validate::{Problem, validate};
    let mut harness = window();
    harness.run();
    let library = curriculum_planner::editor::bundled_library();
    let incoming = curriculum_planner::model::ModuleId::from("sc_trade_speaking");
    let code = library
        .modules
        .iter()
        .find(|module| module.id == incoming)
        .unwrap()
        .code
        .clone();
    // A plan module recoded to the library module's code.
    let mut recoded = harness
        .state()
        .plan()
        .module(&"labour_education".into())
        .unwrap()
        .clone();
    recoded.code = code.clone();
    harness.state_mut().send(Command::Apply(
        Edit::PutModule(Box::new(recoded)),
        Coalesce::Never,
    ));
    harness.run();
    let add = Command::AddFromLibrary {
        module: incoming.clone(),
        term: 0,
        index: usize::MAX,
    };
    let no_duplicates = |harness: &Harness<'_, PlannerApp>| {
        !validate(harness.state().plan())
            .iter()
            .any(|finding| matches!(finding.problem, Problem::DuplicateModuleCode { .. }))
    };
    // Cancel: nothing added.
    harness.state_mut().send(add.clone());
    harness.run();
    harness.get_by_label(said(Text::CodeTakenTitle));
    harness.get_by_label(said(Text::Cancel)).click();
    harness.run();
    assert!(harness.state().plan().module(&incoming).is_none());
    // Another code.
    harness.state_mut().send(add.clone());
    harness.run();
    harness.get_by_label(said(Text::CodeTakenRename)).click();
    harness.run();
    let added = harness.state().plan().module(&incoming).unwrap().clone();
    assert_ne!(added.code, code);
    assert!(no_duplicates(&harness));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    // Replace: the plan's module goes, the library's takes the code.
    harness.state_mut().send(add);
    harness.run();
    harness.get_by_label_contains("用它替换").click();
    harness.run();
    let plan = harness.state().plan();
    assert!(plan.module(&"labour_education".into()).is_none());
    assert_eq!(plan.module(&incoming).unwrap().code, code);
    assert!(no_duplicates(&harness));
}

#[test]
fn changing_the_kind_offers_the_kinds_rules_and_takes_them_in_one_click() {
    use curriculum_planner::model::{ProgrammeKind, RulesProfile};
    let mut harness = window();
    harness.run();
    assert_eq!(
        harness.state().plan().rules,
        RulesProfile::book("higher-vocational-3-year")
    );
    assert!(harness.query_by_label(said(Text::KindRulesApply)).is_none());
    harness
        .get_by_role_and_label(Role::ComboBox, said(Text::ProgrammeKind))
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, said(Text::ShortCourse))
        .click();
    harness.run();
    assert_eq!(harness.state().plan().kind, ProgrammeKind::ShortCourse);
    // Kept until asked: the offer names the kind's usual rules.
    assert_eq!(
        harness.state().plan().rules,
        RulesProfile::book("higher-vocational-3-year")
    );
    harness.get_by_label_contains("短期培训通常按“短期培训（学时范围）”检查");
    harness.get_by_label(said(Text::KindRulesApply)).click();
    harness.run();
    assert_eq!(
        harness.state().plan().rules,
        RulesProfile::book("short-course")
    );
    assert!(harness.query_by_label(said(Text::KindRulesApply)).is_none());
    // One undo step takes the rules back, the next the kind.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().plan().rules,
        RulesProfile::book("higher-vocational-3-year")
    );
    assert_eq!(harness.state().plan().kind, ProgrammeKind::ShortCourse);
}

#[test]
fn a_workbook_made_to_exhaust_memory_leaves_the_window_and_the_plan_as_they_were() {
    let folder = tempfile::tempdir().unwrap();
    let plan_path = common::copied_example(folder.path());
    let mut harness = common::window::open(Some(plan_path.clone()), common::window::LAPTOP);
    let before = harness.state().plan().clone();
    let file_before = std::fs::read(&plan_path).unwrap();
    for hostile in [
        common::hostile::far_corner_workbook(folder.path()),
        common::hostile::huge_string_count_workbook(folder.path()),
    ] {
        harness
            .state_mut()
            .send(Command::ImportQuestionnaire(vec![hostile.clone()]));
        common::step_until(&mut harness, |app| !app.is_reading_questionnaire());
        let message = harness
            .state()
            .message()
            .expect("a message says why")
            .body
            .clone();
        assert!(
            message.contains("它要求的内存超过了问卷文件所能需要的") || message.contains("声明"),
            "{message}"
        );
        assert!(message.contains(hostile.file_name().unwrap().to_str().unwrap()));
        harness.key_press(egui::Key::Escape);
        harness.run();
        assert_eq!(harness.state().plan(), &before, "the plan is unchanged");
        assert!(!harness.state().is_dirty());
    }
    assert_eq!(std::fs::read(&plan_path).unwrap(), file_before);
}

#[test]
fn save_as_onto_a_survey_or_library_file_is_refused_and_onto_another_plan_allowed() {
    let folder = tempfile::tempdir().unwrap();
    let survey = folder.path().join("survey.ron");
    std::fs::copy(
        common::repository_path("assets/surveys/jiaxing-2018.ron"),
        &survey,
    )
    .unwrap();
    let library = folder.path().join("library.ron");
    std::fs::copy(common::repository_path("assets/library.ron"), &library).unwrap();
    let mut harness = window();
    harness.run();
    for (target, words) in [(&survey, "是一份调查文件"), (&library, "是一份课程库文件")]
    {
        let before = std::fs::read(target).unwrap();
        harness.state_mut().send(Command::SaveAs(target.clone()));
        harness.run();
        let message = harness
            .state()
            .message()
            .expect("the window says why")
            .body
            .clone();
        assert!(message.contains(words), "{message}");
        assert_eq!(std::fs::read(target).unwrap(), before);
        harness.key_press(egui::Key::Escape);
        harness.run();
    }
    // Another plan may be replaced (the dialog asked); it is kept as .bak.
    let other = common::copied_example(folder.path());
    harness.state_mut().send(Command::SaveAs(other.clone()));
    harness.run();
    assert!(harness.state().message().is_none());
    assert_eq!(harness.state().path(), Some(other.as_path()));
    assert!(folder.path().join("plan.ron.bak").exists());
}

/// A text file named .xlsx (a CSV renamed, a web page saved as .xls) is imported as what it
/// is not: the dialog is titled for the import and says what to do, in the window's words,
/// never the spreadsheet library's ("Zip error: … EOCD").
#[test]
fn a_file_that_is_not_a_workbook_is_named_plainly() {
    let folder = tempfile::tempdir().unwrap();
    let fake = folder.path().join("问卷.xlsx");
    std::fs::write(&fake, "序号,外语能力,团队协作\n1,1,0\n").unwrap();
    let mut harness = window();
    harness.run();
    harness
        .state_mut()
        .send(Command::ImportQuestionnaire(vec![fake]));
    common::step_until(&mut harness, |app| !app.is_reading_questionnaire());
    harness.run();
    let message = harness.state().message().unwrap();
    assert_eq!(
        curriculum_planner::catalogue::Language::Chinese.text(message.title),
        "无法导入问卷"
    );
    assert!(
        message.body.contains("这不是 Excel 工作簿"),
        "{}",
        message.body
    );
    assert!(message.body.contains(".csv"), "{}", message.body);
    for library_words in ["Zip", "EOCD", "error", "Xlsx"] {
        assert!(!message.body.contains(library_words), "{}", message.body);
    }
}

/// The trial's six options, as a programme leader's 问卷星 export words them: each shows the
/// right skill and why (its name or a usual name), so none has to be matched by hand.
#[test]
fn the_trials_six_options_are_matched_with_their_reasons_in_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let options = [
        "外语能力/英语",
        "外贸知识",
        "口语沟通",
        "电脑操作",
        "管理能力",
        "团队协作",
    ];
    let mut text = String::from("序号,2、贵公司认为跨境电商人才需要哪些能力？（多选）\n");
    for respondent in 0..60 {
        let chosen: Vec<&str> = options
            .iter()
            .enumerate()
            .filter(|(option, _)| (respondent + option) % 3 != 0)
            .map(|(_, option)| *option)
            .collect();
        text.push_str(&format!("{},{}\n", respondent + 1, chosen.join("┋")));
    }
    let export = folder.path().join("试点问卷.csv");
    std::fs::write(&export, text).unwrap();
    let mut harness = window();
    harness.get_by_label(said(Text::SurveyTab)).click();
    harness.run();
    harness
        .state_mut()
        .send(Command::ImportQuestionnaire(vec![export]));
    common::step_until(&mut harness, |app| !app.is_reading_questionnaire());
    harness.run();
    let skills = [
        ("外语能力/英语", "外语能力", Text::MatchByName),
        ("外贸知识", "经贸知识", Text::MatchByAlias),
        ("口语沟通", "口头沟通能力", Text::MatchByAlias),
        ("电脑操作", "计算机操作能力", Text::MatchByAlias),
        ("管理能力", "管理能力", Text::MatchByName),
        ("团队协作", "团队合作能力", Text::MatchByAlias),
    ];
    for (option, skill, _) in skills {
        // The option's list shows its skill.
        let list = harness.get_by_role_and_label(Role::ComboBox, option);
        assert_eq!(
            list.accesskit_node().value().as_deref(),
            Some(skill),
            "{option}"
        );
    }
    let reasons = |text: Text| harness.query_all_by_label(said(text)).count();
    assert_eq!(reasons(Text::MatchByName), 2);
    assert_eq!(reasons(Text::MatchByAlias), 4);
    assert_eq!(reasons(Text::MatchSimilar), 0);
    // The title comes from the question, without its number and mark.
    let title = harness
        .get_all_by_role_and_label(Role::TextInput, said(Text::SurveyTitleChinese))
        .next()
        .unwrap();
    assert_eq!(
        title.accesskit_node().value().as_deref(),
        Some("贵公司认为跨境电商人才需要哪些能力")
    );
}

/// An export of option numbers (every answer 1, 2, 3…) is read, but the import says why no
/// option matches a skill and which export to make instead.
#[test]
fn an_export_of_option_numbers_asks_for_the_text_export() {
    let folder = tempfile::tempdir().unwrap();
    let export = folder.path().join("按序号.csv");
    let mut text = String::from("序号,1、需要哪些能力？\n");
    for respondent in 1..=20 {
        text.push_str(&format!(
            "{respondent},{}┋{}\n",
            respondent % 6 + 1,
            (respondent + 3) % 6 + 1
        ));
    }
    std::fs::write(&export, text).unwrap();
    let mut harness = window();
    harness.run();
    harness.get_by_label(said(Text::SurveyTab)).click();
    harness.run();
    harness
        .state_mut()
        .send(Command::ImportQuestionnaire(vec![export]));
    common::step_until(&mut harness, |app| !app.is_reading_questionnaire());
    harness.run();
    harness.get_by_label("答卷 20 份");
    harness.get_by_label_contains("答案是选项序号");
    harness.get_by_label_contains("按选项文本");
}

/// An imported survey's shares have decimals (58 of 60 employers: 96.67 %): the sliders show
/// one decimal and showing it is no what-if — none appears until a slider is moved.
#[test]
fn a_survey_share_with_decimals_starts_no_what_if() {
    let folder = tempfile::tempdir().unwrap();
    let plan = common::copied_example(folder.path());
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(&plan, text.replacen("share: 0.97,", "share: 0.9667,", 1)).unwrap();
    let mut harness = common::window::open(Some(plan), common::window::LAPTOP);
    harness.get_by_label(said(Text::SurveyTab)).click();
    for _ in 0..5 {
        harness.run();
    }
    assert!(
        harness
            .query_by_label_contains("临时假设下的吻合度")
            .is_none(),
        "a what-if nobody asked for"
    );
    let slider = harness.get_by_role_and_label(Role::Slider, "团队合作能力");
    let value = slider.accesskit_node().numeric_value().unwrap_or_default();
    // Shown to one decimal, as the survey's share rounds.
    assert!((value - 96.7).abs() < 0.001, "{value}");
}

/// A library module's prerequisite the plan lacks: the finding names it as the library does
/// (never its internal id) and offers to add it a term earlier, which settles it.
#[test]
fn a_missing_prerequisite_is_named_and_added_from_the_library_by_its_button() {
    let mut harness = window();
    harness.run();
    harness.state_mut().send(Command::New(None));
    harness.run();
    harness.state_mut().send(Command::AddFromLibrary {
        module: "foreign_trade_documents_training".into(),
        term: 1,
        index: 0,
    });
    harness.run();
    harness.state_mut().send(Command::ShowFindings(true));
    harness.run();
    let finding = harness.get_by_label_contains("的先修课程");
    let text = finding.accesskit_node().label().unwrap_or_default();
    assert!(text.contains("国际贸易实务（ZH303，在课程库中）"), "{text}");
    assert!(!text.contains("international_trade_practice"), "{text}");
    // Below the rules a blank plan misses: scrolled to first.
    harness
        .get_by_label_contains("从课程库加入“国际贸易实务”到第一学期")
        .scroll_to_me();
    for _ in 0..30 {
        harness.step();
    }
    harness
        .get_by_label_contains("从课程库加入“国际贸易实务”到第一学期")
        .click();
    harness.run();
    let plan = harness.state().plan();
    assert_eq!(
        plan.term_of(&"international_trade_practice".into()),
        Some(0)
    );
    // Settled (the module it added may name prerequisites of its own).
    assert!(
        harness
            .query_by_label_contains("国际贸易实务（ZH303，在课程库中）")
            .is_none()
    );
}

/// A module renamed in English only keeps 新建课程 in Chinese: the Chinese document would print
/// it, so it is a finding until the Chinese name is given too.
#[test]
fn a_module_renamed_in_english_only_is_a_finding() {
    use curriculum_planner::model::edit::Edit;
    use curriculum_planner::model::history::Coalesce;
    let mut harness = window();
    harness.run();
    harness.state_mut().send(Command::New(None));
    harness.run();
    harness.state_mut().send(Command::NewModule);
    harness.run();
    let mut module = harness.state().plan().modules.last().unwrap().clone();
    assert_eq!(module.name.zh, "新建课程");
    module.name.en = "Alibaba.com Store Workshop".to_owned();
    harness.state_mut().send(Command::Apply(
        Edit::PutModule(Box::new(module.clone())),
        Coalesce::Never,
    ));
    harness.run();
    harness.state_mut().send(Command::ShowFindings(true));
    harness.run();
    let wanted = "的中文名称仍是默认的“新建课程”，而英文名称已改为“Alibaba.com Store Workshop”";
    assert!(harness.query_by_label_contains(wanted).is_some());
    // Named in Chinese too, it is settled.
    module.name.zh = "阿里巴巴国际站店铺实操".to_owned();
    harness.state_mut().send(Command::Apply(
        Edit::PutModule(Box::new(module)),
        Coalesce::Never,
    ));
    harness.run();
    assert!(harness.query_by_label_contains(wanted).is_none());
}

/// A library module added to a plan that targets Haining's industries brings none of
/// Pinghu's: only the industries the plan targets come with it.
#[test]
fn a_library_module_brings_only_the_industries_the_plan_targets() {
    let plan = common::repository_path("curricula/farmers-cooperative-agricultural-cbec.ron");
    let mut harness = common::window::open(Some(plan), common::window::LAPTOP);
    let targets = harness.state().plan().target_industries.clone();
    // 认知实习 serves nine exporting industries and Haining's flowers.
    harness.state_mut().send(Command::AddFromLibrary {
        module: "cognition_internship".into(),
        term: 0,
        index: 0,
    });
    harness.run();
    let plan = harness.state().plan();
    let added = plan.module(&"cognition_internship".into()).unwrap();
    assert_eq!(added.industries, ["haining_flowers".into()]);
    assert!(
        added
            .industries
            .iter()
            .all(|industry| targets.contains(industry))
    );
    assert!(
        !plan
            .industries
            .iter()
            .any(|industry| industry.id.as_str().starts_with("pinghu")),
        "{:?}",
        plan.industries
    );
}

/// The training manager's Haining course (the Pinghu course retargeted): close the gap in the
/// analysis tab never offers to remove a module every trainee takes, nor a Pinghu module.
#[test]
fn close_the_gap_in_the_window_keeps_a_short_courses_core_and_its_industries() {
    let folder = tempfile::tempdir().unwrap();
    let mut plan = curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    plan.target_industries = vec!["haining_leather".into(), "haining_home_textiles".into()];
    let path = folder.path().join("haining.ron");
    curriculum_planner::io::save_plan(&path, &plan).unwrap();
    common::use_built_worker();
    let mut harness = common::window::open(Some(path), common::window::LAPTOP);
    harness.get_by_label(said(Text::Analysis)).click();
    harness.run();
    // Some suggestion is shown (the list is not simply empty)…
    assert!(
        harness
            .query_all_by_label_contains("：吻合度")
            .next()
            .is_some()
    );
    // …but none removes a module outside the elective group ("名称：吻合度 a → b").
    for module in plan
        .scheduled_modules()
        .into_iter()
        .map(|(_, module)| module)
    {
        if plan.group_of(&module.id).is_some() {
            continue;
        }
        let name = &module.name.zh;
        assert!(
            harness
                .query_all_by_label_contains(&format!("{name}：吻合度"))
                .next()
                .is_none(),
            "{name} is offered for removal"
        );
        assert!(
            harness
                .query_all_by_label_contains(&format!("{name} 不再培养此能力"))
                .next()
                .is_none(),
            "{name} is offered to lose a skill"
        );
    }
    let library = curriculum_planner::editor::bundled_library();
    for module in library.modules.iter().filter(|module| {
        !module.industries.is_empty()
            && module
                .industries
                .iter()
                .all(|industry| industry.as_str().starts_with("pinghu"))
    }) {
        assert!(
            harness
                .query_all_by_label_contains(&format!("{}（", module.name.zh))
                .next()
                .is_none(),
            "{} is offered to a Haining course",
            module.name.zh
        );
    }
}
