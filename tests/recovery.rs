//! Recovery copies survive a crash: written, found on the next start, read back, discarded.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::Path;

use curriculum_planner::io::{
    discard_recovery, list_recovery, load_plan, read_recovery, recovery_folder, write_recovery,
};

#[test]
fn a_copy_is_found_after_a_crash_and_reads_back_equal() {
    let folder = tempfile::tempdir().unwrap();
    let original = Path::new("/home/staff/plans/三年制方案.ron");
    let mut plan = common::small_plan();
    plan.title.zh = "改过但没保存".into();
    write_recovery(folder.path(), Some(original), &plan).unwrap();

    // "Next start": the copy is listed with the file it belongs to.
    let copies = list_recovery(folder.path());
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].original.as_deref(), Some(original));
    assert_eq!(read_recovery(&copies[0]).unwrap(), plan);
    // It opens as an ordinary plan file too.
    assert_eq!(load_plan(&copies[0].path).unwrap(), plan);

    discard_recovery(folder.path(), Some(original));
    assert!(list_recovery(folder.path()).is_empty());
}

#[test]
fn each_autosave_replaces_the_last_copy_of_the_same_plan() {
    let folder = tempfile::tempdir().unwrap();
    let original = Path::new("plan.ron");
    let mut plan = common::small_plan();
    write_recovery(folder.path(), Some(original), &plan).unwrap();
    plan.title.en = "Later".into();
    write_recovery(folder.path(), Some(original), &plan).unwrap();
    write_recovery(folder.path(), None, &common::small_plan()).unwrap();

    let copies = list_recovery(folder.path());
    assert_eq!(copies.len(), 2);
    let of_plan = copies
        .iter()
        .find(|copy| copy.original.as_deref() == Some(original))
        .unwrap();
    assert_eq!(read_recovery(of_plan).unwrap().title.en, "Later");
    assert!(copies.iter().any(|copy| copy.original.is_none()));
    // No .bak or temporary files pile up in the recovery folder.
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 2);
}

#[test]
fn no_folder_means_no_copies_and_the_user_folder_is_known() {
    assert!(list_recovery(Path::new("/no/such/folder/at/all")).is_empty());
    assert!(recovery_folder().is_some());
}
