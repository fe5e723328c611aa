//! Any plan survives RON and back; no input makes the loader panic.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::Path;

use curriculum_planner::io::{Document, decode_text, parse_document, parse_plan};
use curriculum_planner::model::{
    Calendar, Category, ContextRow, ContextTable, Delivery, Industry, Level, Module, Names,
    Partner, Placement, PlacementTime, Plan, ProgrammeKind, RulesProfile, Skill, SkillDemand,
    SkillLevel, Survey, Term, TermSystem, WeekCalendar,
};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    // Any characters, control characters, quotes and backslashes included.
    prop_oneof![
        "\\PC{0,12}",
        any::<String>(),
        Just("引号\"与反斜杠\\".to_owned())
    ]
}

fn names() -> impl Strategy<Value = Names> {
    (text(), text()).prop_map(|(zh, en)| Names { zh, en })
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..400).prop_map(|half| f64::from(half) / 2.0),
        any::<f64>().prop_filter("finite", |value| value.is_finite()),
    ]
}

fn ids(prefix: &'static str) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[a-z_]{1,8}", 0..4)
        .prop_map(move |ids| ids.into_iter().map(|id| format!("{prefix}{id}")).collect())
}

fn module() -> impl Strategy<Value = Module> {
    (
        (
            text(),
            text(),
            names(),
            number(),
            any::<u32>(),
            any::<u32>(),
        ),
        (
            prop::sample::select(Category::ALL.to_vec()),
            prop::sample::select(Delivery::ALL.to_vec()),
            prop::sample::select(vec![
                Partner::School,
                Partner::Enterprise,
                Partner::Government,
            ]),
        ),
        (
            prop::collection::vec((text(), prop::sample::select(Level::ALL.to_vec())), 0..4),
            ids("i_"),
            ids("m_"),
            ids("m_"),
        ),
    )
        .prop_map(
            |(
                (id, code, name, credits, theory_hours, practice_hours),
                (category, delivery, partner),
                (skills, industries, prerequisites, corequisites),
            )| Module {
                id: id.into(),
                code,
                name,
                credits,
                theory_hours,
                practice_hours,
                category,
                delivery,
                partner,
                skills: skills
                    .into_iter()
                    .map(|(skill, level)| SkillLevel {
                        skill: skill.into(),
                        level,
                    })
                    .collect(),
                industries: industries.into_iter().map(Into::into).collect(),
                prerequisites: prerequisites.into_iter().map(Into::into).collect(),
                corequisites: corequisites.into_iter().map(Into::into).collect(),
                assessment: None,
                description: Names::default(),
                objectives: Names::default(),
                requirements: Names::default(),
                tags: Vec::new(),
            },
        )
}

fn survey() -> impl Strategy<Value = Survey> {
    (
        (names(), text(), names(), any::<u16>(), any::<u32>()),
        prop::collection::vec((text(), number()), 0..6),
        prop::collection::vec(
            (
                text(),
                names(),
                any::<bool>(),
                prop::collection::vec((names(), number()), 0..4),
            ),
            0..3,
        ),
    )
        .prop_map(
            |((title, source, region, year, respondents), skills, context)| Survey {
                title,
                source,
                region,
                year,
                respondents,
                skills: skills
                    .into_iter()
                    .map(|(skill, share)| SkillDemand {
                        skill: skill.into(),
                        share,
                    })
                    .collect(),
                context: context
                    .into_iter()
                    .map(|(id, title, multiple_choice, rows)| ContextTable {
                        id,
                        title,
                        multiple_choice,
                        rows: rows
                            .into_iter()
                            .map(|(label, share)| ContextRow { label, share })
                            .collect(),
                    })
                    .collect(),
            },
        )
}

fn rules() -> impl Strategy<Value = RulesProfile> {
    prop_oneof![
        Just(RulesProfile::book("higher-vocational-3-year")),
        Just(RulesProfile::book("no-rules")),
        (number(), number()).prop_map(|(min_credits, max_credits)| RulesProfile::own_credits(
            min_credits,
            max_credits
        )),
        (any::<u32>(), any::<u32>())
            .prop_map(|(min_hours, max_hours)| RulesProfile::own_hours(min_hours, max_hours)),
    ]
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        (
            names(),
            prop::sample::select(vec![
                ProgrammeKind::HigherVocational3Year,
                ProgrammeKind::Undergraduate4Year,
                ProgrammeKind::ShortCourse,
            ]),
            prop::sample::select(vec![TermSystem::Semester, TermSystem::Quarter]),
            names(),
            rules(),
            ids("i_"),
        ),
        prop::collection::vec((names(), ids("m_")), 0..7),
        prop::option::of(survey()),
        prop::collection::vec((text(), names()), 0..6),
        prop::collection::vec(
            (
                text(),
                names(),
                names(),
                prop::collection::vec(names(), 0..3),
                prop::collection::vec(text(), 0..3),
            ),
            0..4,
        ),
        prop::collection::vec(module(), 0..8),
    )
        .prop_map(
            |(
                (title, kind, term_system, institution, rules, targets),
                terms,
                survey,
                skills,
                industries,
                modules,
            )| {
                Plan {
                    format_version: curriculum_planner::io::CURRENT_FORMAT_VERSION,
                    title,
                    kind,
                    term_system,
                    institution,
                    rules,
                    target_industries: targets.into_iter().map(Into::into).collect(),
                    terms: terms
                        .into_iter()
                        .enumerate()
                        .map(|(index, (name, modules))| Term {
                            name,
                            calendar: Calendar::Weeks(WeekCalendar::usual(term_system, index)),
                            // Each kind of placement time in turn.
                            modules: modules
                                .into_iter()
                                .enumerate()
                                .map(|(at, id)| Placement {
                                    module: id.into(),
                                    time: match at % 3 {
                                        0 => PlacementTime::Weekly {
                                            hours: at as u32 + 1,
                                            weeks: 16,
                                        },
                                        1 => PlacementTime::Block { weeks: 2 },
                                        _ => PlacementTime::Hours(at as u32 * 8),
                                    },
                                })
                                .collect(),
                        })
                        .collect(),
                    elective_groups: Vec::new(),
                    survey,
                    skills: skills
                        .into_iter()
                        .map(|(id, name)| Skill {
                            id: id.into(),
                            name,
                            aliases: Vec::new(),
                        })
                        .collect(),
                    industries: industries
                        .into_iter()
                        .map(|(id, name, region, products, platforms)| Industry {
                            id: id.into(),
                            name,
                            region,
                            products,
                            platforms,
                        })
                        .collect(),
                    modules,
                    document: Default::default(),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_plan_survives_ron_and_back(plan in plan()) {
        let text = Document::Plan(plan.clone()).to_canonical().unwrap();
        let back = parse_plan(Path::new("random.ron"), &text)
            .map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(&back, &plan);
        // Canonical text is a fixed point.
        prop_assert_eq!(Document::Plan(back).to_canonical().unwrap(), text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(text) = decode_text(Path::new("noise.ron"), &bytes) {
            let _ = parse_document(Path::new("noise.ron"), &text);
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        let _ = parse_document(Path::new("noise.ron"), &text);
    }

    #[test]
    fn mutated_plans_never_panic(
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..4, any::<u8>()), 1..12)
    ) {
        let original = std::fs::read(common::repository_path(
            "curricula/pinghu-stroller-bag-staff-short-course.ron",
        ))
        .unwrap();
        let mut bytes = original.clone();
        for (position, operation, byte) in edits {
            if bytes.is_empty() {
                break;
            }
            let at = position.index(bytes.len());
            match operation {
                0 => bytes[at] = byte,
                1 => { bytes.remove(at); }
                2 => bytes.insert(at, byte),
                _ => bytes.truncate(at),
            }
        }
        if let Ok(text) = decode_text(Path::new("mutated.ron"), &bytes) {
            match parse_document(Path::new("mutated.ron"), &text) {
                Ok(Document::Plan(plan)) => {
                    // A mutation that still parses must still validate without panicking.
                    let _ = curriculum_planner::model::validate::validate(&plan);
                }
                Ok(_) => {}
                Err(error) => prop_assert!(!error.to_string().is_empty()),
            }
        }
    }
}

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    let text = format!("Plan(format_version: 1, title: {}", "[".repeat(100_000));
    assert!(parse_document(Path::new("deep.ron"), &text).is_err());
}
