use std::hash::BuildHasher;

use compact_str::CompactString;
use hashbrown::HashTable;

use crate::model::Plan;

/// The modules a plan defines, found by id: the table holds only indices (4 bytes a slot)
/// and the ids are copied inline, in definition order, into `keys`. Requisites mostly name
/// modules defined nearby, so the key a lookup compares with is usually already in cache.
pub(super) struct ModuleIdTable {
    table: HashTable<u32>,
    pub(super) keys: Vec<CompactString>,
    /// foldhash: fast on short ids and well spread (FxHash's high bits collide on ids like
    /// `m1234`, which turned lookups into long runs of string comparisons).
    hasher: foldhash::fast::RandomState,
    /// Whether a definition is the first of its id (the one `Plan::module` finds).
    pub(super) first: Vec<bool>,
}

impl ModuleIdTable {
    pub(super) fn with_capacity(count: usize) -> Self {
        Self {
            table: HashTable::with_capacity(count),
            keys: Vec::with_capacity(count),
            hasher: foldhash::fast::RandomState::default(),
            first: Vec::with_capacity(count),
        }
    }

    pub(super) fn of(plan: &Plan) -> Self {
        let mut definitions = Self::with_capacity(plan.modules.len());
        for module in &plan.modules {
            definitions.insert(module.id.as_str());
        }
        definitions
    }

    /// Files the next definition.
    pub(super) fn insert(&mut self, id: &str) {
        let index = self.keys.len() as u32;
        self.keys.push(CompactString::from(id));
        let (keys, hasher) = (&self.keys, &self.hasher);
        let entry = self.table.entry(
            hasher.hash_one(id),
            |&known: &u32| keys[known as usize] == id,
            |&known: &u32| hasher.hash_one(keys[known as usize].as_str()),
        );
        let vacant = matches!(entry, hashbrown::hash_table::Entry::Vacant(_));
        self.first.push(vacant);
        if let hashbrown::hash_table::Entry::Vacant(slot) = entry {
            slot.insert(index);
        }
    }

    /// The index of the first definition of `id`.
    pub(super) fn find(&self, id: &str) -> Option<usize> {
        self.table
            .find(self.hasher.hash_one(id), |&known| {
                self.keys[known as usize] == id
            })
            .map(|&index| index as usize)
    }
}
