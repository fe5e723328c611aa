//! The files we ship open exactly as saved, and are clean.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::io::{Document, load_document, save_document};
use curriculum_planner::model::validate::{
    validate, validate_library, validate_rule_book, validate_survey,
};

#[test]
fn there_are_plans_a_library_and_a_survey() {
    let files = common::shipped_documents();
    let kinds: Vec<_> = files
        .iter()
        .map(|path| load_document(path).map(|document| document.kind()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|error| panic!("{error}"));
    use curriculum_planner::io::DocumentKind::*;
    assert!(kinds.iter().filter(|kind| **kind == Plan).count() >= 3);
    assert!(kinds.contains(&Library));
    assert!(kinds.contains(&Survey));
}

#[test]
fn every_shipped_file_saves_byte_identical() {
    let folder = tempfile::tempdir().unwrap();
    for path in common::shipped_documents() {
        let original = std::fs::read(&path).unwrap();
        let document = load_document(&path).unwrap_or_else(|error| panic!("{error}"));
        let copy = folder.path().join(path.file_name().unwrap());
        save_document(&copy, &document).unwrap();
        let saved = std::fs::read(&copy).unwrap();
        assert!(
            saved == original,
            "{} changes when loaded and saved",
            path.display()
        );
        // And reading the copy gives the same document.
        assert_eq!(load_document(&copy).unwrap(), document);
    }
}

#[test]
fn every_shipped_file_is_clean() {
    for path in common::shipped_documents() {
        let findings = match load_document(&path).unwrap() {
            Document::Plan(plan) => validate(&plan),
            Document::Library(library) => validate_library(&library),
            Document::Survey(survey) => validate_survey(&survey),
            Document::RuleBook(book) => validate_rule_book(&book),
        };
        assert!(findings.is_empty(), "{}: {findings:?}", path.display());
    }
}

#[test]
fn seed_survey_has_the_published_figures() {
    let Document::Survey(document) =
        load_document(&common::repository_path("assets/surveys/jiaxing-2018.ron")).unwrap()
    else {
        panic!("not a survey document");
    };
    let survey = &document.survey;
    assert_eq!(survey.respondents, 100);
    assert_eq!(survey.year, 2018);
    let shares: Vec<(&str, f64)> = survey
        .skills
        .iter()
        .map(|demand| (demand.skill.as_str(), demand.share))
        .collect();
    assert_eq!(
        shares,
        [
            ("foreign_language", 0.89),
            ("economic_trade", 1.0),
            ("oral_communication", 0.91),
            ("computer_operation", 0.93),
            ("management", 0.34),
            ("teamwork", 0.97),
        ]
    );
    let tables: Vec<(&str, Vec<f64>)> = survey
        .context
        .iter()
        .map(|table| {
            (
                table.id.as_str(),
                table.rows.iter().map(|row| row.share).collect(),
            )
        })
        .collect();
    assert_eq!(
        tables,
        [
            ("prospects", vec![0.74, 0.07, 0.19]),
            ("advantages", vec![0.89, 0.67, 0.71, 0.20, 0.17, 0.24]),
            ("disadvantages", vec![0.88, 0.75, 0.64, 0.53, 0.81]),
        ]
    );
}

#[test]
fn library_covers_the_seed_training_forms_and_industries() {
    use curriculum_planner::model::Delivery;
    let Document::Library(library) =
        load_document(&common::repository_path("assets/library.ron")).unwrap()
    else {
        panic!("not a library");
    };
    assert!(library.modules.len() >= 40);
    assert!(library.industries.len() >= 10);
    for delivery in Delivery::ALL {
        assert!(
            library
                .modules
                .iter()
                .any(|module| module.delivery == delivery),
            "no module delivered as {delivery:?}"
        );
    }
    for industry in &library.industries {
        assert!(
            library
                .modules
                .iter()
                .any(|module| module.industries.contains(&industry.id)),
            "no module serves {}",
            industry.id
        );
        assert!(!industry.name.zh.is_empty() && !industry.name.en.is_empty());
    }
}

#[test]
fn three_year_plan_meets_the_issue_figures() {
    let plan = curriculum_planner::io::load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    assert_eq!(plan.terms.len(), 6);
    let (hours, practice) = plan
        .scheduled_modules()
        .into_iter()
        .fold((0, 0), |(hours, practice), (_, module)| {
            (hours + module.hours(), practice + module.practice_hours)
        });
    assert!(hours >= 2500, "{hours} hours");
    assert!(
        practice * 2 >= hours,
        "{practice} practice of {hours} hours"
    );
}

#[test]
fn changing_one_field_changes_one_line() {
    let path = common::repository_path("curricula/cbec-higher-vocational-3-year.ron");
    let Document::Plan(mut plan) = load_document(&path).unwrap() else {
        panic!("not a plan");
    };
    let before = Document::Plan(plan.clone()).to_canonical().unwrap();
    plan.modules[3].practice_hours += 2;
    let after = Document::Plan(plan).to_canonical().unwrap();
    let before_lines: Vec<&str> = before.lines().collect();
    let after_lines: Vec<&str> = after.lines().collect();
    assert_eq!(before_lines.len(), after_lines.len());
    let changed: Vec<_> = before_lines
        .iter()
        .zip(&after_lines)
        .filter(|(old, new)| old != new)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].1.trim_start().starts_with("practice_hours:"));
}
