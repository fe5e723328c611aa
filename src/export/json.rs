//! The `report --json` shape: stable keys for scripts. Shares and scores are fractions 0..1.

use serde_json::{Value, json};

use crate::analysis::{Report, StructureError};
use crate::catalogue::{Language, remedy_message, rule_message, rule_name, words};
use crate::model::{Calendar, Level, Names, Plan, WeekKind};

/// One plan's report as JSON; `language` picks the language of `name` fields and rule
/// details (both names are in `names`).
pub fn report_json(plan: &Plan, report: &Report, language: Language) -> Value {
    let name = |names: &Names| names.in_language(language).to_owned();
    let both = |names: &Names| json!({"zh": names.zh, "en": names.en});
    let totals = &report.totals;
    let alignment = report.alignment.as_ref().map(|alignment| {
        json!({
            "score": alignment.score,
            "score_range": alignment.score_range.map(|(low, high)| [low, high]),
            "cosine": alignment.cosine,
            "no_alignment": alignment.no_alignment().map(|reason| words::no_alignment(language, reason)),
            "skills": alignment.skills.iter().map(|skill| json!({
                "id": skill.skill.as_str(),
                "name": name(&skill.name),
                "names": both(&skill.name),
                "demand": skill.demand,
                "demand_share": skill.demand_share,
                "emphasis": skill.emphasis,
                "effort_range": [skill.effort_range.0, skill.effort_range.1],
                "emphasis_share": skill.emphasis_share,
                "gap": skill.gap,
                "top_level": skill.top_level.map(Level::as_str),
            })).collect::<Vec<_>>(),
            "not_mastered": alignment.not_mastered.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
            "orphans": alignment.orphans.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
            "progression": alignment.progression.iter().map(|issue| json!({
                "skill": issue.skill.as_str(),
                "higher": Level::as_str(issue.higher),
                "higher_term": issue.higher_term + 1,
                "lower": Level::as_str(issue.lower),
                "lower_term": issue.lower_term + 1,
            })).collect::<Vec<_>>(),
        })
    });
    let modules = plan.module_index();
    let structure = match &report.structure {
        Ok(structure) => json!({
            "blocking": structure.blocking,
            "delay": structure.delay,
            "centrality": count(structure.centrality),
            "complexity": structure.complexity,
            "requisite_distance": structure.requisite_distance,
            "credit_balance": structure.credit_balance.as_ref().map(|balance| json!({
                "per_term": balance.per_term,
                "minimum": balance.minimum,
                "maximum": balance.maximum,
                "mean": balance.mean,
                "standard_deviation": balance.standard_deviation,
            })),
            "modules": structure.modules.iter().map(|module| {
                let names = modules.get(&module.module).map(|found| &found.name);
                json!({
                    "id": module.module.as_str(),
                    "name": names.map(name),
                    "term": module.term.map(|term| term + 1),
                    "blocking": module.blocking,
                    "delay": module.delay,
                    "centrality": count(module.centrality),
                    "complexity": module.complexity,
                    "requisite_distance": module.requisite_distance,
                })
            }).collect::<Vec<_>>(),
        }),
        Err(StructureError::Cycle(modules)) => json!({
            "error": report.structure.as_ref().err().map(ToString::to_string),
            "cycle": modules.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
        }),
        Err(StructureError::TooLarge { limit }) => json!({
            "error": report.structure.as_ref().err().map(ToString::to_string),
            "withheld_past_steps": limit,
        }),
    };
    json!({
        "plan": {
            "title": name(&plan.title),
            "titles": both(&plan.title),
            "institution": name(&plan.institution),
            "terms": plan.terms.len(),
        },
        "totals": {
            "modules": totals.modules,
            "credits": totals.credits,
            "hours": totals.hours,
            "theory_hours": totals.theory_hours,
            "practice_hours": totals.practice_hours,
            "practice_share": totals.practice_share,
            "terms": totals.terms.iter().map(|term| json!({
                "modules": term.modules,
                "credits": term.credits,
                "hours": term.hours,
                "practice_hours": term.practice_hours,
            })).collect::<Vec<_>>(),
            "offered": {
                "credits": totals.credits,
                "hours": totals.hours,
                "practice_hours": totals.practice_hours,
            },
            "path": {
                "credits": totals.path.credits,
                "hours": totals.path.hours,
                "practice_hours": totals.path.practice_hours,
            },
        },
        "elective_groups": report.groups.iter().map(|group| json!({
            "id": group.id.as_str(),
            "name": name(&group.name),
            "names": both(&group.name),
            "min_credits": group.min_credits,
            "min_modules": group.min_modules,
            "max_credits": group.max_credits,
            "max_modules": group.max_modules,
            "offered_credits": group.offered_credits,
            "path_credits": group.path_credits,
            "modules": group.modules.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "calendar": plan.terms.iter().map(|term| match &term.calendar {
            Calendar::Weeks(calendar) => json!({
                "name": name(&term.name),
                "weeks": calendar.weeks,
                "weeks_by_kind": WeekKind::ALL
                    .iter()
                    .map(|&kind| (kind.key().to_owned(), json!(calendar.weeks_of(kind))))
                    .collect::<serde_json::Map<_, _>>(),
            }),
            Calendar::Phase(phase) => json!({
                "name": name(&term.name),
                "weeks": null,
                "days": phase.days,
                "hours": phase.hours,
                "dates": phase.dates,
            }),
        }).collect::<Vec<_>>(),
        "alignment": alignment,
        "industries": report.industries.industries.iter().map(|industry| json!({
            "id": industry.industry.as_str(),
            "name": name(&industry.name),
            "hours": industry.hours,
            "modules": industry.modules,
            "target": industry.target,
        })).collect::<Vec<_>>(),
        "unserved_target_industries": report.industries.unserved_targets.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
        "rule_book": report.rule_book.as_ref().map(|book| json!({
            "id": book.id,
            "name": name(&book.name),
        })),
        "missing_rule_book": report.missing_book,
        "rules": report.rules.iter().map(|rule| json!({
            "id": rule.id(),
            "rule": rule_name(language, &rule.rule),
            "source": {
                "document": rule.rule.source.document,
                "title": rule.rule.source.title,
                "article": rule.rule.source.article,
                "address": rule.rule.source.address,
            },
            "ok": rule.ok,
            "value": rule.value,
            "minimum": rule.minimum,
            "maximum": rule.maximum,
            "detail": rule_message(language, rule),
            "remedy": rule.remedy.as_ref().map(|remedy| json!({
                "amount": remedy.amount,
                "modules": remedy.modules.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
                "detail": remedy_message(language, remedy),
            })),
        })).collect::<Vec<_>>(),
        "structure": structure,
    })
}

/// A path count as a JSON number: exact up to 2^64, approximate above, null when too large
/// for 128 bits (`json!` would panic on a `u128` beyond `u64`).
fn count(value: Option<u128>) -> Value {
    match value {
        None => Value::Null,
        Some(value) => match u64::try_from(value) {
            Ok(exact) => json!(exact),
            Err(_) => json!(value as f64),
        },
    }
}
