//! The rules profile of a plan, each rule pass/fail with its figures.
//!
//! "MOE 2019 higher vocational" is 教职成〔2019〕13号: at least 2500 hours, 16–18 hours per
//! credit, public-basic courses at least 1/4 of the hours, electives at least 10 %, practice at
//! least 50 %, 6–8 professional core courses, and about six months of enterprise internship.

use crate::model::{Category, Delivery, ModuleId, Plan, RulesProfile};

use super::scope::Scope;
use super::totals::Totals;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleId {
    TotalHours,
    HoursPerCredit,
    PublicBasicShare,
    ElectiveShare,
    PracticeShare,
    CoreModules,
    InternshipMonths,
    Credits,
    Hours,
}

impl RuleId {
    /// The stable name used in JSON and files.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::TotalHours => "total_hours",
            RuleId::HoursPerCredit => "hours_per_credit",
            RuleId::PublicBasicShare => "public_basic_share",
            RuleId::ElectiveShare => "elective_share",
            RuleId::PracticeShare => "practice_share",
            RuleId::CoreModules => "core_modules",
            RuleId::InternshipMonths => "internship_months",
            RuleId::Credits => "credits",
            RuleId::Hours => "hours",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RuleCheck {
    pub id: RuleId,
    pub ok: bool,
    /// The plan's figure, in the rule's unit (hours, a share 0..1, a count, months, credits).
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
    /// How much: hours, credits, modules or weeks, always positive.
    pub amount: f64,
    /// The modules concerned, the most concerned first.
    pub modules: Vec<ModuleId>,
}

/// What would bring the plan within the rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemedyChange {
    AddHours,
    RemoveHours,
    AddCredits,
    RemoveCredits,
    /// Hours of this category to add (the share counts all hours, so adding raises both).
    AddHoursIn(Category),
    /// Theory hours to teach as practice instead; the modules with the most theory first.
    TheoryToPractice,
    /// Modules whose hours per credit lie outside the rule's range.
    FixHoursPerCredit,
    AddCoreModules,
    RemoveCoreModules,
    AddInternshipWeeks,
    RemoveInternshipWeeks,
}

/// Figures a rule reports beside its value and limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RuleFigures {
    /// The value and the limits say it all.
    Plain,
    /// `value` taught modules of `taught` lie outside `low`–`high` hours per credit.
    HoursPerCredit { taught: usize, low: f64, high: f64 },
    /// `value` months are `weeks` weeks of internship (one credit a week).
    Internship { weeks: f64 },
}

/// Weeks an internship credit stands for, and weeks in a month, for "about six months".
const WEEKS_PER_MONTH: f64 = 52.0 / 12.0;

/// The rules of the plan's profile, without remedies (`rule_remedies.rs` adds them).
pub(super) fn profile_rules(plan: &Plan, scope: &Scope, totals: &Totals) -> Vec<RuleCheck> {
    match &plan.rules {
        RulesProfile::Moe2019HigherVocational => moe_2019(plan, scope, totals),
        RulesProfile::Undergraduate {
            min_credits,
            max_credits,
        } => vec![within(
            RuleId::Credits,
            totals.path.credits,
            Some(*min_credits),
            Some(*max_credits),
        )],
        RulesProfile::ShortCourse {
            min_hours,
            max_hours,
        } => vec![within(
            RuleId::Hours,
            totals.path.hours,
            Some(f64::from(*min_hours)),
            Some(f64::from(*max_hours)),
        )],
        RulesProfile::NoRules => Vec::new(),
    }
}

fn moe_2019(plan: &Plan, scope: &Scope, totals: &Totals) -> Vec<RuleCheck> {
    // Hours and shares count a student's path (`choice`): what every student is taught.
    let path = &totals.path;
    let public_basic = path.share_of_hours(path.hours_in(Category::PublicBasic));
    let electives = path.share_of_hours(path.elective_hours);
    let (low, high) = plan.rules.hours_per_credit();
    let (mut taught, mut outside) = (0usize, 0usize);
    for module in &scope.facts {
        if !module.is_all_practice() && module.credits > 0.0 {
            taught += 1;
            let per_credit = f64::from(module.hours()) / module.credits;
            if !(low..=high).contains(&per_credit) {
                outside += 1;
            }
        }
    }
    let internship_weeks: f64 = scope
        .facts
        .iter()
        .filter(|module| module.delivery == Delivery::EnterpriseInternship)
        .map(|module| module.credits)
        .sum();
    let internship_months = internship_weeks / WEEKS_PER_MONTH;
    vec![
        within(RuleId::TotalHours, path.hours, Some(2500.0), None),
        RuleCheck {
            id: RuleId::HoursPerCredit,
            ok: outside == 0,
            value: outside as f64,
            minimum: None,
            maximum: Some(0.0),
            figures: RuleFigures::HoursPerCredit { taught, low, high },
            remedy: None,
        },
        within(RuleId::PublicBasicShare, public_basic, Some(0.25), None),
        within(RuleId::ElectiveShare, electives, Some(0.10), None),
        within(RuleId::PracticeShare, path.practice_share, Some(0.50), None),
        within(
            RuleId::CoreModules,
            totals.core_modules as f64,
            Some(6.0),
            Some(8.0),
        ),
        RuleCheck {
            figures: RuleFigures::Internship {
                weeks: internship_weeks,
            },
            ..within(
                RuleId::InternshipMonths,
                internship_months,
                Some(5.0),
                Some(8.0),
            )
        },
    ]
}

fn within(id: RuleId, value: f64, minimum: Option<f64>, maximum: Option<f64>) -> RuleCheck {
    let ok = minimum.is_none_or(|minimum| value >= minimum - 1e-9)
        && maximum.is_none_or(|maximum| value <= maximum + 1e-9);
    RuleCheck {
        id,
        ok,
        value,
        minimum,
        maximum,
        figures: RuleFigures::Plain,
        remedy: None,
    }
}

impl RuleId {
    /// Whether the rule's value and limits are shares of the hours (shown as percentages).
    pub fn is_share(self) -> bool {
        matches!(
            self,
            RuleId::PublicBasicShare | RuleId::ElectiveShare | RuleId::PracticeShare
        )
    }
}
