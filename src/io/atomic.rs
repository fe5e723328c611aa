//! Saving without ever leaving a half-written file: write a temporary file in the same
//! folder, flush it to disk, keep the old file as `.bak`, then rename over the target.
//!
//! A save keeps what it finds: a symbolic link stays a link (the file it points to is
//! replaced), the file and its `.bak` keep the file's permissions, and a `.bak` holding
//! comments is not replaced by a copy without them.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::comments::has_comments;
use super::error::SaveError;
use super::output_guard::is_document_text;

const TEMPORARY_PREFIX: &str = ".curriculum-planner-";
/// A temporary file older than this is left from a save that was killed: no save takes
/// this long, so removing it cannot disturb one in progress.
const STALE_AFTER: Duration = Duration::from_secs(10 * 60);
/// Links followed before giving up (a loop of links).
const MAX_LINKS: usize = 40;

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
    // Through a link to the file it names, so that the link stays and its target changes.
    let path = &link_target(path).map_err(failed)?;
    let folder = folder_of(path);
    remove_stale_temporaries(&folder);
    let mut temporary = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
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
            keep_backup(path, &folder, metadata.permissions()).map_err(failed)?;
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

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The file a chain of symbolic links ends at (the path itself when it is no link). A link
/// to a file not there yet names the file to create.
fn link_target(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target = std::fs::read_link(&current)?;
                current = folder_of(&current).join(target);
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other("too many symbolic links"))
}

/// Removes this app's temporary files left in `folder` by saves that were killed.
fn remove_stale_temporaries(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(TEMPORARY_PREFIX) && name.ends_with(".tmp")) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|metadata| metadata.modified())
            .is_ok_and(|modified| {
                now.duration_since(modified)
                    .is_ok_and(|age| age > STALE_AFTER)
            });
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Copies the current file to `.bak` through a temporary file, so a crash mid-copy never
/// leaves a broken backup in place of a good one. The backup gets the file's permissions.
///
/// A `.bak` that holds comments while the file does not is the only copy of those comments
/// (the first save dropped them): it is kept rather than overwritten. So is a `.bak` that
/// holds a plan, survey or library while the file does not (an export forced over a plan,
/// twice, must not lose the plan).
fn keep_backup(path: &Path, folder: &Path, permissions: std::fs::Permissions) -> io::Result<()> {
    let backup_path = backup_path(path);
    let current = std::fs::read(path)?;
    if let Ok(existing) = std::fs::read(&backup_path)
        && ((holds_comments(&existing) && !holds_comments(&current))
            || (is_document_text(&existing) && !is_document_text(&current)))
    {
        return Ok(());
    }
    let mut backup = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(".bak.tmp")
        .tempfile_in(folder)?;
    io::Write::write_all(backup.as_file_mut(), &current)?;
    backup.as_file().set_permissions(permissions)?;
    backup.as_file().sync_all()?;
    backup.persist(backup_path).map_err(|error| error.error)?;
    Ok(())
}

fn holds_comments(bytes: &[u8]) -> bool {
    has_comments(&String::from_utf8_lossy(bytes))
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
