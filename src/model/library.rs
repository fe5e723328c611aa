use serde::{Deserialize, Serialize};

use super::{Industry, Module, Skill};

/// A shared module library: the modules, skills and industries plans are built from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub format_version: u32,
    pub skills: Vec<Skill>,
    pub industries: Vec<Industry>,
    pub modules: Vec<Module>,
}
