//! A small WordprocessingML (.docx) writer for the app's documents. It writes only what the
//! documents use — styled paragraphs, runs, fields, ruled tables, A4 sections, one footer —
//! and writes every element's children in the order ECMA-376 fixes, which docx-rs did not
//! (Word then offers to "recover" the file; bokuweb/docx-rs#724).

mod content;
mod package;
mod styles;
mod theme;
mod xml;

pub use content::{
    Alignment, Block, Cell, Inline, Paragraph, Row, Run, Section, Table, VerticalMerge,
};
pub use package::footer_relationship;
pub use styles::{
    BODY, CONTENTS_1, CONTENTS_2, CONTENTS_HEADING, Fonts, HEADING_1, HEADING_2, TITLE,
};

/// A document: its body, the footer every page shows, and what the package says of it.
#[derive(Clone, Debug)]
pub struct WordDocument {
    pub title: String,
    /// The document's language tag (zh-CN, en-GB).
    pub language_tag: &'static str,
    pub fonts: Fonts,
    pub blocks: Vec<Block>,
    /// Whether the last section (the one no paragraph ends) is landscape.
    pub landscape_at_end: bool,
    pub footer: Paragraph,
}

impl WordDocument {
    /// The .docx file's bytes.
    pub fn bytes(&self) -> Result<Vec<u8>, String> {
        package::package(self)
    }
}
