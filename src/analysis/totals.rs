use crate::model::{Category, Plan};

use super::scope::Scope;

/// Sizes of a plan: what a plan document's summary table shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Totals {
    pub modules: usize,
    pub credits: f64,
    pub hours: u32,
    pub theory_hours: u32,
    pub practice_hours: u32,
    /// Practice hours / all hours; 0 for a plan without hours.
    pub practice_share: f64,
    pub terms: Vec<TermTotals>,
    /// Hours per category, in `Category::ALL` order.
    pub hours_by_category: Vec<(Category, u32)>,
    /// Number of professional core modules.
    pub core_modules: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermTotals {
    pub modules: usize,
    pub credits: f64,
    pub hours: u32,
    pub practice_hours: u32,
}

pub fn totals(plan: &Plan) -> Totals {
    totals_in(plan, &Scope::of(plan))
}

pub(super) fn totals_in(plan: &Plan, scope: &Scope) -> Totals {
    let mut terms = vec![TermTotals::default(); plan.terms.len()];
    let mut hours_by_category: Vec<(Category, u32)> = Category::ALL
        .iter()
        .map(|&category| (category, 0))
        .collect();
    let (mut modules, mut credits, mut theory_hours, mut practice_hours, mut core_modules) =
        (0, 0.0, 0u32, 0u32, 0);
    for module in &scope.facts {
        modules += 1;
        credits += module.credits;
        theory_hours = theory_hours.saturating_add(module.theory_hours);
        practice_hours = practice_hours.saturating_add(module.practice_hours);
        if module.category == Category::ProfessionalCore {
            core_modules += 1;
        }
        if let Some(entry) = hours_by_category
            .iter_mut()
            .find(|(category, _)| *category == module.category)
        {
            entry.1 = entry.1.saturating_add(module.hours());
        }
        if let Some(totals) = module.term().and_then(|term| terms.get_mut(term)) {
            totals.modules += 1;
            totals.credits += module.credits;
            totals.hours = totals.hours.saturating_add(module.hours());
            totals.practice_hours = totals.practice_hours.saturating_add(module.practice_hours);
        }
    }
    let hours = theory_hours.saturating_add(practice_hours);
    Totals {
        modules,
        credits,
        hours,
        theory_hours,
        practice_hours,
        practice_share: share(practice_hours, hours),
        terms,
        hours_by_category,
        core_modules,
    }
}

pub(super) fn share(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) / f64::from(whole)
    }
}

impl Totals {
    pub fn hours_in(&self, category: Category) -> u32 {
        self.hours_by_category
            .iter()
            .find(|(candidate, _)| *candidate == category)
            .map_or(0, |(_, hours)| *hours)
    }
}
