//! Two or more plans against one survey: every figure side by side, the better value marked,
//! a ranking by alignment and how often it survives the survey's sampling error.

use std::collections::HashMap;

use crate::model::{ModuleId, Plan, RuleBook, SkillId, Survey};

use super::profile_alignment;
use super::report::{Report, report};
use super::sensitivity::{Interval, SurveyResampler, wilson_interval};

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub reports: Vec<Report>,
    pub figures: Vec<ComparedFigure>,
    /// Plan indices, best alignment first.
    pub ranking: Vec<usize>,
    /// Share of resampled surveys under which the ranking stays the same; `None` when the
    /// survey cannot be resampled (no respondents).
    pub ranking_stability: Option<f64>,
    /// Per survey skill, the plan whose emphasis share is closest to the demand share.
    pub skill_winners: Vec<(SkillId, usize)>,
    /// The Wilson 95 % interval of each survey share.
    pub intervals: Vec<(SkillId, Interval)>,
    /// For exactly two plans: what changed from the first to the second.
    pub difference: Option<PlanDifference>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
    /// Neither is better (e.g. credits: the rules judge those).
    Neither,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ComparedFigure {
    pub id: &'static str,
    pub values: Vec<f64>,
    pub better: Better,
    /// The plan with the better value, when one plan alone has it.
    pub best: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PlanDifference {
    pub added: Vec<ModuleId>,
    pub removed: Vec<ModuleId>,
    /// (module, term in the first plan, term in the second), terms from 0.
    pub moved: Vec<(ModuleId, usize, usize)>,
}

/// Compares `plans` against one survey, each checked against its rule book (`books`, in the
/// same order; `None` for a book not found).
pub fn compare(
    plans: &[&Plan],
    books: &[Option<&RuleBook>],
    survey: &Survey,
    draws: usize,
    seed: u64,
) -> Comparison {
    let reports: Vec<Report> = plans
        .iter()
        .enumerate()
        .map(|(index, plan)| report(plan, books.get(index).copied().flatten(), Some(survey)))
        .collect();
    let score = |report: &Report| {
        report
            .alignment
            .as_ref()
            .and_then(|alignment| alignment.score)
            .unwrap_or(f64::NAN)
    };
    let figure = |id, better, value: &dyn Fn(&Report) -> f64| {
        let values: Vec<f64> = reports.iter().map(value).collect();
        ComparedFigure {
            id,
            best: best_of(&values, better),
            values,
            better,
        }
    };
    let figures = vec![
        figure("alignment", Better::Higher, &score),
        figure("cosine", Better::Higher, &|report| {
            report
                .alignment
                .as_ref()
                .and_then(|alignment| alignment.cosine)
                .unwrap_or(f64::NAN)
        }),
        figure("modules", Better::Neither, &|report| {
            report.totals.modules as f64
        }),
        figure("credits", Better::Neither, &|report| report.totals.credits),
        figure("hours", Better::Neither, &|report| {
            f64::from(report.totals.hours)
        }),
        figure("practice_share", Better::Higher, &|report| {
            report.totals.practice_share
        }),
        figure("rules_failed", Better::Lower, &|report| {
            report.rules.iter().filter(|rule| !rule.ok).count() as f64
        }),
        figure("skills_not_mastered", Better::Lower, &|report| {
            report
                .alignment
                .as_ref()
                .map_or(0.0, |alignment| alignment.not_mastered.len() as f64)
        }),
        figure("unserved_target_industries", Better::Lower, &|report| {
            report.industries.unserved_targets.len() as f64
        }),
        figure("complexity", Better::Lower, &|report| {
            report
                .structure
                .as_ref()
                .map_or(f64::NAN, |structure| structure.complexity)
        }),
    ];
    let scores: Vec<f64> = reports.iter().map(score).collect();
    let ranking = rank(&scores);
    let skill_winners = survey
        .skills
        .iter()
        .filter_map(|demand| {
            let gaps: Vec<f64> = reports
                .iter()
                .map(|report| {
                    report
                        .alignment
                        .as_ref()
                        .and_then(|alignment| {
                            alignment
                                .skills
                                .iter()
                                .find(|skill| skill.skill == demand.skill)
                        })
                        .map_or(f64::INFINITY, |skill| skill.gap.abs())
                })
                .collect();
            best_of(&gaps, Better::Lower).map(|winner| (demand.skill.clone(), winner))
        })
        .collect();
    Comparison {
        ranking_stability: ranking_stability(&reports, survey, &ranking, draws, seed),
        intervals: survey
            .skills
            .iter()
            .map(|demand| {
                (
                    demand.skill.clone(),
                    wilson_interval(demand.share, survey.respondents),
                )
            })
            .collect(),
        difference: (plans.len() == 2).then(|| difference(plans[0], plans[1])),
        figures,
        ranking,
        skill_winners,
        reports,
    }
}

/// Indices by descending value; ties keep the given order.
/// Plans by score, best first; a plan with no alignment (NaN) comes last.
fn rank(scores: &[f64]) -> Vec<usize> {
    let key = |index: usize| {
        let score = scores[index];
        if score.is_nan() {
            f64::NEG_INFINITY
        } else {
            score
        }
    };
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&left, &right| key(right).total_cmp(&key(left)));
    order
}

fn best_of(values: &[f64], better: Better) -> Option<usize> {
    let pick = |candidate: f64, best: f64| match better {
        Better::Higher => candidate > best,
        Better::Lower => candidate < best,
        Better::Neither => false,
    };
    if better == Better::Neither {
        return None;
    }
    let mut best: Option<usize> = None;
    let mut tied = false;
    for (index, &value) in values.iter().enumerate() {
        if value.is_nan() {
            continue;
        }
        match best {
            None => best = Some(index),
            Some(current) if pick(value, values[current]) => {
                best = Some(index);
                tied = false;
            }
            Some(current) if value == values[current] => tied = true,
            Some(_) => {}
        }
    }
    if tied { None } else { best }
}

/// Re-scores every plan under resampled survey shares and counts how often the ranking holds.
fn ranking_stability(
    reports: &[Report],
    survey: &Survey,
    ranking: &[usize],
    draws: usize,
    seed: u64,
) -> Option<f64> {
    if draws == 0 || survey.respondents == 0 {
        return None;
    }
    let shares: Vec<f64> = survey.skills.iter().map(|demand| demand.share).collect();
    let mut resampler = SurveyResampler::new(&shares, survey.respondents, seed)?;
    let position: HashMap<&SkillId, usize> = survey
        .skills
        .iter()
        .enumerate()
        .map(|(index, demand)| (&demand.skill, index))
        .collect();
    // Per plan: its emphasis vector and, per entry, which survey share it is weighed by.
    let plans: Vec<(Vec<f64>, Vec<Option<usize>>)> = reports
        .iter()
        .map(|report| {
            report
                .alignment
                .as_ref()
                .map_or((Vec::new(), Vec::new()), |alignment| {
                    alignment
                        .skills
                        .iter()
                        .map(|skill| (skill.emphasis, position.get(&skill.skill).copied()))
                        .unzip()
                })
        })
        .collect();
    let mut held = 0usize;
    for _ in 0..draws {
        let resampled = resampler.next_shares();
        let scores: Vec<f64> = plans
            .iter()
            .map(|(emphasis, weights)| {
                let demand: Vec<f64> = weights
                    .iter()
                    .map(|at| at.map_or(0.0, |at| resampled[at]))
                    .collect();
                // No alignment ranks below any alignment.
                profile_alignment(emphasis, &demand).map_or(f64::NEG_INFINITY, |fit| fit.0)
            })
            .collect();
        if rank(&scores) == ranking {
            held += 1;
        }
    }
    Some(held as f64 / draws as f64)
}

/// Modules added, removed and moved between terms, going from `first` to `second`. A module
/// in several terms counts where it starts (its first term).
pub fn difference(first: &Plan, second: &Plan) -> PlanDifference {
    let placed = |plan: &Plan| -> Vec<(ModuleId, usize)> {
        let mut seen = std::collections::HashSet::new();
        plan.terms
            .iter()
            .enumerate()
            .flat_map(|(term, entry)| entry.module_ids().map(move |id| (id, term)))
            .filter(|(id, _)| seen.insert(*id))
            .map(|(id, term)| (id.clone(), term))
            .collect()
    };
    let before = placed(first);
    let after = placed(second);
    let before_terms: HashMap<&ModuleId, usize> =
        before.iter().map(|(id, term)| (id, *term)).collect();
    let after_terms: HashMap<&ModuleId, usize> =
        after.iter().map(|(id, term)| (id, *term)).collect();
    let mut difference = PlanDifference::default();
    for (id, term) in &after {
        match before_terms.get(id).copied() {
            None => difference.added.push(id.clone()),
            Some(old) if old != *term => difference.moved.push((id.clone(), old, *term)),
            Some(_) => {}
        }
    }
    for (id, _) in &before {
        if !after_terms.contains_key(id) {
            difference.removed.push(id.clone());
        }
    }
    difference
}
