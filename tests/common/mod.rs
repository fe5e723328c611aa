//! A small, valid plan that tests break in one way at a time.
#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use curriculum_planner::model::{
    Calendar, Category, Delivery, Industry, Level, Module, Names, Partner, Placement, Plan,
    ProgrammeKind, RulesProfile, Skill, SkillDemand, SkillLevel, Survey, Term, TermSystem,
    WeekCalendar,
};
use std::path::PathBuf;

pub mod hostile;
pub mod random;
pub mod window;

pub fn repository_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A copy of the 3-year example plan in `folder`, as `plan.ron`, for tests that change files.
pub fn copied_example(folder: &std::path::Path) -> PathBuf {
    let path = folder.join("plan.ron");
    std::fs::copy(
        repository_path("curricula/cbec-higher-vocational-3-year.ron"),
        &path,
    )
    .unwrap();
    path
}

pub fn module(id: &str, credits: f64, theory: u32, practice: u32) -> Module {
    Module {
        id: id.into(),
        code: id.to_uppercase(),
        name: Names::new(format!("{id} 课程"), format!("{id} course")),
        credits,
        theory_hours: theory,
        practice_hours: practice,
        category: Category::ProfessionalCore,
        delivery: Delivery::Classroom,
        partner: Partner::School,
        skills: vec![SkillLevel {
            skill: "trade".into(),
            level: Level::I,
        }],
        industries: vec!["strollers".into()],
        prerequisites: Vec::new(),
        corequisites: Vec::new(),
        assessment: None,
        description: Names::default(),
        objectives: Names::default(),
        requirements: Names::default(),
        tags: Vec::new(),
    }
}

/// Three modules over two terms: `basics` (term 1) → `store` (term 2), `photo` co-requisite of `store`.
pub fn small_plan() -> Plan {
    let basics = module("basics", 2.0, 32, 0);
    let mut store = module("store", 3.0, 16, 32);
    store.prerequisites = vec!["basics".into()];
    store.corequisites = vec!["photo".into()];
    let photo = module("photo", 2.0, 8, 24);
    Plan {
        format_version: curriculum_planner::io::CURRENT_FORMAT_VERSION,
        title: Names::new("测试方案", "Test plan"),
        kind: ProgrammeKind::ShortCourse,
        term_system: TermSystem::Semester,
        institution: Names::new("测试学院", "Test college"),
        rules: RulesProfile::own_hours(16, 200),
        target_industries: vec!["strollers".into()],
        terms: vec![
            Term {
                name: Names::new("第一学期", "Term 1"),
                calendar: Calendar::Weeks(WeekCalendar::SEMESTER),
                modules: vec![Placement::weekly("basics".into(), 2, 16)],
            },
            Term {
                name: Names::new("第二学期", "Term 2"),
                calendar: Calendar::Weeks(WeekCalendar::SEMESTER),
                modules: vec![
                    Placement::weekly("store".into(), 3, 16),
                    Placement::weekly("photo".into(), 2, 16),
                ],
            },
        ],
        elective_groups: Vec::new(),
        survey: Some(Survey {
            title: Names::new("调查", "Survey"),
            source: "test".into(),
            region: Names::new("平湖", "Pinghu"),
            year: 2018,
            respondents: 100,
            skills: vec![SkillDemand {
                skill: "trade".into(),
                share: 1.0,
            }],
            context: Vec::new(),
        }),
        skills: vec![Skill {
            id: "trade".into(),
            name: Names::new("经贸知识", "Trade"),
            aliases: Vec::new(),
        }],
        industries: vec![Industry {
            id: "strollers".into(),
            name: Names::new("平湖童车", "Pinghu strollers"),
            region: Names::new("平湖", "Pinghu"),
            products: vec![Names::new("婴儿推车", "Strollers")],
            platforms: vec!["Alibaba.com".into()],
        }],
        modules: vec![basics, store, photo],
        document: Default::default(),
    }
}

/// Every `.ron` file under `curricula/` and `assets/`.
pub fn shipped_documents() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![repository_path("curricula"), repository_path("assets")];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "ron") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Runs the planner's binary in the repository's folder.
pub fn run_planner(arguments: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_curriculum-planner"))
        .args(arguments)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

/// A command's standard output as JSON, or a failure that shows what it printed.
pub fn json_output(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "not JSON ({error}): {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// Workers (questionnaire workbooks, a plan's own template) run as the built app: the test
/// harness is not it.
pub fn use_built_worker() {
    curriculum_planner::worker::set_program(PathBuf::from(env!(
        "CARGO_BIN_EXE_curriculum-planner"
    )));
}

/// Runs the window (commands sent before take effect), then steps it until `done` holds (a
/// worker finished, say); fails after a minute.
pub fn step_until<State>(
    harness: &mut egui_kittest::Harness<'_, State>,
    done: impl Fn(&State) -> bool,
) {
    harness.step();
    let started = std::time::Instant::now();
    while !done(harness.state()) {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "the window never got there"
        );
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
}

/// Places module `id` at the end of term `term` as the window would: its hours as whole
/// weekly hours over the term's teaching weeks (no hours for a module the plan lacks).
pub fn place(plan: &mut Plan, term: usize, id: &str) {
    let id: curriculum_planner::model::ModuleId = id.into();
    let placement = match plan.module(&id) {
        Some(module) => plan.usual_placement(module, term),
        None => Placement::hours(id, 0),
    };
    plan.terms[term].modules.push(placement);
}

/// The book a plan's rules name among the shipped ones (or the one it carries).
pub fn shipped_book(plan: &Plan) -> Option<&curriculum_planner::model::RuleBook> {
    curriculum_planner::editor::shipped_books().resolve(&plan.rules)
}

/// The rules of the built-in profile of format versions 1–3, which a version-2 plan still
/// meets as it did.
pub const VERSION_TWO_RULES: [&str; 7] = [
    "total_hours",
    "hours_per_credit",
    "public_basic_share",
    "elective_share",
    "practice_share",
    "core_modules",
    "internship_months",
];
