/// foldhash: fast on short ids and well spread (FxHash's high bits collide on ids like
/// `m1234`, which turned lookups into long runs of string comparisons).
type IdMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use compact_str::CompactString;

use crate::model::{Module, ModuleId, Plan};

/// The modules an analysis counts, with their term: those placed in terms, in term order;
/// or, for a plan without terms (an imported curriculum), every module it defines.
///
/// Built once per report and shared by every analysis: on large plans the id lookups, not
/// the arithmetic, are what costs.
pub struct Scope<'a> {
    pub modules: Vec<(Option<usize>, &'a Module)>,
    /// Index in `plan.modules` by id. The ids are copied inline (most are under 24 bytes),
    /// so a lookup compares bytes in the table instead of reading each module's own id.
    definition: IdMap<CompactString, u32>,
    /// Position in `modules` of each definition, `u32::MAX` when out of scope. One map and
    /// this array instead of a second map: large curricula are bound by memory, not arithmetic.
    position: Vec<u32>,
}

const OUT_OF_SCOPE: u32 = u32::MAX;

impl<'a> Scope<'a> {
    pub fn of(plan: &'a Plan) -> Self {
        let mut definition =
            IdMap::with_capacity_and_hasher(plan.modules.len(), Default::default());
        // Whether a module is the first definition of its id (the one `Plan::module` finds).
        let mut first = Vec::with_capacity(plan.modules.len());
        for (index, module) in plan.modules.iter().enumerate() {
            let entry = definition.entry(CompactString::from(module.id.as_str()));
            first.push(matches!(
                entry,
                std::collections::hash_map::Entry::Vacant(_)
            ));
            entry.or_insert(index as u32);
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
                        definition.get(id.as_str()).map(|&index| index as usize)
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
            position,
        }
    }

    /// Where a module stands in `modules`, if it is in scope.
    pub fn position_of(&self, id: &ModuleId) -> Option<usize> {
        let index = *self.definition.get(id.as_str())?;
        let position = *self.position.get(index as usize)?;
        (position != OUT_OF_SCOPE).then_some(position as usize)
    }
}

/// The modules in scope (see [`Scope`]).
pub fn modules_in_scope(plan: &Plan) -> Vec<(Option<usize>, &Module)> {
    Scope::of(plan).modules
}
