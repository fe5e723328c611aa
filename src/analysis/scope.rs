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
    /// Position in `modules` by id. The ids are copied inline (most are under 24 bytes), so a
    /// lookup compares bytes in the table instead of chasing each module's heap string.
    position: IdMap<CompactString, usize>,
}

impl<'a> Scope<'a> {
    pub fn of(plan: &'a Plan) -> Self {
        let modules: Vec<(Option<usize>, &Module)> = if plan.terms.is_empty() {
            plan.modules.iter().map(|module| (None, module)).collect()
        } else {
            let mut defined: IdMap<&ModuleId, &Module> =
                IdMap::with_capacity_and_hasher(plan.modules.len(), Default::default());
            defined.extend(plan.modules.iter().map(|module| (&module.id, module)));
            let mut scheduled = Vec::with_capacity(plan.modules.len());
            for (term, entry) in plan.terms.iter().enumerate() {
                for id in &entry.modules {
                    if let Some(module) = defined.get(id) {
                        scheduled.push((Some(term), *module));
                    }
                }
            }
            scheduled
        };
        let mut position = IdMap::with_capacity_and_hasher(modules.len(), Default::default());
        position.extend(
            modules
                .iter()
                .enumerate()
                .map(|(at, (_, module))| (CompactString::from(module.id.as_str()), at)),
        );
        Self { modules, position }
    }

    /// Where a module stands in `modules`, if it is in scope.
    pub fn position_of(&self, id: &ModuleId) -> Option<usize> {
        self.position.get(id.as_str()).copied()
    }
}

/// The modules in scope (see [`Scope`]).
pub fn modules_in_scope(plan: &Plan) -> Vec<(Option<usize>, &Module)> {
    Scope::of(plan).modules
}
