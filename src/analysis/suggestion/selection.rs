//! The set-choosing program of one parametric step: which candidates, not yet their terms.
//!
//! Terms change nothing in the score, only what can be chosen; so the program chooses a set
//! under the budget and every consequence of the terms it can state linearly (requisites
//! chosen too, the credits that fit in the terms a candidate can reach), and `schedule` places
//! the set. A set that cannot be placed is cut off and the step solved again.

use microlp::{ComparisonOp, OptimizationDirection, Variable};

use super::{Choice, Problem, SuggestionError};

/// What the program minimises.
#[derive(Clone, Copy, Debug)]
pub(super) enum Aim {
    /// `Σ_s |E_s − d_s T| − ratio × T`.
    Ratio(f64),
    /// `T` with the choices relaxed to fractions: a lower bound on any choice's effort.
    LeastEffort,
}

pub(super) struct Selection {
    pub program: microlp::Problem,
    /// The variable of each candidate that may be chosen.
    pub chosen: Vec<Option<Variable>>,
    /// Per group to fill: each candidate it may offer, with the variable "offered there".
    pub offered: Vec<Vec<(usize, Variable)>>,
}

/// The program over the candidates with an earliest term; `cuts` lists sets known not to fit.
pub(super) fn selection(
    problem: &Problem,
    share: &[f64],
    earliest: &[Option<usize>],
    least_effort: f64,
    cuts: &[Vec<usize>],
    aim: Aim,
) -> Result<Selection, SuggestionError> {
    let mut program = microlp::Problem::new(OptimizationDirection::Minimize);
    let effort_of = |index: usize| -> f64 { problem.candidates[index].effort.iter().sum() };
    let mut chosen = Vec::with_capacity(problem.candidates.len());
    for (index, candidate) in problem.candidates.iter().enumerate() {
        let objective = match aim {
            Aim::Ratio(ratio) => -ratio * effort_of(index),
            Aim::LeastEffort => effort_of(index),
        };
        let variable = match (earliest[index], candidate.choice, aim) {
            (None, Choice::Locked(_), _) => return Err(SuggestionError::Infeasible),
            (Some(first), Choice::Locked(Some(term)), _) if term < first => {
                return Err(SuggestionError::Infeasible);
            }
            (None, _, _) => None,
            (Some(_), Choice::Locked(_), Aim::Ratio(_)) => {
                Some(program.add_integer_var(objective, (1, 1)))
            }
            (Some(_), Choice::Locked(_), Aim::LeastEffort) => {
                Some(program.add_var(objective, (1.0, 1.0)))
            }
            (Some(_), _, Aim::Ratio(_)) => Some(program.add_binary_var(objective)),
            (Some(_), _, Aim::LeastEffort) => Some(program.add_var(objective, (0.0, 1.0))),
        };
        chosen.push(variable);
    }
    // y[g][m]: a group offers candidate m, which then counts on the path by the group's share.
    let mut offered: Vec<Vec<(usize, Variable)>> = Vec::with_capacity(problem.groups.len());
    for group in &problem.groups {
        let mut members: Vec<usize> = group
            .members
            .iter()
            .copied()
            .filter(|&index| {
                chosen.get(index).copied().flatten().is_some()
                    && problem.candidates[index].choice != Choice::Excluded
            })
            .collect();
        members.sort_unstable();
        members.dedup();
        let variables = members
            .into_iter()
            .map(|index| {
                let change = (group.share - 1.0) * effort_of(index);
                let variable = match aim {
                    Aim::Ratio(ratio) => program.add_binary_var(-ratio * change),
                    Aim::LeastEffort => program.add_var(change, (0.0, 1.0)),
                };
                (index, variable)
            })
            .collect();
        offered.push(variables);
    }
    let sum = |coefficient: &dyn Fn(usize) -> f64| -> Vec<(Variable, f64)> {
        chosen
            .iter()
            .enumerate()
            .filter_map(|(index, variable)| variable.map(|x| (x, coefficient(index))))
            .filter(|(_, value)| *value != 0.0)
            .collect()
    };
    // A figure of the path: each candidate's value when required, and the change when a group
    // offers it instead.
    let on_path = |value: &dyn Fn(usize, Option<usize>) -> f64| -> Vec<(Variable, f64)> {
        let mut terms = sum(&|index| value(index, None));
        for (group, variables) in offered.iter().enumerate() {
            terms.extend(
                variables
                    .iter()
                    .map(|&(index, y)| (y, value(index, Some(group)) - value(index, None)))
                    .filter(|(_, change)| *change != 0.0),
            );
        }
        terms
    };
    let factor = |group: Option<usize>| problem.factor(group);
    for (index, candidate) in problem.candidates.iter().enumerate() {
        let Some(x) = chosen[index] else { continue };
        let roles: Vec<(Variable, f64)> = offered
            .iter()
            .flat_map(|variables| variables.iter().filter(|(member, _)| *member == index))
            .map(|&(_, y)| (y, 1.0))
            .collect();
        if roles.is_empty() {
            if !candidate.may_be_required {
                program.add_constraint([(x, 1.0)], ComparisonOp::Le, 0.0);
            }
            continue;
        }
        // At most one group offers it, and only when it is chosen; only a group when it may
        // not be required.
        let mut row = roles;
        row.push((x, -1.0));
        let op = if candidate.may_be_required {
            ComparisonOp::Le
        } else {
            ComparisonOp::Eq
        };
        program.add_constraint(row, op, 0.0);
    }
    for (group, variables) in problem.groups.iter().zip(&offered) {
        if let Some(count) = group.offered_modules {
            let row: Vec<(Variable, f64)> = variables.iter().map(|&(_, y)| (y, 1.0)).collect();
            if row.len() < count {
                return Err(SuggestionError::Infeasible);
            }
            if !row.is_empty() {
                program.add_constraint(row, ComparisonOp::Eq, count as f64);
            }
        }
        let Some(wanted) = group.offered else {
            continue;
        };
        let credits: Vec<(Variable, f64)> = variables
            .iter()
            .map(|&(index, y)| (y, problem.candidates[index].credits))
            .filter(|(_, credits)| *credits != 0.0)
            .collect();
        let slack = 1e-6 * wanted.abs().max(1.0);
        if credits.is_empty() {
            if wanted.abs() > slack {
                return Err(SuggestionError::Infeasible);
            }
            continue;
        }
        program.add_constraint(credits.clone(), ComparisonOp::Ge, wanted - slack);
        program.add_constraint(credits, ComparisonOp::Le, wanted + slack);
    }

    let total = on_path(&|index, group| effort_of(index) * factor(group));
    program.add_constraint(total, ComparisonOp::Ge, least_effort);
    if let Aim::Ratio(_) = aim {
        // u_s ≥ |E_s − d_s T|, with E_s − d_s T = Σ_m (e_ms − d_s e_m) x_m.
        for (skill, &demand) in share.iter().enumerate() {
            let deviation = program.add_var(1.0, (0.0, f64::INFINITY));
            let excess = on_path(&|index, group| {
                (problem.candidates[index].effort[skill] - demand * effort_of(index))
                    * factor(group)
            });
            for sign in [1.0, -1.0] {
                let mut row: Vec<(Variable, f64)> = excess
                    .iter()
                    .map(|&(x, value)| (x, -sign * value))
                    .collect();
                row.push((deviation, 1.0));
                program.add_constraint(row, ComparisonOp::Ge, 0.0);
            }
        }
    }
    let credits = |index: usize| problem.candidates[index].credits;
    let path_credits =
        on_path(&|index, group| credits(index) * problem.candidates[index].share * factor(group));
    let path_hours = on_path(&|index, group| {
        problem.candidates[index].hours * problem.candidates[index].share * factor(group)
    });
    program.add_constraint(path_credits.clone(), ComparisonOp::Ge, problem.credits.0);
    program.add_constraint(path_credits, ComparisonOp::Le, problem.credits.1);
    if let Some((least, most)) = problem.hours {
        program.add_constraint(path_hours.clone(), ComparisonOp::Ge, least);
        program.add_constraint(path_hours, ComparisonOp::Le, most);
    }
    if let Some(cap) = problem.term_credits {
        // What can only go in term k or later fits in the terms from k on; a candidate over
        // fixed terms takes its parts there whatever the rest does.
        for first in 0..problem.terms {
            let late = sum(
                &|index| match (&problem.candidates[index].spread, earliest[index]) {
                    (Some(spread), Some(_)) => spread
                        .terms()
                        .filter(|(term, _)| *term >= first)
                        .map(|(_, part)| credits(index) * part)
                        .sum(),
                    (None, Some(term)) if term >= first => credits(index),
                    _ => 0.0,
                },
            );
            if !late.is_empty() {
                program.add_constraint(
                    late,
                    ComparisonOp::Le,
                    cap * (problem.terms - first) as f64,
                );
            }
        }
    }
    for load in &problem.term_loads {
        // The same for each load, each candidate at its lightest in the terms it can take.
        for first in 0..problem.terms {
            let room: f64 = (first..problem.terms).map(|term| load.cap(term)).sum();
            let late = sum(
                &|index| match (&problem.candidates[index].spread, earliest[index]) {
                    (Some(_), Some(_)) => (first..problem.terms)
                        .map(|term| load.of(index, term))
                        .sum(),
                    (None, Some(term)) if term >= first => (term..problem.terms)
                        .map(|term| load.of(index, term))
                        .fold(f64::INFINITY, f64::min),
                    _ => 0.0,
                },
            );
            if room.is_finite() && !late.is_empty() {
                program.add_constraint(late, ComparisonOp::Le, room);
            }
            // And the candidates over fixed terms alone fit each term.
            let fixed = sum(&|index| match &problem.candidates[index].spread {
                Some(_) => load.of(index, first),
                None => 0.0,
            });
            if load.cap(first).is_finite() && !fixed.is_empty() {
                program.add_constraint(fixed, ComparisonOp::Le, load.cap(first));
            }
        }
    }
    for row in &problem.rows {
        let terms = on_path(&|index, group| row.coefficient(index, group));
        if let Some(least) = row.at_least {
            program.add_constraint(terms.clone(), ComparisonOp::Ge, least);
        }
        if let Some(most) = row.at_most {
            program.add_constraint(terms, ComparisonOp::Le, most);
        }
    }
    for (index, candidate) in problem.candidates.iter().enumerate() {
        let Some(x) = chosen[index] else { continue };
        let mut required: Vec<usize> = candidate
            .prerequisites
            .iter()
            .chain(&candidate.corequisites)
            .copied()
            .filter(|&required| required != index)
            .collect();
        required.sort_unstable();
        required.dedup();
        for required in required {
            // A requisite with no earliest term left this candidate none either.
            let Some(Some(y)) = chosen.get(required).copied() else {
                return Err(SuggestionError::Infeasible);
            };
            program.add_constraint([(y, 1.0), (x, -1.0)], ComparisonOp::Ge, 0.0);
        }
    }
    for cut in cuts {
        let row: Vec<(Variable, f64)> = cut
            .iter()
            .filter_map(|&index| chosen[index].map(|x| (x, 1.0)))
            .collect();
        program.add_constraint(row, ComparisonOp::Le, cut.len() as f64 - 1.0);
    }
    Ok(Selection {
        program,
        chosen,
        offered,
    })
}
