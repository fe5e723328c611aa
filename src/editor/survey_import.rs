//! A questionnaire being imported into the open plan: the files read and pooled, the question
//! whose options give the skills, each option's skill (matched, or chosen by hand). Nothing
//! changes the plan until it is accepted, and then as one undoable edit of its survey.

use std::path::PathBuf;

use crate::io::questionnaire::{
    Questionnaire, SkillMatch, best_question, match_options, survey_from,
};
use crate::model::edit::Edit;
use crate::model::{Names, Plan, SkillId};

#[derive(Clone, Debug, PartialEq)]
pub struct SurveyImport {
    pub files: Vec<PathBuf>,
    pub questionnaire: Questionnaire,
    /// The question the skills come from (an index into `questionnaire.questions`).
    pub question: usize,
    pub matches: Vec<SkillMatch>,
}

impl SurveyImport {
    /// `questionnaire`, read from `files` (by `crate::worker`: a workbook is untrusted), with
    /// the question whose options name the plan's
    /// skills picked.
    pub fn new(files: Vec<PathBuf>, questionnaire: Questionnaire, plan: &Plan) -> Self {
        let question = best_question(&questionnaire, &plan.skills).unwrap_or(0);
        let mut import = Self {
            files,
            questionnaire,
            question,
            matches: Vec::new(),
        };
        import.choose_question(question, plan);
        import
    }

    pub fn choose_question(&mut self, question: usize, plan: &Plan) {
        if let Some(chosen) = self.questionnaire.questions.get(question) {
            self.question = question;
            self.matches = match_options(chosen, &plan.skills, &[]);
        }
    }

    /// Matches option `index` to `skill` (or to none) by hand.
    pub fn map(&mut self, index: usize, skill: Option<SkillId>) {
        if let Some(matched) = self.matches.get_mut(index) {
            matched.skill = skill;
            matched.by_hand = true;
        }
    }

    /// The edit that gives the plan this survey: the question's title, the files as source,
    /// the region and year of the survey it replaces (the user edits them in the survey tab).
    pub fn edit(&self, plan: &Plan) -> Option<Edit> {
        let title = self
            .questionnaire
            .questions
            .get(self.question)?
            .title
            .clone();
        let source = self
            .files
            .iter()
            .filter_map(|file| file.file_name())
            .map(|name| name.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join(", ");
        let year = plan.survey.as_ref().map_or(2018, |survey| survey.year);
        let mut survey = survey_from(
            &self.questionnaire,
            self.question,
            &self.matches,
            Names::new(&title, &title),
            source,
            year,
        )?;
        if let Some(previous) = &plan.survey {
            survey.region = previous.region.clone();
        }
        Some(Edit::SetSurvey(Some(Box::new(survey))))
    }
}
