//! How a plan spends its effort across skills, against how employers weight them.
//!
//! - emphasis `E_s = Σ_modules hours_m × level_{m,s} / 3` on a student's path: required
//!   modules whole, a group's modules by the group's share (`choice`), with the range a
//!   student's choices give (`alignment_range`)
//! - shares `e_s = E_s / Σ E`, `d_s = w_s / Σ w`
//! - profile alignment `1 − ½ Σ_s |e_s − d_s|`, cosine similarity of `E` and `w`,
//!   gap `e_s − d_s`.

use crate::model::{Level, Names, Plan, SkillId, Survey};

use super::alignment_range::{Member, Ranges, ranges};
pub use super::profile::profile_alignment;
use super::scope::Scope;

/// A skill whose effort share is more than two points of the share from its demand is under-
/// or over-served: the report names it and close the gap works on it (one home for the figure).
pub const GAP_WORTH_NAMING: f64 = 0.02;

#[derive(Clone, Debug, PartialEq)]
pub struct Alignment {
    /// 1 when the plan spends effort exactly as employers weight skills; 0 when it spends
    /// none on what they want. `None` when there is nothing to align: the plan builds none
    /// of the skills, or the survey wants none.
    pub score: Option<f64>,
    /// Cosine similarity of emphasis and demand (1 = same direction); `None` as `score`.
    pub cosine: Option<f64>,
    /// The lowest and highest score over the choices a student may make (equal to `score`
    /// in a plan without elective groups).
    pub score_range: Option<(f64, f64)>,
    pub skills: Vec<SkillAlignment>,
    /// Skills that at least half of the respondents want but no module brings to M.
    pub not_mastered: Vec<SkillId>,
    /// Skills no module builds at all.
    pub orphans: Vec<SkillId>,
    pub progression: Vec<ProgressionIssue>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SkillAlignment {
    pub skill: SkillId,
    pub name: Names,
    /// `w_s`: share of respondents who want the skill (0 for a skill the survey lacks).
    pub demand: f64,
    /// `d_s = w_s / Σ w`.
    pub demand_share: f64,
    /// `E_s` in weighted hours, on the path (the expected choice).
    pub emphasis: f64,
    /// The lowest and highest `E_s` a student's choices give.
    pub effort_range: (f64, f64),
    /// `e_s = E_s / Σ E`.
    pub emphasis_share: f64,
    /// `e_s − d_s`: positive when the plan over-serves the skill.
    pub gap: f64,
    /// The highest level any module brings the skill to.
    pub top_level: Option<Level>,
}

/// Why a plan has no alignment score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoAlignment {
    /// The survey gives every skill a share of 0 (or names none).
    NoDemand,
    /// No module builds any skill the survey or the plan names.
    NoEffort,
}

impl Alignment {
    /// Why `score` is `None`, or `None` when there is a score.
    pub fn no_alignment(&self) -> Option<NoAlignment> {
        if self.score.is_some() {
            None
        } else if self.skills.iter().all(|skill| skill.demand <= 0.0) {
            Some(NoAlignment::NoDemand)
        } else {
            Some(NoAlignment::NoEffort)
        }
    }
}

/// A skill reaches a higher level in an earlier term than a lower one (e.g. M before I).
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressionIssue {
    pub skill: SkillId,
    pub higher: Level,
    /// Term index (from 0) where the higher level first appears.
    pub higher_term: usize,
    pub lower: Level,
    pub lower_term: usize,
}

/// The alignment of a plan with a survey; the skills are the survey's, then the plan's own.
pub fn alignment(plan: &Plan, survey: &Survey) -> Alignment {
    alignment_in(plan, &Scope::of(plan), survey)
}

pub(super) fn alignment_in(plan: &Plan, scope: &Scope, survey: &Survey) -> Alignment {
    // A skill the survey names twice is counted once (its first share, as `share_of` reads).
    let mut skill_ids: Vec<SkillId> = Vec::new();
    let mut listed = std::collections::HashSet::new();
    let survey_skills = survey.skills.iter().map(|demand| &demand.skill);
    for id in survey_skills.chain(plan.skills.iter().map(|skill| &skill.id)) {
        if listed.insert(id) {
            skill_ids.push(id.clone());
        }
    }
    let mut emphasis = vec![0.0; skill_ids.len()];
    let mut required = vec![0.0; skill_ids.len()];
    let mut members: Vec<Member> = Vec::new();
    let mut top_level: Vec<Option<Level>> = vec![None; skill_ids.len()];
    // First term of each level per skill, for the progression check.
    let mut first_term = vec![[None::<usize>; 3]; skill_ids.len()];
    // The alignment index of each skill the scope numbered; `None` for a skill that is
    // neither in the survey nor in the plan's list.
    let slot: Vec<Option<usize>> = scope
        .skill_names
        .iter()
        .map(|name| skill_ids.iter().position(|id| id.as_str() == *name))
        .collect();
    for (facts, levels) in scope.facts.iter().zip(scope.skills.rows()) {
        let hours = f64::from(facts.hours());
        let mut member = facts.group().map(|group| Member {
            group,
            basis: if scope.groups[group].by_credits {
                facts.credits.max(0.0)
            } else {
                1.0
            },
            effort: Vec::new(),
        });
        for &(skill, level) in levels {
            let Some(index) = slot[skill as usize] else {
                continue;
            };
            let effort = hours * f64::from(level.weight()) / 3.0;
            emphasis[index] += facts.path_share * effort;
            match &mut member {
                Some(member) => member.effort.push((index, effort)),
                None => required[index] += effort,
            }
            top_level[index] = top_level[index].max(Some(level));
            if let Some(term) = facts.term() {
                let slot = &mut first_term[index][level_index(level)];
                *slot = Some(slot.map_or(term, |first: usize| first.min(term)));
            }
        }
        members.extend(member);
    }
    let demand: Vec<f64> = skill_ids
        .iter()
        .map(|id| survey.share_of(id).unwrap_or(0.0))
        .collect();
    let fit = profile_alignment(&emphasis, &demand);
    let (score, cosine) = (fit.map(|fit| fit.0), fit.map(|fit| fit.1));
    let ranges = if scope.groups.is_empty() {
        Ranges {
            effort: emphasis.iter().map(|&value| (value, value)).collect(),
            score: score.map(|score| (score, score)),
        }
    } else {
        ranges(&scope.groups, &members, &required, &emphasis, &demand)
    };
    let emphasis_total: f64 = emphasis.iter().sum();
    let demand_total: f64 = demand.iter().sum();

    let skills: Vec<SkillAlignment> = skill_ids
        .iter()
        .enumerate()
        .map(|(index, id)| {
            let emphasis_share = ratio(emphasis[index], emphasis_total);
            let demand_share = ratio(demand[index], demand_total);
            SkillAlignment {
                skill: id.clone(),
                name: plan
                    .skills
                    .iter()
                    .find(|skill| &skill.id == id)
                    .map_or_else(
                        || Names::new(id.as_str(), id.as_str()),
                        |skill| skill.name.clone(),
                    ),
                demand: demand[index],
                demand_share,
                emphasis: emphasis[index],
                effort_range: ranges.effort[index],
                emphasis_share,
                gap: emphasis_share - demand_share,
                top_level: top_level[index],
            }
        })
        .collect();
    // Mastery is a programme's aim, not a 16–120-hour course's: short courses are not asked
    // to bring a wanted skill to M.
    let aims_at_mastery = plan.kind != crate::model::ProgrammeKind::ShortCourse;
    let not_mastered = skills
        .iter()
        .filter(|skill| aims_at_mastery && skill.demand >= 0.5 && skill.top_level != Some(Level::M))
        .map(|skill| skill.skill.clone())
        .collect();
    let orphans = skills
        .iter()
        .filter(|skill| skill.top_level.is_none())
        .map(|skill| skill.skill.clone())
        .collect();
    let progression = skill_ids
        .iter()
        .zip(&first_term)
        .flat_map(|(id, firsts)| progression_issues(id, firsts))
        .collect();
    Alignment {
        score,
        cosine,
        score_range: score.and(ranges.score),
        skills,
        not_mastered,
        orphans,
        progression,
    }
}

fn ratio(part: f64, whole: f64) -> f64 {
    if whole > 0.0 { part / whole } else { 0.0 }
}

fn level_index(level: Level) -> usize {
    match level {
        Level::I => 0,
        Level::R => 1,
        Level::M => 2,
    }
}

/// I no later than R, R no later than M, I no later than M (by first appearance).
fn progression_issues(skill: &SkillId, firsts: &[Option<usize>; 3]) -> Vec<ProgressionIssue> {
    let pairs = [
        (Level::I, Level::R),
        (Level::R, Level::M),
        (Level::I, Level::M),
    ];
    pairs
        .into_iter()
        .filter_map(|(lower, higher)| {
            let lower_term = firsts[level_index(lower)]?;
            let higher_term = firsts[level_index(higher)]?;
            (higher_term < lower_term).then(|| ProgressionIssue {
                skill: skill.clone(),
                higher,
                higher_term,
                lower,
                lower_term,
            })
        })
        .collect()
}
