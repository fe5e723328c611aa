//! The matrix: placed modules against skills (I/R/M cells) or against industries (served or
//! not). A click cycles a cell; with a cell focused, the arrows move, `I`, `R`, `M` set the
//! level, `0`, Delete or Backspace clear it and Space cycles it.

use egui::{Key, RichText, Sense, Ui};

use crate::catalogue::{Language, Text, words};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::{Level, Module, Plan};
use crate::ui::command::Command;
use crate::ui::selection::Selection;
use crate::ui::theme::{self, MATRIX_NAME_WIDTH, ROW_HEIGHT};
use crate::ui::view_context::ViewContext;

/// Space between two cells of a row.
const CELL_GAP: f32 = 6.0;
/// Term, code and name stay in place while the cells scroll.
const FROZEN_COLUMNS: usize = 3;
const TERM_WIDTH: f32 = 36.0;
const CODE_WIDTH: f32 = 76.0;
const HEADER_HEIGHT: f32 = 30.0;
/// The heading row when a heading takes two lines.
const TWO_LINE_HEADER_HEIGHT: f32 = 46.0;
const NARROWEST_NAME: f32 = 110.0;
const WIDEST_NAME: f32 = 420.0;
/// A skill's or industry's column fits its name between these; a longer name is cut short
/// with "…" and shown whole in its tooltip, never wrapped mid-word.
const NARROWEST_CELL: f32 = 52.0;
/// A heading goes on two lines when its widest line is at most this share of the one line
/// ("外语 / 能力" is half; "Oral / communication" three quarters).
const TWO_LINES_AT_MOST: f32 = 0.8;
const WIDEST_CELL: f32 = 120.0;

/// Each column's heading and width: the name on one line, or on two when that makes the
/// column much narrower (外语 / 能力), so that six skills fit beside the names on a laptop.
fn column_headings(ui: &Ui, names: &[(String, String)]) -> Vec<(String, f32)> {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let measure = |text: &str| {
        ui.fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        })
    };
    names
        .iter()
        .map(|(name, _)| {
            let one_line = measure(name);
            let heading = crate::ui::charts::name_lines::narrower_on_two_lines(
                name,
                one_line * TWO_LINES_AT_MOST,
                &measure,
            )
            .unwrap_or_else(|| name.clone());
            let widest = heading.lines().map(measure).fold(0.0, f32::max);
            let width = (widest + CELL_GAP + 12.0)
                .clamp(NARROWEST_CELL, WIDEST_CELL)
                .round();
            (heading, width)
        })
        .collect()
}

/// What the matrix's table draws from, for one frame.
struct MatrixTable<'a, 'c> {
    view: &'a mut MatrixView,
    context: &'a ViewContext<'c>,
    modules: &'a [(usize, &'c Module)],
    names: &'a [(String, String)],
    /// Each column's heading as drawn (a name on one or two lines).
    headings: &'a [(String, f32)],
    commands: &'a mut Vec<Command>,
}

impl egui_table::TableDelegate for MatrixTable<'_, '_> {
    fn header_cell_ui(&mut self, ui: &mut Ui, cell: &egui_table::HeaderCellInfo) {
        let language = self.context.language;
        let column = cell.col_range.start;
        ui.add_space(4.0);
        if cell.row_nr == 1 {
            self.totals_cell(ui, column);
            return;
        }
        let (heading, tip) = match column {
            0 => (Text::Term, Text::MatrixTermTip),
            1 => (Text::Code, Text::MatrixCodeTip),
            2 => (Text::Name, Text::MatrixNameTip),
            _ => {
                let (name, tip) = &self.names[column - FROZEN_COLUMNS];
                let (heading, _) = &self.headings[column - FROZEN_COLUMNS];
                // A heading on two lines was made to fit; one line may still be cut short.
                let label = egui::Label::new(RichText::new(heading).strong());
                let label = if heading.contains('\n') {
                    label
                } else {
                    label.truncate()
                };
                let response = ui.add(label);
                // Screen readers (and tests) hear the name whole, not its two lines.
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Label, true, name.as_str())
                });
                response.on_hover_text(format!("{tip}\n{}", language.text(Text::MatrixCellsTip)));
                return;
            }
        };
        ui.strong(language.text(heading))
            .on_hover_text(language.text(tip));
    }

    fn row_ui(&mut self, ui: &mut Ui, row_nr: u64) {
        let Some((_, module)) = self.modules.get(row_nr as usize) else {
            return;
        };
        let selected = matches!(self.context.selection, Selection::Module(id) if *id == module.id);
        let visuals = ui.visuals();
        let fill = if selected {
            Some(visuals.selection.bg_fill.gamma_multiply(0.5))
        } else if row_nr % 2 == 1 {
            Some(visuals.faint_bg_color)
        } else {
            None
        };
        if let Some(fill) = fill {
            ui.painter().rect_filled(ui.max_rect(), 0.0, fill);
        }
    }

    fn cell_ui(&mut self, ui: &mut Ui, cell: &egui_table::CellInfo) {
        let at = cell.row_nr as usize;
        let Some(&(term, module)) = self.modules.get(at) else {
            return;
        };
        let language = self.context.language;
        ui.add_space(4.0);
        match cell.col_nr {
            0 => {
                ui.weak(format!("{}", term + 1));
            }
            1 => {
                ui.monospace(&module.code);
            }
            2 => {
                let name = ui.add(
                    egui::Label::new(module.name.in_language(language))
                        .truncate()
                        .sense(Sense::click()),
                );
                if name.clicked() {
                    self.commands
                        .push(Command::Select(Selection::Module(module.id.clone())));
                }
            }
            column => {
                self.view.cell_ui(
                    ui,
                    self.context,
                    module,
                    at,
                    column - FROZEN_COLUMNS,
                    self.commands,
                );
            }
        }
    }

    fn default_row_height(&self) -> f32 {
        ROW_HEIGHT
    }
}

impl MatrixTable<'_, '_> {
    fn total_tip(&self) -> Text {
        match self.view.mode {
            MatrixMode::Skills => Text::MatrixSkillTotalTip,
            MatrixMode::Industries => Text::MatrixIndustryTotalTip,
        }
    }

    /// The totals row, under the header: the alignment score beside the name, a sum per column.
    fn totals_cell(&self, ui: &mut Ui, column: usize) {
        let language = self.context.language;
        match column {
            0 => {}
            1 => {
                ui.strong(language.text(Text::Total))
                    .on_hover_text(language.text(self.total_tip()));
            }
            2 => {
                if let (MatrixMode::Skills, Some(alignment)) =
                    (self.view.mode, &self.context.report.alignment)
                {
                    ui.weak(language.fill(
                        Text::StatusAlignment,
                        &[&words::score(language, alignment.score)],
                    ));
                }
            }
            _ => {
                let total = self
                    .view
                    .total(self.context, self.modules, column - FROZEN_COLUMNS);
                ui.strong(format!("{total}"))
                    .on_hover_text(language.text(self.total_tip()));
            }
        }
    }
}

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
        let names: Vec<(String, String)> = (0..columns)
            .map(|column| self.column_name(context, column, language))
            .collect();
        let headings = column_headings(ui, &names);
        let header_height = if headings.iter().any(|(heading, _)| heading.contains('\n')) {
            TWO_LINE_HEADER_HEIGHT
        } else {
            HEADER_HEIGHT
        };
        // The name column gives way on a narrow window, so that cells stay in view.
        let name_width = (ui.available_width() * 0.3).clamp(NARROWEST_NAME, MATRIX_NAME_WIDTH);
        // The term, code and name columns and the header rows stay in place while the cells
        // scroll both ways, so a row never loses its name nor a column its skill.
        let mut table = egui_table::Table::new()
            .id_salt(("matrix", self.mode == MatrixMode::Skills))
            .num_rows(modules.len() as u64)
            .columns(
                [
                    egui_table::Column::new(TERM_WIDTH).resizable(false),
                    egui_table::Column::new(CODE_WIDTH).resizable(false),
                    egui_table::Column::new(name_width).range(name_width..=WIDEST_NAME),
                ]
                .into_iter()
                .chain(headings.iter().map(|&(_, width)| {
                    egui_table::Column::new(width)
                        .range(width..=width)
                        .resizable(false)
                }))
                .collect::<Vec<_>>(),
            )
            .num_sticky_cols(FROZEN_COLUMNS)
            .headers([
                egui_table::HeaderRow::new(header_height),
                egui_table::HeaderRow::new(ROW_HEIGHT),
            ]);
        if self.move_focus
            && let Some((row, column)) = self.cursor
        {
            table = table
                .scroll_to_row(row as u64, None)
                .scroll_to_column(column + FROZEN_COLUMNS, None);
        }
        table.show(
            ui,
            &mut MatrixTable {
                view: self,
                context,
                modules: &modules,
                names: &names,
                headings: &headings,
                commands,
            },
        );
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

    /// The totals row's cell of one column: the summed level weights (skills) or the hours
    /// that serve it (industries).
    fn total(&self, context: &ViewContext<'_>, modules: &[(usize, &Module)], column: usize) -> u32 {
        match self.mode {
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
        }
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
        let button = egui::Button::new(text).fill(fill).min_size(egui::vec2(
            ui.available_width() - CELL_GAP,
            ROW_HEIGHT - 4.0,
        ));
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
            // A move waiting for its cell keeps the cursor: the cell it leaves is drawn first
            // when the move goes down or right, and still has the focus then.
            if !self.move_focus {
                self.cursor = Some((row, column));
            }
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
                level: Level::next(level_of(module, column, plan)),
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
                    Some(Level::next(level_of(module, column, context.plan)))
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
