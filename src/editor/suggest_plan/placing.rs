//! How the suggestion lays out a module's hours in a term, so that weekly hours, block weeks
//! and internship months are known before the plan is made.
//!
//! A module the plan places once keeps its time when it moves; one placed in several terms
//! stays as it is. A module placed anew takes whole weekly hours over the term's teaching
//! weeks, except a module of practice alone (no theory hours) in a programme: it is taught as
//! block weeks (集中实践, 岗位实习), one week a credit — as the analysis counts an internship
//! without blocks and as the 3-year example places its military training, training weeks,
//! graduation project and internships.

use crate::model::{Module, PlacementTime, Plan, ProgrammeKind};

/// Block weeks for a module of practice alone placed anew, `None` for any other.
pub(super) fn new_block_weeks(plan: &Plan, module: &Module) -> Option<u32> {
    let practice_only = module.theory_hours == 0 && module.practice_hours > 0;
    let weeks = module.credits.round();
    (plan.kind != ProgrammeKind::ShortCourse && practice_only && (1.0..1000.0).contains(&weeks))
        .then_some(weeks as u32)
}

/// The time `module` has in `term` of the suggested plan, `None` where it cannot be there.
pub(super) fn suggested_time(plan: &Plan, module: &Module, term: usize) -> Option<PlacementTime> {
    let placements = plan.placements_of(&module.id);
    let time_at = |(at, index): (usize, usize)| {
        plan.terms
            .get(at)
            .and_then(|entry| entry.modules.get(index))
            .map(|placement| placement.time)
    };
    match placements.as_slice() {
        [] => Some(match new_block_weeks(plan, module) {
            Some(weeks) => PlacementTime::Block { weeks },
            None => plan.usual_placement(module, term).time,
        }),
        [only] => time_at(*only),
        several => several
            .iter()
            .find(|(at, _)| *at == term)
            .and_then(|&placement| time_at(placement)),
    }
}

/// Weekly hours of `module` in `term` of the suggested plan.
pub(super) fn weekly_hours(plan: &Plan, module: &Module, term: usize) -> f64 {
    match suggested_time(plan, module, term) {
        Some(PlacementTime::Weekly { hours, .. }) => f64::from(hours),
        _ => 0.0,
    }
}

/// The part of `module` each of its terms teaches, for a module the plan places in several:
/// by the hours each placement states, or by block weeks when all are blocks, else evenly.
pub(super) fn term_parts(plan: &Plan, module: &Module) -> Vec<(usize, f64)> {
    let placements: Vec<(usize, PlacementTime)> = plan
        .placements_of(&module.id)
        .into_iter()
        .filter_map(|(term, index)| {
            let placement = plan.terms.get(term)?.modules.get(index)?;
            Some((term, placement.time))
        })
        .collect();
    let stated: Option<Vec<f64>> = placements
        .iter()
        .map(|(_, time)| time.stated_hours().map(f64::from))
        .collect();
    let blocks: Vec<f64> = placements
        .iter()
        .map(|(_, time)| f64::from(time.block_weeks()))
        .collect();
    let weights = match stated {
        Some(hours) if hours.iter().sum::<f64>() > 0.0 => hours,
        _ if blocks.iter().all(|&weeks| weeks > 0.0) => blocks,
        _ => vec![1.0; placements.len()],
    };
    let total: f64 = weights.iter().sum();
    placements
        .iter()
        .zip(&weights)
        .map(|((term, _), weight)| (*term, if total > 0.0 { weight / total } else { 0.0 }))
        .collect()
}

/// Whole hours of `module` in each of `terms` terms when it is taught in every term: an
/// equal part, the hours left over in the first terms.
pub(super) fn every_term_hours(module: &Module, terms: usize) -> Vec<u32> {
    let count = u32::try_from(terms.max(1)).unwrap_or(u32::MAX);
    let (each, left) = (module.hours() / count, module.hours() % count);
    (0..count)
        .map(|term| each + u32::from(term < left))
        .collect()
}

/// The time of such a part in `term`: whole weekly hours over the term's teaching weeks, as
/// any module placed anew; plain hours in a term of phases.
pub(super) fn every_term_time(plan: &Plan, module: &Module, term: usize) -> PlacementTime {
    let hours = every_term_hours(module, plan.terms.len())
        .get(term)
        .copied()
        .unwrap_or(0);
    match plan
        .terms
        .get(term)
        .and_then(|entry| entry.calendar.teaching_weeks())
    {
        Some(weeks) => PlacementTime::fitting(hours, weeks),
        None => PlacementTime::Hours(hours),
    }
}

/// Block weeks of `module` in the suggested plan, wherever it goes.
pub(super) fn block_weeks(plan: &Plan, module: &Module) -> f64 {
    let placed: u32 = plan
        .terms
        .iter()
        .flat_map(|term| &term.modules)
        .filter(|placement| placement.module == module.id)
        .filter_map(|placement| match placement.time {
            PlacementTime::Block { weeks } => Some(weeks),
            _ => None,
        })
        .fold(0, u32::saturating_add);
    if plan.term_of(&module.id).is_some() {
        f64::from(placed)
    } else {
        new_block_weeks(plan, module).map_or(0.0, f64::from)
    }
}

/// Block weeks of a module the plan places in one term or not at all, wherever it goes;
/// `None` for one taught in weekly hours or placed in several terms.
pub(super) fn single_block_weeks(plan: &Plan, module: &Module) -> Option<u32> {
    if plan.placements_of(&module.id).len() > 1 {
        return None;
    }
    match suggested_time(plan, module, 0) {
        Some(PlacementTime::Block { weeks }) => Some(weeks),
        _ => None,
    }
}

/// Weeks each term's calendar leaves for blocks (those not taught and not examined, as
/// `check` counts them); `None` for a term of phases, which holds no blocks to count.
pub(super) fn block_room(plan: &Plan) -> Vec<Option<u32>> {
    plan.terms
        .iter()
        .map(|term| term.calendar.weeks().map(|weeks| weeks.weeks_for_blocks()))
        .collect()
}

/// Weeks in each term of a block longer than any one term has `room` for: from the last term
/// back, each term's room filled, as 岗位实习 runs across the last terms (product design:
/// "about 6 months across the last terms"; 教职成〔2019〕13号: 集中或分阶段安排). `None` when it
/// fits in one term, or the last terms together cannot hold it.
pub(super) fn span_over_last_terms(weeks: u32, room: &[u32]) -> Option<Vec<u32>> {
    if room.iter().any(|&free| free >= weeks) {
        return None;
    }
    let mut span = vec![0; room.len()];
    let mut left = weeks;
    for (term, &free) in room.iter().enumerate().rev() {
        if left == 0 || free == 0 {
            break;
        }
        span[term] = free.min(left);
        left -= span[term];
    }
    (left == 0).then_some(span)
}

#[cfg(test)]
mod tests {
    use super::span_over_last_terms;

    #[test]
    fn a_long_block_fills_the_last_terms_from_the_end() {
        // The 3-year example's room: 24 weeks of 岗位实习 take term 6's 19 and 5 of term 5's 11.
        let room = [3, 1, 2, 3, 11, 19];
        assert_eq!(
            span_over_last_terms(24, &room),
            Some(vec![0, 0, 0, 0, 5, 19])
        );
        // A block one term holds is placed as any other.
        assert_eq!(span_over_last_terms(11, &room), None);
        // Consecutive terms only: a term with no room ends the run.
        assert_eq!(span_over_last_terms(24, &[30, 0, 19]), None);
        assert_eq!(span_over_last_terms(40, &room), None);
    }
}
