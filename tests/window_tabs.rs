//! Tabs open at their top: the analysis read down to its end, then left for the board and
//! opened again, starts at its heading — as every tab does when it is opened.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::window::{LAPTOP, open, said, wheel};
use curriculum_planner::catalogue::Text;
use curriculum_planner::ui::Tab;
use egui_kittest::kittest::Queryable;

#[test]
fn a_tab_scrolled_down_and_left_opens_again_at_its_top() {
    let mut harness = open(None, LAPTOP);
    harness.get_by_label(said(Text::Analysis)).click();
    harness.run();
    let heading = harness.get_by_label(said(Text::AnalysisAlignment)).rect();
    let centre = egui::pos2(700.0, 450.0);
    for _ in 0..10 {
        wheel(&mut harness, centre, egui::vec2(0.0, -400.0));
    }
    let scrolled = harness
        .query_by_label(said(Text::AnalysisAlignment))
        .map(|node| node.rect());
    assert!(
        scrolled.is_none_or(|rect| rect.top() < heading.top() - 100.0),
        "the analysis scrolls: {scrolled:?}"
    );
    harness.get_by_label(said(Tab::Board.label())).click();
    harness.run();
    harness.get_by_label(said(Text::Analysis)).click();
    harness.run();
    let again = harness.get_by_label(said(Text::AnalysisAlignment)).rect();
    assert_eq!(again.top(), heading.top(), "opened again at its top");
}
