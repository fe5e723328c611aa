//! Plain data: what a curriculum plan is made of. Serde only, no GUI.
//!
//! The types here are also the current (latest) version of the file format; older
//! versions live in `io::versions` and migrate forward into these.

mod calendar;
mod document;
pub mod edit;
mod elective_group;
mod finding;
pub mod history;
mod ids;
mod industry;
mod language;
mod library;
mod module;
mod names;
mod placement;
mod plan;
mod rule_book;
mod rule_books;
mod rules_profile;
mod schedule_checks;
mod skill;
mod survey;
pub mod validate;

pub use calendar::{Calendar, PhaseLength, TermSystem, WeekCalendar, WeekKind};
pub use document::{
    Assessment, CoverDetails, Guarantees, Occupation, ProgrammeDocument, Specification,
    Specifications, TrainingDetails,
};
pub use elective_group::{Choice, ElectiveGroup};
pub use ids::{GroupId, IndustryId, ModuleId, SkillId};
pub use industry::Industry;
pub use language::Language;
pub use library::Library;
pub use module::{Category, Delivery, Level, Module, Partner, SkillLevel};
pub use names::Names;
pub use placement::{Placement, PlacementTime};
pub use plan::{Plan, ProgrammeKind, Term};
pub use rule_book::{
    CourseMatch, HoursCounted, Requirement, Rule, RuleBook, RuleKind, Selector, Source,
};
pub use rule_books::{BookOrigin, FoundBook, RuleBooks};
pub use rules_profile::{
    HIGHER_VOCATIONAL_BOOK, NO_RULES_BOOK, RulesProfile, SHORT_COURSE_BOOK, UNDERGRADUATE_BOOK,
};
pub use skill::Skill;
pub use survey::{ContextRow, ContextTable, SkillDemand, Survey, SurveyDocument};
