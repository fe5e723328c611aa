//! Suggest a plan (issue 24): choose modules and their terms so that the plan's effort
//! profile matches the survey's weightings as closely as the budget, the terms and the
//! requisites allow.
//!
//! The score is the profile alignment `1 − ½ Σ_s |E_s/T − d_s|` with `T = Σ_s E_s`: a ratio of
//! linear expressions in the choice. It is optimised exactly by Dinkelbach's parametric method
//! (Dinkelbach 1967, "On nonlinear fractional programming", Management Science 13(7)): for a
//! ratio `λ`, the mixed-integer program `min Σ_s |E_s − d_s T| − λ T` (absolute values
//! linearised) is solved; its value is negative exactly when a choice with a smaller ratio
//! exists, so `λ` is replaced by the ratio of that choice until the value reaches zero, which
//! proves the last choice optimal. Each step is exact, the ratio falls strictly, and there are
//! finitely many choices, so the method ends.
//!
//! Each step chooses the set of modules (`selection`), since the terms change nothing in the
//! score; `schedule` then places the set in terms, and a set that cannot be placed is cut off
//! and the step solved again. When the time limit or Cancel stops a step, the solver's proven
//! bound on that step's objective bounds every choice's ratio, which gives the score bound.
//!
//! Elective groups to fill (`Group`) offer modules worth a fixed number of credits of which a
//! student takes a fixed part, so each offered module counts on the path by the constant share
//! `least / offered`, and every figure stays linear: each candidate a group may offer gets a
//! second variable "offered in group g", at most one group each, and the offered credits sum
//! to the group's figure.

mod conflict;
mod diagnose;
mod dinkelbach;
mod earliest;
mod from_library;
mod schedule;
mod selection;

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

pub use diagnose::{Constraint, blocking_constraints};
pub use dinkelbach::{SuggestionError, solve, solve_within};
pub use from_library::Budget;

/// When to stop searching and return the best plan found so far.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    pub time_limit: Option<Duration>,
    /// Set from another thread to stop.
    pub cancel: Option<Arc<AtomicBool>>,
}

/// What the search has reached, told each time it finds a better plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    /// The best plan's score so far.
    pub score: Option<f64>,
}

/// A module the suggestion may choose, reduced to what the program needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub credits: f64,
    pub hours: f64,
    /// How much of the module a student's path takes: 1 for a required module, its elective
    /// group's share for a group's. The budget counts credits and hours on the path; the cap
    /// per term counts what the term offers.
    pub share: f64,
    /// Weighted hours per skill, `hours × level / 3`, in the order of `Problem::demand`.
    pub effort: Vec<f64>,
    /// Indices of candidates that must be in an earlier term.
    pub prerequisites: Vec<usize>,
    /// Indices of candidates that must be in the same or an earlier term.
    pub corequisites: Vec<usize>,
    pub choice: Choice,
    /// The term the plan places it in now: placing keeps it there when it can.
    pub usual_term: Option<usize>,
    /// Whether it may be on every student's path; when not, only a group may offer it (an
    /// elective in a plan whose electives are all in groups).
    pub may_be_required: bool,
    /// Taught over several terms in fixed parts, when chosen (形势与政策 in every term, a
    /// block longer than any one term's free weeks); `None`: in the one term it is placed in.
    pub spread: Option<Spread>,
}

/// A candidate taught over fixed terms: its term is `first`, and each term carries its part
/// of the credits and of the loads (`TermLoad::load` holds the part for each term).
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    /// The term that stands for it: its requisites come before it (or, co-requisites, by
    /// it), as a prerequisite must be done before the module starts.
    pub first: usize,
    /// The part of its credits each term takes, one per term: none before `first`.
    pub parts: Vec<f64>,
}

impl Spread {
    /// An equal part in each of `terms` terms (形势与政策, which a rule asks in every term).
    pub fn every_term(terms: usize) -> Self {
        let count = terms.max(1);
        Spread {
            first: 0,
            parts: vec![1.0 / count as f64; count],
        }
    }

    /// The terms it is taught in, with their parts.
    pub fn terms(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.parts
            .iter()
            .copied()
            .enumerate()
            .filter(|(_, part)| *part > 0.0)
    }
}

/// What the user said about a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Choice {
    /// The suggestion decides.
    #[default]
    Free,
    /// Must stay, in this term (0-based) if one is given.
    Locked(Option<usize>),
    /// Must not be used.
    Excluded,
}

/// The budget and the shape of the plan to suggest.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub candidates: Vec<Candidate>,
    /// The survey's weight of each skill (need not sum to one; skills only the modules name
    /// carry zero).
    pub demand: Vec<f64>,
    pub terms: usize,
    /// Inclusive range of the plan's credits.
    pub credits: (f64, f64),
    /// Inclusive range of the plan's hours, when the user gives one.
    pub hours: Option<(f64, f64)>,
    /// Most credits in any one term.
    pub term_credits: Option<f64>,
    /// Weekly hours each term may hold.
    pub term_loads: Vec<TermLoad>,
    /// Further linear constraints: rules of the profile, industries' hours.
    pub rows: Vec<Row>,
    /// Elective groups the suggestion fills.
    pub groups: Vec<Group>,
}

/// An elective group to fill: it offers modules worth exactly `offered` credits, of which a
/// student takes `share × offered` (its least credits), so each module it offers is on a
/// student's path by `share`.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// As the user knows it (the group's id).
    pub name: String,
    /// `None`: any amount (a diagnosis relaxing the group).
    pub offered: Option<f64>,
    /// How many modules it offers, when the user says.
    pub offered_modules: Option<usize>,
    pub share: f64,
    /// The candidates it may offer; each counts on the path by `share` instead of its own.
    pub members: Vec<usize>,
}

impl Problem {
    /// What part of a candidate a student's path takes in a role, beyond the candidate's own
    /// share: all of it when required, the group's share when a group offers it.
    pub fn factor(&self, group: Option<usize>) -> f64 {
        group
            .and_then(|group| self.groups.get(group))
            .map_or(1.0, |group| group.share)
    }
}

/// What a term holds at most, other than credits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Load {
    /// Credits, for a plan some of whose modules are in several terms.
    Credits,
    /// Weekly hours (周学时).
    WeeklyHours,
    /// Weeks of block practice and internship: each term's calendar leaves those not taught
    /// and not examined.
    BlockWeeks,
}

/// A cap on each term, with what each candidate would take in each term (a module's weekly
/// hours depend on the term's teaching weeks).
#[derive(Clone, Debug, PartialEq)]
pub struct TermLoad {
    pub kind: Load,
    /// Per term; a term past the list has no cap.
    pub caps: Vec<f64>,
    /// `load[candidate][term]`.
    pub load: Vec<Vec<f64>>,
}

impl TermLoad {
    pub fn of(&self, candidate: usize, term: usize) -> f64 {
        self.load
            .get(candidate)
            .and_then(|terms| terms.get(term))
            .copied()
            .unwrap_or(0.0)
    }

    pub fn cap(&self, term: usize) -> f64 {
        self.caps.get(term).copied().unwrap_or(f64::INFINITY)
    }
}

/// A linear constraint on the choice: `Σ_m coefficient_m × chosen_m` within the bounds.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What the constraint is, as the user knows it (a rule's id, an industry's name).
    pub name: String,
    /// One per candidate, when it is required.
    pub coefficients: Vec<f64>,
    /// Per group to fill, one per candidate: its coefficient when that group offers it. A
    /// group past the list takes `coefficients`.
    pub in_group: Vec<Vec<f64>>,
    pub at_least: Option<f64>,
    pub at_most: Option<f64>,
}

impl Row {
    /// A candidate's coefficient in a role.
    pub fn coefficient(&self, index: usize, group: Option<usize>) -> f64 {
        let required = self.coefficients.get(index).copied().unwrap_or(0.0);
        match group.and_then(|group| self.in_group.get(group)) {
            Some(offered) => offered.get(index).copied().unwrap_or(required),
            None => required,
        }
    }

    /// Whether a set, each chosen candidate in its role, meets the row (with the solver's
    /// tolerance).
    pub fn holds(&self, chosen: &[bool], groups: &[Option<usize>]) -> bool {
        let value: f64 = (0..chosen.len())
            .filter(|&index| chosen[index])
            .map(|index| self.coefficient(index, groups.get(index).copied().flatten()))
            .sum();
        let slack = 1e-6 * value.abs().max(1.0);
        self.at_least.is_none_or(|least| value >= least - slack)
            && self.at_most.is_none_or(|most| value <= most + slack)
    }
}

/// A suggested plan: the term of each candidate (`None`: not chosen) and how good it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggested {
    pub terms: Vec<Option<usize>>,
    /// The group to fill that offers each chosen candidate (`None`: required).
    pub groups: Vec<Option<usize>>,
    /// The profile alignment of the choice.
    pub score: f64,
    /// Proved the best possible within the constraints.
    pub optimal: bool,
    /// The best score any choice can reach (equal to `score` when optimal).
    pub bound: f64,
}

impl Suggested {
    /// How far the bound is above the score.
    pub fn gap(&self) -> f64 {
        (self.bound - self.score).max(0.0)
    }
}

/// The profile alignment of a choice, each chosen candidate in its role, as the report
/// computes it; `None` when the choice spends no effort on any skill.
pub fn score_of(problem: &Problem, chosen: &[bool], groups: &[Option<usize>]) -> Option<f64> {
    crate::analysis::profile_alignment(&effort_of(problem, chosen, groups), &problem.demand)
        .map(|(score, _)| score)
}

/// The path's effort per skill of a choice.
pub(crate) fn effort_of(problem: &Problem, chosen: &[bool], groups: &[Option<usize>]) -> Vec<f64> {
    let mut effort = vec![0.0; problem.demand.len()];
    for (index, candidate) in problem.candidates.iter().enumerate() {
        if !chosen.get(index).copied().unwrap_or(false) {
            continue;
        }
        let factor = problem.factor(groups.get(index).copied().flatten());
        for (total, value) in effort.iter_mut().zip(&candidate.effort) {
            *total += value * factor;
        }
    }
    effort
}

#[cfg(test)]
mod tests;
