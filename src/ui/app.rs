//! The planner window: menu bar, library on the left, term board or matrix in the centre,
//! inspector on the right, status bar below. Views draw from the state and send commands;
//! `run_commands` carries them out after the panels are drawn.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::Ui;

use super::analysis_view::{AnalysisContext, analysis_ui};
use super::board_view::{BoardContext, BoardView};
use super::command::{Command, Selection, Theme, pressed_shortcuts};
use super::comparison_view::Comparisons;
use super::dialogs::{Message, Pending};
use super::document::OpenPlan;
use super::drag::paint_drag_preview;
use super::files;
use super::findings_view::{FindingsContext, findings_window, status_bar_ui};
use super::i18n::{Language, Text};
use super::inspector_view::InspectorView;
use super::library_view::LibraryView;
use super::matrix_view::{MatrixContext, MatrixView};
use super::menu_view::menu_bar_ui;
use super::panel_context::PanelContext;
use super::preferences::Preferences;
use super::theme;
use crate::io::{RecoveryCopy, list_recovery, recovery_folder};
use crate::model::Library;

/// How long unsaved changes wait before a recovery copy is written.
pub const RECOVERY_INTERVAL: Duration = Duration::from_secs(30);

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Board,
    Matrix,
    Analysis,
}

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

pub(super) struct RecoveryState {
    pub folder: Option<PathBuf>,
    /// The plan state the last copy holds.
    pub written_state: Option<u64>,
    /// When the next copy is due (set when unsaved changes appear).
    pub due: Option<Instant>,
    /// A copy left by a run that did not close cleanly, offered at start.
    pub offer: Option<RecoveryCopy>,
}

pub struct PlannerApp {
    pub(super) document: OpenPlan,
    pub(super) library: Library,
    pub(super) preferences: Preferences,
    pub(super) selection: Selection,
    pub(super) tab: Tab,
    /// Plans opened only to compare the open one with.
    pub(super) comparisons: Comparisons,
    pub(super) library_view: LibraryView,
    pub(super) board_view: BoardView,
    pub(super) matrix_view: MatrixView,
    pub(super) inspector_view: InspectorView,
    pub(super) show_findings: bool,
    pub(super) message: Option<Message>,
    pub(super) pending: Option<Pending>,
    pub(super) recovery: RecoveryState,
    /// Set once the user agreed to close (saved or discarded).
    pub(super) allow_close: bool,
    pub(super) applied_theme: Option<Theme>,
    pub(super) shown_title: String,
    pub(super) commands: Vec<Command>,
    /// Quit was chosen (and answered): close the viewport at the end of the frame.
    pub(super) close_requested_by_app: bool,
    pub(super) startup_probe: Option<Instant>,
}

impl PlannerApp {
    pub fn new(options: StartOptions) -> Self {
        let library = files::bundled_library();
        let example = files::template(0).unwrap_or_else(|| files::blank_plan(&library));
        Self::with_plan_and_library(example, library, options)
    }

    /// A window on a given plan and library (benchmarks use generated ones); `options.file`,
    /// when set, is opened over it.
    pub fn with_plan_and_library(
        plan: crate::model::Plan,
        library: Library,
        options: StartOptions,
    ) -> Self {
        let example = plan;
        let offer = options
            .recovery_folder
            .as_deref()
            .and_then(|folder| list_recovery(folder).into_iter().next());
        let mut app = Self {
            document: OpenPlan::new(example, None, true),
            library,
            preferences: options.preferences,
            selection: Selection::Plan,
            tab: Tab::Board,
            comparisons: Comparisons::default(),
            library_view: LibraryView::default(),
            board_view: BoardView::default(),
            matrix_view: MatrixView::default(),
            inspector_view: InspectorView::default(),
            show_findings: false,
            message: None,
            pending: None,
            recovery: RecoveryState {
                folder: options.recovery_folder,
                written_state: None,
                due: None,
                offer,
            },
            allow_close: false,
            applied_theme: None,
            shown_title: String::new(),
            commands: Vec::new(),
            close_requested_by_app: false,
            startup_probe: options.startup_probe,
        };
        if let Some(file) = options.file {
            app.open_now(&file);
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
        super::fonts::install_fonts(&context.egui_ctx);
        Self::new(StartOptions {
            file,
            recovery_folder: recovery_folder(),
            preferences: Preferences::load(context.storage),
            startup_probe,
        })
    }

    pub fn plan(&self) -> &crate::model::Plan {
        self.document.plan()
    }

    pub fn path(&self) -> Option<&Path> {
        self.document.path()
    }

    pub fn is_dirty(&self) -> bool {
        self.document.is_dirty()
    }

    pub fn language(&self) -> Language {
        self.preferences.language
    }

    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    /// The error or notice on screen, if any.
    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// Whether a dialog asks to save changes before something else happens.
    pub fn asks_to_save(&self) -> bool {
        self.pending.is_some()
    }

    pub fn offers_recovery(&self) -> bool {
        self.recovery.offer.is_some()
    }

    /// Whether the window may close now (no unsaved changes, or the user answered).
    pub fn may_close(&self) -> bool {
        self.allow_close || !self.document.is_dirty()
    }

    /// Queues a command as a menu or a shortcut would; it runs at the end of the next frame.
    pub fn send(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Shows the term board or the matrix.
    pub fn show_tab(&mut self, tab: Tab) {
        self.tab = tab;
    }

    /// The file's name, or the plan's title for a plan not saved yet.
    pub fn document_name(&self) -> String {
        let language = self.language();
        let name = self.document.path().and_then(Path::file_name).map_or_else(
            || {
                self.plan()
                    .title
                    .in_language(language.is_chinese())
                    .to_owned()
            },
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
        let name = self.document_name();
        let marker = if self.document.is_dirty() { " •" } else { "" };
        let app = match language {
            Language::Chinese => "人才培养方案规划",
            Language::English => "Curriculum planner",
        };
        format!("{name}{marker} — {app}")
    }

    /// Everything inside the window; tests and benchmarks call this directly.
    pub fn ui_contents(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        if self.applied_theme != Some(self.preferences.theme) {
            ctx.set_visuals(theme::visuals(self.preferences.theme));
            self.applied_theme = Some(self.preferences.theme);
        }
        let mut commands = std::mem::take(&mut self.commands);
        if !self.modal_open() {
            commands.extend(pressed_shortcuts(&ctx));
            self.global_keys(&ctx, &mut commands);
        }
        self.dropped_files(&ctx, &mut commands);
        let language = self.language();

        egui::Panel::top("menu-bar").show(ui, |ui| {
            menu_bar_ui(ui, self, &mut commands);
        });
        let analysis = self.document.analysis();
        let findings_context = FindingsContext {
            plan: self.document.plan(),
            report: &analysis.report,
            findings: &analysis.findings,
            language,
        };
        egui::Panel::bottom("status-bar").show(ui, |ui| {
            status_bar_ui(ui, &findings_context, &mut commands);
        });
        let panel = PanelContext {
            plan: self.document.plan(),
            plan_state: self.document.state(),
            library: &self.library,
            language,
            selection: &self.selection,
        };
        let library_width = side_panel(
            ui,
            egui::Panel::left("library"),
            self.preferences.library_width,
            |ui| {
                self.library_view.ui(ui, &panel, &mut commands);
            },
        );
        let inspector_width = side_panel(
            ui,
            egui::Panel::right("inspector"),
            self.preferences.inspector_width,
            |ui| {
                self.inspector_view.ui(ui, &panel, &mut commands);
            },
        );
        self.preferences.library_width = library_width;
        self.preferences.inspector_width = inspector_width;
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.selectable_value(&mut self.tab, Tab::Board, language.text(Text::TermBoard));
                ui.selectable_value(&mut self.tab, Tab::Matrix, language.text(Text::Matrix));
                ui.selectable_value(&mut self.tab, Tab::Analysis, language.text(Text::Analysis));
                ui.separator();
                // Truncated, not wrapped: a long English title would otherwise widen the
                // panel's content and push the tab's text under the inspector.
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(
                            self.document
                                .plan()
                                .title
                                .in_language(language.is_chinese()),
                        )
                        .heading(),
                    )
                    .truncate(),
                );
            });
            ui.separator();
            let analysis = self.document.analysis();
            match self.tab {
                Tab::Board => self.board_view.ui(
                    ui,
                    &BoardContext {
                        plan: self.document.plan(),
                        report: &analysis.report,
                        findings: &analysis.findings,
                        language,
                        selection: &self.selection,
                    },
                    &mut commands,
                ),
                Tab::Matrix => self.matrix_view.ui(
                    ui,
                    &MatrixContext {
                        plan: self.document.plan(),
                        report: &analysis.report,
                        language,
                        selection: &self.selection,
                    },
                    &mut commands,
                ),
                Tab::Analysis => analysis_ui(
                    ui,
                    &AnalysisContext {
                        plan: self.document.plan(),
                        plan_state: self.document.state(),
                        report: &analysis.report,
                        language,
                    },
                    &mut self.comparisons,
                    &mut commands,
                ),
            }
        });
        if self.show_findings {
            let analysis = self.document.analysis();
            let mut open = true;
            findings_window(
                &ctx,
                &mut open,
                &FindingsContext {
                    plan: self.document.plan(),
                    report: &analysis.report,
                    findings: &analysis.findings,
                    language,
                },
                &mut commands,
            );
            if !open {
                commands.push(Command::ShowFindings(false));
            }
        }
        self.dialogs_ui(&ctx, &mut commands);
        paint_drag_preview(&ctx);
        if !commands.is_empty() {
            // What the commands changed shows in the next frame.
            ctx.request_repaint();
        }
        self.run_commands(commands);
        if std::mem::take(&mut self.close_requested_by_app) {
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
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn modal_open(&self) -> bool {
        self.message.is_some() || self.pending.is_some() || self.recovery.offer.is_some()
    }

    /// Delete removes the selection, unless a text field has the keyboard.
    /// Alt+arrows move the selected module: up and down within its term, left and right to
    /// the term before or after (the keyboard's way to do what a drag does).
    fn global_keys(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        if ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Delete)) {
            commands.push(Command::DeleteSelection);
        }
        let Selection::Module(module) = &self.selection else {
            return;
        };
        let plan = self.document.plan();
        let Some((term, index)) = plan.placement(module) else {
            return;
        };
        let pressed = |key| ctx.input_mut(|input| input.consume_key(egui::Modifiers::ALT, key));
        let target = if pressed(egui::Key::ArrowUp) {
            index.checked_sub(1).map(|index| (term, index))
        } else if pressed(egui::Key::ArrowDown) {
            (index + 1 < plan.terms[term].modules.len()).then_some((term, index + 1))
        } else if pressed(egui::Key::ArrowLeft) {
            term.checked_sub(1).map(|term| (term, index))
        } else if pressed(egui::Key::ArrowRight) {
            (term + 1 < plan.terms.len()).then_some((term + 1, index))
        } else {
            None
        };
        if let Some((term, index)) = target {
            commands.push(Command::Apply(
                crate::model::edit::Edit::Move {
                    module: module.clone(),
                    term,
                    index,
                },
                crate::model::history::Coalesce::Never,
            ));
        }
    }

    /// A plan file dropped on the window opens (after asking about unsaved changes).
    fn dropped_files(&self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let dropped = ctx.input(|input| input.raw.dropped_files.clone());
        if let Some(path) = dropped.into_iter().find_map(|file| {
            Some(file.path().to_owned()).filter(|path| !path.as_os_str().is_empty())
        }) {
            commands.push(Command::Open(path));
        }
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|input| input.viewport().close_requested()) {
            return;
        }
        if self.may_close() {
            self.closing_cleanly();
        } else {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(Pending::Close);
        }
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

    /// Keeps a frame coming when the next recovery copy is due, even if nothing moves.
    fn recovery_tick(&mut self, ctx: &egui::Context, now: Instant) {
        if !self.write_recovery_if_due(now)
            && let Some(due) = self.recovery.due
        {
            ctx.request_repaint_after(due.saturating_duration_since(now));
        }
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
    pub(super) fn closing_cleanly(&mut self) {
        if let Some(folder) = &self.recovery.folder {
            crate::io::discard_recovery(folder, self.document.path());
        }
    }
}

/// A resizable side panel that opens at its remembered width; returns its width now.
fn side_panel(ui: &mut Ui, panel: egui::Panel, width: f32, contents: impl FnOnce(&mut Ui)) -> f32 {
    panel
        .resizable(true)
        .default_size(width)
        .size_range(220.0..=600.0)
        .show(ui, contents)
        .response
        .rect
        .width()
}

impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.ui_contents(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.preferences.store(storage);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.may_close() {
            self.closing_cleanly();
        }
    }
}
