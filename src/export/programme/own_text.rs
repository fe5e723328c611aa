//! The document's own text in the language it is printed in: an English sentence in the
//! Chinese document (or the reverse) would be handed in unnoticed.

use serde::Serialize;

use crate::catalogue::Language;
use crate::model::Names;

#[derive(Clone, Debug, Serialize)]
pub struct TitledText {
    pub title: &'static str,
    pub text: String,
}

/// The text in `language` only, trimmed; empty when that language's text is.
pub fn own_language(names: &Names, language: Language) -> String {
    if language.is_chinese() {
        names.zh.trim().to_owned()
    } else {
        names.en.trim().to_owned()
    }
}
