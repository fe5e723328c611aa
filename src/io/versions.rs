//! Step one of loading: which kind of document a file holds and which format version.
//!
//! Only the version is read here; the matching versioned struct is read in step two. When
//! the format changes, the old structs move to a module of their own and migrate forward
//! one version at a time, so that every file ever saved keeps opening.
//!
//! Version 2 added the programme document (`Plan.document`), each term's teaching weeks and
//! each module's assessment and description, all with defaults and nothing renamed or
//! removed: a version-1 file reads into the current structs as it is, and migrating it is
//! stamping the new version.
//!
//! Version 3 changed what a term holds (placements with their time, a calendar) and added
//! elective groups: plans of versions 1 and 2 read into `version_two`'s structs and migrate.
//!
//! Version 4 made rules documents: a plan names a rule book (`rules: Book("…")`) or carries
//! one, and rule books are files of their own. The four profiles built into versions 1–3 read
//! as the books that hold their rules (`model::rules_profile`), so older plans read into the
//! current structs as they are.

use serde::Deserialize;

/// The version this build writes. Files of a higher version are refused, never half-read.
pub const CURRENT_FORMAT_VERSION: u32 = 4;
/// The version that placed modules with their time and gave terms calendars.
pub const PLACEMENTS_VERSION: u32 = 3;
/// The oldest version this build reads (and migrates to the current one).
pub const FIRST_FORMAT_VERSION: u32 = 1;

/// The kinds of file the app reads, named by the RON struct name at the top of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    Plan,
    Library,
    Survey,
    RuleBook,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 4] = [
        DocumentKind::Plan,
        DocumentKind::Library,
        DocumentKind::Survey,
        DocumentKind::RuleBook,
    ];

    pub fn struct_name(self) -> &'static str {
        match self {
            DocumentKind::Plan => "Plan",
            DocumentKind::Library => "Library",
            DocumentKind::Survey => "SurveyDocument",
            DocumentKind::RuleBook => "RuleBook",
        }
    }

    fn from_struct_name(name: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|kind| kind.struct_name() == name)
    }
}

macro_rules! version_probe {
    ($probe:ident, $name:literal) => {
        #[derive(Deserialize)]
        #[serde(rename = $name)]
        struct $probe {
            #[serde(default, deserialize_with = "present")]
            format_version: Option<u32>,
        }
    };
}
/// A version that is there, written `format_version: 1` (not `Some(1)`).
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    u32::deserialize(deserializer).map(Some)
}

version_probe!(PlanProbe, "Plan");
version_probe!(LibraryProbe, "Library");
version_probe!(SurveyProbe, "SurveyDocument");
version_probe!(RuleBookProbe, "RuleBook");

/// What the first reading found.
pub(super) enum Probed {
    Found {
        kind: DocumentKind,
        version: Option<u32>,
    },
    /// The file names a struct this app does not know.
    UnknownKind(String),
}

/// Reads the whole file once, keeping only its kind and version; syntax errors surface here.
pub(super) fn probe(
    text: &str,
    options: &ron::Options,
) -> Result<Probed, ron::error::SpannedError> {
    // A file without a struct name at the top is read as a plan, the common case.
    match options.from_str::<PlanProbe>(text) {
        Ok(probe) => Ok(Probed::Found {
            kind: DocumentKind::Plan,
            version: probe.format_version,
        }),
        Err(error) => match &error.code {
            ron::Error::ExpectedDifferentStructName { found, .. } => {
                match DocumentKind::from_struct_name(found) {
                    Some(DocumentKind::Library) => {
                        let probe: LibraryProbe = options.from_str(text)?;
                        Ok(Probed::Found {
                            kind: DocumentKind::Library,
                            version: probe.format_version,
                        })
                    }
                    Some(DocumentKind::Survey) => {
                        let probe: SurveyProbe = options.from_str(text)?;
                        Ok(Probed::Found {
                            kind: DocumentKind::Survey,
                            version: probe.format_version,
                        })
                    }
                    Some(DocumentKind::RuleBook) => {
                        let probe: RuleBookProbe = options.from_str(text)?;
                        Ok(Probed::Found {
                            kind: DocumentKind::RuleBook,
                            version: probe.format_version,
                        })
                    }
                    Some(DocumentKind::Plan) | None => Ok(Probed::UnknownKind(found.clone())),
                }
            }
            _ => Err(error),
        },
    }
}
