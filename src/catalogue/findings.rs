//! Findings of `model::validate` and refused edits in words. The window names modules by
//! their names, the command line by their ids (what a file holds): the caller says which.

use super::{Language, Text};
use crate::model::ModuleId;
use crate::model::edit::EditError;
use crate::model::validate::{IdKind, NamedPart, Problem, RuleIssue, Severity};

pub fn severity_word(language: Language, severity: Severity) -> &'static str {
    language.text(match severity {
        Severity::Error => Text::SeverityError,
        Severity::Warning => Text::SeverityWarning,
    })
}

/// A problem as a sentence; `module_name` says how a module is named in it.
pub fn problem_message(
    language: Language,
    problem: &Problem,
    module_name: &dyn Fn(&ModuleId) -> String,
) -> String {
    use Problem::*;
    // Ids and names come from files: a megabyte of zero-width spaces is still one id, and
    // is repeated only up to `MAX_ECHOED_CHARACTERS` (each invisible character counts).
    let fill = |text, values: &[&dyn std::fmt::Display]| {
        let values: Vec<String> = values
            .iter()
            .map(|value| super::echo::shortened(&value.to_string()))
            .collect();
        let values: Vec<&dyn std::fmt::Display> = values
            .iter()
            .map(|value| value as &dyn std::fmt::Display)
            .collect();
        language.fill(text, &values)
    };
    match problem {
        DuplicateModuleId(id) => fill(Text::ProblemDuplicateModuleId, &[id]),
        DuplicateSkillId(id) => fill(Text::ProblemDuplicateSkillId, &[id]),
        DuplicateIndustryId(id) => fill(Text::ProblemDuplicateIndustryId, &[id]),
        BlankModuleCode(module) => fill(Text::ProblemBlankModuleCode, &[&module_name(module)]),
        DuplicateModuleCode {
            module,
            code,
            first,
        } => fill(
            Text::ProblemDuplicateModuleCode,
            &[&module_name(module), code, &module_name(first)],
        ),
        UnnamedModule(module) => fill(Text::ProblemUnnamedModule, &[module]),
        NameLeftDefault {
            part,
            default_in,
            default,
            edited,
        } => {
            let part = match part {
                NamedPart::Title => language.text(Text::NamedPartTitle).to_owned(),
                NamedPart::Term(term) => language.fill(Text::NamedPartTerm, &[&(term + 1)]),
                NamedPart::Module(module) => {
                    language.fill(Text::NamedPartModule, &[&module_name(module)])
                }
            };
            let text = if default_in.is_chinese() {
                Text::ProblemChineseNameLeftDefault
            } else {
                Text::ProblemEnglishNameLeftDefault
            };
            fill(text, &[&part, default, edited])
        }
        UnknownModuleInTerm { term, module } => {
            fill(Text::ProblemUnknownModuleInTerm, &[&(term + 1), module])
        }
        ModuleTwiceInTerm { module, term } => fill(
            Text::ProblemTwiceInTerm,
            &[&module_name(module), &(term + 1)],
        ),
        PlacedHoursDiffer {
            module,
            placed,
            hours,
            ..
        } => fill(
            Text::ProblemPlacedHoursDiffer,
            &[&module_name(module), placed, hours],
        ),
        HoursWithoutWeeklyForm {
            module,
            term,
            hours,
            teaching_weeks,
        } => fill(
            Text::ProblemHoursWithoutWeeklyForm,
            &[&module_name(module), &(term + 1), hours, teaching_weeks],
        ),
        LongerThanTeachingWeeks {
            module,
            term,
            weeks,
            teaching_weeks,
        } => fill(
            Text::ProblemLongerThanTeachingWeeks,
            &[&module_name(module), &(term + 1), weeks, teaching_weeks],
        ),
        BlocksOverfillTerm {
            module,
            term,
            block_weeks,
            free_weeks,
        } => fill(
            Text::ProblemBlocksOverfillTerm,
            &[&(term + 1), block_weeks, free_weeks, &module_name(module)],
        ),
        CalendarDoesNotAddUp { term, kinds, weeks } => fill(
            Text::ProblemCalendarDoesNotAddUp,
            &[&(term + 1), kinds, weeks],
        ),
        WeeksInPhase { module, term } => fill(
            Text::ProblemWeeksInPhase,
            &[&(term + 1), &module_name(module)],
        ),
        DuplicateGroupId(group) => fill(Text::ProblemDuplicateGroupId, &[group]),
        RuleProblem { rule, issue } => fill(
            match issue {
                RuleIssue::DuplicateId => Text::ProblemRuleDuplicateId,
                RuleIssue::LimitsInverted => Text::ProblemRuleLimitsInverted,
                RuleIssue::ShareOutOfRange => Text::ProblemRuleShareOutOfRange,
                RuleIssue::InvalidFigure => Text::ProblemRuleInvalidFigure,
                RuleIssue::NoCourseNamed => Text::ProblemRuleNoCourseNamed,
            },
            &[rule],
        ),
        UnknownModuleInGroup { group, module } => {
            fill(Text::ProblemUnknownModuleInGroup, &[group, module])
        }
        ModuleInTwoGroups {
            module,
            first,
            second,
        } => fill(
            Text::ProblemModuleInTwoGroups,
            &[&module_name(module), first, second],
        ),
        GroupModuleNotPlaced { group, module } => fill(
            Text::ProblemGroupModuleNotPlaced,
            &[group, &module_name(module)],
        ),
        GroupCannotBeMet {
            group,
            offered_credits,
            min_credits,
            offered_modules,
            min_modules,
        } => fill(
            Text::ProblemGroupCannotBeMet,
            &[
                group,
                &super::words::number(*offered_credits),
                offered_modules,
                &super::words::number(*min_credits),
                min_modules,
            ],
        ),
        ElectiveInNoGroup(module) => fill(Text::ProblemElectiveInNoGroup, &[&module_name(module)]),
        UnknownRequisite { module, requisite } => fill(
            Text::ProblemUnknownRequisite,
            &[&module_name(module), &module_name(requisite)],
        ),
        RequisiteCycle { modules } => {
            let mut names: Vec<String> = modules.iter().map(module_name).collect();
            if let Some(first) = names.first().cloned() {
                names.push(first);
            }
            fill(Text::ProblemRequisiteCycle, &[&names.join(" → ")])
        }
        PrerequisiteNotEarlier {
            module,
            module_term,
            prerequisite,
            prerequisite_term,
        } => fill(
            Text::ProblemPrerequisiteNotEarlier,
            &[
                &module_name(module),
                &(module_term + 1),
                &module_name(prerequisite),
                &(prerequisite_term + 1),
            ],
        ),
        CorequisiteLater {
            module,
            module_term,
            corequisite,
            corequisite_term,
        } => fill(
            Text::ProblemCorequisiteLater,
            &[
                &module_name(module),
                &(module_term + 1),
                &module_name(corequisite),
                &(corequisite_term + 1),
            ],
        ),
        RequisiteNotScheduled { module, requisite } => fill(
            Text::ProblemRequisiteNotScheduled,
            &[&module_name(module), &module_name(requisite)],
        ),
        HoursDoNotFitCredits {
            module,
            hours,
            credits,
            min_hours,
            max_hours,
        } => fill(
            Text::ProblemHoursDoNotFitCredits,
            &[
                &module_name(module),
                hours,
                credits,
                min_hours,
                max_hours,
                &super::words::number(f64::from(*hours) / credits),
            ],
        ),
        TaughtWithoutCredits { module, hours } => fill(
            Text::ProblemTaughtWithoutCredits,
            &[&module_name(module), hours],
        ),
        InvalidCredits { module, credits } => fill(
            Text::ProblemInvalidCredits,
            &[&module_name(module), credits],
        ),
        UnknownSkill { module, skill } => {
            fill(Text::ProblemUnknownSkill, &[&module_name(module), skill])
        }
        SkillListedTwice { module, skill } => fill(
            Text::ProblemSkillListedTwice,
            &[&module_name(module), skill],
        ),
        UnknownIndustry { module, industry } => fill(
            Text::ProblemUnknownIndustry,
            &[&module_name(module), industry],
        ),
        UnknownTargetIndustry(industry) => fill(Text::ProblemUnknownTargetIndustry, &[industry]),
        UnknownSurveySkill(skill) => fill(Text::ProblemUnknownSurveySkill, &[skill]),
        ShareOutOfRange { skill, share } => fill(Text::ProblemShareOutOfRange, &[skill, share]),
        SurveySkillTwice(skill) => fill(Text::ProblemSurveySkillTwice, &[skill]),
        IndustryListedTwice { module, industry } => fill(
            Text::ProblemIndustryListedTwice,
            &[&module_name(module), industry],
        ),
        TargetIndustryTwice(industry) => fill(Text::ProblemTargetIndustryTwice, &[industry]),
        EmptyId(kind) => language
            .text(match kind {
                IdKind::Module => Text::ProblemEmptyModuleId,
                IdKind::Skill => Text::ProblemEmptySkillId,
                IdKind::Industry => Text::ProblemEmptyIndustryId,
            })
            .to_owned(),
        NoRespondents => language.text(Text::ProblemNoRespondents).to_owned(),
        NoDemand => language.text(Text::ProblemNoDemand).to_owned(),
        SurveyWithoutSkills => language.text(Text::ProblemSurveyWithoutSkills).to_owned(),
        NoTerms => language.text(Text::ProblemNoTerms).to_owned(),
    }
}

/// Why the plan refused an edit (rare: a view offered something stale).
pub fn edit_error_message(language: Language, error: &EditError) -> String {
    let fill = |text, values: &[&dyn std::fmt::Display]| language.fill(text, values);
    let refused = match error {
        EditError::UnknownModule(module) => fill(Text::EditUnknownModule, &[module]),
        EditError::AlreadyScheduled { module, term } => {
            fill(Text::EditAlreadyScheduled, &[module, &(term + 1)])
        }
        EditError::NotScheduled(module) => fill(Text::EditNotScheduled, &[module]),
        EditError::NotInTerm { module, term } => fill(Text::EditNotInTerm, &[module, &(term + 1)]),
        EditError::NoSuchPlacement { term, index } => {
            fill(Text::EditNoSuchPlacement, &[&(term + 1), &(index + 1)])
        }
        EditError::NoSuchTerm(term) => fill(Text::EditNoSuchTerm, &[&(term + 1)]),
        EditError::DuplicateModule(module) => fill(Text::EditDuplicateModule, &[module]),
        EditError::UnknownIndustry(industry) => fill(Text::EditUnknownIndustry, &[industry]),
        EditError::UnknownSkill(skill) => fill(Text::EditUnknownSkill, &[skill]),
        EditError::LevelAlreadySet(module, skill) => {
            fill(Text::EditLevelAlreadySet, &[module, skill])
        }
    };
    fill(Text::EditRefused, &[&refused])
}
