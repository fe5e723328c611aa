//! Structural complexity by the CurricularAnalytics definitions. Edges run from a requisite
//! to the module that requires it; co-requisites are edges too.
//!
//! - blocking factor: number of modules reachable from a module;
//! - delay factor: vertices on the longest requisite path through it;
//! - centrality: for a module that is neither a source nor a sink, the sum of the vertex
//!   counts of all source→sink paths through it (else 0);
//! - complexity: blocking + delay, × 2/3 to one decimal for quarter systems.
//!
//! Delay and centrality are dynamic programmes over one topological order (linear in modules
//! plus requisites); path counts grow exponentially with depth, so centrality uses checked
//! `u128` and reports "too large" instead of wrapping. Blocking counts each module's
//! descendants with one visited-stamp array, linear in the sum of the reachable sets.

use crate::model::{ModuleId, Plan, TermSystem};

use super::rows::Rows;
use super::scope::Scope;

#[derive(Clone, Debug, PartialEq)]
pub struct Structure {
    pub modules: Vec<ModuleStructure>,
    pub blocking: u64,
    pub delay: u64,
    /// `None` when the total does not fit in 128 bits.
    pub centrality: Option<u128>,
    pub complexity: f64,
    /// Σ over requisite edges of the terms between requisite and module; plans with terms only.
    pub requisite_distance: Option<u64>,
    pub credit_balance: Option<CreditBalance>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ModuleStructure {
    pub module: ModuleId,
    pub term: Option<usize>,
    pub blocking: u64,
    pub delay: u64,
    pub centrality: Option<u128>,
    pub complexity: f64,
    pub requisite_distance: Option<u64>,
}

/// How evenly credits spread over terms.
#[derive(Clone, Debug, PartialEq)]
pub struct CreditBalance {
    pub per_term: Vec<f64>,
    pub minimum: f64,
    pub maximum: f64,
    pub mean: f64,
    pub standard_deviation: f64,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum StructureError {
    #[error("the requisites form a cycle through {}", .0.iter().map(ModuleId::as_str).collect::<Vec<_>>().join(", "))]
    Cycle(Vec<ModuleId>),
    /// Counting blocking factors would take more than `limit` steps along requisites.
    #[error(
        "counting the requisites would take more than {limit} steps; structure figures withheld"
    )]
    TooLarge { limit: u64 },
}

/// Steps along requisite links a report may take for blocking factors: about a second on
/// two cores. A real plan takes a few thousand; a generated ladder of 40,000 modules each
/// requiring the two before takes 1.6 billion, one of 4,000 modules each requiring every
/// earlier one about 10 billion. Past this the structure figures are withheld with the
/// reason, rather than the report taking minutes.
pub const MAX_STRUCTURE_STEPS: u64 = 200_000_000;

/// The requisite graph of the modules in scope: a module's parents are its requisites (the
/// scope's rows), its children the modules that require it.
struct Graph<'scope> {
    parents: &'scope Rows<u32>,
    children: Rows<u32>,
}

impl<'scope> Graph<'scope> {
    fn of(requisites: &'scope Rows<u32>) -> Self {
        Self {
            parents: requisites,
            children: requisites.transpose(requisites.len()),
        }
    }

    fn vertices(&self) -> usize {
        self.parents.len()
    }

    fn children(&self, vertex: usize) -> &[u32] {
        self.children.row(vertex)
    }

    fn parents(&self, vertex: usize) -> &[u32] {
        self.parents.row(vertex)
    }
}

pub fn structure(plan: &Plan) -> Result<Structure, StructureError> {
    structure_in(plan, &Scope::of(plan))
}

pub(super) fn structure_in(plan: &Plan, scope: &Scope) -> Result<Structure, StructureError> {
    let graph = Graph::of(&scope.requisites);
    let order = topological_order(&graph).map_err(|stuck| {
        StructureError::Cycle(stuck.into_iter().map(|at| scope.id(at as usize)).collect())
    })?;

    let delay = delay_factors(&graph, &order);
    let blocking = blocking_factors(&graph, &order).ok_or(StructureError::TooLarge {
        limit: MAX_STRUCTURE_STEPS,
    })?;
    let paths = PathSums::of(&graph, &order);
    let quarter = plan.term_system == TermSystem::Quarter;
    let facts = &scope.facts;
    let mut modules = Vec::with_capacity(facts.len());
    let (mut complexity_total, mut requisite_distance_total) = (0.0, 0u64);
    // `None` once a module's centrality or the sum no longer fits.
    let mut centrality_total = Some(0u128);
    for (at, module) in facts.iter().enumerate() {
        let term = module.term();
        let centrality = paths.centrality(&graph, at);
        centrality_total = centrality_total
            .zip(centrality)
            .and_then(|(total, centrality)| total.checked_add(centrality));
        let module_complexity = complexity(blocking[at], delay[at], quarter);
        complexity_total += module_complexity;
        let requisite_distance = term.map(|term| {
            graph
                .parents(at)
                .iter()
                .filter_map(|&parent| facts[parent as usize].term())
                .map(|parent_term| term.saturating_sub(parent_term) as u64)
                .sum()
        });
        requisite_distance_total += requisite_distance.unwrap_or(0);
        modules.push(ModuleStructure {
            module: scope.id(at),
            term,
            blocking: blocking[at],
            delay: delay[at],
            centrality,
            complexity: module_complexity,
            requisite_distance,
        });
    }
    let has_terms = !plan.terms.is_empty();
    // Totals from the working arrays, not from `modules`: its entries are large, and a pass
    // over them per total would read a 20,000-module plan's megabytes five times.
    Ok(Structure {
        blocking: blocking.iter().sum(),
        delay: delay.iter().sum(),
        centrality: centrality_total,
        complexity: complexity_total,
        requisite_distance: has_terms.then_some(requisite_distance_total),
        credit_balance: has_terms.then(|| term_structure_in(plan, scope)),
        modules,
    })
}

/// CurricularAnalytics rounds quarter-system complexity to one decimal.
fn complexity(blocking: u64, delay: u64, quarter: bool) -> f64 {
    let sum = (blocking + delay) as f64;
    if quarter {
        (sum * 2.0 / 3.0 * 10.0).round() / 10.0
    } else {
        sum
    }
}

/// Credits per term and how evenly they spread.
pub fn term_structure(plan: &Plan) -> CreditBalance {
    term_structure_in(plan, &Scope::of(plan))
}

/// A module in several terms counts its credits where its placements teach its hours.
fn term_structure_in(plan: &Plan, scope: &Scope) -> CreditBalance {
    let per_term = super::totals::term_totals(scope, plan.terms.len())
        .into_iter()
        .map(|term| term.credits)
        .collect();
    balance(per_term)
}

fn balance(per_term: Vec<f64>) -> CreditBalance {
    let count = per_term.len().max(1) as f64;
    let mean = per_term.iter().sum::<f64>() / count;
    let variance = per_term
        .iter()
        .map(|credits| (credits - mean).powi(2))
        .sum::<f64>()
        / count;
    let minimum = per_term.iter().copied().reduce(f64::min).unwrap_or(0.0);
    CreditBalance {
        minimum,
        maximum: per_term.iter().copied().reduce(f64::max).unwrap_or(0.0),
        mean,
        standard_deviation: variance.sqrt(),
        per_term,
    }
}

/// The scope's own order when every requisite comes before the modules that need it (as in
/// a plan listed term by term): the passes over it then walk their arrays front to back.
/// Otherwise Kahn's algorithm; on a cycle, the modules that could not be ordered.
fn topological_order(graph: &Graph) -> Result<Vec<u32>, Vec<u32>> {
    let count = graph.vertices() as u32;
    if (0..count).all(|vertex| {
        graph
            .parents(vertex as usize)
            .iter()
            .all(|&parent| parent < vertex)
    }) {
        return Ok((0..count).collect());
    }
    let mut waiting: Vec<u32> = (0..graph.vertices())
        .map(|vertex| graph.parents(vertex).len() as u32)
        .collect();
    let mut order: Vec<u32> = (0..waiting.len() as u32)
        .filter(|&at| waiting[at as usize] == 0)
        .collect();
    let mut next = 0;
    while let Some(&vertex) = order.get(next) {
        next += 1;
        for &child in graph.children(vertex as usize) {
            waiting[child as usize] -= 1;
            if waiting[child as usize] == 0 {
                order.push(child);
            }
        }
    }
    if order.len() == waiting.len() {
        Ok(order)
    } else {
        Err((0..waiting.len() as u32)
            .filter(|&at| waiting[at as usize] > 0)
            .collect())
    }
}

/// Longest path (in vertices) ending at each vertex plus the longest starting there, minus one.
fn delay_factors(graph: &Graph, order: &[u32]) -> Vec<u64> {
    let mut ending = vec![1u32; order.len()];
    for &vertex in order {
        let vertex = vertex as usize;
        for &parent in graph.parents(vertex) {
            ending[vertex] = ending[vertex].max(ending[parent as usize] + 1);
        }
    }
    let mut starting = vec![1u32; order.len()];
    for &vertex in order.iter().rev() {
        let vertex = vertex as usize;
        for &child in graph.children(vertex) {
            starting[vertex] = starting[vertex].max(starting[child as usize] + 1);
        }
    }
    ending
        .iter()
        .zip(&starting)
        .map(|(&ending, &starting)| u64::from(ending) + u64::from(starting) - 1)
        .collect()
}

/// Descendant counts. When no module has two requisites (chains and trees, however long)
/// a module's descendants are its children and theirs, each reached once: one pass in
/// reverse topological order. Otherwise one search per vertex.
fn blocking_factors(graph: &Graph, order: &[u32]) -> Option<Vec<u64>> {
    let count = graph.vertices();
    if (0..count).all(|vertex| graph.parents(vertex).len() <= 1) {
        let mut blocking = vec![0u64; count];
        for &vertex in order.iter().rev() {
            blocking[vertex as usize] = graph
                .children(vertex as usize)
                .iter()
                .map(|&child| 1 + blocking[child as usize])
                .sum();
        }
        return Some(blocking);
    }
    searched_blocking_factors(graph)
}

/// Descendant counts, one search per vertex sharing a stamp array (no clearing between).
/// A search pushes each vertex at most once, so its stack never outgrows the vertex count:
/// one array, allocated once, with no growth checks in the innermost loop.
fn searched_blocking_factors(graph: &Graph) -> Option<Vec<u64>> {
    let count = graph.vertices();
    let mut stamp = vec![u32::MAX; count];
    let mut stack = vec![0u32; count];
    let mut steps = 0u64;
    (0..count as u32)
        .map(|start| {
            let mut reached = 0u64;
            stack[0] = start;
            let mut top = 1;
            stamp[start as usize] = start;
            while top > 0 {
                top -= 1;
                let vertex = stack[top];
                let children = graph.children(vertex as usize);
                steps += children.len() as u64;
                for &child in children {
                    if stamp[child as usize] != start {
                        stamp[child as usize] = start;
                        reached += 1;
                        stack[top] = child;
                        top += 1;
                    }
                }
            }
            (steps <= MAX_STRUCTURE_STEPS).then_some(reached)
        })
        .collect()
}

/// A path count or length sum; `TOO_LARGE` once it no longer fits in 128 bits. A sentinel
/// instead of `Option<u128>` halves the arrays (an `Option<u128>` takes 32 bytes).
const TOO_LARGE: u128 = u128::MAX;

/// Per vertex, the paths into it from sources and out of it to sinks, each as a count and
/// the sum of their vertex counts; a vertex's centrality combines the two without
/// enumerating any path.
struct PathSums {
    into: Vec<Paths>,
    out_of: Vec<Paths>,
}

/// A number of paths and the sum of their vertex counts, side by side: the walk reads both
/// of a neighbour at once.
#[derive(Clone, Copy)]
struct Paths {
    count: u128,
    length: u128,
}

impl PathSums {
    fn of(graph: &Graph, order: &[u32]) -> Self {
        Self {
            into: path_sums(order.iter().copied(), |vertex| graph.parents(vertex)),
            out_of: path_sums(order.iter().rev().copied(), |vertex| graph.children(vertex)),
        }
    }

    fn centrality(&self, graph: &Graph, vertex: usize) -> Option<u128> {
        if graph.parents(vertex).is_empty() || graph.children(vertex).is_empty() {
            return Some(0);
        }
        let (into, out_of) = (self.into[vertex], self.out_of[vertex]);
        // Σ over paths through v of (vertices before and at v) + (vertices at and after v) − 1.
        let before = multiply(into.length, out_of.count);
        let after = multiply(into.count, out_of.length);
        let twice = multiply(into.count, out_of.count);
        let total = add(before, after);
        (total != TOO_LARGE && twice != TOO_LARGE).then(|| total - twice)
    }
}

/// Walking `order` so that each vertex comes after its `previous` neighbours: per vertex, the
/// number of paths reaching it from a vertex with no previous neighbour, and the sum of their
/// vertex counts.
fn path_sums<'graph>(
    order: impl ExactSizeIterator<Item = u32>,
    previous: impl Fn(usize) -> &'graph [u32],
) -> Vec<Paths> {
    let one = Paths {
        count: 1,
        length: 1,
    };
    let mut paths = vec![one; order.len()];
    for vertex in order {
        let vertex = vertex as usize;
        let neighbours = previous(vertex);
        if neighbours.is_empty() {
            continue;
        }
        let mut sum = Paths {
            count: 0,
            length: 0,
        };
        for &neighbour in neighbours {
            let neighbour = paths[neighbour as usize];
            sum.count = add(sum.count, neighbour.count);
            sum.length = add(sum.length, add(neighbour.length, neighbour.count));
        }
        paths[vertex] = sum;
    }
    paths
}

/// Sum, staying at `TOO_LARGE` once there.
fn add(left: u128, right: u128) -> u128 {
    left.checked_add(right)
        .filter(|&sum| sum != TOO_LARGE)
        .unwrap_or(TOO_LARGE)
}

/// Product, staying at `TOO_LARGE` once there.
fn multiply(left: u128, right: u128) -> u128 {
    if left == TOO_LARGE || right == TOO_LARGE {
        return TOO_LARGE;
    }
    left.checked_mul(right)
        .filter(|&product| product != TOO_LARGE)
        .unwrap_or(TOO_LARGE)
}
