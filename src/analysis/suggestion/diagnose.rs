//! Which constraint makes a suggestion impossible: each is relaxed alone, and those whose
//! relaxing lets a plan exist are named.

use super::{Choice, Limits, Load, Problem, SuggestionError, solve_within};

/// A constraint of the problem, as the user set it.
#[derive(Clone, Debug, PartialEq)]
pub enum Constraint {
    Credits,
    Hours,
    TermCredits,
    TermLoad(Load),
    /// Rows by name (a rule's id, an industry): a rule's lower and upper rows go together.
    Row(String),
    /// The lock on a candidate.
    Lock(usize),
    /// A group to fill, by its index: its offered credits.
    Group(usize),
}

/// The constraints that, each relaxed alone, let a plan exist; empty when no single one does
/// (or the problem is feasible).
pub fn blocking_constraints(problem: &Problem, limits: &Limits) -> Vec<Constraint> {
    let mut constraints = vec![Constraint::Credits];
    if problem.hours.is_some() {
        constraints.push(Constraint::Hours);
    }
    if problem.term_credits.is_some() {
        constraints.push(Constraint::TermCredits);
    }
    for load in &problem.term_loads {
        constraints.push(Constraint::TermLoad(load.kind));
    }
    for row in &problem.rows {
        let constraint = Constraint::Row(row.name.clone());
        if !constraints.contains(&constraint) {
            constraints.push(constraint);
        }
    }
    for (index, candidate) in problem.candidates.iter().enumerate() {
        if let Choice::Locked(_) = candidate.choice {
            constraints.push(Constraint::Lock(index));
        }
    }
    constraints.extend((0..problem.groups.len()).map(Constraint::Group));
    constraints
        .into_iter()
        .filter(|constraint| {
            let relaxed = relax(problem, constraint);
            !matches!(
                solve_within(&relaxed, limits, &mut |_| {}),
                Err(SuggestionError::Infeasible | SuggestionError::Stopped)
            )
        })
        .collect()
}

fn relax(problem: &Problem, constraint: &Constraint) -> Problem {
    let mut relaxed = problem.clone();
    match constraint {
        Constraint::Credits => relaxed.credits = (f64::NEG_INFINITY, f64::INFINITY),
        Constraint::Hours => relaxed.hours = None,
        Constraint::TermCredits => relaxed.term_credits = None,
        Constraint::TermLoad(kind) => relaxed.term_loads.retain(|load| load.kind != *kind),
        Constraint::Row(name) => relaxed.rows.retain(|row| &row.name != name),
        Constraint::Lock(index) => {
            if let Some(candidate) = relaxed.candidates.get_mut(*index) {
                candidate.choice = Choice::Free;
            }
        }
        // Any amount offered, each module still counted by the group's share.
        Constraint::Group(index) => {
            if let Some(group) = relaxed.groups.get_mut(*index) {
                group.offered = None;
                group.offered_modules = None;
            }
        }
    }
    relaxed
}
