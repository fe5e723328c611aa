//! The rule books a command checks a plan against: those beside the plan file, in the user's
//! rules folder, and the app's own. A book that does not read is named on standard error (with
//! its file, line and column) and left out; the plan is still checked.

use std::path::Path;

use super::output::error_line;
use crate::catalogue::{Language, Text};
use crate::io::find_rule_books;
use crate::model::RuleBooks;

pub(super) fn rule_books_near(file: &Path, language: Language) -> RuleBooks {
    rule_books_for(Some(file), language)
}

/// The books for a plan file, or without one the user's and the app's.
pub(super) fn rule_books_for(file: Option<&Path>, language: Language) -> RuleBooks {
    let (books, errors) = find_rule_books(file);
    for error in errors {
        error_line(&language.fill(Text::RuleBookUnreadable, &[&error.message(language)]));
    }
    books
}
