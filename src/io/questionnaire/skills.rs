//! From a question's options to a survey: each option matched to a skill by its Chinese or
//! English name, an alias, likeness of words (`similarity.rs`) or by hand (`OPTION=SKILL`),
//! and the shares of the matched options.

use serde::Serialize;

use super::similarity::{Likeness, Verdict, contains_words, tokens};
use super::{Question, QuestionKind, Questionnaire};
use crate::catalogue::Text;
use crate::model::{Names, Skill, SkillDemand, SkillId, Survey};

/// Why an option was matched to its skill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchReason {
    /// Chosen by the user (`--map`, or in the window).
    ByHand,
    /// The skill's Chinese or English name, or the option holds it.
    Name,
    /// One of the skill's aliases (shipped, or remembered from a match by hand).
    Alias,
    /// Alike in words to one skill, and to no other nearly as much.
    Similar,
}

/// What an option was matched to, and why; when nothing was clear, the skills it is alike
/// to, most alike first, for the user to choose from.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillMatch {
    pub option: String,
    pub skill: Option<SkillId>,
    pub reason: Option<MatchReason>,
    pub suggestions: Vec<SkillId>,
}

impl MatchReason {
    /// Why, in words: "名称相同", "常用说法"…
    pub fn words(self) -> Text {
        match self {
            Self::ByHand => Text::MatchByHand,
            Self::Name => Text::MatchByName,
            Self::Alias => Text::MatchByAlias,
            Self::Similar => Text::MatchSimilar,
        }
    }
}

impl SkillMatch {
    pub fn by_hand(&self) -> bool {
        self.reason == Some(MatchReason::ByHand)
    }
}

/// Letters and digits only, lower case: "外语能力：" and "外语能力" are the same option.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A skill's names (`Name`) and aliases (`Alias`).
fn words_of(skill: &Skill) -> impl Iterator<Item = (&str, MatchReason)> + '_ {
    [skill.name.zh.as_str(), skill.name.en.as_str()]
        .into_iter()
        .map(|name| (name, MatchReason::Name))
        .chain(
            skill
                .aliases
                .iter()
                .map(|alias| (alias.as_str(), MatchReason::Alias)),
        )
        .filter(|(word, _)| !key(word).is_empty())
}

/// The skill an option names: the same words as a name or alias, else the one skill whose
/// name or alias the option holds word for word, else the one skill alike enough.
fn skill_for(option: &str, skills: &[Skill], likeness: &Likeness) -> SkillMatch {
    let matched = |skill: &Skill, reason| SkillMatch {
        option: option.to_owned(),
        skill: Some(skill.id.clone()),
        reason: Some(reason),
        suggestions: Vec::new(),
    };
    let option_key = key(option);
    if !option_key.is_empty() {
        for skill in skills {
            if let Some((_, reason)) = words_of(skill).find(|(word, _)| key(word) == option_key) {
                return matched(skill, reason);
            }
        }
        let option_words = tokens(option);
        let mut holding = skills.iter().filter_map(|skill| {
            words_of(skill)
                .find(|(word, _)| contains_words(&option_words, &tokens(word)))
                .map(|(_, reason)| (skill, reason))
        });
        if let (Some((skill, reason)), None) = (holding.next(), holding.next()) {
            return matched(skill, reason);
        }
    }
    match likeness.verdict(option) {
        Verdict::Clear(id) => SkillMatch {
            option: option.to_owned(),
            skill: Some(id),
            reason: Some(MatchReason::Similar),
            suggestions: Vec::new(),
        },
        Verdict::Close(suggestions) => SkillMatch {
            option: option.to_owned(),
            skill: None,
            reason: None,
            suggestions,
        },
        Verdict::Nothing => SkillMatch {
            option: option.to_owned(),
            skill: None,
            reason: None,
            suggestions: Vec::new(),
        },
    }
}

/// Each option of `question` with its skill; `by_hand` (`OPTION=SKILL`, option and skill as
/// written or by id) wins over the names.
pub fn match_options(
    question: &Question,
    skills: &[Skill],
    by_hand: &[(String, String)],
) -> Vec<SkillMatch> {
    let likeness = Likeness::new(skills);
    question
        .options
        .iter()
        .map(|option| {
            let chosen = by_hand
                .iter()
                .find(|(label, _)| key(label) == key(&option.label))
                .map(|(_, skill)| {
                    skills
                        .iter()
                        .find(|known| {
                            known.id.as_str() == skill
                                || words_of(known).any(|(word, _)| key(word) == key(skill))
                        })
                        .map(|known| known.id.clone())
                });
            match chosen {
                Some(skill) => SkillMatch {
                    option: option.label.clone(),
                    skill,
                    reason: Some(MatchReason::ByHand),
                    suggestions: Vec::new(),
                },
                None => skill_for(&option.label, skills, &likeness),
            }
        })
        .collect()
}

/// The multiple-choice question whose options name the most skills (the first on a tie).
pub fn best_question(questionnaire: &Questionnaire, skills: &[Skill]) -> Option<usize> {
    questionnaire
        .questions
        .iter()
        .enumerate()
        .filter(|(_, question)| question.kind != QuestionKind::Text)
        .map(|(index, question)| {
            let matches = match_options(question, skills, &[]);
            let by_words = matches
                .iter()
                .filter(|matched| {
                    matched.skill.is_some() && matched.reason != Some(MatchReason::Similar)
                })
                .count();
            let alike = matches
                .iter()
                .filter(|matched| matched.reason == Some(MatchReason::Similar))
                .count();
            (
                index,
                (by_words, alike),
                question.kind == QuestionKind::Multiple,
            )
        })
        .filter(|(_, (by_words, alike), _)| by_words + alike > 0)
        .max_by_key(|(index, named, multiple)| (*named, *multiple, std::cmp::Reverse(*index)))
        .map(|(index, _, _)| index)
}

/// A survey of the question's matched options: per skill the share of respondents who chose
/// any option matched to it, each respondent once (外贸知识 and 外贸 both matched to 经贸知识
/// count who ticked either). Without the respondents' answers (an older import), the largest
/// of the options' shares.
pub fn survey_from(
    questionnaire: &Questionnaire,
    question: usize,
    matches: &[SkillMatch],
    title: Names,
    source: String,
    year: u16,
) -> Option<Survey> {
    let question = questionnaire.questions.get(question)?;
    let mut by_skill: Vec<(SkillId, Vec<&str>, f64)> = Vec::new();
    for (option, matched) in question.options.iter().zip(matches) {
        let Some(skill) = &matched.skill else {
            continue;
        };
        let share = questionnaire.share(option.count);
        match by_skill.iter_mut().find(|(known, _, _)| known == skill) {
            Some((_, labels, largest)) => {
                labels.push(&option.label);
                *largest = largest.max(share);
            }
            None => by_skill.push((skill.clone(), vec![&option.label], share)),
        }
    }
    let skills: Vec<SkillDemand> = by_skill
        .into_iter()
        .map(|(skill, labels, largest)| {
            let share = if question.chosen.is_empty() {
                largest
            } else {
                let either = question
                    .chosen
                    .iter()
                    .filter(|chosen| chosen.iter().any(|label| labels.contains(&label.as_str())))
                    .count();
                questionnaire.share(either)
            };
            SkillDemand { skill, share }
        })
        .collect();
    // A survey of no skill would judge every plan as fine: there is nothing to write.
    if skills.is_empty() {
        return None;
    }
    Some(Survey {
        title,
        source,
        region: Names::default(),
        year,
        respondents: u32::try_from(questionnaire.respondents).unwrap_or(u32::MAX),
        skills,
        context: Vec::new(),
    })
}
