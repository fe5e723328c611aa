use crate::model::{Plan, Survey};

use super::alignment::alignment_in;
use super::industries::industry_coverage_in;
use super::rule_remedies::check_rules_in;
use super::scope::Scope;
use super::structure::structure_in;
use super::totals::totals_in;
use super::{
    Alignment, GroupChoice, IndustryCoverage, RuleCheck, Structure, StructureError, Totals,
};

/// Every analysis of one plan, against its own survey or another one.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub totals: Totals,
    /// The plan's elective groups and what a student's path takes from each.
    pub groups: Vec<GroupChoice>,
    /// `None` when there is no survey to compare with.
    pub alignment: Option<Alignment>,
    pub industries: IndustryCoverage,
    pub rules: Vec<RuleCheck>,
    pub structure: Result<Structure, StructureError>,
}

/// Analyses `plan` against `survey`, or against the plan's own survey when `survey` is `None`.
pub fn report(plan: &Plan, survey: Option<&Survey>) -> Report {
    let scope = Scope::of(plan);
    let totals = totals_in(plan, &scope);
    Report {
        alignment: survey
            .or(plan.survey.as_ref())
            .map(|survey| alignment_in(plan, &scope, survey)),
        industries: industry_coverage_in(plan, &scope),
        rules: check_rules_in(plan, &scope, &totals),
        structure: structure_in(plan, &scope),
        groups: scope.groups.clone(),
        totals,
    }
}
