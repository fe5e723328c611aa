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

/// At most this many skills (those employers want most) shape the choices the score's range
/// is searched over: each adds two candidate choices per group.
const CANDIDATE_SKILLS: usize = 16;

/// `required` is the effort of the required modules per skill slot, `expected` the path's.
pub(super) fn ranges(
    groups: &[GroupChoice],
    members: &[Member],
    required: &[f64],
    expected: &[f64],
    demand: &[f64],
) -> Ranges {
    let skills = required.len();
    let mut by_group: Vec<Vec<&Member>> = vec![Vec::new(); groups.len()];
    for member in members {
        if let Some(own) = by_group.get_mut(member.group) {
            own.push(member);
        }
    }
    let mut wanted: Vec<usize> = (0..skills).collect();
    wanted.sort_by(|a, b| demand[*b].total_cmp(&demand[*a]));
    wanted.truncate(CANDIDATE_SKILLS);
    let mut effort: Vec<(f64, f64)> = required.iter().map(|&value| (value, value)).collect();
    let mut candidates: Vec<Vec<Vec<f64>>> = Vec::with_capacity(groups.len());
    for (group, own) in groups.iter().zip(&by_group) {
        let amount = if group.by_credits {
            group.path_credits
        } else {
            f64::from(group.min_modules).min(own.len() as f64)
        };
        let (counted, free): (Vec<&Member>, Vec<&Member>) =
            own.iter().copied().partition(|member| member.basis > 0.0);
        let fill = Fill {
            counted: &counted,
            free: &free,
            share: group.share,
            amount,
        };
        // A skill's extremes: the group's `amount` filled from the modules that give it
        // least (most) per credit, each up to its own credits.
        for (slot, range) in effort.iter_mut().enumerate() {
            range.0 += fill.one_skill(slot, false);
            range.1 += fill.one_skill(slot, true);
        }
        // The expected choice first, then those filled by one wanted skill's rate either way.
        let mut choices = vec![
            (0..skills)
                .map(|slot| {
                    group.share
                        * own
                            .iter()
                            .map(|member| effort_of(member, slot))
                            .sum::<f64>()
                })
                .collect::<Vec<f64>>(),
        ];
        for &slot in &wanted {
            for highest_first in [false, true] {
                choices.push(fill.every_skill(slot, highest_first, skills));
            }
        }
        candidates.push(choices);
    }
    // Floating sums of the same parts in another order can differ in the last bits.
    for ((low, high), &value) in effort.iter_mut().zip(expected) {
        *low = low.min(value);
        *high = high.max(value);
    }
    let score = score_range(&candidates, required, demand);
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

/// A group's `amount` of credits (or modules) filled from its counted modules in order of
/// their rate for one skill, each up to its own credits; modules without credits count by
/// the group's share.
struct Fill<'a> {
    counted: &'a [&'a Member],
    free: &'a [&'a Member],
    share: f64,
    amount: f64,
}

impl Fill<'_> {
    /// (member, fraction of it taken), in order of `slot`'s rate.
    fn taken(&self, slot: usize, highest_first: bool) -> Vec<(&Member, f64)> {
        let mut order: Vec<&Member> = self.counted.to_vec();
        order.sort_by(|a, b| rate(a, slot).total_cmp(&rate(b, slot)));
        if highest_first {
            order.reverse();
        }
        let mut left = self.amount;
        let mut taken = Vec::new();
        for member in order {
            if left <= 0.0 {
                break;
            }
            let credits = member.basis.min(left);
            left -= credits;
            taken.push((member, credits / member.basis));
        }
        taken.extend(self.free.iter().map(|member| (*member, self.share)));
        taken
    }

    fn one_skill(&self, slot: usize, highest_first: bool) -> f64 {
        self.taken(slot, highest_first)
            .iter()
            .map(|(member, fraction)| fraction * effort_of(member, slot))
            .sum()
    }

    fn every_skill(&self, slot: usize, highest_first: bool, skills: usize) -> Vec<f64> {
        let mut part = vec![0.0; skills];
        for (member, fraction) in self.taken(slot, highest_first) {
            for &(skill, effort) in &member.effort {
                part[skill] += fraction * effort;
            }
        }
        part
    }
}

/// Lowest and highest score over the candidate choices, searched group by group from the
/// expected choice (each group's first candidate). Keeps the running total, so trying a
/// candidate costs one pass over the skills.
fn score_range(
    candidates: &[Vec<Vec<f64>>],
    required: &[f64],
    demand: &[f64],
) -> Option<(f64, f64)> {
    let mut start = required.to_vec();
    for choices in candidates {
        for (sum, value) in start.iter_mut().zip(&choices[0]) {
            *sum += value;
        }
    }
    let score = |total: &[f64]| profile_alignment(total, demand).map(|(score, _)| score);
    let expected_score = score(&start)?;
    let mut extremes = [expected_score, expected_score];
    let mut trial = start.clone();
    for (side, sign) in [(0usize, -1.0), (1usize, 1.0)] {
        let mut total = start.clone();
        let mut choice = vec![0usize; candidates.len()];
        let mut best = expected_score;
        // Each sweep only moves to a strictly better score, so it ends; a few sweeps suffice.
        for _ in 0..8 {
            let mut moved = false;
            for (group, choices) in candidates.iter().enumerate() {
                for (pick, part) in choices.iter().enumerate() {
                    let current = &choices[choice[group]];
                    for (((sum, now), old), new) in
                        trial.iter_mut().zip(&total).zip(current).zip(part)
                    {
                        *sum = now - old + new;
                    }
                    if let Some(candidate) = score(&trial)
                        && sign * (candidate - best) > 1e-12
                    {
                        best = candidate;
                        choice[group] = pick;
                        total.copy_from_slice(&trial);
                        moved = true;
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
