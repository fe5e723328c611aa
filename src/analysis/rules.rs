//! A plan's rules, each pass/fail with its figures. The rules come from the plan's rule book
//! (`model::RuleBook`: shipped in `assets/rules/`, or a college's copy), each rule of one kind
//! from a small vocabulary and naming its source.
//!
//! Figures count a student's path (`choice`): required modules, and each elective group's
//! minimum as a share of what it offers. Module counts and hours per credit count what is
//! placed, as a plan document lists it.

use crate::model::{
    CourseMatch, Delivery, HoursCounted, Module, PlacementTime, Plan, Requirement, Rule, RuleBook,
    RuleKind, Selector,
};

use super::placement_hours::placement_hours;
use super::scope::{Facts, Scope};
use super::totals::Totals;

#[derive(Clone, Debug, PartialEq)]
pub struct RuleCheck {
    /// The rule as its book states it: id, sentence, kind and source.
    pub rule: Rule,
    pub ok: bool,
    /// The plan's figure, in the rule's unit (hours, credits, a share 0..1, a count, months).
    pub value: f64,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    /// What else the rule's sentence needs (`crate::catalogue::rule_message` says it).
    pub figures: RuleFigures,
    /// For a rule not met: how far off, and the modules concerned.
    pub remedy: Option<RuleRemedy>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RuleRemedy {
    pub change: RemedyChange,
    /// How much: hours, credits, modules, weeks or terms, always positive.
    pub amount: f64,
    /// The modules concerned, the most concerned first.
    pub modules: Vec<crate::model::ModuleId>,
}

/// What would bring the plan within the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemedyChange {
    AddHours,
    RemoveHours,
    AddCredits,
    RemoveCredits,
    /// Hours of the modules the rule selects to add (the share counts all hours, so adding
    /// raises both).
    AddSelectedHours,
    RemoveSelectedHours,
    /// Theory hours to teach as practice instead; the modules with the most theory first.
    TheoryToPractice,
    /// Modules whose hours per credit lie outside the rule's range.
    FixHoursPerCredit,
    AddModules,
    RemoveModules,
    AddInternshipWeeks,
    RemoveInternshipWeeks,
    /// The course the rule names is not in the plan.
    AddCourse,
    /// Weeks of block practice the course lacks.
    AddWeeks,
    /// Terms the course is not placed in.
    PlaceInMoreTerms,
}

/// What a rule measures, for the unit its figures are shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Hours,
    Credits,
    /// A share of the hours, 0..1, shown as a percentage.
    Share,
    Modules,
    Months,
    /// Taught modules outside an hours-per-credit range.
    ModulesOutside,
    /// Terms without the course.
    TermsWithout,
    /// A course's hours, credits and weeks against their minimums.
    Course,
}

/// Figures a rule reports beside its value and limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RuleFigures {
    /// The value and the limits say it all.
    Plain,
    /// `value` taught modules of `taught` lie outside `low`–`high` hours per credit.
    HoursPerCredit { taught: usize, low: f64, high: f64 },
    /// `value` months are `weeks` weeks of internship.
    Internship { weeks: f64 },
    /// What a student takes of the course: hours, credits, block weeks, and how many modules
    /// of the plan it is.
    Course {
        hours: f64,
        credits: f64,
        weeks: f64,
        modules: usize,
    },
    /// The course is placed (with the hours the rule asks) in `placed` of `terms` terms.
    EveryTerm { placed: usize, terms: usize },
}

/// Weeks in a month, for "about six months".
pub const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

impl RuleCheck {
    pub fn measure(&self) -> Measure {
        measure_of(&self.rule.check)
    }

    pub fn id(&self) -> &str {
        &self.rule.id
    }
}

pub fn measure_of(kind: &RuleKind) -> Measure {
    match kind {
        RuleKind::TotalHours { .. } => Measure::Hours,
        RuleKind::TotalCredits { .. } => Measure::Credits,
        RuleKind::HoursPerCredit { .. } => Measure::ModulesOutside,
        RuleKind::ShareOfHours { .. } => Measure::Share,
        RuleKind::ModuleCount { .. } => Measure::Modules,
        RuleKind::Course { .. } => Measure::Course,
        RuleKind::EveryTerm { .. } => Measure::TermsWithout,
        RuleKind::InternshipMonths { .. } => Measure::Months,
    }
}

/// The rules of the book, without remedies (`rule_remedies.rs` adds them).
pub(super) fn book_rules(
    plan: &Plan,
    book: &RuleBook,
    scope: &Scope,
    totals: &Totals,
) -> Vec<RuleCheck> {
    book.rules
        .iter()
        .map(|rule| check_rule(plan, rule, scope, totals))
        .collect()
}

fn check_rule(plan: &Plan, rule: &Rule, scope: &Scope, totals: &Totals) -> RuleCheck {
    let path = &totals.path;
    let within = |value: f64, minimum: Option<f64>, maximum: Option<f64>| {
        within(rule, value, minimum, maximum)
    };
    match &rule.check {
        RuleKind::TotalHours { at_least, at_most } => within(path.hours, *at_least, *at_most),
        RuleKind::TotalCredits { at_least, at_most } => within(path.credits, *at_least, *at_most),
        RuleKind::HoursPerCredit { from, to } => {
            let (mut taught, mut outside) = (0usize, 0usize);
            for module in &scope.facts {
                if !module.is_all_practice() && module.credits > 0.0 {
                    taught += 1;
                    let per_credit = f64::from(module.hours()) / module.credits;
                    if !(*from..=*to).contains(&per_credit) {
                        outside += 1;
                    }
                }
            }
            RuleCheck {
                figures: RuleFigures::HoursPerCredit {
                    taught,
                    low: *from,
                    high: *to,
                },
                ..within(outside as f64, None, Some(0.0))
            }
        }
        RuleKind::ShareOfHours {
            of,
            counting,
            at_least,
            at_most,
        } => {
            let selected: f64 = scope
                .facts
                .iter()
                .filter(|module| selects(of, scope, module))
                .map(|module| {
                    module.path_share
                        * f64::from(match counting {
                            HoursCounted::All => module.hours(),
                            HoursCounted::Practice => module.practice_hours,
                        })
                })
                .sum();
            within(path.share_of_hours(selected), *at_least, *at_most)
        }
        RuleKind::ModuleCount {
            of,
            at_least,
            at_most,
        } => {
            let count = scope
                .facts
                .iter()
                .filter(|module| selects(of, scope, module))
                .count();
            within(count as f64, *at_least, *at_most)
        }
        RuleKind::Course {
            course,
            hours,
            credits,
            weeks,
        } => course_rule(rule, scope, course, [*hours, *credits, *weeks]),
        RuleKind::EveryTerm {
            course,
            hours_each_term,
        } => {
            let terms = plan.terms.len();
            let mut taught = vec![0.0f64; terms];
            let mut placed = vec![false; terms];
            let hours = placement_hours(scope);
            for (&(term, position, _), &hours) in scope.placements.iter().zip(&hours) {
                if let Some((_, module)) = scope.modules.get(position as usize)
                    && course_matches(course, module)
                    && let (Some(slot), Some(flag)) =
                        (taught.get_mut(term as usize), placed.get_mut(term as usize))
                {
                    *slot += hours;
                    *flag = true;
                }
            }
            let enough = taught
                .iter()
                .zip(&placed)
                .filter(|(hours, placed)| {
                    **placed && hours_each_term.is_none_or(|wanted| **hours >= wanted - 1e-9)
                })
                .count();
            RuleCheck {
                figures: RuleFigures::EveryTerm {
                    placed: enough,
                    terms,
                },
                ..within((terms - enough) as f64, None, Some(0.0))
            }
        }
        RuleKind::InternshipMonths {
            course,
            at_least,
            at_most,
        } => {
            let weeks = internship_weeks(scope, course.as_ref());
            RuleCheck {
                figures: RuleFigures::Internship { weeks },
                ..within(weeks / WEEKS_PER_MONTH, *at_least, *at_most)
            }
        }
    }
}

/// A course's figures on a student's path against the rule's minimums (hours, credits,
/// weeks); `value` is the number of minimums not met.
fn course_rule(
    rule: &Rule,
    scope: &Scope,
    course: &CourseMatch,
    wanted: [Option<f64>; 3],
) -> RuleCheck {
    let (mut hours, mut credits, mut weeks, mut modules) = (0.0, 0.0, 0.0, 0usize);
    for (position, (_, module)) in scope.modules.iter().enumerate() {
        if course_matches(course, module) {
            let share = scope.facts[position].path_share;
            modules += 1;
            hours += share * f64::from(module.hours());
            credits += share * module.credits;
        }
    }
    for &(_, position, time) in &scope.placements {
        if let PlacementTime::Block { weeks: block } = time
            && let Some((_, module)) = scope.modules.get(position as usize)
            && course_matches(course, module)
        {
            weeks += scope.facts[position as usize].path_share * f64::from(block);
        }
    }
    let short = [hours, credits, weeks]
        .iter()
        .zip(wanted)
        .filter(|(have, wanted)| wanted.is_some_and(|wanted| **have < wanted - 1e-9))
        .count();
    RuleCheck {
        figures: RuleFigures::Course {
            hours,
            credits,
            weeks,
            modules,
        },
        ..within(rule, short as f64, None, Some(0.0))
    }
}

/// Weeks of enterprise internship: its blocks' weeks, or, for an internship placed without
/// blocks, its credits (one a week), as plan documents count it. The internship is the
/// modules `course` names, or every module delivered as an enterprise internship.
fn internship_weeks(scope: &Scope, course: Option<&CourseMatch>) -> f64 {
    let mut block_weeks = vec![0u32; scope.facts.len()];
    for &(_, position, time) in &scope.placements {
        if let PlacementTime::Block { weeks } = time
            && let Some(slot) = block_weeks.get_mut(position as usize)
        {
            *slot = slot.saturating_add(weeks);
        }
    }
    scope
        .facts
        .iter()
        .zip(&scope.modules)
        .zip(&block_weeks)
        .filter(|((facts, (_, module)), _)| is_internship(course, facts.delivery, module))
        .map(|((module, _), &weeks)| {
            module.path_share
                * if weeks > 0 {
                    f64::from(weeks)
                } else {
                    module.credits
                }
        })
        .sum()
}

/// Whether a module is the internship a rule counts.
pub(super) fn is_internship(
    course: Option<&CourseMatch>,
    delivery: Delivery,
    module: &Module,
) -> bool {
    match course {
        Some(course) => course_matches(course, module),
        None => delivery == Delivery::EnterpriseInternship,
    }
}

/// Whether a selector takes a module: every condition it states holds.
pub(super) fn selects(selector: &Selector, scope: &Scope, module: &Facts) -> bool {
    selector
        .category
        .is_none_or(|category| module.category == category)
        && selector
            .delivery
            .is_none_or(|delivery| module.delivery == delivery)
        && selector.group.as_ref().is_none_or(|group| {
            module
                .group()
                .and_then(|index| scope.groups.get(index))
                .is_some_and(|choice| &choice.id == group)
        })
        && selector.choice.is_none_or(|choice| {
            let elective = if scope.groups.is_empty() {
                module.category == crate::model::Category::ProfessionalElective
            } else {
                module.group().is_some()
            };
            elective == (choice == Requirement::Elective)
        })
}

/// Whether a module is the course a rule names: by code, by a word of its name, by a tag.
pub fn course_matches(course: &CourseMatch, module: &Module) -> bool {
    course.codes.iter().any(|code| code == &module.code)
        || course.names.iter().any(|word| {
            !word.is_empty()
                && (module.name.zh.contains(word.as_str())
                    || module.name.en.contains(word.as_str()))
        })
        || course.tags.iter().any(|tag| module.tags.contains(tag))
}

fn within(rule: &Rule, value: f64, minimum: Option<f64>, maximum: Option<f64>) -> RuleCheck {
    let ok = minimum.is_none_or(|minimum| value >= minimum - 1e-9)
        && maximum.is_none_or(|maximum| value <= maximum + 1e-9);
    RuleCheck {
        rule: rule.clone(),
        ok,
        value,
        minimum,
        maximum,
        figures: RuleFigures::Plain,
        remedy: None,
    }
}
