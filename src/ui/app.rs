//! The planner window: menu bar, library on the left, the chosen tab in the centre,
//! inspector on the right, status bar below. Views draw from the workspace and send
//! commands; the workspace carries them out after the panels are drawn.

use std::path::{Path, PathBuf};
use std::time::Instant;

use egui::Ui;

use crate::catalogue::{Language, Text};
use crate::editor::{ComparedPlans, OpenPlan, blank_plan, bundled_library, template};
use crate::io::{list_recovery, recovery_folder};
use crate::model::{Library, Plan};
use crate::ui::actions::pressed_shortcuts;
use crate::ui::command::Command;
use crate::ui::dialogs::dialogs_ui;
use crate::ui::dialogs::findings_view::{findings_window, status_bar_ui};
use crate::ui::dialogs::palette_view::PaletteView;
use crate::ui::drag::paint_drag_preview;
use crate::ui::menu_view::{MenuContext, menu_bar_ui};
use crate::ui::panels::inspector_view::InspectorView;
use crate::ui::panels::library_view::LibraryView;
use crate::ui::panels::side_panels::{PanelState, SidePanel, side_panel_ui};
use crate::ui::preferences::Preferences;
use crate::ui::selection::Selection;
use crate::ui::tabs::Tab;
use crate::ui::tabs::board_view::BoardView;
use crate::ui::tabs::central_view::{CentralViews, central_ui};
use crate::ui::tabs::comparison_view::ComparisonView;
use crate::ui::tabs::matrix_view::MatrixView;
use crate::ui::theme::{self, Theme};
use crate::ui::view_context::ViewContext;
use crate::ui::workspace::{Message, Modal, Pending, RecoveryState, Workspace};

/// How the window starts: a file or the example, where recovery copies go, what was
/// remembered from the last run.
pub struct StartOptions {
    pub file: Option<PathBuf>,
    /// `None` turns recovery copies off.
    pub recovery_folder: Option<PathBuf>,
    pub preferences: Preferences,
    /// When the process started, to report the time to the first frame and close
    /// (`CURRICULUM_PLANNER_STARTUP_PROBE=1`, for measuring start-up).
    pub startup_probe: Option<Instant>,
}

impl StartOptions {
    /// For tests: the example plan, recovery in `folder`, Chinese, nothing remembered.
    pub fn for_tests(file: Option<PathBuf>, recovery_folder: Option<PathBuf>) -> Self {
        Self {
            file,
            recovery_folder,
            preferences: Preferences {
                language: Language::Chinese,
                ..Preferences::default()
            },
            startup_probe: None,
        }
    }
}

/// The views' own state (scroll positions, drafts, filters): what the workspace does not hold.
#[derive(Default)]
struct Views {
    library: LibraryView,
    board: BoardView,
    matrix: MatrixView,
    inspector: InspectorView,
    comparison: ComparisonView,
    palette: PaletteView,
    what_if: crate::ui::tabs::what_if_view::WhatIfView,
    gap: crate::ui::tabs::gap_view::GapView,
    suggest: crate::ui::tabs::suggest_view::SuggestView,
    tab_opening: crate::ui::tabs::central_view::TabOpening,
}

pub struct PlannerApp {
    workspace: Workspace,
    views: Views,
    applied_theme: Option<Theme>,
    shown_title: String,
    /// Commands sent from outside a frame (`send`), run at the end of the next one.
    commands: Vec<Command>,
    palette_was_open: bool,
    startup_probe: Option<Instant>,
}

impl PlannerApp {
    pub fn new(options: StartOptions) -> Self {
        let library = bundled_library();
        let example = template(0).unwrap_or_else(|| blank_plan(&library));
        Self::with_plan_and_library(example, library, options)
    }

    /// A window on a given plan and library (benchmarks use generated ones); `options.file`,
    /// when set, is opened over it.
    pub fn with_plan_and_library(plan: Plan, library: Library, options: StartOptions) -> Self {
        let offer = options
            .recovery_folder
            .as_deref()
            .and_then(|folder| list_recovery(folder).into_iter().next());
        let mut app = Self {
            workspace: Workspace {
                document: OpenPlan::new(plan, None, true),
                library,
                preferences: options.preferences,
                selection: Selection::Plan,
                tab: Tab::Board,
                comparisons: ComparedPlans::default(),
                show_findings: false,
                show_help: false,
                modal: offer.map(Modal::Recovery),
                notice: None,
                pending: None,
                recovery: RecoveryState {
                    folder: options.recovery_folder,
                    written_state: None,
                    due: None,
                },
                allow_close: false,
                close_requested: false,
                printing: crate::ui::printing::Printing::new(),
                survey_import: None,
                survey_reading: None,
                suggesting: None,
                suggestion: None,
            },
            views: Views::default(),
            applied_theme: None,
            shown_title: String::new(),
            commands: Vec::new(),
            palette_was_open: false,
            startup_probe: options.startup_probe,
        };
        if let Some(file) = options.file {
            app.workspace.open_now(&file);
        }
        app
    }

    /// The window as eframe starts it: preferences from storage, recovery in the user's
    /// data folder, the given file or the example plan.
    pub fn from_creation_context(
        context: &eframe::CreationContext<'_>,
        file: Option<PathBuf>,
        startup_probe: Option<Instant>,
    ) -> Self {
        crate::ui::fonts::install_fonts(&context.egui_ctx);
        let mut preferences = Preferences::load(context.storage);
        let examples = examples_on_first_run(&mut preferences);
        let mut app = Self::new(StartOptions {
            file,
            recovery_folder: recovery_folder(),
            preferences,
            startup_probe,
        });
        if let Some(folder) = examples {
            let language = app.language();
            app.workspace.notice = Some(language.fill(Text::ExamplesCopied, &[&folder.display()]));
        }
        app
    }

    pub fn plan(&self) -> &Plan {
        self.workspace.plan()
    }

    /// The report of the plan's current state (what the analysis tab and status bar show).
    pub fn report(&self) -> &crate::analysis::Report {
        &self.workspace.document.analysis().report
    }

    pub fn path(&self) -> Option<&Path> {
        self.workspace.document.path()
    }

    pub fn is_dirty(&self) -> bool {
        self.workspace.document.is_dirty()
    }

    pub fn language(&self) -> Language {
        self.workspace.language()
    }

    pub fn preferences(&self) -> &Preferences {
        &self.workspace.preferences
    }

    /// The error or notice on screen, if any.
    pub fn message(&self) -> Option<&Message> {
        self.workspace.message()
    }

    /// The status bar's notice of a finished export or print.
    pub fn notice(&self) -> Option<&str> {
        self.workspace.notice.as_deref()
    }

    /// Where the next file dialog opens.
    pub fn dialog_folder(&self) -> Option<PathBuf> {
        self.workspace.working_folder()
    }

    /// Whether the print preview shows the plan as it is now (laid out in the window's language).
    pub fn preview_is_current(&self) -> bool {
        self.workspace
            .printing
            .preview_is_current(self.workspace.document.state(), self.language())
    }

    pub fn selection(&self) -> &Selection {
        &self.workspace.selection
    }

    pub fn tab(&self) -> Tab {
        self.workspace.tab
    }

    /// Whether a dialog asks to save changes before something else happens.
    pub fn asks_to_save(&self) -> bool {
        self.workspace.pending.is_some()
    }

    pub fn offers_recovery(&self) -> bool {
        self.workspace
            .shows(|modal| matches!(modal, Modal::Recovery(_)))
    }

    /// Whether the command palette is open.
    pub fn shows_palette(&self) -> bool {
        self.workspace
            .shows(|modal| matches!(modal, Modal::Palette))
    }

    /// Whether the window may close now (no unsaved changes, or the user answered).
    pub fn may_close(&self) -> bool {
        self.workspace.may_close()
    }

    /// Whether questionnaire files are being read (by workers) right now.
    pub fn is_reading_questionnaire(&self) -> bool {
        self.workspace.survey_reading.is_some()
    }

    /// Whether a whole-plan suggestion is being worked out right now.
    pub fn is_suggesting(&self) -> bool {
        self.workspace.suggesting.is_some()
    }

    /// The questionnaire read but not yet adopted, if any.
    pub fn survey_import(&self) -> Option<&crate::editor::SurveyImport> {
        self.workspace.survey_import.as_ref()
    }

    /// Queues a command as a menu or a shortcut would; it runs at the end of the next frame.
    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Shows one of the tabs of the centre.
    pub fn show_tab(&mut self, tab: Tab) {
        self.workspace.tab = tab;
    }

    /// The file's name, or the plan's title for a plan not saved yet.
    pub fn document_name(&self) -> String {
        self.workspace.document_name()
    }

    /// The window title: file name, an unsaved marker, the app.
    pub fn title(&self) -> String {
        self.workspace.title()
    }

    /// Writes a recovery copy once unsaved changes are `RECOVERY_INTERVAL` old; `true` when
    /// it wrote one.
    pub fn write_recovery_if_due(&mut self, now: Instant) -> bool {
        self.workspace.write_recovery_if_due(now)
    }

    /// Writes the recovery copy at once (also what the timer does).
    pub fn write_recovery_now(&mut self) {
        self.workspace.write_recovery_now();
    }

    /// Everything inside the window; tests and benchmarks call this directly.
    pub fn ui_contents(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if self.applied_theme != Some(self.workspace.preferences.theme) {
            ctx.set_visuals(theme::visuals(self.workspace.preferences.theme));
            theme::apply_sizes(&ctx);
            self.applied_theme = Some(self.workspace.preferences.theme);
        }
        let language = self.workspace.language();
        if let Some(report) = self.workspace.printing.poll(&ctx, language) {
            self.workspace.printing_finished(report);
        }
        if let Some(read) =
            (self.workspace.survey_reading.as_ref()).and_then(|job| job.poll(&ctx, language))
        {
            self.workspace.questionnaire_read(read);
        }
        if let Some(found) = (self.workspace.suggesting.as_mut()).and_then(|job| job.poll(&ctx)) {
            self.workspace.suggestion_found(found);
        }
        let mut commands = std::mem::take(&mut self.commands);
        if !self.workspace.modal_open() {
            commands.extend(pressed_shortcuts(&ctx));
        }
        commands.extend(dropped_files(&ctx));
        let workspace = &self.workspace;
        let language = workspace.language();
        let action_state = workspace.action_state();

        egui::Panel::top("menu-bar").show(ui, |ui| {
            let context = MenuContext {
                state: action_state,
                recent_files: &workspace.preferences.recent_files,
            };
            menu_bar_ui(ui, &context, &mut commands);
        });
        let analysis = workspace.document.analysis();
        let context = ViewContext {
            plan: workspace.plan(),
            plan_state: workspace.document.state(),
            library: &workspace.library,
            language,
            selection: &workspace.selection,
            report: &analysis.report,
            findings: &analysis.findings,
            previous_score: analysis.previous_score,
            compared: &workspace.comparisons,
            rule_books: workspace.document.rule_books(),
            notice: workspace.notice.as_deref(),
        };
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            status_bar_ui(ui, &context, &mut commands);
        });
        let views = &mut self.views;
        let preferences = &workspace.preferences;
        let library_width = side_panel_ui(
            ui,
            SidePanel::Library,
            &PanelState {
                shown: preferences.library_shown,
                width: preferences.library_width,
            },
            language,
            &mut commands,
            |ui, commands| views.library.ui(ui, &context, commands),
        );
        let inspector_width = side_panel_ui(
            ui,
            SidePanel::Inspector,
            &PanelState {
                shown: preferences.inspector_shown,
                width: preferences.inspector_width,
            },
            language,
            &mut commands,
            |ui, commands| views.inspector.ui(ui, &context, commands),
        );
        egui::CentralPanel::default().show(ui, |ui| {
            central_ui(
                ui,
                &context,
                workspace.tab,
                &mut CentralViews {
                    board: &mut views.board,
                    matrix: &mut views.matrix,
                    comparison: &mut views.comparison,
                    printing: &workspace.printing,
                    survey_import: workspace.survey_import.as_ref(),
                    what_if: &mut views.what_if,
                    gap: &mut views.gap,
                    suggest: &mut views.suggest,
                    suggestion: crate::ui::tabs::suggest_view::SuggestState {
                        running: workspace.suggesting.as_ref(),
                        outcome: workspace.suggestion.as_ref(),
                    },
                    opening: &mut views.tab_opening,
                },
                &mut commands,
            );
        });
        if workspace.show_findings && !findings_window(&ctx, &context, &mut commands) {
            commands.push(Command::ShowFindings(false));
        }
        if workspace.show_help && !crate::ui::dialogs::help_view::help_window(&ctx, &context) {
            commands.push(Command::ShowHelp(false));
        }
        let palette_open = workspace.shows(|modal| matches!(modal, Modal::Palette));
        if palette_open {
            if !self.palette_was_open {
                views.palette.reset();
            }
            views.palette.ui(&ctx, &action_state, &mut commands);
        }
        self.palette_was_open = palette_open;
        dialogs_ui(&ctx, workspace, &mut commands);
        paint_drag_preview(&ctx);
        if !commands.is_empty() {
            // What the commands changed shows in the next frame.
            ctx.request_repaint();
        }
        self.workspace.preferences.library_width = library_width;
        self.workspace.preferences.inspector_width = inspector_width;
        self.workspace.run_commands(commands);
        if std::mem::take(&mut self.workspace.close_requested) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.handle_close_request(&ctx);
        self.recovery_tick(&ctx, Instant::now());
        if let Some(started) = self.startup_probe.take() {
            println!(
                "first frame {} ms after start",
                started.elapsed().as_millis()
            );
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let title = self.workspace.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|input| input.viewport().close_requested()) {
            return;
        }
        if self.workspace.may_close() {
            self.workspace.closing_cleanly();
        } else {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.workspace.pending = Some(Pending::Close);
        }
    }

    /// Keeps a frame coming when the next recovery copy is due, even if nothing moves.
    fn recovery_tick(&mut self, ctx: &egui::Context, now: Instant) {
        if !self.workspace.write_recovery_if_due(now)
            && let Some(due) = self.workspace.recovery.due
        {
            ctx.request_repaint_after(due.saturating_duration_since(now));
        }
    }
}

/// A plan file dropped on the window opens (after asking about unsaved changes).
fn dropped_files(ctx: &egui::Context) -> Option<Command> {
    let dropped = ctx.input(|input| input.raw.dropped_files.clone());
    dropped
        .into_iter()
        .find_map(|file| Some(file.path().to_owned()).filter(|path| !path.as_os_str().is_empty()))
        .map(Command::Open)
}

impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.ui_contents(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.workspace.preferences.store(storage);
    }

    /// What the window remembers is in `Preferences` (panels, language, recent files); egui's
    /// own memory (scroll offsets, open headers) is not kept, so that a tab opens at its top
    /// after a restart too.
    fn persist_egui_memory(&self) -> bool {
        false
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.workspace.may_close() {
            self.workspace.closing_cleanly();
        }
    }
}

/// On an installation's first run, its example plans go to the user's Documents (in a folder
/// named in the user's language); the folder when any were copied.
fn examples_on_first_run(preferences: &mut Preferences) -> Option<PathBuf> {
    if preferences.examples_copied {
        return None;
    }
    let source = crate::io::installed_examples_folder()?;
    let user = directories::UserDirs::new()?;
    let folder = user
        .document_dir()?
        .join(preferences.language.text(Text::ExamplesFolder));
    let copied = crate::io::copy_examples(&source, &folder).ok()?;
    preferences.examples_copied = true;
    (!copied.is_empty()).then_some(folder)
}
