//! The hours each placement teaches, for figures per term.
//!
//! Weekly hours × weeks and plain hours are what the placement states. A block of practice
//! states weeks only: the module's hours not stated by its other placements are shared over
//! its blocks by weeks (岗位实习 of 576 hours placed 6 + 18 weeks: 144 and 432 hours).

use crate::model::PlacementTime;

use super::scope::Scope;

/// Hours per placement, in the order of `scope.placements`.
pub(super) fn placement_hours(scope: &Scope) -> Vec<f64> {
    let count = scope.facts.len();
    let mut stated = vec![0u32; count];
    let mut block_weeks = vec![0u32; count];
    let mut blocks = vec![0u32; count];
    for &(_, position, time) in &scope.placements {
        let at = position as usize;
        match time {
            PlacementTime::Block { weeks } => {
                block_weeks[at] = block_weeks[at].saturating_add(weeks);
                blocks[at] += 1;
            }
            other => stated[at] = stated[at].saturating_add(other.stated_hours().unwrap_or(0)),
        }
    }
    scope
        .placements
        .iter()
        .map(|&(_, position, time)| {
            let at = position as usize;
            match time {
                PlacementTime::Block { weeks } => {
                    let left = f64::from(scope.facts[at].hours().saturating_sub(stated[at]));
                    if block_weeks[at] > 0 {
                        left * f64::from(weeks) / f64::from(block_weeks[at])
                    } else {
                        left / f64::from(blocks[at].max(1))
                    }
                }
                other => f64::from(other.stated_hours().unwrap_or(0)),
            }
        })
        .collect()
}
