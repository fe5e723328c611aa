//! The suggestion against exhaustive search on small random libraries.

use proptest::prelude::*;

use super::*;

/// Every assignment of each candidate to a term or to none, and of each chosen one to a role
/// (required, or offered in a group), keeping those that meet the constraints; the best score
/// among them.
fn exhaustive_best(problem: &Problem) -> Option<f64> {
    let count = problem.candidates.len();
    let options = problem.terms + 1;
    let mut best: Option<f64> = None;
    let mut by_set: std::collections::HashMap<Vec<bool>, Option<f64>> = Default::default();
    let mut assignment = vec![None; count];
    for code in 0..options.pow(count as u32) {
        let mut rest = code;
        for slot in assignment.iter_mut() {
            let option = rest % options;
            rest /= options;
            *slot = (option > 0).then(|| option - 1);
        }
        if !placement_holds(problem, &assignment) {
            continue;
        }
        let chosen: Vec<bool> = assignment.iter().map(Option::is_some).collect();
        let score = *by_set
            .entry(chosen.clone())
            .or_insert_with(|| best_roles(problem, &chosen));
        if let Some(score) = score {
            best = Some(best.map_or(score, |best: f64| best.max(score)));
        }
    }
    best
}

/// Every way to give each chosen candidate a role: required (when it may be) or offered by a
/// group that lists it.
fn roles_of(problem: &Problem, chosen: &[bool]) -> Vec<Vec<Option<usize>>> {
    let mut all = vec![vec![None; chosen.len()]];
    for (index, &chosen) in chosen.iter().enumerate() {
        if !chosen {
            continue;
        }
        let mut options: Vec<Option<usize>> = Vec::new();
        if problem.candidates[index].may_be_required {
            options.push(None);
        }
        for (group, entry) in problem.groups.iter().enumerate() {
            if entry.members.contains(&index) {
                options.push(Some(group));
            }
        }
        all = all
            .into_iter()
            .flat_map(|roles| {
                options.iter().map(move |&option| {
                    let mut roles = roles.clone();
                    roles[index] = option;
                    roles
                })
            })
            .collect();
    }
    all
}

/// The best score of a set over the roles that meet the set's constraints.
fn best_roles(problem: &Problem, chosen: &[bool]) -> Option<f64> {
    roles_of(problem, chosen)
        .into_iter()
        .filter(|groups| set_holds(problem, chosen, groups))
        .filter_map(|groups| score_of(problem, chosen, &groups))
        .max_by(f64::total_cmp)
}

/// The placement and the roles together.
fn meets_constraints(problem: &Problem, terms: &[Option<usize>], groups: &[Option<usize>]) -> bool {
    let chosen: Vec<bool> = terms.iter().map(Option::is_some).collect();
    let roles_allowed = chosen
        .iter()
        .zip(groups)
        .enumerate()
        .all(|(index, (&chosen, group))| match group {
            Some(group) => chosen && problem.groups[*group].members.contains(&index),
            None => !chosen || problem.candidates[index].may_be_required,
        });
    roles_allowed && placement_holds(problem, terms) && set_holds(problem, &chosen, groups)
}

/// What depends on the terms: locks, exclusions, requisites, caps per term.
fn placement_holds(problem: &Problem, terms: &[Option<usize>]) -> bool {
    let mut per_term = vec![0.0; problem.terms];
    let mut loads = vec![vec![0.0; problem.terms]; problem.term_loads.len()];
    for (index, (candidate, term)) in problem.candidates.iter().zip(terms).enumerate() {
        match (candidate.choice, term) {
            (Choice::Excluded, Some(_)) | (Choice::Locked(_), None) => return false,
            (Choice::Locked(Some(wanted)), Some(term)) if wanted != *term => return false,
            _ => {}
        }
        let Some(term) = *term else { continue };
        // A module over fixed terms is marked by its first and takes its part of each.
        let parts: Vec<(usize, f64)> = match &candidate.spread {
            Some(spread) if spread.first != term => return false,
            Some(spread) => spread.terms().collect(),
            None => vec![(term, 1.0)],
        };
        for &(at, part) in &parts {
            per_term[at] += candidate.credits * part;
            for (load, sums) in problem.term_loads.iter().zip(&mut loads) {
                sums[at] += load.load[index][at];
            }
        }
        let before = |required: &usize, end: usize| terms[*required].is_some_and(|t| t < end);
        if !candidate.prerequisites.iter().all(|p| before(p, term))
            || !candidate.corequisites.iter().all(|c| before(c, term + 1))
        {
            return false;
        }
    }
    problem
        .term_credits
        .is_none_or(|cap| per_term.iter().all(|&sum| sum <= cap + 1e-9))
        && problem.term_loads.iter().zip(&loads).all(|(load, sums)| {
            sums.iter()
                .zip(&load.caps)
                .all(|(&sum, &cap)| sum <= cap + 1e-9)
        })
}

/// What depends on the set and its roles: the budget on a student's path, the rows, what
/// each group offers.
fn set_holds(problem: &Problem, chosen: &[bool], groups: &[Option<usize>]) -> bool {
    let mut credits = 0.0;
    let mut hours = 0.0;
    let mut offered = vec![0.0; problem.groups.len()];
    let mut offered_modules = vec![0; problem.groups.len()];
    for (index, candidate) in problem.candidates.iter().enumerate() {
        if !chosen[index] {
            continue;
        }
        let factor = problem.factor(groups[index]);
        credits += candidate.credits * candidate.share * factor;
        hours += candidate.hours * candidate.share * factor;
        if let Some(group) = groups[index] {
            offered[group] += candidate.credits;
            offered_modules[group] += 1;
        }
    }
    let within =
        |value: f64, (least, most): (f64, f64)| value >= least - 1e-9 && value <= most + 1e-9;
    let groups_hold = problem.groups.iter().enumerate().all(|(index, group)| {
        group
            .offered
            .is_none_or(|wanted| (offered[index] - wanted).abs() < 1e-6)
            && group
                .offered_modules
                .is_none_or(|count| offered_modules[index] == count)
    });
    groups_hold
        && problem.rows.iter().all(|row| row.holds(chosen, groups))
        && within(credits, problem.credits)
        && problem.hours.is_none_or(|range| within(hours, range))
}

/// The best score over sets of up to a dozen candidates: every set by its best score, best
/// first, until one has a placement (tried term by term for the set's members only).
fn best_by_sets(problem: &Problem) -> Option<f64> {
    let count = problem.candidates.len();
    let mut scored: Vec<(f64, Vec<bool>)> = (0u32..1 << count)
        .filter_map(|code| {
            let chosen: Vec<bool> = (0..count).map(|bit| code & (1 << bit) != 0).collect();
            best_roles(problem, &chosen).map(|score| (score, chosen))
        })
        .collect();
    scored.sort_by(|first, second| second.0.total_cmp(&first.0));
    scored.into_iter().find_map(|(score, chosen)| {
        let members: Vec<usize> = (0..count).filter(|&index| chosen[index]).collect();
        let mut terms = vec![None; count];
        let options = problem.terms.pow(members.len() as u32);
        (0..options)
            .any(|mut code| {
                for &member in &members {
                    terms[member] = Some(code % problem.terms);
                    code /= problem.terms;
                }
                placement_holds(problem, &terms)
            })
            .then_some(score)
    })
}

fn candidate_strategy(count: usize, skills: usize) -> impl Strategy<Value = Candidate> {
    (
        1u32..=4,
        proptest::collection::vec(prop_oneof![Just(0u32), 1u32..=3], skills),
        proptest::option::weighted(0.25, 0..count),
        proptest::option::weighted(0.25, 0..count),
        0u8..10,
        0usize..3,
        prop_oneof![Just(1.0), Just(0.5)],
    )
        .prop_map(
            move |(credits, levels, prerequisite, corequisite, choice, term, share)| {
                let hours = f64::from(credits * 16);
                Candidate {
                    credits: f64::from(credits),
                    hours,
                    // Half of an elective group's module is on a student's path.
                    share,
                    effort: levels
                        .iter()
                        .map(|&level| hours * f64::from(level) / 3.0)
                        .collect(),
                    prerequisites: prerequisite.into_iter().collect(),
                    corequisites: corequisite.into_iter().collect(),
                    choice: match choice {
                        0 => Choice::Excluded,
                        1 => Choice::Locked(None),
                        2 => Choice::Locked(Some(term)),
                        _ => Choice::Free,
                    },
                    usual_term: Some(term),
                    may_be_required: true,
                    spread: None,
                }
            },
        )
}

/// Up to two groups to fill over the candidates of share 1: a share of a half or a third,
/// offering the credits of some of its members (and sometimes their number); some members
/// may only be offered.
fn groups_strategy(count: usize) -> impl Strategy<Value = (Vec<GroupDraw>, Vec<bool>)> {
    let some = |part| proptest::collection::vec(proptest::bool::weighted(part), count);
    // The offered credits are those of the first one or two members the group may offer.
    (
        proptest::collection::vec(
            (
                prop_oneof![Just(0.5), Just(1.0 / 3.0)],
                1usize..=2,
                proptest::bool::weighted(0.3),
                some(0.6),
            ),
            0..=2,
        ),
        proptest::collection::vec(proptest::bool::weighted(0.2), count),
    )
}

/// A group's share, how many members make up its offered credits, whether their number is
/// asked for too, and which candidates it lists.
type GroupDraw = (f64, usize, bool, Vec<bool>);

fn problem_strategy() -> impl Strategy<Value = Problem> {
    sized_problem_strategy(2..=7, 1..=3)
}

fn sized_problem_strategy(
    counts: std::ops::RangeInclusive<usize>,
    term_counts: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = Problem> {
    (counts, 2usize..=4, term_counts).prop_flat_map(|(count, skills, terms)| {
        (
            proptest::collection::vec(candidate_strategy(count, skills), count),
            proptest::collection::vec(0.05f64..1.0, skills),
            0u32..8,
            4u32..16,
            proptest::option::of(3u32..8),
            proptest::option::weighted(0.5, (proptest::collection::vec(0u32..4, count), 0u32..6)),
            proptest::option::weighted(0.3, 4u32..12),
            (
                groups_strategy(count),
                proptest::collection::vec(
                    (proptest::bool::weighted(0.1), proptest::bool::ANY),
                    count,
                ),
            ),
        )
            .prop_map(
                move |(
                    mut candidates,
                    demand,
                    least,
                    span,
                    cap,
                    row,
                    weekly_cap,
                    (groups, spreads),
                )| {
                    // A module that requires itself, or a locked term past the last, is another
                    // test's business.
                    for (index, candidate) in candidates.iter_mut().enumerate() {
                        candidate.prerequisites.retain(|&p| p != index);
                        candidate.corequisites.retain(|&c| c != index);
                        if let Choice::Locked(Some(term)) = candidate.choice {
                            candidate.choice = Choice::Locked(Some(term.min(terms - 1)));
                        }
                    }
                    // A few modules over fixed terms: in every term (with no requisite), or
                    // over the last two (a long block, requisites and all), as prepare gives
                    // them.
                    for (candidate, &(spread, every)) in candidates.iter_mut().zip(&spreads) {
                        if !spread {
                            continue;
                        }
                        candidate.spread = Some(if every {
                            // 形势与政策 has no requisites.
                            candidate.prerequisites.clear();
                            candidate.corequisites.clear();
                            Spread::every_term(terms)
                        } else {
                            let first = terms.saturating_sub(2);
                            let part = 1.0 / (terms - first) as f64;
                            Spread {
                                first,
                                parts: (0..terms)
                                    .map(|term| if term >= first { part } else { 0.0 })
                                    .collect(),
                            }
                        });
                        if matches!(candidate.choice, Choice::Locked(_)) {
                            candidate.choice = Choice::Locked(None);
                        }
                    }
                    // Weekly hours that differ by term, as teaching weeks do.
                    let term_loads = weekly_cap.map(|cap| TermLoad {
                        kind: Load::WeeklyHours,
                        // A cap that differs by term, as calendars do.
                        caps: (0..terms)
                            .map(|term| f64::from(cap + (term % 2) as u32))
                            .collect(),
                        load: candidates
                            .iter()
                            .map(|candidate| {
                                (0..terms)
                                    .map(|term| {
                                        let part = candidate
                                            .spread
                                            .as_ref()
                                            .map_or(1.0, |spread| spread.parts[term]);
                                        candidate.credits * (1.0 + (term % 2) as f64) * part
                                    })
                                    .collect()
                            })
                            .collect(),
                    });
                    let (draws, only_offered) = groups;
                    // Offered credits that some members not excluded make up, no member
                    // counted in two groups' figures: most problems keep a plan.
                    let mut taken = vec![false; candidates.len()];
                    let groups: Vec<Group> = draws
                        .into_iter()
                        .enumerate()
                        .map(|(index, (share, picked, counted, listed))| {
                            // Only a module counted whole when required may be offered.
                            let members: Vec<usize> = (0..candidates.len())
                                .filter(|&m| listed[m] && candidates[m].share == 1.0)
                                .collect();
                            let offered: Vec<usize> = members
                                .iter()
                                .copied()
                                .filter(|&m| !taken[m] && candidates[m].choice != Choice::Excluded)
                                .take(picked)
                                .collect();
                            for &m in &offered {
                                taken[m] = true;
                            }
                            Group {
                                name: format!("group {index}"),
                                offered: Some(offered.iter().map(|&m| candidates[m].credits).sum()),
                                offered_modules: counted.then_some(offered.len()),
                                share,
                                members,
                            }
                        })
                        .collect();
                    for (index, candidate) in candidates.iter_mut().enumerate() {
                        let listed = groups.iter().any(|group| group.members.contains(&index));
                        candidate.may_be_required = !(listed && only_offered[index]);
                    }
                    let groups_shares: Vec<f64> = groups.iter().map(|group| group.share).collect();
                    Problem {
                        candidates,
                        demand,
                        terms,
                        groups,
                        credits: (f64::from(least), f64::from(least + span)),
                        hours: None,
                        term_credits: cap.map(f64::from),
                        term_loads: term_loads.into_iter().collect(),
                        // A rule such as "at least so many practice hours", within a range.
                        rows: row
                            .into_iter()
                            .map(|(coefficients, least)| Row {
                                name: "rule".to_owned(),
                                // Counted by the share on a student's path, as hours are.
                                in_group: groups_shares
                                    .iter()
                                    .map(|share| {
                                        coefficients.iter().map(|&c| f64::from(c) * share).collect()
                                    })
                                    .collect(),
                                coefficients: coefficients.into_iter().map(f64::from).collect(),
                                at_least: Some(f64::from(least)),
                                at_most: Some(f64::from(least + 6)),
                            })
                            .collect(),
                    }
                },
            )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_suggestion_scores_what_exhaustive_search_finds(problem in problem_strategy()) {
        let best = exhaustive_best(&problem);
        match solve(&problem) {
            Ok(suggested) => {
                prop_assert!(
                    meets_constraints(&problem, &suggested.terms, &suggested.groups),
                    "{suggested:?}"
                );
                let best = best.expect("exhaustive search finds a plan when the solver does");
                prop_assert!((suggested.score - best).abs() < 1e-9,
                    "suggested {} but {} is possible", suggested.score, best);
                prop_assert!(suggested.optimal);
            }
            Err(error) => prop_assert!(best.is_none(), "{error} but {best:?} is possible"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Libraries of eight to twelve modules, against the best set that has a placement.
    #[test]
    fn the_suggestion_scores_the_best_set_on_a_dozen_modules(
        problem in sized_problem_strategy(8..=12, 1..=3)
    ) {
        let best = best_by_sets(&problem);
        match solve(&problem) {
            Ok(suggested) => {
                prop_assert!(
                    meets_constraints(&problem, &suggested.terms, &suggested.groups),
                    "{suggested:?}"
                );
                let best = best.expect("the sets hold a plan when the solver finds one");
                prop_assert!((suggested.score - best).abs() < 1e-9,
                    "suggested {} but {} is possible", suggested.score, best);
            }
            Err(error) => prop_assert!(best.is_none(), "{error} but {best:?} is possible"),
        }
    }
}

fn module(credits: f64, effort: &[f64]) -> Candidate {
    Candidate {
        credits,
        hours: credits * 16.0,
        share: 1.0,
        effort: effort.to_vec(),
        prerequisites: Vec::new(),
        corequisites: Vec::new(),
        choice: Choice::Free,
        usual_term: None,
        may_be_required: true,
        spread: None,
    }
}

/// A problem with no hour budget and no cap per term.
fn problem(
    candidates: Vec<Candidate>,
    demand: &[f64],
    terms: usize,
    credits: (f64, f64),
) -> Problem {
    Problem {
        candidates,
        demand: demand.to_vec(),
        terms,
        credits,
        hours: None,
        term_credits: None,
        term_loads: Vec::new(),
        rows: Vec::new(),
        groups: Vec::new(),
    }
}

#[test]
fn a_skill_mix_matching_the_survey_is_chosen_over_more_modules() {
    // Demand 1 : 1. Modules 0 and 1 together match it exactly; module 2 only skews it.
    let problem = problem(
        vec![
            module(2.0, &[32.0, 0.0]),
            module(2.0, &[0.0, 32.0]),
            module(2.0, &[32.0, 0.0]),
        ],
        &[0.5, 0.5],
        2,
        (2.0, 6.0),
    );
    let suggested = solve(&problem).unwrap();
    assert!((suggested.score - 1.0).abs() < 1e-12);
    assert_eq!(
        suggested.terms.iter().filter(|term| term.is_some()).count(),
        2
    );
    assert_eq!(suggested.gap(), 0.0);
}

#[test]
fn a_prerequisite_goes_in_an_earlier_term() {
    let mut later = module(2.0, &[0.0, 32.0]);
    later.prerequisites = vec![0];
    let problem = problem(
        vec![module(2.0, &[32.0, 0.0]), later],
        &[0.5, 0.5],
        2,
        (4.0, 4.0),
    );
    let suggested = solve(&problem).unwrap();
    assert_eq!(suggested.terms, vec![Some(0), Some(1)]);
}

#[test]
fn a_budget_no_choice_meets_is_infeasible() {
    let problem = problem(vec![module(2.0, &[32.0])], &[1.0], 1, (3.0, 5.0));
    assert_eq!(solve(&problem), Err(SuggestionError::Infeasible));
}

/// The random problems above are mostly ones a plan meets: a comparison on infeasible
/// problems only would prove little.
#[test]
fn most_random_problems_have_a_plan() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = problem_strategy();
    let cases = 200;
    let mut feasible = 0;
    for _ in 0..cases {
        let problem = strategy.new_tree(&mut runner).unwrap().current();
        if exhaustive_best(&problem).is_some() {
            feasible += 1;
        }
    }
    eprintln!("{feasible} of {cases} random problems have a plan");
    // A third: groups that must offer exact credits leave fewer plans than the 46 % without
    // them, and a third of 256 cases is still some eighty compared.
    assert!(feasible * 3 >= cases, "{feasible} of {cases}");
    // And the groups to fill are part of what is compared: about a sixth of the problems
    // fill one, some forty of the 256 cases.
    let with_groups = (0..cases)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .filter(|problem| problem.groups.iter().any(|group| group.offered > Some(0.0)))
        .filter(|problem| solve(problem).is_ok_and(|s| s.groups.iter().any(Option::is_some)))
        .count();
    eprintln!("{with_groups} of {cases} random problems fill a group");
    assert!(with_groups * 8 >= cases, "{with_groups} of {cases}");
    // And modules over fixed terms are chosen in some.
    let spread = (0..cases)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .filter(|problem| {
            solve(problem).is_ok_and(|suggested| {
                (0..problem.candidates.len()).any(|index| {
                    problem.candidates[index].spread.is_some() && suggested.terms[index].is_some()
                })
            })
        })
        .count();
    eprintln!("{spread} of {cases} random problems teach a module over fixed terms");
    assert!(spread * 10 >= cases, "{spread} of {cases}");
    let strategy = sized_problem_strategy(8..=12, 1..=3);
    let cases = 100;
    let feasible = (0..cases)
        .filter(|_| best_by_sets(&strategy.new_tree(&mut runner).unwrap().current()).is_some())
        .count();
    eprintln!("{feasible} of {cases} random dozen-module problems have a plan");
    // A fifth: some thirteen of the 64 cases compared (a dozen modules, some over fixed
    // terms with requisites, leave fewer plans than the small problems).
    assert!(feasible * 5 >= cases, "{feasible} of {cases}");
}

#[test]
fn the_constraint_that_cannot_be_met_is_named() {
    // Two modules of 2 credits; a rule wants 5 hours of skill-0 modules, which have 4.
    let mut problem = problem(
        vec![module(2.0, &[32.0, 0.0]), module(2.0, &[0.0, 32.0])],
        &[0.5, 0.5],
        2,
        (2.0, 4.0),
    );
    problem.rows.push(Row {
        name: "skill_zero_hours".to_owned(),
        coefficients: vec![4.0, 0.0],
        in_group: Vec::new(),
        at_least: Some(5.0),
        at_most: None,
    });
    assert_eq!(solve(&problem), Err(SuggestionError::Infeasible));
    assert_eq!(
        blocking_constraints(&problem, &Limits::default()),
        vec![Constraint::Row("skill_zero_hours".to_owned())]
    );
}

#[test]
fn cancel_stops_the_search_before_it_starts_another_step() {
    let problem = problem(
        vec![module(2.0, &[32.0, 0.0]), module(2.0, &[0.0, 32.0])],
        &[0.5, 0.5],
        2,
        (2.0, 4.0),
    );
    let cancel = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    let limits = Limits {
        time_limit: None,
        cancel: Some(cancel),
    };
    assert_eq!(
        solve_within(&problem, &limits, &mut |_| {}),
        Err(SuggestionError::Stopped)
    );
}

#[test]
fn a_group_offers_its_credits_and_counts_each_module_by_its_share() {
    // Demand 1 : 1. Module 0 (skill 1) is on every path; modules 1 and 2 (skill 0) are
    // electives that only a group may offer. A group offering 4 credits of which a student
    // takes 2 puts half of each on the path: 16 + 16 = 32 hours of skill 0, an exact match.
    let mut required = module(2.0, &[0.0, 32.0]);
    required.choice = Choice::Locked(None);
    let mut electives = [module(2.0, &[32.0, 0.0]), module(2.0, &[32.0, 0.0])];
    for elective in &mut electives {
        elective.may_be_required = false;
    }
    let [first, second] = electives;
    let mut problem = problem(vec![required, first, second], &[0.5, 0.5], 2, (0.0, 10.0));
    problem.groups.push(Group {
        name: "extension".to_owned(),
        offered: Some(4.0),
        offered_modules: None,
        share: 0.5,
        members: vec![1, 2],
    });
    let suggested = solve(&problem).unwrap();
    assert!((suggested.score - 1.0).abs() < 1e-12, "{suggested:?}");
    assert_eq!(suggested.groups, vec![None, Some(0), Some(0)]);
    // Two modules worth 2 credits in all are asked for, and each is worth 2: no plan, and
    // the group is what cannot be met.
    problem.groups[0].offered = Some(2.0);
    problem.groups[0].offered_modules = Some(2);
    assert_eq!(solve(&problem), Err(SuggestionError::Infeasible));
    assert_eq!(
        blocking_constraints(&problem, &Limits::default()),
        vec![Constraint::Group(0)]
    );
}
