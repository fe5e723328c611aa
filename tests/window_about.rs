//! The About box, from the Help menu: the name in both languages, the version, and the
//! licences of what the app bundles; Close takes it away.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::window::{LAPTOP, open, said, said_with};
use curriculum_planner::catalogue::{Language, Text};
use egui_kittest::kittest::Queryable;

#[test]
fn the_about_box_names_the_app_its_version_and_the_licences() {
    let mut harness = open(None, LAPTOP);
    harness.run();
    harness.get_by_label(said(Text::MenuHelp)).click();
    harness.run();
    harness.get_by_label(said(Text::ShowAbout)).click();
    harness.run();
    let version = said_with(Text::AboutVersion, &[&env!("CARGO_PKG_VERSION")]);
    for label in [
        Language::Chinese.text(Text::AppName),
        Language::English.text(Text::AppName),
        version.as_str(),
        said(Text::AboutProgramLicence),
        said(Text::AboutFontsLicence),
        said(Text::AboutRulesSource),
    ] {
        assert!(
            harness.query_all_by_label(label).next().is_some(),
            "the About box does not say {label:?}"
        );
    }
    // The survey's source, as the bundled survey file gives it.
    assert!(
        harness
            .query_all_by_label_contains("Su Na")
            .next()
            .is_some(),
        "the example survey's source is not named"
    );
    let closes = harness.query_all_by_label(said(Text::Close)).count();
    harness
        .query_all_by_label(said(Text::Close))
        .last()
        .unwrap()
        .click();
    harness.run();
    assert!(harness.query_all_by_label(&version).next().is_none());
    assert!(harness.query_all_by_label(said(Text::Close)).count() < closes);
}
