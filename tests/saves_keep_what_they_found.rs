//! A save keeps what it found: links, permissions, comments; and cleans up after killed saves.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design
#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, SystemTime};

use curriculum_planner::io::{backup_path, load_plan, save_plan};

use common::run_planner as run;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_linked_plan_is_saved_through_its_link() {
    let folder = tempfile::tempdir().unwrap();
    let real = folder.path().join("shared");
    std::fs::create_dir(&real).unwrap();
    let target = real.join("plan.ron");
    save_plan(&target, &common::small_plan()).unwrap();
    let link = folder.path().join("my-plan.ron");
    std::os::unix::fs::symlink("shared/plan.ron", &link).unwrap();

    let mut changed = common::small_plan();
    changed.title.en = "Through the link".into();
    save_plan(&link, &changed).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load_plan(&target).unwrap(), changed);
    assert_eq!(
        load_plan(&backup_path(&target)).unwrap(),
        common::small_plan()
    );

    // `fmt` too: the link stays a link and the file it names is formatted.
    let text = std::fs::read_to_string(&target).unwrap();
    std::fs::write(&target, text.replace("    ", "  ")).unwrap();
    let output = run(&["fmt", link.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), text);
}

#[test]
fn the_file_and_its_backup_keep_the_plans_permissions() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save_plan(&path, &common::small_plan()).unwrap();
    assert_eq!(mode(&path), 0o644);
    save_plan(&path, &common::small_plan()).unwrap();
    assert_eq!(mode(&backup_path(&path)), 0o644);

    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    save_plan(&path, &common::small_plan()).unwrap();
    assert_eq!(mode(&path), 0o640);
    assert_eq!(mode(&backup_path(&path)), 0o640);
}

#[test]
fn temporary_files_left_by_a_killed_save_are_removed_by_the_next() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    let stale = folder.path().join(".curriculum-planner-AbC123.tmp");
    let stale_backup = folder.path().join(".curriculum-planner-XyZ789.bak.tmp");
    let in_progress = folder.path().join(".curriculum-planner-Now000.tmp");
    let unrelated = folder.path().join(".other-tool-AbC123.tmp");
    let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for file in [&stale, &stale_backup, &in_progress, &unrelated] {
        std::fs::write(file, "Plan(").unwrap();
    }
    for file in [&stale, &stale_backup, &unrelated] {
        let handle = std::fs::File::options().write(true).open(file).unwrap();
        handle.set_modified(an_hour_ago).unwrap();
    }

    save_plan(&path, &common::small_plan()).unwrap();
    assert!(!stale.exists());
    assert!(!stale_backup.exists());
    // A save of another window may be writing this one right now; another tool's is not ours.
    assert!(in_progress.exists());
    assert!(unrelated.exists());
}

const COMMENTED: &str = "// Draft for the teaching committee, 2026-11\n";

#[test]
fn fmt_leaves_a_commented_plan_alone_unless_asked_and_keeps_the_comments_in_the_backup() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save_plan(&path, &common::small_plan()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let commented = format!("{COMMENTED}{}", text.replace("    ", "  "));
    std::fs::write(&path, &commented).unwrap();
    let file = path.to_str().unwrap();

    let output = run(&["fmt", "--lang", "en", file]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--drop-comments"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), commented);
    assert!(!backup_path(&path).exists());

    let output = run(&["fmt", "--drop-comments", file]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        commented
    );

    // The next save must not overwrite the only copy of the comments.
    let mut changed = common::small_plan();
    changed.title.en = "Second draft".into();
    save_plan(&path, &changed).unwrap();
    assert_eq!(
        std::fs::read_to_string(backup_path(&path)).unwrap(),
        commented
    );
}
