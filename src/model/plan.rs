use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{Industry, IndustryId, Module, ModuleId, Names, ProgrammeDocument, Skill, Survey};

/// A training programme: its modules arranged into terms, judged against a survey.
///
/// A plan file is self-contained: it carries the skills, industries, survey and module
/// definitions it uses, so a file mailed to a colleague opens exactly as it was saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The file format's version; always first in a file. Kept apart from the app's version.
    pub format_version: u32,
    pub title: Names,
    pub kind: ProgrammeKind,
    /// Semesters or quarters; quarter systems scale structural complexity by 2/3.
    #[serde(default)]
    pub term_system: TermSystem,
    pub institution: Names,
    pub rules: RulesProfile,
    #[serde(default)]
    pub target_industries: Vec<IndustryId>,
    pub terms: Vec<Term>,
    #[serde(default)]
    pub survey: Option<Survey>,
    #[serde(default)]
    pub skills: Vec<Skill>,
    #[serde(default)]
    pub industries: Vec<Industry>,
    /// Every module this plan defines, placed in a term or not (a plan's own pool).
    #[serde(default)]
    pub modules: Vec<Module>,
    /// The printed programme document's own text (format version 2).
    #[serde(default)]
    pub document: ProgrammeDocument,
}

impl Plan {
    pub fn module(&self, id: &ModuleId) -> Option<&Module> {
        self.modules.iter().find(|module| &module.id == id)
    }

    /// Modules by id, for lookups in loops over large plans (`module` is a linear search).
    pub fn module_index(&self) -> HashMap<&ModuleId, &Module> {
        self.modules
            .iter()
            .map(|module| (&module.id, module))
            .collect()
    }

    /// Where a module is placed: (term, position in the term), the first placement if several.
    pub fn placement(&self, id: &ModuleId) -> Option<(usize, usize)> {
        self.terms.iter().enumerate().find_map(|(term, entry)| {
            entry
                .modules
                .iter()
                .position(|placed| placed == id)
                .map(|index| (term, index))
        })
    }

    /// Index of the first term that holds a module.
    pub fn term_of(&self, id: &ModuleId) -> Option<usize> {
        self.terms.iter().position(|term| term.modules.contains(id))
    }

    /// The modules placed in terms, in term order, skipping ids that name no module.
    pub fn scheduled_modules(&self) -> Vec<(usize, &Module)> {
        let index = self.module_index();
        let mut scheduled = Vec::new();
        for (term, entry) in self.terms.iter().enumerate() {
            for id in &entry.modules {
                if let Some(module) = index.get(id) {
                    scheduled.push((term, *module));
                }
            }
        }
        scheduled
    }
}

/// One term (semester) of a plan: an ordered list of module ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub name: Names,
    pub modules: Vec<ModuleId>,
    /// 教学周数: the weeks of teaching that the schedule divides each module's hours by.
    #[serde(default = "Term::usual_teaching_weeks")]
    pub teaching_weeks: u32,
}

impl Term {
    /// A Chinese semester has 20 weeks, of which 18 are taught (the rest are exams and
    /// holidays); plans state their own when they differ.
    pub const USUAL_TEACHING_WEEKS: u32 = 18;

    fn usual_teaching_weeks() -> u32 {
        Self::USUAL_TEACHING_WEEKS
    }

    /// An empty term with the usual number of teaching weeks.
    pub fn new(name: Names) -> Self {
        Self {
            name,
            modules: Vec::new(),
            teaching_weeks: Self::USUAL_TEACHING_WEEKS,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProgrammeKind {
    /// 三年制高职
    HigherVocational3Year,
    /// 四年制本科
    Undergraduate4Year,
    /// Short course for enterprise staff, cooperatives or certificate training.
    ShortCourse,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TermSystem {
    #[default]
    Semester,
    Quarter,
}

/// The rules a plan must meet; each profile's figures are checked by the analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum RulesProfile {
    /// 教职成〔2019〕13号 for three-year higher vocational programmes.
    Moe2019HigherVocational,
    Undergraduate {
        min_credits: f64,
        max_credits: f64,
    },
    /// Counted in hours only.
    ShortCourse {
        min_hours: u32,
        max_hours: u32,
    },
    /// No rules to check, e.g. a curriculum imported from another tool.
    NoRules,
}

impl RulesProfile {
    /// Class hours that one credit stands for in taught modules (16–18 in Chinese plan documents).
    pub fn hours_per_credit(&self) -> (f64, f64) {
        (16.0, 18.0)
    }

    /// All-practice modules are counted either per hour (16–18) or, for internships and
    /// training weeks, one credit per week of 20–30 hours; both are accepted.
    pub fn practice_hours_per_credit(&self) -> (f64, f64) {
        (16.0, 30.0)
    }
}
