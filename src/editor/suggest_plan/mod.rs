//! A whole-plan suggestion for an open plan (issue 24): the user's constraints with their
//! defaults from the plan, the problem the solver takes (`prepare`), and the suggestion as one
//! undoable edit (`apply`).
//!
//! The candidates are the plan's own modules and the library's. What the plan already fixes
//! stays as it is: modules of its elective groups and modules placed in several terms are
//! kept where they are (their shares on a student's path are then constants, which keeps
//! every figure linear), and so are the groups themselves. The rest is chosen afresh.

mod apply;
mod placing;
mod prepare;
mod rule_rows;
mod words;

use std::time::Duration;

use crate::model::{GroupId, IndustryId, ModuleId, PlacementTime, Plan, RuleBook, RuleKind};

pub use apply::{suggested_edit, suggested_plan};
pub use prepare::{PrepareError, Prepared, prepare};
pub use words::{constraint_text, prepare_error_text};

/// What the user asks of a suggestion.
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestRequest {
    /// Credits on a student's path, least and most.
    pub credits: (f64, f64),
    pub hours: Option<(f64, f64)>,
    /// Most credits in one term.
    pub term_credits: Option<f64>,
    /// Most weekly hours in one term (周学时).
    pub term_hours: Option<f64>,
    /// Modules that must stay, in a term (0-based) when one is given.
    pub locks: Vec<(ModuleId, Option<usize>)>,
    /// Modules that must not be used.
    pub excludes: Vec<ModuleId>,
    /// Industries to serve, each with the least hours of modules serving it.
    pub industries: Vec<(IndustryId, f64)>,
    /// State the linear rules of the plan's book as constraints.
    pub follow_rules: bool,
    pub time_limit: Option<Duration>,
    /// Elective groups whose modules the suggestion chooses.
    pub fills: Vec<GroupFill>,
}

/// An elective group for the suggestion to fill: the plan's group of this id (its modules
/// become the suggestion's to choose), or a new one.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupFill {
    pub group: GroupId,
    /// Credits of the modules it offers, exactly.
    pub offered: f64,
    /// Credits a student takes from it at least (its 最低学分).
    pub least: f64,
    /// How many modules it offers (开设 N 门), when the user says.
    pub modules: Option<u32>,
}

impl GroupFill {
    /// What part of each offered module is on a student's path.
    pub fn share(&self) -> f64 {
        if self.offered > 0.0 {
            self.least / self.offered
        } else {
            0.0
        }
    }
}

/// Hours of teaching an industry needs at least, by default, to count as served.
pub const DEFAULT_INDUSTRY_HOURS: f64 = 32.0;

impl SuggestRequest {
    /// The defaults a plan suggests: its book's credit range (else the plan's credits ± 10 %),
    /// the most credits and weekly hours any of its terms holds now, its target industries,
    /// its rules.
    pub fn for_plan(plan: &Plan, book: Option<&RuleBook>, path_credits: f64) -> SuggestRequest {
        let from_book = book.and_then(|book| {
            book.rules.iter().find_map(|rule| match rule.check {
                RuleKind::TotalCredits { at_least, at_most } => Some((at_least, at_most)),
                _ => None,
            })
        });
        let around = if path_credits > 0.0 {
            ((path_credits * 0.9).floor(), (path_credits * 1.1).ceil())
        } else {
            (0.0, 200.0)
        };
        let credits = match from_book {
            Some((least, most)) => (least.unwrap_or(around.0), most.unwrap_or(around.1)),
            None => around,
        };
        let busiest = plan
            .terms
            .iter()
            .map(|term| {
                term.module_ids()
                    .filter_map(|id| plan.module(id))
                    .map(|module| module.credits)
                    .sum::<f64>()
            })
            .fold(0.0, f64::max);
        // The plan's own busiest week, so that a suggestion asks no more of students.
        let busiest_weekly = plan
            .terms
            .iter()
            .map(|term| {
                term.modules
                    .iter()
                    .map(|placement| match placement.time {
                        PlacementTime::Weekly { hours, .. } => hours,
                        _ => 0,
                    })
                    .fold(0u32, u32::saturating_add)
            })
            .max()
            .unwrap_or(0);
        SuggestRequest {
            credits,
            hours: None,
            term_credits: (busiest > 0.0).then(|| busiest.ceil()),
            term_hours: (busiest_weekly > 0).then_some(f64::from(busiest_weekly)),
            locks: Vec::new(),
            excludes: Vec::new(),
            industries: plan
                .target_industries
                .iter()
                .map(|industry| (industry.clone(), DEFAULT_INDUSTRY_HOURS))
                .collect(),
            follow_rules: true,
            time_limit: Some(Duration::from_secs(60)),
            fills: Vec::new(),
        }
    }
}
