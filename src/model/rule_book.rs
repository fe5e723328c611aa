//! Rule books: the rules a plan is checked against, as a document a college can read, copy and
//! extend. Each rule has a kind from a small vocabulary and names the regulation it comes from.
//!
//! The app ships books in `assets/rules/`; a college copies one, changes it and keeps it
//! beside its plans (`*.rules.ron`) or in the user's folder. A plan names its book by id.

use serde::{Deserialize, Serialize};

use super::{Category, Delivery, GroupId, Names, ProgrammeKind};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleBook {
    /// The file's version; 0 (and left out) for a book a plan carries, which has its plan's.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub format_version: u32,
    /// What plans name it by, e.g. `higher-vocational-3-year`. A book found nearer the plan
    /// (beside it, then in the user's folder) stands in for a shipped one of the same id.
    pub id: String,
    pub name: Names,
    /// What the book is, who keeps it, what it leaves out.
    #[serde(default)]
    pub description: Names,
    /// The kind of programme a new plan gets this book for.
    #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeKind>,
    pub rules: Vec<Rule>,
}

impl RuleBook {
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.id == id)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable within its book, e.g. `total_hours`; JSON reports name rules by it.
    pub id: String,
    /// The rule as its source says it, e.g. 三年制高职总学时一般不少于 2500 学时; empty, the app
    /// names what the rule measures.
    #[serde(default)]
    pub sentence: Names,
    pub check: RuleKind,
    /// Empty for a rule a plan sets itself.
    #[serde(default)]
    pub source: Source,
}

/// Where a rule comes from: 教职成〔2019〕13号, its title, and the article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The document number, e.g. 教职成〔2019〕13号; a college's own rule names its own.
    pub document: String,
    pub title: String,
    /// e.g. 三、（三）; empty when the rule rests on the whole document.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub article: String,
    /// The words the rule rests on, as the source has them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// Where the text can be read.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub address: String,
}

/// The vocabulary of rules. Figures count a student's path (required modules and each
/// elective group's minimum), not everything offered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RuleKind {
    /// 总学时 within limits.
    TotalHours {
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_least: Option<f64>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_most: Option<f64>,
    },
    /// 总学分 within limits.
    TotalCredits {
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_least: Option<f64>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_most: Option<f64>,
    },
    /// Every taught module (not an all-practice one) gives one credit for `from`–`to` hours.
    HoursPerCredit { from: f64, to: f64 },
    /// The hours (or practice hours) of the modules `of` selects, as a share of all hours.
    ShareOfHours {
        #[serde(default)]
        of: Selector,
        #[serde(default)]
        counting: HoursCounted,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_least: Option<f64>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_most: Option<f64>,
    },
    /// How many placed modules `of` selects.
    ModuleCount {
        #[serde(default)]
        of: Selector,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_least: Option<f64>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_most: Option<f64>,
    },
    /// A course every student takes, with at least these hours, credits and block weeks.
    Course {
        course: CourseMatch,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        hours: Option<f64>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        credits: Option<f64>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        weeks: Option<f64>,
    },
    /// A course placed in every term of the plan, with at least `hours_each_term` there.
    EveryTerm {
        course: CourseMatch,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        hours_each_term: Option<f64>,
    },
    /// Months of enterprise internship (岗位实习), counted from its weeks: of the modules
    /// `course` names, or, without it, of every module delivered as an enterprise internship.
    InternshipMonths {
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        course: Option<CourseMatch>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_least: Option<f64>,
        #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
        at_most: Option<f64>,
    },
}

/// Which modules a share or a count is of; every condition given must hold. `Selector()`
/// selects every module.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selector {
    #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
    #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
    pub group: Option<GroupId>,
    #[serde(default, with = "bare", skip_serializing_if = "Option::is_none")]
    pub choice: Option<Requirement>,
}

/// Whether a student must take a module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Requirement {
    /// In no elective group.
    Required,
    /// In an elective group (or, in a plan without groups, a professional elective).
    Elective,
}

/// Which hours a share counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum HoursCounted {
    #[default]
    All,
    Practice,
}

/// A course as rules name it: by any of its codes, by a word in its name (Chinese or
/// English), or by a tag the plan gives its modules. 体育 matches 体育1, 体育2 and 体育3.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseMatch {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
}

/// An optional figure written bare (`at_least: 2500`, not `Some(2500)`), and left out when
/// it is not there: rule books are written by hand.
mod bare {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer, T: Serialize>(
        value: &Option<T>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => value.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        deserializer: D,
    ) -> Result<Option<T>, D::Error> {
        T::deserialize(deserializer).map(Some)
    }
}
