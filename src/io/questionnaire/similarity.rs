//! How alike an option's words are to a skill's names, for options that match no name or
//! alias: the words they share, each weighted by how few skills use it (a character every
//! skill's name has, like 力 of 能力, tells nothing), as a Dice coefficient from 0 to 1.

use std::collections::{HashMap, HashSet};

use crate::catalogue::questionnaire::GENERIC_WORDS;
use crate::model::{Skill, SkillId};

/// Below this likeness a skill is not suggested at all.
const SUGGESTED: f64 = 0.25;
/// The likeness at which the most alike skill is taken without asking…
const CLEAR: f64 = 0.35;
/// …when the next skill's likeness is less than this share of it; otherwise the two are
/// close, and the user chooses.
const CLOSE: f64 = 0.6;

/// The words of a text: each Chinese character is one, a run of other letters and digits is
/// another (lower case, a plural "s" left off).
pub(super) fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut word = String::new();
    let end_word = |word: &mut String, tokens: &mut Vec<String>| {
        if word.is_empty() {
            return;
        }
        if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
            word.pop();
        }
        tokens.push(std::mem::take(word));
    };
    for character in text.chars() {
        if is_ideograph(character) {
            end_word(&mut word, &mut tokens);
            tokens.push(character.to_string());
        } else if character.is_alphanumeric() {
            word.extend(character.to_lowercase());
        } else {
            end_word(&mut word, &mut tokens);
        }
    }
    end_word(&mut word, &mut tokens);
    tokens
}

fn is_ideograph(character: char) -> bool {
    matches!(character,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

/// Whether `needle`'s words appear in `haystack`'s, in order and side by side.
pub(super) fn contains_words(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && haystack
            .windows(needle.len())
            .any(|window| window == needle)
}

/// The words that tell skills apart: `tokens` without the general words.
fn telling_tokens(text: &str) -> Vec<String> {
    let mut tokens = tokens(text);
    for generic in GENERIC_WORDS {
        let generic = self::tokens(generic);
        while let Some(at) = tokens
            .windows(generic.len())
            .position(|window| window == generic.as_slice())
        {
            tokens.drain(at..at + generic.len());
        }
    }
    tokens
}

/// Each skill's names and aliases as sets of telling words, and the weight of every word.
pub(super) struct Likeness<'a> {
    skills: Vec<(&'a SkillId, Vec<HashSet<String>>)>,
    weights: HashMap<String, f64>,
    /// The weight of a word no skill uses.
    unknown: f64,
}

/// What likeness says of an option: the skill to take, or the close ones to choose from.
#[derive(Debug, PartialEq)]
pub(super) enum Verdict {
    Clear(SkillId),
    Close(Vec<SkillId>),
    Nothing,
}

impl<'a> Likeness<'a> {
    pub(super) fn new(skills: &'a [Skill]) -> Self {
        let skills: Vec<(&SkillId, Vec<HashSet<String>>)> = skills
            .iter()
            .map(|skill| {
                let words = [skill.name.zh.as_str(), skill.name.en.as_str()]
                    .into_iter()
                    .chain(skill.aliases.iter().map(String::as_str))
                    .map(|text| telling_tokens(text).into_iter().collect::<HashSet<_>>())
                    .filter(|set| !set.is_empty())
                    .collect();
                (&skill.id, words)
            })
            .collect();
        let mut used_by: HashMap<String, usize> = HashMap::new();
        for (_, words) in &skills {
            let all: HashSet<&String> = words.iter().flatten().collect();
            for word in all {
                *used_by.entry(word.clone()).or_default() += 1;
            }
        }
        let count = skills.len().max(1) as f64;
        let weights = used_by
            .into_iter()
            .map(|(word, used)| (word, (1.0 + count / used as f64).ln()))
            .collect();
        Self {
            skills,
            weights,
            unknown: (1.0 + count).ln(),
        }
    }

    fn weight(&self, word: &str) -> f64 {
        self.weights.get(word).copied().unwrap_or(self.unknown)
    }

    fn dice(&self, left: &HashSet<String>, right: &HashSet<String>) -> f64 {
        let total: f64 = left
            .iter()
            .chain(right.iter())
            .map(|word| self.weight(word))
            .sum();
        if total == 0.0 {
            return 0.0;
        }
        let shared: f64 = left.intersection(right).map(|word| self.weight(word)).sum();
        2.0 * shared / total
    }

    /// Each skill's likeness to `option` (its most alike name or alias), most alike first.
    pub(super) fn ranked(&self, option: &str) -> Vec<(SkillId, f64)> {
        let option: HashSet<String> = telling_tokens(option).into_iter().collect();
        let mut ranked: Vec<(SkillId, f64)> = self
            .skills
            .iter()
            .map(|(id, words)| {
                let best = words
                    .iter()
                    .map(|word| self.dice(&option, word))
                    .fold(0.0, f64::max);
                ((*id).clone(), best)
            })
            .collect();
        ranked.sort_by(|left, right| right.1.total_cmp(&left.1));
        ranked
    }

    pub(super) fn verdict(&self, option: &str) -> Verdict {
        let ranked = self.ranked(option);
        let suggested: Vec<&(SkillId, f64)> = ranked
            .iter()
            .filter(|(_, likeness)| *likeness >= SUGGESTED)
            .collect();
        match suggested.as_slice() {
            [] => Verdict::Nothing,
            [(best, likeness), rest @ ..]
                if *likeness >= CLEAR
                    && rest
                        .first()
                        .is_none_or(|(_, next)| *next < CLOSE * likeness) =>
            {
                Verdict::Clear(best.clone())
            }
            close => Verdict::Close(
                close
                    .iter()
                    .take_while(|(_, likeness)| *likeness >= CLOSE * suggested[0].1)
                    .map(|(id, _)| id.clone())
                    .collect(),
            ),
        }
    }
}
