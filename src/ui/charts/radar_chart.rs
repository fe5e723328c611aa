//! The two profiles as a radar: one spoke per skill, the employers' demand shares and the
//! plan's effort shares as two closed outlines, to the scale of the largest share. Painted
//! (no plot library draws radars); it carries the same description as the bar chart.

use egui::{Align2, FontId, Pos2, Shape, Stroke, Ui, Vec2};

use crate::analysis::Alignment;
use crate::catalogue::{Language, Text};
use crate::ui::theme::{DEMAND_COLOUR, EFFORT_COLOUR};

/// The circle's size where there is room, and the smallest it shrinks to on a narrow window.
const SIZE: f32 = 300.0;
const SMALLEST: f32 = 160.0;
/// Room for the skill names around the circle.
const LABEL_ROOM: f32 = 96.0;

pub fn radar_ui(ui: &mut Ui, language: Language, alignment: &Alignment, description: &str) {
    let skills = &alignment.skills;
    if skills.len() < 3 {
        return; // Two spokes make a line, not a profile.
    }
    // Room above and below for the names at the top and bottom spokes, and the legend.
    let size = (ui.available_width() - 2.0 * LABEL_ROOM).clamp(SMALLEST, SIZE);
    let (response, painter) = ui.allocate_painter(
        Vec2::new(size + 2.0 * LABEL_ROOM, size + 56.0),
        egui::Sense::hover(),
    );
    let centre = response.rect.center() - Vec2::new(0.0, 8.0);
    let radius = size / 2.0 - 16.0;
    let largest = skills
        .iter()
        .map(|skill| skill.demand_share.max(skill.emphasis_share))
        .fold(0.01, f64::max);
    let spoke = |index: usize| {
        let angle = std::f32::consts::TAU * index as f32 / skills.len() as f32
            - std::f32::consts::FRAC_PI_2;
        Vec2::new(angle.cos(), angle.sin())
    };
    let point = |index: usize, share: f64| {
        let share = if share.is_finite() { share } else { 0.0 };
        centre + spoke(index) * radius * (share / largest) as f32
    };
    let grid = Stroke::new(1.0, ui.visuals().weak_text_color().gamma_multiply(0.5));
    for ring in 1..=4 {
        let ring_points: Vec<Pos2> = (0..skills.len())
            .map(|index| centre + spoke(index) * radius * ring as f32 / 4.0)
            .collect();
        painter.add(Shape::closed_line(ring_points, grid));
    }
    for (index, skill) in skills.iter().enumerate() {
        painter.line_segment([centre, centre + spoke(index) * radius], grid);
        // A long name ("Economic and trade knowledge") wraps within the room beside the
        // circle instead of running off the chart.
        let side = anchor(spoke(index));
        // Names above and below the circle have its whole width; those beside it the room.
        let wrap_width = if side.x() == egui::Align::Center {
            2.0 * LABEL_ROOM
        } else {
            LABEL_ROOM - 4.0
        };
        let galley = painter.layout(
            skill.name.in_language(language).to_owned(),
            FontId::proportional(12.0),
            ui.visuals().text_color(),
            wrap_width,
        );
        let placed = side.anchor_size(centre + spoke(index) * (radius + 8.0), galley.size());
        painter.galley(placed.min, galley, ui.visuals().text_color());
    }
    for (colour, share) in [
        (
            DEMAND_COLOUR,
            (|skill: &crate::analysis::SkillAlignment| skill.demand_share) as fn(&_) -> f64,
        ),
        (EFFORT_COLOUR, |skill: &crate::analysis::SkillAlignment| {
            skill.emphasis_share
        }),
    ] {
        let outline: Vec<Pos2> = skills
            .iter()
            .enumerate()
            .map(|(index, skill)| point(index, share(skill)))
            .collect();
        painter.add(Shape::convex_polygon(
            outline.clone(),
            colour.gamma_multiply(0.15),
            Stroke::NONE,
        ));
        painter.add(Shape::closed_line(outline, Stroke::new(2.0, colour)));
    }
    let mut at = response.rect.left_bottom() + Vec2::new(4.0, -10.0);
    for (colour, text) in [
        (DEMAND_COLOUR, Text::ChartDemand),
        (EFFORT_COLOUR, Text::ChartEffort),
    ] {
        painter.rect_filled(
            egui::Rect::from_center_size(at + Vec2::new(5.0, 0.0), Vec2::splat(9.0)),
            1.0,
            colour,
        );
        let written = painter.text(
            at + Vec2::new(14.0, 0.0),
            Align2::LEFT_CENTER,
            language.text(text),
            FontId::proportional(11.0),
            ui.visuals().text_color(),
        );
        at.x = written.right() + 16.0;
    }
    let description = format!("{}: {description}", language.text(Text::RadarName));
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
}

/// Where a label sits against its spoke's end: outside the circle whatever the direction.
fn anchor(direction: Vec2) -> Align2 {
    let horizontal = if direction.x > 0.3 {
        egui::Align::Min
    } else if direction.x < -0.3 {
        egui::Align::Max
    } else {
        egui::Align::Center
    };
    let vertical = if direction.y > 0.3 {
        egui::Align::Min
    } else if direction.y < -0.3 {
        egui::Align::Max
    } else {
        egui::Align::Center
    };
    Align2([horizontal, vertical])
}
