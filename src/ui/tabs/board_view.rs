//! The term board: a column per term, a card per module. Cards are dragged between terms and
//! reordered within one; modules are dropped in from the library. Each column heads with its
//! credits and hours, and marks the findings that concern its modules.

use std::collections::HashMap;

use egui::{Color32, Frame, Id, Margin, RichText, Sense, Stroke, Ui, Vec2, vec2};

use crate::catalogue::words;
use crate::catalogue::{Language, Text};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::validate::{Finding, Location};
use crate::model::{Module, ModuleId, PlacementTime};
use crate::ui::command::Command;
use crate::ui::dialogs::findings_view::finding_text;
use crate::ui::drag::{DragModule, drag_preview_text};
use crate::ui::selection::Selection;
use crate::ui::theme;
use crate::ui::view_context::ViewContext;

/// The strip of term headings above the board: name, findings, credits and hours.
const HEADING_HEIGHT: f32 = 56.0;

/// Each term's heading over its column, shifted by the board's sideways scroll, and the
/// button that adds a term after the last.
fn headings_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    strip: egui::Rect,
    scrolled: f32,
    width: f32,
    term_findings: &[Vec<usize>],
    commands: &mut Vec<Command>,
) {
    let mut headings = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(strip)
            .layout(egui::Layout::left_to_right(egui::Align::Min)),
    );
    headings.shrink_clip_rect(strip);
    let step = width + COLUMN_FRAME + ui.spacing().item_spacing.x;
    let mut left = strip.left() - scrolled;
    for term in 0..context.plan.terms.len() {
        let cell = egui::Rect::from_min_size(
            egui::pos2(left, strip.top()),
            vec2(width + COLUMN_FRAME, strip.height() - 4.0),
        );
        left += step;
        if !cell.intersects(strip) {
            continue;
        }
        let selected = *context.selection == Selection::Term(term);
        let cell_builder = egui::UiBuilder::new()
            .max_rect(cell)
            .layout(egui::Layout::top_down(egui::Align::Min));
        headings.scope_builder(cell_builder, |ui| {
            Frame::group(ui.style())
                .inner_margin(Margin::same(6))
                .stroke(if selected {
                    ui.visuals().selection.stroke
                } else {
                    ui.visuals().widgets.noninteractive.bg_stroke
                })
                .show(ui, |ui| {
                    ui.set_width(width);
                    let problems: Vec<&Finding> = term_findings
                        .get(term)
                        .into_iter()
                        .flatten()
                        .filter_map(|&index| context.findings.get(index))
                        .collect();
                    term_header_ui(ui, context, term, &problems, commands);
                });
        });
    }
    let add = egui::Rect::from_min_size(egui::pos2(left, strip.top()), vec2(ADD_BUTTON_ROOM, 24.0));
    if add.intersects(strip) {
        headings.scope_builder(egui::UiBuilder::new().max_rect(add), |ui| {
            if ui
                .button(format!(
                    "＋ {}",
                    context.language.text(
                        if context.plan.kind == crate::model::ProgrammeKind::ShortCourse {
                            Text::AddPhase
                        } else {
                            Text::AddTerm
                        }
                    )
                ))
                .clicked()
            {
                commands.push(Command::AddTerm);
            }
        });
    }
}

/// A column's frame: margins and stroke on both sides.
const COLUMN_FRAME: f32 = 14.0;
/// The widths a term's contents may take: the terms share the board's width between these,
/// and scroll sideways when even the narrowest do not fit.
const NARROWEST_COLUMN: f32 = 160.0;
const WIDEST_COLUMN: f32 = 260.0;
/// A skill chip's margin left and right of its text.
const CHIP_MARGIN: i8 = 4;
/// Room kept after the last term for the "add a term" button.
const ADD_BUTTON_ROOM: f32 = 110.0;

/// The width of a term's contents when `terms` share `width`.
fn column_width(width: f32, terms: usize, spacing: f32) -> f32 {
    let share = (width - ADD_BUTTON_ROOM) / terms.max(1) as f32 - spacing - COLUMN_FRAME;
    share.clamp(NARROWEST_COLUMN, WIDEST_COLUMN)
}

/// Where a dragged module would land: a term and a position in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Target {
    term: usize,
    index: usize,
}

#[derive(Default)]
pub struct BoardView {
    /// Heights of the cards last drawn, so that cards scrolled out of sight take their place
    /// without being laid out.
    card_heights: HashMap<ModuleId, f32>,
    /// Per term, the positions in the findings of those that concern it; worked out once per
    /// state of the plan (per frame it would be findings × modules).
    term_findings: Option<(u64, Vec<Vec<usize>>)>,
}

impl BoardView {
    pub fn ui(&mut self, ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
        if self
            .term_findings
            .as_ref()
            .is_none_or(|(state, _)| *state != context.plan_state)
        {
            self.term_findings = Some((context.plan_state, findings_by_term(context)));
        }
        let by_term = self
            .term_findings
            .as_ref()
            .map_or(&[][..], |(_, by_term)| by_term.as_slice());
        board_ui(ui, context, &mut self.card_heights, by_term, commands);
    }
}

/// The findings of each term: about the term itself or a module placed in it.
fn findings_by_term(context: &ViewContext<'_>) -> Vec<Vec<usize>> {
    let plan = context.plan;
    let term_of: HashMap<&ModuleId, usize> = plan
        .terms
        .iter()
        .enumerate()
        .flat_map(|(term, entry)| entry.module_ids().map(move |id| (id, term)))
        .collect();
    let mut by_term = vec![Vec::new(); plan.terms.len()];
    for (index, finding) in context.findings.iter().enumerate() {
        let term = match finding.problem.location() {
            Location::Term { term, .. } => Some(term),
            Location::Module(module) | Location::ModuleField(module, _) => {
                term_of.get(&module).copied()
            }
            _ => None,
        };
        if let Some(found) = term.and_then(|term| by_term.get_mut(term)) {
            found.push(index);
        }
    }
    by_term
}

fn board_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    heights: &mut HashMap<ModuleId, f32>,
    term_findings: &[Vec<usize>],
    commands: &mut Vec<Command>,
) {
    let mut drop: Option<(DragModule, Target)> = None;
    // The vertical scroll bar takes its width from the board's.
    let width = column_width(
        ui.available_width() - ui.spacing().scroll.allocated_width(),
        context.plan.terms.len(),
        ui.spacing().item_spacing.x,
    );
    // The terms' headings stay above the board while its cards scroll down; they follow it
    // sideways (drawn after it, at its offset of this frame).
    let (_, heading_strip) = ui.allocate_space(vec2(ui.available_width(), HEADING_HEIGHT));
    // Every column reaches the bottom of the board, so that each is a drop target all the
    // way down (not only as tall as its cards).
    let height =
        (ui.available_height() - ui.spacing().scroll.allocated_width() - COLUMN_FRAME).max(240.0);
    let board = egui::ScrollArea::both()
        .id_salt("term-board")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for term in 0..context.plan.terms.len() {
                    // Columns scrolled out of sight only take their space: a 12-term plan
                    // then costs what the 4 or 5 visible terms cost.
                    let size = vec2(width + COLUMN_FRAME, height);
                    let rect = egui::Rect::from_min_size(ui.cursor().min, size);
                    if !ui.is_rect_visible(rect) {
                        ui.allocate_space(size);
                        continue;
                    }
                    if let Some(dropped) =
                        term_column_ui(ui, context, term, vec2(width, height), heights, commands)
                    {
                        drop = Some(dropped);
                    }
                }
                // Room for the heading strip's "add a term" button after the last column.
                ui.add_space(ADD_BUTTON_ROOM);
            });
        });
    headings_ui(
        ui,
        context,
        heading_strip,
        board.state.clamped_offset().x,
        width,
        term_findings,
        commands,
    );
    if let Some((payload, target)) = drop {
        commands.extend(drop_commands(context, &payload, target));
    }
}

/// The commands that put a module (of the plan, or of the library when `from_library`) at the
/// end of `term`, as a drop there would: what a library row's context menu offers.
pub(in crate::ui) fn add_to_term_commands(
    context: &ViewContext<'_>,
    module: &ModuleId,
    from_library: bool,
    term: usize,
) -> Vec<Command> {
    let Some(entry) = context.plan.terms.get(term) else {
        return Vec::new();
    };
    let payload = DragModule {
        module: module.clone(),
        from_library,
        from_term: None,
        preview: String::new(),
    };
    let target = Target {
        term,
        index: entry.modules.len(),
    };
    drop_commands(context, &payload, target)
}

/// The commands a drop stands for; none when the module would not move.
fn drop_commands(context: &ViewContext<'_>, payload: &DragModule, target: Target) -> Vec<Command> {
    let plan = context.plan;
    if payload.from_library && plan.module(&payload.module).is_none() {
        return vec![Command::AddFromLibrary {
            module: payload.module.clone(),
            term: target.term,
            index: target.index,
        }];
    }
    // A card moves its own placement; a module dragged from the library or the pool is
    // placed (again) where it is dropped, so one module can run in several terms.
    let placed = payload
        .from_term
        .and_then(|term| Some((term, plan.terms.get(term)?.position_of(&payload.module)?)));
    let edit = match placed {
        Some((term, index)) => {
            // `Move` inserts after taking the module out: a later position in the same
            // term shifts up by one.
            let shifted = if term == target.term && index < target.index {
                target.index - 1
            } else {
                target.index
            };
            if term == target.term && index == shifted {
                return Vec::new();
            }
            // A module runs once in a term: a card dropped where it already runs stays put.
            if term != target.term && plan.terms[target.term].holds(&payload.module) {
                return Vec::new();
            }
            Edit::Move {
                module: payload.module.clone(),
                from: term,
                term: target.term,
                index: shifted,
            }
        }
        None => {
            let (Some(module), Some(entry)) =
                (plan.module(&payload.module), plan.terms.get(target.term))
            else {
                return Vec::new();
            };
            if entry.holds(&payload.module) {
                return Vec::new();
            }
            Edit::Schedule {
                placement: plan.another_placement(module, target.term),
                term: target.term,
                index: target.index,
            }
        }
    };
    vec![Command::Apply(edit, Coalesce::Never)]
}

fn term_column_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    term: usize,
    size: Vec2,
    heights: &mut HashMap<ModuleId, f32>,
    commands: &mut Vec<Command>,
) -> Option<(DragModule, Target)> {
    let plan = context.plan;
    let entry = &plan.terms[term];
    let selected = *context.selection == Selection::Term(term);
    let frame = Frame::group(ui.style())
        .inner_margin(Margin::same(6))
        .stroke(if selected {
            ui.visuals().selection.stroke
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        });
    let (inner, dropped_on_column) = ui.dnd_drop_zone::<DragModule, _>(frame, |ui| {
        // The board lays columns out left to right; a column's cards go top to bottom.
        ui.vertical(|ui| column_contents_ui(ui, context, term, size, heights, commands))
            .inner
    });
    let (dropped_on_card, column) = (inner.inner, inner.response);
    if column.clicked() {
        // A second click on the selected term's empty space goes back to the plan.
        commands.push(Command::Select(if selected {
            Selection::Plan
        } else {
            Selection::Term(term)
        }));
    }
    dropped_on_card.or_else(|| {
        dropped_on_column.map(|payload| {
            (
                (*payload).clone(),
                Target {
                    term,
                    index: entry.modules.len(),
                },
            )
        })
    })
}

/// The header and cards of one term; returns a drop onto one of its cards.
fn column_contents_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    term: usize,
    size: Vec2,
    heights: &mut HashMap<ModuleId, f32>,
    commands: &mut Vec<Command>,
) -> Option<(DragModule, Target)> {
    let width = size.x;
    let plan = context.plan;
    let language = context.language;
    let entry = &plan.terms[term];
    let mut dropped_on_card = None;
    {
        ui.set_width(width);
        ui.set_min_height(size.y - 16.0);
        let pointer = ui.input(|input| input.pointer.interact_pos());
        for (index, id) in entry.module_ids().enumerate() {
            // A card out of sight takes its last height without its module being looked up
            // (`Plan::module` is a search: 150 cards a term would make every frame quadratic).
            if let Some(&height) = heights.get(id) {
                let size = vec2(width, height);
                if !ui.is_rect_visible(egui::Rect::from_min_size(ui.cursor().min, size)) {
                    ui.allocate_space(size);
                    continue;
                }
            }
            let Some(module) = plan.module(id) else {
                ui.colored_label(ui.visuals().error_fg_color, id.as_str());
                continue;
            };
            let response = card_ui(ui, context, module, term, width, commands);
            heights.insert(id.clone(), response.rect.height());
            // Where a drop on this card inserts: above it or below it.
            if let (Some(pointer), Some(_)) = (pointer, response.dnd_hover_payload::<DragModule>())
            {
                let above = pointer.y < response.rect.center().y;
                let line_y = if above {
                    response.rect.top() - 2.0
                } else {
                    response.rect.bottom() + 2.0
                };
                ui.painter().hline(
                    response.rect.x_range(),
                    line_y,
                    Stroke::new(2.0, ui.visuals().selection.stroke.color),
                );
                if let Some(payload) = response.dnd_release_payload::<DragModule>() {
                    let index = if above { index } else { index + 1 };
                    dropped_on_card = Some(((*payload).clone(), Target { term, index }));
                }
            }
        }
        if entry.modules.is_empty() {
            ui.add_space(12.0);
            ui.vertical_centered(|ui| ui.weak(language.text(Text::DropHere)));
        }
    }
    dropped_on_card
}

fn term_header_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    term: usize,
    problems: &[&Finding],
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let entry = &context.plan.terms[term];
    // Name and findings on one line, figures on the next: two lines for every heading.
    let header = ui
        .horizontal(|ui| {
            let header = ui.add(
                egui::Label::new(RichText::new(entry.name.in_language(language)).strong())
                    .sense(Sense::click()),
            );
            if !problems.is_empty() {
                findings_mark_ui(ui, context, problems);
            }
            header
        })
        .inner;
    if header.clicked() {
        // The selected term's heading clicked again goes back to the plan.
        let selected = *context.selection == Selection::Term(term);
        commands.push(Command::Select(if selected {
            Selection::Plan
        } else {
            Selection::Term(term)
        }));
    }
    header.context_menu(|ui| {
        if ui.button(language.text(Text::RemoveTerm)).clicked() {
            commands.push(Command::Apply(
                crate::editor::remove_term(context.plan, term),
                Coalesce::Never,
            ));
        }
    });
    let totals = context.report.totals.terms.get(term);
    let (credits, hours) = totals.map_or((0.0, 0), |totals| (totals.credits, totals.hours));
    ui.label(context.size_text(credits, hours));
}

/// "▲ 2 项检查结果" with the findings in its tooltip.
fn findings_mark_ui(ui: &mut Ui, context: &ViewContext<'_>, problems: &[&Finding]) {
    let language = context.language;
    // The status bar's colours: red when one of them is an error.
    let colour = if problems
        .iter()
        .any(|finding| finding.severity == crate::model::validate::Severity::Error)
    {
        theme::error_colour(ui.visuals())
    } else {
        theme::warning_colour(ui.visuals())
    };
    ui.colored_label(
        colour,
        format!(
            "▲ {}",
            language.fill(Text::StatusFindings, &[&problems.len()])
        ),
    )
    .on_hover_ui(|ui| {
        // Built only while hovered: the texts name modules, which takes lookups.
        for finding in problems {
            ui.label(finding_text(
                language,
                context.plan,
                context.library,
                &finding.problem,
            ));
        }
    });
}

fn card_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    module: &Module,
    term: usize,
    width: f32,
    commands: &mut Vec<Command>,
) -> egui::Response {
    let language = context.language;
    let dark = ui.visuals().dark_mode;
    let selected = matches!(context.selection, Selection::Module(id) if *id == module.id);
    // One card per placement: a module in several terms has a card in each.
    let id = Id::unique(("module-card", module.id.as_str(), term));
    let frame = Frame::new()
        .inner_margin(Margin::same(6))
        .corner_radius(4.0)
        .fill(ui.visuals().extreme_bg_color)
        .stroke(if selected {
            Stroke::new(2.0, ui.visuals().selection.stroke.color)
        } else {
            ui.visuals().widgets.inactive.bg_stroke
        });
    let being_dragged = ui.ctx().is_being_dragged(id);
    // What the card's tooltip says of this term's placement ("本学期每周 3 学时，共 16 周").
    let hover_hint = match context
        .plan
        .terms
        .get(term)
        .and_then(|entry| entry.placement_of(&module.id))
        .map(|placement| placement.time)
    {
        Some(time @ (PlacementTime::Weekly { .. } | PlacementTime::Block { .. })) => {
            placement_hint(language, time)
        }
        _ => String::new(),
    };
    let inner = frame.show(ui, |ui| {
        ui.set_width(width - 14.0);
        // The whole card is the drag handle: its labels must not start a text selection.
        ui.style_mut().interaction.selectable_labels = false;
        if being_dragged {
            ui.set_opacity(0.4);
        }
        // This term's share of the module (3×16, 2×4, 2周) beside its code.
        let placement = context
            .plan
            .terms
            .get(term)
            .and_then(|entry| entry.placement_of(&module.id));
        // This term's time and this term's credits, right-aligned as one text ("3×16 · 3
        // 学分"; 形势与政策 over six terms "2×4 · 0.5 学分"), so that the cards of a column add up to
        // its heading. Beside the code a third figure ran into the others in a narrow column;
        // the hours are in the card's tooltip.
        let term_hours = placement.and_then(|_| term_share_of_hours(context.plan, module, term));
        let shown = match placement.map(|placement| placement.time) {
            Some(time @ (PlacementTime::Weekly { .. } | PlacementTime::Block { .. })) => {
                let share = term_hours.map_or(1.0, |hours| {
                    if module.hours() > 0 {
                        hours / f64::from(module.hours())
                    } else {
                        1.0
                    }
                });
                let credits_or_hours = if context.shows_credits() {
                    words::credits(language, (module.credits * share * 2.0).round() / 2.0)
                } else {
                    language.fill(Text::StatusHours, &[&term_hours.unwrap_or(0.0).round()])
                };
                format!("{} · {credits_or_hours}", placement_text(language, time))
            }
            // A phase teaching part of the module's hours says its own.
            Some(time @ PlacementTime::Hours(hours)) if hours != module.hours() => {
                placement_text(language, time)
            }
            _ => context.size_text(module.credits, module.hours()),
        };
        ui.horizontal(|ui| {
            ui.monospace(RichText::new(&module.code).small());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.small(shown);
            });
        });
        ui.add(egui::Label::new(module.name.in_language(language)).wrap());
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = vec2(3.0, 3.0);
            // The group a student chooses the module from, first among its chips.
            if let Some(group) = context.plan.group_of(&module.id) {
                let choice = match group.choice {
                    crate::model::Choice::Restricted => Text::KindRestricted,
                    crate::model::Choice::Free => Text::KindFree,
                };
                level_chip(
                    ui,
                    language.text(choice),
                    "",
                    ui.visuals().faint_bg_color,
                    ui.visuals().strong_text_color(),
                )
                // Worked out only while the pointer is on the mark.
                .on_hover_ui(|ui| {
                    ui.label(crate::ui::panels::placement_editor::group_rule(
                        language,
                        context.plan,
                        group,
                    ));
                });
            }
            for entry in &module.skills {
                let skill_name = context.skill_name(&entry.skill);
                level_chip(
                    ui,
                    &short_name(skill_name),
                    entry.level.as_str(),
                    theme::level_colour(entry.level, dark),
                    theme::level_text_colour(entry.level, dark),
                )
                .on_hover_text(format!(
                    "{skill_name}: {}",
                    words::level(language, entry.level)
                ));
            }
        });
    });
    let response = ui.interact(inner.response.rect, id, Sense::click_and_drag());
    if response.drag_started() {
        response.dnd_set_drag_payload(DragModule {
            module: module.id.clone(),
            from_library: false,
            from_term: Some(term),
            preview: drag_preview_text(module, language),
        });
    }
    if response.clicked() {
        commands.push(Command::Select(Selection::Module(module.id.clone())));
    }
    response.context_menu(|ui| {
        if ui.button(language.text(Text::RemoveFromTerm)).clicked() {
            commands.push(Command::Apply(
                Edit::Unschedule {
                    module: module.id.clone(),
                    term: Some(term),
                },
                Coalesce::Never,
            ));
        }
        ui.menu_button(language.text(Text::Term), |ui| {
            for (index, entry) in context.plan.terms.iter().enumerate() {
                let free = index != term && !entry.holds(&module.id);
                if ui
                    .add_enabled(free, egui::Button::new(entry.name.in_language(language)))
                    .clicked()
                {
                    commands.push(Command::Apply(
                        Edit::Move {
                            module: module.id.clone(),
                            from: term,
                            term: index,
                            index: usize::MAX,
                        },
                        Coalesce::Never,
                    ));
                }
            }
        });
        if ui.button(language.text(Text::DuplicateModule)).clicked() {
            commands.push(Command::Select(Selection::Module(module.id.clone())));
            commands.push(Command::DuplicateSelected);
        }
    });
    // The card's tooltip: the module's size, this term's share, and the key to its chips
    // (each skill in full with its level in words).
    response.on_hover_ui(|ui| {
        ui.label(module.name.in_language(language.other()));
        ui.label(context.size_text(module.credits, module.hours()));
        if !hover_hint.is_empty() {
            ui.label(&hover_hint);
        }
        for entry in &module.skills {
            ui.label(format!(
                "{} · {}",
                context.skill_name(&entry.skill),
                words::level(language, entry.level)
            ));
        }
    })
}

fn short_name(name: &str) -> String {
    let first_word = name.split_whitespace().next().unwrap_or(name);
    if name.is_ascii() {
        first_word.to_owned()
    } else {
        name.chars().take(2).collect()
    }
}

fn level_chip(
    ui: &mut Ui,
    skill: &str,
    level: &str,
    fill: Color32,
    text: Color32,
) -> egui::Response {
    let galley = egui::WidgetText::from(
        RichText::new(format!("{skill} {level}"))
            .small()
            .color(text),
    )
    .into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Small,
    );
    // A chip that does not fit the rest of the row starts the next one whole: its name
    // never breaks inside.
    let width = galley.size().x + 2.0 * f32::from(CHIP_MARGIN);
    if width > ui.available_size_before_wrap().x && ui.cursor().min.x > ui.max_rect().min.x + 1.0 {
        ui.end_row();
    }
    Frame::new()
        .fill(fill)
        .corner_radius(3.0)
        .inner_margin(Margin::symmetric(CHIP_MARGIN, 1))
        .show(ui, |ui| {
            ui.add(egui::Label::new(galley));
        })
        .response
}

/// A placement on its card: "3×16" (hours a week × weeks), "2周" (block weeks), "8 学时".
/// "每周 3 学时，共 16 周" for the card's "3×16".
fn placement_hint(language: Language, time: crate::model::PlacementTime) -> String {
    match time {
        crate::model::PlacementTime::Weekly { hours, weeks } => {
            language.fill(Text::PlacementWeeklyHint, &[&hours, &weeks])
        }
        other => placement_text(language, other),
    }
}

/// The hours this term's placement of `module` teaches: weekly hours × weeks or plain hours
/// as stated; a block shares the hours no other placement states by its weeks (as the term
/// totals count them, `analysis::placement_hours`).
fn term_share_of_hours(plan: &crate::model::Plan, module: &Module, term: usize) -> Option<f64> {
    let times: Vec<PlacementTime> = plan
        .placements_of(&module.id)
        .into_iter()
        .filter_map(|(term, index)| Some(plan.terms.get(term)?.modules.get(index)?.time))
        .collect();
    let time = plan.terms.get(term)?.placement_of(&module.id)?.time;
    let stated: u32 = times
        .iter()
        .filter_map(|time| time.stated_hours())
        .fold(0, u32::saturating_add);
    let block_weeks: u32 = times
        .iter()
        .filter_map(|time| match time {
            PlacementTime::Block { weeks } => Some(*weeks),
            _ => None,
        })
        .fold(0, u32::saturating_add);
    Some(match time {
        PlacementTime::Block { weeks } if block_weeks > 0 => {
            f64::from(module.hours().saturating_sub(stated)) * f64::from(weeks)
                / f64::from(block_weeks)
        }
        PlacementTime::Block { .. } => f64::from(module.hours().saturating_sub(stated)),
        other => f64::from(other.stated_hours().unwrap_or(0)),
    })
}

fn placement_text(language: Language, time: crate::model::PlacementTime) -> String {
    match time {
        crate::model::PlacementTime::Weekly { hours, weeks } => format!("{hours}×{weeks}"),
        crate::model::PlacementTime::Block { weeks } => {
            language.fill(Text::ScheduleBlockWeeks, &[&weeks])
        }
        crate::model::PlacementTime::Hours(hours) => language.fill(Text::StatusHours, &[&hours]),
    }
}
