//! The plan being edited: where it lives on disk, its undo history, and the analyses of its
//! current state (recomputed only when the plan changes, not every frame).

use std::path::{Path, PathBuf};

use crate::analysis::{Report, report};
use crate::io::{LoadError, find_rule_books};
use crate::model::edit::{Edit, EditError};
use crate::model::history::{Coalesce, History};
use crate::model::validate::Finding;
use crate::model::{Plan, RuleBook, RuleBooks};

pub struct OpenPlan {
    plan: Plan,
    path: Option<PathBuf>,
    /// The rule books the plan may name, found beside it, in the user's folder and shipped.
    books: RuleBooks,
    /// Rule books found that did not read (each with its file, line and column).
    book_errors: Vec<LoadError>,
    history: History,
    analysis: Analysis,
    /// The file held comments that a save would remove, and the user has not agreed yet.
    unconfirmed_comments: bool,
}

/// What the status bar, the board and the findings list show.
pub struct Analysis {
    pub report: Report,
    pub findings: Vec<Finding>,
    /// The alignment score before the last change (edit, undo or redo), so that a view can
    /// show what the change did: one level moves the score in the third or fourth place.
    pub previous_score: Option<f64>,
    /// `History::state` these figures belong to.
    state: u64,
}

impl Analysis {
    fn of(plan: &Plan, books: &RuleBooks, state: u64) -> Self {
        Self {
            report: report(plan, books.resolve(&plan.rules), None),
            findings: super::default_names::plan_findings(plan),
            previous_score: None,
            state,
        }
    }
}

impl OpenPlan {
    /// A plan read from `path` (or a recovery copy of it): clean when `saved`.
    pub fn new(plan: Plan, path: Option<PathBuf>, saved: bool) -> Self {
        let history = if saved {
            History::saved()
        } else {
            History::unsaved()
        };
        let (books, book_errors) = find_rule_books(path.as_deref());
        let analysis = Analysis::of(&plan, &books, history.state());
        Self {
            plan,
            path,
            books,
            book_errors,
            history,
            analysis,
            unconfirmed_comments: false,
        }
    }

    /// The file this plan was read from holds comments, which saving in canonical form
    /// removes: the first save asks first.
    pub fn with_comments(mut self, has_comments: bool) -> Self {
        self.unconfirmed_comments = has_comments;
        self
    }

    /// Whether saving to `path` would remove comments the user has not agreed to lose.
    pub fn would_drop_comments(&self, path: &Path) -> bool {
        self.unconfirmed_comments && self.path.as_deref() == Some(path)
    }

    pub fn confirm_dropping_comments(&mut self) {
        self.unconfirmed_comments = false;
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Changes with every edit, undo and redo.
    pub fn state(&self) -> u64 {
        self.history.state()
    }

    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The rule books this plan may name.
    pub fn rule_books(&self) -> &RuleBooks {
        &self.books
    }

    /// The book the plan is checked against; `None` if the one it names was not found.
    pub fn rule_book(&self) -> Option<&RuleBook> {
        self.books.resolve(&self.plan.rules)
    }

    /// Looks for the plan's rule books again (one was written or changed beside it).
    pub fn reload_rule_books(&mut self) {
        (self.books, self.book_errors) = find_rule_books(self.path.as_deref());
        self.analysis = Analysis::of(&self.plan, &self.books, self.history.state());
    }

    /// Rule books beside the plan or in the user's folder that did not read.
    pub fn rule_book_errors(&self) -> &[LoadError] {
        &self.book_errors
    }

    pub fn apply(&mut self, edit: Edit, coalesce: Coalesce) -> Result<(), EditError> {
        self.history.apply(&mut self.plan, edit, coalesce)?;
        self.refresh(Change::Edit);
        Ok(())
    }

    pub fn undo(&mut self) -> Result<bool, EditError> {
        let undone = self.history.undo(&mut self.plan)?;
        self.refresh(Change::Undo);
        Ok(undone)
    }

    pub fn redo(&mut self) -> Result<bool, EditError> {
        let redone = self.history.redo(&mut self.plan)?;
        self.refresh(Change::Undo);
        Ok(redone)
    }

    /// After a successful save to `path`.
    pub fn saved_as(&mut self, path: PathBuf) {
        // Saved in another folder, the plan may name books that folder holds.
        let moved = self.path.as_deref().and_then(Path::parent) != path.parent();
        self.path = Some(path);
        self.history.mark_saved();
        if moved {
            self.reload_rule_books();
        }
    }

    fn refresh(&mut self, change: Change) {
        if self.analysis.state != self.history.state() {
            let previous = self
                .analysis
                .report
                .alignment
                .as_ref()
                .and_then(|alignment| alignment.score);
            self.analysis = Analysis::of(&self.plan, &self.books, self.history.state());
            // An undo or redo goes back to a state the user had: "▼ −0.0012" after undoing an
            // improvement reads as a loss, so only an edit reports what it did to the score.
            self.analysis.previous_score = previous.filter(|_| change == Change::Edit);
        }
    }
}

/// What moved the plan to its new state.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
    Edit,
    Undo,
}
