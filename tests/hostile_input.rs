//! Files a colleague might mail, or a fuzzer might make: every one gets a clear, bounded
//! answer (an error with its row, or a finding), never a panic, a hang or a flood.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::run_planner as run;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The shipped degree plan with one course's `Term` replaced.
fn degree_plan_with_term(term: &str) -> String {
    let original = std::fs::read_to_string(common::repository_path(
        "tests/fixtures/curricular-analytics/degree_plan.csv",
    ))
    .unwrap();
    original.replacen(
        "1,Introduction to Baskets,BW,110,,,,3,ACME State University,Baskets I,2",
        &format!("1,Introduction to Baskets,BW,110,,,,3,ACME State University,Baskets I,{term}"),
        1,
    )
}

#[test]
fn a_term_number_no_programme_has_is_an_error_at_its_row() {
    let folder = tempfile::tempdir().unwrap();
    for term in [
        "18446744073709551615",
        "4294967296",
        "1000000",
        "65",
        "0",
        "-1",
    ] {
        let path = folder.path().join(format!("term-{term}.csv"));
        std::fs::write(&path, degree_plan_with_term(term)).unwrap();
        for command in ["check", "report"] {
            let output = run(&[command, "--lang", "en", path.to_str().unwrap()]);
            assert_eq!(output.status.code(), Some(2), "{command} {term}");
            let stderr = text(&output.stderr);
            assert!(
                stderr.contains(&format!(
                    "{}:9: course 1: Term “{term}” is not a term number from 1 to 64",
                    path.display()
                )),
                "{command} {term}: {stderr}"
            );
            assert!(output.stdout.is_empty(), "{command} {term}");
        }
    }
    // 64 is the last term a file may use.
    let path = folder.path().join("term-64.csv");
    std::fs::write(&path, degree_plan_with_term("64")).unwrap();
    let output = run(&["report", "--json", path.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["totals"]["terms"].as_array().unwrap().len(), 64);
}

/// Starts `arguments` with standard output going to a pipe that is closed at once, as
/// `… | head -0` does, and returns what the program said on standard error and its status.
fn run_into_a_closed_pipe(arguments: &[&str]) -> (String, Option<i32>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_curriculum-planner"))
        .args(arguments)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    (text(&output.stderr), output.status.code())
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    let plan = "curricula/cbec-higher-vocational-3-year.ron";
    let other = "curricula/pinghu-stroller-bag-staff-short-course.ron";
    for arguments in [
        vec!["report", "--json", plan],
        vec!["report", plan],
        vec!["compare", plan, other],
        vec!["compare", "--json", plan, other],
        vec!["check", plan, other],
    ] {
        let (stderr, status) = run_into_a_closed_pipe(&arguments);
        assert!(!stderr.contains("panicked"), "{arguments:?}: {stderr}");
        assert_eq!(stderr, "", "{arguments:?}");
        assert_eq!(status, Some(0), "{arguments:?}");
    }
}

#[test]
fn many_findings_are_printed_through_a_closed_pipe_quietly() {
    // 3,000 findings: far more output than a pipe holds.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("many.ron");
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/farmers-cooperative-agricultural-cbec.ron",
    ))
    .unwrap();
    let ghosts: String = (0..3000)
        .map(|number| {
            format!("                Placement(module: \"ghost_{number}\", time: Hours(8)),\n")
        })
        .collect();
    let first = "                Placement(module: \"sc_rural_ecommerce_basics\",";
    let broken = original.replacen(first, &format!("{ghosts}{first}"), 1);
    std::fs::write(&path, broken).unwrap();
    let output = run(&["check", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout).lines().count(), 3001);
    let (stderr, _) = run_into_a_closed_pipe(&["check", path.to_str().unwrap()]);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_file_above_the_size_limit_is_refused_before_it_is_read() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("big.ron");
    let mut file = std::fs::File::create(&path).unwrap();
    let filler = vec![b' '; 1024 * 1024];
    for _ in 0..3 {
        file.write_all(&filler).unwrap();
    }
    drop(file);
    let output = run(&[
        "check",
        "--max-file-size",
        "2",
        "--lang",
        "en",
        path.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("is 3 MiB, more than the 2 MiB a file read here can be"),
        "{stderr}"
    );
    // Under the default limit the same file is read (and is not a plan).
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!text(&output.stderr).contains("MiB"));
}

#[test]
fn no_message_repeats_a_megabyte_of_the_file() {
    let folder = tempfile::tempdir().unwrap();
    let long = "a".repeat(1024 * 1024);
    let cases = [
        ("identifier.ron", long.clone()),
        ("struct.ron", format!("{long}(format_version: 1)")),
        ("field.ron", format!("Plan(format_version: 1, {long}: 1)")),
    ];
    for (name, content) in cases {
        let path = folder.path().join(name);
        std::fs::write(&path, content).unwrap();
        let output = run(&["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let said = output.stdout.len() + output.stderr.len();
        assert!(said < 2_000, "{name}: {said} bytes of messages");
    }
    // A CSV cell.
    let path = folder.path().join("cell.csv");
    std::fs::write(&path, degree_plan_with_term(&long)).unwrap();
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stderr.len() < 2_000, "{} bytes", output.stderr.len());
    // A title: the "ok" line names the plan, briefly.
    let original = std::fs::read_to_string(common::repository_path(
        "curricula/farmers-cooperative-agricultural-cbec.ron",
    ))
    .unwrap();
    let plan =
        curriculum_planner::io::parse_plan(std::path::Path::new("x.ron"), &original).unwrap();
    let path = folder.path().join("title.ron");
    std::fs::write(
        &path,
        original.replacen(
            &format!("zh: \"{}\"", plan.title.zh),
            &format!("zh: \"{long}\""),
            1,
        ),
    )
    .unwrap();
    let output = run(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(output.stdout.len() < 2_000, "{} bytes", output.stdout.len());
}
