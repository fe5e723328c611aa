use serde::{Deserialize, Serialize};

use super::Language;

/// A name in both working languages. Chinese comes first: it is the staff's first language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    pub zh: String,
    pub en: String,
}

impl Names {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// Neither language says anything.
    pub fn is_empty(&self) -> bool {
        self.zh.trim().is_empty() && self.en.trim().is_empty()
    }

    /// The name in the requested language, falling back to the other one when it is blank.
    pub fn in_language(&self, language: Language) -> &str {
        let (first, second) = if language.is_chinese() {
            (&self.zh, &self.en)
        } else {
            (&self.en, &self.zh)
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }
}
