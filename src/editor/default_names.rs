//! Names edited in one language while the other keeps the app's default: a module renamed
//! "Alibaba.com workshop" in English stays 新建课程 in Chinese, a plan titled in Chinese stays
//! "New training plan" in English, and the document in that language would print the default.
//! The defaults are the catalogue's words, so this check lives above the model.

use crate::catalogue::{Language, Text, phase_name, term_name};
use crate::model::validate::{Finding, NamedPart, Problem, Severity};
use crate::model::{Names, Plan};

/// Everything a plan's check finds: what `validate` finds in the file, and the names left
/// at their default in one language (the window's findings and `check` say the same).
pub fn plan_findings(plan: &Plan) -> Vec<Finding> {
    let mut findings = crate::model::validate::validate(plan);
    findings.extend(default_names_left(plan));
    findings
}

/// A finding for each title, term (or phase) and module whose name is still the default in
/// one language and something else in the other.
pub fn default_names_left(plan: &Plan) -> Vec<Finding> {
    let both = |text: Text| Names::new(Language::Chinese.text(text), Language::English.text(text));
    let mut found = Vec::new();
    let mut check = |part: NamedPart, name: &Names, defaults: &[Names]| {
        for default in defaults {
            let sides = [
                (
                    Language::Chinese,
                    &name.zh,
                    &default.zh,
                    &name.en,
                    &default.en,
                ),
                (
                    Language::English,
                    &name.en,
                    &default.en,
                    &name.zh,
                    &default.zh,
                ),
            ];
            for (language, kept, kept_default, other, other_default) in sides {
                let other = other.trim();
                if kept.trim() == kept_default && !other.is_empty() && other != other_default {
                    found.push(Finding {
                        severity: Severity::Warning,
                        problem: Problem::NameLeftDefault {
                            part: part.clone(),
                            default_in: language,
                            default: kept_default.clone(),
                            edited: other.to_owned(),
                        },
                    });
                    return;
                }
            }
        }
    };
    check(NamedPart::Title, &plan.title, &[both(Text::NewPlanTitle)]);
    // A term of weeks called 第一学期 is named; a short course's phase still called 第三学期
    // (or 第三阶段) beside an English "Phase 3: export documents" is not.
    for (index, term) in plan.terms.iter().enumerate() {
        if term.calendar.phase().is_none() {
            continue;
        }
        check(
            NamedPart::Term(index),
            &term.name,
            &[term_name(index + 1), phase_name(index + 1)],
        );
    }
    for module in &plan.modules {
        check(
            NamedPart::Module(module.id.clone()),
            &module.name,
            &[both(Text::NewModule)],
        );
    }
    found
}
