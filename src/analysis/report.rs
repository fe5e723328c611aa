use crate::model::{Plan, Survey};

use super::{
    Alignment, IndustryCoverage, RuleCheck, Structure, StructureError, Totals, alignment,
    check_rules, industry_coverage, structure, totals,
};

/// Every analysis of one plan, against its own survey or another one.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub totals: Totals,
    /// `None` when there is no survey to compare with.
    pub alignment: Option<Alignment>,
    pub industries: IndustryCoverage,
    pub rules: Vec<RuleCheck>,
    pub structure: Result<Structure, StructureError>,
}

/// Analyses `plan` against `survey`, or against the plan's own survey when `survey` is `None`.
pub fn report(plan: &Plan, survey: Option<&Survey>) -> Report {
    let totals = totals(plan);
    Report {
        alignment: survey
            .or(plan.survey.as_ref())
            .map(|survey| alignment(plan, survey)),
        industries: industry_coverage(plan),
        rules: check_rules(plan, &totals),
        structure: structure(plan),
        totals,
    }
}
