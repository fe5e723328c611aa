//! Stable string identifiers. A file refers to skills, industries and modules by these,
//! so they never change when a name is edited or translated.
//!
//! Ids are small strings kept inline (up to 24 bytes, which covers nearly every id): a
//! module's requisites and skill levels then sit in its own vectors instead of one heap
//! string each, so analyses of large curricula read memory in order, and cloning an id for
//! an edit or a report allocates nothing.

use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! string_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(CompactString);

        impl $name {
            pub fn new(id: impl Into<CompactString>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.into())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id.into())
            }
        }
    };
}

string_id!(
    /// Identifies a skill, e.g. `foreign_language`.
    SkillId
);
string_id!(
    /// Identifies a local industry cluster, e.g. `pinghu_strollers`.
    IndustryId
);
string_id!(
    /// Identifies a course module, e.g. `cbec_store_operation`.
    ModuleId
);
string_id!(
    /// Identifies an elective group, e.g. `professional_extension`.
    GroupId
);
