//! From a question's options to a survey: each option matched to a skill by its Chinese or
//! English name or an alias (or by hand, `OPTION=SKILL`), the shares of the matched options.

use crate::model::{Names, Skill, SkillDemand, SkillId, Survey};

use super::{Question, QuestionKind, Questionnaire};

/// What an option was matched to, and whether by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillMatch {
    pub option: String,
    pub skill: Option<SkillId>,
    pub by_hand: bool,
}

/// Letters and digits only, lower case: "外语能力：" and "外语能力" are the same option.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn words_of(skill: &Skill) -> impl Iterator<Item = String> + '_ {
    [skill.name.zh.as_str(), skill.name.en.as_str()]
        .into_iter()
        .chain(skill.aliases.iter().map(String::as_str))
        .map(key)
        .filter(|word| !word.is_empty())
}

/// The skill an option names: the same words as a name or alias, else the one skill whose
/// name the option contains (or that contains the option).
fn skill_for(option: &str, skills: &[Skill]) -> Option<SkillId> {
    let option = key(option);
    if option.is_empty() {
        return None;
    }
    if let Some(skill) = skills
        .iter()
        .find(|skill| words_of(skill).any(|word| word == option))
    {
        return Some(skill.id.clone());
    }
    let mut containing = skills.iter().filter(|skill| {
        words_of(skill).any(|word| option.contains(&word) || word.contains(&option))
    });
    match (containing.next(), containing.next()) {
        (Some(skill), None) => Some(skill.id.clone()),
        _ => None,
    }
}

/// Each option of `question` with its skill; `by_hand` (`OPTION=SKILL`, option and skill as
/// written or by id) wins over the names.
pub fn match_options(
    question: &Question,
    skills: &[Skill],
    by_hand: &[(String, String)],
) -> Vec<SkillMatch> {
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
                            known.id.as_str() == skill || words_of(known).any(|w| w == key(skill))
                        })
                        .map(|known| known.id.clone())
                });
            match chosen {
                Some(skill) => SkillMatch {
                    option: option.label.clone(),
                    skill,
                    by_hand: true,
                },
                None => SkillMatch {
                    option: option.label.clone(),
                    skill: skill_for(&option.label, skills),
                    by_hand: false,
                },
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
            let named = match_options(question, skills, &[])
                .iter()
                .filter(|matched| matched.skill.is_some())
                .count();
            (index, named, question.kind == QuestionKind::Multiple)
        })
        .filter(|(_, named, _)| *named > 0)
        .max_by_key(|(index, named, multiple)| (*named, *multiple, std::cmp::Reverse(*index)))
        .map(|(index, _, _)| index)
}

/// A survey of the question's matched options: per skill the share of respondents who chose
/// any option matched to it (options matched to one skill are counted once per respondent
/// only when the counts allow; here, the largest of their shares).
pub fn survey_from(
    questionnaire: &Questionnaire,
    question: usize,
    matches: &[SkillMatch],
    title: Names,
    source: String,
    year: u16,
) -> Option<Survey> {
    let question = questionnaire.questions.get(question)?;
    let mut skills: Vec<SkillDemand> = Vec::new();
    for (option, matched) in question.options.iter().zip(matches) {
        let Some(skill) = &matched.skill else {
            continue;
        };
        let share = questionnaire.share(option.count);
        match skills.iter_mut().find(|known| &known.skill == skill) {
            Some(known) => known.share = known.share.max(share),
            None => skills.push(SkillDemand {
                skill: skill.clone(),
                share,
            }),
        }
    }
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
