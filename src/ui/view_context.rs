//! What every view reads: the plan and its state, the bundled library, the language, the
//! selection, the analysis of the plan's current state and the plans compared with it.
//! One context for all views, so a new view needs no new plumbing.

use crate::analysis::Report;
use crate::catalogue::Language;
use crate::editor::ComparedPlans;
use crate::model::validate::Finding;
use crate::model::{Library, Plan};
use crate::ui::selection::Selection;

pub struct ViewContext<'a> {
    pub plan: &'a Plan,
    /// `History::state` of the plan, for what views work out once per change.
    pub plan_state: u64,
    pub library: &'a Library,
    pub language: Language,
    pub selection: &'a Selection,
    /// The report and findings of the plan's current state (worked out once per change).
    pub report: &'a Report,
    pub findings: &'a [Finding],
    /// The alignment score before the last change, if there was one.
    pub previous_score: Option<f64>,
    pub compared: &'a ComparedPlans,
    /// The rule books the plan may name (beside it, the user's, the app's own).
    pub rule_books: &'a crate::model::RuleBooks,
    /// What the last export or print did, for the status bar.
    pub notice: Option<&'a str>,
}

impl ViewContext<'_> {
    /// Whether credits mean anything here: a short course counted in hours alone (no module
    /// has credits) shows hours only, not "0 学分" on every card.
    pub fn shows_credits(&self) -> bool {
        self.plan.kind != crate::model::ProgrammeKind::ShortCourse
            || self.report.totals.credits > 0.0
    }

    /// "3 学分 · 48 学时", or "48 学时" where credits mean nothing.
    pub fn size_text(&self, credits: f64, hours: u32) -> String {
        let hours = self
            .language
            .fill(crate::catalogue::Text::StatusHours, &[&hours]);
        if self.shows_credits() {
            format!(
                "{} · {hours}",
                crate::catalogue::words::credits(self.language, credits)
            )
        } else {
            hours
        }
    }

    /// A skill's name in the window's language; its id when the plan does not define it.
    pub fn skill_name<'s>(&'s self, id: &'s crate::model::SkillId) -> &'s str {
        self.plan
            .skills
            .iter()
            .find(|skill| &skill.id == id)
            .map_or(id.as_str(), |skill| skill.name.in_language(self.language))
    }
}
