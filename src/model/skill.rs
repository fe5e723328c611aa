use serde::{Deserialize, Serialize};

use super::{Names, SkillId};

/// A competence employers ask for (survey Table 4 in the seed study), or one a user adds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: SkillId,
    pub name: Names,
    /// Other words questionnaires use for it ("英语", "Language skills"), for matching the
    /// options of an imported questionnaire. Written only when there are some.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}
