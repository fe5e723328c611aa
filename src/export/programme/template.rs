//! Which Typst template prints a plan, and the only files it may read.
//!
//! Plans come from colleagues by mail, and a template is a program: it may print only what
//! the app gives it. The bundled template reads nothing but its data. A plan may name its own
//! template (`document.template`): a bare `.typ` file name in the plan's own folder. That
//! template may read other files of the same folder (a logo, say), nothing in a subfolder,
//! nothing a link leads out of the folder to, nothing over the network.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use typst::diag::{FileError, FileResult};
use typst::foundations::Bytes;
use typst::syntax::{FileId, Source, VirtualRoot};
use typst_as_lib::file_resolver::FileResolver;

use super::DocumentError;

/// The template the app ships, an institution's starting point for its own.
pub const BUNDLED_TEMPLATE: &str = include_str!("../../../assets/templates/programme.typ");

/// Files a template may read are small (logos, seals); more is not a template's business.
const MAX_TEMPLATE_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The template text, and the folder whose files it may read (none for the bundled one).
#[derive(Clone, Debug)]
pub struct Template {
    pub source: String,
    pub folder: Option<PathBuf>,
}

impl Template {
    pub fn bundled() -> Self {
        Self {
            source: BUNDLED_TEMPLATE.to_owned(),
            folder: None,
        }
    }

    /// The plan's own template when it names one, read from `plan_path`'s folder; the
    /// bundled one otherwise.
    pub fn for_plan(name: Option<&str>, plan_path: Option<&Path>) -> Result<Self, DocumentError> {
        let Some(name) = name.map(str::trim).filter(|name| !name.is_empty()) else {
            return Ok(Self::bundled());
        };
        let refused = || DocumentError::TemplateRefused {
            name: crate::io::shortened(name),
        };
        if !is_plain_file_name(name) || !name.ends_with(".typ") {
            return Err(refused());
        }
        // A plan never saved has no folder its template could be in.
        let folder = plan_path
            .and_then(Path::parent)
            .map(|folder| {
                if folder.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    folder
                }
            })
            .ok_or_else(refused)?;
        let candidate = folder.join(name);
        if std::fs::symlink_metadata(&candidate).is_err() {
            return Err(DocumentError::TemplateUnreadable {
                path: candidate,
                error: std::io::Error::from(std::io::ErrorKind::NotFound),
            });
        }
        let path = inside(folder, name).ok_or_else(refused)?;
        let bytes = read_limited(&path).map_err(|error| DocumentError::TemplateUnreadable {
            path: path.clone(),
            error,
        })?;
        let source = String::from_utf8(bytes).map_err(|_| DocumentError::TemplateUnreadable {
            path: path.clone(),
            error: std::io::Error::from(std::io::ErrorKind::InvalidData),
        })?;
        Ok(Self {
            source,
            folder: path.parent().map(Path::to_owned),
        })
    }
}

/// A name with no folder in it: not empty, no separator, not `.` or `..`.
fn is_plain_file_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\', ':', '\0'])
        && Path::new(name).file_name().and_then(|file| file.to_str()) == Some(name)
}

/// `folder/name` when it is a file whose real location is in `folder` itself (a link that
/// leads elsewhere is refused).
fn inside(folder: &Path, name: &str) -> Option<PathBuf> {
    let real_folder = folder.canonicalize().ok()?;
    let real_file = folder.join(name).canonicalize().ok()?;
    (real_file.parent() == Some(real_folder.as_path()) && real_file.is_file()).then_some(real_file)
}

fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_TEMPLATE_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_TEMPLATE_FILE_BYTES {
        return Err(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            "file too large",
        ));
    }
    Ok(bytes)
}

/// Serves a plan's template the files of its own folder, by bare name only.
pub(super) struct FolderFiles {
    pub folder: PathBuf,
}

impl FolderFiles {
    fn path_of(&self, id: FileId) -> FileResult<PathBuf> {
        let rooted = id.get();
        if !matches!(rooted.root(), VirtualRoot::Project) {
            return Err(FileError::AccessDenied);
        }
        let name = rooted.vpath().get_without_slash();
        if !is_plain_file_name(name) {
            return Err(FileError::AccessDenied);
        }
        inside(&self.folder, name).ok_or(FileError::AccessDenied)
    }
}

impl FileResolver for FolderFiles {
    fn resolve_binary(&self, id: FileId) -> FileResult<Cow<'_, Bytes>> {
        let path = self.path_of(id)?;
        let bytes = read_limited(&path).map_err(|error| FileError::from_io(error, &path))?;
        Ok(Cow::Owned(Bytes::new(bytes)))
    }

    fn resolve_source(&self, id: FileId) -> FileResult<Cow<'_, Source>> {
        let path = self.path_of(id)?;
        let bytes = read_limited(&path).map_err(|error| FileError::from_io(error, &path))?;
        let text = String::from_utf8(bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Cow::Owned(Source::new(id, text)))
    }
}
