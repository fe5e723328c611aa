//! A questionnaire being read: each file in a worker process (`crate::worker`), off the UI
//! thread, so that a workbook made to exhaust memory or loop only ends its worker. The
//! window shows progress with Cancel meanwhile; the open plan is not touched.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::catalogue::Language;
use crate::io::questionnaire::Questionnaire;
use crate::worker::WorkerError;

pub struct SurveyReading {
    pub files: Vec<PathBuf>,
    pub started: Instant,
    receiver: Receiver<Result<Questionnaire, WorkerError>>,
    cancel: Arc<AtomicBool>,
}

impl SurveyReading {
    pub fn start(files: Vec<PathBuf>, language: Language) -> Self {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        let paths = files.clone();
        std::thread::spawn(move || {
            // The window may have closed meanwhile; then nobody needs the result.
            let _ = sender.send(crate::worker::read_questionnaires(&paths, language, &flag));
        });
        Self {
            files,
            started: Instant::now(),
            receiver,
            cancel,
        }
    }

    /// What the workers found, once they are done; `None` while they work.
    pub fn poll(
        &self,
        ctx: &egui::Context,
        language: Language,
    ) -> Option<Result<Questionnaire, WorkerError>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => {
                // Look again soon: the thread cannot wake the window itself.
                ctx.request_repaint_after(Duration::from_millis(50));
                None
            }
            Err(TryRecvError::Disconnected) => Some(Err(WorkerError::Refused(
                language
                    .text(crate::catalogue::Text::WorkerStopped)
                    .to_owned(),
            ))),
        }
    }

    /// Stops the reading (its worker is killed); `poll` then gives a cancelled error.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}
