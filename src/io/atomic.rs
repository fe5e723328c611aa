//! Saving without ever leaving a half-written file: write a temporary file in the same
//! folder, flush it to disk, keep the old file as `.bak`, then rename over the target.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use super::error::SaveError;

/// `plan.ron` → `plan.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Replaces `path` with what `write` puts in a fresh file. If `write` or any step fails,
/// `path` keeps its old content and no temporary file is left behind.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), SaveError> {
    let failed = |source| SaveError::Write {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".curriculum-planner-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(failed)?;
    write(temporary.as_file_mut()).map_err(failed)?;
    temporary.as_file().sync_all().map_err(failed)?;

    match std::fs::metadata(path) {
        Ok(metadata) => {
            // Keep the file's permissions (a temporary file starts private).
            temporary
                .as_file()
                .set_permissions(metadata.permissions())
                .map_err(failed)?;
            keep_backup(path, &folder).map_err(failed)?;
        }
        Err(error) if error.kind() == io::ErrorKind::NotFound => make_readable(&temporary),
        Err(error) => return Err(failed(error)),
    }
    temporary
        .persist(path)
        .map_err(|error| failed(error.error))?;
    sync_folder(&folder);
    Ok(())
}

/// Copies the current file to `.bak` through a temporary file, so a crash mid-copy never
/// leaves a broken backup in place of a good one.
fn keep_backup(path: &Path, folder: &Path) -> io::Result<()> {
    let mut backup = tempfile::Builder::new()
        .prefix(".curriculum-planner-")
        .suffix(".bak.tmp")
        .tempfile_in(folder)?;
    let mut original = File::open(path)?;
    io::copy(&mut original, backup.as_file_mut())?;
    backup.as_file().sync_all()?;
    backup
        .persist(backup_path(path))
        .map_err(|error| error.error)?;
    Ok(())
}

#[cfg(unix)]
fn make_readable(temporary: &tempfile::NamedTempFile) {
    use std::os::unix::fs::PermissionsExt;
    // A new document gets the usual rw-r--r--; failing to set it only keeps it private.
    let _ = temporary
        .as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o644));
}

#[cfg(not(unix))]
fn make_readable(_temporary: &tempfile::NamedTempFile) {}

/// Makes the rename itself durable. Not possible (nor needed) on every platform.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
