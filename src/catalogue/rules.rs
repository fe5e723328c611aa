//! A rule of the plan's profile in words: its figure and the limits it must keep.

use super::words;
use super::{Language, Text};
use crate::analysis::{Measure, RemedyChange, RuleCheck, RuleFigures, RuleRemedy, measure_of};
use crate::model::{Names, Rule, RuleKind, Source};

/// The rule as its book says it: "三年制高职总学时数不低于 2500"; for a rule without a
/// sentence, what it measures ("总学时").
pub fn rule_name(language: Language, rule: &Rule) -> String {
    let sentence = rule.sentence.in_language(language).trim();
    if !sentence.is_empty() {
        return sentence.to_owned();
    }
    language
        .text(match measure_of(&rule.check) {
            Measure::Hours => Text::RuleNameHours,
            Measure::Credits => Text::RuleNameCredits,
            Measure::Share => Text::RuleNameShare,
            Measure::Modules => Text::RuleNameModules,
            Measure::Months => Text::RuleNameInternship,
            Measure::ModulesOutside => Text::RuleNameHoursPerCredit,
            Measure::TermsWithout => Text::RuleNameEveryTerm,
            Measure::Course => Text::RuleNameCourse,
        })
        .to_owned()
}

/// A book's name; a book a plan carries without one is "本方案自定的规则".
pub fn book_name(language: Language, name: &Names) -> String {
    let name = name.in_language(language).trim();
    if name.is_empty() {
        language.text(Text::RuleBookUnnamed).to_owned()
    } else {
        name.to_owned()
    }
}

/// Where a rule comes from: "《教育部关于…指导意见》（教职成〔2019〕13号）".
pub fn rule_source(language: Language, source: &Source) -> String {
    let document = source.document.trim();
    let title = source.title.trim();
    let named = match (title.is_empty(), document.is_empty()) {
        (false, false) => language.fill(Text::RuleSourceTitled, &[&title, &document]),
        (false, true) => language.fill(Text::RuleSourceTitle, &[&title]),
        (true, false) => document.to_owned(),
        // No regulation: a usual range the book explains in its own words, or the plan's own.
        (true, true) if !source.quote.trim().is_empty() => {
            language.fill(Text::RuleSourceUsualRange, &[&source.quote.trim()])
        }
        (true, true) => language.text(Text::RuleSourcePlan).to_owned(),
    };
    let article = source.article.trim();
    if article.is_empty() {
        named
    } else {
        format!(
            "{named}{}{article}",
            language.text(Text::RuleSourceSeparator)
        )
    }
}

/// A rule's figure with its limits: "总学时：3004（至少 2500）", "3004 hours (at least 2500)".
pub fn rule_message(language: Language, rule: &RuleCheck) -> String {
    let measure = rule.measure();
    let shown = |value: f64| show(measure, value);
    let figure = match rule.figures {
        RuleFigures::HoursPerCredit { taught, low, high } => {
            // The count says it all: no limits after it.
            return language.fill(
                Text::RuleHoursPerCredit,
                &[&exact(rule.value), &taught, &exact(low), &exact(high)],
            );
        }
        RuleFigures::Course {
            hours,
            credits,
            weeks,
            modules,
        } => return course_message(language, &rule.rule.check, hours, credits, weeks, modules),
        RuleFigures::EveryTerm { placed, terms } => {
            return language.fill(Text::RuleEveryTerm, &[&placed, &terms]);
        }
        RuleFigures::Internship { weeks } => language.fill(
            Text::RuleInternship,
            &[&exact(weeks), &format!("{:.1}", rule.value + 0.0)],
        ),
        RuleFigures::Plain => match measure {
            Measure::Hours => language.fill(Text::RuleHours, &[&shown(rule.value)]),
            Measure::Credits => language.fill(Text::RuleCredits, &[&shown(rule.value)]),
            Measure::Share => language.fill(Text::RuleShare, &[&shown(rule.value)]),
            Measure::Modules => language.fill(Text::RuleModules, &[&shown(rule.value)]),
            _ => shown(rule.value),
        },
    };
    match rule_limits(language, rule) {
        Some(limits) => language.fill(Text::RuleWithLimits, &[&figure, &limits]),
        None => figure,
    }
}

/// "体育：108 学时（至少 108 学时）"; "not in the plan" when no module is the course.
fn course_message(
    language: Language,
    kind: &RuleKind,
    hours: f64,
    credits: f64,
    weeks: f64,
    modules: usize,
) -> String {
    if modules == 0 {
        return language.text(Text::RuleCourseMissing).to_owned();
    }
    let RuleKind::Course {
        hours: wanted_hours,
        credits: wanted_credits,
        weeks: wanted_weeks,
        ..
    } = kind
    else {
        return String::new();
    };
    let parts: Vec<String> = [
        (hours, *wanted_hours, Text::RuleCourseHours),
        (credits, *wanted_credits, Text::RuleCourseCredits),
        (weeks, *wanted_weeks, Text::RuleCourseWeeks),
    ]
    .into_iter()
    .filter_map(|(have, wanted, text)| {
        let wanted = wanted?;
        Some(language.fill(text, &[&exact(have), &exact(wanted)]))
    })
    .collect();
    if parts.is_empty() {
        language.fill(Text::RuleCoursePresent, &[&modules])
    } else {
        parts.join(language.text(Text::RuleSourceSeparator))
    }
}

/// "至少 2500", "16–60", "at most 8"; `None` for a rule without limits.
pub fn rule_limits(language: Language, rule: &RuleCheck) -> Option<String> {
    let measure = rule.measure();
    if matches!(
        measure,
        Measure::Course | Measure::TermsWithout | Measure::ModulesOutside
    ) {
        return None;
    }
    let shown = |value: f64| show(measure, value);
    Some(match (rule.minimum, rule.maximum) {
        (Some(low), Some(high)) => language.fill(Text::RuleBetween, &[&shown(low), &shown(high)]),
        (Some(low), None) => language.fill(Text::RuleAtLeast, &[&shown(low)]),
        (None, Some(high)) => language.fill(Text::RuleAtMost, &[&shown(high)]),
        (None, None) => return None,
    })
}

/// Shares as percentages, other figures as numbers without needless decimals.
fn show(measure: Measure, value: f64) -> String {
    if measure == Measure::Share {
        format!("{:.1} %", value * 100.0)
    } else {
        exact(value)
    }
}

/// Whole numbers without a decimal point, others with up to two decimals.
fn exact(value: f64) -> String {
    // `+ 0.0` turns −0 into 0: "岗位实习月数：-0" reads as a defect.
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
    let message = remedy_sentence(language, remedy);
    if remedy.modules.is_empty() {
        without_list_lead(message)
    } else {
        message
    }
}

/// "还差约 22 周岗位实习；现有：" with no module to name after it ends at "还差约 22 周岗位实习".
fn without_list_lead(message: String) -> String {
    if !message.ends_with(['：', ':']) {
        return message;
    }
    match message.rfind(['；', ';']) {
        Some(end) => message[..end].to_owned(),
        None => message,
    }
}

fn remedy_sentence(language: Language, remedy: &RuleRemedy) -> String {
    // 3000 − 2940 computed as 60.000000000001 is 60, not 61.
    let amount = format!("{:.0}", (remedy.amount - 1e-6).ceil());
    match remedy.change {
        RemedyChange::AddHours => language.fill(Text::RemedyAddHours, &[&amount]),
        RemedyChange::RemoveHours => language.fill(Text::RemedyRemoveHours, &[&amount]),
        RemedyChange::AddCredits => {
            language.fill(Text::RemedyAddCredits, &[&words::number(remedy.amount)])
        }
        RemedyChange::RemoveCredits => {
            language.fill(Text::RemedyRemoveCredits, &[&words::number(remedy.amount)])
        }
        RemedyChange::AddSelectedHours => language.fill(Text::RemedyAddSelectedHours, &[&amount]),
        RemedyChange::RemoveSelectedHours => {
            language.fill(Text::RemedyRemoveSelectedHours, &[&amount])
        }
        RemedyChange::TheoryToPractice => language.fill(Text::RemedyTheoryToPractice, &[&amount]),
        RemedyChange::FixHoursPerCredit => language.fill(Text::RemedyHoursPerCredit, &[&amount]),
        RemedyChange::AddModules => language.fill(Text::RemedyAddModules, &[&amount]),
        RemedyChange::RemoveModules => language.fill(Text::RemedyRemoveModules, &[&amount]),
        RemedyChange::AddCourse => language.text(Text::RemedyAddCourse).to_owned(),
        RemedyChange::AddWeeks => language.fill(Text::RemedyAddWeeks, &[&amount]),
        RemedyChange::PlaceInMoreTerms => language.fill(Text::RemedyPlaceInMoreTerms, &[&amount]),
        RemedyChange::AddInternshipWeeks => language.fill(Text::RemedyAddInternship, &[&amount]),
        RemedyChange::RemoveInternshipWeeks => {
            language.fill(Text::RemedyRemoveInternship, &[&amount])
        }
    }
}
