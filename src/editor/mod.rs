//! The editor: what the window edits, without the window. The open plan with its undo
//! history and its analysis cached by state, the plans and library bundled with the app,
//! and builders of compound edits. The window, the command line and tests all use it;
//! nothing here knows egui (ARCHITECTURE.md, "Layers").

mod builders;
mod bundled;
mod close_the_gap;
mod compared_plans;
mod default_names;
mod open_plan;
mod shipped_rules;
mod suggest_plan;
mod survey_import;

pub use builders::{
    add_from_library, add_from_library_renamed, code_taken_by, duplicate_module,
    fits_the_plans_kind, free_id, new_module, new_term, remove_term,
};
pub use bundled::{
    TEMPLATES, blank_plan, blank_plan_of_kind, bundled_library, bundled_survey_source,
    rules_for_kind, template, template_title,
};
pub use close_the_gap::{Change, Suggestion, close_the_gap};
pub use compared_plans::{ComparedPlans, OtherPlan};
pub use default_names::{default_names_left, plan_findings};
pub use open_plan::{Analysis, OpenPlan};
pub use shipped_rules::{report_with_shipped_rules, shipped_books};
pub use suggest_plan::{
    DEFAULT_INDUSTRY_HOURS, GroupFill, PrepareError, Prepared, SuggestRequest, constraint_text,
    prepare, prepare_error_text, suggested_edit, suggested_plan,
};
pub use survey_import::{ImportBlocked, SurveyDetails, SurveyImport, with_known_aliases};
