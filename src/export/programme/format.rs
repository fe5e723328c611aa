//! The one list of formats the programme document is written in: each with its file
//! extension, its words in the window (menu entry, dialog filter) and how it renders one
//! prepared document. The window's menu, the preview's buttons, the save dialogs and the
//! command line all loop over `DocumentFormat::ALL`, and every format of an export prints
//! the same `ProgrammeData`, computed once.

use std::path::Path;

use super::data::{ProgrammeData, programme_data};
use super::{DocumentError, Template, pdf_bytes, refused, schedule, typeset_data, write_file};
use super::{word_bytes, workbook_bytes};
use crate::catalogue::{Language, Text};
use crate::model::{Plan, RuleBook};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentFormat {
    /// The whole document, laid out by Typst.
    Pdf,
    /// The whole document, for the teaching office to finish in Word or WPS.
    Word,
    /// The tables: schedule, skills matrix, survey alignment.
    Excel,
    /// The 教学进程表 alone, as CSV with a byte-order mark (Excel and WPS read it).
    ScheduleCsv,
}

impl DocumentFormat {
    pub const ALL: [DocumentFormat; 4] = [
        DocumentFormat::Pdf,
        DocumentFormat::Word,
        DocumentFormat::Excel,
        DocumentFormat::ScheduleCsv,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            DocumentFormat::Pdf => "pdf",
            DocumentFormat::Word => "docx",
            DocumentFormat::Excel => "xlsx",
            DocumentFormat::ScheduleCsv => "csv",
        }
    }

    /// The menu entry and the save dialog's title ("导出 PDF…").
    pub fn action(self) -> Text {
        match self {
            DocumentFormat::Pdf => Text::ExportPdf,
            DocumentFormat::Word => Text::ExportWord,
            DocumentFormat::Excel => Text::ExportExcel,
            DocumentFormat::ScheduleCsv => Text::ExportScheduleCsv,
        }
    }

    /// The save dialog's file filter ("PDF 文档").
    pub fn files(self) -> Text {
        match self {
            DocumentFormat::Pdf => Text::PdfFiles,
            DocumentFormat::Word => Text::WordFiles,
            DocumentFormat::Excel => Text::ExcelFiles,
            DocumentFormat::ScheduleCsv => Text::ScheduleCsvFiles,
        }
    }

    /// The file's bytes from the prepared document; a PDF is laid out with `template`.
    /// Returns the bytes and the number of pages (1 for formats without pages).
    pub fn render(
        self,
        data: &ProgrammeData,
        template: &Template,
        language: Language,
    ) -> Result<(Vec<u8>, usize), DocumentError> {
        match self {
            DocumentFormat::Pdf => {
                let document = typeset_data(data, template)?;
                Ok((pdf_bytes(&document)?, document.pages().len()))
            }
            DocumentFormat::Word => Ok((word_bytes(data, language).map_err(refused)?, 1)),
            DocumentFormat::Excel => Ok((workbook_bytes(data, language).map_err(refused)?, 1)),
            DocumentFormat::ScheduleCsv => {
                Ok((schedule::schedule_csv(data, language).map_err(refused)?, 1))
            }
        }
    }
}

/// The document prepared once for several formats: its data is worked out (the plan's
/// analysis and every figure) the first time a format needs it.
pub struct PreparedDocument<'a> {
    plan: &'a Plan,
    book: Option<&'a RuleBook>,
    language: Language,
    data: Option<ProgrammeData>,
}

impl<'a> PreparedDocument<'a> {
    pub fn new(plan: &'a Plan, book: Option<&'a RuleBook>, language: Language) -> Self {
        PreparedDocument {
            plan,
            book,
            language,
            data: None,
        }
    }

    pub fn data(&mut self) -> &ProgrammeData {
        self.data
            .get_or_insert_with(|| programme_data(self.plan, self.book, self.language))
    }

    /// Writes `format` at `output` atomically, a PDF with `template`. Returns the pages.
    pub fn write(
        &mut self,
        format: DocumentFormat,
        template: &Template,
        output: &Path,
    ) -> Result<usize, DocumentError> {
        let language = self.language;
        let (bytes, pages) = format.render(self.data(), template, language)?;
        write_file(output, &bytes)?;
        Ok(pages)
    }
}
