//! Rules as documents: the shipped books load and are met by the 3-year example; each kind of
//! rule passes and fails on a small plan; a rule names its source; a college's copy of a book
//! beside its plans is found and used; a book that does not read is named with its line.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::analysis::{RemedyChange, RuleCheck, check_rules, totals};
use curriculum_planner::catalogue::{Language, rule_source};
use curriculum_planner::editor::{report_with_shipped_rules, shipped_books};
use curriculum_planner::io::{find_rule_books, load_plan, parse_plan};
use curriculum_planner::model::{
    BookOrigin, Category, CourseMatch, Delivery, HoursCounted, Names, Plan, Rule, RuleBook,
    RuleKind, RulesProfile, Selector, Source,
};

/// `plan` checked against a book of the one rule `check`.
fn checked(plan: &Plan, check: RuleKind) -> RuleCheck {
    let book = RuleBook {
        format_version: 0,
        id: "test".into(),
        name: Names::new("测试", "Test"),
        description: Names::default(),
        programme: None,
        rules: vec![Rule {
            id: "rule".into(),
            sentence: Names::new("规则", "Rule"),
            check,
            source: Source {
                document: "测试〔2026〕1号".into(),
                title: "测试规定".into(),
                ..Source::default()
            },
        }],
    };
    check_rules(plan, &book, &totals(plan)).remove(0)
}

fn course(names: &[&str]) -> CourseMatch {
    CourseMatch {
        names: names.iter().map(|name| (*name).to_owned()).collect(),
        ..CourseMatch::default()
    }
}

#[test]
fn each_kind_of_rule_passes_and_fails_on_a_small_plan() {
    // basics 2 cr 32 h (term 1), store 3 cr 16 + 32 h and photo 2 cr 8 + 24 h (term 2):
    // 112 hours, 56 of them practice, 7 credits, every module professional core, 16 h a credit.
    let plan = common::small_plan();
    let pairs: Vec<(RuleKind, RuleKind)> = vec![
        (
            RuleKind::TotalHours {
                at_least: Some(112.0),
                at_most: None,
            },
            RuleKind::TotalHours {
                at_least: Some(113.0),
                at_most: None,
            },
        ),
        (
            RuleKind::TotalCredits {
                at_least: None,
                at_most: Some(7.0),
            },
            RuleKind::TotalCredits {
                at_least: None,
                at_most: Some(6.5),
            },
        ),
        (
            RuleKind::HoursPerCredit {
                from: 16.0,
                to: 18.0,
            },
            RuleKind::HoursPerCredit {
                from: 17.0,
                to: 18.0,
            },
        ),
        (
            RuleKind::ShareOfHours {
                of: Selector {
                    category: Some(Category::ProfessionalCore),
                    ..Selector::default()
                },
                counting: HoursCounted::All,
                at_least: Some(1.0),
                at_most: None,
            },
            RuleKind::ShareOfHours {
                of: Selector {
                    category: Some(Category::PublicBasic),
                    ..Selector::default()
                },
                counting: HoursCounted::All,
                at_least: Some(0.25),
                at_most: None,
            },
        ),
        (
            RuleKind::ShareOfHours {
                of: Selector::default(),
                counting: HoursCounted::Practice,
                at_least: Some(0.5),
                at_most: None,
            },
            RuleKind::ShareOfHours {
                of: Selector::default(),
                counting: HoursCounted::Practice,
                at_least: Some(0.51),
                at_most: None,
            },
        ),
        (
            RuleKind::ModuleCount {
                of: Selector::default(),
                at_least: Some(3.0),
                at_most: Some(3.0),
            },
            RuleKind::ModuleCount {
                of: Selector {
                    delivery: Some(Delivery::EnterpriseInternship),
                    ..Selector::default()
                },
                at_least: Some(1.0),
                at_most: None,
            },
        ),
        (
            RuleKind::Course {
                course: course(&["store"]),
                hours: Some(48.0),
                credits: Some(3.0),
                weeks: None,
            },
            RuleKind::Course {
                course: course(&["store"]),
                hours: Some(49.0),
                credits: None,
                weeks: None,
            },
        ),
        (
            RuleKind::EveryTerm {
                course: course(&["课程"]),
                hours_each_term: Some(32.0),
            },
            RuleKind::EveryTerm {
                course: course(&["basics"]),
                hours_each_term: None,
            },
        ),
        (
            RuleKind::InternshipMonths {
                course: None,
                at_least: None,
                at_most: Some(8.0),
            },
            RuleKind::InternshipMonths {
                course: None,
                at_least: Some(5.0),
                at_most: None,
            },
        ),
    ];
    for (passes, fails) in pairs {
        let met = checked(&plan, passes.clone());
        assert!(met.ok && met.remedy.is_none(), "{passes:?}: {met:?}");
        let missed = checked(&plan, fails.clone());
        assert!(
            !missed.ok && missed.remedy.is_some(),
            "{fails:?}: {missed:?}"
        );
    }
}

#[test]
fn a_course_rule_says_what_is_missing_and_where_the_course_is() {
    let plan = common::small_plan();
    let absent = checked(
        &plan,
        RuleKind::Course {
            course: course(&["体育"]),
            hours: Some(108.0),
            credits: None,
            weeks: None,
        },
    );
    assert_eq!(absent.remedy.unwrap().change, RemedyChange::AddCourse);
    // By code: photo's 32 hours are 8 short of 40.
    let short = checked(
        &plan,
        RuleKind::Course {
            course: CourseMatch {
                codes: vec!["PHOTO".into()],
                ..CourseMatch::default()
            },
            hours: Some(40.0),
            credits: None,
            weeks: None,
        },
    );
    let remedy = short.remedy.unwrap();
    assert_eq!(remedy.change, RemedyChange::AddHours);
    assert!((remedy.amount - 8.0).abs() < 1e-9);
    assert_eq!(remedy.modules, ["photo".into()]);
    // By tag, where the name does not say.
    let mut tagged = plan.clone();
    tagged.modules[0].tags = vec!["劳动教育".into()];
    let found = checked(
        &tagged,
        RuleKind::Course {
            course: CourseMatch {
                tags: vec!["劳动教育".into()],
                ..CourseMatch::default()
            },
            hours: Some(16.0),
            credits: None,
            weeks: None,
        },
    );
    assert!(found.ok);
}

#[test]
fn the_shipped_books_load_and_the_three_year_example_meets_every_rule() {
    let (books, errors) = find_rule_books(None);
    assert!(errors.is_empty(), "{errors:?}");
    let shipped: Vec<&str> = books
        .all()
        .iter()
        .filter(|found| found.origin == BookOrigin::Shipped)
        .map(|found| found.book.id.as_str())
        .collect();
    for id in [
        "higher-vocational-3-year",
        "undergraduate-4-year",
        "short-course",
        "no-rules",
    ] {
        assert!(shipped.contains(&id), "{id} in {shipped:?}");
    }
    let plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    assert_eq!(plan.rules, RulesProfile::book("higher-vocational-3-year"));
    let report = report_with_shipped_rules(&plan, None);
    assert!(report.rules.len() >= 15, "{}", report.rules.len());
    for rule in &report.rules {
        assert!(rule.ok, "{rule:?}");
        assert!(!rule.rule.source.document.is_empty(), "{rule:?}");
        assert!(!rule.rule.source.title.is_empty(), "{rule:?}");
    }
    // Every rule of the printed report names its source.
    let output = common::run_planner(&["report", "curricula/cbec-higher-vocational-3-year.ron"]);
    let printed = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        printed.matches("依据：").count(),
        report.rules.len(),
        "{printed}"
    );
    assert!(!printed.contains("[FAIL]"), "{printed}");
}

#[test]
fn a_plan_with_72_hours_of_physical_education_fails_the_rule_which_names_its_source() {
    let mut plan = load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    for term in &mut plan.terms {
        term.modules
            .retain(|placement| placement.module.as_str() != "physical_education_3");
    }
    let report = report_with_shipped_rules(&plan, None);
    let rule = report
        .rules
        .iter()
        .find(|rule| rule.id() == "physical_education")
        .unwrap();
    assert!(!rule.ok);
    assert_eq!(rule.rule.source.document, "教体艺〔2014〕4号");
    assert_eq!(
        rule_source(Language::Chinese, &rule.rule.source),
        "《高等学校体育工作基本标准》（教体艺〔2014〕4号）"
    );
    let remedy = rule.remedy.as_ref().unwrap();
    assert_eq!(remedy.change, RemedyChange::AddHours);
    assert!((remedy.amount - 36.0).abs() < 1e-9, "{remedy:?}");
}

#[test]
fn a_colleges_copy_of_a_book_beside_its_plans_is_found_and_used() {
    let folder = tempfile::tempdir().unwrap();
    let plan_path = common::copied_example(folder.path());
    let shipped = std::fs::read_to_string(common::repository_path(
        "assets/rules/higher-vocational-3-year.rules.ron",
    ))
    .unwrap();
    // The college asks 3000 hours where the nation asks 2500.
    let copy = shipped.replacen("at_least: 2500.0", "at_least: 3000.0", 1);
    assert_ne!(copy, shipped);
    std::fs::write(folder.path().join("我校.rules.ron"), copy).unwrap();
    let (books, errors) = find_rule_books(Some(&plan_path));
    assert!(errors.is_empty(), "{errors:?}");
    let found = books.get("higher-vocational-3-year").unwrap();
    assert!(matches!(found.origin, BookOrigin::BesidePlan(_)));
    let output = common::run_planner(&["report", "--json", plan_path.to_str().unwrap()]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let total = value["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|rule| rule["id"] == "total_hours")
        .unwrap();
    assert_eq!(total["ok"], false);
    assert_eq!(total["minimum"], 3000.0);
    assert_eq!(total["source"]["document"], "教职成〔2019〕13号");
    // Elsewhere the shipped book still holds.
    let shipped_report = common::run_planner(&[
        "report",
        "--json",
        "curricula/cbec-higher-vocational-3-year.ron",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&shipped_report.stdout).unwrap();
    assert_eq!(value["rule_book"]["id"], "higher-vocational-3-year");
    assert!(
        value["rules"]
            .as_array()
            .unwrap()
            .iter()
            .all(|rule| rule["ok"] == true)
    );
}

#[test]
fn a_book_that_does_not_read_is_named_with_its_line_and_left_out() {
    let folder = tempfile::tempdir().unwrap();
    let plan_path = common::copied_example(folder.path());
    std::fs::write(
        folder.path().join("broken.rules.ron"),
        "RuleBook(\n    format_version: 4,\n    id: \"broken\",\n    name: (zh: \"坏\", en: \"Broken\"),\n    rules: [\n        Rule(id: \"x\", sentence: (zh: \"\", en: \"\"), check: TotalHours(at_least: \"many\")),\n    ],\n)\n",
    )
    .unwrap();
    let (books, errors) = find_rule_books(Some(&plan_path));
    assert_eq!(errors.len(), 1);
    let message = errors[0].message(Language::Chinese);
    assert!(message.contains("broken.rules.ron:6:"), "{message}");
    assert!(books.get("broken").is_none());
    // The plan is still checked against the shipped book, and the command says why the
    // college's book was not used.
    let output = common::run_planner(&["report", plan_path.to_str().unwrap()]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("broken.rules.ron:6:"), "{stderr}");
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("[ok] total_hours")
    );
}

#[test]
fn a_plan_naming_a_book_not_found_checks_nothing_and_says_so() {
    let mut plan = common::small_plan();
    plan.rules = RulesProfile::book("某学院-2026");
    let report = report_with_shipped_rules(&plan, None);
    assert!(report.rules.is_empty());
    assert_eq!(report.missing_book.as_deref(), Some("某学院-2026"));
}

#[test]
fn a_book_with_inverted_limits_or_a_share_above_one_is_refused_at_its_rule() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("own.rules.ron");
    std::fs::write(
        &path,
        "RuleBook(\n    format_version: 4,\n    id: \"own\",\n    name: (zh: \"本校\", en: \"Ours\"),\n    rules: [\n        Rule(\n            id: \"share\",\n            sentence: (zh: \"实践\", en: \"Practice\"),\n            check: ShareOfHours(counting: Practice, at_least: 50),\n            source: Source(document: \"本校\", title: \"本校规定\"),\n        ),\n        Rule(\n            id: \"hours\",\n            sentence: (zh: \"学时\", en: \"Hours\"),\n            check: TotalHours(at_least: 3000, at_most: 2500),\n            source: Source(document: \"本校\", title: \"本校规定\"),\n        ),\n    ],\n)\n",
    )
    .unwrap();
    let output = common::run_planner(&["check", path.to_str().unwrap()]);
    let printed = String::from_utf8(output.stdout).unwrap();
    assert!(printed.contains("own.rules.ron:7:"), "{printed}");
    assert!(printed.contains("0 到 1 之间"), "{printed}");
    assert!(printed.contains("own.rules.ron:13:"), "{printed}");
    assert!(printed.contains("下限大于上限"), "{printed}");
}

#[test]
fn rules_of_versions_one_to_three_read_as_books_with_the_same_figures() {
    let text = |rules: &str| {
        std::fs::read_to_string(common::repository_path(
            "curricula/pinghu-stroller-bag-staff-short-course.ron",
        ))
        .unwrap()
        .replacen("format_version: 4", "format_version: 3", 1)
        .replacen("rules: Book(\"short-course\")", rules, 1)
    };
    let path = std::path::Path::new("old.ron");
    let moe = parse_plan(path, &text("rules: Moe2019HigherVocational")).unwrap();
    assert_eq!(moe.rules, RulesProfile::book("higher-vocational-3-year"));
    let none = parse_plan(path, &text("rules: NoRules")).unwrap();
    assert!(none.rules.is_no_rules());
    // A range of the plan's own is kept as rules the plan carries, with the same figures.
    let own = parse_plan(
        path,
        &text("rules: ShortCourse(min_hours: 40, max_hours: 60)"),
    )
    .unwrap();
    let report = report_with_shipped_rules(&own, None);
    assert_eq!(report.rules.len(), 1);
    assert_eq!(report.rules[0].minimum, Some(40.0));
    assert_eq!(report.rules[0].maximum, Some(60.0));
    assert!(!report.rules[0].ok, "80 hours are over 60");
    let credits = parse_plan(
        path,
        &text("rules: Undergraduate(min_credits: 150.0, max_credits: 180.0)"),
    )
    .unwrap();
    let RulesProfile::Own(book) = &credits.rules else {
        panic!("{:?}", credits.rules);
    };
    assert_eq!(
        book.rules[0].check,
        RuleKind::TotalCredits {
            at_least: Some(150.0),
            at_most: Some(180.0)
        }
    );
    // Saved again, the plan's own rules travel with it and read back the same.
    let saved = curriculum_planner::io::to_canonical_ron(&credits).unwrap();
    assert!(saved.contains("rules: Own("), "{saved}");
    assert_eq!(parse_plan(path, &saved).unwrap().rules, credits.rules);
}

#[test]
fn shipped_books_are_read_once_and_resolve_by_id() {
    let books = shipped_books();
    assert!(books.get("short-course").is_some());
    assert!(
        books
            .resolve(&RulesProfile::book("no-rules"))
            .unwrap()
            .rules
            .is_empty()
    );
}

/// A range with no regulation behind it (a short course's hours) says so, in its own words,
/// and is never dressed as a document title in 《》.
#[test]
fn a_usual_range_is_not_printed_as_a_regulation() {
    let plan = load_plan(&common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    let report = report_with_shipped_rules(&plan, None);
    assert!(!report.rules.is_empty());
    for rule in &report.rules {
        let source = rule_source(Language::Chinese, &rule.rule.source);
        assert!(source.starts_with("无国家规定，常用范围："), "{source}");
        assert!(
            !source.contains('《') && !source.contains("本工具"),
            "{source}"
        );
    }
}
