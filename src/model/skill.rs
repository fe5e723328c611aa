use serde::{Deserialize, Serialize};

use super::{Names, SkillId};

/// A competence employers ask for (survey Table 4 in the seed study), or one a user adds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Skill {
    pub id: SkillId,
    pub name: Names,
}
