//! A student's path through a plan with elective groups.
//!
//! Every placed module in no group is required. From a group a student takes at least its
//! minimum: `path_credits = max(min_credits, the credits of its min_modules smallest
//! modules)`, at most what the group places. Figures on the path count the required modules
//! whole and each group's modules by the group's *share* `path_credits / offered_credits` —
//! the expected choice: a student who takes the minimum, credit for credit alike across the
//! group. A group whose modules carry no credits (a short course) is counted by modules:
//! its share is `min_modules / offered_modules`.

use std::collections::HashMap;

use crate::model::{ElectiveGroup, GroupId, ModuleId, Names, Plan};

/// What a group offers and what the path takes from it.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupChoice {
    pub id: GroupId,
    pub name: Names,
    pub min_credits: f64,
    pub min_modules: u32,
    pub max_credits: Option<f64>,
    pub max_modules: Option<u32>,
    /// The group's modules placed in a term, in the group's order.
    pub modules: Vec<ModuleId>,
    pub offered_credits: f64,
    /// Credits a student takes from the group on the path.
    pub path_credits: f64,
    /// The share of the group's offer on the path, 0..=1.
    pub share: f64,
    /// Whether the group is counted credit for credit (else module for module).
    pub by_credits: bool,
}

/// Each group's choice, in the plan's order.
pub fn group_choices(plan: &Plan) -> Vec<GroupChoice> {
    if plan.elective_groups.is_empty() {
        return Vec::new();
    }
    let index = plan.module_index();
    let placed: std::collections::HashSet<&ModuleId> = plan
        .terms
        .iter()
        .flat_map(|term| term.module_ids())
        .collect();
    let mut taken: std::collections::HashSet<&ModuleId> = std::collections::HashSet::new();
    plan.elective_groups
        .iter()
        .map(|group| {
            // A module counts in the first group that offers it (`validate` reports the second).
            let members: Vec<&ModuleId> = group
                .modules
                .iter()
                .filter(|id| placed.contains(id) && index.contains_key(id) && taken.insert(id))
                .collect();
            let mut credits: Vec<f64> = members
                .iter()
                .filter_map(|id| index.get(*id))
                .map(|module| module.credits.max(0.0))
                .filter(|credits| credits.is_finite())
                .collect();
            choice_of(group, members, &mut credits)
        })
        .collect()
}

fn choice_of(group: &ElectiveGroup, members: Vec<&ModuleId>, credits: &mut [f64]) -> GroupChoice {
    let offered_credits: f64 = credits.iter().sum();
    credits.sort_by(f64::total_cmp);
    let smallest: f64 = credits.iter().take(group.min_modules as usize).sum();
    let min_credits = if group.min_credits.is_finite() {
        group.min_credits.max(0.0)
    } else {
        0.0
    };
    let path_credits = min_credits.max(smallest).min(offered_credits);
    let by_credits = offered_credits > 0.0;
    let share = if by_credits {
        path_credits / offered_credits
    } else if members.is_empty() {
        0.0
    } else {
        (f64::from(group.min_modules) / members.len() as f64).min(1.0)
    };
    GroupChoice {
        id: group.id.clone(),
        name: group.name.clone(),
        min_credits: group.min_credits,
        min_modules: group.min_modules,
        max_credits: group.max_credits,
        max_modules: group.max_modules,
        modules: members.into_iter().cloned().collect(),
        offered_credits,
        path_credits,
        share,
        by_credits,
    }
}

/// Each group member's group (its position in `choices`), for `Scope`.
pub(super) fn member_groups(choices: &[GroupChoice]) -> HashMap<&ModuleId, u32> {
    choices
        .iter()
        .enumerate()
        .flat_map(|(group, choice)| choice.modules.iter().map(move |id| (id, group as u32)))
        .collect()
}
