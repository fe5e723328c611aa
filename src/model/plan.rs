use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{
    Calendar, ElectiveGroup, Industry, IndustryId, Module, ModuleId, Names, PhaseLength, Placement,
    PlacementTime, ProgrammeDocument, RulesProfile, Skill, Survey, TermSystem, WeekCalendar,
};

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
    /// 选修课组: what a student chooses from (format version 3). Modules in no group are
    /// required.
    #[serde(default)]
    pub elective_groups: Vec<ElectiveGroup>,
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
        self.terms
            .iter()
            .enumerate()
            .find_map(|(term, entry)| entry.position_of(id).map(|index| (term, index)))
    }

    /// Every placement of a module, as (term, position in the term), in term order.
    pub fn placements_of(&self, id: &ModuleId) -> Vec<(usize, usize)> {
        self.terms
            .iter()
            .enumerate()
            .filter_map(|(term, entry)| entry.position_of(id).map(|index| (term, index)))
            .collect()
    }

    /// Index of the first term that holds a module.
    pub fn term_of(&self, id: &ModuleId) -> Option<usize> {
        self.terms.iter().position(|term| term.holds(id))
    }

    /// The modules placed in terms, in term order, each once (at its first placement),
    /// skipping ids that name no module.
    pub fn scheduled_modules(&self) -> Vec<(usize, &Module)> {
        let index = self.module_index();
        let mut seen = std::collections::HashSet::new();
        let mut scheduled = Vec::new();
        for (term, entry) in self.terms.iter().enumerate() {
            for id in entry.module_ids() {
                if let Some(module) = index.get(id)
                    && seen.insert(id)
                {
                    scheduled.push((term, *module));
                }
            }
        }
        scheduled
    }

    /// The elective group that offers a module; `None` for a required module.
    pub fn group_of(&self, id: &ModuleId) -> Option<&ElectiveGroup> {
        self.elective_groups.iter().find(|group| group.offers(id))
    }

    /// How a module is placed in term `term` unless someone says otherwise: its hours in a
    /// short course's phase, whole weekly hours over the term's teaching weeks otherwise.
    pub fn usual_placement(&self, module: &Module, term: usize) -> Placement {
        let teaching = self.terms.get(term).and_then(Term::teaching_weeks);
        let time = match teaching {
            Some(weeks) => PlacementTime::fitting(module.hours(), weeks),
            None => PlacementTime::Hours(module.hours()),
        };
        Placement {
            module: module.id.clone(),
            time,
        }
    }

    /// How a module already placed elsewhere is placed in term `term` too: the hours its
    /// placements do not state yet, as whole weekly hours; when they state them all, the same
    /// time as its last placement (its hours then need sharing out, which `check` points at).
    pub fn another_placement(&self, module: &Module, term: usize) -> Placement {
        let placements = self.placements_of(&module.id);
        if placements.is_empty() {
            return self.usual_placement(module, term);
        }
        let stated = placements
            .iter()
            .filter_map(|&(at, index)| self.terms[at].modules[index].time.stated_hours())
            .fold(0u32, u32::saturating_add);
        let left = module.hours().saturating_sub(stated);
        let teaching = self.terms.get(term).and_then(Term::teaching_weeks);
        let time = match (left, teaching, placements.last()) {
            (0, _, Some(&(at, index))) => self.terms[at].modules[index].time,
            (left, Some(weeks), _) => PlacementTime::fitting(left, weeks),
            (left, None, _) => PlacementTime::Hours(left),
        };
        Placement {
            module: module.id.clone(),
            time,
        }
    }

    /// The usual calendar for a new term at `index` of this plan: weeks for a programme, the
    /// previous phase's length for a short course.
    pub fn usual_calendar(&self, index: usize) -> Calendar {
        if self.kind == ProgrammeKind::ShortCourse {
            let previous = index
                .checked_sub(1)
                .and_then(|previous| self.terms.get(previous))
                .or_else(|| self.terms.last());
            let phase = previous
                .and_then(|term| term.calendar.phase().cloned())
                .map(|phase| PhaseLength {
                    dates: None,
                    ..phase
                })
                .unwrap_or(PhaseLength {
                    days: 1,
                    hours: 8,
                    dates: None,
                });
            Calendar::Phase(phase)
        } else {
            Calendar::Weeks(WeekCalendar::usual(self.term_system, index))
        }
    }
}

/// One term (semester, or a short course's phase) of a plan: its calendar and the modules
/// placed in it, in order, each with its weekly hours × weeks, block weeks or hours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub name: Names,
    #[serde(default)]
    pub calendar: Calendar,
    pub modules: Vec<Placement>,
}

impl Term {
    /// An empty term with the given calendar.
    pub fn new(name: Names, calendar: Calendar) -> Self {
        Self {
            name,
            calendar,
            modules: Vec::new(),
        }
    }

    /// The ids of the modules placed here, in order.
    pub fn module_ids(&self) -> impl Iterator<Item = &ModuleId> {
        self.modules.iter().map(|placement| &placement.module)
    }

    pub fn holds(&self, module: &ModuleId) -> bool {
        self.modules
            .iter()
            .any(|placement| &placement.module == module)
    }

    /// The position of a module among this term's placements.
    pub fn position_of(&self, module: &ModuleId) -> Option<usize> {
        self.modules
            .iter()
            .position(|placement| &placement.module == module)
    }

    pub fn placement_of(&self, module: &ModuleId) -> Option<&Placement> {
        self.modules
            .iter()
            .find(|placement| &placement.module == module)
    }

    /// Teaching weeks of a term counted in weeks; `None` for a short course's phase.
    pub fn teaching_weeks(&self) -> Option<u32> {
        self.calendar.teaching_weeks()
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
