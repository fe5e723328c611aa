use serde::{Deserialize, Serialize};

use super::{Names, Skill, SkillId};

/// An employer survey: who answered, and which skills they want.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Survey {
    pub title: Names,
    /// Where the figures come from, as it would be cited on a printed outline.
    pub source: String,
    pub region: Names,
    pub year: u16,
    /// Number of respondents, `n`.
    pub respondents: u32,
    /// The weighting: per skill, the share of respondents who want it.
    pub skills: Vec<SkillDemand>,
    /// Further tables of the survey (prospects, advantages, disadvantages) that explain
    /// why the programme exists; printed on an outline's rationale page.
    #[serde(default)]
    pub context: Vec<ContextTable>,
}

impl Survey {
    pub fn share_of(&self, skill: &SkillId) -> Option<f64> {
        self.skills
            .iter()
            .find(|demand| &demand.skill == skill)
            .map(|demand| demand.share)
    }
}

/// The share (0..=1) of respondents who named a skill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillDemand {
    pub skill: SkillId,
    pub share: f64,
}

/// One more table of a survey, e.g. "Attitude towards the development prospect".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextTable {
    pub id: String,
    pub title: Names,
    /// Whether respondents could pick several answers (then the shares need not add to 1).
    pub multiple_choice: bool,
    pub rows: Vec<ContextRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextRow {
    pub label: Names,
    pub share: f64,
}

/// A survey with the skills it names, on its own in a file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyDocument {
    pub format_version: u32,
    pub skills: Vec<Skill>,
    pub survey: Survey,
}
