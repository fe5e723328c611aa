use std::hash::BuildHasher;

use compact_str::CompactString;
use hashbrown::HashTable;

use crate::model::{Category, Delivery, Level, Module, ModuleId, Plan};

use super::interner::Interner;
use super::rows::Rows;

/// The modules an analysis counts, with their term: those placed in terms, in term order;
/// or, for a plan without terms (an imported curriculum), every module it defines.
///
/// Built once per report and shared by every analysis. It reads each module once and keeps
/// what the analyses need in flat arrays, with every id already turned into a number: on a
/// 20,000-module curriculum the plan is far larger than the processor's cache, so each pass
/// over the modules themselves, and each id looked up, costs memory traffic, not arithmetic.
pub struct Scope<'a> {
    pub modules: Vec<(Option<usize>, &'a Module)>,
    /// Per module in scope, in the same order.
    pub facts: Vec<Facts>,
    /// Per module, the positions in `modules` of its requisites that are in scope, each once.
    pub requisites: Rows<u32>,
    /// Per module, its skill levels, the skill numbered as in `skill_names`.
    pub skills: Rows<(u32, Level)>,
    pub skill_names: Vec<&'a str>,
    /// Per module, the industries it serves, each once, numbered as in `industry_names`.
    pub industries: Rows<u32>,
    pub industry_names: Vec<&'a str>,
    /// The plan's module ids in definition order, and the definition of each module in
    /// scope: reports copy ids from this compact array rather than from the modules.
    keys: Vec<CompactString>,
    definitions: Vec<u32>,
}

/// The numbers of a module that totals and rules add up.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    pub credits: f64,
    /// The term index, `NO_TERM` for a plan without terms.
    term: u32,
    pub theory_hours: u32,
    pub practice_hours: u32,
    pub category: Category,
    pub delivery: Delivery,
}

impl Facts {
    fn of(term: Option<usize>, module: &Module) -> Self {
        Self {
            credits: module.credits,
            // Term indices fit in u32: a plan has a few dozen terms at most.
            term: term.map_or(NO_TERM, |term| term as u32),
            theory_hours: module.theory_hours,
            practice_hours: module.practice_hours,
            category: module.category,
            delivery: module.delivery,
        }
    }

    pub fn term(&self) -> Option<usize> {
        (self.term != NO_TERM).then_some(self.term as usize)
    }

    pub fn hours(&self) -> u32 {
        self.theory_hours.saturating_add(self.practice_hours)
    }

    /// Internships and training weeks: no theory hours at all.
    pub fn is_all_practice(&self) -> bool {
        self.theory_hours == 0 && self.practice_hours > 0
    }
}

const OUT_OF_SCOPE: u32 = u32::MAX;
const NO_TERM: u32 = u32::MAX;

impl<'a> Scope<'a> {
    pub fn of(plan: &'a Plan) -> Self {
        let ids = Definitions::of(plan);
        let mut gathered = Gathered::with_capacity(plan.modules.len());
        // Position in scope of each definition, `OUT_OF_SCOPE` for those not in it.
        let mut position = vec![OUT_OF_SCOPE; plan.modules.len()];
        if plan.terms.is_empty() {
            for (index, module) in plan.modules.iter().enumerate() {
                position[index] = index as u32;
                gathered.add(None, index, module, &ids);
            }
        } else {
            // Files usually define modules in the order the terms list them: try the
            // definition after the last one found before probing the table.
            let mut next = 0usize;
            for (term, entry) in plan.terms.iter().enumerate() {
                for id in &entry.modules {
                    let in_order = plan
                        .modules
                        .get(next)
                        .is_some_and(|module| ids.first[next] && module.id == *id);
                    let found = if in_order {
                        Some(next)
                    } else {
                        ids.find(id.as_str())
                    };
                    if let Some(index) = found {
                        position[index] = gathered.modules.len() as u32;
                        gathered.add(Some(term), index, &plan.modules[index], &ids);
                        next = index + 1;
                    }
                }
            }
        }
        gathered.into_scope(&position, ids.keys)
    }

    /// The id of the module at `position` in scope.
    pub fn id(&self, position: usize) -> ModuleId {
        ModuleId::new(self.keys[self.definitions[position] as usize].clone())
    }
}

/// The modules a plan defines, found by id: the table holds only indices (4 bytes a slot)
/// and the ids are copied inline, in definition order, into `keys`. Requisites mostly name
/// modules defined nearby, so the key a lookup compares with is usually already in cache.
struct Definitions {
    table: HashTable<u32>,
    keys: Vec<CompactString>,
    /// foldhash: fast on short ids and well spread (FxHash's high bits collide on ids like
    /// `m1234`, which turned lookups into long runs of string comparisons).
    hasher: foldhash::fast::RandomState,
    /// Whether a definition is the first of its id (the one `Plan::module` finds).
    first: Vec<bool>,
}

impl Definitions {
    fn of(plan: &Plan) -> Self {
        let hasher = foldhash::fast::RandomState::default();
        let keys: Vec<CompactString> = plan
            .modules
            .iter()
            .map(|module| CompactString::from(module.id.as_str()))
            .collect();
        let mut table = HashTable::with_capacity(keys.len());
        let mut first = Vec::with_capacity(keys.len());
        for (index, key) in keys.iter().enumerate() {
            let entry = table.entry(
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
        Self {
            table,
            keys,
            hasher,
            first,
        }
    }

    /// The index of the first definition of `id`.
    fn find(&self, id: &str) -> Option<usize> {
        self.table
            .find(self.hasher.hash_one(id), |&known| {
                self.keys[known as usize] == id
            })
            .map(|&index| index as usize)
    }
}

/// What a scope collects while it walks the modules; requisites are definition indices
/// until every position is known.
struct Gathered<'a> {
    modules: Vec<(Option<usize>, &'a Module)>,
    definitions: Vec<u32>,
    facts: Vec<Facts>,
    requisites: Rows<u32>,
    skills: Rows<(u32, Level)>,
    skill_names: Interner<'a>,
    industries: Rows<u32>,
    industry_names: Interner<'a>,
}

impl<'a> Gathered<'a> {
    fn with_capacity(modules: usize) -> Self {
        Self {
            modules: Vec::with_capacity(modules),
            definitions: Vec::with_capacity(modules),
            facts: Vec::with_capacity(modules),
            requisites: Rows::with_capacity(modules, modules * 2),
            skills: Rows::with_capacity(modules, modules * 2),
            skill_names: Interner::new(),
            industries: Rows::with_capacity(modules, modules),
            industry_names: Interner::new(),
        }
    }

    fn add(&mut self, term: Option<usize>, index: usize, module: &'a Module, ids: &Definitions) {
        self.modules.push((term, module));
        self.definitions.push(index as u32);
        self.facts.push(Facts::of(term, module));
        for requisite in module.requisites() {
            if let Some(index) = ids.find(requisite.as_str()) {
                let index = index as u32;
                if !self.requisites.open_row().contains(&index) {
                    self.requisites.push(index);
                }
            }
        }
        self.requisites.finish_row();
        for entry in &module.skills {
            let skill = self.skill_names.number(entry.skill.as_str());
            self.skills.push((skill, entry.level));
        }
        self.skills.finish_row();
        for industry in &module.industries {
            let industry = self.industry_names.number(industry.as_str());
            if !self.industries.open_row().contains(&industry) {
                self.industries.push(industry);
            }
        }
        self.industries.finish_row();
    }

    /// Turns requisite definition indices into positions, leaving out those not in scope.
    fn into_scope(self, position: &[u32], keys: Vec<CompactString>) -> Scope<'a> {
        let mut requisites = Rows::with_capacity(self.modules.len(), self.requisites.value_count());
        for row in self.requisites.rows() {
            for &index in row {
                let at = position[index as usize];
                if at != OUT_OF_SCOPE {
                    requisites.push(at);
                }
            }
            requisites.finish_row();
        }
        Scope {
            modules: self.modules,
            facts: self.facts,
            requisites,
            skills: self.skills,
            skill_names: self.skill_names.names().to_vec(),
            industries: self.industries,
            industry_names: self.industry_names.names().to_vec(),
            keys,
            definitions: self.definitions,
        }
    }
}

/// The modules in scope (see [`Scope`]).
pub fn modules_in_scope(plan: &Plan) -> Vec<(Option<usize>, &Module)> {
    Scope::of(plan).modules
}
