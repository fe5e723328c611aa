//! A rule the plan misses says how far off it is and which modules to look at; making the
//! change it names brings the plan within the rule (checked by running the rules again).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::analysis::{RemedyChange, RuleCheck, RuleId, check_rules, totals};
use curriculum_planner::model::{Category, Plan, RulesProfile};

fn rule(plan: &Plan, id: RuleId) -> RuleCheck {
    check_rules(plan, &totals(plan))
        .into_iter()
        .find(|check| check.id == id)
        .unwrap()
}

fn moe_plan() -> Plan {
    let mut plan = common::small_plan();
    plan.rules = RulesProfile::Moe2019HigherVocational;
    plan
}

#[test]
fn too_little_practice_names_the_theory_hours_to_move_and_where_they_are() {
    // 64 + 16 + 8 theory, 0 + 32 + 24 practice: 56 of 144 hours, 38.9 %; 50 % needs 72.
    let mut plan = moe_plan();
    plan.modules[0].theory_hours = 64;
    let check = rule(&plan, RuleId::PracticeShare);
    assert!(!check.ok);
    let remedy = check.remedy.unwrap();
    assert_eq!(remedy.change, RemedyChange::TheoryToPractice);
    assert!((remedy.amount - 16.0).abs() < 1e-9, "{remedy:?}");
    assert_eq!(remedy.modules[0].as_str(), "basics");
    // Teach 16 of basics' theory hours as practice: the rule is met.
    plan.modules[0].theory_hours -= 16;
    plan.modules[0].practice_hours += 16;
    let after = rule(&plan, RuleId::PracticeShare);
    assert!(after.ok && after.remedy.is_none());
}

#[test]
fn too_few_public_basic_hours_names_how_many_to_add() {
    // No public-basic hours among 112: (0 + x) / (112 + x) ≥ 1/4 → x ≥ 37.3.
    let mut plan = moe_plan();
    let remedy = rule(&plan, RuleId::PublicBasicShare).remedy.unwrap();
    assert_eq!(
        remedy.change,
        RemedyChange::AddHoursIn(Category::PublicBasic)
    );
    assert!((remedy.amount - 112.0 / 3.0).abs() < 1e-9, "{remedy:?}");
    let mut basic = common::module("ethics", 2.0, remedy.amount.ceil() as u32, 0);
    basic.category = Category::PublicBasic;
    plan.terms[0].modules.push(basic.id.clone());
    plan.modules.push(basic);
    assert!(rule(&plan, RuleId::PublicBasicShare).ok);
}

#[test]
fn a_short_course_over_its_hours_names_the_largest_modules() {
    let mut plan = common::small_plan();
    plan.rules = RulesProfile::ShortCourse {
        min_hours: 16,
        max_hours: 100,
    };
    let remedy = rule(&plan, RuleId::Hours).remedy.unwrap();
    assert_eq!(remedy.change, RemedyChange::RemoveHours);
    assert!((remedy.amount - 12.0).abs() < 1e-9);
    let named: Vec<&str> = remedy.modules.iter().map(|id| id.as_str()).collect();
    assert_eq!(named, ["store", "basics", "photo"]);
}

#[test]
fn too_few_core_modules_are_counted_and_the_present_ones_listed() {
    let remedy = rule(&moe_plan(), RuleId::CoreModules).remedy.unwrap();
    assert_eq!(remedy.change, RemedyChange::AddCoreModules);
    assert!((remedy.amount - 3.0).abs() < 1e-9);
    assert_eq!(remedy.modules.len(), 3);
}

#[test]
fn the_shipped_three_year_plan_meets_every_rule_and_gets_no_remedy() {
    let plan = curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    for check in check_rules(&plan, &totals(&plan)) {
        assert!(check.ok && check.remedy.is_none(), "{check:?}");
    }
}
