//! Everything the user can ask the window to do. Menus, shortcuts, the palette and views
//! send commands during a frame; `workspace_commands.rs` carries them out in one place after
//! the panels are drawn.

use std::path::PathBuf;

use crate::catalogue::Language;
use crate::export::programme::DocumentFormat;
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::ui::selection::Selection;
use crate::ui::tabs::Tab;
use crate::ui::theme::Theme;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Writes the plan's rule book beside the plan as `ID.rules.ron`, for the college to edit:
    /// from then on that copy is the one the plan is checked against.
    CopyRuleBookBesidePlan,
    /// A blank plan, or a copy of one of the bundled example plans (`Some(index)`).
    New(Option<usize>),
    /// Adds a library module to a term; asks first when its code is taken in the plan.
    AddFromLibrary {
        module: crate::model::ModuleId,
        term: usize,
        index: usize,
    },
    /// Answers to "the code is taken": add under a free code, replace the plan's module, or
    /// cancel.
    AddRenamed,
    AddReplacing,
    /// A blank plan of this kind: its rules, term system and terms.
    NewOfKind(crate::model::ProgrammeKind),
    /// Opens (or closes) the dialog that asks what kind of plan to start.
    NewDialog(bool),
    /// Asks for a file with a dialog.
    OpenDialog,
    Open(PathBuf),
    Save,
    SaveAsDialog,
    SaveAs(PathBuf),
    Revert,
    Quit,
    Undo,
    Redo,
    /// Applies an edit to the plan (one undo step, or merged with the last as `Coalesce` says).
    Apply(Edit, Coalesce),
    Select(Selection),
    /// Removes the selection: a module from its term, or a term.
    DeleteSelection,
    DuplicateSelected,
    /// A new module, placed in the selected term if a term is selected.
    NewModule,
    /// An empty term after the last.
    AddTerm,
    SetLanguage(Language),
    ShowTab(Tab),
    SetTheme(Theme),
    ShowFindings(bool),
    ShowPalette(bool),
    /// Opens (or closes) the help window.
    ShowHelp(bool),
    /// Opens (or closes) the About box.
    ShowAbout(bool),
    /// Opens or collapses a side panel.
    ShowPanel(crate::ui::preferences::SidePanel, bool),
    TogglePanel(crate::ui::preferences::SidePanel),
    /// Keeps the recovery copy and opens it.
    Recover,
    DiscardRecovery,
    /// Closes the message on screen.
    DismissMessage,
    DismissNotice,
    /// Asks for a plan to compare the open one with.
    CompareDialog,
    /// Reads a plan (`.ron` or CurricularAnalytics `.csv`) to compare the open one with.
    CompareWith(PathBuf),
    /// Drops the other plan at this index from the comparison.
    StopComparing(usize),
    /// Answers to "save changes?".
    SaveAndContinue,
    DiscardAndContinue,
    CancelPending,
    /// Saves to this path although the file's comments are lost (kept in its `.bak`).
    SaveDroppingComments(PathBuf),
    /// Lays out the programme document of the plan as it is now, for the print preview.
    PreparePreview,
    /// Draws a page of the laid-out document.
    DrawPreviewPage(usize),
    /// Stops the preview, export or print under way.
    CancelPrinting,
    /// Stops reading a questionnaire (its worker is killed); the plan is untouched.
    CancelSurveyReading,
    /// Shows this page in the preview.
    ShowPreviewPage(usize),
    SetPreviewZoom(f32),
    /// Asks where to write the document (or its tables) in this format.
    ExportDialog(DocumentFormat),
    Export(DocumentFormat, PathBuf),
    /// Opens the document as PDF in the system's viewer, to print.
    Print,
    /// Asks for questionnaire exports to import as the plan's survey.
    ImportQuestionnaireDialog,
    /// Reads these exports (pooled) into an import the survey tab shows.
    ImportQuestionnaire(Vec<PathBuf>),
    ChooseImportQuestion(usize),
    /// Matches option `.0` of the import to a skill, or to none.
    MapImportOption(usize, Option<crate::model::SkillId>),
    /// The title, region, year and source the user confirms for the import.
    SetImportDetails(crate::editor::SurveyDetails),
    /// Moves the selected module (Alt+arrows).
    MoveSelected(Direction),
    /// Closes the topmost window or the notice, else goes back to the plan's details (Escape).
    Dismiss,
    /// Makes the import the plan's survey (one undoable edit).
    AcceptImport,
    CancelImport,
    /// Works out a whole-plan suggestion off the UI thread.
    StartSuggestion(Box<crate::editor::SuggestRequest>),
    /// Stops the search; the best plan found so far is kept.
    CancelSuggestion,
    /// Applies the suggestion to the plan, one undoable edit.
    ApplySuggestion,
    /// Opens the suggested plan as a new document.
    OpenSuggestion,
    DiscardSuggestion,
}

/// Where Alt+arrow moves the selected module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    /// To the term before.
    Left,
    /// To the term after.
    Right,
}

impl Direction {
    pub const ALL: [Direction; 4] = [
        Direction::Up,
        Direction::Down,
        Direction::Left,
        Direction::Right,
    ];
}
