//! What opens over the window. Here, the modal dialogs: an error, "save changes?", "remove
//! the comments?", the recovery offer, a new plan's kind, a module code that is taken — what
//! they show is the workspace's `modal` (and `pending`); answers become commands. Beside:
//! the file dialogs, the findings and help windows and the command palette.

mod about_view;
pub(in crate::ui) mod file_dialogs;
pub(in crate::ui) mod findings_view;
pub(in crate::ui) mod help_view;
pub(in crate::ui) mod palette_view;

use egui::{RichText, Ui};

use crate::catalogue::Text;
use crate::ui::command::Command;
use crate::ui::workspace::{Modal, Workspace};

/// Progress of a questionnaire being read, with Cancel (Escape cancels too).
fn reading_dialog(
    ctx: &egui::Context,
    reading: &crate::ui::survey_reading::SurveyReading,
    language: crate::catalogue::Language,
    commands: &mut Vec<Command>,
) {
    let names: Vec<String> = reading
        .files
        .iter()
        .filter_map(|file| file.file_name())
        .map(|name| crate::io::shortened(&name.to_string_lossy()))
        .collect();
    let shown = egui::Modal::new(egui::Id::unique("reading-questionnaire")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(language.fill(Text::ReadingQuestionnaire, &[&names.join(", ")]));
        });
        ui.add_space(6.0);
        if ui.button(language.text(Text::Cancel)).clicked() {
            commands.push(Command::CancelSurveyReading);
        }
    });
    if shown.should_close() {
        commands.push(Command::CancelSurveyReading);
    }
}

/// Shows the one dialog that waits for an answer, if any; answers become commands.
pub fn dialogs_ui(ctx: &egui::Context, workspace: &Workspace, commands: &mut Vec<Command>) {
    let language = workspace.language();
    if let Some(reading) = &workspace.survey_reading {
        // A quick read shows nothing (it would only flicker); a slow one can be cancelled.
        if reading.started.elapsed() >= crate::ui::printing::QUIET_FOR {
            reading_dialog(ctx, reading, language, commands);
        }
        return;
    }
    match &workspace.modal {
        Some(Modal::NewPlan) => new_plan_dialog(ctx, language, commands),
        Some(Modal::CodeConflict(conflict)) => {
            code_conflict_dialog(ctx, workspace, conflict, commands);
        }
        Some(Modal::Message(message)) => message_dialog(ctx, language, message, commands),
        Some(Modal::CommentWarning(path)) => comment_dialog(ctx, language, path, commands),
        Some(Modal::Recovery(copy)) => recovery_dialog(ctx, language, copy, commands),
        // The palette draws itself (`palette_view`).
        Some(Modal::Palette) => {}
        Some(Modal::About) => about_view::about_dialog(ctx, language, commands),
        None => {
            if workspace.pending.is_some() {
                unsaved_dialog(ctx, workspace, commands);
            }
        }
    }
}

fn message_dialog(
    ctx: &egui::Context,
    language: crate::catalogue::Language,
    message: &crate::ui::workspace::Message,
    commands: &mut Vec<Command>,
) {
    let shown = egui::Modal::new(egui::Id::unique("message")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(language.text(message.title));
        ui.add_space(6.0);
        egui::ScrollArea::both().max_height(320.0).show(ui, |ui| {
            ui.label(RichText::new(&message.body).monospace());
        });
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if let Some(backup) = &message.backup {
                let name = backup.file_name().unwrap_or_default().to_string_lossy();
                let open = ui.button(language.fill(Text::OpenBackup, &[&name]));
                if open.clicked() {
                    commands.push(Command::DismissMessage);
                    commands.push(Command::Open(backup.clone()));
                }
            }
            if ui.button(language.text(Text::Close)).clicked() {
                commands.push(Command::DismissMessage);
            }
        });
    });
    // Escape (or a click beside it) closes it, as every dialog does.
    if shown.should_close() {
        commands.push(Command::DismissMessage);
    }
}

fn comment_dialog(
    ctx: &egui::Context,
    language: crate::catalogue::Language,
    path: &std::path::Path,
    commands: &mut Vec<Command>,
) {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let backup = crate::io::backup_path(path);
    let backup = backup.file_name().unwrap_or_default().to_string_lossy();
    let shown = egui::Modal::new(egui::Id::unique("comments")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(language.text(Text::CommentsTitle));
        ui.add_space(6.0);
        ui.label(language.fill(Text::CommentsQuestion, &[&name, &backup]));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .button(language.text(Text::SaveWithoutComments))
                .clicked()
            {
                commands.push(Command::SaveDroppingComments(path.to_owned()));
            }
            if ui.button(language.text(Text::Cancel)).clicked() {
                commands.push(Command::CancelPending);
            }
        });
    });
    if shown.should_close() {
        commands.push(Command::CancelPending);
    }
}

fn recovery_dialog(
    ctx: &egui::Context,
    language: crate::catalogue::Language,
    copy: &crate::io::RecoveryCopy,
    commands: &mut Vec<Command>,
) {
    let original = copy.original.as_ref().map_or_else(
        || language.text(Text::Untitled).to_owned(),
        |path| path.display().to_string(),
    );
    let age = copy
        .written
        .and_then(|written| written.elapsed().ok())
        .map_or_else(String::new, |age| {
            language.fill(Text::MinutesAgo, &[&(age.as_secs() / 60)])
        });
    egui::Modal::new(egui::Id::unique("recovery")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(language.text(Text::RecoveryTitle));
        ui.add_space(6.0);
        ui.label(language.fill(Text::RecoveryQuestion, &[&original, &age]));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(language.text(Text::Recover)).clicked() {
                commands.push(Command::Recover);
            }
            if ui.button(language.text(Text::Discard)).clicked() {
                commands.push(Command::DiscardRecovery);
            }
        });
    });
}

/// "Save changes?" before what waits (`Workspace::pending`) goes on.
fn unsaved_dialog(ctx: &egui::Context, workspace: &Workspace, commands: &mut Vec<Command>) {
    let language = workspace.language();
    let name = workspace.document_name();
    let shown = egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui: &mut Ui| {
        ui.set_max_width(480.0);
        ui.heading(language.text(Text::UnsavedTitle));
        ui.add_space(6.0);
        ui.label(language.fill(Text::UnsavedQuestion, &[&name]));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button(language.text(Text::Save)).clicked() {
                commands.push(Command::SaveAndContinue);
            }
            if ui.button(language.text(Text::Discard)).clicked() {
                commands.push(Command::DiscardAndContinue);
            }
            if ui.button(language.text(Text::Cancel)).clicked() {
                commands.push(Command::CancelPending);
            }
        });
    });
    if shown.should_close() {
        commands.push(Command::CancelPending);
    }
}

/// "What kind of programme is it?": the three kinds with a sentence each, and the examples.
pub fn new_plan_dialog(
    ctx: &egui::Context,
    language: crate::catalogue::Language,
    commands: &mut Vec<Command>,
) {
    use crate::model::ProgrammeKind;
    let shown = egui::Modal::new(egui::Id::unique("new-plan")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(language.text(Text::NewPlanTitleDialog));
        ui.label(language.text(Text::NewPlanKindQuestion));
        ui.add_space(6.0);
        for (kind, text) in [
            (
                ProgrammeKind::HigherVocational3Year,
                Text::NewKindVocational,
            ),
            (
                ProgrammeKind::Undergraduate4Year,
                Text::NewKindUndergraduate,
            ),
            (ProgrammeKind::ShortCourse, Text::NewKindShortCourse),
        ] {
            if ui.button(language.text(text)).clicked() {
                commands.push(Command::NewOfKind(kind));
            }
        }
        ui.add_space(8.0);
        ui.label(language.text(Text::NewFromTemplatesHeading));
        for index in 0..crate::editor::TEMPLATES.len() {
            if ui
                .button(crate::editor::template_title(index, language))
                .clicked()
            {
                commands.push(Command::New(Some(index)));
            }
        }
        ui.add_space(6.0);
        if ui.button(language.text(Text::Cancel)).clicked() {
            commands.push(Command::NewDialog(false));
        }
    });
    if shown.should_close() {
        commands.push(Command::NewDialog(false));
    }
}

/// "The code is taken": add the library module under a free code, replace the plan's module
/// that has the code, or cancel — never two modules with one code.
fn code_conflict_dialog(
    ctx: &egui::Context,
    workspace: &Workspace,
    conflict: &crate::ui::workspace::CodeConflict,
    commands: &mut Vec<Command>,
) {
    let language = workspace.language();
    let plan = workspace.plan();
    let name_of = |module: Option<&crate::model::Module>| {
        module.map_or(String::new(), |module| {
            module.name.in_language(language).to_owned()
        })
    };
    let library_module = workspace
        .library
        .modules
        .iter()
        .find(|module| module.id == conflict.module);
    let taken = plan.module(&conflict.taken_by);
    let code = library_module.map_or("", |module| module.code.as_str());
    let shown = egui::Modal::new(egui::Id::unique("code-conflict")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(language.text(Text::CodeTakenTitle));
        ui.label(language.fill(
            Text::CodeTakenQuestion,
            &[&name_of(library_module), &code, &name_of(taken)],
        ));
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(language.text(Text::CodeTakenRename)).clicked() {
                commands.push(Command::AddRenamed);
            }
            if ui
                .button(language.fill(Text::CodeTakenReplace, &[&name_of(taken)]))
                .clicked()
            {
                commands.push(Command::AddReplacing);
            }
            if ui.button(language.text(Text::Cancel)).clicked() {
                commands.push(Command::CancelPending);
            }
        });
    });
    if shown.should_close() {
        commands.push(Command::CancelPending);
    }
}
