//! The report reads a plan through flat arrays with ids turned into numbers (for speed on
//! large curricula). On random small plans — duplicate ids, unknown ids, modules in two
//! terms, cycles — its figures must equal those read straight from the plan.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::editor::report_with_shipped_rules as report;
use curriculum_planner::io::load_plan;
use curriculum_planner::model::{Level, Module, ModuleId, Placement, Plan, SkillLevel, Term};
use proptest::prelude::*;

fn pooled(prefix: &'static str, size: u32) -> impl Strategy<Value = String> {
    (0..size).prop_map(move |number| format!("{prefix}{number}"))
}

fn module() -> impl Strategy<Value = Module> {
    (
        pooled("m", 8),
        (0u32..9, 0u32..40, 0u32..40),
        prop::collection::vec(
            (pooled("s", 5), prop::sample::select(Level::ALL.to_vec())),
            0..4,
        ),
        prop::collection::vec(pooled("i", 6), 0..3),
        prop::collection::vec(pooled("m", 10), 0..3),
        prop::collection::vec(pooled("m", 10), 0..2),
    )
        .prop_map(
            |(id, (half_credits, theory, practice), skills, industries, pre, co)| {
                let mut module =
                    common::module(&id, f64::from(half_credits) / 2.0, theory, practice);
                module.skills = skills
                    .into_iter()
                    .map(|(skill, level)| SkillLevel {
                        skill: skill.into(),
                        level,
                    })
                    .collect();
                module.industries = industries.into_iter().map(Into::into).collect();
                module.prerequisites = pre.into_iter().map(Into::into).collect();
                module.corequisites = co.into_iter().map(Into::into).collect();
                module
            },
        )
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        prop::collection::vec(module(), 0..10),
        prop::collection::vec(prop::collection::vec(pooled("m", 10), 0..5), 0..5),
        prop::collection::vec(pooled("i", 7), 0..3),
    )
        .prop_map(|(modules, terms, targets)| {
            let mut plan = load_plan(&common::repository_path(
                "curricula/cbec-higher-vocational-3-year.ron",
            ))
            .unwrap();
            plan.modules = modules;
            // Each placement states its module's hours (the first definition's).
            let hours_of = |id: &str| {
                plan.modules
                    .iter()
                    .find(|module| module.id.as_str() == id)
                    .map_or(0, Module::hours)
            };
            plan.terms = terms
                .into_iter()
                .enumerate()
                .map(|(number, ids)| Term {
                    name: curriculum_planner::model::Names::new(
                        format!("第{number}学期"),
                        format!("Term {number}"),
                    ),
                    calendar: Default::default(),
                    modules: ids
                        .into_iter()
                        .map(|id| Placement::hours(id.as_str().into(), hours_of(&id)))
                        .collect(),
                })
                .collect();
            plan.target_industries = targets.into_iter().map(Into::into).collect();
            plan
        })
}

/// The modules counted, read the plain way: the first definition of each id a term lists,
/// once, where first placed (a module placed twice counts once); or every definition when
/// there are no terms.
fn direct_scope(plan: &Plan) -> Vec<(Option<usize>, &Module)> {
    if plan.terms.is_empty() {
        return plan.modules.iter().map(|module| (None, module)).collect();
    }
    let mut scope = Vec::new();
    for (term, entry) in plan.terms.iter().enumerate() {
        for id in entry.module_ids() {
            let placed = scope
                .iter()
                .any(|(_, module): &(Option<usize>, &Module)| module.id == *id);
            if let Some(module) = plan.modules.iter().find(|module| module.id == *id)
                && !placed
            {
                scope.push((Some(term), module));
            }
        }
    }
    scope
}

/// Requisite edges `(requisite, module)` between positions in `scope`, each once. An id
/// defined twice counts as its first definition.
fn direct_edges(scope: &[(Option<usize>, &Module)]) -> Vec<(usize, usize)> {
    let position = |id: &ModuleId| scope.iter().position(|(_, module)| module.id == *id);
    let mut edges = Vec::new();
    for (at, (_, module)) in scope.iter().enumerate() {
        for requisite in module.requisites() {
            if let Some(from) = position(requisite)
                && !edges.contains(&(from, at))
            {
                edges.push((from, at));
            }
        }
    }
    edges
}

fn reachable(edges: &[(usize, usize)], from: usize) -> Vec<usize> {
    let mut seen = Vec::new();
    let mut stack = vec![from];
    while let Some(vertex) = stack.pop() {
        for &(_, child) in edges.iter().filter(|(parent, _)| *parent == vertex) {
            if !seen.contains(&child) {
                seen.push(child);
                stack.push(child);
            }
        }
    }
    seen
}

/// Vertices on the longest path through `vertex`, by plain recursion (the graphs are tiny).
fn longest_through(edges: &[(usize, usize)], vertex: usize) -> u64 {
    fn longest(edges: &[(usize, usize)], vertex: usize, forward: bool) -> u64 {
        edges
            .iter()
            .filter_map(|&(parent, child)| match forward {
                true if parent == vertex => Some(child),
                false if child == vertex => Some(parent),
                _ => None,
            })
            .map(|next| longest(edges, next, forward))
            .max()
            .unwrap_or(0)
            + 1
    }
    longest(edges, vertex, true) + longest(edges, vertex, false) - 1
}

/// Σ over source→sink paths through `vertex` of their vertex counts, by enumerating every
/// path; 0 for a source or a sink (the CurricularAnalytics definition).
fn centrality_by_enumeration(edges: &[(usize, usize)], vertices: usize, vertex: usize) -> u128 {
    let has_parent = |at: usize| edges.iter().any(|&(_, child)| child == at);
    let children = |at: usize| edges.iter().filter(move |&&(parent, _)| parent == at);
    if !has_parent(vertex) || children(vertex).next().is_none() {
        return 0;
    }
    let mut total = 0;
    let mut paths: Vec<Vec<usize>> = (0..vertices)
        .filter(|&at| !has_parent(at))
        .map(|source| vec![source])
        .collect();
    while let Some(path) = paths.pop() {
        let last = *path.last().expect("paths are never empty");
        let mut next = children(last).map(|&(_, child)| child).peekable();
        if next.peek().is_none() {
            if path.contains(&vertex) {
                total += path.len() as u128;
            }
            continue;
        }
        for child in next {
            let mut longer = path.clone();
            longer.push(child);
            paths.push(longer);
        }
    }
    total
}

fn close(left: f64, right: f64) -> bool {
    (left - right).abs() <= 1e-9 * left.abs().max(right.abs()).max(1.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn report_equals_the_plan_read_directly(plan in plan()) {
        let report = report(&plan, None);
        let scope = direct_scope(&plan);

        prop_assert_eq!(report.totals.modules, scope.len());
        let credits: f64 = scope.iter().map(|(_, module)| module.credits).sum();
        prop_assert!(close(report.totals.credits, credits));
        let hours: u32 = scope.iter().map(|(_, module)| module.hours()).sum();
        prop_assert_eq!(report.totals.hours, hours);
        // A term counts each placement of a defined module, with the hours it states.
        for (totals, entry) in report.totals.terms.iter().zip(&plan.terms) {
            let in_term = entry
                .modules
                .iter()
                .filter(|placement| plan.module(&placement.module).is_some());
            prop_assert_eq!(totals.modules, in_term.clone().count());
            let hours: u32 = in_term
                .map(|placement| placement.time.stated_hours().unwrap_or(0))
                .sum();
            prop_assert_eq!(totals.hours, hours);
        }

        for industry in &report.industries.industries {
            let serving: Vec<_> = scope
                .iter()
                .filter(|(_, module)| module.industries.contains(&industry.industry))
                .collect();
            prop_assert_eq!(industry.modules, serving.len(), "{}", industry.industry.as_str());
            let hours: u32 = serving.iter().map(|(_, module)| module.hours()).sum();
            prop_assert_eq!(industry.hours, hours);
        }

        let alignment = report.alignment.as_ref().expect("the example has a survey");
        for skill in &alignment.skills {
            let levels: Vec<(u32, Level)> = scope
                .iter()
                .flat_map(|(_, module)| {
                    module
                        .skills
                        .iter()
                        .filter(|entry| entry.skill == skill.skill)
                        .map(|entry| (module.hours(), entry.level))
                })
                .collect();
            let emphasis: f64 = levels
                .iter()
                .map(|(hours, level)| f64::from(*hours) * f64::from(level.weight()) / 3.0)
                .sum();
            prop_assert!(close(skill.emphasis, emphasis), "{} {}", skill.emphasis, emphasis);
            prop_assert_eq!(skill.top_level, levels.iter().map(|(_, level)| *level).max());
        }

        let edges = direct_edges(&scope);
        let acyclic = (0..scope.len()).all(|vertex| !reachable(&edges, vertex).contains(&vertex));
        prop_assert_eq!(report.structure.is_ok(), acyclic);
        if let Ok(structure) = &report.structure {
            prop_assert_eq!(structure.modules.len(), scope.len());
            for (at, module) in structure.modules.iter().enumerate() {
                prop_assert_eq!(&module.module, &scope[at].1.id);
                prop_assert_eq!(module.term, scope[at].0);
                prop_assert_eq!(module.blocking, reachable(&edges, at).len() as u64);
                prop_assert_eq!(module.delay, longest_through(&edges, at));
                let distance = scope[at].0.map(|term| {
                    edges
                        .iter()
                        .filter(|(_, child)| *child == at)
                        .filter_map(|(parent, _)| scope[*parent].0)
                        .map(|parent_term| term.saturating_sub(parent_term) as u64)
                        .sum::<u64>()
                });
                prop_assert_eq!(module.requisite_distance, distance);
                prop_assert_eq!(
                    module.centrality,
                    Some(centrality_by_enumeration(&edges, scope.len(), at))
                );
            }
            let blocking: u64 = structure.modules.iter().map(|module| module.blocking).sum();
            prop_assert_eq!(structure.blocking, blocking);
        }
    }
}

/// A curriculum without terms of `count` modules in a chain: module `k` requires `k + 1`
/// (`forward`) or `k − 1`.
fn chain(count: usize, forward: bool) -> Plan {
    let mut plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    plan.terms.clear();
    plan.modules = (0..count)
        .map(|index| {
            let mut module = common::module(&format!("c{index}"), 2.0, 16, 16);
            let required = if forward {
                index + 1
            } else {
                index.wrapping_sub(1)
            };
            if required < count {
                module.prerequisites = vec![ModuleId::new(format!("c{required}"))];
            }
            module
        })
        .collect();
    plan
}

#[test]
fn long_chains_are_read_across_blocks_whichever_way_they_point() {
    // Long enough that requisites reach into modules gathered in other blocks, both before
    // and after the module that names them.
    let count = 1_000;
    for forward in [false, true] {
        let structure = report(&chain(count, forward), None).structure.unwrap();
        for (index, module) in structure.modules.iter().enumerate() {
            // The modules that depend on `index`: all after it in a backward chain, all before
            // it in a forward one.
            let blocking = if forward { index } else { count - 1 - index };
            assert_eq!(module.blocking, blocking as u64, "{forward} {index}");
            assert_eq!(module.delay, count as u64);
        }
    }
}
