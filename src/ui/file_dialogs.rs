//! File dialogs (rfd). Everything else about files goes through `crate::io`, which the app
//! calls with the path a dialog returned, so tests can skip the dialogs and call the same code.

use std::path::{Path, PathBuf};

use crate::catalogue::{Language, Text};

pub fn pick_file_to_open(language: Language, folder: Option<&Path>) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title(language.text(Text::Open))
        .add_filter(language.text(Text::PlanFiles), &["ron", "csv"]);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.pick_file()
}

pub fn pick_file_to_save(
    language: Language,
    current: Option<&Path>,
    title: &str,
) -> Option<PathBuf> {
    let name = current.and_then(Path::file_name).map_or_else(
        || format!("{title}.ron"),
        |name| name.to_string_lossy().into_owned(),
    );
    let mut dialog = rfd::FileDialog::new()
        .set_title(language.text(Text::SaveAs))
        .add_filter(language.text(Text::PlanFiles), &["ron"])
        .set_file_name(name);
    if let Some(folder) = current.and_then(Path::parent) {
        dialog = dialog.set_directory(folder);
    }
    dialog.save_file().map(|path| {
        if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path
        }
    })
}
