//! File dialogs (rfd). Everything else about files goes through `crate::io`, which the app
//! calls with the path a dialog returned, so tests can skip the dialogs and call the same code.

use crate::export::programme::DocumentFormat;
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
    folder: Option<&Path>,
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
    if let Some(folder) = folder {
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

/// Where to write an export: named after the plan's file (or its title), beside it.
pub fn pick_export_path(
    language: Language,
    format: DocumentFormat,
    current: Option<&Path>,
    folder: Option<&Path>,
    title: &str,
) -> Option<PathBuf> {
    let extension = format.extension();
    let (label, heading) = (format.files(), format.action());
    let stem = current.and_then(Path::file_stem).map_or_else(
        || title.to_owned(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let mut dialog = rfd::FileDialog::new()
        .set_title(language.text(heading).trim_end_matches('…'))
        .add_filter(language.text(label), &[extension])
        .set_file_name(format!("{stem}.{extension}"));
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.save_file().map(|path| {
        if path.extension().is_none() {
            path.with_extension(extension)
        } else {
            path
        }
    })
}

/// Questionnaire exports to import (several are pooled): CSV or workbooks.
pub fn pick_questionnaires(language: Language, folder: Option<&Path>) -> Vec<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title(
            language
                .text(Text::ImportQuestionnaire)
                .trim_end_matches('…'),
        )
        .add_filter(
            language.text(Text::QuestionnaireFiles),
            &["csv", "xlsx", "xls"],
        );
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.pick_files().unwrap_or_default()
}
