//! The command line as a script or a person uses it: exit codes and messages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn planner(arguments: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_curriculum-planner"))
        .args(arguments)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn run(arguments: &[&str]) -> Output {
    let arguments: Vec<&std::ffi::OsStr> = arguments.iter().map(|a| a.as_ref()).collect();
    planner(&arguments)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_on_every_shipped_plan() {
    let files: Vec<_> = common::shipped_documents();
    let mut arguments: Vec<&std::ffi::OsStr> =
        vec!["check".as_ref(), "--lang".as_ref(), "en".as_ref()];
    arguments.extend(files.iter().map(|path| path.as_os_str()));
    let output = planner(&arguments);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    let stdout = text(&output.stdout);
    assert_eq!(stdout.lines().count(), files.len(), "{stdout}");
    assert!(
        stdout.lines().all(|line| line.contains(": ok, ")),
        "{stdout}"
    );
}

#[test]
fn check_on_a_truncated_copy_exits_2_with_line_and_column() {
    let folder = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let truncated = folder.path().join("truncated.ron");
    std::fs::write(&truncated, &original.as_bytes()[..original.len() / 3]).unwrap();
    let output = run(&["check", truncated.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    let first = stderr.lines().next().unwrap_or_default();
    let position = first
        .strip_prefix(&format!("{}:", truncated.display()))
        .unwrap_or_else(|| panic!("{stderr}"));
    let mut numbers = position
        .split(':')
        .take(2)
        .map(|part| part.parse::<usize>());
    assert!(
        matches!((numbers.next(), numbers.next()), (Some(Ok(_)), Some(Ok(_)))),
        "no LINE:COL in {first}"
    );
}

#[test]
fn check_on_a_garbled_copy_exits_2_with_line_and_column() {
    let folder = tempfile::tempdir().unwrap();
    let garbled = folder.path().join("garbled.ron");
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    std::fs::write(
        &garbled,
        original.replacen("credits: 0.0,", "credits: zero,", 1),
    )
    .unwrap();
    let output = run(&["check", garbled.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    let line = original
        .lines()
        .position(|line| line.contains("credits: 0.0,"))
        .unwrap()
        + 1;
    assert!(
        stderr.starts_with(&format!("{}:{line}:", garbled.display())),
        "{stderr}"
    );
    assert!(stderr.contains("credits: zero,"), "{stderr}");
}

#[test]
fn check_on_a_missing_file_names_it() {
    let output = run(&["check", "--lang", "en", "curricula/no-such-plan.ron"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("curricula/no-such-plan.ron"), "{stderr}");
    assert!(stderr.contains("cannot read"), "{stderr}");
}

#[test]
fn check_with_findings_exits_1_and_names_the_line() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("findings.ron");
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/farmers-cooperative-agricultural-cbec.ron",
    ))
    .unwrap();
    // Put a module no one defines into the first term.
    let first = "                Placement(module: \"sc_rural_ecommerce_basics\",";
    let broken = original.replacen(
        first,
        &format!("                Placement(module: \"ghost_module\", time: Hours(8)),\n{first}"),
        1,
    );
    std::fs::write(&path, &broken).unwrap();
    let line = broken
        .lines()
        .position(|line| line.contains("ghost_module"))
        .unwrap()
        + 1;
    let output = run(&["check", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains(&format!(
            "{}:{line}: error: term 1 lists module \"ghost_module\"",
            path.display()
        )),
        "{stdout}"
    );
    // Chinese is the default.
    let output = run(&["check", path.to_str().unwrap()]);
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains(&format!(
            "{}:{line}: 错误: 第1学期列出的课程“ghost_module”在文件中没有定义",
            path.display()
        )),
        "{stdout}"
    );
}

/// A module renamed in English only keeps 新建课程 in Chinese: `check` says so as the window
/// does, at the module's line (the Chinese document would print 新建课程).
#[test]
fn check_names_a_module_renamed_in_one_language_only() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("renamed.ron");
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    let renamed = original.replacen("zh: \"阿里巴巴国际站运营速成\"", "zh: \"新建课程\"", 1);
    assert_ne!(renamed, original);
    std::fs::write(&path, &renamed).unwrap();
    // The line of the module's name, under its id.
    let lines: Vec<&str> = renamed.lines().collect();
    let id = lines
        .iter()
        .position(|line| line.contains("id: \"sc_alibaba_store_workshop\""))
        .unwrap();
    let line = id
        + lines[id..]
            .iter()
            .position(|line| line.contains("name: Names("))
            .unwrap()
        + 1;
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains(&format!("{}:{line}: 警告:", path.display()))
            && stdout.contains("中文名称仍是默认的“新建课程”"),
        "{stdout}"
    );
}

/// The line of the `code:` field of the module whose `id:` is `id`.
fn code_line(text: &str, id: &str) -> usize {
    let start = text
        .lines()
        .position(|line| line.trim() == format!("id: \"{id}\","))
        .unwrap();
    start
        + text
            .lines()
            .skip(start)
            .position(|line| line.trim().starts_with("code:"))
            .unwrap()
        + 1
}

#[test]
fn check_reports_a_blank_and_a_duplicate_module_code_at_their_lines() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("codes.ron");
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap();
    let plan = curriculum_planner::io::parse_plan(Path::new("plan.ron"), &original).unwrap();
    let (first, second, third) = (&plan.modules[0], &plan.modules[1], &plan.modules[2]);
    // The second module takes the first one's code; the third loses its code.
    let edited = original
        .replacen(
            &format!("code: \"{}\",", second.code),
            &format!("code: \"{}\",", first.code),
            1,
        )
        .replacen(&format!("code: \"{}\",", third.code), "code: \"  \",", 1);
    std::fs::write(&path, &edited).unwrap();
    let output = run(&["check", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    let duplicate = code_line(&edited, second.id.as_str());
    let blank = code_line(&edited, third.id.as_str());
    assert!(
        stdout.contains(&format!(
            "{}:{duplicate}: error: module \"{}\" has code \"{}\", which module \"{}\" already uses",
            path.display(),
            second.id,
            first.code,
            first.id
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{}:{blank}: error: module \"{}\" has no code",
            path.display(),
            third.id
        )),
        "{stdout}"
    );
}

#[test]
fn the_worst_file_decides_the_exit_status() {
    let output = run(&[
        "check",
        "--lang",
        "en",
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
        "curricula/missing.ron",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stdout).contains(": ok, "));
}

#[test]
fn fmt_on_a_canonical_file_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let path = common::copied_example(folder.path());
    let before = std::fs::read(&path).unwrap();
    let output = run(&["fmt", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!Path::new(&format!("{}.bak", path.display())).exists());
    assert_eq!(text(&output.stdout), "");
}

#[test]
fn fmt_rewrites_a_hand_edited_file_into_canonical_form() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    let canonical = std::fs::read_to_string(common::repository_path(
        "curricula/pinghu-stroller-bag-staff-short-course.ron",
    ))
    .unwrap();
    // What a colleague's editor might do: one long line, CRLF, a comment.
    let edited = format!(
        "// edited by hand\r\n{}",
        canonical.replace("\n    ", " ").replace('\n', "\r\n")
    );
    std::fs::write(&path, &edited).unwrap();
    assert_eq!(
        run(&["fmt", "--check", path.to_str().unwrap()])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);

    // The comment is the author's: `fmt` asks before removing it.
    let output = run(&["fmt", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
    let output = run(&["fmt", "--drop-comments", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), canonical);
    assert_eq!(
        std::fs::read_to_string(format!("{}.bak", path.display())).unwrap(),
        edited
    );
}

#[test]
fn a_command_line_mistake_exits_2() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate", "x"]).status.code(), Some(2));
}
