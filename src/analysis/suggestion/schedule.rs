//! Put a chosen set of candidates into terms: prerequisites in an earlier term, co-requisites
//! in the same or an earlier one, locked terms kept, the credit cap of each term met.

use std::time::Instant;

use microlp::{ComparisonOp, OptimizationDirection, SolveOptions};

use super::{Choice, Problem};

/// What scheduling a set found.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Schedule {
    Placed(Vec<Option<usize>>),
    /// No placement exists.
    Impossible,
    /// The time ran out before the search could tell.
    Unknown,
}

/// A placement of `chosen`: first by placing each as early as its requisites and the caps
/// allow, and when that fails by an exact search.
pub(super) fn schedule(
    problem: &Problem,
    chosen: &[bool],
    earliest: &[Option<usize>],
    deadline: Option<Instant>,
) -> Schedule {
    if let Some(terms) = place_early(problem, chosen, earliest)
        && meets(problem, &terms)
    {
        return Schedule::Placed(terms);
    }
    place_exactly(problem, chosen, earliest, deadline)
}

/// Whether a placement keeps every requisite, locked term and cap.
pub(super) fn meets(problem: &Problem, terms: &[Option<usize>]) -> bool {
    let mut per_term = vec![0.0; problem.terms];
    let mut loads = vec![vec![0.0; problem.terms]; problem.term_loads.len()];
    for (index, (candidate, term)) in problem.candidates.iter().zip(terms).enumerate() {
        match (candidate.choice, *term) {
            (Choice::Excluded, Some(_)) | (Choice::Locked(_), None) => return false,
            (Choice::Locked(Some(wanted)), Some(term)) if wanted != term => return false,
            _ => {}
        }
        let Some(term) = *term else { continue };
        let off_its_first = candidate
            .spread
            .as_ref()
            .is_some_and(|spread| spread.first != term);
        if term >= problem.terms || off_its_first {
            return false;
        }
        for (at, credits) in spread(problem, index, term) {
            per_term[at] += credits;
            for (load, sums) in problem.term_loads.iter().zip(&mut loads) {
                sums[at] += load.of(index, at);
            }
        }
        let placed_before = |required: &usize, end: usize| {
            terms
                .get(*required)
                .copied()
                .flatten()
                .is_some_and(|t| t < end)
        };
        if !candidate
            .prerequisites
            .iter()
            .all(|p| placed_before(p, term))
            || !candidate
                .corequisites
                .iter()
                .all(|c| placed_before(c, term + 1))
        {
            return false;
        }
    }
    problem
        .term_credits
        .is_none_or(|cap| per_term.iter().all(|&sum| sum <= cap + 1e-9))
        && problem.term_loads.iter().zip(&loads).all(|(load, sums)| {
            sums.iter()
                .enumerate()
                .all(|(term, &sum)| sum <= load.cap(term) + 1e-9)
        })
}

/// The credits a candidate placed at `term` takes in each term: all in that term, or, for a
/// candidate taught over fixed terms, its part in each.
fn spread(problem: &Problem, index: usize, term: usize) -> Vec<(usize, f64)> {
    let candidate = &problem.candidates[index];
    match &candidate.spread {
        Some(spread) => spread
            .terms()
            .filter(|(at, _)| *at < problem.terms)
            .map(|(at, part)| (at, candidate.credits * part))
            .collect(),
        None => vec![(term, candidate.credits)],
    }
}

/// Locked modules in their terms, then each other module, once its requisites are placed, in
/// the first term after them with room.
fn place_early(
    problem: &Problem,
    chosen: &[bool],
    earliest: &[Option<usize>],
) -> Option<Vec<Option<usize>>> {
    let cap = problem.term_credits.unwrap_or(f64::INFINITY);
    let mut terms: Vec<Option<usize>> = vec![None; chosen.len()];
    let mut per_term = vec![0.0; problem.terms];
    let mut loads = vec![vec![0.0; problem.terms]; problem.term_loads.len()];
    let take = |loads: &mut Vec<Vec<f64>>, index: usize, term: usize| {
        for (load, sums) in problem.term_loads.iter().zip(loads.iter_mut()) {
            sums[term] += load.of(index, term);
        }
    };
    for (index, candidate) in problem.candidates.iter().enumerate() {
        let fixed = match (&candidate.spread, candidate.choice) {
            (Some(spread), _) => Some(spread.first),
            (None, Choice::Locked(Some(term))) => Some(term),
            _ => None,
        };
        if let (true, Some(term)) = (chosen[index], fixed) {
            if term >= problem.terms {
                return None;
            }
            for (at, credits) in spread(problem, index, term) {
                per_term[at] += credits;
                take(&mut loads, index, at);
            }
            terms[index] = Some(term);
        }
    }
    loop {
        let mut progressed = false;
        let mut waiting = false;
        for (index, candidate) in problem.candidates.iter().enumerate() {
            if !chosen[index] || terms[index].is_some() {
                continue;
            }
            let mut from = earliest[index]?;
            let mut ready = true;
            let links = candidate
                .prerequisites
                .iter()
                .map(|&p| (p, 1))
                .chain(candidate.corequisites.iter().map(|&c| (c, 0)));
            for (required, offset) in links {
                match terms.get(required).copied().flatten() {
                    Some(term) => from = from.max(term + offset),
                    None if required == index => {}
                    None => ready = false,
                }
            }
            if !ready {
                waiting = true;
                continue;
            }
            let fits = |term: usize| {
                per_term[term] + candidate.credits <= cap + 1e-9
                    && problem.term_loads.iter().zip(&loads).all(|(load, sums)| {
                        sums[term] + load.of(index, term) <= load.cap(term) + 1e-9
                    })
            };
            // Where the plan has it now, if that still works; else the first term with room.
            let term = candidate
                .usual_term
                .filter(|&term| term >= from && term < problem.terms && fits(term))
                .or_else(|| (from..problem.terms).find(|&term| fits(term)))?;
            per_term[term] += candidate.credits;
            take(&mut loads, index, term);
            terms[index] = Some(term);
            progressed = true;
        }
        if !waiting {
            return Some(terms);
        }
        if !progressed {
            // Co-requisites that name each other: the exact search places them.
            return None;
        }
    }
}

/// A feasibility program over the chosen candidates' terms.
fn place_exactly(
    problem: &Problem,
    chosen: &[bool],
    earliest: &[Option<usize>],
    deadline: Option<Instant>,
) -> Schedule {
    let mut program = microlp::Problem::new(OptimizationDirection::Minimize);
    // in_term[m][t]: chosen candidate m is in term t (no variables for the others).
    let mut in_term: Vec<Vec<Option<microlp::Variable>>> = Vec::with_capacity(chosen.len());
    for (index, candidate) in problem.candidates.iter().enumerate() {
        let first = candidate.spread.as_ref().map(|spread| spread.first);
        let allowed = |term: usize| match (chosen[index], earliest[index], candidate.choice) {
            (false, _, _) | (_, None, _) => false,
            (true, Some(_), _) if first.is_some() => Some(term) == first,
            (true, Some(_), Choice::Locked(Some(locked))) => term == locked,
            (true, Some(first), _) => term >= first,
        };
        in_term.push(
            (0..problem.terms)
                .map(|term| allowed(term).then(|| program.add_binary_var(0.0)))
                .collect(),
        );
    }
    for (index, slots) in in_term.iter().enumerate() {
        if !chosen[index] {
            continue;
        }
        let once: Vec<(microlp::Variable, f64)> =
            slots.iter().flatten().map(|&x| (x, 1.0)).collect();
        if once.is_empty() {
            return Schedule::Impossible;
        }
        program.add_constraint(once, ComparisonOp::Eq, 1.0);
        let candidate = &problem.candidates[index];
        let links = candidate
            .prerequisites
            .iter()
            .map(|&p| (p, 0))
            .chain(candidate.corequisites.iter().map(|&c| (c, 1)));
        for (required, extra) in links {
            if required == index {
                continue;
            }
            let Some(required_slots) = in_term.get(required) else {
                return Schedule::Impossible;
            };
            for (term, slot) in slots.iter().enumerate() {
                let Some(here) = *slot else { continue };
                // Placed here needs the requisite placed before (or, co-requisite, by) now.
                let mut expression: Vec<(microlp::Variable, f64)> = required_slots
                    .iter()
                    .take(term + extra)
                    .flatten()
                    .map(|&x| (x, 1.0))
                    .collect();
                expression.push((here, -1.0));
                program.add_constraint(expression, ComparisonOp::Ge, 0.0);
            }
        }
    }
    // Candidates over fixed terms take their part of each term whatever the rest does.
    let spread_over: Vec<usize> = (0..chosen.len())
        .filter(|&index| chosen[index] && problem.candidates[index].spread.is_some())
        .collect();
    let placed = |index: usize| problem.candidates[index].spread.is_none();
    if let Some(cap) = problem.term_credits {
        for term in 0..problem.terms {
            let fixed: f64 = spread_over
                .iter()
                .flat_map(|&index| spread(problem, index, 0))
                .filter(|(at, _)| *at == term)
                .map(|(_, credits)| credits)
                .sum();
            let load: Vec<(microlp::Variable, f64)> = problem
                .candidates
                .iter()
                .zip(&in_term)
                .enumerate()
                .filter(|(index, _)| placed(*index))
                .filter_map(|(_, (candidate, slots))| slots[term].map(|x| (x, candidate.credits)))
                .collect();
            if fixed > cap + 1e-9 {
                return Schedule::Impossible;
            }
            if !load.is_empty() {
                program.add_constraint(load, ComparisonOp::Le, cap - fixed);
            }
        }
    }
    for load in &problem.term_loads {
        for term in 0..problem.terms {
            let fixed: f64 = spread_over.iter().map(|&index| load.of(index, term)).sum();
            let row: Vec<(microlp::Variable, f64)> = in_term
                .iter()
                .enumerate()
                .filter(|(index, _)| placed(*index))
                .filter_map(|(index, slots)| slots[term].map(|x| (x, load.of(index, term))))
                .filter(|(_, value)| *value != 0.0)
                .collect();
            if fixed > load.cap(term) + 1e-9 {
                return Schedule::Impossible;
            }
            if !row.is_empty() && load.cap(term).is_finite() {
                program.add_constraint(row, ComparisonOp::Le, load.cap(term) - fixed);
            }
        }
    }
    let mut options = SolveOptions::default();
    options.time_limit =
        deadline.map(|deadline| deadline.saturating_duration_since(Instant::now()));
    match program.solve_with(options) {
        Ok(outcome) => match outcome.solution() {
            Some(solution) => Schedule::Placed(
                in_term
                    .iter()
                    .map(|slots| {
                        slots
                            .iter()
                            .position(|slot| slot.is_some_and(|x| solution.var_value(x) > 0.5))
                    })
                    .collect(),
            ),
            None => Schedule::Unknown,
        },
        Err(microlp::Error::Infeasible) => Schedule::Impossible,
        Err(_) => Schedule::Unknown,
    }
}
