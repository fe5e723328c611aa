//! Plain data: what a curriculum plan is made of. Serde only, no GUI.
//!
//! The types here are also the current (latest) version of the file format; older
//! versions live in `io::versions` and migrate forward into these.

mod document;
pub mod edit;
pub mod history;
mod ids;
mod industry;
mod language;
mod library;
mod module;
mod names;
mod plan;
mod skill;
mod survey;
pub mod validate;

pub use document::{
    Assessment, Guarantees, Occupation, ProgrammeDocument, Specification, Specifications,
};
pub use ids::{IndustryId, ModuleId, SkillId};
pub use industry::Industry;
pub use language::Language;
pub use library::Library;
pub use module::{Category, Delivery, Level, Module, Partner, SkillLevel};
pub use names::Names;
pub use plan::{Plan, ProgrammeKind, RulesProfile, Term, TermSystem};
pub use skill::Skill;
pub use survey::{ContextRow, ContextTable, SkillDemand, Survey, SurveyDocument};
