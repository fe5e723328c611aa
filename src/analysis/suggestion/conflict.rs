//! What to cut off when a chosen set cannot be placed in terms: a smaller part of it that
//! cannot be placed either.
//!
//! Placing is monotone: a module more only adds its load and its requisites, so a part that
//! cannot be placed (with every requisite of its members in it) cannot be placed within any
//! larger set. Cutting off that part removes every set that holds it at once, where cutting off
//! the whole set would leave the search to meet its near copies one by one (the same blocks
//! with another weekly module beside them).

use std::time::{Duration, Instant};

use super::Problem;
use super::schedule::{Schedule, schedule};

/// How long the search for a smaller part may take, each time a set cannot be placed.
const SHRINK_TIME: Duration = Duration::from_millis(1500);

/// The members of `set`, which cannot be placed, that still cannot be placed without the
/// others, closed under requisites; as small as the time allows.
pub(super) fn conflict(
    problem: &Problem,
    set: &[bool],
    earliest: &[Option<usize>],
    deadline: Option<Instant>,
) -> Vec<usize> {
    let soon = Instant::now() + SHRINK_TIME;
    let deadline = Some(deadline.map_or(soon, |deadline| deadline.min(soon)));
    let mut kept = set.to_vec();
    let mut chunk = (members(&kept).len() / 2).max(1);
    loop {
        for part in members(&kept).chunks(chunk) {
            if deadline.is_some_and(|deadline| Instant::now() >= deadline) {
                return members(&kept);
            }
            let mut trial = kept.clone();
            for &index in part {
                trial[index] = false;
            }
            keep_requisites(problem, set, &mut trial);
            if trial != kept
                && schedule(problem, &trial, earliest, deadline) == Schedule::Impossible
            {
                kept = trial;
            }
        }
        if chunk == 1 {
            return members(&kept);
        }
        chunk /= 2;
    }
}

fn members(set: &[bool]) -> Vec<usize> {
    (0..set.len()).filter(|&index| set[index]).collect()
}

/// Puts back each member of `set` that a member of `trial` requires, until none is missing.
fn keep_requisites(problem: &Problem, set: &[bool], trial: &mut [bool]) {
    loop {
        let mut changed = false;
        for index in 0..trial.len() {
            if !trial[index] {
                continue;
            }
            let candidate = &problem.candidates[index];
            for &required in candidate
                .prerequisites
                .iter()
                .chain(&candidate.corequisites)
            {
                if set.get(required) == Some(&true) && !trial[required] {
                    trial[required] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            return;
        }
    }
}
