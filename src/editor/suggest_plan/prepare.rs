//! The solver's problem for a plan: its modules and the library's as candidates, what the
//! plan fixes kept in place, the user's locks and exclusions, the rules and industries as rows.

use std::collections::{HashMap, HashSet};

use crate::analysis::suggestion::{Budget, Choice, Group, Load, Problem, Row, Spread, TermLoad};
use crate::analysis::{course_matches, group_choices};
use crate::editor::fits_the_plans_kind;
use crate::model::{
    Category, GroupId, IndustryId, Library, Module, ModuleId, Names, PlacementTime, Plan,
    ProgrammeKind, RuleBook, RuleKind, Survey,
};

use super::SuggestRequest;
use super::placing::{
    block_room, every_term_time, single_block_weeks, span_over_last_terms, suggested_time,
    term_parts, weekly_hours,
};
use super::rule_rows::{Roles, rule_rows};

/// The problem with what it takes to turn a suggestion back into a plan.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub problem: Problem,
    /// The plan's modules and then the library's others, as the candidates are ordered.
    pub pool: Library,
    /// Candidates kept where the plan places them (group members, modules in several terms).
    pub kept: Vec<bool>,
    /// Block weeks in each term of a candidate longer than any one term has room for.
    pub spans: Vec<Option<Vec<u32>>>,
    /// Rules of the book that are not linear here: checked on the result, not constrained.
    pub unchecked_rules: Vec<String>,
    /// The groups to fill, in the order of the problem's groups, and their names (the
    /// plan's, or the id of a group to make).
    pub fills: Vec<super::GroupFill>,
    pub fill_names: Vec<Names>,
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PrepareError {
    #[error("no module {0} in the plan or the library")]
    UnknownModule(ModuleId),
    #[error("no industry {0} in the plan or the library")]
    UnknownIndustry(IndustryId),
    #[error("module {0} is offered in an elective group; take it out of the group first")]
    InGroup(ModuleId),
    #[error("module {0} has credits that are not a number of zero or more")]
    BadCredits(ModuleId),
    #[error("term {term} of a lock on {module} is past the plan's {terms} terms")]
    NoSuchTerm {
        module: ModuleId,
        term: usize,
        terms: usize,
    },
    #[error("the range {0}..{1} is empty or not a number")]
    BadRange(f64, f64),
    #[error(
        "group {0} to fill needs offered credits above zero, least credits of zero or more and no more than offered, and one fill each"
    )]
    BadFill(GroupId),
}

pub fn prepare(
    plan: &Plan,
    library: &Library,
    survey: &Survey,
    book: Option<&RuleBook>,
    request: &SuggestRequest,
) -> Result<Prepared, PrepareError> {
    for (least, most) in [Some(request.credits), request.hours].into_iter().flatten() {
        if !(least.is_finite() && most.is_finite() && least <= most) {
            return Err(PrepareError::BadRange(least, most));
        }
    }
    let caps = [request.term_credits, request.term_hours];
    let hours = request.industries.iter().map(|(_, hours)| Some(*hours));
    if let Some(bad) = caps
        .into_iter()
        .chain(hours)
        .flatten()
        .find(|value| !(value.is_finite() && *value >= 0.0))
    {
        return Err(PrepareError::BadRange(bad, bad));
    }
    for (position, fill) in request.fills.iter().enumerate() {
        let sound = fill.offered.is_finite()
            && fill.offered > 0.0
            && fill.least.is_finite()
            && (0.0..=fill.offered).contains(&fill.least)
            && !request.fills[..position]
                .iter()
                .any(|other| other.group == fill.group);
        if !sound {
            return Err(PrepareError::BadFill(fill.group.clone()));
        }
    }
    let pool = pool_of(plan, library);
    if let Some(module) = pool
        .modules
        .iter()
        .find(|module| !(module.credits.is_finite() && module.credits >= 0.0))
    {
        return Err(PrepareError::BadCredits(module.id.clone()));
    }
    let fill_of = |group: &GroupId| request.fills.iter().position(|fill| &fill.group == group);
    // Modules of the groups the plan keeps, by their share on a student's path.
    let shares: HashMap<ModuleId, f64> = group_choices(plan)
        .into_iter()
        .filter(|group| fill_of(&group.id).is_none())
        .flat_map(|group| {
            let share = group.share;
            group.modules.into_iter().map(move |id| (id, share))
        })
        .collect();
    // Modules of the groups to fill, by the fill (a module counts in its first group).
    let mut first_group: HashMap<&ModuleId, &GroupId> = HashMap::new();
    for group in &plan.elective_groups {
        for id in &group.modules {
            first_group.entry(id).or_insert(&group.id);
        }
    }
    let filled_by: HashMap<&ModuleId, usize> = first_group
        .iter()
        .filter_map(|(&id, &group)| fill_of(group).map(|fill| (id, fill)))
        .collect();
    let known: HashSet<&ModuleId> = pool.modules.iter().map(|module| &module.id).collect();
    let mut choices: HashMap<ModuleId, Choice> = HashMap::new();
    let mut kept = Vec::with_capacity(pool.modules.len());
    for module in &pool.modules {
        let placements = plan.placements_of(&module.id);
        // A module of a group to fill in several terms stays as it is, in its group.
        let keep =
            !placements.is_empty() && (shares.contains_key(&module.id) || placements.len() > 1);
        if let (true, Some(&(term, _))) = (keep, placements.first()) {
            choices.insert(module.id.clone(), Choice::Locked(Some(term)));
        }
        kept.push(keep);
    }
    for (id, term) in &request.locks {
        if !known.contains(id) {
            return Err(PrepareError::UnknownModule(id.clone()));
        }
        if let Some(term) = *term
            && term >= plan.terms.len()
        {
            return Err(PrepareError::NoSuchTerm {
                module: id.clone(),
                term,
                terms: plan.terms.len(),
            });
        }
        // A kept module stays where it is whatever the lock says.
        choices.entry(id.clone()).or_insert(Choice::Locked(*term));
    }
    for id in &request.excludes {
        if !known.contains(id) {
            return Err(PrepareError::UnknownModule(id.clone()));
        }
        if shares.contains_key(id) {
            return Err(PrepareError::InGroup(id.clone()));
        }
        choices.insert(id.clone(), Choice::Excluded);
        if let Some(position) = pool.modules.iter().position(|module| &module.id == id) {
            kept[position] = false;
        }
    }
    // A module a rule asks in every term (形势与政策) is taught in each, an equal part in each,
    // unless the plan keeps it as it is.
    let every_term: Vec<bool> = pool
        .modules
        .iter()
        .zip(&kept)
        .map(|(module, &kept)| {
            !kept
                && request.follow_rules
                && book.is_some_and(|book| {
                    book.rules.iter().any(|rule| match &rule.check {
                        RuleKind::EveryTerm { course, .. } => course_matches(course, module),
                        _ => false,
                    })
                })
        })
        .collect();
    // Weeks the calendars leave for blocks, less what kept modules take there; a block
    // longer than any term's room runs across the last terms.
    let room = block_room(plan);
    let mut free: Vec<u32> = room.iter().map(|room| room.unwrap_or(0)).collect();
    for (module, _) in pool.modules.iter().zip(&kept).filter(|(_, kept)| **kept) {
        for (term, index) in plan.placements_of(&module.id) {
            if let (Some(slot), Some(placement)) = (
                free.get_mut(term),
                plan.terms
                    .get(term)
                    .and_then(|entry| entry.modules.get(index)),
            ) {
                *slot = slot.saturating_sub(placement.time.block_weeks());
            }
        }
    }
    let spans: Vec<Option<Vec<u32>>> = pool
        .modules
        .iter()
        .zip(&kept)
        .zip(&every_term)
        .map(|((module, &kept), &every_term)| {
            if kept || every_term {
                return None;
            }
            single_block_weeks(plan, module).and_then(|weeks| span_over_last_terms(weeks, &free))
        })
        .collect();
    let spreads: Vec<Option<Spread>> = spans
        .iter()
        .zip(&every_term)
        .map(|(span, &every_term)| match span {
            _ if every_term => Some(Spread::every_term(plan.terms.len())),
            Some(weeks) => {
                let total: u32 = weeks.iter().sum();
                Some(Spread {
                    first: weeks.iter().position(|&weeks| weeks > 0).unwrap_or(0),
                    parts: weeks
                        .iter()
                        .map(|&weeks| f64::from(weeks) / f64::from(total.max(1)))
                        .collect(),
                })
            }
            None => None,
        })
        .collect();
    let budget = Budget {
        terms: plan.terms.len(),
        credits: request.credits,
        hours: request.hours,
        term_credits: request.term_credits,
    };
    let mut problem = Problem::from_library(&pool, survey, &budget, &choices);
    // The caps per term as loads, so that a module kept in several terms takes its part of
    // each: the candidate counts its first term's part, the caps of the others shrink. A
    // candidate over fixed terms takes its part of each.
    let load = |kind: Load, mut caps: Vec<f64>, value: &dyn Fn(&Module, usize) -> f64| {
        let mut load = Vec::with_capacity(pool.modules.len());
        for (position, (module, &kept)) in pool.modules.iter().zip(&kept).enumerate() {
            let mut row: Vec<f64> = (0..plan.terms.len())
                .map(|term| value(module, term))
                .collect();
            if let Some(spread) = &spreads[position] {
                let span = spans[position].as_deref().unwrap_or_default();
                row = (0..plan.terms.len())
                    .map(|term| match spread.parts.get(term) {
                        Some(&part) if part > 0.0 => match kind {
                            Load::Credits => module.credits * part,
                            Load::WeeklyHours => match every_term_time(plan, module, term) {
                                PlacementTime::Weekly { hours, .. } if span.is_empty() => {
                                    f64::from(hours)
                                }
                                _ => 0.0,
                            },
                            Load::BlockWeeks => span.get(term).copied().map_or(0.0, f64::from),
                        },
                        _ => 0.0,
                    })
                    .collect();
            }
            let parts = term_parts(plan, module);
            if let (true, [(first, _), rest @ ..]) = (kept, parts.as_slice()) {
                for (term, _) in rest {
                    if let Some(cap) = caps.get_mut(*term) {
                        *cap -= row[*term];
                    }
                }
                for (term, value) in row.iter_mut().enumerate() {
                    if term != *first {
                        *value = 0.0;
                    }
                }
            }
            load.push(row);
        }
        TermLoad { kind, caps, load }
    };
    if let Some(cap) = request.term_credits {
        problem.term_credits = None;
        let credits = |module: &Module, term: usize| {
            let parts = term_parts(plan, module);
            match parts.iter().find(|(at, _)| *at == term) {
                Some((_, part)) if parts.len() > 1 => module.credits * part,
                _ => module.credits,
            }
        };
        let caps = vec![cap; plan.terms.len()];
        problem.term_loads.push(load(Load::Credits, caps, &credits));
    }
    if let Some(cap) = request.term_hours {
        let weekly = |module: &Module, term: usize| weekly_hours(plan, module, term);
        let caps = vec![cap; plan.terms.len()];
        problem
            .term_loads
            .push(load(Load::WeeklyHours, caps, &weekly));
    }
    // Blocks fit the weeks each calendar leaves them, as `check` asks.
    if room.iter().any(Option::is_some) {
        let blocks = |module: &Module, term: usize| match suggested_time(plan, module, term) {
            Some(PlacementTime::Block { weeks }) => f64::from(weeks),
            _ => 0.0,
        };
        let caps = room
            .iter()
            .map(|room| room.map_or(f64::INFINITY, f64::from))
            .collect();
        problem
            .term_loads
            .push(load(Load::BlockWeeks, caps, &blocks));
    }
    let share_of: Vec<f64> = pool
        .modules
        .iter()
        .zip(&kept)
        .map(
            |(module, &kept)| match (shares.get(&module.id), filled_by.get(&module.id)) {
                (Some(&share), _) => share,
                (None, Some(&fill)) if kept => request.fills[fill].share(),
                _ => 1.0,
            },
        )
        .collect();
    for (((candidate, &share), module), spread) in problem
        .candidates
        .iter_mut()
        .zip(&share_of)
        .zip(&pool.modules)
        .zip(&spreads)
    {
        candidate.share = share;
        candidate.spread = spread.clone();
        // Its terms are fixed: a lock keeps it in the plan, not in a term.
        if let (Some(_), Choice::Locked(Some(_))) = (spread, candidate.choice) {
            candidate.choice = Choice::Locked(None);
        }
        candidate.usual_term = plan.term_of(&module.id);
        for effort in &mut candidate.effort {
            *effort *= share;
        }
    }
    problem.groups = groups_to_fill(plan, request, &pool, &kept, &shares, &filled_by);
    let offered: HashSet<usize> = problem
        .groups
        .iter()
        .flat_map(|group| group.members.iter().copied())
        .collect();
    // A degree is not offered hours-only training modules, nor a short course credit-bearing
    // college courses (as the library shows them), unless the plan places one already.
    // Nor, in a plan with elective groups, an elective outside them (`check` warns that every
    // student would have to take it): a group to fill may offer it, no more.
    let has_groups = !plan.elective_groups.is_empty() || !request.fills.is_empty();
    for (index, (candidate, module)) in problem.candidates.iter_mut().zip(&pool.modules).enumerate()
    {
        let placed = plan.term_of(&module.id).is_some();
        // Listed by a kept group but not placed: placing it would change that group's share.
        let in_kept_group =
            first_group.contains_key(&module.id) && !filled_by.contains_key(&module.id);
        if candidate.choice == Choice::Free && in_kept_group && !placed {
            candidate.choice = Choice::Excluded;
        }
        let outside_fills = placed && !filled_by.contains_key(&module.id);
        if candidate.choice == Choice::Excluded || outside_fills || kept[index] {
            continue;
        }
        if !fits_the_plans_kind(plan, module) && plan.term_of(&module.id).is_none() {
            if candidate.choice == Choice::Free {
                candidate.choice = Choice::Excluded;
            }
            continue;
        }
        let elective = has_groups
            && plan.kind != ProgrammeKind::ShortCourse
            && module.category == Category::ProfessionalElective;
        // A lock the user set is theirs: such a module may be on every path, unless a group
        // to fill can offer it.
        if elective && candidate.choice == Choice::Free {
            candidate.may_be_required = false;
            if !offered.contains(&index) {
                candidate.choice = Choice::Excluded;
            }
        } else if elective && offered.contains(&index) {
            candidate.may_be_required = false;
        }
    }
    for (industry, least_hours) in &request.industries {
        if !pool.industries.iter().any(|known| &known.id == industry) {
            return Err(PrepareError::UnknownIndustry(industry.clone()));
        }
        let served = |module: &Module, share: f64| {
            if module.industries.contains(industry) {
                f64::from(module.hours()) * share
            } else {
                0.0
            }
        };
        problem.rows.push(Row {
            name: industry.to_string(),
            coefficients: pool
                .modules
                .iter()
                .zip(&share_of)
                .map(|(module, &share)| served(module, share))
                .collect(),
            in_group: request
                .fills
                .iter()
                .map(|fill| {
                    let share = fill.share();
                    pool.modules
                        .iter()
                        .map(|module| served(module, share))
                        .collect()
                })
                .collect(),
            at_least: Some(*least_hours),
            at_most: None,
        });
    }
    let mut unchecked_rules = Vec::new();
    if let (true, Some(book)) = (request.follow_rules, book) {
        // A module of a group to fill is in it only as the suggestion offers it, unless it is
        // kept there.
        let roles = Roles {
            groups: pool
                .modules
                .iter()
                .zip(&kept)
                .map(|(module, &kept)| {
                    first_group
                        .get(&module.id)
                        .copied()
                        .filter(|&group| kept || fill_of(group).is_none())
                })
                .collect(),
            shares: &share_of,
            fills: &request.fills,
            kept: &kept,
            every_term: &every_term,
        };
        let stated = rule_rows(plan, book, &pool, &roles);
        // A rule book from elsewhere may hold a figure that is not a number: such a rule is
        // left to the check of the result.
        let (sound, unsound): (Vec<Row>, Vec<Row>) = stated.rows.into_iter().partition(|row| {
            row.coefficients.iter().all(|value| value.is_finite())
                && row.at_least.is_none_or(f64::is_finite)
                && row.at_most.is_none_or(f64::is_finite)
        });
        problem.rows.extend(sound);
        for position in stated.unusable {
            if let Some(candidate) = problem.candidates.get_mut(position)
                && candidate.choice == Choice::Free
            {
                candidate.choice = Choice::Excluded;
            }
        }
        unchecked_rules = stated.unchecked;
        for row in unsound {
            if !unchecked_rules.contains(&row.name) {
                unchecked_rules.push(row.name);
            }
        }
    }
    Ok(Prepared {
        problem,
        pool,
        kept,
        spans,
        unchecked_rules,
        fills: request.fills.clone(),
        fill_names: request
            .fills
            .iter()
            .map(|fill| {
                plan.elective_groups
                    .iter()
                    .find(|group| group.id == fill.group)
                    .map_or_else(
                        || Names::new(fill.group.as_str(), fill.group.as_str()),
                        |group| group.name.clone(),
                    )
            })
            .collect(),
    })
}

/// The groups to fill, each with the candidates it may offer: the modules it offers now, and
/// the electives (or modules of a category it offers now) that no kept group offers. A group
/// that asks for at least k modules offers none above its least credits / k, so that the k
/// smallest always fit in its least credits and its share stays `least / offered`. A module
/// kept in several terms stays in its group and takes its credits from those to offer.
fn groups_to_fill(
    plan: &Plan,
    request: &SuggestRequest,
    pool: &Library,
    kept: &[bool],
    shares: &HashMap<ModuleId, f64>,
    filled_by: &HashMap<&ModuleId, usize>,
) -> Vec<Group> {
    request
        .fills
        .iter()
        .enumerate()
        .map(|(fill_index, fill)| {
            let group = plan
                .elective_groups
                .iter()
                .find(|group| group.id == fill.group);
            let categories: Vec<Category> = group
                .into_iter()
                .flat_map(|group| &group.modules)
                .filter_map(|id| plan.module(id))
                .map(|module| module.category)
                .chain([Category::ProfessionalElective])
                .collect();
            let least_modules = group.map_or(0, |group| group.min_modules);
            let largest = if least_modules > 0 {
                fill.least / f64::from(least_modules)
            } else {
                f64::INFINITY
            };
            let mut offered = fill.offered;
            let mut offered_modules = fill.modules.map(|count| count as usize);
            let mut members = Vec::new();
            for (index, module) in pool.modules.iter().enumerate() {
                let here = filled_by.get(&module.id) == Some(&fill_index);
                if here && kept[index] {
                    offered -= module.credits;
                    // Kept beyond the count asked for: nothing more fits.
                    offered_modules = offered_modules.map(|count| count.saturating_sub(1));
                    continue;
                }
                let other_fill = filled_by
                    .get(&module.id)
                    .is_some_and(|&other| other != fill_index);
                if kept[index] || shares.contains_key(&module.id) || other_fill {
                    continue;
                }
                let fits = here || categories.contains(&module.category);
                if fits && module.credits <= largest + 1e-9 {
                    members.push(index);
                }
            }
            Group {
                name: fill.group.to_string(),
                offered: Some(offered),
                offered_modules,
                share: fill.share(),
                members,
            }
        })
        .collect()
}

/// The plan's modules, skills and industries, then the library's that the plan lacks.
fn pool_of(plan: &Plan, library: &Library) -> Library {
    let mut pool = Library {
        format_version: library.format_version,
        skills: plan.skills.clone(),
        industries: plan.industries.clone(),
        modules: plan.modules.clone(),
    };
    for skill in &library.skills {
        if !pool.skills.iter().any(|known| known.id == skill.id) {
            pool.skills.push(skill.clone());
        }
    }
    for industry in &library.industries {
        if !pool.industries.iter().any(|known| known.id == industry.id) {
            pool.industries.push(industry.clone());
        }
    }
    let defined: HashSet<ModuleId> = pool
        .modules
        .iter()
        .map(|module| module.id.clone())
        .collect();
    pool.modules.extend(
        library
            .modules
            .iter()
            .filter(|module| !defined.contains(&module.id))
            .cloned(),
    );
    pool
}
