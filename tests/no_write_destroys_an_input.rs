//! A slip of the argument order costs nothing: an export or a survey written onto the plan
//! (by its name, through a link) or onto another document is refused and the plan stays
//! byte for byte; with --force the plan survives as `.bak`, even after a second slip.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::Path;

use common::run_planner as run;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn export_to(plan: &Path, flag: &str, output: &Path, extra: &[&str]) -> std::process::Output {
    let mut arguments = vec![
        "export",
        "--lang",
        "en",
        plan.to_str().unwrap(),
        flag,
        output.to_str().unwrap(),
    ];
    arguments.extend_from_slice(extra);
    run(&arguments)
}

/// A questionnaire export of two answers, as `answers.csv` in `folder`.
fn two_answers(folder: &Path) -> std::path::PathBuf {
    let answers = folder.join("answers.csv");
    std::fs::write(
        &answers,
        "序号,1、需要哪些能力？（多选）\n1,外语能力┋经贸知识\n2,经贸知识\n",
    )
    .unwrap();
    answers
}

#[test]
fn exporting_onto_the_plan_is_refused_and_the_plan_is_unchanged() {
    let folder = tempfile::tempdir().unwrap();
    let plan = common::copied_example(folder.path());
    let original = std::fs::read(&plan).unwrap();
    let link = folder.path().join("link.ron");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&plan, &link).unwrap();
    let hard = folder.path().join("same-file-other-name.csv");
    std::fs::hard_link(&plan, &hard).unwrap();
    for flag in ["--pdf", "--docx", "--xlsx", "--schedule-csv", "--ca-csv"] {
        for target in [&plan, &link, &hard] {
            if !target.exists() {
                continue;
            }
            let output = export_to(&plan, flag, target, &[]);
            let stderr = text(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{flag} {}: {stderr}",
                target.display()
            );
            assert!(stderr.contains("a file this command reads"), "{stderr}");
            assert!(stderr.contains("--force"), "{stderr}");
            assert_eq!(std::fs::read(&plan).unwrap(), original, "{flag}");
        }
    }
    assert!(!folder.path().join("plan.ron.bak").exists());
}

#[test]
fn exporting_onto_another_plan_or_survey_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let plan = common::copied_example(folder.path());
    let other = folder.path().join("other.ron");
    std::fs::copy(
        common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron"),
        &other,
    )
    .unwrap();
    // A survey saved under a name without .ron is still recognised by its text.
    let survey = folder.path().join("survey.txt");
    std::fs::copy(
        common::repository_path("assets/surveys/jiaxing-2018.ron"),
        &survey,
    )
    .unwrap();
    for target in [&other, &survey] {
        let before = std::fs::read(target).unwrap();
        let output = export_to(&plan, "--schedule-csv", target, &[]);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains("an existing plan, survey or library file"),
            "{stderr}"
        );
        assert_eq!(std::fs::read(target).unwrap(), before);
    }
    // An earlier export of the same kind is replaced as usual.
    let schedule = folder.path().join("schedule.csv");
    assert!(
        export_to(&plan, "--schedule-csv", &schedule, &[])
            .status
            .success()
    );
    assert!(
        export_to(&plan, "--schedule-csv", &schedule, &[])
            .status
            .success()
    );
}

#[test]
fn importing_a_survey_onto_the_plan_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let plan = common::copied_example(folder.path());
    let original = std::fs::read(&plan).unwrap();
    let answers = two_answers(folder.path());
    let output = run(&[
        "survey",
        "import",
        "--lang",
        "en",
        answers.to_str().unwrap(),
        "-o",
        plan.to_str().unwrap(),
    ]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("an existing plan, survey or library file"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&plan).unwrap(), original);
    // Nor onto the questionnaire it reads.
    let output = run(&[
        "survey",
        "import",
        "--lang",
        "en",
        answers.to_str().unwrap(),
        "-o",
        answers.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("a file this command reads"));
}

#[test]
fn two_forced_slips_in_a_row_still_leave_the_plan_in_its_backup() {
    let folder = tempfile::tempdir().unwrap();
    let plan = common::copied_example(folder.path());
    let original = std::fs::read(&plan).unwrap();
    let output = export_to(&plan, "--schedule-csv", &plan, &["--force"]);
    assert!(
        output.status.code().unwrap() <= 1,
        "{}",
        text(&output.stderr)
    );
    // The second slip writes a survey where the plan was (now the export).
    let answers = two_answers(folder.path());
    let output = run(&[
        "survey",
        "import",
        answers.to_str().unwrap(),
        "-o",
        plan.to_str().unwrap(),
        "--force",
    ]);
    assert!(
        output.status.code().unwrap() <= 1,
        "{}",
        text(&output.stderr)
    );
    let backup = folder.path().join("plan.ron.bak");
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        original,
        "the plan is in its .bak"
    );
    assert!(text(&std::fs::read(&plan).unwrap()).contains("SurveyDocument"));
}
