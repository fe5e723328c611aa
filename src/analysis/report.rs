use crate::model::{Plan, RuleBook, Survey};

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
    /// The book the rules come from: its id and name, or `None` if the plan names a book
    /// that was not found (then no rule is checked).
    pub rule_book: Option<BookName>,
    /// The id of the book the plan names when it was not found.
    pub missing_book: Option<String>,
    pub structure: Result<Structure, StructureError>,
}

/// A rule book as a report names it.
#[derive(Clone, Debug, PartialEq)]
pub struct BookName {
    pub id: String,
    pub name: crate::model::Names,
}

/// Analyses `plan` against `survey`, or against the plan's own survey when `survey` is `None`,
/// and checks it against `book`, the rule book its `rules` name (`None` if not found).
pub fn report(plan: &Plan, book: Option<&RuleBook>, survey: Option<&Survey>) -> Report {
    let scope = Scope::of(plan);
    let totals = totals_in(plan, &scope);
    Report {
        rules: book.map_or_else(Vec::new, |book| check_rules_in(plan, book, &scope, &totals)),
        rule_book: book.map(|book| BookName {
            id: book.id.clone(),
            name: book.name.clone(),
        }),
        missing_book: book.is_none().then(|| plan.rules.book_id().to_owned()),
        alignment: survey
            .or(plan.survey.as_ref())
            .map(|survey| alignment_in(plan, &scope, survey)),
        industries: industry_coverage_in(plan, &scope),
        structure: structure_in(plan, &scope),
        groups: scope.groups.clone(),
        totals,
    }
}
