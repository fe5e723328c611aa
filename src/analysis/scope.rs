use crate::model::{Module, Plan};

/// The modules an analysis counts, with their term: those placed in terms, in term order;
/// or, for a plan without terms (an imported curriculum), every module it defines.
pub fn modules_in_scope(plan: &Plan) -> Vec<(Option<usize>, &Module)> {
    if plan.terms.is_empty() {
        plan.modules.iter().map(|module| (None, module)).collect()
    } else {
        plan.scheduled_modules()
            .into_iter()
            .map(|(term, module)| (Some(term), module))
            .collect()
    }
}
