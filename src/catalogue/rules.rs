//! A rule of the plan's profile in words: its figure and the limits it must keep.

use super::words;
use super::{Language, Text};
use crate::analysis::{RemedyChange, RuleCheck, RuleFigures, RuleId, RuleRemedy};

/// What the rule measures, e.g. "总学时" / "Total hours".
pub fn rule_name(language: Language, id: RuleId) -> &'static str {
    language.text(match id {
        RuleId::TotalHours | RuleId::Hours => Text::RuleNameHours,
        RuleId::HoursPerCredit => Text::RuleNameHoursPerCredit,
        RuleId::PublicBasicShare => Text::RuleNamePublicBasicShare,
        RuleId::ElectiveShare => Text::RuleNameElectiveShare,
        RuleId::PracticeShare => Text::RuleNamePracticeShare,
        RuleId::CoreModules => Text::RuleNameCoreModules,
        RuleId::InternshipMonths => Text::RuleNameInternship,
        RuleId::Credits => Text::RuleNameCredits,
    })
}

/// A rule's figure with its limits: "总学时：3004（至少 2500）", "3004 hours (at least 2500)".
pub fn rule_message(language: Language, rule: &RuleCheck) -> String {
    let shown = |value: f64| show(rule.id, value);
    let figure = match (rule.id, rule.figures) {
        (_, RuleFigures::HoursPerCredit { taught, low, high }) => {
            // The count says it all: no limits after it.
            return language.fill(
                Text::RuleHoursPerCredit,
                &[&exact(rule.value), &taught, &exact(low), &exact(high)],
            );
        }
        (_, RuleFigures::Internship { weeks }) => language.fill(
            Text::RuleInternship,
            &[&exact(weeks), &format!("{:.1}", rule.value + 0.0)],
        ),
        (RuleId::TotalHours | RuleId::Hours, _) => {
            language.fill(Text::RuleHours, &[&shown(rule.value)])
        }
        (RuleId::Credits, _) => language.fill(Text::RuleCredits, &[&shown(rule.value)]),
        (RuleId::PublicBasicShare, _) => {
            language.fill(Text::RulePublicBasicShare, &[&shown(rule.value)])
        }
        (RuleId::ElectiveShare, _) => language.fill(Text::RuleElectiveShare, &[&shown(rule.value)]),
        (RuleId::PracticeShare, _) => language.fill(Text::RulePracticeShare, &[&shown(rule.value)]),
        (RuleId::CoreModules, _) => language.fill(Text::RuleCoreModules, &[&shown(rule.value)]),
        (RuleId::InternshipMonths | RuleId::HoursPerCredit, _) => shown(rule.value),
    };
    match rule_limits(language, rule) {
        Some(limits) => language.fill(Text::RuleWithLimits, &[&figure, &limits]),
        None => figure,
    }
}

/// "至少 2500", "16–60", "at most 8"; `None` for a rule without limits.
pub fn rule_limits(language: Language, rule: &RuleCheck) -> Option<String> {
    let shown = |value: f64| show(rule.id, value);
    Some(match (rule.minimum, rule.maximum) {
        (Some(low), Some(high)) => language.fill(Text::RuleBetween, &[&shown(low), &shown(high)]),
        (Some(low), None) => language.fill(Text::RuleAtLeast, &[&shown(low)]),
        (None, Some(high)) => language.fill(Text::RuleAtMost, &[&shown(high)]),
        (None, None) => return None,
    })
}

/// Shares as percentages, other figures as numbers without needless decimals.
fn show(id: RuleId, value: f64) -> String {
    if id.is_share() {
        format!("{:.1} %", value * 100.0)
    } else {
        exact(value)
    }
}

/// Whole numbers without a decimal point, others with up to two decimals.
fn exact(value: f64) -> String {
    // `+ 0.0` turns −0 into 0: "顶岗实习月数：-0" reads as a defect.
    let value = value + 0.0;
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{}", (value * 100.0).round() / 100.0)
    }
}

/// How far a plan is from a rule it misses, in what a programme leader can place:
/// "还差 512 学时", "About 16 theory hours to teach as practice; …".
pub fn remedy_message(language: Language, remedy: &RuleRemedy) -> String {
    let amount = format!("{:.0}", remedy.amount.ceil());
    match remedy.change {
        RemedyChange::AddHours => language.fill(Text::RemedyAddHours, &[&amount]),
        RemedyChange::RemoveHours => language.fill(Text::RemedyRemoveHours, &[&amount]),
        RemedyChange::AddCredits => {
            language.fill(Text::RemedyAddCredits, &[&words::number(remedy.amount)])
        }
        RemedyChange::RemoveCredits => {
            language.fill(Text::RemedyRemoveCredits, &[&words::number(remedy.amount)])
        }
        RemedyChange::AddHoursIn(category) => language.fill(
            Text::RemedyAddHoursIn,
            &[&amount, &words::category(language, category)],
        ),
        RemedyChange::TheoryToPractice => language.fill(Text::RemedyTheoryToPractice, &[&amount]),
        RemedyChange::FixHoursPerCredit => language.fill(Text::RemedyHoursPerCredit, &[&amount]),
        RemedyChange::AddCoreModules => language.fill(Text::RemedyAddCoreModules, &[&amount]),
        RemedyChange::RemoveCoreModules => language.fill(Text::RemedyRemoveCoreModules, &[&amount]),
        RemedyChange::AddInternshipWeeks => language.fill(Text::RemedyAddInternship, &[&amount]),
        RemedyChange::RemoveInternshipWeeks => {
            language.fill(Text::RemedyRemoveInternship, &[&amount])
        }
    }
}
