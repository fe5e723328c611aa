//! Printing from the window, driven headless as a programme leader would on an ordinary
//! 1366×768 screen: the preview shows the document's pages and pages through them; exports
//! are written off the window's thread and the window says where they went.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::time::{Duration, Instant};

use curriculum_planner::ui::{Command, ExportFormat, PlannerApp, StartOptions, install_fonts};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn ordinary_screen() -> Harness<'static, PlannerApp> {
    let app = PlannerApp::new(StartOptions::for_tests(None, None));
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
    harness.get_by_label("打印预览").click();
    frames_until(&mut harness, "the document laid out", |harness| {
        harness.query_by_label("第 1 页 / 共 17 页").is_some()
    });
    // The page itself is drawn: its image carries the same words.
    frames_until(&mut harness, "page 1 drawn", |harness| {
        harness.query_all_by_label("第 1 页 / 共 17 页").count() == 2
    });
    for _ in 0..11 {
        harness.get_by_label("▶").click();
        harness.step();
    }
    frames_until(&mut harness, "page 12 drawn", |harness| {
        harness.query_all_by_label("第 12 页 / 共 17 页").count() == 2
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

#[test]
fn exports_from_the_window_are_written_and_the_window_says_where() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = ordinary_screen();
    harness.step();
    for (format, name, start) in [
        (ExportFormat::Pdf, "plan.pdf", &b"%PDF-"[..]),
        (ExportFormat::Word, "plan.docx", &b"PK"[..]),
        (ExportFormat::Excel, "plan.xlsx", &b"PK"[..]),
    ] {
        let path = folder.path().join(name);
        harness
            .state_mut()
            .send(Command::Export(format, path.clone()));
        harness.step();
        frames_until(&mut harness, name, |harness| {
            harness.state().message().is_some()
        });
        let message = harness.state().message().unwrap();
        assert!(message.body.contains(name), "{}", message.body);
        assert!(std::fs::read(&path).unwrap().starts_with(start), "{name}");
        harness.step();
        harness.get_by_label("关闭").click();
        harness.step();
    }
}

#[test]
fn the_programme_document_is_edited_in_its_tab_through_an_input_method_and_undone_in_one_step() {
    use egui::accesskit::Role;
    let mut harness = ordinary_screen();
    harness.step();
    harness.get_by_label("培养方案").click();
    harness.step();
    harness.step();
    // The first Chinese field is the major's name.
    harness
        .get_all_by_role_and_label(Role::TextInput, "中文")
        .next()
        .unwrap()
        .click();
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
    harness.get_by_label("培养方案").click();
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
    harness.get_by_label("打印预览").click();
    frames_until(&mut harness, "the document laid out", |harness| {
        harness.query_by_label("第 1 页 / 共 17 页").is_some()
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
            .query_all_by_label(&format!("第 {number} 页 / 共 17 页"))
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
