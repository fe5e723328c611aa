use crate::model::{IndustryId, Names, Plan};

use super::scope::Scope;

/// How many hours of the plan serve each industry, and which targets none serves.
#[derive(Clone, Debug, PartialEq)]
pub struct IndustryCoverage {
    pub industries: Vec<IndustryHours>,
    pub unserved_targets: Vec<IndustryId>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IndustryHours {
    pub industry: IndustryId,
    pub name: Names,
    /// Hours of the modules that serve the industry (a module serving three industries
    /// counts fully for each: it prepares students for all three).
    pub hours: u32,
    pub modules: usize,
    pub target: bool,
}

pub fn industry_coverage(plan: &Plan) -> IndustryCoverage {
    industry_coverage_in(plan, &Scope::of(plan))
}

pub(super) fn industry_coverage_in(plan: &Plan, scope: &Scope) -> IndustryCoverage {
    let mut ids: Vec<&IndustryId> = plan
        .industries
        .iter()
        .map(|industry| &industry.id)
        .collect();
    for target in &plan.target_industries {
        if !ids.contains(&target) {
            ids.push(target);
        }
    }
    // Hours and modules per entry of `ids`, in one walk over the modules.
    let slot: Vec<Option<usize>> = scope
        .industry_names
        .iter()
        .map(|name| ids.iter().position(|id| id.as_str() == *name))
        .collect();
    let mut served = vec![(0u32, 0usize); ids.len()];
    for (facts, industries) in scope.facts.iter().zip(scope.industries.rows()) {
        for &industry in industries {
            if let Some(index) = slot[industry as usize] {
                let (hours, modules) = &mut served[index];
                *hours = hours.saturating_add(facts.hours());
                *modules += 1;
            }
        }
    }
    let industries: Vec<IndustryHours> = ids
        .into_iter()
        .zip(served)
        .map(|(id, (hours, modules))| IndustryHours {
            industry: id.clone(),
            name: plan
                .industries
                .iter()
                .find(|industry| &industry.id == id)
                .map_or_else(
                    || Names::new(id.as_str(), id.as_str()),
                    |industry| industry.name.clone(),
                ),
            hours,
            modules,
            target: plan.target_industries.contains(id),
        })
        .collect();
    let unserved_targets = industries
        .iter()
        .filter(|industry| industry.target && industry.modules == 0)
        .map(|industry| industry.industry.clone())
        .collect();
    IndustryCoverage {
        industries,
        unserved_targets,
    }
}
