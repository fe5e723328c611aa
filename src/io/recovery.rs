//! Recovery copies: while a plan has unsaved changes the window writes a copy every ~30 s to
//! the user's data folder, and offers it on the next start if the app did not close cleanly.
//!
//! A copy is the plan in canonical RON behind one comment line naming the file it belongs
//! to, so it opens as an ordinary plan too.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::atomic::write_atomically;
use super::error::{LoadError, SaveError};
use super::ron_documents::{Document, parse_plan};
use crate::model::Plan;

/// The first line of a recovery copy: `// recovery of: PATH` (or `untitled`).
const HEADER: &str = "// recovery of: ";
const UNTITLED: &str = "untitled";

/// `…/curriculum-planner/recovery` in the user's data folder (XDG on Linux, AppData on Windows).
pub fn recovery_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "curriculum-planner")
        .map(|folders| folders.data_dir().join("recovery"))
}

#[derive(Clone, Debug, PartialEq)]
pub struct RecoveryCopy {
    /// Where the copy is.
    pub path: PathBuf,
    /// The plan file it is a copy of; `None` for a plan never saved.
    pub original: Option<PathBuf>,
    pub written: Option<SystemTime>,
}

/// The file name of the copy for one original: stable, so each autosave replaces the last.
fn copy_name(original: Option<&Path>) -> String {
    let Some(original) = original else {
        return format!("{UNTITLED}.ron");
    };
    // FNV-1a of the path: short, stable across runs and platforms.
    let hash = original
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        });
    let stem = original.file_stem().map_or_else(
        || UNTITLED.to_owned(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    format!("{stem}-{hash:016x}.ron")
}

/// Writes (atomically) the recovery copy of a plan; returns where.
pub fn write_recovery(
    folder: &Path,
    original: Option<&Path>,
    plan: &Plan,
) -> Result<PathBuf, SaveError> {
    let path = folder.join(copy_name(original));
    let failed = |source| SaveError::Write {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(folder).map_err(failed)?;
    let body = Document::Plan(plan.clone())
        .to_canonical()
        .map_err(|error| SaveError::Serialize {
            path: path.clone(),
            message: error.to_string(),
        })?;
    let origin = original.map_or_else(|| UNTITLED.to_owned(), |path| path.display().to_string());
    let text = format!("{HEADER}{origin}\n{body}");
    write_atomically(&path, |file| {
        std::io::Write::write_all(file, text.as_bytes())
    })?;
    // A recovery copy needs no backup of itself.
    let _ = std::fs::remove_file(super::backup_path(&path));
    Ok(path)
}

/// The recovery copies left in a folder, newest first. A missing folder has none.
pub fn list_recovery(folder: &Path) -> Vec<RecoveryCopy> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut copies: Vec<RecoveryCopy> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "ron"))
        .map(|path| {
            let original = std::fs::read_to_string(&path).ok().and_then(|text| {
                let first = text.lines().next()?.strip_prefix(HEADER)?.to_owned();
                (first != UNTITLED).then(|| PathBuf::from(first))
            });
            let written = std::fs::metadata(&path)
                .and_then(|meta| meta.modified())
                .ok();
            RecoveryCopy {
                path,
                original,
                written,
            }
        })
        .collect();
    copies.sort_by_key(|copy| std::cmp::Reverse(copy.written));
    copies
}

/// Reads a recovery copy back as a plan.
pub fn read_recovery(copy: &RecoveryCopy) -> Result<Plan, LoadError> {
    let text = super::read_text(&copy.path)?;
    parse_plan(&copy.path, &text)
}

/// Removes the recovery copy of an original (after a save, or when the user discards it).
pub fn discard_recovery(folder: &Path, original: Option<&Path>) {
    // Nothing to do when there is none; a failure only leaves a stale copy to offer.
    let _ = std::fs::remove_file(folder.join(copy_name(original)));
}
