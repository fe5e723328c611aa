//! A suggestion as one edit of the plan: modules out, moved and in, in one undo step.

use crate::analysis::suggestion::Suggested;
use crate::editor::add_from_library;
use crate::model::edit::{Edit, EditError, apply};
use crate::model::{ElectiveGroup, Names, Placement, PlacementTime, Plan};

use super::Prepared;
use super::placing::{every_term_time, new_block_weeks};

/// The edit that turns `plan` into the suggestion: a module left out is taken out of its
/// terms (it stays defined in the plan), a module in another term is moved there with its
/// time, a library module is added with its skills and industries, and each group to fill
/// offers what the suggestion chose for it. Kept modules are not touched.
pub fn suggested_edit(
    plan: &Plan,
    prepared: &Prepared,
    suggested: &Suggested,
) -> Result<Edit, EditError> {
    let mut working = plan.clone();
    let mut edits = Vec::new();
    let mut push = |working: &mut Plan, edit: Edit| -> Result<(), EditError> {
        apply(working, edit.clone())?;
        edits.push(edit);
        Ok(())
    };
    // Over fixed terms: in every term, or a long block across the last terms.
    let spread = |position: usize| {
        prepared
            .problem
            .candidates
            .get(position)
            .is_some_and(|candidate| candidate.spread.is_some())
    };
    let entries = prepared
        .pool
        .modules
        .iter()
        .zip(&suggested.terms)
        .zip(&prepared.kept)
        .enumerate();
    for (position, ((module, term), &kept)) in entries.clone() {
        let placed = plan.placements_of(&module.id);
        // A module over fixed terms is placed afresh in each below.
        if spread(position) {
            if !placed.is_empty() {
                let edit = Edit::Unschedule {
                    module: module.id.clone(),
                    term: None,
                };
                push(&mut working, edit)?;
            }
            continue;
        }
        if let (false, Some(term), [(from, _)]) = (kept, *term, placed.as_slice())
            && *from != term
        {
            // Moved with its time (weekly hours, block weeks) as the plan lays it out.
            let end = working
                .terms
                .get(term)
                .map_or(0, |entry| entry.modules.len());
            let edit = Edit::Move {
                module: module.id.clone(),
                from: *from,
                term,
                index: end,
            };
            push(&mut working, edit)?;
            continue;
        }
        let in_place = matches!((term, placed.as_slice()), (Some(term), [(at, _)]) if at == term);
        if !kept && !placed.is_empty() && !in_place {
            push(
                &mut working,
                Edit::Unschedule {
                    module: module.id.clone(),
                    term: None,
                },
            )?;
        }
    }
    for (position, ((module, term), &kept)) in entries {
        let Some(term) = *term else { continue };
        if spread(position) {
            let span = prepared.spans.get(position).and_then(Option::as_ref);
            let times: Vec<(usize, PlacementTime)> = match span {
                Some(weeks) => weeks
                    .iter()
                    .enumerate()
                    .filter(|(_, weeks)| **weeks > 0)
                    .map(|(term, &weeks)| (term, PlacementTime::Block { weeks }))
                    .collect(),
                None => (0..plan.terms.len())
                    .map(|term| (term, every_term_time(plan, module, term)))
                    .collect(),
            };
            let first = times.first().map_or(0, |(term, _)| *term);
            for (term, time) in times {
                let end = working
                    .terms
                    .get(term)
                    .map_or(0, |entry| entry.modules.len());
                let edit = if term == first {
                    add_from_library(&working, &prepared.pool, &module.id, term, end)
                        .ok_or_else(|| EditError::UnknownModule(module.id.clone()))?
                } else {
                    Edit::Schedule {
                        placement: Placement {
                            module: module.id.clone(),
                            time,
                        },
                        term,
                        index: end,
                    }
                };
                push(&mut working, edit)?;
                if term == first {
                    let edit = Edit::SetPlacementTime {
                        module: module.id.clone(),
                        term,
                        time,
                    };
                    push(&mut working, edit)?;
                }
            }
            continue;
        }
        if kept
            || working
                .placements_of(&module.id)
                .iter()
                .any(|&(at, _)| at == term)
        {
            continue;
        }
        let end = working
            .terms
            .get(term)
            .map_or(0, |entry| entry.modules.len());
        let Some(edit) = add_from_library(&working, &prepared.pool, &module.id, term, end) else {
            return Err(EditError::UnknownModule(module.id.clone()));
        };
        push(&mut working, edit)?;
        if plan.term_of(&module.id).is_none()
            && let Some(weeks) = new_block_weeks(plan, module)
        {
            let edit = Edit::SetPlacementTime {
                module: module.id.clone(),
                term,
                time: PlacementTime::Block { weeks },
            };
            push(&mut working, edit)?;
        }
    }
    let groups = filled_groups(&working, prepared, suggested);
    if groups != working.elective_groups {
        push(&mut working, Edit::SetElectiveGroups(groups))?;
    }
    Ok(Edit::Batch(edits))
}

/// The plan's groups with each group to fill offering the modules the suggestion put in it
/// (after those kept there), its least credits and count as asked; a group the plan lacks is
/// added at the end.
fn filled_groups(plan: &Plan, prepared: &Prepared, suggested: &Suggested) -> Vec<ElectiveGroup> {
    let mut groups = plan.elective_groups.clone();
    for (index, fill) in prepared.fills.iter().enumerate() {
        let chosen = prepared
            .pool
            .modules
            .iter()
            .zip(&suggested.terms)
            .zip(&suggested.groups)
            .filter(|((_, term), group)| term.is_some() && **group == Some(index))
            .map(|((module, _), _)| module.id.clone());
        let position = match groups.iter().position(|group| group.id == fill.group) {
            Some(position) => position,
            None => {
                groups.push(ElectiveGroup {
                    id: fill.group.clone(),
                    name: Names::new(fill.group.as_str(), fill.group.as_str()),
                    ..ElectiveGroup::default()
                });
                groups.len() - 1
            }
        };
        let group = &mut groups[position];
        let kept: Vec<_> = group
            .modules
            .iter()
            .filter(|id| {
                prepared
                    .pool
                    .modules
                    .iter()
                    .zip(&prepared.kept)
                    .any(|(module, &kept)| kept && &module.id == *id)
            })
            .cloned()
            .collect();
        group.modules = kept;
        group.modules.extend(chosen);
        group.min_credits = fill.least;
    }
    groups
}

/// The plan the suggestion makes of `plan`.
pub fn suggested_plan(
    plan: &Plan,
    prepared: &Prepared,
    suggested: &Suggested,
) -> Result<Plan, EditError> {
    let mut result = plan.clone();
    apply(&mut result, suggested_edit(plan, prepared, suggested)?)?;
    Ok(result)
}
