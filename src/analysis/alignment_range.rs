//! How far a student's choices move the alignment: each skill's effort and the score, from
//! the choice that gives least to the one that gives most.
//!
//! Credit for credit (module for module in a group counted by modules), a student takes
//! the group's path credits `a` from its modules. A skill's effort then lies between `a`
//! filled from the modules that give it least per credit, each up to its own credits, and
//! `a` filled from those that give it most; the expected choice, `a × (the group's mean
//! effort per credit)`, lies between them (it spreads `a` over every module alike). The
//! score's range is searched over the choices that fill each group's `a` from its modules
//! ordered by one skill's effort per credit, either way, group by group until no change
//! raises (lowers) the score: the extremes found, not proven ones.

use super::choice::GroupChoice;
use super::profile::profile_alignment;

/// A group member's part in the alignment.
pub(super) struct Member {
    pub group: usize,
    /// Credits, or 1 in a group counted by modules.
    pub basis: f64,
    /// (skill slot, effort), effort in weighted hours.
    pub effort: Vec<(usize, f64)>,
}

pub(super) struct Ranges {
    /// Per skill slot, (lowest, highest) effort.
    pub effort: Vec<(f64, f64)>,
    pub score: Option<(f64, f64)>,
}

/// `required` is the effort of the required modules per skill slot, `expected` the path's.
pub(super) fn ranges(
    groups: &[GroupChoice],
    members: &[Member],
    required: &[f64],
    expected: &[f64],
    demand: &[f64],
) -> Ranges {
    let skills = required.len();
    let mut effort: Vec<(f64, f64)> = required.iter().map(|&value| (value, value)).collect();
    let mut contributions: Vec<Vec<Vec<f64>>> = Vec::with_capacity(groups.len());
    let mut current: Vec<Vec<f64>> = Vec::with_capacity(groups.len());
    for (index, group) in groups.iter().enumerate() {
        let own: Vec<&Member> = members
            .iter()
            .filter(|member| member.group == index)
            .collect();
        let amount = if group.by_credits {
            group.path_credits
        } else {
            f64::from(group.min_modules).min(own.len() as f64)
        };
        let counted: Vec<&Member> = own
            .iter()
            .copied()
            .filter(|member| member.basis > 0.0)
            .collect();
        let free: Vec<&Member> = own
            .iter()
            .copied()
            .filter(|member| member.basis <= 0.0)
            .collect();
        // A skill's extremes: the group's `amount` filled from the modules that give it
        // least (most) per credit, each up to its own credits.
        for (slot, range) in effort.iter_mut().enumerate() {
            let least = filled(&counted, &free, group.share, amount, slot, false, skills);
            let most = filled(&counted, &free, group.share, amount, slot, true, skills);
            range.0 += least[slot];
            range.1 += most[slot];
        }
        // The expected choice, and the choices filled by one skill's rate either way.
        let expected_part: Vec<f64> = (0..skills)
            .map(|slot| {
                group.share
                    * own
                        .iter()
                        .map(|member| effort_of(member, slot))
                        .sum::<f64>()
            })
            .collect();
        let mut candidates = vec![expected_part.clone()];
        for slot in 0..skills {
            for highest_first in [false, true] {
                candidates.push(filled(
                    &counted,
                    &free,
                    group.share,
                    amount,
                    slot,
                    highest_first,
                    skills,
                ));
            }
        }
        contributions.push(candidates);
        current.push(expected_part);
    }
    // Floating sums of the same parts in another order can differ in the last bits.
    for ((low, high), &value) in effort.iter_mut().zip(expected) {
        *low = low.min(value);
        *high = high.max(value);
    }
    let score = score_range(&contributions, &current, required, demand);
    Ranges { effort, score }
}

fn effort_of(member: &Member, slot: usize) -> f64 {
    member
        .effort
        .iter()
        .filter(|(skill, _)| *skill == slot)
        .map(|(_, effort)| effort)
        .sum()
}

fn rate(member: &Member, slot: usize) -> f64 {
    effort_of(member, slot) / member.basis
}

/// A group's effort per skill when `amount` is filled from its counted modules in order of
/// their rate for `slot`; modules without credits count by the group's share.
fn filled(
    counted: &[&Member],
    free: &[&Member],
    share: f64,
    amount: f64,
    slot: usize,
    highest_first: bool,
    skills: usize,
) -> Vec<f64> {
    let mut order: Vec<&&Member> = counted.iter().collect();
    order.sort_by(|a, b| rate(a, slot).total_cmp(&rate(b, slot)));
    if highest_first {
        order.reverse();
    }
    let mut part = vec![0.0; skills];
    let mut left = amount;
    for member in order {
        if left <= 0.0 {
            break;
        }
        let taken = member.basis.min(left) / member.basis;
        left -= member.basis.min(left);
        for &(skill, effort) in &member.effort {
            part[skill] += taken * effort;
        }
    }
    for member in free {
        for &(skill, effort) in &member.effort {
            part[skill] += share * effort;
        }
    }
    part
}

/// Lowest and highest score over the candidate choices, searched group by group from the
/// expected choice.
fn score_range(
    candidates: &[Vec<Vec<f64>>],
    expected: &[Vec<f64>],
    required: &[f64],
    demand: &[f64],
) -> Option<(f64, f64)> {
    let score_of = |choice: &[usize]| {
        let mut total = required.to_vec();
        for (group, &pick) in choice.iter().enumerate() {
            let part = candidates[group].get(pick).unwrap_or(&expected[group]);
            for (sum, value) in total.iter_mut().zip(part) {
                *sum += value;
            }
        }
        profile_alignment(&total, demand).map(|(score, _)| score)
    };
    let start = vec![0usize; candidates.len()];
    let expected_score = score_of(&start)?;
    let mut extremes = [expected_score, expected_score];
    for (side, sign) in [(0usize, -1.0), (1usize, 1.0)] {
        let mut choice = start.clone();
        let mut best = expected_score;
        // Each sweep only moves to a strictly better score, so it ends; a few sweeps suffice.
        for _ in 0..8 {
            let mut moved = false;
            for group in 0..candidates.len() {
                for pick in 0..candidates[group].len() {
                    let previous = choice[group];
                    choice[group] = pick;
                    match score_of(&choice) {
                        Some(score) if sign * (score - best) > 1e-12 => {
                            best = score;
                            moved = true;
                        }
                        _ => choice[group] = previous,
                    }
                }
            }
            if !moved {
                break;
            }
        }
        extremes[side] = best;
    }
    Some((extremes[0], extremes[1]))
}
