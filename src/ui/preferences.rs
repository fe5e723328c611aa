//! What the window remembers between runs, in eframe's storage. Versioned, so that a later
//! release can migrate old preferences instead of dropping them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::catalogue::Language;
use crate::ui::theme::Theme;

const STORAGE_KEY: &str = "curriculum-planner/preferences";
const RECENT_FILES: usize = 10;

/// The side panels of the window, which the preferences remember open or collapsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SidePanel {
    Library,
    Inspector,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub version: u32,
    pub language: Language,
    pub theme: Theme,
    pub recent_files: Vec<PathBuf>,
    pub library_width: f32,
    pub inspector_width: f32,
    pub library_shown: bool,
    pub inspector_shown: bool,
    /// The installation's example plans were copied to the user's Documents (once: a user who
    /// deletes them does not get them back unasked).
    pub examples_copied: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            version: 1,
            language: Language::from_system(),
            theme: Theme::Light,
            recent_files: Vec::new(),
            library_width: 330.0,
            inspector_width: 300.0,
            library_shown: true,
            inspector_shown: true,
            examples_copied: false,
        }
    }
}

impl Preferences {
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        storage
            .and_then(|storage| eframe::get_value(storage, STORAGE_KEY))
            .unwrap_or_default()
    }

    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }

    pub fn panel_shown(&mut self, panel: SidePanel) -> &mut bool {
        match panel {
            SidePanel::Library => &mut self.library_shown,
            SidePanel::Inspector => &mut self.inspector_shown,
        }
    }

    /// Puts a file at the top of the recent list (once), keeping the ten newest.
    pub fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent_files.retain(|known| known != &path);
        self.recent_files.insert(0, path);
        self.recent_files.truncate(RECENT_FILES);
    }
}
