//! Which rules a plan is checked against: a rule book by its id, or rules the plan carries.
//!
//! Plans of format versions 1–3 named one of four profiles built into the app; they read as
//! the book that holds the same rules, or, where the plan set its own figures, as a book of
//! its own with just those figures, so that an old plan is checked exactly as before.

use serde::{Deserialize, Serialize};

use super::{Names, Rule, RuleBook, RuleKind, Source};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(from = "RulesField")]
pub enum RulesProfile {
    /// A book found beside the plan, in the user's folder or shipped with the app.
    Book(String),
    /// Rules the plan carries itself (they travel with the file).
    Own(RuleBook),
}

/// The shipped book of the MOE 2019 rules for three-year higher vocational programmes.
pub const HIGHER_VOCATIONAL_BOOK: &str = "higher-vocational-3-year";
pub const UNDERGRADUATE_BOOK: &str = "undergraduate-4-year";
pub const SHORT_COURSE_BOOK: &str = "short-course";
/// The book without rules: curricula imported from other tools.
pub const NO_RULES_BOOK: &str = "no-rules";

impl RulesProfile {
    pub fn book(id: &str) -> Self {
        RulesProfile::Book(id.to_owned())
    }

    /// The id of the book it names or carries.
    pub fn book_id(&self) -> &str {
        match self {
            RulesProfile::Book(id) => id,
            RulesProfile::Own(book) => &book.id,
        }
    }

    /// Rules the plan carries: its total hours within `min`–`max` (what a plan of versions
    /// 1–3 said as `ShortCourse(min_hours, max_hours)`).
    pub fn own_hours(min: u32, max: u32) -> Self {
        own_range(
            "hours",
            RuleKind::TotalHours {
                at_least: Some(f64::from(min)),
                at_most: Some(f64::from(max)),
            },
        )
    }

    /// Rules the plan carries: its total credits within `min`–`max` (versions 1–3:
    /// `Undergraduate(min_credits, max_credits)`).
    pub fn own_credits(min: f64, max: f64) -> Self {
        own_range(
            "credits",
            RuleKind::TotalCredits {
                at_least: Some(min),
                at_most: Some(max),
            },
        )
    }

    /// An imported curriculum, checked against nothing.
    pub fn is_no_rules(&self) -> bool {
        matches!(self, RulesProfile::Book(id) if id == NO_RULES_BOOK)
    }
}

/// What a plan's `rules:` may say, the forms of versions 1–3 included.
#[derive(Deserialize)]
enum RulesField {
    Book(String),
    Own(RuleBook),
    Moe2019HigherVocational,
    Undergraduate { min_credits: f64, max_credits: f64 },
    ShortCourse { min_hours: u32, max_hours: u32 },
    NoRules,
}

impl From<RulesField> for RulesProfile {
    fn from(field: RulesField) -> Self {
        match field {
            RulesField::Book(id) => RulesProfile::Book(id),
            RulesField::Own(book) => RulesProfile::Own(book),
            RulesField::Moe2019HigherVocational => RulesProfile::book(HIGHER_VOCATIONAL_BOOK),
            RulesField::NoRules => RulesProfile::book(NO_RULES_BOOK),
            RulesField::Undergraduate {
                min_credits,
                max_credits,
            } => RulesProfile::own_credits(min_credits, max_credits),
            RulesField::ShortCourse {
                min_hours,
                max_hours,
            } => RulesProfile::own_hours(min_hours, max_hours),
        }
    }
}

/// The one range an older plan set itself, as a book the plan carries. Its name, sentence
/// and source are left empty: the app says them in the reader's language
/// (`catalogue::rule_name`, `rule_source`, `book_name`).
fn own_range(id: &str, check: RuleKind) -> RulesProfile {
    RulesProfile::Own(RuleBook {
        format_version: 0,
        id: format!("plan-{id}"),
        name: Names::default(),
        description: Names::default(),
        programme: None,
        rules: vec![Rule {
            id: id.to_owned(),
            sentence: Names::default(),
            check,
            source: Source::default(),
        }],
    })
}
