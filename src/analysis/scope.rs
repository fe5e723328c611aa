use std::hash::BuildHasher;

use compact_str::CompactString;
use hashbrown::HashTable;

use crate::model::{Module, ModuleId, Plan};

/// The modules an analysis counts, with their term: those placed in terms, in term order;
/// or, for a plan without terms (an imported curriculum), every module it defines.
///
/// Built once per report and shared by every analysis: on large plans the id lookups, not
/// the arithmetic, are what costs.
pub struct Scope<'a> {
    pub modules: Vec<(Option<usize>, &'a Module)>,
    /// Index in `plan.modules` by id: the table holds only indices (4 bytes a slot, so that
    /// a 20,000-module plan's table stays in the second-level cache) and the ids are copied
    /// inline, in definition order, into `keys`. Requisites mostly name modules defined
    /// nearby, so the key a lookup compares with is usually already in cache.
    definition: HashTable<u32>,
    keys: Vec<CompactString>,
    /// foldhash: fast on short ids and well spread (FxHash's high bits collide on ids like
    /// `m1234`, which turned lookups into long runs of string comparisons).
    hasher: foldhash::fast::RandomState,
    /// Position in `modules` of each definition, `u32::MAX` when out of scope. One map and
    /// this array instead of a second map: large curricula are bound by memory, not arithmetic.
    position: Vec<u32>,
}

const OUT_OF_SCOPE: u32 = u32::MAX;

impl<'a> Scope<'a> {
    pub fn of(plan: &'a Plan) -> Self {
        let hasher = foldhash::fast::RandomState::default();
        let keys: Vec<CompactString> = plan
            .modules
            .iter()
            .map(|module| CompactString::from(module.id.as_str()))
            .collect();
        let mut definition = HashTable::with_capacity(plan.modules.len());
        // Whether a module is the first definition of its id (the one `Plan::module` finds).
        let mut first = Vec::with_capacity(plan.modules.len());
        for (index, key) in keys.iter().enumerate() {
            let entry = definition.entry(
                hasher.hash_one(key.as_str()),
                |&known: &u32| keys[known as usize] == *key,
                |&known: &u32| hasher.hash_one(keys[known as usize].as_str()),
            );
            let vacant = matches!(entry, hashbrown::hash_table::Entry::Vacant(_));
            first.push(vacant);
            if let hashbrown::hash_table::Entry::Vacant(slot) = entry {
                slot.insert(index as u32);
            }
        }
        let (modules, position) = if plan.terms.is_empty() {
            let modules = plan.modules.iter().map(|module| (None, module)).collect();
            (modules, (0..plan.modules.len() as u32).collect())
        } else {
            let mut position = vec![OUT_OF_SCOPE; plan.modules.len()];
            let mut scheduled = Vec::with_capacity(plan.modules.len());
            // Files usually define modules in the order the terms list them: try the
            // definition after the last one found before probing the map.
            let mut next = 0usize;
            for (term, entry) in plan.terms.iter().enumerate() {
                for id in &entry.modules {
                    let in_order = plan
                        .modules
                        .get(next)
                        .is_some_and(|module| first[next] && module.id == *id);
                    let found = if in_order {
                        Some(next)
                    } else {
                        find(&definition, &keys, &hasher, id.as_str())
                    };
                    if let Some(index) = found {
                        position[index] = scheduled.len() as u32;
                        scheduled.push((Some(term), &plan.modules[index]));
                        next = index + 1;
                    }
                }
            }
            (scheduled, position)
        };
        Self {
            modules,
            definition,
            keys,
            hasher,
            position,
        }
    }

    /// Where a module stands in `modules`, if it is in scope.
    pub fn position_of(&self, id: &ModuleId) -> Option<usize> {
        let index = find(&self.definition, &self.keys, &self.hasher, id.as_str())?;
        let position = *self.position.get(index)?;
        (position != OUT_OF_SCOPE).then_some(position as usize)
    }
}

/// The definition index of `id`.
fn find(
    table: &HashTable<u32>,
    keys: &[CompactString],
    hasher: &foldhash::fast::RandomState,
    id: &str,
) -> Option<usize> {
    table
        .find(hasher.hash_one(id), |&known| keys[known as usize] == id)
        .map(|&index| index as usize)
}

/// The modules in scope (see [`Scope`]).
pub fn modules_in_scope(plan: &Plan) -> Vec<(Option<usize>, &Module)> {
    Scope::of(plan).modules
}
