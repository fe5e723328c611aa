//! Dinkelbach's method over mixed-integer programs solved by microlp (through good_lp).

use good_lp::{
    Expression, ProblemVariables, ResolutionError, Solution, SolverModel, Variable, constraint,
    microlp, variable,
};

use super::{Choice, Problem, Suggested, score_of};

/// Parametric steps before giving up; each strictly lowers the ratio, so real problems end
/// in a handful.
const MAX_STEPS: usize = 100;

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SuggestionError {
    #[error("no choice of modules meets every constraint")]
    Infeasible,
    #[error("the survey weights no skill")]
    NoDemand,
    #[error("no module the suggestion may use teaches a surveyed or listed skill")]
    NoEffort,
    #[error("the solver failed: {0}")]
    Solver(String),
}

impl From<ResolutionError> for SuggestionError {
    fn from(error: ResolutionError) -> Self {
        match error {
            ResolutionError::Infeasible => SuggestionError::Infeasible,
            other => SuggestionError::Solver(other.to_string()),
        }
    }
}

/// The choice with the best alignment score, proved optimal.
pub fn solve(problem: &Problem) -> Result<Suggested, SuggestionError> {
    let demand_total: f64 = problem.demand.iter().sum();
    if demand_total.is_nan() || demand_total <= 0.0 {
        return Err(SuggestionError::NoDemand);
    }
    let share: Vec<f64> = problem.demand.iter().map(|d| d / demand_total).collect();
    // Any choice that spends effort spends at least the smallest positive effort of one
    // module: requiring that much keeps the ratio's denominator positive without cutting off
    // a choice.
    let least_effort = problem
        .candidates
        .iter()
        .filter(|candidate| candidate.choice != Choice::Excluded)
        .map(|candidate| candidate.effort.iter().sum::<f64>())
        .filter(|&total| total > 0.0)
        .fold(f64::INFINITY, f64::min);
    if !least_effort.is_finite() {
        return Err(SuggestionError::NoEffort);
    }
    let most_effort: f64 = problem
        .candidates
        .iter()
        .map(|candidate| candidate.effort.iter().sum::<f64>())
        .sum();
    let tolerance = 1e-9 * most_effort.max(1.0);

    let mut ratio = 0.0;
    let mut best: Option<Vec<Option<usize>>> = None;
    // Optimal only once a step finds no better ratio: running out of steps proves nothing.
    let mut proved = false;
    for _ in 0..MAX_STEPS {
        let terms = step(problem, &share, ratio, least_effort)?;
        let (distance, total) = distance_and_total(problem, &share, &terms);
        let value = distance - ratio * total;
        if best.is_some() && value >= -tolerance {
            proved = true;
            break;
        }
        ratio = distance / total;
        best = Some(terms);
    }
    let terms = best.ok_or(SuggestionError::Infeasible)?;
    let chosen: Vec<bool> = terms.iter().map(Option::is_some).collect();
    let score = score_of(problem, &chosen).ok_or(SuggestionError::NoEffort)?;
    Ok(Suggested {
        terms,
        score,
        optimal: proved,
        // Without a proof no bound is known yet; 1 is the most any plan can score.
        bound: if proved { score } else { 1.0 },
    })
}

/// `Σ_s |E_s − d_s T|` and `T` of a choice.
fn distance_and_total(problem: &Problem, share: &[f64], terms: &[Option<usize>]) -> (f64, f64) {
    let mut effort = vec![0.0; share.len()];
    for (candidate, _) in problem
        .candidates
        .iter()
        .zip(terms)
        .filter(|(_, term)| term.is_some())
    {
        for (sum, value) in effort.iter_mut().zip(&candidate.effort) {
            *sum += value;
        }
    }
    let total: f64 = effort.iter().sum();
    let distance = effort
        .iter()
        .zip(share)
        .map(|(e, d)| (e - d * total).abs())
        .sum();
    (distance, total)
}

/// One parametric step: the choice minimising `Σ_s |E_s − d_s T| − ratio × T`.
fn step(
    problem: &Problem,
    share: &[f64],
    ratio: f64,
    least_effort: f64,
) -> Result<Vec<Option<usize>>, SuggestionError> {
    let mut variables = ProblemVariables::new();
    // placed[m][t]: candidate m is in term t; none for an excluded candidate.
    let placed: Vec<Vec<Variable>> = problem
        .candidates
        .iter()
        .map(|candidate| match candidate.choice {
            Choice::Excluded => Vec::new(),
            _ => (0..problem.terms)
                .map(|_| variables.add(variable().binary()))
                .collect(),
        })
        .collect();
    let deviation: Vec<Variable> = share
        .iter()
        .map(|_| variables.add(variable().min(0.0)))
        .collect();

    let chosen = |m: usize| -> Expression { placed[m].iter().copied().sum() };
    let up_to = |m: usize, end: usize| -> Expression { placed[m].iter().take(end).copied().sum() };
    let mut effort: Vec<Expression> = vec![Expression::from(0.0); share.len()];
    for (m, candidate) in problem.candidates.iter().enumerate() {
        for (sum, &value) in effort.iter_mut().zip(&candidate.effort) {
            if value != 0.0 {
                *sum += chosen(m) * value;
            }
        }
    }
    let total: Expression = effort.iter().cloned().sum();
    let objective: Expression =
        deviation.iter().copied().sum::<Expression>() - total.clone() * ratio;

    let mut model = variables.minimise(objective).using(microlp);
    model.add_constraint(constraint!(total.clone() >= least_effort));
    for ((&d, sum), &u) in share.iter().zip(&effort).zip(&deviation) {
        model.add_constraint(constraint!(u >= sum.clone() - total.clone() * d));
        model.add_constraint(constraint!(u >= total.clone() * d - sum.clone()));
    }
    let mut credits = Expression::from(0.0);
    let mut hours = Expression::from(0.0);
    for (m, candidate) in problem.candidates.iter().enumerate() {
        if placed[m].is_empty() {
            continue;
        }
        credits += chosen(m) * candidate.credits;
        hours += chosen(m) * candidate.hours;
        // In one term at most; a locked module in one term exactly.
        model.add_constraint(constraint!(chosen(m) <= 1.0));
        match candidate.choice {
            Choice::Locked(Some(term)) => {
                let Some(&in_term) = placed[m].get(term) else {
                    return Err(SuggestionError::Infeasible);
                };
                model.add_constraint(constraint!(in_term >= 1.0));
            }
            Choice::Locked(None) => {
                model.add_constraint(constraint!(chosen(m) >= 1.0));
            }
            Choice::Free | Choice::Excluded => {}
        }
        for (term, &in_term) in placed[m].iter().enumerate() {
            for &required in &candidate.prerequisites {
                model.add_constraint(constraint!(up_to(required, term) >= in_term));
            }
            for &required in &candidate.corequisites {
                model.add_constraint(constraint!(up_to(required, term + 1) >= in_term));
            }
        }
    }
    model.add_constraint(constraint!(credits.clone() >= problem.credits.0));
    model.add_constraint(constraint!(credits <= problem.credits.1));
    if let Some((least, most)) = problem.hours {
        model.add_constraint(constraint!(hours.clone() >= least));
        model.add_constraint(constraint!(hours <= most));
    }
    if let Some(cap) = problem.term_credits {
        for term in 0..problem.terms {
            let in_term: Expression = problem
                .candidates
                .iter()
                .zip(&placed)
                .filter_map(|(candidate, placed)| placed.get(term).map(|&x| candidate.credits * x))
                .sum();
            model.add_constraint(constraint!(in_term <= cap));
        }
    }
    let solution = model.solve()?;
    Ok(placed
        .iter()
        .map(|terms| terms.iter().position(|&x| solution.value(x) > 0.5))
        .collect())
}
