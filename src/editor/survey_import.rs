//! A questionnaire being imported into the open plan: the files read and pooled, the question
//! whose options give the skills, each option's skill (matched, or chosen by hand), and what
//! the user confirms of the survey (title, region, year, source). Nothing changes the plan
//! until it is accepted, and then as one undoable edit of its survey.

use std::path::PathBuf;

use crate::io::questionnaire::{
    Questionnaire, SkillMatch, best_question, match_options, plain_title, survey_from,
};
use crate::model::edit::Edit;
use crate::model::{Names, Plan, Skill, SkillId};

#[derive(Clone, Debug, PartialEq)]
pub struct SurveyImport {
    pub files: Vec<PathBuf>,
    pub questionnaire: Questionnaire,
    /// The question the skills come from (an index into `questionnaire.questions`).
    pub question: usize,
    pub matches: Vec<SkillMatch>,
    pub details: SurveyDetails,
    /// The plan's skills with the aliases the bundled library knows for them added: what
    /// options are matched against.
    skills: Vec<Skill>,
}

/// What a survey says of itself, confirmed by the user before it is adopted: filled in from
/// the files where they tell (the question's words, the files' names and year), never from
/// the survey it replaces.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyDetails {
    pub title: Names,
    pub region: Names,
    pub year: u16,
    pub source: String,
}

/// What still keeps an import from being adopted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportBlocked {
    NoTitle,
    NoRegion,
    NoSkillMatched,
    /// A match made by likeness of words waits for the user's 确认 (or another choice).
    UnconfirmedMatch,
}

impl SurveyImport {
    /// `questionnaire`, read from `files` (by `crate::worker`: a workbook is untrusted), with
    /// the question whose options name the plan's skills picked. `year` is when the files
    /// were made, as far as they tell.
    pub fn new(files: Vec<PathBuf>, questionnaire: Questionnaire, plan: &Plan, year: u16) -> Self {
        let skills = with_known_aliases(&plan.skills);
        let question = best_question(&questionnaire, &skills).unwrap_or(0);
        let source = files
            .iter()
            .filter_map(|file| file.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(", ");
        let mut import = Self {
            files,
            questionnaire,
            question,
            matches: Vec::new(),
            details: SurveyDetails {
                title: Names::default(),
                region: Names::default(),
                year,
                source,
            },
            skills,
        };
        import.choose_question(question);
        import
    }

    /// Takes the skills from another question; the title follows it unless the user wrote
    /// one of their own.
    pub fn choose_question(&mut self, question: usize) {
        let Some(chosen) = self.questionnaire.questions.get(question) else {
            return;
        };
        let previous_title = self
            .questionnaire
            .questions
            .get(self.question)
            .map(|previous| plain_title(&previous.title));
        let untouched = self.details.title.zh.is_empty()
            || previous_title.is_some_and(|previous| {
                self.details.title.zh == previous && self.details.title.en == previous
            });
        if untouched {
            let title = plain_title(&chosen.title);
            self.details.title = Names::new(&title, &title);
        }
        self.question = question;
        self.matches = match_options(chosen, &self.skills, &[]);
    }

    /// Matches option `index` to `skill` (or to none) by hand.
    pub fn map(&mut self, index: usize, skill: Option<SkillId>) {
        if let Some(matched) = self.matches.get_mut(index) {
            matched.skill = skill;
            matched.reason = Some(crate::io::questionnaire::MatchReason::ByHand);
            matched.suggestions.clear();
        }
    }

    /// Why the import cannot be adopted yet, if it cannot.
    pub fn blocked(&self) -> Option<ImportBlocked> {
        let empty = |names: &Names| names.zh.trim().is_empty() && names.en.trim().is_empty();
        if empty(&self.details.title) {
            Some(ImportBlocked::NoTitle)
        } else if empty(&self.details.region) {
            Some(ImportBlocked::NoRegion)
        } else if self.matches.iter().all(|matched| matched.skill.is_none()) {
            Some(ImportBlocked::NoSkillMatched)
        } else if self
            .matches
            .iter()
            .any(|matched| matched.reason == Some(crate::io::questionnaire::MatchReason::Similar))
        {
            Some(ImportBlocked::UnconfirmedMatch)
        } else {
            None
        }
    }

    /// The edit that gives the plan this survey, with the details the user confirmed.
    pub fn edit(&self) -> Option<Edit> {
        if self.blocked().is_some() {
            return None;
        }
        let details = &self.details;
        let mut survey = survey_from(
            &self.questionnaire,
            self.question,
            &self.matches,
            details.title.clone(),
            details.source.clone(),
            details.year,
        )?;
        survey.region = details.region.clone();
        Some(Edit::SetSurvey(Some(Box::new(survey))))
    }
}

/// `skills` with the aliases the bundled library gives the skill of the same id added after
/// their own (a plan's own, remembered aliases come first).
pub fn with_known_aliases(skills: &[Skill]) -> Vec<Skill> {
    let library = super::bundled_library();
    skills
        .iter()
        .map(|skill| {
            let mut known = skill.clone();
            if let Some(shipped) = library.skills.iter().find(|other| other.id == skill.id) {
                for alias in &shipped.aliases {
                    if !known.aliases.contains(alias) {
                        known.aliases.push(alias.clone());
                    }
                }
            }
            known
        })
        .collect()
}
