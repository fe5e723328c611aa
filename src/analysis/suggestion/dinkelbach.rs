//! Dinkelbach's method: parametric steps, each a set-choosing program solved by microlp,
//! within a time limit and a Cancel flag, with the proven bound when either stops it.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use microlp::{ResumeOptions, SolveOptions, SolveOutcome};

use super::conflict::conflict;
use super::earliest::earliest_terms;
use super::schedule::{Schedule, schedule};
use super::selection::{Aim, Selection, selection};
use super::{Choice, Limits, Problem, Progress, Suggested, effort_of, score_of};

/// Parametric steps before giving up; each strictly lowers the ratio, so real problems end
/// in a handful.
const MAX_STEPS: usize = 100;

/// Sets cut off for not fitting in the terms before giving up.
const MAX_CUTS: usize = 10_000;

/// Branch-and-bound nodes per solver call: between calls the time limit and Cancel are read.
const NODES_PER_CALL: u64 = 200;

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SuggestionError {
    #[error("no choice of modules meets every constraint")]
    Infeasible,
    #[error("the survey weights no skill")]
    NoDemand,
    #[error("no module the suggestion may use teaches a surveyed or listed skill")]
    NoEffort,
    #[error("stopped before any plan meeting every constraint was found")]
    Stopped,
    #[error("the solver failed: {0}")]
    Solver(String),
}

/// The choice with the best alignment score, proved optimal.
pub fn solve(problem: &Problem) -> Result<Suggested, SuggestionError> {
    solve_within(problem, &Limits::default(), &mut |_| {})
}

/// The best choice found within `limits`; `report` hears of each better one.
pub fn solve_within(
    problem: &Problem,
    limits: &Limits,
    report: &mut dyn FnMut(&Progress),
) -> Result<Suggested, SuggestionError> {
    let deadline = limits.time_limit.map(|limit| Instant::now() + limit);
    let stop = || {
        deadline.is_some_and(|deadline| Instant::now() >= deadline)
            || limits
                .cancel
                .as_ref()
                .is_some_and(|cancel| cancel.load(Ordering::Relaxed))
    };
    // A weight that is not a number of zero or more (a damaged survey) weights nothing.
    let demand: Vec<f64> = problem
        .demand
        .iter()
        .map(|&d| if d.is_finite() && d > 0.0 { d } else { 0.0 })
        .collect();
    let demand_total: f64 = demand.iter().sum();
    if !demand_total.is_finite() || demand_total <= 0.0 {
        return Err(SuggestionError::NoDemand);
    }
    let share: Vec<f64> = demand.iter().map(|d| d / demand_total).collect();
    let earliest = earliest_terms(problem);
    // Any choice that spends effort spends at least the smallest positive effort of one
    // module in its lightest role: requiring that much keeps the ratio's denominator positive
    // without cutting off a choice.
    let lightest_share = problem
        .groups
        .iter()
        .map(|group| group.share)
        .fold(1.0, f64::min)
        .max(0.0);
    let least_effort = problem
        .candidates
        .iter()
        .zip(&earliest)
        .filter(|(_, earliest)| earliest.is_some())
        .map(|(candidate, _)| candidate.effort.iter().sum::<f64>())
        .flat_map(|total| [total, total * lightest_share])
        .filter(|&total| total > 0.0)
        .fold(f64::INFINITY, f64::min);
    if !least_effort.is_finite() {
        return Err(
            match problem
                .candidates
                .iter()
                .any(|c| c.choice != Choice::Excluded)
            {
                true if earliest.iter().all(Option::is_none) => SuggestionError::Infeasible,
                _ => SuggestionError::NoEffort,
            },
        );
    }
    let most_effort: f64 = problem
        .candidates
        .iter()
        .map(|candidate| candidate.effort.iter().sum::<f64>())
        .sum();
    let tolerance = 1e-9 * most_effort.max(1.0);

    let mut cuts: Vec<Vec<usize>> = Vec::new();
    // A cut of a set the scheduler could not settle in time makes the proof conditional.
    let mut unsure = false;
    let mut ratio = 0.0;
    let mut best: Option<Placed> = None;
    let mut lowest_ratio: Option<f64> = None;
    let mut proved = false;
    let mut steps = 0;
    // Between steps too: a run of sets that cannot be placed is many short steps.
    while !stop() && steps < MAX_STEPS && cuts.len() < MAX_CUTS {
        let program = selection(
            problem,
            &share,
            &earliest,
            least_effort,
            &cuts,
            Aim::Ratio(ratio),
        )?;
        let hint: Option<(Vec<bool>, &[Option<usize>])> = best
            .as_ref()
            .map(|(terms, groups)| (terms.iter().map(Option::is_some).collect(), &groups[..]));
        let hint = hint.as_ref().map(|(set, groups)| (&set[..], *groups));
        let run = match run(&program, deadline, tolerance, hint, &stop) {
            Ok(run) => run,
            Err(SuggestionError::Infeasible) if best.is_some() => {
                // The best set so far meets every constraint and cut, so this cannot happen;
                // if the solver says so anyway, nothing better was found.
                proved = !unsure;
                break;
            }
            Err(error) => return Err(error),
        };
        if let Some((set, groups)) = &run.set {
            let (distance, total) = distance_and_total(problem, &share, set, groups);
            let value = distance - ratio * total;
            if best.is_some() && value >= -tolerance {
                if run.finished {
                    proved = !unsure;
                    break;
                }
            } else {
                match schedule(problem, set, &earliest, deadline) {
                    Schedule::Placed(terms) => {
                        steps += 1;
                        ratio = distance / total;
                        best = Some((terms, groups.clone()));
                        report(&Progress {
                            score: Some(1.0 - ratio / 2.0),
                        });
                    }
                    Schedule::Impossible => {
                        cuts.push(conflict(problem, set, &earliest, deadline));
                    }
                    Schedule::Unknown => {
                        unsure = true;
                        cuts.push(
                            set.iter()
                                .enumerate()
                                .filter(|(_, chosen)| **chosen)
                                .map(|(index, _)| index)
                                .collect(),
                        );
                    }
                }
            }
        }
        if !run.finished {
            // Every choice has D − λT ≥ the proven bound, and T at least the least effort.
            let least_total = least_total_effort(problem, &share, &earliest, least_effort, &cuts)
                .unwrap_or(least_effort);
            let bound = run.bound.map(|bound| ratio + bound.min(0.0) / least_total);
            lowest_ratio = bound.map(|bound| bound.max(0.0));
            break;
        }
    }
    // Without a plan the loop ended by the time limit, Cancel or its own limits: a problem
    // with no plan at all ends in the solver's `Infeasible` above.
    let (terms, groups) = best.ok_or(SuggestionError::Stopped)?;
    let chosen: Vec<bool> = terms.iter().map(Option::is_some).collect();
    let score = score_of(problem, &chosen, &groups).ok_or(SuggestionError::NoEffort)?;
    let bound = match (proved, lowest_ratio) {
        (true, _) => score,
        (false, Some(lowest)) => (1.0 - lowest / 2.0).clamp(score, 1.0),
        (false, None) => 1.0,
    };
    Ok(Suggested {
        terms,
        groups,
        score,
        optimal: proved,
        bound,
    })
}

/// A placement: the term of each candidate (`None`: not chosen) and the group to fill that
/// offers it (`None`: required).
type Placed = (Vec<Option<usize>>, Vec<Option<usize>>);

/// What one program's search found.
struct Run {
    /// The best set it found, if any, with the group of each candidate.
    set: Option<(Vec<bool>, Vec<Option<usize>>)>,
    /// The search finished: `set` is optimal.
    finished: bool,
    /// The proven lower bound on the objective.
    bound: Option<f64>,
}

/// Searches until the incumbent is proved optimal — by the solver, or by its bound being
/// within `tolerance` of it (an objective near zero otherwise keeps a search going that
/// cannot improve anything that matters) — or until `stop`.
///
/// `hint` is the best set so far: it meets every constraint and cut of a later step, where its
/// value is zero, so the search starts with it and prunes every branch that cannot go below.
fn run(
    selection: &Selection,
    deadline: Option<Instant>,
    tolerance: f64,
    hint: Option<(&[bool], &[Option<usize>])>,
    stop: &dyn Fn() -> bool,
) -> Result<Run, SuggestionError> {
    let remaining = || deadline.map(|deadline| deadline.saturating_duration_since(Instant::now()));
    let mut options = SolveOptions::default();
    options.node_limit = Some(NODES_PER_CALL);
    options.time_limit = remaining();
    let value = |yes: bool| if yes { 1.0 } else { 0.0 };
    options.warm_start = hint.map(|(set, groups)| {
        let required = selection
            .chosen
            .iter()
            .zip(set)
            .filter_map(|(x, &chosen)| x.map(|x| (x, value(chosen))));
        let offered = selection
            .offered
            .iter()
            .enumerate()
            .flat_map(|(group, variables)| {
                variables.iter().map(move |&(index, y)| {
                    let here = set.get(index).copied().unwrap_or(false)
                        && groups.get(index).copied().flatten() == Some(group);
                    (y, value(here))
                })
            });
        required.chain(offered).collect()
    });
    let mut outcome = selection
        .program
        .solve_with(options)
        .map_err(solver_error)?;
    loop {
        let bound = outcome.stats().best_bound;
        let closed = match (outcome.solution(), bound) {
            (Some(solution), Some(bound)) => solution.objective() - bound <= tolerance,
            _ => false,
        };
        let finished = outcome.is_optimal() || closed;
        if finished || stop() {
            return Ok(Run {
                set: outcome.solution().map(|solution| {
                    let set: Vec<bool> = selection
                        .chosen
                        .iter()
                        .map(|x| x.is_some_and(|x| solution.var_value(x) > 0.5))
                        .collect();
                    let mut groups = vec![None; set.len()];
                    for (group, variables) in selection.offered.iter().enumerate() {
                        for &(index, y) in variables {
                            if solution.var_value(y) > 0.5 {
                                groups[index] = Some(group);
                            }
                        }
                    }
                    (set, groups)
                }),
                finished,
                bound,
            });
        }
        let mut options = ResumeOptions::default();
        options.node_limit = Some(NODES_PER_CALL);
        options.time_limit = remaining().map(|left| left.max(Duration::from_millis(1)));
        outcome = SolveOutcome::resume_with(outcome, options).map_err(solver_error)?;
    }
}

fn solver_error(error: microlp::Error) -> SuggestionError {
    match error {
        microlp::Error::Infeasible => SuggestionError::Infeasible,
        other => SuggestionError::Solver(other.to_string()),
    }
}

/// The least effort any choice can spend, from the relaxed program.
fn least_total_effort(
    problem: &Problem,
    share: &[f64],
    earliest: &[Option<usize>],
    least_effort: f64,
    cuts: &[Vec<usize>],
) -> Option<f64> {
    let relaxed = selection(
        problem,
        share,
        earliest,
        least_effort,
        cuts,
        Aim::LeastEffort,
    )
    .ok()?;
    let outcome = relaxed.program.solve().ok()?;
    outcome
        .solution()
        .map(|solution| solution.objective().max(least_effort))
}

/// `Σ_s |E_s − d_s T|` and `T` of a set.
fn distance_and_total(
    problem: &Problem,
    share: &[f64],
    chosen: &[bool],
    groups: &[Option<usize>],
) -> (f64, f64) {
    let effort = effort_of(problem, chosen, groups);
    let total: f64 = effort.iter().sum();
    let distance = effort
        .iter()
        .zip(share)
        .map(|(e, d)| (e - d * total).abs())
        .sum();
    (distance, total)
}
