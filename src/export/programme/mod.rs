//! The printed programme document (人才培养方案): its data, laid out by Typst as a PDF and as
//! page images for the print preview. Word and Excel print the same data.

mod data;
mod error;
mod format;
mod front_pages;
mod own_text;
mod printable;
mod schedule;
mod template;
mod training;
mod word;
mod workbook;

use std::path::Path;
use std::sync::OnceLock;

use typst::foundations::{Bytes, Dict, IntoValue};
use typst::text::Font;
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

use crate::catalogue::Language;
use crate::model::{Plan, RuleBook};

pub use data::{ProgrammeData, ScheduleRow, TermHeading, programme_data};
pub use error::DocumentError;
pub use format::{DocumentFormat, PreparedDocument};
pub use template::{BUNDLED_TEMPLATE, Template};
pub use word::word_bytes;
pub use workbook::workbook_bytes;

/// Noto Sans SC (黑体 role: headings, tables) cut to GB2312 and punctuation; the window
/// uses it too.
pub const SANS_FONT: &[u8] = include_bytes!("../../../assets/fonts/NotoSansSC-subset.otf");
/// Noto Serif SC (宋体 role: running text), the same characters.
pub const SERIF_FONT: &[u8] = include_bytes!("../../../assets/fonts/NotoSerifSC-subset.otf");
/// Noto Serif and Noto Sans for Latin text in English documents: the CJK fonts set an
/// apostrophe full width ("China’ s"). Regular and bold; Latin subsets.
const LATIN_FONTS: [&[u8]; 4] = [
    include_bytes!("../../../assets/fonts/NotoSerif-Regular-latin.ttf"),
    include_bytes!("../../../assets/fonts/NotoSerif-Bold-latin.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Regular-latin.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Bold-latin.ttf"),
];

/// The virtual name the template is compiled under; never a name taken from a file.
const MAIN_FILE: &str = "/programme.typ";

/// The bundled fonts, parsed once per process.
fn fonts() -> &'static [Font] {
    static FONTS: OnceLock<Vec<Font>> = OnceLock::new();
    FONTS.get_or_init(|| {
        [SANS_FONT, SERIF_FONT]
            .into_iter()
            .chain(LATIN_FONTS)
            .flat_map(|bytes| Font::iter(Bytes::new(bytes)))
            .collect()
    })
}

/// Lays out the programme document of `plan` in `language` with `template`, its rules
/// checked against `book`.
pub fn typeset(
    plan: &Plan,
    book: Option<&RuleBook>,
    language: Language,
    template: &Template,
) -> Result<PagedDocument, DocumentError> {
    typeset_data(&programme_data(plan, book, language), template)
}

/// Lays out a prepared document with `template`.
pub fn typeset_data(
    data: &ProgrammeData,
    template: &Template,
) -> Result<PagedDocument, DocumentError> {
    let json = serde_json::to_vec(data).map_err(|error| DocumentError::Layout {
        problems: vec![error::LayoutProblem::plain(error.to_string())],
    })?;
    let mut builder = TypstEngine::builder()
        .main_file((MAIN_FILE, template.source.clone()))
        .fonts(fonts().iter().cloned());
    if let Some(folder) = &template.folder {
        builder = builder.add_file_resolver(template::FolderFiles {
            folder: folder.clone(),
        });
    }
    let engine = builder.build();
    let mut inputs = Dict::new();
    inputs.insert("data".into(), Bytes::new(json).into_value());
    engine
        .compile_with_input::<_, PagedDocument>(inputs)
        .output
        .map_err(|error| error::layout_error(&error, MAIN_FILE, &template.source))
}

/// The laid-out document as PDF bytes, fonts embedded as subsets.
pub fn pdf_bytes(document: &PagedDocument) -> Result<Vec<u8>, DocumentError> {
    typst_pdf::pdf(document, &typst_pdf::PdfOptions::default()).map_err(|diagnostics| {
        DocumentError::Layout {
            problems: diagnostics
                .iter()
                .map(|diagnostic| error::LayoutProblem::plain(diagnostic.message.to_string()))
                .collect(),
        }
    })
}

/// One page drawn for the screen: premultiplied RGBA, `width` × `height` pixels.
pub struct PageImage {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

/// Draws page `index` at `pixels_per_point` (a point is 1/72 inch); `None` past the end.
pub fn page_image(
    document: &PagedDocument,
    index: usize,
    pixels_per_point: f32,
) -> Option<PageImage> {
    let page = document.pages().get(index)?;
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(pixels_per_point)),
        render_bleed: false,
    };
    let pixmap = typst_render::render(page, &options);
    Some(PageImage {
        width: pixmap.width(),
        height: pixmap.height(),
        rgba: pixmap.take(),
    })
}

/// Page `index` as a PNG picture at `pixels_per_point`, or fewer so that neither side
/// passes `longest_side` pixels (a template may set any page size; a screen texture has a
/// bound), with the page's width and height in typographic points; `None` past the end.
pub fn page_png(
    document: &PagedDocument,
    index: usize,
    pixels_per_point: f32,
    longest_side: u32,
) -> Option<(f32, f32, Vec<u8>)> {
    let page = document.pages().get(index)?;
    let size = page.frame.size();
    let longest_points = size.x.to_pt().max(size.y.to_pt()).max(1.0);
    let fitting = f64::from(longest_side) / longest_points;
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(pixels_per_point).min(fitting)),
        render_bleed: false,
    };
    let png = typst_render::render(page, &options).encode_png().ok()?;
    Some((size.x.to_pt() as f32, size.y.to_pt() as f32, png))
}

/// A page picture made by `page_png`, decoded for the screen.
pub fn decode_page_png(png: &[u8]) -> Option<PageImage> {
    let pixmap = tiny_skia::Pixmap::decode_png(png).ok()?;
    Some(PageImage {
        width: pixmap.width(),
        height: pixmap.height(),
        rgba: pixmap.take(),
    })
}

/// Writes the programme document of `plan` (read from `plan_path`, whose folder may hold its
/// template) as a PDF at `output`, atomically. Returns the number of pages.
pub fn write_pdf(
    plan: &Plan,
    book: Option<&RuleBook>,
    plan_path: Option<&Path>,
    language: Language,
    output: &Path,
) -> Result<usize, DocumentError> {
    let template = Template::for_plan(plan.document.template.as_deref(), plan_path)?;
    PreparedDocument::new(plan, book, language).write(DocumentFormat::Pdf, &template, output)
}

/// Writes one format that needs no template (Word, Excel, the schedule as CSV).
fn write_one(
    format: DocumentFormat,
    plan: &Plan,
    book: Option<&RuleBook>,
    language: Language,
    output: &Path,
) -> Result<(), DocumentError> {
    let template = Template::bundled();
    PreparedDocument::new(plan, book, language)
        .write(format, &template, output)
        .map(|_| ())
}

/// The tables (schedule, skills matrix, survey alignment) as an Excel workbook.
pub fn write_xlsx(
    plan: &Plan,
    book: Option<&RuleBook>,
    language: Language,
    output: &Path,
) -> Result<(), DocumentError> {
    write_one(DocumentFormat::Excel, plan, book, language, output)
}

/// The 教学进程表 as CSV (UTF-8 with a byte-order mark, which Excel and WPS need to read
/// Chinese): a header row, then each module and each subtotal as on paper.
pub fn write_schedule_csv(
    plan: &Plan,
    book: Option<&RuleBook>,
    language: Language,
    output: &Path,
) -> Result<(), DocumentError> {
    write_one(DocumentFormat::ScheduleCsv, plan, book, language, output)
}

/// The programme document as Word (.docx).
pub fn write_docx(
    plan: &Plan,
    book: Option<&RuleBook>,
    language: Language,
    output: &Path,
) -> Result<(), DocumentError> {
    write_one(DocumentFormat::Word, plan, book, language, output)
}

/// A writer's failure (a cell beyond Excel's limits, say) in words.
fn refused(error: impl std::fmt::Display) -> DocumentError {
    DocumentError::Workbook {
        message: error.to_string(),
    }
}

/// Every export is written atomically: the old file stays whole until the new one is.
fn write_file(output: &Path, bytes: &[u8]) -> Result<(), DocumentError> {
    crate::io::write_atomically(output, |file| std::io::Write::write_all(file, bytes))
        .map_err(DocumentError::Save)
}
