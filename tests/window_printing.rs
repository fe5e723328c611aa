//! Printing from the window, driven headless as a programme leader would on an ordinary
//! 1366×768 screen: the preview shows the document's pages and pages through them; exports
//! are written off the window's thread and the window says where they went.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::catalogue::Text;

use common::window::said;

use std::time::{Duration, Instant};

use curriculum_planner::ui::{Command, DocumentFormat, PlannerApp, StartOptions, install_fonts};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn ordinary_screen() -> Harness<'static, PlannerApp> {
    ordinary_screen_on(None)
}

/// The window on an ordinary screen with `plan` open (the example plan when `None`).
fn ordinary_screen_on(plan: Option<std::path::PathBuf>) -> Harness<'static, PlannerApp> {
    let app = PlannerApp::new(StartOptions::for_tests(plan, None));
    Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut PlannerApp| app.ui_contents(ui), app)
}

/// Frames until `done` holds; the worker thread takes its time, the window keeps drawing.
fn frames_until(
    harness: &mut Harness<'_, PlannerApp>,
    what: &str,
    done: impl Fn(&Harness<'_, PlannerApp>) -> bool,
) {
    let started = Instant::now();
    while !done(harness) {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "never: {what}"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_print_preview_shows_the_pages_and_pages_through_them() {
    let mut harness = ordinary_screen();
    harness.step();
    harness.get_by_label(said(Text::PrintPreview)).click();
    frames_until(&mut harness, "the document laid out", |harness| {
        harness.query_by_label("第 1 页 / 共 21 页").is_some()
    });
    // The page itself is drawn: its image carries the same words.
    frames_until(&mut harness, "page 1 drawn", |harness| {
        harness.query_all_by_label("第 1 页 / 共 21 页").count() == 2
    });
    for _ in 0..11 {
        harness.get_by_label("▶").click();
        harness.step();
    }
    frames_until(&mut harness, "page 12 drawn", |harness| {
        harness.query_all_by_label("第 12 页 / 共 21 页").count() == 2
    });
    // An edit makes the preview lay the document out again.
    assert!(harness.state().preview_is_current());
    harness.state_mut().send(Command::AddTerm);
    harness.step();
    assert!(!harness.state().preview_is_current());
    frames_until(&mut harness, "the edited plan laid out", |harness| {
        harness.state().preview_is_current()
    });
}

/// Every format of the one list is in the File menu and on the preview's toolbar.
#[test]
fn every_export_format_is_offered_in_the_menu_and_the_preview() {
    let mut harness = ordinary_screen();
    harness.step();
    let labels: Vec<&str> = DocumentFormat::ALL
        .map(|format| curriculum_planner::catalogue::Language::Chinese.text(format.action()))
        .to_vec();
    assert!(labels.contains(&"导出教学进程表 CSV…"));
    harness.get_by_label(said(Text::MenuFile)).click();
    harness.run();
    for label in &labels {
        assert!(harness.query_by_label(label).is_some(), "menu: {label}");
    }
    harness.key_press(egui::Key::Escape);
    harness.step();
    harness.get_by_label(said(Text::PrintPreview)).click();
    frames_until(&mut harness, "the preview's toolbar", |harness| {
        labels
            .iter()
            .all(|label| harness.query_by_label(label).is_some())
    });
}

#[test]
fn exports_from_the_window_are_written_and_the_window_says_where() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = ordinary_screen();
    harness.step();
    for (format, name, start) in [
        (DocumentFormat::Pdf, "plan.pdf", &b"%PDF-"[..]),
        (DocumentFormat::Word, "plan.docx", &b"PK"[..]),
        (DocumentFormat::Excel, "plan.xlsx", &b"PK"[..]),
        // UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese.
        (
            DocumentFormat::ScheduleCsv,
            "plan.csv",
            &b"\xEF\xBB\xBF"[..],
        ),
    ] {
        let path = folder.path().join(name);
        harness
            .state_mut()
            .send(Command::Export(format, path.clone()));
        harness.step();
        frames_until(&mut harness, name, |harness| {
            harness
                .state()
                .notice()
                .is_some_and(|notice| notice.contains(name))
        });
        assert!(std::fs::read(&path).unwrap().starts_with(start), "{name}");
        // Done is said in the status bar, not in a dialog that would eat the next click.
        assert!(harness.state().message().is_none());
        harness.step();
        assert!(harness.query_by_label_contains(name).is_some(), "{name}");
    }
    // The next click runs its button: the preview opens at once.
    harness.get_by_label(said(Text::PrintPreview)).click();
    harness.run();
    assert_eq!(harness.state().tab(), curriculum_planner::ui::Tab::Print);
    // The notice's × closes it.
    harness.get_by_label("×").click();
    harness.run();
    assert!(harness.state().notice().is_none());
}

/// Scrolls the `index`th text field labelled `label` into view and clicks it.
fn click_text_input(
    harness: &mut Harness<'_, PlannerApp>,
    role: egui::accesskit::Role,
    label: &str,
    index: usize,
) {
    harness
        .get_all_by_role_and_label(role, label)
        .nth(index)
        .unwrap()
        .scroll_to_me();
    // The scroll area eases to the field over a few frames.
    for _ in 0..30 {
        harness.step();
    }
    harness
        .get_all_by_role_and_label(role, label)
        .nth(index)
        .unwrap()
        .click();
}

#[test]
fn the_programme_document_is_edited_in_its_tab_through_an_input_method_and_undone_in_one_step() {
    use egui::accesskit::Role;
    let mut harness = ordinary_screen();
    harness.step();
    harness
        .get_by_label(said(Text::ProgrammeDocumentTab))
        .click();
    harness.step();
    harness.step();
    // The major's name is the first Chinese field after the cover's six.
    click_text_input(&mut harness, Role::TextInput, "中文", 6);
    harness.step();
    harness.key_press(egui::Key::End);
    harness.step();
    // What Microsoft Pinyin or fcitx5 send: the pre-edit, then the chosen words.
    harness.event(egui::Event::Ime(egui::ImeEvent::Preedit {
        text: "zhuan ye".to_owned(),
        active_range_chars: None,
    }));
    harness.step();
    harness.event(egui::Event::Ime(egui::ImeEvent::Commit("专业".to_owned())));
    harness.step();
    harness.step();
    assert_eq!(harness.state().plan().document.major.zh, "跨境电子商务专业");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.step();
    assert_eq!(harness.state().plan().document.major.zh, "跨境电子商务");
}

#[test]
fn a_specification_is_tied_to_a_survey_skill_by_its_box() {
    use egui::accesskit::Role;
    let mut harness = ordinary_screen();
    harness.step();
    harness
        .get_by_label(said(Text::ProgrammeDocumentTab))
        .click();
    harness.step();
    harness.step();
    let before = harness.state().plan().document.specifications.quality[0]
        .skills
        .clone();
    let first_box = harness
        .get_all_by_role_and_label(Role::CheckBox, "团队合作能力")
        .next()
        .unwrap();
    first_box.scroll_to_me();
    // The scroll area eases to the box over a few frames.
    for _ in 0..30 {
        harness.step();
    }
    harness
        .get_all_by_role_and_label(Role::CheckBox, "团队合作能力")
        .next()
        .unwrap()
        .click();
    harness.step();
    harness.step();
    let after = &harness.state().plan().document.specifications.quality[0].skills;
    assert_ne!(&before, after);
    assert_eq!(
        after.contains(&"teamwork".into()),
        !before.contains(&"teamwork".into())
    );
}

/// The wheel pages through the preview as a PDF viewer does: down past a page's bottom to the
/// next page, up past its top to the one before.
#[test]
fn the_mouse_wheel_turns_the_preview_pages() {
    let mut harness = ordinary_screen();
    harness.step();
    harness.get_by_label(said(Text::PrintPreview)).click();
    frames_until(&mut harness, "the document laid out", |harness| {
        harness.query_by_label("第 1 页 / 共 21 页").is_some()
    });
    let wheel = |harness: &mut Harness<'_, PlannerApp>, down: bool| {
        harness.hover_at(egui::pos2(700.0, 450.0));
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, if down { -300.0 } else { 300.0 }),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        // Past the pause that keeps one gesture from turning many pages.
        for _ in 0..30 {
            harness.step();
        }
    };
    let page = |harness: &Harness<'_, PlannerApp>, number: usize| {
        harness
            .query_all_by_label(&format!("第 {number} 页 / 共 21 页"))
            .next()
            .is_some()
    };
    // Down to the bottom of page 1, then over to page 2 — one page, not several.
    for _ in 0..40 {
        if page(&harness, 2) {
            break;
        }
        assert!(page(&harness, 1), "skipped past page 2");
        wheel(&mut harness, true);
    }
    assert!(page(&harness, 2), "the wheel never reached page 2");
    // Up past the top of page 2, back to page 1.
    for _ in 0..40 {
        if page(&harness, 1) {
            break;
        }
        wheel(&mut harness, false);
    }
    assert!(page(&harness, 1), "the wheel never went back to page 1");
}

#[test]
fn an_export_onto_the_open_plan_is_refused_and_the_plan_file_is_unchanged() {
    let folder = tempfile::tempdir().unwrap();
    let plan = common::copied_example(folder.path());
    let original = std::fs::read(&plan).unwrap();
    let mut harness = ordinary_screen_on(Some(plan.clone()));
    harness.step();
    for format in [
        DocumentFormat::Pdf,
        DocumentFormat::Word,
        DocumentFormat::Excel,
    ] {
        harness
            .state_mut()
            .send(Command::Export(format, plan.clone()));
        harness.step();
        harness.step();
        let message = harness.state().message().expect("the window says why not");
        assert!(message.body.contains("不会覆盖它"), "{}", message.body);
        assert!(
            !message.body.contains("--force"),
            "no command-line advice in the window"
        );
        harness.key_press(egui::Key::Escape);
        harness.step();
        assert!(harness.state().message().is_none());
        assert_eq!(std::fs::read(&plan).unwrap(), original);
    }
}

/// The 3-year plan saved in `folder` with its own template `template.typ` (`source`).
fn plan_with_template(folder: &std::path::Path, source: &str) -> std::path::PathBuf {
    let plan = common::copied_example(folder);
    let text = std::fs::read_to_string(&plan).unwrap().replacen(
        "template: None,",
        "template: Some(\"template.typ\"),",
        1,
    );
    assert!(text.contains("template.typ"));
    std::fs::write(&plan, text).unwrap();
    std::fs::write(folder.join("template.typ"), source).unwrap();
    plan
}

/// A template that never finishes: every call has new arguments, so nothing is cached.
const ENDLESS_TEMPLATE: &str = "#let f(n, path) = if n <= 0 { path.len() } else { f(n - 1, path + \"a\") + f(n - 1, path + \"b\") }\n#f(60, \"\")\n";

#[test]
fn a_template_that_never_finishes_is_cancelled_or_stopped_and_the_plan_stays_open() {
    common::use_built_worker();
    let folder = tempfile::tempdir().unwrap();
    let plan = plan_with_template(folder.path(), ENDLESS_TEMPLATE);
    let mut harness = ordinary_screen_on(Some(plan.clone()));
    harness.step();
    let before = harness.state().plan().clone();
    harness.get_by_label(said(Text::PrintPreview)).click();
    // The worker is at it: after a moment the preview offers Cancel.
    frames_until(&mut harness, "Cancel offered", |harness| {
        harness.query_by_label(said(Text::Cancel)).is_some()
    });
    harness.get_by_label(said(Text::Cancel)).click();
    frames_until(&mut harness, "the worker stopped", |harness| {
        harness.query_by_label(said(Text::Cancel)).is_none()
    });
    assert_eq!(harness.state().plan(), &before);
    assert!(
        harness.state().message().is_none(),
        "a cancel needs no message"
    );
    // The preview says so and waits: a change of language does not start it again.
    frames_until(
        &mut harness,
        "the preview says it was cancelled",
        |harness| {
            harness
                .query_by_label(said(Text::PreviewTryAgain))
                .is_some()
        },
    );
    harness.state_mut().send(Command::SetLanguage(
        curriculum_planner::model::Language::English,
    ));
    for _ in 0..5 {
        harness.step();
    }
    assert!(
        harness.query_by_label("Cancel").is_none(),
        "not laying out again"
    );
    harness.get_by_label("Lay it out again");
    harness.state_mut().send(Command::SetLanguage(
        curriculum_planner::model::Language::Chinese,
    ));
    harness.step();
    harness.step();
    // Exported, it runs until its time limit and then says so; the plan stays open.
    curriculum_planner::worker::set_limits(None, Some(3));
    let output = folder.path().join("out.pdf");
    harness
        .state_mut()
        .send(Command::Export(DocumentFormat::Pdf, output.clone()));
    harness.step();
    frames_until(&mut harness, "the time limit reached", |harness| {
        harness.state().message().is_some()
    });
    let message = harness.state().message().unwrap().body.clone();
    assert!(
        message.contains("template.typ 未能在 3 秒内完成排版"),
        "{message}"
    );
    assert!(!output.exists());
    assert_eq!(harness.state().plan(), &before);
    assert!(!harness.state().is_dirty());
    curriculum_planner::worker::set_limits(None, Some(0));
}

#[test]
fn a_plans_own_template_previews_page_by_page_from_its_worker() {
    common::use_built_worker();
    let folder = tempfile::tempdir().unwrap();
    let plan = plan_with_template(
        folder.path(),
        "#set page(paper: \"a4\")\n= Our own outline\n#pagebreak()\nSecond page\n",
    );
    let mut harness = ordinary_screen_on(Some(plan));
    harness.step();
    harness.get_by_label(said(Text::PrintPreview)).click();
    frames_until(&mut harness, "the worker's pages", |harness| {
        harness.query_by_label("第 1 页 / 共 2 页").is_some()
    });
    frames_until(&mut harness, "page 1 drawn", |harness| {
        harness.query_all_by_label("第 1 页 / 共 2 页").count() == 2
    });
    harness.get_by_label("▶").click();
    frames_until(&mut harness, "page 2 drawn", |harness| {
        harness.query_all_by_label("第 2 页 / 共 2 页").count() == 2
    });
}

/// A short course's document tab asks for what a training plan states (培训对象, 组织与经费)
/// rather than a major's code and length of study, and typing goes into those fields.
#[test]
fn a_short_courses_document_tab_edits_its_training_sections() {
    use egui::accesskit::Role;
    let plan = common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron");
    let mut harness = ordinary_screen_on(Some(plan));
    harness.step();
    harness
        .get_by_label(said(Text::ProgrammeDocumentTab))
        .click();
    harness.step();
    harness.step();
    for shown in [
        "封面",
        "承办部门",
        "培训期次",
        "二、培训对象",
        "七、组织与经费",
    ] {
        assert!(harness.query_by_label(shown).is_some(), "{shown}");
    }
    for hidden in ["一、专业名称及代码", "三、修业年限", "专业代码"] {
        assert!(harness.query_by_label(hidden).is_none(), "{hidden}");
    }
    // 培训对象 is the second field of several lines, after 培训目标.
    click_text_input(&mut harness, Role::MultilineTextInput, "中文", 1);
    harness.step();
    // End alone ends the wrapped row; Ctrl+End (as Windows and Linux send it) ends the text.
    harness.key_press_modifiers(
        egui::Modifiers::CTRL | egui::Modifiers::COMMAND,
        egui::Key::End,
    );
    harness.step();
    harness.event(egui::Event::Text("另有兄弟企业旁听。".to_owned()));
    harness.step();
    harness.step();
    let trainees = &harness.state().plan().document.training.trainees.zh;
    assert!(trainees.ends_with("另有兄弟企业旁听。"), "{trainees}");
    assert!(trainees.starts_with("平湖童车、箱包出口企业"), "{trainees}");
}
