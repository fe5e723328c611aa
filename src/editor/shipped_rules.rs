//! The app's own rule books, read once: for a plan with no folder of its own (a template,
//! a plan made in the window), and for scripts and tests that analyse a plan as shipped.

use std::sync::OnceLock;

use crate::analysis::{Report, report};
use crate::model::{BookOrigin, FoundBook, Plan, RuleBooks, Survey};

/// The shipped books.
pub fn shipped_books() -> &'static RuleBooks {
    static BOOKS: OnceLock<RuleBooks> = OnceLock::new();
    BOOKS.get_or_init(|| {
        RuleBooks::new(
            crate::io::shipped_rule_books()
                .into_iter()
                .map(|book| FoundBook {
                    book,
                    origin: BookOrigin::Shipped,
                })
                .collect(),
        )
    })
}

/// `analysis::report` with the plan's rules looked up among the shipped books (or carried by
/// the plan).
pub fn report_with_shipped_rules(plan: &Plan, survey: Option<&Survey>) -> Report {
    report(plan, shipped_books().resolve(&plan.rules), survey)
}
