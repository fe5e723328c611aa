//! The workspace's part in a whole-plan suggestion: start it off the UI thread, stop it,
//! keep its outcome for the preview, and apply it as one undoable edit or open it as a new
//! plan.

use crate::analysis::difference;
use crate::analysis::suggestion::{Constraint, Suggested, SuggestionError};
use crate::catalogue::{Language, Text};
use crate::editor::{
    OpenPlan, SuggestRequest, prepare, prepare_error_text, suggested_edit, suggested_plan,
};
use crate::model::history::Coalesce;
use crate::ui::command::Command;
use crate::ui::selection::Selection;
use crate::ui::suggesting::{Failure, Finished, Suggesting, SuggestionOutcome};
use crate::ui::workspace::{Message, Pending, Workspace};

impl Workspace {
    pub(crate) fn start_suggestion(&mut self, request: SuggestRequest) {
        if self.suggesting.is_some() {
            return;
        }
        let language = self.language();
        let plan = self.document.plan();
        let Some(survey) = plan.survey.as_ref() else {
            self.tell(Message {
                title: Text::SuggestTitle,
                body: language.text(Text::SuggestNoSurveyInPlan).to_owned(),
                backup: None,
            });
            return;
        };
        let book = request
            .follow_rules
            .then(|| self.document.rule_book())
            .flatten();
        match prepare(plan, &self.library, survey, book, &request) {
            Ok(prepared) => {
                self.suggestion = None;
                self.suggesting = Some(Suggesting::start(self.document.state(), request, prepared));
            }
            Err(error) => self.tell(Message {
                title: Text::SuggestTitle,
                body: prepare_error_text(&error, language),
                backup: None,
            }),
        }
    }

    pub(crate) fn cancel_suggestion(&self) {
        if let Some(job) = &self.suggesting {
            job.cancel();
        }
    }

    /// Keeps what the search found for the preview.
    pub fn suggestion_found(
        &mut self,
        (result, blocking): (Result<Suggested, SuggestionError>, Vec<Constraint>),
    ) {
        let Some(job) = self.suggesting.take() else {
            return;
        };
        let plan = self.document.plan();
        let result = match result {
            Ok(suggested) => {
                let made = suggested_edit(plan, &job.prepared, &suggested).and_then(|edit| {
                    suggested_plan(plan, &job.prepared, &suggested).map(|after| (edit, after))
                });
                match made {
                    Ok((edit, after)) => {
                        let report_after = crate::analysis::report(
                            &after,
                            self.document.rule_books().resolve(&after.rules),
                            None,
                        );
                        Ok(Finished {
                            difference: difference(plan, &after),
                            suggested,
                            edit,
                            after,
                            report_after,
                        })
                    }
                    Err(error) => Err(Failure::Other(SuggestionError::Solver(error.to_string()))),
                }
            }
            Err(SuggestionError::Infeasible) => Err(Failure::Infeasible(blocking)),
            Err(SuggestionError::Stopped) => Err(Failure::Stopped),
            Err(other) => Err(Failure::Other(other)),
        };
        self.suggestion = Some(SuggestionOutcome {
            made_for: job.made_for,
            request: job.request,
            prepared: job.prepared,
            result,
        });
    }

    /// The suggestion as one undoable edit of the plan it was made for.
    pub(crate) fn apply_suggestion(&mut self) {
        let Some(outcome) = &self.suggestion else {
            return;
        };
        let Ok(finished) = &outcome.result else {
            return;
        };
        if outcome.made_for != self.document.state() {
            self.tell(Message {
                title: Text::SuggestTitle,
                body: self.language().text(Text::SuggestPlanChanged).to_owned(),
                backup: None,
            });
            return;
        }
        let edit = finished.edit.clone();
        self.suggestion = None;
        self.run_commands(vec![Command::Apply(edit, Coalesce::Never)]);
    }

    /// The suggested plan as a new, unsaved document (after "save changes?").
    pub(crate) fn open_suggestion_as_new_plan(&mut self) {
        if self.suggestion.is_some() {
            if self.document.is_dirty() {
                self.pending = Some(Pending::OpenSuggestion);
            } else {
                self.open_suggestion_now();
            }
        }
    }

    pub(crate) fn open_suggestion_now(&mut self) {
        if let Some(outcome) = self.suggestion.take() {
            match outcome.result {
                Ok(finished) => {
                    let mut plan = finished.after;
                    // Told apart from the plan it came from, in the title bar and on saving.
                    plan.title = crate::model::Names::new(
                        Language::Chinese.fill(Text::SuggestNewTitle, &[&plan.title.zh]),
                        Language::English.fill(Text::SuggestNewTitle, &[&plan.title.en]),
                    );
                    self.document = OpenPlan::new(plan, None, false);
                    self.selection = Selection::Plan;
                }
                Err(failure) => {
                    self.suggestion = Some(SuggestionOutcome {
                        result: Err(failure),
                        ..outcome
                    });
                }
            }
        }
    }
}
