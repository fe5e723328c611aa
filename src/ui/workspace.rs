//! What the window works on, apart from how it is drawn: the open plan and the bundled
//! library, the selection and the chosen tab, the plans compared with it, what waits for an
//! answer, recovery copies and preferences. Commands change it (`workspace_commands.rs`);
//! views only read it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::catalogue::{Language, Text};
use crate::editor::{ComparedPlans, OpenPlan};
use crate::io::RecoveryCopy;
use crate::model::{Library, Plan};
use crate::ui::actions::ActionState;
use crate::ui::preferences::Preferences;
use crate::ui::printing::Printing;
use crate::ui::selection::Selection;
use crate::ui::tabs::Tab;

/// How long unsaved changes wait before a recovery copy is written.
pub const RECOVERY_INTERVAL: Duration = Duration::from_secs(30);

/// Something to tell the user: a file that did not open or save, with the full message
/// (path, line:column, the line and a caret).
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub title: Text,
    pub body: String,
    /// A backup of the file that failed to open, offered in its place.
    pub backup: Option<PathBuf>,
}

/// A library module to add, and the plan module whose code it would repeat.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeConflict {
    pub module: crate::model::ModuleId,
    pub term: usize,
    pub index: usize,
    pub taken_by: crate::model::ModuleId,
}

/// What waits for an answer to "save changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Close,
    Open(PathBuf),
    New(Option<usize>),
    NewOfKind(crate::model::ProgrammeKind),
    Revert,
    /// The suggested plan, as a new document.
    OpenSuggestion,
}

/// The one dialog over the window, if any: it holds the keyboard until answered. (What waits
/// for "save changes?" is `Workspace::pending`; that question shows when no other dialog
/// does.)
#[derive(Clone, Debug)]
pub enum Modal {
    /// "What kind of programme is it?"
    NewPlan,
    /// A library module waiting to be added whose code a plan module already has.
    CodeConflict(CodeConflict),
    /// An error to read.
    Message(Message),
    /// A save that waits for the user to agree that the file's comments are removed.
    CommentWarning(PathBuf),
    /// A copy left by a run that did not close cleanly, offered at start.
    Recovery(RecoveryCopy),
    /// The command palette.
    Palette,
    /// Name, version, licences and sources.
    About,
}

pub struct RecoveryState {
    pub folder: Option<PathBuf>,
    /// The plan state the last copy holds.
    pub written_state: Option<u64>,
    /// When the next copy is due (set when unsaved changes appear).
    pub due: Option<Instant>,
}

pub struct Workspace {
    pub document: OpenPlan,
    pub library: Library,
    pub preferences: Preferences,
    pub selection: Selection,
    pub tab: Tab,
    /// Plans opened only to compare the open one with.
    pub comparisons: ComparedPlans,
    pub show_findings: bool,
    pub show_help: bool,
    pub modal: Option<Modal>,
    /// What a finished export or print did, in the status bar: it asks nothing, so it blocks
    /// nothing (a dialog ate the next click).
    pub notice: Option<String>,
    /// What waits for the answer to "save changes?" (asked while no other dialog is up).
    pub pending: Option<Pending>,
    pub recovery: RecoveryState,
    /// Set once the user agreed to close (saved or discarded).
    pub allow_close: bool,
    /// Quit was chosen (and answered): close the viewport at the end of the frame.
    pub close_requested: bool,
    /// The print preview and the exports under way.
    pub printing: Printing,
    /// A questionnaire read in the survey tab, not yet accepted.
    pub survey_import: Option<crate::editor::SurveyImport>,
    /// Questionnaire files being read by workers, before they become `survey_import`.
    pub survey_reading: Option<crate::ui::survey_reading::SurveyReading>,
    /// A suggestion being worked out, and the last one's outcome for the preview.
    pub suggesting: Option<crate::ui::suggesting::Suggesting>,
    pub suggestion: Option<crate::ui::suggesting::SuggestionOutcome>,
}

impl Workspace {
    pub fn plan(&self) -> &Plan {
        self.document.plan()
    }

    pub fn language(&self) -> Language {
        self.preferences.language
    }

    /// Whether the window may close now (no unsaved changes, or the user answered).
    pub fn may_close(&self) -> bool {
        self.allow_close || !self.document.is_dirty()
    }

    /// Whether a dialog holds the keyboard (shortcuts wait until it is answered).
    pub fn modal_open(&self) -> bool {
        self.modal.is_some() || self.survey_reading.is_some() || self.pending.is_some()
    }

    /// Shows an error to read, over whatever dialog was up.
    pub fn tell(&mut self, message: Message) {
        self.modal = Some(Modal::Message(message));
    }

    /// The error on screen, if any.
    pub fn message(&self) -> Option<&Message> {
        match &self.modal {
            Some(Modal::Message(message)) => Some(message),
            _ => None,
        }
    }

    /// Whether `modal` is the dialog up (of its kind, whatever it holds).
    pub fn shows(&self, modal: fn(&Modal) -> bool) -> bool {
        self.modal.as_ref().is_some_and(modal)
    }

    /// What menus and the palette need to know to offer an action.
    pub fn action_state(&self) -> ActionState {
        ActionState {
            can_undo: self.document.can_undo(),
            can_redo: self.document.can_redo(),
            has_file: self.document.path().is_some(),
            dirty: self.document.is_dirty(),
            tab: self.tab,
            language: self.language(),
            theme: self.preferences.theme,
            library_shown: self.preferences.library_shown,
            inspector_shown: self.preferences.inspector_shown,
            ..ActionState::default()
        }
        .selection(&self.selection, self.plan())
    }

    /// The file's name, or the plan's title for a plan not saved yet.
    pub fn document_name(&self) -> String {
        let language = self.language();
        let name = self.document.path().and_then(Path::file_name).map_or_else(
            || self.plan().title.in_language(language).to_owned(),
            |name| name.to_string_lossy().into_owned(),
        );
        if name.trim().is_empty() {
            language.text(Text::Untitled).to_owned()
        } else {
            name
        }
    }

    /// The window title: file name, an unsaved marker, the app.
    pub fn title(&self) -> String {
        let language = self.language();
        let marker = if self.document.is_dirty() { " •" } else { "" };
        format!(
            "{}{marker} — {}",
            self.document_name(),
            language.text(Text::AppName)
        )
    }

    /// Writes a recovery copy once unsaved changes are `RECOVERY_INTERVAL` old; `true` when
    /// it wrote one.
    pub fn write_recovery_if_due(&mut self, now: Instant) -> bool {
        let unsaved =
            self.document.is_dirty() && self.recovery.written_state != Some(self.document.state());
        if !unsaved || self.recovery.folder.is_none() {
            self.recovery.due = None;
            return false;
        }
        let due = *self.recovery.due.get_or_insert(now + RECOVERY_INTERVAL);
        if now < due {
            return false;
        }
        self.write_recovery_now();
        true
    }

    /// Writes the recovery copy at once (also what the timer does).
    pub fn write_recovery_now(&mut self) {
        let Some(folder) = &self.recovery.folder else {
            return;
        };
        // A failed copy is retried at the next interval; the user's file is not at risk.
        if crate::io::write_recovery(folder, self.document.path(), self.document.plan()).is_ok() {
            self.recovery.written_state = Some(self.document.state());
        }
        self.recovery.due = None;
    }

    /// The window closes with nothing left to recover.
    pub fn closing_cleanly(&mut self) {
        if let Some(folder) = &self.recovery.folder {
            crate::io::discard_recovery(folder, self.document.path());
        }
    }
}
