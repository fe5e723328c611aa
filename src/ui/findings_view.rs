//! The status bar (totals, alignment, the number of findings) and the findings window that
//! opens from it: validation problems and rules not met; a click selects what it concerns.

use egui::{RichText, Ui};

use super::command::{Command, Selection};
use super::i18n::{Language, Text};
use super::theme;
use super::words;
use crate::analysis::{Report, RuleCheck, RuleId};
use crate::model::validate::{Finding, Location, Problem, Severity};
use crate::model::{ModuleId, Plan};

pub struct FindingsContext<'a> {
    pub plan: &'a Plan,
    pub report: &'a Report,
    pub findings: &'a [Finding],
    pub language: Language,
}

impl FindingsContext<'_> {
    fn failed_rules(&self) -> impl Iterator<Item = &RuleCheck> {
        self.report.rules.iter().filter(|rule| !rule.ok)
    }

    pub fn count(&self) -> usize {
        self.findings.len() + self.failed_rules().count()
    }
}

pub fn status_bar_ui(ui: &mut Ui, context: &FindingsContext<'_>, commands: &mut Vec<Command>) {
    let language = context.language;
    let totals = &context.report.totals;
    ui.horizontal(|ui| {
        ui.label(words::credits(language, totals.credits));
        ui.separator();
        ui.label(language.fill(Text::StatusHours, &[&totals.hours]));
        ui.separator();
        ui.label(language.fill(
            Text::StatusPractice,
            &[&format!("{:.1} %", totals.practice_share * 100.0)],
        ));
        ui.separator();
        match &context.report.alignment {
            Some(alignment) => ui
                .label(language.fill(Text::StatusAlignment, &[&format!("{:.3}", alignment.score)]))
                .on_hover_text(language.fill(
                    Text::AlignmentFormula,
                    &[&format!("{:.3}", alignment.cosine)],
                )),
            None => ui.weak(language.text(Text::StatusNoSurvey)),
        };
        ui.separator();
        let count = context.count();
        let text = language.fill(Text::StatusFindings, &[&count]);
        let colour = if context
            .findings
            .iter()
            .any(|finding| finding.severity == Severity::Error)
        {
            theme::error_colour(ui.visuals())
        } else if count > 0 {
            theme::warning_colour(ui.visuals())
        } else {
            theme::good_colour(ui.visuals().dark_mode)
        };
        let marker = if count > 0 { "▲" } else { "√" };
        if ui
            .add(
                egui::Button::new(RichText::new(format!("{marker} {text}")).color(colour))
                    .frame(false),
            )
            .clicked()
        {
            commands.push(Command::ShowFindings(true));
        }
    });
}

pub fn findings_window(
    ctx: &egui::Context,
    open: &mut bool,
    context: &FindingsContext<'_>,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let mut still_open = *open;
    egui::Window::new(language.text(Text::FindingsTitle))
        .open(&mut still_open)
        .default_size([520.0, 360.0])
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if context.count() == 0 {
                    ui.label(language.text(Text::NoFindings));
                }
                for rule in context.failed_rules() {
                    ui.horizontal_wrapped(|ui| {
                        ui.colored_label(
                            theme::warning_colour(ui.visuals()),
                            language.text(Text::RuleFailed),
                        );
                        ui.label(rule_text(language, rule));
                    });
                }
                for finding in context.findings {
                    ui.horizontal_wrapped(|ui| {
                        let (severity, colour) = match finding.severity {
                            Severity::Error => (Text::Error, theme::error_colour(ui.visuals())),
                            Severity::Warning => {
                                (Text::Warning, theme::warning_colour(ui.visuals()))
                            }
                        };
                        ui.colored_label(colour, language.text(severity));
                        let text = problem_text(language, context.plan, &finding.problem);
                        if ui.link(text).clicked() {
                            commands
                                .push(Command::Select(selection_of(finding.problem.location())));
                        }
                    });
                }
            });
        });
    *open = still_open;
}

fn selection_of(location: Location) -> Selection {
    match location {
        Location::Module(module) => Selection::Module(module),
        Location::Term { term, .. } => Selection::Term(term),
        Location::Skill(_) | Location::Industry(_) | Location::Survey(_) => Selection::Plan,
    }
}

pub(super) fn rule_text(language: Language, rule: &RuleCheck) -> String {
    if language == Language::English {
        return rule.detail.clone();
    }
    let name = match rule.id {
        RuleId::TotalHours => "总学时",
        RuleId::HoursPerCredit => "每学分学时不合规定的课程数",
        RuleId::PublicBasicShare => "公共基础课学时占比",
        RuleId::ElectiveShare => "选修课学时占比",
        RuleId::PracticeShare => "实践学时占比",
        RuleId::CoreModules => "专业核心课门数",
        RuleId::InternshipMonths => "顶岗实习月数",
        RuleId::Credits => "总学分",
        RuleId::Hours => "总学时",
    };
    let shares = matches!(
        rule.id,
        RuleId::PublicBasicShare | RuleId::ElectiveShare | RuleId::PracticeShare
    );
    let show = |value: f64| {
        if shares {
            format!("{:.1} %", value * 100.0)
        } else {
            words::number(value)
        }
    };
    let range = match (rule.minimum, rule.maximum) {
        (Some(low), Some(high)) => format!("应为 {}–{}", show(low), show(high)),
        (Some(low), None) => format!("至少 {}", show(low)),
        (None, Some(high)) => format!("至多 {}", show(high)),
        (None, None) => String::new(),
    };
    format!("{name}：{}（{range}）", show(rule.value))
}

/// A problem in the chosen language, naming modules by their names rather than their ids.
pub fn problem_text(language: Language, plan: &Plan, problem: &Problem) -> String {
    if language == Language::English {
        return problem.to_string();
    }
    let name = |id: &ModuleId| {
        plan.module(id)
            .map_or_else(|| id.as_str().to_owned(), |module| module.name.zh.clone())
    };
    use Problem::*;
    match problem {
        DuplicateModuleId(id) => format!("课程标识“{id}”重复定义"),
        DuplicateSkillId(id) => format!("能力标识“{id}”重复定义"),
        DuplicateIndustryId(id) => format!("产业标识“{id}”重复定义"),
        UnknownModuleInTerm { term, module } => {
            format!("第{}学期列出的课程“{module}”在文件中没有定义", term + 1)
        }
        ModuleScheduledTwice {
            module,
            first_term,
            second_term,
        } => format!(
            "课程“{}”安排了两次：第{}学期和第{}学期",
            name(module),
            first_term + 1,
            second_term + 1
        ),
        UnknownRequisite { module, requisite } => {
            format!("课程“{}”的先修课程“{requisite}”没有定义", name(module))
        }
        RequisiteCycle { modules } => {
            let names: Vec<String> = modules.iter().map(name).collect();
            format!("先修关系成环：{}", names.join(" → "))
        }
        PrerequisiteNotEarlier {
            module,
            module_term,
            prerequisite,
            prerequisite_term,
        } => format!(
            "课程“{}”（第{}学期）的先修课程“{}”应在更早的学期，但在第{}学期",
            name(module),
            module_term + 1,
            name(prerequisite),
            prerequisite_term + 1
        ),
        CorequisiteLater {
            module,
            module_term,
            corequisite,
            corequisite_term,
        } => format!(
            "课程“{}”（第{}学期）的同修课程“{}”应在同一或更早的学期，但在第{}学期",
            name(module),
            module_term + 1,
            name(corequisite),
            corequisite_term + 1
        ),
        RequisiteNotScheduled { module, requisite } => format!(
            "课程“{}”需要的“{}”没有安排在任何学期",
            name(module),
            name(requisite)
        ),
        HoursDoNotFitCredits {
            module,
            hours,
            credits,
            min_hours,
            max_hours,
        } => format!(
            "课程“{}”{hours} 学时对应 {credits} 学分，应为 {min_hours}–{max_hours} 学时",
            name(module)
        ),
        InvalidCredits { module, credits } => {
            format!(
                "课程“{}”的学分 {credits} 无效，学分应为不小于 0 的数",
                name(module)
            )
        }
        UnknownSkill { module, skill } => {
            format!("课程“{}”培养的能力“{skill}”没有定义", name(module))
        }
        SkillListedTwice { module, skill } => {
            format!("课程“{}”对能力“{skill}”给出了多个等级", name(module))
        }
        UnknownIndustry { module, industry } => {
            format!("课程“{}”服务的产业“{industry}”没有定义", name(module))
        }
        UnknownTargetIndustry(industry) => format!("服务产业“{industry}”没有定义"),
        UnknownSurveySkill(skill) => format!("调查中的能力“{skill}”没有定义"),
        ShareOutOfRange { skill, share } => {
            format!("调查中“{skill}”的比例为 {share}，应在 0 到 1 之间")
        }
    }
}
