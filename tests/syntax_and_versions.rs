//! Broken files say where they are broken; newer files are refused; nothing panics.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::Path;

use curriculum_planner::io::{LoadError, parse_document, parse_plan};

const PINGHU: &str = "curricula/pinghu-stroller-bag-staff-short-course.ron";

fn pinghu_text() -> String {
    std::fs::read_to_string(common::repository_path(PINGHU)).unwrap()
}

#[test]
fn a_syntax_error_gives_line_column_and_the_line() {
    let text = pinghu_text().replacen("days: 5,", "days: 5x,", 1);
    let error = parse_plan(Path::new("plan.ron"), &text).unwrap_err();
    assert_eq!(error.position(), Some((25, 24)));
    let message = error.to_string();
    let mut lines = message.lines();
    assert_eq!(
        lines.next(),
        Some("plan.ron:25:24: a comma is missing here")
    );
    assert_eq!(lines.next(), Some("25 |                 days: 5x,"));
    assert_eq!(lines.next(), Some("   |                        ^"));
}

#[test]
fn columns_count_chinese_characters_as_one() {
    let text = pinghu_text().replace(
        "zh: \"平湖童车与箱包出口企业员工跨境电商培训班\",",
        "zh: \"平湖童车与箱包出口企业员工跨境电商培训班\" x,",
    );
    let error = parse_plan(Path::new("plan.ron"), &text).unwrap_err();
    // 8 spaces, `zh: `, a quote, 20 characters, a quote, a space: `x` is column 36.
    assert_eq!(error.position(), Some((4, 36)));
}

#[test]
fn a_truncated_file_says_where_it_ends() {
    let text = pinghu_text();
    let cut: String = text.chars().take(text.chars().count() / 2).collect();
    let error = parse_plan(Path::new("cut.ron"), &cut).unwrap_err();
    let (line, _) = error.position().expect("a position");
    assert!(line > 1 && line <= cut.lines().count(), "{error}");
    assert!(error.to_string().starts_with(&format!("cut.ron:{line}:")));
}

#[test]
fn a_long_one_line_file_shows_only_the_part_around_the_error() {
    let text = pinghu_text()
        .replace('\n', " ")
        .replacen("days: 5", "days: ?", 1);
    let message = parse_plan(Path::new("one-line.ron"), &text)
        .unwrap_err()
        .to_string();
    let shown = message.lines().nth(1).unwrap();
    assert!(shown.chars().count() < 120, "{shown}");
    assert!(shown.contains("days: ?"));
}

#[test]
fn a_newer_format_version_is_refused() {
    use curriculum_planner::io::CURRENT_FORMAT_VERSION;
    let newer = CURRENT_FORMAT_VERSION + 1;
    let text = pinghu_text().replace(
        &format!("format_version: {CURRENT_FORMAT_VERSION},"),
        &format!("format_version: {newer},"),
    );
    let error = parse_plan(Path::new("new.ron"), &text).unwrap_err();
    assert!(matches!(
        error,
        LoadError::NewerVersion {
            found,
            supported: CURRENT_FORMAT_VERSION,
            ..
        } if found == newer
    ));
    assert!(error.to_string().contains("newer than this app reads"));
}

#[test]
fn a_newer_file_with_fields_this_version_lacks_is_refused_as_newer() {
    // The version is read first, so new fields do not turn into a confusing syntax error.
    let text = pinghu_text()
        .replace("format_version: 4,", "format_version: 5,")
        .replace("kind: ShortCourse,", "kind: ShortCourse,\n    colour: Red,");
    assert!(matches!(
        parse_plan(Path::new("new.ron"), &text),
        Err(LoadError::NewerVersion { found: 5, .. })
    ));
}

#[test]
fn a_missing_or_zero_version_is_explained() {
    let text = pinghu_text().replace("    format_version: 4,\n", "");
    assert!(matches!(
        parse_plan(Path::new("old.ron"), &text),
        Err(LoadError::MissingVersion { .. })
    ));
    let text = pinghu_text().replace("format_version: 4,", "format_version: 0,");
    assert!(matches!(
        parse_plan(Path::new("old.ron"), &text),
        Err(LoadError::UnknownVersion { found: 0, .. })
    ));
}

#[test]
fn other_documents_are_named() {
    let text = pinghu_text().replacen("Plan(", "Timetable(", 1);
    let error = parse_document(Path::new("x.ron"), &text).unwrap_err();
    assert!(error.to_string().contains("“Timetable”"), "{error}");
    let library = std::fs::read_to_string(common::repository_path("assets/library.ron")).unwrap();
    let error = parse_plan(Path::new("library.ron"), &library).unwrap_err();
    assert_eq!(
        error.to_string(),
        "library.ron: expected a plan file, found a library file"
    );
}

#[test]
fn a_misspelt_field_is_reported_not_ignored() {
    let text = pinghu_text().replacen("theory_hours:", "theory_hour:", 1);
    let error = parse_plan(Path::new("typo.ron"), &text).unwrap_err();
    assert!(error.to_string().contains("theory_hour"), "{error}");
    assert!(error.position().is_some());
}

#[test]
fn windows_files_open_bom_crlf_and_gbk() {
    use curriculum_planner::io::decode_text;
    let text = pinghu_text();
    let expected = parse_plan(Path::new("a.ron"), &text).unwrap();

    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(text.replace('\n', "\r\n").as_bytes());
    let decoded = decode_text(Path::new("bom.ron"), &with_bom).unwrap();
    assert_eq!(
        parse_plan(Path::new("bom.ron"), &decoded).unwrap(),
        expected
    );

    let (gbk, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    let decoded = decode_text(Path::new("gbk.ron"), &gbk).unwrap();
    assert_eq!(
        parse_plan(Path::new("gbk.ron"), &decoded).unwrap(),
        expected
    );
}

#[test]
fn a_damaged_utf8_file_gives_line_and_column() {
    use curriculum_planner::io::decode_text;
    let mut bytes = pinghu_text().into_bytes();
    let at = bytes.iter().position(|&byte| byte >= 0x80).unwrap();
    bytes[at] = 0xFF;
    let error = decode_text(Path::new("damaged.ron"), &bytes).unwrap_err();
    assert_eq!(error.position(), Some((4, 14)));
}

/// A plan saved by the first release (format version 1, before the programme document)
/// opens with empty document fields and phases counted in hours, and is saved as the current version
/// that reads back the same.
#[test]
fn a_version_1_file_migrates_and_round_trips() {
    use curriculum_planner::io::{CURRENT_FORMAT_VERSION, load_plan, save_plan};
    let old = common::repository_path(
        "tests/fixtures/version-1/pinghu-stroller-bag-staff-short-course.ron",
    );
    let text = std::fs::read_to_string(&old).unwrap();
    assert!(text.contains("format_version: 1,"));
    assert!(!text.contains("document:"));
    let plan = load_plan(&old).unwrap();
    assert_eq!(plan.format_version, CURRENT_FORMAT_VERSION);
    assert!(plan.document.specifications.is_empty());
    // A short course's terms are phases of hours since version 3.
    assert!(
        plan.terms
            .iter()
            .all(|term| term.calendar.phase().is_some())
    );
    assert!(
        plan.modules
            .iter()
            .all(|module| module.assessment.is_none())
    );

    let folder = tempfile::tempdir().unwrap();
    let new = folder.path().join("plan.ron");
    save_plan(&new, &plan).unwrap();
    let saved = std::fs::read_to_string(&new).unwrap();
    assert!(
        saved.starts_with(&format!(
            "Plan(\n    format_version: {CURRENT_FORMAT_VERSION},\n"
        )),
        "{saved:.60}"
    );
    assert!(saved.contains("    document: ProgrammeDocument("));
    assert_eq!(load_plan(&new).unwrap(), plan);
    // Apart from the document, the migrated plan is the plan the old file held.
    let shipped = load_plan(&common::repository_path(PINGHU)).unwrap();
    assert_eq!(plan.modules.len(), shipped.modules.len());
    assert_eq!(plan.terms.len(), shipped.terms.len());
}
