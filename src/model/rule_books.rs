//! The rule books a plan may name, as found on this computer: beside the plan, in the user's
//! folder, shipped with the app. The nearest book of an id stands in for the others, so a
//! college's copy of a shipped book is the one its plans are checked against.

use std::path::PathBuf;

use super::{RuleBook, RulesProfile};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RuleBooks {
    /// Nearest first; a later book of an id already listed is hidden by the earlier one.
    found: Vec<FoundBook>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FoundBook {
    pub book: RuleBook,
    pub origin: BookOrigin,
}

/// Where a book was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BookOrigin {
    /// A `*.rules.ron` file in the plan's folder.
    BesidePlan(PathBuf),
    /// A `*.rules.ron` file in the user's rules folder.
    UserFolder(PathBuf),
    /// `assets/rules/`, built into the app.
    Shipped,
}

impl RuleBooks {
    /// Books nearest first: those given earlier hide later ones of the same id.
    pub fn new(found: Vec<FoundBook>) -> Self {
        let mut kept: Vec<FoundBook> = Vec::with_capacity(found.len());
        for book in found {
            if !kept.iter().any(|kept| kept.book.id == book.book.id) {
                kept.push(book);
            }
        }
        Self { found: kept }
    }

    /// Every book a plan may name, one per id, nearest first.
    pub fn all(&self) -> &[FoundBook] {
        &self.found
    }

    pub fn get(&self, id: &str) -> Option<&FoundBook> {
        self.found.iter().find(|found| found.book.id == id)
    }

    /// The book a plan is checked against: the one it carries, or the one it names if it
    /// is found. `None` when the named book is on none of the paths searched.
    pub fn resolve<'a>(&'a self, profile: &'a RulesProfile) -> Option<&'a RuleBook> {
        match profile {
            RulesProfile::Own(book) => Some(book),
            RulesProfile::Book(id) => self.get(id).map(|found| &found.book),
        }
    }

    /// The shipped (or nearer) book a new plan of `kind` gets.
    pub fn for_kind(&self, kind: super::ProgrammeKind) -> Option<&FoundBook> {
        self.found
            .iter()
            .find(|found| found.book.programme == Some(kind))
    }
}
