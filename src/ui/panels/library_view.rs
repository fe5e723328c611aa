//! The module library on the left: the plan's own modules and the bundled library, searched
//! by code and names, filtered by skill, industry, delivery form and category. Rows are
//! virtual (only the visible ones are laid out), so thousands of modules stay smooth.

use egui::{Sense, Ui};
use egui_extras::{Column, TableBuilder};

use crate::catalogue::Text;
use crate::catalogue::words;
use crate::editor;
use crate::model::{Category, Delivery, IndustryId, Module, ModuleId, SkillId};
use crate::ui::command::Command;
use crate::ui::drag::{DragModule, drag_preview_text};
use crate::ui::panels::side_panels::{SidePanel, panel_heading_ui};
use crate::ui::selection::Selection;
use crate::ui::theme::ROW_HEIGHT;
use crate::ui::view_context::ViewContext;

#[derive(Clone, Debug, PartialEq)]
struct Filter {
    query: String,
    skill: Option<SkillId>,
    industry: Option<IndustryId>,
    delivery: Option<Delivery>,
    category: Option<Category>,
    /// Library modules only of the plan's kind (credit courses for a programme, hours-only
    /// training modules for a short course counted in hours): on until the user clears it.
    fitting_only: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            query: String::new(),
            skill: None,
            industry: None,
            delivery: None,
            category: None,
            fitting_only: true,
        }
    }
}

impl Filter {
    fn accepts(&self, module: &Module, query: &str) -> bool {
        let matches_query = query.is_empty()
            || module.code.to_lowercase().contains(query)
            || module.id.as_str().to_lowercase().contains(query)
            || module.name.zh.contains(query)
            || module.name.en.to_lowercase().contains(query);
        matches_query
            && self
                .skill
                .as_ref()
                .is_none_or(|skill| module.skills.iter().any(|entry| &entry.skill == skill))
            && self
                .industry
                .as_ref()
                .is_none_or(|industry| module.industries.contains(industry))
            && self
                .delivery
                .is_none_or(|delivery| module.delivery == delivery)
            && self
                .category
                .is_none_or(|category| module.category == category)
    }
}

/// One row: a module of the plan, or of the bundled library that the plan does not define.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Entry {
    Plan(usize),
    Library(usize),
}

#[derive(Default)]
pub struct LibraryView {
    filter: Filter,
    /// The rows for `cached_for`; rebuilt only when the filter or the plan changes.
    rows: Vec<Entry>,
    /// Modules there are to show without filters.
    total: usize,
    cached_for: Option<(Filter, u64)>,
}

impl LibraryView {
    fn refresh(&mut self, context: &ViewContext<'_>) {
        let key = (self.filter.clone(), context.plan_state);
        if self.cached_for.as_ref() == Some(&key) {
            return;
        }
        let query = self.filter.query.trim().to_lowercase();
        let plan = context.plan;
        let defined: std::collections::HashSet<&ModuleId> =
            plan.modules.iter().map(|module| &module.id).collect();
        self.rows = plan
            .modules
            .iter()
            .enumerate()
            .filter(|(_, module)| self.filter.accepts(module, &query))
            .map(|(index, _)| Entry::Plan(index))
            .chain(
                context
                    .library
                    .modules
                    .iter()
                    .enumerate()
                    .filter(|(_, module)| !defined.contains(&module.id))
                    .filter(|(_, module)| {
                        !self.filter.fitting_only || editor::fits_the_plans_kind(plan, module)
                    })
                    .filter(|(_, module)| self.filter.accepts(module, &query))
                    .map(|(index, _)| Entry::Library(index)),
            )
            .collect();
        self.total = plan.modules.len()
            + context
                .library
                .modules
                .iter()
                .filter(|module| !defined.contains(&module.id))
                .count();
        self.cached_for = Some(key);
    }

    pub fn ui(&mut self, ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
        let language = context.language;
        panel_heading_ui(ui, SidePanel::Library, language, commands, |_| {});
        ui.horizontal(|ui| {
            let label = ui.label(language.text(Text::Search));
            ui.add(
                egui::TextEdit::singleline(&mut self.filter.query)
                    .hint_text(language.text(Text::SearchHint))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
        self.filters_ui(ui, context);
        self.refresh(context);
        ui.weak(language.fill(Text::ModulesShown, &[&self.rows.len(), &self.total]));
        ui.separator();
        self.table_ui(ui, context, commands);
    }

    fn filters_ui(&mut self, ui: &mut Ui, context: &ViewContext<'_>) {
        let language = context.language;
        let plan = context.plan;
        egui::Grid::new("library-filters")
            .num_columns(2)
            .spacing([6.0, 4.0])
            .show(ui, |ui| {
                let label = ui.label(language.text(Text::Skill));
                let skills: Vec<_> = plan
                    .skills
                    .iter()
                    .chain(&context.library.skills)
                    .map(|skill| {
                        (
                            skill.id.clone(),
                            skill.name.in_language(language).to_owned(),
                        )
                    })
                    .collect();
                choice_ui(
                    ui,
                    label.id,
                    "skill",
                    language.text(Text::AnySkill),
                    &mut self.filter.skill,
                    unique(skills),
                );
                ui.end_row();
                let label = ui.label(language.text(Text::Industry));
                let industries: Vec<_> = plan
                    .industries
                    .iter()
                    .chain(&context.library.industries)
                    .map(|industry| {
                        (
                            industry.id.clone(),
                            industry.name.in_language(language).to_owned(),
                        )
                    })
                    .collect();
                choice_ui(
                    ui,
                    label.id,
                    "industry",
                    language.text(Text::AnyIndustry),
                    &mut self.filter.industry,
                    unique(industries),
                );
                ui.end_row();
                let label = ui.label(language.text(Text::Delivery));
                let deliveries = Delivery::ALL
                    .iter()
                    .map(|&delivery| (delivery, words::delivery(language, delivery).to_owned()))
                    .collect();
                choice_ui(
                    ui,
                    label.id,
                    "delivery",
                    language.text(Text::AnyDelivery),
                    &mut self.filter.delivery,
                    deliveries,
                );
                ui.end_row();
                let label = ui.label(language.text(Text::Category));
                let categories = Category::ALL
                    .iter()
                    .map(|&category| (category, words::category(language, category).to_owned()))
                    .collect();
                choice_ui(
                    ui,
                    label.id,
                    "category",
                    language.text(Text::AnyCategory),
                    &mut self.filter.category,
                    categories,
                );
                ui.end_row();
                ui.label("");
                ui.checkbox(
                    &mut self.filter.fitting_only,
                    language.text(Text::LibraryFittingOnly),
                )
                .on_hover_text(language.text(Text::LibraryFittingOnlyTip));
                ui.end_row();
            });
    }

    fn table_ui(&self, ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
        let language = context.language;
        let plan = context.plan;
        let module_of = |entry: Entry| match entry {
            Entry::Plan(index) => &plan.modules[index],
            Entry::Library(index) => &context.library.modules[index],
        };
        // Rows are drag handles: their labels must not start a text selection instead.
        ui.style_mut().interaction.selectable_labels = false;
        let counts_credits = context.shows_credits();
        let short_course = plan.kind == crate::model::ProgrammeKind::ShortCourse;
        TableBuilder::new(ui)
            .id_salt("library-table")
            .striped(true)
            .sense(Sense::click_and_drag())
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(74.0).clip(true))
            .column(Column::remainder().clip(true))
            .column(Column::exact(40.0))
            .column(Column::exact(36.0))
            .auto_shrink([false, false])
            // Named columns: two bare number columns read as noise.
            .header(ROW_HEIGHT, |mut header| {
                for (heading, tip) in [
                    (Text::Code, Text::Code),
                    (Text::Name, Text::Name),
                    if counts_credits {
                        (Text::CreditsShort, Text::Credits)
                    } else {
                        (Text::Hours, Text::Hours)
                    },
                    // A short course is planned in phases, not terms.
                    if short_course {
                        (Text::Phase, Text::LibraryPhaseTip)
                    } else {
                        (Text::Term, Text::LibraryTermTip)
                    },
                ] {
                    header.col(|ui| {
                        ui.strong(language.text(heading))
                            .on_hover_text(language.text(tip));
                    });
                }
            })
            .body(|body| {
                body.rows(ROW_HEIGHT, self.rows.len(), |mut row| {
                    let entry = self.rows[row.index()];
                    let module = module_of(entry);
                    let in_plan = matches!(entry, Entry::Plan(_));
                    row.set_selected(
                        matches!(context.selection, Selection::Module(id) if *id == module.id),
                    );
                    row.col(|ui| {
                        ui.monospace(&module.code);
                    });
                    row.col(|ui| {
                        if in_plan {
                            ui.label(module.name.in_language(language));
                        } else {
                            ui.weak(module.name.in_language(language));
                        }
                    });
                    // A plan counted in hours (a short course) sees each module's hours.
                    row.col(|ui| {
                        if counts_credits {
                            ui.label(words::number(module.credits));
                        } else {
                            ui.label(module.hours().to_string());
                        }
                    });
                    row.col(|ui| {
                        if let Some(term) = plan.term_of(&module.id) {
                            ui.weak(format!("{}", term + 1))
                                .on_hover_text(language.fill(
                                    if short_course {
                                        Text::PhaseNumber
                                    } else {
                                        Text::TermNumber
                                    },
                                    &[&(term + 1)],
                                ));
                        }
                    });
                    let response = row.response();
                    if response.clicked() {
                        commands.push(Command::Select(Selection::Module(module.id.clone())));
                    }
                    // A right click adds the module to a term without dragging (a touchpad,
                    // a board scrolled away from the term).
                    response.context_menu(|ui| {
                        for (term, entry) in plan.terms.iter().enumerate() {
                            let button = egui::Button::new(
                                language
                                    .fill(Text::AddToTerm, &[&entry.name.in_language(language)]),
                            );
                            if ui.add_enabled(!entry.holds(&module.id), button).clicked() {
                                commands.extend(crate::ui::tabs::board_view::add_to_term_commands(
                                    context, &module.id, !in_plan, term,
                                ));
                                ui.close();
                            }
                        }
                    });
                    // Built only when a drag starts or the pointer rests: not for every row
                    // of every frame.
                    if response.drag_started() {
                        response.dnd_set_drag_payload(DragModule {
                            module: module.id.clone(),
                            from_library: !in_plan,
                            from_term: None,
                            preview: drag_preview_text(module, language),
                        });
                    }
                    response.on_hover_ui(|ui| {
                        let source = language.text(if in_plan {
                            Text::InPlan
                        } else {
                            Text::FromLibrary
                        });
                        ui.label(format!(
                            "{} · {} · {}",
                            module.name.in_language(language.other()),
                            words::category(language, module.category),
                            source
                        ));
                    });
                });
            });
    }
}

/// Distinct choices in first-seen order (the plan's own names win over the library's).
fn unique<T: PartialEq>(choices: Vec<(T, String)>) -> Vec<(T, String)> {
    let mut distinct: Vec<(T, String)> = Vec::with_capacity(choices.len());
    for choice in choices {
        if !distinct.iter().any(|known| known.0 == choice.0) {
            distinct.push(choice);
        }
    }
    distinct
}

fn choice_ui<T: Clone + PartialEq>(
    ui: &mut Ui,
    label: egui::Id,
    id: &str,
    any: &str,
    value: &mut Option<T>,
    choices: Vec<(T, String)>,
) {
    let shown = value
        .as_ref()
        .and_then(|value| choices.iter().find(|choice| &choice.0 == value))
        .map_or(any, |choice| choice.1.as_str())
        .to_owned();
    egui::ComboBox::from_id_salt(("library-filter", id))
        .selected_text(shown)
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, any);
            for (choice, name) in choices {
                ui.selectable_value(value, Some(choice), name);
            }
        })
        .response
        .labelled_by(label);
}
