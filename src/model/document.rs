use serde::{Deserialize, Serialize};

use super::{Industry, Module, Skill, Survey};

/// A shared module library: the modules, skills and industries plans are built from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    pub format_version: u32,
    pub skills: Vec<Skill>,
    pub industries: Vec<Industry>,
    pub modules: Vec<Module>,
}

/// A survey with the skills it names, on its own in a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyDocument {
    pub format_version: u32,
    pub skills: Vec<Skill>,
    pub survey: Survey,
}
