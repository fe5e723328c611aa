//! Carrying out commands: the one place where the window changes the plan, the files and
//! its own state. Errors are handled here once: they become a message on screen.

use std::path::{Path, PathBuf};

use crate::catalogue::{Language, Text, edit_error_message};
use crate::editor::{self, OpenPlan, OtherPlan};
use crate::io::DocumentKind;
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::ui::command::Command;
use crate::ui::dialogs::file_dialogs;
use crate::ui::selection::Selection;
use crate::ui::survey_reading::SurveyReading;
use crate::ui::tabs::Tab;
use crate::ui::workspace::{Message, Modal, Pending, Workspace};

impl Workspace {
    pub fn run_commands(&mut self, commands: Vec<Command>) {
        for command in commands {
            self.run(command);
        }
    }

    fn run(&mut self, command: Command) {
        let language = self.language();
        match command {
            Command::New(template) => {
                self.close_modal(|modal| matches!(modal, Modal::NewPlan));
                self.unless_unsaved(Pending::New(template), |app| {
                    app.new_plan(template);
                });
            }
            Command::NewOfKind(kind) => {
                self.close_modal(|modal| matches!(modal, Modal::NewPlan));
                self.unless_unsaved(Pending::NewOfKind(kind), |app| {
                    app.new_plan_of_kind(kind);
                });
            }
            Command::NewDialog(open) => {
                if open {
                    self.modal = Some(Modal::NewPlan);
                } else {
                    self.close_modal(|modal| matches!(modal, Modal::NewPlan));
                }
            }
            Command::AddFromLibrary {
                module,
                term,
                index,
            } => {
                let plan = self.document.plan();
                if let Some(taken) = editor::code_taken_by(plan, &self.library, &module) {
                    self.modal = Some(Modal::CodeConflict(crate::ui::workspace::CodeConflict {
                        module,
                        term,
                        index,
                        taken_by: taken.id.clone(),
                    }));
                } else if let Some(edit) =
                    editor::add_from_library(plan, &self.library, &module, term, index)
                {
                    self.run(Command::Apply(edit, Coalesce::Never));
                    self.run(Command::Select(Selection::Module(module)));
                }
            }
            Command::AddRenamed | Command::AddReplacing => {
                let Some(Modal::CodeConflict(conflict)) = self.modal.take() else {
                    return;
                };
                let plan = self.document.plan();
                let edit = if command == Command::AddRenamed {
                    editor::add_from_library_renamed(
                        plan,
                        &self.library,
                        &conflict.module,
                        conflict.term,
                        conflict.index,
                    )
                } else {
                    // The plan's module goes, the library's takes its code: one undo step.
                    editor::add_from_library(
                        plan,
                        &self.library,
                        &conflict.module,
                        conflict.term,
                        conflict.index,
                    )
                    .map(|add| {
                        Edit::Batch(vec![
                            Edit::DeleteModule {
                                module: conflict.taken_by.clone(),
                            },
                            add,
                        ])
                    })
                };
                if let Some(edit) = edit {
                    self.run(Command::Apply(edit, Coalesce::Never));
                    self.run(Command::Select(Selection::Module(conflict.module)));
                }
            }
            Command::OpenDialog => {
                if let Some(path) = self.pick_plan_file(language) {
                    self.run(Command::Open(path));
                }
            }
            Command::CompareDialog => {
                if let Some(path) = self.pick_plan_file(language) {
                    self.run(Command::CompareWith(path));
                }
            }
            Command::CompareWith(path) => match crate::io::load_plan_input(&path) {
                Ok(plan) => {
                    self.comparisons.add(OtherPlan { path, plan });
                    // The comparison is shown in the analysis tab.
                    self.tab = Tab::Analysis;
                }
                Err(error) => {
                    self.tell(Message {
                        title: Text::OpenFailed,
                        body: error.message(self.language()),
                        backup: None,
                    });
                }
            },
            Command::StopComparing(index) => self.comparisons.remove(index),
            Command::ShowTab(tab) => self.tab = tab,
            Command::Open(path) => {
                self.unless_unsaved(Pending::Open(path.clone()), |app| app.open_now(&path))
            }
            Command::Save => {
                self.save();
            }
            Command::CopyRuleBookBesidePlan => self.copy_rule_book(),
            Command::PreparePreview => {
                let path = self.document.path().map(Path::to_owned);
                let state = self.document.state();
                let book = self.document.rule_book().cloned();
                self.printing
                    .prepare_preview(self.document.plan(), book, path, state, language);
            }
            Command::DrawPreviewPage(page) => self.printing.draw_page(page),
            Command::CancelPrinting => self.printing.cancel(),
            Command::ShowPreviewPage(page) => self.printing.page = page,
            Command::SetPreviewZoom(zoom) => self.printing.zoom = zoom.clamp(0.0, 4.0),
            Command::ExportDialog(format) => {
                let title = self.document.plan().title.in_language(language).to_owned();
                if let Some(path) = file_dialogs::pick_export_path(
                    language,
                    format,
                    self.document.path(),
                    self.working_folder().as_deref(),
                    &title,
                ) {
                    self.run(Command::Export(format, path));
                }
            }
            Command::Export(format, path) => {
                let plan_path = self.document.path().map(Path::to_owned);
                let inputs: Vec<&Path> = plan_path.iter().map(PathBuf::as_path).collect();
                // The dialog asked "replace?"; a plan or survey is never what an export
                // should replace.
                if let Err(refused) = crate::io::check_output(&path, &inputs) {
                    self.tell(Message {
                        title: Text::ExportFailedTitle,
                        body: refused.message(language, false),
                        backup: None,
                    });
                    return;
                }
                let book = self.document.rule_book().cloned();
                self.printing.export(
                    format,
                    self.document.plan(),
                    book,
                    plan_path,
                    language,
                    path,
                );
            }
            Command::Print => {
                let plan_path = self.document.path().map(Path::to_owned);
                let book = self.document.rule_book().cloned();
                self.printing
                    .print(self.document.plan(), book, plan_path, language);
            }
            Command::ImportQuestionnaireDialog => {
                let folder = self.working_folder();
                let files = file_dialogs::pick_questionnaires(language, folder.as_deref());
                if !files.is_empty() {
                    self.run(Command::ImportQuestionnaire(files));
                }
            }
            Command::ImportQuestionnaire(files) => {
                if self.survey_reading.is_none() {
                    self.survey_reading = Some(SurveyReading::start(files, language));
                }
            }
            Command::CancelSurveyReading => {
                if let Some(reading) = &self.survey_reading {
                    reading.cancel();
                }
            }
            Command::ChooseImportQuestion(question) => {
                if let Some(import) = &mut self.survey_import {
                    import.choose_question(question);
                }
            }
            Command::MapImportOption(option, skill) => {
                if let Some(import) = &mut self.survey_import {
                    import.map(option, skill);
                }
            }
            Command::AcceptImport => {
                let edit = self
                    .survey_import
                    .as_ref()
                    .and_then(editor::SurveyImport::edit);
                if let Some(edit) = edit {
                    self.survey_import = None;
                    self.run(Command::Apply(edit, Coalesce::Never));
                }
            }
            Command::MoveSelected(direction) => {
                if let Some(edit) = self.move_of_selected(direction) {
                    self.run(Command::Apply(edit, Coalesce::Never));
                }
            }
            Command::Dismiss => self.dismiss(),
            Command::SetImportDetails(details) => {
                if let Some(import) = &mut self.survey_import {
                    import.details = details;
                }
            }
            Command::CancelImport => self.survey_import = None,
            Command::StartSuggestion(request) => self.start_suggestion(*request),
            Command::CancelSuggestion => self.cancel_suggestion(),
            Command::ApplySuggestion => self.apply_suggestion(),
            Command::OpenSuggestion => self.open_suggestion_as_new_plan(),
            Command::DiscardSuggestion => self.suggestion = None,
            Command::SaveAsDialog => {
                self.save_as_dialog();
            }
            Command::SaveAs(path) => {
                self.save_to(path);
            }
            Command::Revert => {
                if let Some(path) = self.document.path().map(Path::to_owned) {
                    self.unless_unsaved(Pending::Revert, |app| app.open_now(&path));
                }
            }
            Command::Quit => self.unless_unsaved(Pending::Close, |app| app.close_window()),
            Command::Undo => self.report_edit_error(|document| document.undo().map(|_| ())),
            Command::Redo => self.report_edit_error(|document| document.redo().map(|_| ())),
            Command::Apply(edit, coalesce) => {
                self.report_edit_error(|document| document.apply(edit, coalesce));
            }
            Command::Select(selection) => self.selection = selection,
            Command::DeleteSelection => self.delete_selection(),
            Command::DuplicateSelected => self.duplicate_selected(),
            Command::NewModule => self.new_module(),
            Command::AddTerm => {
                let edit = editor::new_term(self.document.plan());
                self.report_edit_error(|document| document.apply(edit, Coalesce::Never));
            }
            Command::SetLanguage(language) => self.preferences.language = language,
            Command::SetTheme(theme) => self.preferences.theme = theme,
            Command::ShowFindings(show) => self.show_findings = show,
            Command::ShowPalette(show) => {
                if show {
                    self.modal = Some(Modal::Palette);
                } else {
                    self.close_modal(|modal| matches!(modal, Modal::Palette));
                }
            }
            Command::ShowHelp(show) => self.show_help = show,
            Command::ShowAbout(true) => {
                if self.modal.is_none() {
                    self.modal = Some(Modal::About);
                }
            }
            Command::ShowAbout(false) => self.close_modal(|modal| matches!(modal, Modal::About)),
            Command::ShowPanel(panel, shown) => *self.preferences.panel_shown(panel) = shown,
            Command::TogglePanel(panel) => {
                let shown = self.preferences.panel_shown(panel);
                *shown = !*shown;
            }
            Command::DismissMessage => {
                self.close_modal(|modal| matches!(modal, Modal::Message(_)));
            }
            Command::DismissNotice => self.notice = None,
            Command::Recover => self.recover(),
            Command::DiscardRecovery => {
                if let Some(Modal::Recovery(copy)) = self.modal.take() {
                    // Gone already is as good as removed.
                    let _ = std::fs::remove_file(&copy.path);
                }
            }
            Command::SaveAndContinue => {
                if self.save()
                    && let Some(pending) = self.pending.take()
                {
                    self.continue_with(pending);
                }
            }
            Command::DiscardAndContinue => {
                if let Some(pending) = self.pending.take() {
                    if let Some(folder) = &self.recovery.folder {
                        crate::io::discard_recovery(folder, self.document.path());
                    }
                    self.allow_close = true;
                    self.continue_with(pending);
                }
            }
            Command::CancelPending => {
                self.pending = None;
                self.close_modal(|modal| {
                    matches!(modal, Modal::CommentWarning(_) | Modal::CodeConflict(_))
                });
            }
            Command::SaveDroppingComments(path) => {
                self.close_modal(|modal| matches!(modal, Modal::CommentWarning(_)));
                self.document.confirm_dropping_comments();
                self.save_to(path);
            }
        }
    }

    /// Runs `then` now when nothing is unsaved; otherwise asks first and runs it after Save
    /// or Discard (see `continue_with`).
    fn unless_unsaved(&mut self, pending: Pending, then: impl FnOnce(&mut Self)) {
        if self.document.is_dirty() {
            self.pending = Some(pending);
        } else {
            then(self);
        }
    }

    fn continue_with(&mut self, pending: Pending) {
        let closing = pending == Pending::Close;
        match pending {
            Pending::Close => self.close_window(),
            Pending::Open(path) => self.open_now(&path),
            Pending::New(template) => self.new_plan(template),
            Pending::NewOfKind(kind) => self.new_plan_of_kind(kind),
            Pending::OpenSuggestion => self.open_suggestion_now(),
            Pending::Revert => {
                if let Some(path) = self.document.path().map(Path::to_owned) {
                    self.open_now(&path);
                }
            }
        }
        if !closing {
            // The answer was about opening something else, not about closing.
            self.allow_close = false;
        }
    }

    fn close_window(&mut self) {
        self.allow_close = true;
        self.closing_cleanly();
        self.close_requested = true;
    }

    /// Asks for a plan or curriculum file, starting where the user works.
    fn pick_plan_file(&self, language: Language) -> Option<PathBuf> {
        let folder = self.working_folder();
        file_dialogs::pick_file_to_open(language, folder.as_deref())
    }

    /// Where file dialogs start: the open plan's folder, else the folder of the file used
    /// last, else the user's documents folder — never the file system's root.
    pub fn working_folder(&self) -> Option<PathBuf> {
        self.document
            .path()
            .and_then(Path::parent)
            .map(Path::to_owned)
            .or_else(|| {
                self.preferences
                    .recent_files
                    .iter()
                    .filter_map(|file| file.parent())
                    .find(|folder| folder.is_dir())
                    .map(Path::to_owned)
            })
            .or_else(|| {
                directories::UserDirs::new()
                    .and_then(|dirs| dirs.document_dir().map(Path::to_owned))
            })
    }

    /// Opens a plan (`.ron`) or imports a CurricularAnalytics curriculum (`.csv`). On failure
    /// the current plan stays and the error is shown.
    pub fn open_now(&mut self, path: &Path) {
        match crate::io::load_plan_input_with_text(path) {
            Ok((plan, text)) => {
                let is_plan_file = path
                    .extension()
                    .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"));
                // An import is a new plan: saving it asks where, and never overwrites the CSV.
                let file = is_plan_file.then(|| path.to_owned());
                self.document = OpenPlan::new(plan, file, true)
                    .with_comments(is_plan_file && crate::io::has_comments(&text));
                self.selection = Selection::Plan;
                self.preferences.remember(path);
            }
            Err(error) => {
                let backup = crate::io::backup_path(path);
                self.tell(Message {
                    title: Text::OpenFailed,
                    body: error.message(self.language()),
                    backup: (backup.is_file() && backup != path).then_some(backup),
                });
            }
        }
    }

    fn new_plan_of_kind(&mut self, kind: crate::model::ProgrammeKind) {
        let plan = editor::blank_plan_of_kind(&self.library, kind);
        self.document = OpenPlan::new(plan, None, true);
        self.selection = Selection::Plan;
    }

    fn new_plan(&mut self, template: Option<usize>) {
        let plan = template
            .and_then(editor::template)
            .unwrap_or_else(|| editor::blank_plan(&self.library));
        self.document = OpenPlan::new(plan, None, true);
        self.selection = Selection::Plan;
    }

    /// Saves to the plan's file, or asks where; `true` once the plan is on disk.
    fn save(&mut self) -> bool {
        match self.document.path().map(Path::to_owned) {
            Some(path) => self.save_to(path),
            None => self.save_as_dialog(),
        }
    }

    fn save_as_dialog(&mut self) -> bool {
        let language = self.language();
        let title = self.document.plan().title.in_language(language).to_owned();
        let folder = self.working_folder();
        match file_dialogs::pick_file_to_save(
            language,
            self.document.path(),
            folder.as_deref(),
            &title,
        ) {
            Some(path) => self.save_to(path),
            None => false,
        }
    }

    /// Writes the plan's rule book beside the plan, never over a file that is there.
    fn copy_rule_book(&mut self) {
        let language = self.language();
        let (Some(folder), Some(book)) = (
            self.document
                .path()
                .and_then(Path::parent)
                .map(Path::to_owned),
            self.document.rule_book().cloned(),
        ) else {
            self.tell(Message {
                title: Text::CopyRuleBookTitle,
                body: language.text(Text::CopyRuleBookNeedsSave).to_owned(),
                backup: None,
            });
            return;
        };
        let target = folder.join(format!("{}{}", book.id, crate::io::RULE_BOOK_SUFFIX));
        let body = if target.exists() {
            language.fill(Text::CopyRuleBookExists, &[&target.display()])
        } else {
            match crate::io::save_document(&target, &crate::io::Document::RuleBook(book)) {
                Ok(()) => {
                    self.document.reload_rule_books();
                    language.fill(Text::CopyRuleBookDone, &[&target.display()])
                }
                Err(error) => error.message(language),
            }
        };
        self.tell(Message {
            title: Text::CopyRuleBookTitle,
            body,
            backup: None,
        });
    }

    fn save_to(&mut self, path: PathBuf) -> bool {
        // Saving as another file may replace a plan (the dialog asked), never a survey or
        // a library: those are not what the window edits.
        let is_another_file = self.document.path() != Some(path.as_path());
        if is_another_file
            && let Some(
                kind @ (DocumentKind::Survey | DocumentKind::Library | DocumentKind::RuleBook),
            ) = crate::io::existing_document_kind(&path)
        {
            let text = match kind {
                DocumentKind::Survey => Text::SaveWouldReplaceSurvey,
                DocumentKind::RuleBook => Text::SaveWouldReplaceRuleBook,
                _ => Text::SaveWouldReplaceLibrary,
            };
            self.tell(Message {
                title: Text::SaveFailed,
                body: self.language().fill(text, &[&path.display()]),
                backup: None,
            });
            return false;
        }
        if self.document.would_drop_comments(&path) {
            self.modal = Some(Modal::CommentWarning(path));
            return false;
        }
        match crate::io::save_plan(&path, self.document.plan()) {
            Ok(()) => {
                if let Some(folder) = &self.recovery.folder {
                    crate::io::discard_recovery(folder, self.document.path());
                    crate::io::discard_recovery(folder, Some(&path));
                }
                self.preferences.remember(&path);
                self.document.saved_as(path);
                self.recovery.written_state = None;
                true
            }
            Err(error) => {
                self.tell(Message {
                    title: Text::SaveFailed,
                    body: error.message(self.language()),
                    backup: None,
                });
                false
            }
        }
    }

    fn recover(&mut self) {
        let Some(Modal::Recovery(copy)) = self.modal.take() else {
            return;
        };
        match crate::io::read_recovery(&copy) {
            Ok(plan) => {
                // Recovered work is unsaved until the user saves it.
                self.document = OpenPlan::new(plan, copy.original.clone(), false);
                self.selection = Selection::Plan;
            }
            Err(error) => {
                self.tell(Message {
                    title: Text::OpenFailed,
                    body: error.message(self.language()),
                    backup: None,
                });
            }
        }
    }

    fn report_edit_error(
        &mut self,
        change: impl FnOnce(&mut OpenPlan) -> Result<(), crate::model::edit::EditError>,
    ) {
        if let Err(error) = change(&mut self.document) {
            self.tell(Message {
                title: Text::Error,
                body: edit_error_message(self.language(), &error),
                backup: None,
            });
        }
    }

    fn delete_selection(&mut self) {
        let edit = match &self.selection {
            Selection::Module(id) if self.document.plan().term_of(id).is_some() => {
                Edit::Unschedule {
                    module: id.clone(),
                    term: None,
                }
            }
            Selection::Term(term) if *term < self.document.plan().terms.len() => {
                let index = *term;
                self.selection = Selection::Plan;
                editor::remove_term(self.document.plan(), index)
            }
            _ => return,
        };
        self.report_edit_error(|document| document.apply(edit, Coalesce::Never));
    }

    fn duplicate_selected(&mut self) {
        let Selection::Module(id) = &self.selection else {
            return;
        };
        let Some((edit, copy)) = editor::duplicate_module(self.document.plan(), &self.library, id)
        else {
            return;
        };
        self.report_edit_error(|document| document.apply(edit, Coalesce::Never));
        self.selection = Selection::Module(copy);
    }

    fn new_module(&mut self) {
        let term = match self.selection {
            Selection::Term(term) => Some(term),
            _ => None,
        };
        let (edit, id) = editor::new_module(self.document.plan(), &self.library, term);
        self.report_edit_error(|document| document.apply(edit, Coalesce::Never));
        self.selection = Selection::Module(id);
    }
}

impl Workspace {
    /// The questionnaire files' workers are done: the import to review, or why not.
    pub fn questionnaire_read(
        &mut self,
        read: Result<crate::io::questionnaire::Questionnaire, crate::worker::WorkerError>,
    ) {
        let Some(reading) = self.survey_reading.take() else {
            return;
        };
        match read {
            Ok(questionnaire) => {
                let year = questionnaire.answered_in.unwrap_or_else(|| {
                    crate::io::year_of_files(reading.files.iter().map(PathBuf::as_path))
                });
                let import = editor::SurveyImport::new(
                    reading.files,
                    questionnaire,
                    self.document.plan(),
                    year,
                );
                self.survey_import = Some(import);
                self.tab = Tab::Survey;
            }
            Err(error) if error.is_cancelled() => {}
            Err(error) => {
                self.tell(Message {
                    title: Text::QuestionnaireNotReadTitle,
                    body: error.message(self.language()),
                    backup: None,
                });
            }
        }
    }

    /// Says what an export or print did: where the file went, or why there is none.
    pub fn printing_finished(&mut self, report: crate::ui::printing::Report) {
        use crate::ui::printing::Report;
        let language = self.language();
        // Done is a notice in the status bar; only what went wrong asks to be read.
        let message = match report {
            Report::Written(path) => {
                self.notice = Some(language.fill(Text::ExportedBody, &[&path.display()]));
                return;
            }
            Report::Printed(path) => {
                self.notice = Some(language.fill(Text::PrintedBody, &[&path.display()]));
                return;
            }
            Report::NotOpened(path, reason) => Message {
                title: Text::PrintNotOpenedTitle,
                body: language.fill(Text::PrintNotOpenedBody, &[&path.display(), &reason]),
                backup: None,
            },
            Report::Failed(reason) => Message {
                title: Text::ExportFailedTitle,
                body: reason,
                backup: None,
            },
        };
        self.tell(message);
    }
}

impl Workspace {
    /// The edit that moves the selected module one step `direction`: up or down within its
    /// term, left or right to the term before or after (the keyboard's way to do what a drag
    /// does); none at an edge.
    fn move_of_selected(&self, direction: crate::ui::command::Direction) -> Option<Edit> {
        use crate::ui::command::Direction;
        let Selection::Module(module) = &self.selection else {
            return None;
        };
        let plan = self.plan();
        let (from, index) = plan.placement(module)?;
        let (term, index) = match direction {
            Direction::Up => (from, index.checked_sub(1)?),
            Direction::Down => {
                (index + 1 < plan.terms[from].modules.len()).then_some((from, index + 1))?
            }
            Direction::Left => (from.checked_sub(1)?, index),
            Direction::Right => ((from + 1 < plan.terms.len()).then_some(from + 1)?, index),
        };
        Some(Edit::Move {
            module: module.clone(),
            from,
            term,
            index,
        })
    }

    /// Escape: the topmost window closes (help above findings), else the notice goes, else
    /// a module or a term gives way to the plan's own details.
    fn dismiss(&mut self) {
        if self.show_help {
            self.show_help = false;
        } else if self.show_findings {
            self.show_findings = false;
        } else if self.notice.is_some() {
            self.notice = None;
        } else if self.selection != Selection::Plan {
            self.selection = Selection::Plan;
        }
    }
}

impl Workspace {
    /// Closes the dialog up when it is of this kind.
    fn close_modal(&mut self, kind: fn(&Modal) -> bool) {
        if self.shows(kind) {
            self.modal = None;
        }
    }
}
