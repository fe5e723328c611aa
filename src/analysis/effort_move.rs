//! The one change that says what to do about the alignment: move effort from the skill the
//! plan over-serves most to the one it under-serves most. Moving a share δ of the plan's
//! weighted hours from a skill with gap ≥ δ to one with gap ≤ −δ shrinks both gaps by δ, so
//! `alignment = 1 − ½ Σ |e_s − d_s|` rises by exactly δ.

use super::alignment::Alignment;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EffortMove {
    /// Index (in `Alignment::skills`) of the most over-served skill.
    pub from: usize,
    /// Index of the most under-served skill.
    pub to: usize,
    /// Weighted hours (hours × level / 3) to move: as many as close the smaller gap.
    pub weighted_hours: f64,
    pub score_before: f64,
    pub score_after: f64,
}

impl EffortMove {
    /// The same effort as hours taught at level R (weight 2/3).
    pub fn hours_at_r(&self) -> f64 {
        self.weighted_hours * 3.0 / 2.0
    }
}

impl Alignment {
    /// `None` when there is no score, or no skill is both over- and under-served.
    pub fn effort_move(&self) -> Option<EffortMove> {
        let score_before = self.score?;
        let total: f64 = self.skills.iter().map(|skill| skill.emphasis).sum();
        let by_gap = |left: &usize, right: &usize| {
            self.skills[*left].gap.total_cmp(&self.skills[*right].gap)
        };
        let indices = 0..self.skills.len();
        let to = indices.clone().min_by(by_gap)?;
        let from = indices.max_by(by_gap)?;
        let share = (-self.skills[to].gap).min(self.skills[from].gap);
        if !(share > 0.0 && total > 0.0) {
            return None;
        }
        Some(EffortMove {
            from,
            to,
            weighted_hours: share * total,
            score_before,
            score_after: (score_before + share).min(1.0),
        })
    }
}
