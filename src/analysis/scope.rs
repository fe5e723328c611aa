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
        for (index, module) in plan.modules.iter().enumerate() {
            // The first definition wins, as in `Plan::module`.
            definition
                .entry(CompactString::from(module.id.as_str()))
                .or_insert(index as u32);
        }
        let (modules, position) = if plan.terms.is_empty() {
            let modules = plan.modules.iter().map(|module| (None, module)).collect();
            (modules, (0..plan.modules.len() as u32).collect())
        } else {
            let mut position = vec![OUT_OF_SCOPE; plan.modules.len()];
            let mut scheduled = Vec::with_capacity(plan.modules.len());
            for (term, entry) in plan.terms.iter().enumerate() {
                for id in &entry.modules {
                    if let Some(&index) = definition.get(id.as_str()) {
                        position[index as usize] = scheduled.len() as u32;
                        scheduled.push((Some(term), &plan.modules[index as usize]));
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
