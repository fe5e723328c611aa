//! The data layers never see the GUI toolkit (style.md): a grep, as rerun's CI does.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use std::path::Path;

fn rust_files(folder: &Path, found: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn model_analysis_io_and_export_do_not_use_egui_eframe_or_rfd() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for layer in ["model", "analysis", "io", "export", "cli"] {
        rust_files(&root.join(layer), &mut files);
    }
    assert!(files.len() > 5);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for toolkit in ["egui", "eframe", "rfd"] {
            let used = text.lines().any(|line| {
                let code = line.split("//").next().unwrap_or_default();
                code.contains(&format!("{toolkit}::")) || code.contains(&format!("use {toolkit}"))
            });
            assert!(!used, "{} uses {toolkit}", file.display());
        }
    }
}
