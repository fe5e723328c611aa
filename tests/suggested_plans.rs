//! Suggested plans against the app's own checks, on random small libraries drawn from the
//! shipped one under random budgets and a random rule book: each suggestion is a plan
//! `validate` finds no error in, its report scores what the solver said, its path credits are
//! within the budget, and every rule of the book holds.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use curriculum_planner::analysis::report;
use curriculum_planner::analysis::suggestion::{SuggestionError, solve};
use curriculum_planner::editor::{
    GroupFill, SuggestRequest, blank_plan, bundled_library, prepare, suggested_plan,
};
use curriculum_planner::model::validate::{Problem, Severity, validate};
use curriculum_planner::model::{
    Category, HoursCounted, Names, Plan, Requirement, Rule, RuleBook, RuleKind, RulesProfile,
    Selector,
};
use proptest::prelude::*;

fn book(practice: f64, public_basic: f64, most_core: f64, least_hours: f64) -> RuleBook {
    let rule = |id: &str, check: RuleKind| Rule {
        id: id.to_owned(),
        sentence: Names::default(),
        check,
        source: Default::default(),
    };
    RuleBook {
        format_version: 0,
        id: "random".to_owned(),
        name: Names::new("随机规则", "Random rules"),
        description: Names::default(),
        programme: None,
        rules: vec![
            rule(
                "practice_share",
                RuleKind::ShareOfHours {
                    of: Selector::default(),
                    counting: HoursCounted::Practice,
                    at_least: Some(practice),
                    at_most: None,
                },
            ),
            rule(
                "public_basic_share",
                RuleKind::ShareOfHours {
                    of: Selector {
                        category: Some(Category::PublicBasic),
                        ..Selector::default()
                    },
                    counting: HoursCounted::All,
                    at_least: Some(public_basic),
                    at_most: None,
                },
            ),
            rule(
                "core_modules",
                RuleKind::ModuleCount {
                    of: Selector {
                        category: Some(Category::ProfessionalCore),
                        ..Selector::default()
                    },
                    at_least: None,
                    at_most: Some(most_core),
                },
            ),
            rule(
                "total_hours",
                RuleKind::TotalHours {
                    at_least: Some(least_hours),
                    at_most: None,
                },
            ),
            // Counts a module one way when required and another when a group offers it.
            rule(
                "elective_share",
                RuleKind::ShareOfHours {
                    of: Selector {
                        choice: Some(Requirement::Elective),
                        ..Selector::default()
                    },
                    counting: HoursCounted::All,
                    at_least: None,
                    at_most: Some(0.4),
                },
            ),
        ],
    }
}

/// A random case: which shipped modules, the credit range (per cent of what they offer), the
/// cap, the rule book's figures, a group to fill (how many of the drawn electives make up its
/// offered credits, the part a student takes).
type Case = (
    std::collections::BTreeSet<usize>,
    u32,
    u32,
    Option<u32>,
    (f64, f64, u32, u32),
    Option<(usize, f64)>,
);

fn case_strategy() -> impl Strategy<Value = Case> {
    (
        proptest::collection::btree_set(0usize..74, 16..=36),
        10u32..50,
        10u32..40,
        proptest::option::of(10u32..30),
        (0.1f64..0.4, 0.0f64..0.15, 0u32..4, 0u32..200),
        proptest::option::of((1usize..=4, 0.25f64..0.75)),
    )
}

/// The suggestion of a case and what it was asked, or `None` when no plan meets it.
fn suggest(case: &Case) -> Option<(Plan, SuggestRequest, RuleBook, f64)> {
    let (picks, least, span, cap, (practice, public_basic, most_core, least_hours), fill) = case;
    let mut library = bundled_library();
    let all = std::mem::take(&mut library.modules);
    library.modules = all
        .into_iter()
        .enumerate()
        // A case with a group to fill draws the library's electives that need no other module.
        .filter(|(index, module)| {
            let offerable = fill.is_some()
                && module.category == Category::ProfessionalElective
                && module.prerequisites.is_empty()
                && module.corequisites.is_empty();
            (picks.contains(index) || offerable) && module.credits > 0.0
        })
        .map(|(_, module)| module)
        .collect();
    let mut plan = blank_plan(&library);
    let book = book(
        *practice,
        *public_basic,
        f64::from(*most_core),
        f64::from(*least_hours),
    );
    plan.rules = RulesProfile::Own(book.clone());
    let survey = plan.survey.clone().unwrap();
    // The budget as percentages of what the drawn modules offer.
    let offered: f64 = library.modules.iter().map(|module| module.credits).sum();
    let percent = |value: u32| (offered * f64::from(value) / 100.0).round();
    let request = SuggestRequest {
        credits: (percent(*least), percent(least + span)),
        term_credits: cap.map(f64::from),
        // A dozen modules serve few of the blank plan's industries.
        industries: Vec::new(),
        // Credits the drawn electives can make up (those with no requisite, which the drawn
        // library may lack), as a user offers what the library has.
        fills: fill
            .iter()
            .map(|&(count, part)| {
                let offered: f64 = library
                    .modules
                    .iter()
                    .filter(|module| {
                        module.category == Category::ProfessionalElective
                            && module.prerequisites.is_empty()
                            && module.corequisites.is_empty()
                    })
                    .take(count)
                    .map(|module| module.credits)
                    .sum();
                GroupFill {
                    group: "electives".into(),
                    offered,
                    least: (offered * part).round(),
                    modules: None,
                }
            })
            .filter(|fill| fill.offered > 0.0)
            .collect(),
        ..SuggestRequest::for_plan(&plan, Some(&book), 0.0)
    };
    let prepared = prepare(&plan, &library, &survey, Some(&book), &request).unwrap();
    match solve(&prepared.problem) {
        Ok(suggested) => {
            let result = suggested_plan(&plan, &prepared, &suggested).unwrap();
            Some((result, request, book, suggested.score))
        }
        Err(SuggestionError::Infeasible | SuggestionError::NoEffort) => None,
        Err(other) => panic!("{other}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn every_suggestion_is_a_sound_plan_that_keeps_its_rules(case in case_strategy()) {
        if let Some((result, request, book, score)) = suggest(&case) {
            let errors: Vec<_> = validate(&result)
                .into_iter()
                .filter(|finding| finding.severity == Severity::Error)
                .collect();
            prop_assert!(errors.is_empty(), "{errors:?}");
            // Nor more block weeks in a term than its calendar leaves them.
            let overfull: Vec<_> = validate(&result)
                .into_iter()
                .filter(|finding| matches!(finding.problem, Problem::BlocksOverfillTerm { .. }))
                .collect();
            prop_assert!(overfull.is_empty(), "{overfull:?}");
            let analysed = report(&result, Some(&book), None);
            let reported = analysed.alignment.as_ref().and_then(|a| a.score).unwrap();
            prop_assert!((reported - score).abs() < 1e-9, "report {reported}, solver {score}");
            let credits = analysed.totals.path.credits;
            prop_assert!(
                credits >= request.credits.0 - 1e-6 && credits <= request.credits.1 + 1e-6,
                "{credits} credits"
            );
            for rule in &analysed.rules {
                prop_assert!(rule.ok, "{} fails: {} ", rule.rule.id, rule.value);
            }
            // A group filled offers what was asked, and asks what was asked.
            for fill in &request.fills {
                let group = analysed.groups.iter().find(|group| group.id == fill.group).unwrap();
                prop_assert!((group.offered_credits - fill.offered).abs() < 1e-6);
                prop_assert!((group.path_credits - fill.least).abs() < 1e-6);
            }
        }
    }
}

/// The cases above mostly have a plan: a test of infeasible cases only would prove little.
#[test]
fn most_random_cases_have_a_plan() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = case_strategy();
    let cases = 40;
    let feasible = (0..cases)
        .filter(|_| suggest(&strategy.new_tree(&mut runner).unwrap().current()).is_some())
        .count();
    eprintln!("{feasible} of {cases} random cases have a plan");
    assert!(feasible * 2 >= cases, "{feasible} of {cases}");
    // Of them, enough fill a group for the comparison to cover groups.
    let filled = (0..cases)
        .map(|_| strategy.new_tree(&mut runner).unwrap().current())
        .filter(|case| case.5.is_some())
        .filter_map(|case| suggest(&case))
        .filter(|(plan, ..)| {
            plan.elective_groups
                .iter()
                .any(|group| !group.modules.is_empty())
        })
        .count();
    eprintln!("{filled} of {cases} random cases fill a group");
    assert!(filled * 5 >= cases, "{filled} of {cases}");
}
