//! Files that do not parse get messages for people: in their language, naming the module
//! the problem is in and the line to look at, never the parser's options or Rust syntax.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::run_planner as run;

const PINGHU: &str = "curricula/pinghu-stroller-bag-staff-short-course.ron";

fn pinghu() -> String {
    std::fs::read_to_string(common::repository_path(PINGHU)).unwrap()
}

/// `check` on `text` in `language`: its standard error, after asserting it failed with 2.
fn check_message(text: &str, language: &str) -> String {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    std::fs::write(&path, text).unwrap();
    let output = run(&["check", "--lang", language, path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Words of the parser and of Rust that mean nothing to a programme leader.
const JARGON: [&str; 10] = [
    "ron::",
    "serde",
    "recursion_limit",
    "raw identifier",
    "r#",
    "#![enable",
    "std identifier",
    "`format_version`",
    "struct",
    "Options",
];

/// The message itself: its first line (the lines after quote the file).
fn assert_plain(message: &str) {
    let message = message.lines().next().unwrap_or_default();
    for word in JARGON {
        assert!(!message.contains(word), "{word:?} in: {message}");
    }
}

#[test]
fn the_parsers_jargon_cases_are_said_in_plain_words_in_both_languages() {
    let nested = format!("Plan(format_version: 1, title: {}", "(".repeat(500));
    let digit_name = pinghu().replacen("products:", "0roducts:", 1);
    let attribute = format!("#![enable(x)]\n{}", pinghu());
    let attribute_typo = format!("#!enable\n{}", pinghu());
    let bare_fields = "format_version: 1,\ntitle: Names(zh: \"a\", en: \"b\"),\n".to_owned();
    for (name, text, expected) in [
        ("nested", nested, "nested too deeply"),
        ("digit", digit_name, "0roducts"),
        ("attribute", attribute, "#![...]"),
        ("attribute typo", attribute_typo, "#![...]"),
        ("bare fields", bare_fields, "format_version"),
    ] {
        let english = check_message(&text, "en");
        assert!(english.contains(expected), "{name}: {english}");
        assert_plain(&english);
        let chinese = check_message(&text, "zh");
        assert_plain(&chinese);
        assert_ne!(chinese, english, "{name}: not translated");
    }
}

#[test]
fn a_missing_field_names_the_module_and_points_at_its_first_line() {
    let text = pinghu().replacen("            code: \"PX03\",\n", "", 1);
    let module_line = text
        .lines()
        .position(|line| line.contains("id: \"sc_stroller_compliance\""))
        .unwrap(); // the line before is `Module(`, 1-based that is this index
    let english = check_message(&text, "en");
    assert!(
        english.contains(&format!(":{module_line}:")),
        "line {module_line}: {english}"
    );
    assert!(
        english.contains("module “sc_stroller_compliance” lacks the field “code”"),
        "{english}"
    );
    assert_plain(&english);
    let chinese = check_message(&text, "zh");
    assert!(
        chinese.contains("课程“sc_stroller_compliance”缺少字段“code”"),
        "{chinese}"
    );
}

#[test]
fn a_bracket_deleted_mid_file_is_placed_by_the_indentation() {
    // The `],` that closes the terms list: the parser notices lines later.
    let text = pinghu();
    let lines: Vec<&str> = text.lines().collect();
    let terms = lines
        .iter()
        .position(|line| *line == "    terms: [")
        .unwrap();
    let terms_end = terms
        + lines[terms..]
            .iter()
            .position(|line| *line == "    ],")
            .unwrap();
    let mut broken: Vec<&str> = lines.clone();
    broken.remove(terms_end);
    let english = check_message(&(broken.join("\n") + "\n"), "en");
    assert!(
        english.contains(&format!("probably near line {}", terms_end + 1)),
        "{english}"
    );
}

#[test]
fn version_messages_list_the_versions_this_app_reads() {
    let text = pinghu().replacen("format_version: 4", "format_version: 0", 1);
    let english = check_message(&text, "en");
    assert!(english.contains("it reads: 1, 2"), "{english}");
}

#[test]
fn semicolon_and_tab_separated_curricula_are_read() {
    let original = std::fs::read_to_string(common::repository_path(
        "tests/fixtures/curricular-analytics/degree_plan.csv",
    ))
    .unwrap();
    let folder = tempfile::tempdir().unwrap();
    let comma = folder.path().join("comma.csv");
    std::fs::write(&comma, &original).unwrap();
    let expected = run(&["report", "--json", comma.to_str().unwrap()]);
    // As a spreadsheet saves it: a cell holding the separator is quoted.
    let semicolons = original.replace("4;5", "\"4;5\"").replace(',', ";");
    let tabs = original.replace(',', "\t");
    for (name, text) in [("semicolon", semicolons), ("tab", tabs)] {
        let path = folder.path().join(format!("{name}.csv"));
        std::fs::write(&path, text).unwrap();
        let output = run(&["report", "--json", path.to_str().unwrap()]);
        assert_eq!(
            output.status.code(),
            expected.status.code(),
            "{name}: {output:?}"
        );
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let reference: serde_json::Value = serde_json::from_slice(&expected.stdout).unwrap();
        assert_eq!(reference["totals"]["modules"], 16);
        assert_eq!(report["totals"], reference["totals"], "{name}");
    }
}

#[test]
fn errors_of_unreadable_files_come_in_the_chosen_language() {
    let missing = run(&["check", "--lang", "zh", "no-such-plan.ron"]);
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("文件不存在"), "{stderr}");
    let missing = run(&["check", "--lang", "en", "no-such-plan.ron"]);
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.contains("there is no such file"), "{stderr}");
}

/// A stray character at the start of a line, before or after its indentation, is reported on
/// that line: the parser itself names the end of the value before it, a line too early.
#[test]
fn a_stray_character_is_reported_on_its_own_line() {
    use curriculum_planner::io::{LoadError, parse_document};
    let text = pinghu();
    let lines: Vec<&str> = text.lines().collect();
    let path = std::path::Path::new("plan.ron");
    let mut misplaced = Vec::new();
    // Line 1 holds the document's name, where a stray character is a different error.
    for (index, line) in lines.iter().enumerate().skip(1).step_by(3) {
        let indentation = line.len() - line.trim_start().len();
        for at in [0, indentation] {
            let mut changed = lines.clone();
            let stray = format!("{}%{}", &line[..at], &line[at..]);
            changed[index] = &stray;
            match parse_document(path, &changed.join("\n")) {
                Err(LoadError::Syntax(error)) if error.line == index + 1 => {}
                Err(LoadError::Syntax(error)) => misplaced.push((index + 1, at, error.line)),
                other => panic!("line {}: not a syntax error: {other:?}", index + 1),
            }
        }
    }
    assert!(
        misplaced.is_empty(),
        "(line, column, reported line): {misplaced:?}"
    );
}

/// The short-course plan with line `number` (1-based) changed by `change`, in `folder`.
fn with_line_changed(
    folder: &std::path::Path,
    name: &str,
    number: usize,
    change: impl Fn(&str) -> String,
) -> std::path::PathBuf {
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    let lines: Vec<String> = original
        .lines()
        .enumerate()
        .map(|(at, line)| {
            if at + 1 == number {
                change(line)
            } else {
                line.to_owned()
            }
        })
        .collect();
    let path = folder.join(name);
    std::fs::write(&path, lines.join("\n")).unwrap();
    path
}

fn checked(path: &std::path::Path, extra: &[&str]) -> (Option<i32>, String) {
    let mut arguments = vec!["check", "--lang", "en"];
    arguments.extend_from_slice(extra);
    arguments.push(path.to_str().unwrap());
    let output = common::run_planner(&arguments);
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr),
    )
}

#[test]
fn a_missing_comma_is_pointed_at_the_end_of_its_own_line() {
    let folder = tempfile::tempdir().unwrap();
    // Line 4 is `        zh: "平湖童车与箱包出口企业员工跨境电商培训班",`.
    let path = with_line_changed(folder.path(), "comma.ron", 4, |line| {
        line.trim_end_matches(',').to_owned()
    });
    let (code, message) = checked(&path, &[]);
    assert_eq!(code, Some(2));
    let line = "        zh: \"平湖童车与箱包出口企业员工跨境电商培训班\"";
    let column = line.chars().count() + 1;
    assert!(
        message.contains(&format!("comma.ron:4:{column}: a comma is missing here")),
        "{message}"
    );
    // And at a number's end too.
    let path = with_line_changed(folder.path(), "version.ron", 2, |line| {
        line.trim_end_matches(',').to_owned()
    });
    let (_, message) = checked(&path, &[]);
    assert!(
        message.contains("version.ron:2:22: a comma is missing here"),
        "{message}"
    );
}

#[test]
fn a_full_width_comma_is_named_as_one() {
    let folder = tempfile::tempdir().unwrap();
    let path = with_line_changed(folder.path(), "full-width.ron", 2, |line| {
        format!("{}，", line.trim_end_matches(','))
    });
    let (code, message) = checked(&path, &[]);
    assert_eq!(code, Some(2));
    assert!(
        message.contains("full-width.ron:2:22: “，” is a full-width mark; use “,”"),
        "{message}"
    );
}

#[test]
fn an_empty_file_is_called_empty() {
    let folder = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("empty.ron", ""),
        ("blank.ron", " \n\t\n"),
        ("bom.ron", "\u{feff}\n"),
    ] {
        let path = folder.path().join(name);
        std::fs::write(&path, text).unwrap();
        let (code, message) = checked(&path, &[]);
        assert_eq!(code, Some(2), "{name}");
        assert!(message.contains("the file is empty"), "{name}: {message}");
    }
}

#[test]
fn a_huge_max_file_size_does_not_overflow_into_an_empty_read() {
    let path = common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron");
    for size in ["17592186044416", "18446744073709551615"] {
        let (code, message) = checked(&path, &["--max-file-size", size]);
        assert_eq!(code, Some(0), "{size}: {message}");
        assert!(message.contains("8 modules"), "{message}");
    }
}

#[test]
fn an_id_of_a_million_zero_width_spaces_is_echoed_in_at_most_200_characters() {
    let folder = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    let invisible = "\u{200b}".repeat(1_000_000);
    let text = original.replacen(
        "prerequisites: [",
        &format!("prerequisites: [\"{invisible}\", "),
        1,
    );
    let path = folder.path().join("invisible.ron");
    std::fs::write(&path, text).unwrap();
    let (code, message) = checked(&path, &[]);
    assert_eq!(code, Some(1), "{message}");
    let line = message
        .lines()
        .find(|line| line.contains("which the file does not define"))
        .unwrap();
    assert!(line.contains('…'));
    assert!(line.chars().filter(|&c| c == '\u{200b}').count() <= 200);
    assert!(message.len() < 2_000, "{} bytes", message.len());
}

#[test]
fn a_missing_comma_before_a_comment_is_pointed_at_before_the_comment() {
    let folder = tempfile::tempdir().unwrap();
    let path = with_line_changed(folder.path(), "commented.ron", 4, |line| {
        format!("{} // 班名", line.trim_end_matches(','))
    });
    let (code, message) = checked(&path, &[]);
    assert_eq!(code, Some(2));
    let line = "        zh: \"平湖童车与箱包出口企业员工跨境电商培训班\"";
    let column = line.chars().count() + 1;
    assert!(
        message.contains(&format!(
            "commented.ron:4:{column}: a comma is missing here"
        )),
        "{message}"
    );
}
