//! The earliest term each candidate can take, from its requisites alone.

use super::{Choice, Problem};

/// The earliest term (0-based) of each candidate when every requisite is chosen too, or `None`
/// when it can never be placed: a requisite chain longer than the plan's terms (or, for a
/// candidate over fixed terms, than its first term), a requisite that is excluded or cannot
/// be placed itself, or a cycle through a prerequisite.
pub(super) fn earliest_terms(problem: &Problem) -> Vec<Option<usize>> {
    let mut earliest: Vec<Option<usize>> = problem
        .candidates
        .iter()
        .map(|candidate| (candidate.choice != Choice::Excluded).then_some(0))
        .collect();
    // Longest paths by relaxation. A value only rises, and past the last term it becomes
    // `None` for good, so the loop ends; a prerequisite cycle climbs until it does.
    loop {
        let mut changed = false;
        for (index, candidate) in problem.candidates.iter().enumerate() {
            let Some(current) = earliest[index] else {
                continue;
            };
            let links = candidate
                .prerequisites
                .iter()
                .map(|&p| (p, 1))
                .chain(candidate.corequisites.iter().map(|&c| (c, 0)));
            let mut needed = Some(current);
            for (required, offset) in links {
                needed = match (needed, earliest.get(required).copied().flatten()) {
                    (Some(term), Some(required)) => Some(term.max(required + offset)),
                    _ => None,
                };
            }
            // A candidate over fixed terms starts in its first.
            let last = candidate
                .spread
                .as_ref()
                .map_or(problem.terms, |spread| spread.first + 1);
            let needed = needed.filter(|&term| term < last.min(problem.terms));
            if needed != earliest[index] {
                earliest[index] = needed;
                changed = true;
            }
        }
        if !changed {
            return earliest;
        }
    }
}
