//! The matrix: placed modules against skills (I/R/M cells) or against industries (served or
//! not). A click cycles a cell; with a cell focused, the arrows move, `I`, `R`, `M` set the
//! level, `0`, Delete or Backspace clear it and Space cycles it.

use egui::{Align, Key, RichText, Sense, Ui};
use egui_extras::{Column, TableBuilder};

use super::command::Command;
use super::selection::Selection;
use super::theme::{self, MATRIX_CELL_WIDTH, MATRIX_NAME_WIDTH, ROW_HEIGHT};
use super::view_context::ViewContext;
use crate::catalogue::{Language, Text, words};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::{Level, Module, Plan};

/// Space between two cells of a row.
const CELL_GAP: f32 = 6.0;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MatrixMode {
    #[default]
    Skills,
    Industries,
}

#[derive(Default)]
pub struct MatrixView {
    pub mode: MatrixMode,
    /// The cell that has the keyboard: (row in the placed modules, column).
    cursor: Option<(usize, usize)>,
    /// Scroll to the cursor's row and focus its cell next frame (after a keyboard move).
    move_focus: bool,
    /// Whether a cell had the keyboard focus this frame.
    has_keyboard: bool,
}

/// The level after a click: none → I → R → M → none.
pub fn next_level(level: Option<Level>) -> Option<Level> {
    match level {
        None => Some(Level::I),
        Some(Level::I) => Some(Level::R),
        Some(Level::R) => Some(Level::M),
        Some(Level::M) => None,
    }
}

impl MatrixView {
    pub fn ui(&mut self, ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
        let language = context.language;
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut self.mode,
                MatrixMode::Skills,
                language.text(Text::Skills),
            );
            ui.selectable_value(
                &mut self.mode,
                MatrixMode::Industries,
                language.text(Text::Industries),
            );
        });
        ui.separator();
        let modules: Vec<(usize, &Module)> = context.plan.scheduled_modules();
        if modules.is_empty() {
            ui.weak(language.text(Text::NoModules));
            return;
        }
        let columns = match self.mode {
            MatrixMode::Skills => context.plan.skills.len(),
            MatrixMode::Industries => context.plan.industries.len(),
        };
        if self
            .cursor
            .is_some_and(|(row, column)| row >= modules.len() || column >= columns)
        {
            self.cursor = None;
        }
        self.has_keyboard = false;
        // Wide plans (many skills or industries) scroll sideways instead of hiding columns.
        egui::ScrollArea::horizontal()
            .id_salt("matrix-scroll")
            .show(ui, |ui| {
                let mut table = TableBuilder::new(ui)
                    .id_salt(("matrix", self.mode == MatrixMode::Skills))
                    .striped(true)
                    .cell_layout(egui::Layout::left_to_right(Align::Center))
                    .column(Column::exact(28.0))
                    .column(Column::exact(70.0).clip(true))
                    .column(Column::exact(MATRIX_NAME_WIDTH).clip(true))
                    // The cells of a row share one table column: a table cell is a child Ui of
                    // its own, and a row of buttons is much cheaper than a row of cells.
                    .column(Column::exact(MATRIX_CELL_WIDTH * columns.max(1) as f32))
                    .auto_shrink([false, false]);
                if self.move_focus
                    && let Some((row, _)) = self.cursor
                {
                    // Row 0 is the totals row.
                    table = table.scroll_to_row(row + 1, None);
                }
                table
                    .header(44.0, |mut header| {
                        header.col(|ui| {
                            ui.strong(language.text(Text::Term));
                        });
                        header.col(|ui| {
                            ui.strong(language.text(Text::Code));
                        });
                        header.col(|ui| {
                            ui.strong(language.text(Text::Name));
                        });
                        header.col(|ui| {
                            ui.spacing_mut().item_spacing.x = CELL_GAP;
                            for column in 0..columns {
                                let (name, tip) = self.column_name(context, column, language);
                                let size = egui::vec2(MATRIX_CELL_WIDTH - CELL_GAP, 40.0);
                                let layout = egui::Layout::top_down(Align::Center);
                                ui.allocate_ui_with_layout(size, layout, |ui| {
                                    ui.set_width(size.x);
                                    ui.add(
                                        egui::Label::new(RichText::new(name).small().strong())
                                            .wrap(),
                                    )
                                    .on_hover_text(tip);
                                });
                            }
                        });
                    })
                    .body(|body| {
                        body.rows(ROW_HEIGHT, modules.len() + 1, |mut row| {
                            let index = row.index();
                            if index == 0 {
                                self.totals_row(&mut row, context, columns, &modules);
                                return;
                            }
                            let at = index - 1;
                            let (term, module) = modules[at];
                            row.set_selected(
                        matches!(context.selection, Selection::Module(id) if *id == module.id),
                    );
                            row.col(|ui| {
                                ui.weak(format!("{}", term + 1));
                            });
                            row.col(|ui| {
                                ui.monospace(&module.code);
                            });
                            row.col(|ui| {
                                let name = ui.add(
                                    egui::Label::new(module.name.in_language(language))
                                        .sense(Sense::click()),
                                );
                                if name.clicked() {
                                    commands.push(Command::Select(Selection::Module(
                                        module.id.clone(),
                                    )));
                                }
                            });
                            row.col(|ui| {
                                ui.spacing_mut().item_spacing.x = CELL_GAP;
                                for column in 0..columns {
                                    self.cell_ui(ui, context, module, at, column, commands);
                                }
                            });
                        });
                    });
            });
        if self.has_keyboard {
            self.keyboard(ui, context, &modules, columns, commands);
        }
    }

    fn column_name(
        &self,
        context: &ViewContext<'_>,
        column: usize,
        language: Language,
    ) -> (String, String) {
        match self.mode {
            MatrixMode::Skills => {
                let skill = &context.plan.skills[column];
                let demand =
                    context.plan.survey.as_ref().and_then(|survey| {
                        survey.skills.iter().find(|entry| entry.skill == skill.id)
                    });
                let name = skill.name.in_language(language).to_owned();
                let tip = match demand {
                    Some(demand) => format!(
                        "{name}\n{} {:.0} %",
                        context.language.text(Text::Demand),
                        demand.share * 100.0
                    ),
                    None => name.clone(),
                };
                (name, tip)
            }
            MatrixMode::Industries => {
                let industry = &context.plan.industries[column];
                let name = industry.name.in_language(language).to_owned();
                (name.clone(), name)
            }
        }
    }

    /// Per column: the summed level weights (skills) or the hours that serve it (industries).
    fn totals_row(
        &self,
        row: &mut egui_extras::TableRow<'_, '_>,
        context: &ViewContext<'_>,
        columns: usize,
        modules: &[(usize, &Module)],
    ) {
        let language = context.language;
        row.col(|_| {});
        row.col(|ui| {
            ui.strong(language.text(Text::Total));
        });
        row.col(|ui| {
            if let (MatrixMode::Skills, Some(alignment)) = (self.mode, &context.report.alignment) {
                ui.weak(language.fill(
                    Text::StatusAlignment,
                    &[&words::score(language, alignment.score)],
                ));
            }
        });
        row.col(|ui| {
            ui.spacing_mut().item_spacing.x = CELL_GAP;
            for column in 0..columns {
                let total = match self.mode {
                    MatrixMode::Skills => {
                        let skill = &context.plan.skills[column].id;
                        modules
                            .iter()
                            .flat_map(|(_, module)| &module.skills)
                            .filter(|entry| &entry.skill == skill)
                            .map(|entry| entry.level.weight())
                            .sum::<u32>()
                    }
                    MatrixMode::Industries => {
                        let industry = &context.plan.industries[column].id;
                        context
                            .report
                            .industries
                            .industries
                            .iter()
                            .find(|entry| &entry.industry == industry)
                            .map_or(0, |entry| entry.hours)
                    }
                };
                ui.add_sized(
                    [MATRIX_CELL_WIDTH - CELL_GAP, ROW_HEIGHT],
                    egui::Label::new(RichText::new(format!("{total}")).strong()),
                );
            }
        });
    }

    fn cell_ui(
        &mut self,
        ui: &mut Ui,
        context: &ViewContext<'_>,
        module: &Module,
        row: usize,
        column: usize,
        commands: &mut Vec<Command>,
    ) {
        let dark = ui.visuals().dark_mode;
        let (text, fill, column_name) = match self.mode {
            MatrixMode::Skills => {
                let name = context.plan.skills[column]
                    .name
                    .in_language(context.language);
                match level_of(module, column, context.plan) {
                    Some(level) => (
                        RichText::new(level.as_str())
                            .color(theme::level_text_colour(level, dark))
                            .strong(),
                        theme::level_colour(level, dark),
                        name,
                    ),
                    None => (RichText::new("·").weak(), egui::Color32::TRANSPARENT, name),
                }
            }
            MatrixMode::Industries => {
                let industry = &context.plan.industries[column];
                let name = industry.name.in_language(context.language);
                if module.industries.contains(&industry.id) {
                    (
                        RichText::new("√").strong(),
                        theme::level_colour(Level::R, dark),
                        name,
                    )
                } else {
                    (RichText::new("·").weak(), egui::Color32::TRANSPARENT, name)
                }
            }
        };
        let button = egui::Button::new(text)
            .fill(fill)
            .min_size(egui::vec2(MATRIX_CELL_WIDTH - CELL_GAP, ROW_HEIGHT - 4.0));
        let response = ui.add(button);
        // The accessible name ("GB101 管理能力: R") is only built when a screen reader or
        // a test asks for it.
        response.widget_info(|| {
            let value = text_value(self.mode, module, column, context.plan);
            let label = format!("{} {column_name}: {value}", module.code);
            egui::WidgetInfo::labeled(egui::Role::Button, true, label)
        });
        if self.move_focus && self.cursor == Some((row, column)) {
            response.request_focus();
            self.move_focus = false;
        }
        if response.has_focus() {
            self.cursor = Some((row, column));
            self.has_keyboard = true;
            ui.memory_mut(|memory| {
                memory.set_focus_lock_filter(
                    response.id,
                    egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    },
                )
            });
        }
        if response.clicked() {
            // The clicked cell takes the keyboard, so arrows and I/R/M go on from there.
            response.request_focus();
            self.cursor = Some((row, column));
            commands.push(Command::Select(Selection::Module(module.id.clone())));
            if let Some(edit) = self.cycle_edit(module, column, context.plan) {
                commands.push(Command::Apply(edit, Coalesce::Never));
            }
        }
    }

    fn cycle_edit(&self, module: &Module, column: usize, plan: &Plan) -> Option<Edit> {
        match self.mode {
            MatrixMode::Skills => Some(Edit::SetLevel {
                module: module.id.clone(),
                skill: plan.skills.get(column)?.id.clone(),
                level: next_level(level_of(module, column, plan)),
            }),
            MatrixMode::Industries => {
                let industry = &plan.industries.get(column)?.id;
                let mut changed = module.clone();
                if let Some(at) = changed
                    .industries
                    .iter()
                    .position(|known| known == industry)
                {
                    changed.industries.remove(at);
                } else {
                    changed.industries.push(industry.clone());
                }
                Some(Edit::PutModule(Box::new(changed)))
            }
        }
    }

    /// Keys for the focused cell: arrows move, letters set, Space cycles.
    fn keyboard(
        &mut self,
        ui: &mut Ui,
        context: &ViewContext<'_>,
        modules: &[(usize, &Module)],
        columns: usize,
        commands: &mut Vec<Command>,
    ) {
        let Some((row, column)) = self.cursor else {
            return;
        };
        let module = modules[row].1;
        let pressed = |key| ui.input(|input| input.key_pressed(key));
        let moved = if pressed(Key::ArrowUp) {
            Some((row.saturating_sub(1), column))
        } else if pressed(Key::ArrowDown) {
            Some(((row + 1).min(modules.len() - 1), column))
        } else if pressed(Key::ArrowLeft) {
            Some((row, column.saturating_sub(1)))
        } else if pressed(Key::ArrowRight) {
            Some((row, (column + 1).min(columns - 1)))
        } else {
            None
        };
        if let Some(cursor) = moved {
            self.cursor = Some(cursor);
            self.move_focus = true;
            return;
        }
        let edit = match self.mode {
            MatrixMode::Skills => {
                let level = if pressed(Key::I) {
                    Some(Some(Level::I))
                } else if pressed(Key::R) {
                    Some(Some(Level::R))
                } else if pressed(Key::M) {
                    Some(Some(Level::M))
                } else if pressed(Key::Num0) || pressed(Key::Delete) || pressed(Key::Backspace) {
                    Some(None)
                } else if pressed(Key::Space) {
                    Some(next_level(level_of(module, column, context.plan)))
                } else {
                    None
                };
                level.map(|level| Edit::SetLevel {
                    module: module.id.clone(),
                    skill: context.plan.skills[column].id.clone(),
                    level,
                })
            }
            MatrixMode::Industries => {
                if pressed(Key::Space) {
                    self.cycle_edit(module, column, context.plan)
                } else {
                    None
                }
            }
        };
        if let Some(edit) = edit {
            commands.push(Command::Apply(edit, Coalesce::Never));
        }
    }
}

fn level_of(module: &Module, column: usize, plan: &Plan) -> Option<Level> {
    let skill = &plan.skills.get(column)?.id;
    module
        .skills
        .iter()
        .find(|entry| &entry.skill == skill)
        .map(|entry| entry.level)
}

fn text_value(mode: MatrixMode, module: &Module, column: usize, plan: &Plan) -> &'static str {
    match mode {
        MatrixMode::Skills => level_of(module, column, plan).map_or("-", Level::as_str),
        MatrixMode::Industries => {
            let served = plan
                .industries
                .get(column)
                .is_some_and(|industry| module.industries.contains(&industry.id));
            if served { "√" } else { "-" }
        }
    }
}
