//! Pure functions over the model: how well a plan matches a survey, the rules and sound
//! structure, and how plans compare. No GUI, no files.

mod alignment;
mod alignment_range;
mod choice;
mod compare;
mod effort_move;
mod industries;
mod interner;
mod module_id_table;
mod placement_hours;
mod profile;
mod rows;
mod rule_remedies;
mod rules;
mod scope;
mod sensitivity;
mod structure;
pub mod suggestion;
mod totals;

pub use alignment::{
    Alignment, GAP_WORTH_NAMING, NoAlignment, ProgressionIssue, SkillAlignment, alignment,
    profile_alignment,
};
pub use choice::{GroupChoice, group_choices};
pub use effort_move::EffortMove;
pub use industries::{IndustryCoverage, IndustryHours, industry_coverage};
pub use rule_remedies::check_rules;
pub use rules::{
    Measure, RemedyChange, RuleCheck, RuleFigures, RuleRemedy, WEEKS_PER_MONTH, course_matches,
    measure_of,
};
pub use scope::modules_in_scope;
pub use structure::{
    CreditBalance, MAX_STRUCTURE_STEPS, ModuleStructure, Structure, StructureError, structure,
    term_structure,
};
pub use totals::{PathTotals, TermTotals, Totals, totals};

mod report;
pub use compare::{Better, ComparedFigure, Comparison, PlanDifference, compare, difference};
pub use report::{BookName, Report, report};
pub use sensitivity::{
    BOOTSTRAP_DRAWS, BOOTSTRAP_SEED, Interval, SurveyResampler, wilson_interval,
};
