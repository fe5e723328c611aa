#![allow(dead_code)] // each benchmark and example uses part of it

//! A deterministic generated plan for benchmarks and instruction counts.

use curriculum_planner::model::{
    Calendar, Category, Delivery, Level, Module, ModuleId, Names, Partner, Placement, Plan,
    ProgrammeKind, RulesProfile, Skill, SkillDemand, SkillLevel, Survey, Term, TermSystem,
    WeekCalendar,
};

pub const SKILLS: [&str; 6] = [
    "foreign_language",
    "economic_trade",
    "oral_communication",
    "computer_operation",
    "management",
    "teamwork",
];

/// A deterministic plan: `count` modules over `terms` terms; each module requires up to three
/// modules of the term before, near its own position (as real programmes chain courses).
pub fn generated_plan(count: usize, terms: usize) -> Plan {
    let per_term = count.div_ceil(terms);
    let mut state = 0x2018_u64;
    let mut next = move |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % bound.max(1)
    };
    let id = |index: usize| ModuleId::new(format!("m{index}"));
    let modules: Vec<Module> = (0..count)
        .map(|index| {
            let term = index / per_term;
            let prerequisites = if term == 0 {
                Vec::new()
            } else {
                let previous_start = (term - 1) * per_term;
                let offset = index - term * per_term;
                (0..next(4))
                    .map(|_| {
                        let near = (offset + next(9)).saturating_sub(4).min(per_term - 1);
                        id(previous_start + near)
                    })
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect()
            };
            Module {
                id: id(index),
                code: format!("M{index:05}"),
                name: Names::new(format!("课程{index}"), format!("Module {index}")),
                credits: 2.0,
                theory_hours: 16,
                practice_hours: 16,
                category: Category::ALL[index % Category::ALL.len()],
                delivery: Delivery::ALL[index % Delivery::ALL.len()],
                partner: Partner::School,
                skills: (0..2)
                    .map(|k| SkillLevel {
                        skill: SKILLS[(index + k * 3) % SKILLS.len()].into(),
                        level: Level::ALL[(index + k) % 3],
                    })
                    .collect(),
                industries: vec![format!("industry{}", index % 12).into()],
                prerequisites,
                corequisites: Vec::new(),
                assessment: None,
                description: Names::default(),
                objectives: Names::default(),
                requirements: Names::default(),
                tags: Vec::new(),
            }
        })
        .collect();
    Plan {
        format_version: curriculum_planner::io::CURRENT_FORMAT_VERSION,
        title: Names::new("生成的方案", "Generated plan"),
        kind: ProgrammeKind::Undergraduate4Year,
        term_system: TermSystem::Semester,
        institution: Names::default(),
        rules: RulesProfile::book("higher-vocational-3-year"),
        target_industries: Vec::new(),
        terms: (0..terms)
            .map(|term| Term {
                name: Names::new(format!("第{}学期", term + 1), format!("Term {}", term + 1)),
                calendar: Calendar::Weeks(WeekCalendar::SEMESTER),
                // Every module has 32 hours: 2 a week over 16 weeks.
                modules: (term * per_term..((term + 1) * per_term).min(count))
                    .map(|index| Placement::weekly(id(index), 2, 16))
                    .collect(),
            })
            .collect(),
        elective_groups: Vec::new(),
        survey: Some(Survey {
            title: Names::default(),
            source: String::new(),
            region: Names::default(),
            year: 2018,
            respondents: 100,
            skills: SKILLS
                .iter()
                .zip([0.89, 1.0, 0.91, 0.93, 0.34, 0.97])
                .map(|(skill, share)| SkillDemand {
                    skill: (*skill).into(),
                    share,
                })
                .collect(),
            context: Vec::new(),
        }),
        skills: SKILLS
            .iter()
            .map(|skill| Skill {
                id: (*skill).into(),
                name: Names::new(*skill, *skill),
                aliases: Vec::new(),
            })
            .collect(),
        industries: Vec::new(),
        modules,
        document: Default::default(),
    }
}

/// `generated_plan` with its terms, or, for `terms == 0`, the same requisite graph as a
/// curriculum without terms and without rules (as a CurricularAnalytics curriculum imports).
pub fn generated_curriculum(count: usize, terms: usize) -> Plan {
    if terms > 0 {
        return generated_plan(count, terms);
    }
    let mut plan = generated_plan(count, 12);
    plan.terms.clear();
    plan.rules = RulesProfile::book("no-rules");
    plan
}
