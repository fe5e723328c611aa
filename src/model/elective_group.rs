//! Elective groups: "开设 N 门，至少选修 M 学分". A module belongs to at most one group; every
//! other placed module is required of every student.

use serde::{Deserialize, Serialize};

use super::{GroupId, ModuleId, Names};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElectiveGroup {
    pub id: GroupId,
    /// e.g. 专业拓展课（限选）, 公共选修课（任选）.
    pub name: Names,
    /// 限选 (chosen from a list the programme sets) or 任选 (free choice).
    #[serde(default)]
    pub choice: Choice,
    /// The modules offered, each placed in a term like any module.
    pub modules: Vec<ModuleId>,
    /// What a student must take: at least this many credits…
    #[serde(default)]
    pub min_credits: f64,
    /// …and at least this many modules.
    #[serde(default)]
    pub min_modules: u32,
    /// At most, where the plan says.
    #[serde(default)]
    pub max_credits: Option<f64>,
    #[serde(default)]
    pub max_modules: Option<u32>,
}

/// How a group is chosen from, as the schedule's 课程性质 column prints it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Choice {
    /// 限选.
    #[default]
    Restricted,
    /// 任选.
    Free,
}

impl ElectiveGroup {
    pub fn offers(&self, module: &ModuleId) -> bool {
        self.modules.contains(module)
    }
}
