//! "Move this much effort from this skill to that one" is checked by making the move on the
//! plan and working the alignment out again: the score lands where the advice said.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::analysis::{EffortMove, alignment};
use curriculum_planner::model::{Level, Names, Plan, Skill, SkillDemand, SkillLevel};

/// One module per skill, each taking its skill to M (weight 1), with these theory hours;
/// employers want the skills with these shares.
fn plan(hours: &[u32], wanted: &[f64]) -> Plan {
    let mut plan = common::small_plan();
    let ids = ["one", "two", "three"];
    plan.skills = (0..hours.len())
        .map(|index| Skill {
            id: ids[index].into(),
            name: Names::new(ids[index], ids[index]),
            aliases: Vec::new(),
        })
        .collect();
    plan.survey.as_mut().unwrap().skills = (0..hours.len())
        .map(|index| SkillDemand {
            skill: ids[index].into(),
            share: wanted[index],
        })
        .collect();
    plan.modules = (0..hours.len())
        .map(|index| {
            let mut module = common::module(ids[index], 1.0, hours[index], 0);
            module.skills = vec![SkillLevel {
                skill: ids[index].into(),
                level: Level::M,
            }];
            module
        })
        .collect();
    plan.terms[0].modules.clear();
    plan.terms[1].modules.clear();
    for id in &ids[..hours.len()] {
        common::place(&mut plan, 0, id);
    }
    plan
}

fn advice(plan: &Plan) -> Option<EffortMove> {
    alignment(plan, plan.survey.as_ref().unwrap()).effort_move()
}

fn score(plan: &Plan) -> f64 {
    alignment(plan, plan.survey.as_ref().unwrap())
        .score
        .unwrap()
}

#[test]
fn moving_the_advised_hours_gives_the_advised_score() {
    // Hand-worked: e = (.6, .4), d = (.5, .5): score .9; move 10 M-hours from one to two: 1.
    let before = plan(&[60, 40], &[0.8, 0.8]);
    let advice = advice(&before).unwrap();
    assert_eq!((advice.from, advice.to), (0, 1));
    assert!((advice.weighted_hours - 10.0).abs() < 1e-9, "{advice:?}");
    assert!((advice.score_before - 0.9).abs() < 1e-9);
    assert!((advice.score_after - 1.0).abs() < 1e-9);
    assert!((advice.hours_at_r() - 15.0).abs() < 1e-9);
    assert!((score(&plan(&[50, 50], &[0.8, 0.8])) - advice.score_after).abs() < 1e-9);
}

#[test]
fn with_three_skills_the_smaller_gap_sets_how_much_to_move() {
    // e = (.7, .2, .1), d = (.4, .4, .2): gaps +.3, −.2, −.1, score .7. Move .2 (20 of 100
    // weighted hours) from one to two: gaps +.1, 0, −.1, score .9.
    let before = plan(&[70, 20, 10], &[0.4, 0.4, 0.2]);
    let advice = advice(&before).unwrap();
    assert_eq!((advice.from, advice.to), (0, 1));
    assert!((advice.weighted_hours - 20.0).abs() < 1e-9, "{advice:?}");
    assert!((advice.score_before - 0.7).abs() < 1e-9);
    let after = plan(&[50, 40, 10], &[0.4, 0.4, 0.2]);
    assert!((score(&after) - advice.score_after).abs() < 1e-9);
    assert!((advice.score_after - 0.9).abs() < 1e-9);
}

#[test]
fn a_plan_that_matches_its_survey_gets_no_advice() {
    assert!(advice(&plan(&[50, 50], &[0.8, 0.8])).is_none());
}
