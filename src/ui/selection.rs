//! What is selected: the inspector shows it and Delete removes it.

use crate::model::ModuleId;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// The plan's own fields.
    #[default]
    Plan,
    Module(ModuleId),
    Term(usize),
}
