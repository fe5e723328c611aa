//! Saving never leaves a half-written file, and keeps the previous version as `.bak`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::io::Write;

use curriculum_planner::io::{backup_path, load_plan, save_plan, write_atomically};

fn files_in(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failing_write_leaves_the_old_file_intact() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save_plan(&path, &common::small_plan()).unwrap();
    let before = std::fs::read(&path).unwrap();

    let result = write_atomically(&path, |file| {
        file.write_all(b"Plan(format_version: 1, title: ")?;
        Err(std::io::Error::other("disk full"))
    });

    let error = result.unwrap_err().to_string();
    assert!(error.contains("disk full"), "{error}");
    assert!(error.contains("the file on disk is unchanged"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(load_plan(&path).unwrap(), common::small_plan());
    // No temporary file is left behind, and no backup was made for a save that failed.
    assert_eq!(files_in(folder.path()), ["plan.ron"]);
}

#[test]
fn saving_keeps_the_previous_version_as_bak() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    let first = common::small_plan();
    save_plan(&path, &first).unwrap();
    assert_eq!(files_in(folder.path()), ["plan.ron"]);

    let mut second = first.clone();
    second.title.en = "Second draft".into();
    save_plan(&path, &second).unwrap();

    assert_eq!(load_plan(&path).unwrap(), second);
    assert_eq!(load_plan(&backup_path(&path)).unwrap(), first);
    assert_eq!(files_in(folder.path()), ["plan.ron", "plan.ron.bak"]);
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("no such folder").join("plan.ron");
    let error = save_plan(&path, &common::small_plan()).unwrap_err();
    assert!(error.to_string().contains("plan.ron"), "{error}");
    assert!(!path.exists());
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("plan.ron");
    save_plan(&path, &common::small_plan()).unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o644
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    save_plan(&path, &common::small_plan()).unwrap();
    assert_eq!(
        std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
        0o640
    );
}
