//! What the CLI and the window accept as a plan: a plan `.ron` or a CurricularAnalytics `.csv`.

use std::path::Path;

use thiserror::Error;

use super::curricular_analytics::{CsvError, parse_curricular_analytics};
use super::error::LoadError;
use super::ron_documents::{Document, load_document, load_plan, parse_plan, read_text};
use crate::catalogue::Language;
use crate::model::{Plan, Survey};

#[derive(Debug, Error)]
pub enum InputError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Csv(#[from] CsvError),
}

impl super::error::Localised for InputError {
    fn message(&self, language: Language) -> String {
        InputError::message(self, language)
    }
}

impl InputError {
    pub fn message(&self, language: Language) -> String {
        match self {
            InputError::Load(error) => error.message(language),
            InputError::Csv(error) => error.message(language),
        }
    }
}

/// Loads a plan file, or imports a CurricularAnalytics curriculum or degree plan (`.csv`).
pub fn load_plan_input(path: &Path) -> Result<Plan, InputError> {
    if is_csv(path) {
        let text = read_text(path)?;
        Ok(parse_curricular_analytics(path, &text)?)
    } else {
        Ok(load_plan(path)?)
    }
}

/// As `load_plan_input`, with the text read, for placing findings at their lines.
pub fn load_plan_input_with_text(path: &Path) -> Result<(Plan, String), InputError> {
    let text = read_text(path)?;
    let plan = if is_csv(path) {
        parse_curricular_analytics(path, &text)?
    } else {
        parse_plan(path, &text)?
    };
    Ok((plan, text))
}

fn is_csv(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("csv"))
}

/// The survey in a survey document, or the survey a plan is judged against.
pub fn load_survey(path: &Path) -> Result<Survey, LoadError> {
    match load_document(path)? {
        Document::Survey(document) => Ok(document.survey),
        Document::Plan(Plan {
            survey: Some(survey),
            ..
        }) => Ok(survey),
        other => Err(LoadError::WrongKind {
            path: path.to_owned(),
            expected: "SurveyDocument",
            found: other.kind().struct_name(),
        }),
    }
}
