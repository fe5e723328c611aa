//! Findings of `model::validate` and refused edits in words. The window names modules by
//! their names, the command line by their ids (what a file holds): the caller says which.

use super::{Language, Text};
use crate::model::ModuleId;
use crate::model::edit::EditError;
use crate::model::validate::{IdKind, Problem, Severity};

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
        UnknownModuleInTerm { term, module } => {
            fill(Text::ProblemUnknownModuleInTerm, &[&(term + 1), module])
        }
        ModuleScheduledTwice {
            module,
            first_term,
            second_term,
        } => fill(
            Text::ProblemScheduledTwice,
            &[&module_name(module), &(first_term + 1), &(second_term + 1)],
        ),
        UnknownRequisite { module, requisite } => fill(
            Text::ProblemUnknownRequisite,
            &[&module_name(module), requisite],
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
