//! A suggestion being worked out on a thread of its own, so that the window never waits:
//! the best score so far comes over a channel as the search improves it, Cancel stops it
//! with the best plan found, and the finished suggestion is kept for the preview.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::analysis::suggestion::{
    Constraint, Limits, Suggested, SuggestionError, blocking_constraints, solve_within,
};
use crate::analysis::{PlanDifference, Report};
use crate::editor::{Prepared, SuggestRequest};
use crate::model::Plan;
use crate::model::edit::Edit;

/// Seconds each relaxed problem may take when naming what cannot be met.
const DIAGNOSIS_TIME_LIMIT: Duration = Duration::from_secs(10);

enum Message {
    Better(f64),
    Done(Result<Suggested, SuggestionError>, Vec<Constraint>),
}

pub struct Suggesting {
    /// The plan state the suggestion was asked for.
    pub made_for: u64,
    pub request: SuggestRequest,
    pub prepared: Prepared,
    pub started: Instant,
    /// The best score found so far.
    pub best: Option<f64>,
    receiver: Receiver<Message>,
    cancel: Arc<AtomicBool>,
}

/// What came of a suggestion, kept until applied, opened or discarded.
pub struct SuggestionOutcome {
    pub made_for: u64,
    pub request: SuggestRequest,
    pub prepared: Prepared,
    pub result: Result<Finished, Failure>,
}

/// A suggested plan, with what it changes.
pub struct Finished {
    pub suggested: Suggested,
    /// The plan's change into the suggestion, one undo step.
    pub edit: Edit,
    pub after: Plan,
    pub report_after: Report,
    pub difference: PlanDifference,
}

pub enum Failure {
    /// No plan meets every constraint; these are the ones that, relaxed alone, let one exist.
    Infeasible(Vec<Constraint>),
    /// The time limit or Cancel came before any plan was found.
    Stopped,
    Other(SuggestionError),
}

impl Suggesting {
    pub fn start(made_for: u64, request: SuggestRequest, prepared: Prepared) -> Self {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let limits = Limits {
            time_limit: request.time_limit,
            cancel: Some(Arc::clone(&cancel)),
        };
        let problem = prepared.problem.clone();
        std::thread::spawn(move || {
            let progress = sender.clone();
            let result = solve_within(&problem, &limits, &mut |found| {
                if let Some(score) = found.score {
                    // The window may have closed meanwhile; then nobody listens.
                    let _ = progress.send(Message::Better(score));
                }
            });
            let blocking = if result == Err(SuggestionError::Infeasible) {
                let limits = Limits {
                    time_limit: Some(DIAGNOSIS_TIME_LIMIT),
                    cancel: limits.cancel.clone(),
                };
                blocking_constraints(&problem, &limits)
            } else {
                Vec::new()
            };
            let _ = sender.send(Message::Done(result, blocking));
        });
        Self {
            made_for,
            request,
            prepared,
            started: Instant::now(),
            best: None,
            receiver,
            cancel,
        }
    }

    /// The solver's answer once it has one; `None` while it works.
    pub fn poll(
        &mut self,
        ctx: &egui::Context,
    ) -> Option<(Result<Suggested, SuggestionError>, Vec<Constraint>)> {
        loop {
            match self.receiver.try_recv() {
                Ok(Message::Better(score)) => self.best = Some(score),
                Ok(Message::Done(result, blocking)) => return Some((result, blocking)),
                Err(TryRecvError::Empty) => {
                    // Look again soon: the thread cannot wake the window itself.
                    ctx.request_repaint_after(Duration::from_millis(100));
                    return None;
                }
                Err(TryRecvError::Disconnected) => {
                    return Some((Err(SuggestionError::Stopped), Vec::new()));
                }
            }
        }
    }

    /// Stops the search; the best plan found so far comes as the answer.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}
