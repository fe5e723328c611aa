//! The inspector on the right: every field of the selected module, term or of the plan
//! itself. Fields edit a draft; a valid draft becomes one `Edit` (typing in one field is one
//! undo step), an invalid one stays in the field with the reason beside it.

use egui::{RichText, Ui};

use crate::catalogue::words;
use crate::catalogue::{Text, book_name};
use crate::model::edit::{Edit, PlanDetails};
use crate::model::history::Coalesce;
use crate::model::validate::{Problem, Severity, check_module};
use crate::model::{
    Assessment, Category, Delivery, Level, Module, ModuleId, Names, Partner, ProgrammeKind,
    RulesProfile, TermSystem,
};
use crate::ui::command::Command;
use crate::ui::dialogs::findings_view::finding_text;
use crate::ui::panels::side_panels::{SidePanel, panel_heading_ui};
use crate::ui::selection::Selection;
use crate::ui::theme;
use crate::ui::view_context::ViewContext;

/// The values being typed, kept while they are invalid (a blank code, a code in use).
#[derive(Default)]
pub struct InspectorView {
    draft: Option<Draft>,
}

struct Draft {
    selection: Selection,
    plan_state: u64,
    module: Option<Module>,
    /// Credits, theory and practice hours as typed: a value the plan refuses stays here with
    /// the reason beside it.
    numbers: [String; 3],
    details: PlanDetails,
    term_name: Names,
}

impl InspectorView {
    pub fn ui(&mut self, ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
        let language = context.language;
        let fresh = self.draft.as_ref().is_none_or(|draft| {
            draft.selection != *context.selection || draft.plan_state != context.plan_state
        });
        if fresh {
            self.draft = Some(Draft {
                selection: context.selection.clone(),
                plan_state: context.plan_state,
                module: match context.selection {
                    Selection::Module(id) => context.plan.module(id).cloned(),
                    _ => None,
                },
                numbers: match context.selection {
                    Selection::Module(id) => context.plan.module(id).map(|module| {
                        [
                            words::number(module.credits),
                            module.theory_hours.to_string(),
                            module.practice_hours.to_string(),
                        ]
                    }),
                    _ => None,
                }
                .unwrap_or_default(),
                details: PlanDetails::of(context.plan),
                term_name: match context.selection {
                    Selection::Term(term) => context
                        .plan
                        .terms
                        .get(*term)
                        .map(|entry| entry.name.clone())
                        .unwrap_or_default(),
                    _ => Names::default(),
                },
            });
        }
        let Some(draft) = self.draft.as_mut() else {
            return;
        };
        let mut back = false;
        panel_heading_ui(ui, SidePanel::Inspector, language, commands, |ui| {
            // The way back from a module or a term to the plan's own details (or Escape).
            back = *context.selection != Selection::Plan
                && ui
                    .button(language.text(Text::BackToPlan))
                    .on_hover_text(crate::ui::actions::Action::Dismiss.hint(
                        ui.ctx(),
                        language,
                        Text::BackToPlanHint,
                    ))
                    .clicked();
        });
        if back {
            commands.push(Command::Select(Selection::Plan));
        }
        egui::ScrollArea::vertical()
            .id_salt("inspector")
            .auto_shrink([false, false])
            .show(ui, |ui| match context.selection.clone() {
                Selection::Plan => details_ui(ui, context, &mut draft.details, commands),
                Selection::Term(term) => term_ui(ui, context, term, &mut draft.term_name, commands),
                Selection::Module(id) => match draft.module.as_mut() {
                    Some(module) => {
                        module_ui(ui, context, module, &mut draft.numbers, commands);
                    }
                    None => library_module_ui(ui, context, &id, commands),
                },
            });
    }
}

/// A label and its field on one grid row; the label names the field for screen readers
/// and tests.
fn field<R>(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> egui::InnerResponse<R>) -> R
where
    R: Sized,
{
    let label = ui.label(label);
    let inner = add(ui);
    let _ = inner.response.labelled_by(label.id);
    ui.end_row();
    inner.inner
}

pub(in crate::ui) fn text_field(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    field(ui, label, |ui| {
        let response = ui.add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY));
        egui::InnerResponse::new(response.changed(), response)
    })
}

/// A text of several lines (a description, a paragraph of the programme document).
pub(in crate::ui) fn text_area(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    field(ui, label, |ui| {
        let response = ui.add(
            egui::TextEdit::multiline(value)
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        );
        egui::InnerResponse::new(response.changed(), response)
    })
}

fn combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    choices: &[T],
    name: impl Fn(T) -> String,
) -> bool {
    field(ui, label, |ui| {
        let before = *value;
        let response = egui::ComboBox::from_id_salt(("inspector", label.to_owned()))
            .selected_text(name(*value))
            .width(ui.available_width())
            // A long choice ("3-year higher vocational") is cut with "…", never widening the
            // inspector past its edge.
            .truncate()
            .show_ui(ui, |ui| {
                for &choice in choices {
                    ui.selectable_value(value, choice, name(choice));
                }
            })
            .response;
        egui::InnerResponse::new(before != *value, response)
    })
}

fn module_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    module: &mut Module,
    numbers: &mut [String; 3],
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let plan = context.plan;
    let owner = module.id.as_str().to_owned();
    let mut changed: Option<&'static str> = None;
    // The id (what files and requisites use) on hover, not as a line people read.
    ui.label(RichText::new(module.name.in_language(language)).strong())
        .on_hover_text(module.id.as_str());
    egui::Grid::new("module-fields")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .striped(false)
        .show(ui, |ui| {
            if text_field(ui, language.text(Text::Code), &mut module.code) {
                changed = Some("code");
            }
            problem_rows(ui, context, module, |problem| {
                matches!(
                    problem,
                    Problem::BlankModuleCode(_) | Problem::DuplicateModuleCode { .. }
                )
            });
            if text_field(ui, language.text(Text::NameChinese), &mut module.name.zh) {
                changed = Some("name.zh");
            }
            if text_field(ui, language.text(Text::NameEnglish), &mut module.name.en) {
                changed = Some("name.en");
            }
            problem_rows(ui, context, module, |problem| {
                matches!(problem, Problem::UnnamedModule(_))
            });
            // Typed, not dragged: a value a plan cannot have is refused with the reason
            // beside the field, and the plan keeps its last good value.
            let [credits_text, theory_text, practice_text] = numbers;
            let typed = text_field(ui, language.text(Text::Credits), credits_text);
            match parse_credits(credits_text) {
                Some(credits) => {
                    if typed && credits != module.credits {
                        module.credits = credits;
                        changed = Some("credits");
                    }
                }
                None => {
                    ui.label("");
                    ui.colored_label(
                        ui.visuals().error_fg_color,
                        language.fill(Text::CreditsRefused, &[&words::number(module.credits)]),
                    );
                    ui.end_row();
                }
            }
            for (text, typed_text, value, key) in [
                (
                    Text::TheoryHours,
                    theory_text,
                    &mut module.theory_hours,
                    "theory_hours",
                ),
                (
                    Text::PracticeHours,
                    practice_text,
                    &mut module.practice_hours,
                    "practice_hours",
                ),
            ] {
                let typed = text_field(ui, language.text(text), typed_text);
                match parse_hours(typed_text) {
                    Some(hours) => {
                        if typed && hours != *value {
                            *value = hours;
                            changed = Some(key);
                        }
                    }
                    None => {
                        ui.label("");
                        ui.colored_label(
                            ui.visuals().error_fg_color,
                            language.fill(Text::HoursRefused, &[value]),
                        );
                        ui.end_row();
                    }
                }
            }
            problem_rows(ui, context, module, |problem| {
                matches!(
                    problem,
                    Problem::HoursDoNotFitCredits { .. } | Problem::InvalidCredits { .. }
                )
            });
            if combo(
                ui,
                language.text(Text::Category),
                &mut module.category,
                &Category::ALL,
                |value| words::category(language, value).to_owned(),
            ) {
                changed = Some("category");
            }
            if combo(
                ui,
                language.text(Text::Delivery),
                &mut module.delivery,
                &Delivery::ALL,
                |value| words::delivery(language, value).to_owned(),
            ) {
                changed = Some("delivery");
            }
            if combo(
                ui,
                language.text(Text::Partner),
                &mut module.partner,
                &[Partner::School, Partner::Enterprise, Partner::Government],
                |value| words::partner(language, value).to_owned(),
            ) {
                changed = Some("partner");
            }
            let assessments = [None, Some(Assessment::Exam), Some(Assessment::Coursework)];
            if combo(
                ui,
                language.text(Text::ScheduleAssessment),
                &mut module.assessment,
                &assessments,
                |value| words::assessment(language, value).to_owned(),
            ) {
                changed = Some("assessment");
            }
            let placed = plan.term_of(&module.id);
            let mut term = placed;
            let terms: Vec<Option<usize>> = std::iter::once(None)
                .chain((0..plan.terms.len()).map(Some))
                .collect();
            if combo(
                ui,
                language.text(Text::Term),
                &mut term,
                &terms,
                |value| match value {
                    Some(term) => plan.terms[term].name.in_language(language).to_owned(),
                    None => language.text(Text::NotPlaced).to_owned(),
                },
            ) {
                let id = module.id.clone();
                // The first placement moves; the others (a module in several terms) stay.
                let edit = match (placed, term) {
                    (Some(from), Some(term)) => Edit::Move {
                        module: id,
                        from,
                        term,
                        index: usize::MAX,
                    },
                    (None, Some(term)) => Edit::Schedule {
                        placement: plan.usual_placement(module, term),
                        term,
                        index: usize::MAX,
                    },
                    (Some(_), None) => Edit::Unschedule {
                        module: id,
                        term: None,
                    },
                    (None, None) => Edit::Batch(Vec::new()),
                };
                commands.push(Command::Apply(edit, Coalesce::Never));
            }
        });
    ui.separator();
    crate::ui::panels::placement_editor::placements_ui(ui, language, plan, module, commands);
    crate::ui::panels::placement_editor::group_choice_ui(ui, language, plan, module, commands);
    ui.separator();
    // The description is long: below what is edited most (time and choice).
    egui::Grid::new("module-description")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            // What the document prints of a module: its content, and for a core module
            // its objectives and teaching requirements.
            let texts = [
                (
                    [Text::DescriptionChinese, Text::DescriptionEnglish],
                    &mut module.description,
                    ["description.zh", "description.en"],
                ),
                (
                    [Text::ObjectivesChinese, Text::ObjectivesEnglish],
                    &mut module.objectives,
                    ["objectives.zh", "objectives.en"],
                ),
                (
                    [Text::RequirementsChinese, Text::RequirementsEnglish],
                    &mut module.requirements,
                    ["requirements.zh", "requirements.en"],
                ),
            ];
            for ([chinese, english], names, [chinese_key, english_key]) in texts {
                if text_area(ui, language.text(chinese), &mut names.zh) {
                    changed = Some(chinese_key);
                }
                if text_area(ui, language.text(english), &mut names.en) {
                    changed = Some(english_key);
                }
            }
        });
    ui.separator();
    ui.strong(language.text(Text::Skills));
    egui::Grid::new("module-skills")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for skill in &plan.skills {
                let mut level = module
                    .skills
                    .iter()
                    .find(|entry| entry.skill == skill.id)
                    .map(|entry| entry.level);
                let choices = [None, Some(Level::I), Some(Level::R), Some(Level::M)];
                if combo(
                    ui,
                    skill.name.in_language(language),
                    &mut level,
                    &choices,
                    |value| match value {
                        Some(level) => words::level(language, level).to_owned(),
                        None => language.text(Text::LevelNone).to_owned(),
                    },
                ) {
                    commands.push(Command::Apply(
                        Edit::SetLevel {
                            module: module.id.clone(),
                            skill: skill.id.clone(),
                            level,
                        },
                        Coalesce::Never,
                    ));
                }
            }
        });
    ui.separator();
    ui.strong(language.text(Text::Industries));
    for industry in &plan.industries {
        let mut served = module.industries.contains(&industry.id);
        if ui
            .checkbox(&mut served, industry.name.in_language(language))
            .changed()
        {
            if served {
                module.industries.push(industry.id.clone());
            } else {
                module.industries.retain(|known| known != &industry.id);
            }
            changed = Some("industries");
        }
    }
    ui.separator();
    for (text, key, list) in [
        (
            Text::Prerequisites,
            "prerequisites",
            &mut module.prerequisites,
        ),
        (Text::Corequisites, "corequisites", &mut module.corequisites),
    ] {
        if requisites_ui(ui, context, &owner, text, list) {
            changed = Some(key);
        }
    }
    ui.separator();
    ui.horizontal_wrapped(|ui| {
        if plan.term_of(&module.id).is_some()
            && ui.button(language.text(Text::RemoveFromTerm)).clicked()
        {
            commands.push(Command::Apply(
                Edit::Unschedule {
                    module: module.id.clone(),
                    term: None,
                },
                Coalesce::Never,
            ));
        }
        if ui.button(language.text(Text::DuplicateModule)).clicked() {
            commands.push(Command::DuplicateSelected);
        }
        if ui.button(language.text(Text::DeleteModule)).clicked() {
            commands.push(Command::Apply(
                Edit::DeleteModule {
                    module: module.id.clone(),
                },
                Coalesce::Never,
            ));
            commands.push(Command::Select(Selection::Plan));
        }
    });
    // A blank or taken code, or no name at all, stays in the field and is not applied.
    let valid = !check_module(plan, module)
        .iter()
        .any(|finding| finding.problem.blocks_applying());
    if let (Some(field), true) = (changed, valid) {
        commands.push(Command::Apply(
            Edit::PutModule(Box::new(module.clone())),
            Coalesce::Key(owner, field),
        ));
    }
}

/// What `validate` would say of the draft, for the findings `which` picks, each on a row
/// below the field it concerns: errors in the error colour, warnings in the warning colour.
fn problem_rows(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    module: &Module,
    which: impl Fn(&Problem) -> bool,
) {
    for finding in check_module(context.plan, module) {
        if !which(&finding.problem) {
            continue;
        }
        let colour = match finding.severity {
            Severity::Error => theme::error_colour(ui.visuals()),
            Severity::Warning => theme::warning_colour(ui.visuals()),
        };
        ui.label("");
        let text = finding_text(
            context.language,
            context.plan,
            context.library,
            &finding.problem,
        );
        ui.add(egui::Label::new(RichText::new(text).color(colour)).wrap());
        ui.end_row();
    }
}

/// A module's prerequisites or co-requisites: each with a remove button, and a list to add one.
fn requisites_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    owner: &str,
    text: Text,
    list: &mut Vec<ModuleId>,
) -> bool {
    let language = context.language;
    let plan = context.plan;
    let mut changed = false;
    let heading = ui.strong(language.text(text));
    let mut remove = None;
    for (at, id) in list.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text(language.text(Text::RemoveFromTerm))
                .clicked()
            {
                remove = Some(at);
            }
            let name = plan
                .module(id)
                .map_or(id.as_str(), |module| module.name.in_language(language));
            ui.label(name);
        });
    }
    if let Some(at) = remove {
        list.remove(at);
        changed = true;
    }
    egui::ComboBox::from_id_salt(("add-requisite", owner.to_owned(), text as usize))
        .selected_text(language.text(Text::AddRequisite))
        .width(ui.available_width().min(260.0))
        .show_ui(ui, |ui| {
            for module in &plan.modules {
                if module.id.as_str() != owner
                    && !list.contains(&module.id)
                    && ui
                        .selectable_label(
                            false,
                            format!("{}  {}", module.code, module.name.in_language(language)),
                        )
                        .clicked()
                {
                    list.push(module.id.clone());
                    changed = true;
                }
            }
        })
        .response
        .labelled_by(heading.id);
    changed
}

fn library_module_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    id: &ModuleId,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let Some(module) = context
        .library
        .modules
        .iter()
        .find(|module| &module.id == id)
    else {
        ui.weak(language.text(Text::SelectHint));
        return;
    };
    ui.label(RichText::new(module.name.in_language(language)).strong());
    ui.weak(format!(
        "{} · {}",
        module.code,
        language.text(Text::FromLibrary)
    ));
    ui.label(format!(
        "{} · {} · {}",
        words::credits(language, module.credits),
        language.fill(Text::StatusHours, &[&module.hours()]),
        words::category(language, module.category)
    ));
    ui.separator();
    for (term, entry) in context.plan.terms.iter().enumerate() {
        let label = format!("＋ {}", entry.name.in_language(language));
        if ui.button(label).clicked() {
            commands.push(Command::AddFromLibrary {
                module: id.clone(),
                term,
                index: usize::MAX,
            });
        }
    }
}

fn term_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    term: usize,
    name: &mut Names,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let Some(entry) = context.plan.terms.get(term) else {
        return;
    };
    ui.label(RichText::new(entry.name.in_language(language)).strong());
    let mut changed = None;
    egui::Grid::new("term-fields")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            if text_field(ui, language.text(Text::NameChinese), &mut name.zh) {
                changed = Some("name.zh");
            }
            if text_field(ui, language.text(Text::NameEnglish), &mut name.en) {
                changed = Some("name.en");
            }
            if let Some(calendar) =
                crate::ui::panels::calendar_editor::calendar_ui(ui, language, &entry.calendar)
            {
                commands.push(Command::Apply(
                    Edit::SetCalendar {
                        index: term,
                        calendar,
                    },
                    Coalesce::Key(format!("term {term}"), "calendar"),
                ));
            }
        });
    if let Some(field) = changed {
        commands.push(Command::Apply(
            Edit::RenameTerm {
                index: term,
                name: name.clone(),
            },
            Coalesce::Key(format!("term {term}"), field),
        ));
    }
    ui.separator();
    if ui.button(language.text(Text::RemoveTerm)).clicked() {
        commands.push(Command::Apply(
            crate::editor::remove_term(context.plan, term),
            Coalesce::Never,
        ));
        commands.push(Command::Select(Selection::Plan));
    }
}

fn details_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    details: &mut PlanDetails,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    ui.label(RichText::new(language.text(Text::PlanDetails)).strong());
    let mut changed = None;
    egui::Grid::new("plan-fields")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            for (text, value, key) in [
                (Text::TitleChinese, &mut details.title.zh, "title.zh"),
                (Text::TitleEnglish, &mut details.title.en, "title.en"),
                (
                    Text::InstitutionChinese,
                    &mut details.institution.zh,
                    "institution.zh",
                ),
                (
                    Text::InstitutionEnglish,
                    &mut details.institution.en,
                    "institution.en",
                ),
            ] {
                if text_field(ui, language.text(text), value) {
                    changed = Some(key);
                }
            }
            if combo(
                ui,
                language.text(Text::ProgrammeKind),
                &mut details.kind,
                &[
                    ProgrammeKind::HigherVocational3Year,
                    ProgrammeKind::Undergraduate4Year,
                    ProgrammeKind::ShortCourse,
                ],
                |value| words::programme_kind(language, value).to_owned(),
            ) {
                changed = Some("kind");
            }
            // A short course has phases, not a term system.
            if details.kind != ProgrammeKind::ShortCourse
                && combo(
                    ui,
                    language.text(Text::TermSystem),
                    &mut details.term_system,
                    &[TermSystem::Semester, TermSystem::Quarter],
                    |value| {
                        language
                            .text(match value {
                                TermSystem::Semester => Text::Semester,
                                TermSystem::Quarter => Text::Quarter,
                            })
                            .to_owned()
                    },
                )
            {
                changed = Some("term_system");
            }
            if let Some(rules) = rules_combo(ui, context, &details.rules) {
                details.rules = rules;
                changed = Some("rules");
            }
        });
    // A plan whose kind changed keeps its rules until its author takes the kind's own (a
    // short course checked against the 3-year rules fails every one of them).
    let usual = crate::editor::rules_for_kind(details.kind);
    if details.rules.book_id() != usual.book_id() && !details.rules.is_no_rules() {
        let usual_name = context.rule_books.get(usual.book_id()).map_or_else(
            || usual.book_id().to_owned(),
            |found| book_name(language, &found.book.name),
        );
        ui.colored_label(
            theme::warning_colour(ui.visuals()),
            language.fill(
                Text::KindRulesOffer,
                &[&words::programme_kind(language, details.kind), &usual_name],
            ),
        );
        if ui.button(language.text(Text::KindRulesApply)).clicked() {
            details.rules = usual;
            changed = Some("rules");
        }
    }
    crate::ui::panels::rule_book_view::rule_book_ui(ui, context, &details.rules, commands);
    ui.separator();
    ui.strong(language.text(Text::TargetIndustries));
    for industry in &context.plan.industries {
        let mut target = details.target_industries.contains(&industry.id);
        if ui
            .checkbox(&mut target, industry.name.in_language(language))
            .changed()
        {
            if target {
                details.target_industries.push(industry.id.clone());
            } else {
                details
                    .target_industries
                    .retain(|known| known != &industry.id);
            }
            changed = Some("target_industries");
        }
    }
    ui.separator();
    // Closed until asked for: they are long, and a closed section costs nothing to draw.
    for (text, section) in [
        (
            Text::Survey,
            crate::ui::tabs::survey_skills_industries_view::survey_ui as SectionUi,
        ),
        (
            Text::ElectiveGroupsHeading,
            crate::ui::panels::group_editor::groups_ui,
        ),
        (
            Text::Skills,
            crate::ui::tabs::survey_skills_industries_view::skills_ui,
        ),
        (
            Text::Industries,
            crate::ui::tabs::survey_skills_industries_view::industries_ui,
        ),
    ] {
        egui::CollapsingHeader::new(language.text(text))
            .id_salt(("plan-definitions", text as usize))
            .default_open(false)
            .show(ui, |ui| section(ui, context, commands));
    }
    ui.separator();
    ui.weak(language.text(Text::SelectHint));
    if let Some(field) = changed {
        commands.push(Command::Apply(
            Edit::SetDetails(Box::new(details.clone())),
            Coalesce::Key("plan".to_owned(), field),
        ));
    }
}

type SectionUi = fn(&mut Ui, &ViewContext<'_>, &mut Vec<Command>);

/// The books found, by name; a choice other than the current one names that book.
fn rules_combo(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    current: &RulesProfile,
) -> Option<RulesProfile> {
    let language = context.language;
    let current_id = current.book_id().to_owned();
    let mut ids: Vec<String> = context
        .rule_books
        .all()
        .iter()
        .map(|found| found.book.id.clone())
        .collect();
    if !ids.contains(&current_id) {
        ids.insert(0, current_id.clone());
    }
    let name_of = |index: usize| {
        let id = ids.get(index).map_or("", String::as_str);
        match (current, context.rule_books.get(id)) {
            (RulesProfile::Own(book), _) if book.id == id => {
                language.fill(Text::RuleBookOwn, &[&book_name(language, &book.name)])
            }
            (_, Some(found)) => book_name(language, &found.book.name),
            (_, None) => language.fill(Text::RuleBookMissing, &[&id]),
        }
    };
    let mut chosen = ids.iter().position(|id| *id == current_id).unwrap_or(0);
    let choices: Vec<usize> = (0..ids.len()).collect();
    if combo(
        ui,
        language.text(Text::Rules),
        &mut chosen,
        &choices,
        name_of,
    ) && let Some(id) = ids.get(chosen)
        && *id != current_id
    {
        return Some(RulesProfile::Book(id.clone()));
    }
    None
}

/// Credits as a plan document counts them: a number from 0 to 60 in steps of 0.5.
fn parse_credits(text: &str) -> Option<f64> {
    let credits: f64 = text.trim().parse().ok()?;
    (credits.is_finite() && (0.0..=60.0).contains(&credits) && (credits * 2.0).fract() == 0.0)
        .then_some(credits)
}

/// Hours as plans count them: a whole number from 0 to 5,000.
fn parse_hours(text: &str) -> Option<u32> {
    text.trim().parse().ok().filter(|hours| *hours <= 5_000)
}
