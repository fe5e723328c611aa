//! The printed programme document in the window: the print preview's pages, the exports and
//! printing. Typst and the disk work on a worker thread, one job at a time, so the window
//! never waits; each frame `poll` takes what a job finished. A plan's own template is laid
//! out in a worker process (`crate::worker`) that Cancel or its limits end.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use typst_layout::PagedDocument;

use crate::catalogue::Language;
use crate::export::programme::{
    DocumentFormat, PageImage, Template, decode_page_png, page_image, typeset,
};
use crate::model::{Plan, RuleBook};
use crate::worker::{self, PagePicture, WorkerError};

/// Pixels per typographic point of a preview page: sharp at 150 % zoom on an ordinary
/// screen, 8 MB of pixels for an A4 page.
const PIXELS_PER_POINT: f32 = 2.0;
/// Pages whose pixels stay in memory; the others are drawn again when shown.
const PAGES_KEPT: usize = 6;
/// The zoom that sizes a preview page to the width of the view.
pub const FIT_WIDTH: f32 = 0.0;
/// A job shorter than this shows no progress indicator (it would only flicker).
pub const QUIET_FOR: Duration = Duration::from_millis(300);

/// What a job was asked to do, for the progress indicator's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    Preview,
    Export(DocumentFormat),
    Print,
}

/// What a finished job hands back.
enum Finished {
    Typeset {
        state: u64,
        language: Language,
        pages: PreviewPages,
    },
    Page {
        index: usize,
        image: Option<PageImage>,
    },
    Written(PathBuf),
    Printed(PathBuf),
    /// The PDF was written but no program opened it; why, in the system's words.
    NotOpened(PathBuf, String),
    /// The preview of this state could not be laid out: why.
    PreviewFailed {
        state: u64,
        reason: String,
    },
    Failed(String),
    Cancelled,
}

struct Job {
    kind: JobKind,
    started: Instant,
    receiver: Receiver<Finished>,
    cancel: Arc<AtomicBool>,
}

/// A laid-out document: here, or drawn by a worker as pictures (a plan's own template).
#[derive(Clone)]
enum PreviewPages {
    Document(Arc<PagedDocument>),
    Pictures(Arc<Vec<PagePicture>>),
}

/// The laid-out document of one state of the plan, and the pages drawn so far.
pub struct Preview {
    pub state: u64,
    pub language: Language,
    document: PreviewPages,
    pages: HashMap<usize, egui::TextureHandle>,
    /// Pages in the order they were drawn, the oldest first (dropped beyond `PAGES_KEPT`).
    drawn: Vec<usize>,
}

impl Preview {
    pub fn page_count(&self) -> usize {
        match &self.document {
            PreviewPages::Document(document) => document.pages().len(),
            PreviewPages::Pictures(pictures) => pictures.len(),
        }
    }

    /// The page's size in typographic points.
    pub fn page_size(&self, index: usize) -> Option<egui::Vec2> {
        match &self.document {
            PreviewPages::Document(document) => {
                let size = document.pages().get(index)?.frame.size();
                Some(egui::vec2(size.x.to_pt() as f32, size.y.to_pt() as f32))
            }
            PreviewPages::Pictures(pictures) => {
                let picture = pictures.get(index)?;
                Some(egui::vec2(picture.width_points, picture.height_points))
            }
        }
    }

    pub fn texture(&self, index: usize) -> Option<&egui::TextureHandle> {
        self.pages.get(&index)
    }
}

/// What happened, for the window to say: a file written, or why not.
pub enum Report {
    Written(PathBuf),
    Printed(PathBuf),
    NotOpened(PathBuf, String),
    Failed(String),
}

#[derive(Default)]
pub struct Printing {
    job: Option<Job>,
    pub preview: Option<Preview>,
    /// The plan state whose preview could not be laid out, and why: not tried again (in any
    /// language: a template that fails fails in both) until the plan changes or the user asks.
    pub preview_failure: Option<(u64, String)>,
    /// The user cancelled the preview: it waits for "lay it out again" rather than starting
    /// by itself (after a change of language, say).
    pub preview_held: bool,
    /// The page the preview shows, and its zoom (1 = a point of the page per screen point;
    /// `FIT_WIDTH` = as wide as the view).
    pub page: usize,
    pub zoom: f32,
}

impl Printing {
    /// Pages fit the view's width until the user picks a zoom.
    pub fn new() -> Self {
        Self {
            zoom: FIT_WIDTH,
            ..Self::default()
        }
    }

    /// The job under way and for how long, if any.
    pub fn busy(&self) -> Option<(JobKind, Duration)> {
        self.job
            .as_ref()
            .map(|job| (job.kind, job.started.elapsed()))
    }

    /// Whether the preview shows this state of the plan in this language (or failed to, or
    /// waits after a Cancel): whether it needs laying out now.
    pub fn preview_is_current(&self, state: u64, language: Language) -> bool {
        self.preview
            .as_ref()
            .is_some_and(|preview| preview.state == state && preview.language == language)
            || self.preview_failed(state).is_some()
            || self.preview_held
    }

    /// Why the preview of this state could not be laid out, if it could not.
    pub fn preview_failed(&self, state: u64) -> Option<&str> {
        self.preview_failure
            .as_ref()
            .filter(|(failed_state, _)| *failed_state == state)
            .map(|(_, reason)| reason.as_str())
    }

    /// Stops the job under way (a worker process is killed); its result is dropped. A
    /// cancelled preview waits until the user asks for it again.
    pub fn cancel(&mut self) {
        if let Some(job) = &self.job {
            job.cancel.store(true, Ordering::Relaxed);
            if job.kind == JobKind::Preview {
                self.preview_held = true;
            }
        }
    }

    fn start(
        &mut self,
        kind: JobKind,
        work: impl FnOnce(&AtomicBool) -> Finished + Send + 'static,
    ) {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        std::thread::spawn(move || {
            // The window may have closed meanwhile; then nobody needs the result.
            let _ = sender.send(work(&flag));
        });
        self.job = Some(Job {
            kind,
            started: Instant::now(),
            receiver,
            cancel,
        });
    }

    /// Lays out the document of `plan` for the preview.
    pub fn prepare_preview(
        &mut self,
        plan: &Plan,
        book: Option<RuleBook>,
        plan_path: Option<PathBuf>,
        state: u64,
        language: Language,
    ) {
        if self.job.is_some() {
            return;
        }
        self.preview_failure = None;
        self.preview_held = false;
        let plan = plan.clone();
        self.start(JobKind::Preview, move |cancel| {
            let laid_out = if worker::has_own_template(&plan) {
                worker::page_pictures(
                    &plan,
                    book.as_ref(),
                    plan_path.as_deref(),
                    language,
                    PIXELS_PER_POINT,
                    cancel,
                )
                .map(|pictures| PreviewPages::Pictures(Arc::new(pictures)))
            } else {
                Template::for_plan(plan.document.template.as_deref(), plan_path.as_deref())
                    .and_then(|template| typeset(&plan, book.as_ref(), language, &template))
                    .map(|document| PreviewPages::Document(Arc::new(document)))
                    .map_err(|error| WorkerError::Refused(error.message(language)))
            };
            match laid_out {
                Ok(pages) => Finished::Typeset {
                    state,
                    language,
                    pages,
                },
                Err(error) if error.is_cancelled() => Finished::Cancelled,
                Err(error) => Finished::PreviewFailed {
                    state,
                    reason: error.message(language),
                },
            }
        });
    }

    /// Draws page `index` of the preview's document.
    pub fn draw_page(&mut self, index: usize) {
        let Some(preview) = &self.preview else {
            return;
        };
        if self.job.is_some() || preview.pages.contains_key(&index) {
            return;
        }
        let document = preview.document.clone();
        self.start(JobKind::Preview, move |_| Finished::Page {
            index,
            image: match &document {
                PreviewPages::Document(document) => page_image(document, index, PIXELS_PER_POINT),
                PreviewPages::Pictures(pictures) => pictures
                    .get(index)
                    .and_then(|picture| decode_page_png(&picture.png)),
            },
        });
    }

    /// Writes the document (or its tables) to `path`.
    pub fn export(
        &mut self,
        format: DocumentFormat,
        plan: &Plan,
        book: Option<RuleBook>,
        plan_path: Option<PathBuf>,
        language: Language,
        path: PathBuf,
    ) {
        if self.job.is_some() {
            return;
        }
        let plan = plan.clone();
        self.start(JobKind::Export(format), move |cancel| {
            let outputs = [(format, path.as_path())];
            let written = worker::write_documents(
                &plan,
                book.as_ref(),
                plan_path.as_deref(),
                language,
                &outputs,
                cancel,
            )
            .pop()
            .unwrap_or(Ok(0))
            .map(|_| ());
            match written {
                Ok(()) => Finished::Written(path),
                Err(error) => failed(&error, language),
            }
        });
    }

    /// Writes the PDF to a temporary file and opens it in the system's viewer, which prints.
    pub fn print(
        &mut self,
        plan: &Plan,
        book: Option<RuleBook>,
        plan_path: Option<PathBuf>,
        language: Language,
    ) {
        if self.job.is_some() {
            return;
        }
        let plan = plan.clone();
        self.start(JobKind::Print, move |cancel| {
            let printed = print_copy(&plan, book.as_ref(), plan_path, language, cancel);
            match printed {
                Ok(path) => match open::that_detached(&path) {
                    Ok(()) => Finished::Printed(path),
                    Err(error) => Finished::NotOpened(path, error.to_string()),
                },
                Err(error) => failed(&error, language),
            }
        });
    }

    /// Takes what a job finished; `None` while it works (or when there is none).
    pub fn poll(&mut self, ctx: &egui::Context, language: Language) -> Option<Report> {
        let job = self.job.as_ref()?;
        let finished = match job.receiver.try_recv() {
            Ok(finished) => finished,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                // Look again soon: the worker cannot wake the window itself.
                ctx.request_repaint_after(Duration::from_millis(50));
                return None;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.job = None;
                return Some(Report::Failed(
                    language
                        .text(crate::catalogue::Text::WorkerStopped)
                        .to_owned(),
                ));
            }
        };
        self.job = None;
        ctx.request_repaint();
        match finished {
            Finished::Typeset {
                state,
                language,
                pages,
            } => {
                let preview = Preview {
                    state,
                    language,
                    document: pages,
                    pages: HashMap::new(),
                    drawn: Vec::new(),
                };
                self.page = self.page.min(preview.page_count().saturating_sub(1));
                self.preview = Some(preview);
                None
            }
            Finished::PreviewFailed { state, reason } => {
                self.preview_failure = Some((state, reason));
                None
            }
            Finished::Cancelled => None,
            Finished::Page { index, image } => {
                let preview = self.preview.as_mut()?;
                let image = image?;
                // Beyond what the graphics card takes, a texture would stop the window: such
                // a page shows blank (workers draw at most 4096 pixels a side; cards take more).
                let largest = ctx.input(|input| input.max_texture_side);
                let pixels = if image.width as usize > largest || image.height as usize > largest {
                    egui::ColorImage::filled([1, 1], egui::Color32::WHITE)
                } else {
                    egui::ColorImage::from_rgba_premultiplied(
                        [image.width as usize, image.height as usize],
                        &image.rgba,
                    )
                };
                let texture = ctx.load_texture(
                    format!("preview-page-{index}"),
                    pixels,
                    egui::TextureOptions::LINEAR,
                );
                preview.pages.insert(index, texture);
                preview.drawn.push(index);
                if preview.drawn.len() > PAGES_KEPT {
                    let oldest = preview.drawn.remove(0);
                    preview.pages.remove(&oldest);
                }
                None
            }
            Finished::Written(path) => Some(Report::Written(path)),
            Finished::Printed(path) => Some(Report::Printed(path)),
            Finished::NotOpened(path, reason) => Some(Report::NotOpened(path, reason)),
            Finished::Failed(message) => Some(Report::Failed(message)),
        }
    }
}

/// A job's failure for the window: nothing to say when the user cancelled it.
fn failed(error: &WorkerError, language: Language) -> Finished {
    if error.is_cancelled() {
        Finished::Cancelled
    } else {
        Finished::Failed(error.message(language))
    }
}

/// A PDF in the temporary folder for the system's viewer to print; the names count up so
/// that a second print does not overwrite a file the viewer still holds.
fn print_copy(
    plan: &Plan,
    book: Option<&RuleBook>,
    plan_path: Option<PathBuf>,
    language: Language,
    cancel: &AtomicBool,
) -> Result<PathBuf, WorkerError> {
    let folder = std::env::temp_dir();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_millis());
    let path = folder.join(format!(
        "curriculum-planner-print-{}-{stamp}.pdf",
        std::process::id()
    ));
    // The same way as an export to PDF: one list of formats.
    let outputs = [(DocumentFormat::Pdf, path.as_path())];
    worker::write_documents(plan, book, plan_path.as_deref(), language, &outputs, cancel)
        .pop()
        .unwrap_or(Ok(0))?;
    Ok(path)
}
