//! Changes to a plan as values. Views emit `Edit`s; `apply` is the one place that changes a
//! plan, and it returns the edit that undoes the change, so undo/redo and the dirty flag
//! come for free (ARCHITECTURE.md, "Invariants").

use thiserror::Error;

use super::{
    Calendar, ElectiveGroup, Industry, IndustryId, Level, Module, ModuleId, Names, Placement,
    PlacementTime, Plan, ProgrammeDocument, ProgrammeKind, RulesProfile, Skill, SkillId,
    SkillLevel, Survey, Term, TermSystem,
};

/// A plan's own fields, edited together in the inspector when no module is selected.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanDetails {
    pub title: Names,
    pub institution: Names,
    pub kind: ProgrammeKind,
    pub term_system: TermSystem,
    pub rules: RulesProfile,
    pub target_industries: Vec<IndustryId>,
}

impl PlanDetails {
    pub fn of(plan: &Plan) -> Self {
        Self {
            title: plan.title.clone(),
            institution: plan.institution.clone(),
            kind: plan.kind,
            term_system: plan.term_system,
            rules: plan.rules.clone(),
            target_industries: plan.target_industries.clone(),
        }
    }

    fn replace_in(self, plan: &mut Plan) -> Self {
        let previous = Self::of(plan);
        plan.title = self.title;
        plan.institution = self.institution;
        plan.kind = self.kind;
        plan.term_system = self.term_system;
        plan.rules = self.rules;
        plan.target_industries = self.target_industries;
        previous
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Place a module (defined in the plan) in a term at a position, with its time; a module
    /// may be placed in several terms, once in each.
    Schedule {
        placement: Placement,
        term: usize,
        index: usize,
    },
    /// Take a module out of one term, or (`None`) out of every term it is placed in; it stays
    /// defined in the plan's pool.
    Unschedule {
        module: ModuleId,
        term: Option<usize>,
    },
    /// Move a module's placement in term `from` to another term or position (drag and drop,
    /// reorder); its time goes with it.
    Move {
        module: ModuleId,
        from: usize,
        term: usize,
        index: usize,
    },
    /// Put a placement back at its position as it was, even beside another of the same module
    /// (a file may list a module twice in a term; undoing its removal restores the file).
    RestorePlacement {
        placement: Placement,
        term: usize,
        index: usize,
    },
    /// Take out the placement at a position (undoes `RestorePlacement`).
    RemovePlacement {
        term: usize,
        index: usize,
    },
    /// Set how a placement's hours are laid out (weekly hours × weeks, block weeks, hours).
    SetPlacementTime {
        module: ModuleId,
        term: usize,
        time: PlacementTime,
    },
    /// Set or clear (`None`) the level a module brings a skill to (the matrix).
    SetLevel {
        module: ModuleId,
        skill: SkillId,
        level: Option<Level>,
    },
    /// Put a skill level back at its place in a module's list (undoes clearing a level).
    RestoreLevel {
        module: ModuleId,
        index: usize,
        level: SkillLevel,
    },
    /// Add a module definition to the plan's pool, or replace the one with the same id.
    PutModule(Box<Module>),
    /// Remove a module definition (and any placement of it).
    DeleteModule {
        module: ModuleId,
    },
    /// Insert a module definition at a position of the pool (undoes `DeleteModule`).
    RestoreModule {
        index: usize,
        module: Box<Module>,
    },
    /// Insert a term at a position.
    InsertTerm {
        index: usize,
        term: Term,
    },
    /// Remove a term and everything placed in it.
    RemoveTerm {
        index: usize,
    },
    RenameTerm {
        index: usize,
        name: Names,
    },
    /// Replace the plan's own fields (title, institution, kind, rules…).
    SetDetails(Box<PlanDetails>),
    /// Replace the programme document's text (the 人才培养方案 view).
    SetDocument(Box<ProgrammeDocument>),
    /// Set a term's calendar (weeks by kind, or a phase's length).
    SetCalendar {
        index: usize,
        calendar: Calendar,
    },
    /// Replace the plan's elective groups.
    SetElectiveGroups(Vec<ElectiveGroup>),
    /// Add an industry definition (a library module brings the industries it serves), or
    /// replace the one with the same id.
    PutIndustry(Box<Industry>),
    /// Remove the industry definition added last under this id (undoes `PutIndustry`).
    RemoveIndustry {
        industry: IndustryId,
    },
    /// Put an industry definition back at its place (undoes `RemoveIndustry`).
    RestoreIndustry {
        index: usize,
        industry: Box<Industry>,
    },
    /// Add a skill definition, or replace the one with the same id.
    PutSkill(Box<Skill>),
    /// Remove a skill definition (undoes `PutSkill`).
    RemoveSkill {
        skill: SkillId,
    },
    /// Put a skill definition back at its place (undoes `RemoveSkill`).
    RestoreSkill {
        index: usize,
        skill: Box<Skill>,
    },
    /// Replace (or remove) the survey the plan is judged against.
    SetSurvey(Option<Box<Survey>>),
    /// Several edits as one undo step (the inverse of a compound change).
    Batch(Vec<Edit>),
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("no module \"{0}\" in the plan")]
    UnknownModule(ModuleId),
    #[error("module \"{module}\" is already in term {}", .term + 1)]
    AlreadyScheduled { module: ModuleId, term: usize },
    #[error("module \"{0}\" is in no term")]
    NotScheduled(ModuleId),
    #[error("module \"{module}\" is not in term {}", .term + 1)]
    NotInTerm { module: ModuleId, term: usize },
    #[error("term {} has no placement {}", .term + 1, .index + 1)]
    NoSuchPlacement { term: usize, index: usize },
    #[error("there is no term {}", .0 + 1)]
    NoSuchTerm(usize),
    #[error("module \"{0}\" is already defined")]
    DuplicateModule(ModuleId),
    #[error("no industry \"{0}\" in the plan")]
    UnknownIndustry(IndustryId),
    #[error("no skill \"{0}\" in the plan")]
    UnknownSkill(SkillId),
    #[error("module \"{0}\" already has a level for skill \"{1}\"")]
    LevelAlreadySet(ModuleId, SkillId),
}

/// Where `module` stands in term `term`.
fn position_in(plan: &Plan, module: &ModuleId, term: usize) -> Result<usize, EditError> {
    let entry = plan.terms.get(term).ok_or(EditError::NoSuchTerm(term))?;
    entry
        .position_of(module)
        .ok_or_else(|| EditError::NotInTerm {
            module: module.clone(),
            term,
        })
}

/// Takes every placement of `module` out of `terms` (every copy, should a file list it twice);
/// returns the edits that put them back, in the order that restores each position.
fn unschedule_from(plan: &mut Plan, module: &ModuleId, terms: Option<usize>) -> Vec<Edit> {
    let mut removed = Vec::new();
    for (term, entry) in plan.terms.iter_mut().enumerate() {
        if terms.is_some_and(|only| only != term) {
            continue;
        }
        // From the last copy back, so that each recorded position is the one it had.
        let mut index = entry.modules.len();
        while index > 0 {
            index -= 1;
            if &entry.modules[index].module == module {
                removed.push(Edit::RestorePlacement {
                    placement: entry.modules.remove(index),
                    term,
                    index,
                });
            }
        }
    }
    removed.reverse();
    removed
}

/// Takes every placement of `module` out of its terms; returns the edits that put them back.
fn unschedule_everywhere(plan: &mut Plan, module: &ModuleId) -> Vec<Edit> {
    unschedule_from(plan, module, None)
}

fn definition_mut<'plan>(
    plan: &'plan mut Plan,
    module: &ModuleId,
) -> Result<&'plan mut Module, EditError> {
    plan.modules
        .iter_mut()
        .find(|candidate| &candidate.id == module)
        .ok_or_else(|| EditError::UnknownModule(module.clone()))
}

/// Applies an edit; on success returns the edit that undoes it. On error the plan is unchanged.
pub fn apply(plan: &mut Plan, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::Schedule {
            placement,
            term,
            index,
        } => {
            let module = placement.module.clone();
            if plan.module(&module).is_none() {
                return Err(EditError::UnknownModule(module));
            }
            let entry = plan
                .terms
                .get_mut(term)
                .ok_or(EditError::NoSuchTerm(term))?;
            if entry.holds(&module) {
                return Err(EditError::AlreadyScheduled { module, term });
            }
            entry
                .modules
                .insert(index.min(entry.modules.len()), placement);
            Ok(Edit::Unschedule {
                module,
                term: Some(term),
            })
        }
        Edit::Unschedule { module, term } => {
            if let Some(term) = term {
                position_in(plan, &module, term)?;
            }
            let undo = unschedule_from(plan, &module, term);
            if undo.is_empty() {
                return Err(EditError::NotScheduled(module));
            }
            Ok(Edit::Batch(undo))
        }
        Edit::RestorePlacement {
            placement,
            term,
            index,
        } => {
            let entry = plan
                .terms
                .get_mut(term)
                .ok_or(EditError::NoSuchTerm(term))?;
            let index = index.min(entry.modules.len());
            entry.modules.insert(index, placement);
            Ok(Edit::RemovePlacement { term, index })
        }
        Edit::RemovePlacement { term, index } => {
            let entry = plan
                .terms
                .get_mut(term)
                .ok_or(EditError::NoSuchTerm(term))?;
            if index >= entry.modules.len() {
                return Err(EditError::NoSuchPlacement { term, index });
            }
            let placement = entry.modules.remove(index);
            Ok(Edit::RestorePlacement {
                placement,
                term,
                index,
            })
        }
        Edit::Move {
            module,
            from,
            term,
            index,
        } => {
            let from_index = position_in(plan, &module, from)?;
            if term >= plan.terms.len() {
                return Err(EditError::NoSuchTerm(term));
            }
            if term != from && plan.terms[term].holds(&module) {
                return Err(EditError::AlreadyScheduled { module, term });
            }
            let placement = plan.terms[from].modules.remove(from_index);
            let entry = &mut plan.terms[term].modules;
            entry.insert(index.min(entry.len()), placement);
            Ok(Edit::Move {
                module,
                from: term,
                term: from,
                index: from_index,
            })
        }
        Edit::SetPlacementTime { module, term, time } => {
            let index = position_in(plan, &module, term)?;
            let previous = std::mem::replace(&mut plan.terms[term].modules[index].time, time);
            Ok(Edit::SetPlacementTime {
                module,
                term,
                time: previous,
            })
        }
        Edit::SetLevel {
            module,
            skill,
            level,
        } => {
            let definition = definition_mut(plan, &module)?;
            let at = definition
                .skills
                .iter()
                .position(|entry| entry.skill == skill);
            let previous = at.map(|at| definition.skills[at].level);
            match (at, level) {
                (Some(at), Some(level)) => definition.skills[at].level = level,
                (Some(at), None) => {
                    // Undo puts the entry back where it was, so the file diff stays empty.
                    let removed = definition.skills.remove(at);
                    return Ok(Edit::RestoreLevel {
                        module,
                        index: at,
                        level: removed,
                    });
                }
                (None, Some(level)) => definition.skills.push(SkillLevel {
                    skill: skill.clone(),
                    level,
                }),
                (None, None) => {}
            }
            Ok(Edit::SetLevel {
                module,
                skill,
                level: previous,
            })
        }
        Edit::RestoreLevel {
            module,
            index,
            level,
        } => {
            let definition = definition_mut(plan, &module)?;
            if definition
                .skills
                .iter()
                .any(|entry| entry.skill == level.skill)
            {
                return Err(EditError::LevelAlreadySet(module, level.skill));
            }
            let skill = level.skill.clone();
            definition
                .skills
                .insert(index.min(definition.skills.len()), level);
            Ok(Edit::SetLevel {
                module,
                skill,
                level: None,
            })
        }
        Edit::PutModule(module) => {
            match plan
                .modules
                .iter()
                .position(|candidate| candidate.id == module.id)
            {
                Some(at) => {
                    let previous = std::mem::replace(&mut plan.modules[at], *module);
                    Ok(Edit::PutModule(Box::new(previous)))
                }
                None => {
                    let id = module.id.clone();
                    plan.modules.push(*module);
                    Ok(Edit::DeleteModule { module: id })
                }
            }
        }
        Edit::DeleteModule { module } => {
            let at = plan
                .modules
                .iter()
                .position(|candidate| candidate.id == module)
                .ok_or_else(|| EditError::UnknownModule(module.clone()))?;
            let placements = unschedule_everywhere(plan, &module);
            let definition = plan.modules.remove(at);
            let mut undo = vec![Edit::RestoreModule {
                index: at,
                module: Box::new(definition),
            }];
            undo.extend(placements);
            // A deleted module is no longer offered by its group.
            if plan.group_of(&module).is_some() {
                let previous = plan.elective_groups.clone();
                for group in &mut plan.elective_groups {
                    group.modules.retain(|offered| offered != &module);
                }
                undo.push(Edit::SetElectiveGroups(previous));
            }
            Ok(Edit::Batch(undo))
        }
        Edit::RestoreModule { index, module } => {
            let id = module.id.clone();
            if plan.module(&id).is_some() {
                return Err(EditError::DuplicateModule(id));
            }
            plan.modules.insert(index.min(plan.modules.len()), *module);
            Ok(Edit::DeleteModule { module: id })
        }
        Edit::InsertTerm { index, term } => {
            let index = index.min(plan.terms.len());
            plan.terms.insert(index, term);
            Ok(Edit::RemoveTerm { index })
        }
        Edit::RemoveTerm { index } => {
            if index >= plan.terms.len() {
                return Err(EditError::NoSuchTerm(index));
            }
            let term = plan.terms.remove(index);
            Ok(Edit::InsertTerm { index, term })
        }
        Edit::RenameTerm { index, name } => {
            let entry = plan
                .terms
                .get_mut(index)
                .ok_or(EditError::NoSuchTerm(index))?;
            let previous = std::mem::replace(&mut entry.name, name);
            Ok(Edit::RenameTerm {
                index,
                name: previous,
            })
        }
        Edit::SetDetails(details) => Ok(Edit::SetDetails(Box::new(details.replace_in(plan)))),
        Edit::SetDocument(document) => Ok(Edit::SetDocument(Box::new(std::mem::replace(
            &mut plan.document,
            *document,
        )))),
        Edit::SetCalendar { index, calendar } => {
            let entry = plan
                .terms
                .get_mut(index)
                .ok_or(EditError::NoSuchTerm(index))?;
            let previous = std::mem::replace(&mut entry.calendar, calendar);
            Ok(Edit::SetCalendar {
                index,
                calendar: previous,
            })
        }
        Edit::SetElectiveGroups(groups) => Ok(Edit::SetElectiveGroups(std::mem::replace(
            &mut plan.elective_groups,
            groups,
        ))),
        Edit::PutIndustry(industry) => {
            match plan
                .industries
                .iter_mut()
                .find(|known| known.id == industry.id)
            {
                Some(known) => Ok(Edit::PutIndustry(Box::new(std::mem::replace(
                    known, *industry,
                )))),
                None => {
                    let id = industry.id.clone();
                    plan.industries.push(*industry);
                    Ok(Edit::RemoveIndustry { industry: id })
                }
            }
        }
        Edit::RemoveIndustry { industry } => {
            let at = plan
                .industries
                .iter()
                .rposition(|known| known.id == industry)
                .ok_or(EditError::UnknownIndustry(industry))?;
            Ok(Edit::RestoreIndustry {
                index: at,
                industry: Box::new(plan.industries.remove(at)),
            })
        }
        Edit::RestoreIndustry { index, industry } => {
            let id = industry.id.clone();
            plan.industries
                .insert(index.min(plan.industries.len()), *industry);
            Ok(Edit::RemoveIndustry { industry: id })
        }
        Edit::PutSkill(skill) => match plan.skills.iter_mut().find(|known| known.id == skill.id) {
            Some(known) => Ok(Edit::PutSkill(Box::new(std::mem::replace(known, *skill)))),
            None => {
                let id = skill.id.clone();
                plan.skills.push(*skill);
                Ok(Edit::RemoveSkill { skill: id })
            }
        },
        Edit::RemoveSkill { skill } => {
            let at = plan
                .skills
                .iter()
                .rposition(|known| known.id == skill)
                .ok_or(EditError::UnknownSkill(skill))?;
            Ok(Edit::RestoreSkill {
                index: at,
                skill: Box::new(plan.skills.remove(at)),
            })
        }
        Edit::RestoreSkill { index, skill } => {
            let id = skill.id.clone();
            plan.skills.insert(index.min(plan.skills.len()), *skill);
            Ok(Edit::RemoveSkill { skill: id })
        }
        Edit::SetSurvey(survey) => {
            let previous = std::mem::replace(&mut plan.survey, survey.map(|survey| *survey));
            Ok(Edit::SetSurvey(previous.map(Box::new)))
        }
        Edit::Batch(edits) => {
            let mut undo = Vec::with_capacity(edits.len());
            for edit in edits {
                match apply(plan, edit) {
                    Ok(inverse) => undo.push(inverse),
                    Err(error) => {
                        // Roll back what this batch already did, so the plan is unchanged.
                        for inverse in undo.into_iter().rev() {
                            let _ = apply(plan, inverse);
                        }
                        return Err(error);
                    }
                }
            }
            undo.reverse();
            Ok(Edit::Batch(undo))
        }
    }
}
