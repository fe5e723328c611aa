//! What a Word document's body holds — paragraphs of runs and fields, tables, section breaks —
//! each written with its children in the order ECMA-376 (Part 1, §17) fixes: Word asks to
//! "recover" a file whose `w:pPr` or `w:rPr` children come in another order.

use std::fmt::Write;

use super::xml::{escaped, value};

/// How a paragraph's lines sit between its margins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    Centre,
}

impl Alignment {
    fn value(self) -> &'static str {
        match self {
            Alignment::Centre => "center",
        }
    }
}

/// A stretch of text in one format.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    /// Half-points, as Word counts font sizes; none keeps the style's.
    pub size: Option<u32>,
}

/// What a paragraph holds, in order.
#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Run(Run),
    /// A field (PAGE, NUMPAGES, TOC…) Word computes, with the text shown until it does.
    Field {
        instruction: String,
        shown: String,
        size: Option<u32>,
    },
    /// The start of a field whose result runs over several paragraphs (a table of contents);
    /// `dirty` asks Word to update it when the file opens.
    FieldStart {
        instruction: String,
        dirty: bool,
    },
    /// The end of a field begun with `FieldStart`.
    FieldEnd,
}

/// A paragraph with its style and the few direct settings the documents use.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Paragraph {
    pub style: Option<String>,
    pub keep_with_next: bool,
    pub page_break_before: bool,
    pub alignment: Option<Alignment>,
    pub inlines: Vec<Inline>,
    /// Set on the last paragraph of a section: that section's page settings.
    pub section: Option<Section>,
}

impl Paragraph {
    /// A paragraph of plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Paragraph {
            inlines: vec![Inline::Run(Run {
                text: text.into(),
                ..Run::default()
            })],
            ..Paragraph::default()
        }
    }

    /// A paragraph of bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Paragraph {
            inlines: vec![Inline::Run(Run {
                text: text.into(),
                bold: true,
                size: None,
            })],
            ..Paragraph::default()
        }
    }

    pub fn styled(mut self, style: &str) -> Self {
        self.style = Some(style.to_owned());
        self
    }

    pub fn aligned(mut self, alignment: Alignment) -> Self {
        self.alignment = Some(alignment);
        self
    }

    pub fn kept_with_next(mut self) -> Self {
        self.keep_with_next = true;
        self
    }

    pub fn on_new_page(mut self) -> Self {
        self.page_break_before = true;
        self
    }

    pub(super) fn write(&self, out: &mut String) {
        out.push_str("<w:p>");
        // CT_PPrBase: pStyle, keepNext, keepLines, pageBreakBefore, … jc …; then sectPr.
        let has_properties = self.style.is_some()
            || self.keep_with_next
            || self.page_break_before
            || self.alignment.is_some()
            || self.section.is_some();
        if has_properties {
            out.push_str("<w:pPr>");
            if let Some(style) = &self.style {
                value(out, "pStyle", escaped(style));
            }
            if self.keep_with_next {
                out.push_str("<w:keepNext/>");
            }
            if self.page_break_before {
                out.push_str("<w:pageBreakBefore/>");
            }
            if let Some(alignment) = self.alignment {
                value(out, "jc", alignment.value());
            }
            if let Some(section) = &self.section {
                section.write(out);
            }
            out.push_str("</w:pPr>");
        }
        for inline in &self.inlines {
            inline.write(out);
        }
        out.push_str("</w:p>");
    }
}

/// CT_RPr's children in their order: rFonts, b, …, sz, szCs.
fn run_properties(out: &mut String, bold: bool, size: Option<u32>) {
    if !bold && size.is_none() {
        return;
    }
    out.push_str("<w:rPr>");
    if bold {
        out.push_str("<w:b/><w:bCs/>");
    }
    if let Some(size) = size {
        value(out, "sz", size);
        value(out, "szCs", size);
    }
    out.push_str("</w:rPr>");
}

fn field_character(out: &mut String, kind: &str, size: Option<u32>, dirty: bool) {
    out.push_str("<w:r>");
    run_properties(out, false, size);
    let dirty = if dirty { " w:dirty=\"true\"" } else { "" };
    let _ = write!(out, "<w:fldChar w:fldCharType=\"{kind}\"{dirty}/></w:r>");
}

fn instruction(out: &mut String, text: &str, size: Option<u32>) {
    out.push_str("<w:r>");
    run_properties(out, false, size);
    let _ = write!(
        out,
        "<w:instrText xml:space=\"preserve\"> {} </w:instrText></w:r>",
        escaped(text)
    );
}

fn text_run(out: &mut String, run: &Run) {
    out.push_str("<w:r>");
    run_properties(out, run.bold, run.size);
    // A line break in the text is a w:br between two texts, as Word writes Shift+Enter.
    for (index, line) in run.text.split('\n').enumerate() {
        if index > 0 {
            out.push_str("<w:br/>");
        }
        let _ = write!(out, "<w:t xml:space=\"preserve\">{}</w:t>", escaped(line));
    }
    out.push_str("</w:r>");
}

impl Inline {
    fn write(&self, out: &mut String) {
        match self {
            Inline::Run(run) => text_run(out, run),
            Inline::Field {
                instruction: text,
                shown,
                size,
            } => {
                field_character(out, "begin", *size, false);
                instruction(out, text, *size);
                field_character(out, "separate", *size, false);
                text_run(
                    out,
                    &Run {
                        text: shown.clone(),
                        bold: false,
                        size: *size,
                    },
                );
                field_character(out, "end", *size, false);
            }
            Inline::FieldStart {
                instruction: text,
                dirty,
            } => {
                field_character(out, "begin", None, *dirty);
                instruction(out, text, None);
                field_character(out, "separate", None, false);
            }
            Inline::FieldEnd => field_character(out, "end", None, false),
        }
    }
}

/// A section's pages: A4, portrait or landscape, with the footer of relationship `footer`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Section {
    pub landscape: bool,
    pub footer: Option<String>,
}

/// A4 in twentieths of a point, and margins of 2.54 cm all round.
pub const A4_SHORT: u32 = 11_906;
pub const A4_LONG: u32 = 16_838;
pub const MARGIN: u32 = 1_440;

impl Section {
    /// The width text may take on the section's pages.
    pub fn text_width(&self) -> u32 {
        if self.landscape {
            A4_LONG - 2 * MARGIN
        } else {
            A4_SHORT - 2 * MARGIN
        }
    }

    pub(super) fn write(&self, out: &mut String) {
        // CT_SectPr: headerReference/footerReference first, then pgSz, pgMar, …
        out.push_str("<w:sectPr>");
        if let Some(footer) = &self.footer {
            let _ = write!(
                out,
                "<w:footerReference w:type=\"default\" r:id=\"{}\"/>",
                escaped(footer)
            );
        }
        if self.landscape {
            let _ = write!(
                out,
                "<w:pgSz w:w=\"{A4_LONG}\" w:h=\"{A4_SHORT}\" w:orient=\"landscape\"/>"
            );
        } else {
            let _ = write!(out, "<w:pgSz w:w=\"{A4_SHORT}\" w:h=\"{A4_LONG}\"/>");
        }
        let _ = write!(
            out,
            "<w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" \
             w:left=\"{MARGIN}\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
        );
        out.push_str("</w:sectPr>");
    }
}

/// How a cell joins the cells above it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerticalMerge {
    /// The first of cells merged down a column.
    Start,
    /// Merged into the cell above.
    Continue,
}

/// A table cell: one paragraph, spanning `span` grid columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub paragraph: Paragraph,
    pub span: usize,
    pub merge: Option<VerticalMerge>,
    /// Fill colour as six hex digits.
    pub shading: Option<&'static str>,
}

impl Cell {
    pub fn new(paragraph: Paragraph) -> Self {
        Cell {
            paragraph,
            span: 1,
            merge: None,
            shading: None,
        }
    }

    pub fn spanning(mut self, span: usize) -> Self {
        self.span = span.max(1);
        self
    }

    pub fn merged(mut self, merge: VerticalMerge) -> Self {
        self.merge = Some(merge);
        self
    }

    pub fn shaded(mut self, colour: &'static str) -> Self {
        self.shading = Some(colour);
        self
    }
}

/// A table row; a header row repeats at the top of each page the table runs onto.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub header: bool,
    pub cells: Vec<Cell>,
}

/// A table with ruled cells and a grid of fixed column widths (twentieths of a point).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub widths: Vec<u32>,
    pub rows: Vec<Row>,
}

impl Table {
    pub(super) fn write(&self, out: &mut String) {
        let total: u32 = self.widths.iter().sum();
        out.push_str("<w:tbl><w:tblPr>");
        // CT_TblPr: tblStyle, …, tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout.
        let _ = write!(out, "<w:tblW w:w=\"{total}\" w:type=\"dxa\"/>");
        out.push_str("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            let _ = write!(
                out,
                "<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
            );
        }
        out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for width in &self.widths {
            let _ = write!(out, "<w:gridCol w:w=\"{width}\"/>");
        }
        out.push_str("</w:tblGrid>");
        for row in &self.rows {
            // No row breaks across a page (a total's figures would part from its label); a
            // header row also repeats on each page the table runs onto.
            out.push_str("<w:tr><w:trPr><w:cantSplit/>");
            if row.header {
                out.push_str("<w:tblHeader/>");
            }
            out.push_str("</w:trPr>");
            let mut column = 0;
            for cell in &row.cells {
                let width: u32 = self.widths.iter().skip(column).take(cell.span).sum();
                column += cell.span;
                // CT_TcPr: tcW, gridSpan, vMerge, tcBorders, shd, …, vAlign.
                let _ = write!(out, "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>");
                if cell.span > 1 {
                    value(out, "gridSpan", cell.span);
                }
                match cell.merge {
                    Some(VerticalMerge::Start) => value(out, "vMerge", "restart"),
                    Some(VerticalMerge::Continue) => out.push_str("<w:vMerge/>"),
                    None => {}
                }
                if let Some(colour) = cell.shading {
                    let _ = write!(
                        out,
                        "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{colour}\"/>"
                    );
                }
                value(out, "vAlign", "center");
                out.push_str("</w:tcPr>");
                cell.paragraph.write(out);
                out.push_str("</w:tc>");
            }
            out.push_str("</w:tr>");
        }
        out.push_str("</w:tbl>");
    }
}

/// What the body holds, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

impl From<Paragraph> for Block {
    fn from(paragraph: Paragraph) -> Self {
        Block::Paragraph(paragraph)
    }
}

impl From<Table> for Block {
    fn from(table: Table) -> Self {
        Block::Table(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(paragraph: &Paragraph) -> String {
        let mut out = String::new();
        paragraph.write(&mut out);
        out
    }

    #[test]
    fn paragraph_settings_come_in_the_schema_order() {
        let mut paragraph = Paragraph::bold("一、专业名称")
            .styled("Heading1")
            .aligned(Alignment::Centre)
            .kept_with_next()
            .on_new_page();
        paragraph.section = Some(Section {
            landscape: true,
            footer: Some("rIdFooter".into()),
        });
        let xml = written(&paragraph);
        let order = [
            "<w:pStyle",
            "<w:keepNext",
            "<w:pageBreakBefore",
            "<w:jc",
            "<w:sectPr",
            "<w:footerReference",
            "<w:pgSz",
            "<w:pgMar",
            "</w:pPr>",
            "<w:b/>",
            "<w:t ",
        ];
        let positions: Vec<usize> = order.iter().map(|tag| xml.find(tag).unwrap()).collect();
        assert!(positions.is_sorted(), "{xml}");
    }

    #[test]
    fn a_cell_spanning_two_columns_is_as_wide_as_both() {
        let table = Table {
            widths: vec![100, 200, 300],
            rows: vec![Row {
                header: true,
                cells: vec![
                    Cell::new(Paragraph::text("a")).spanning(2),
                    Cell::new(Paragraph::text("b")),
                ],
            }],
        };
        let mut xml = String::new();
        table.write(&mut xml);
        assert!(xml.contains("<w:tcW w:w=\"300\" w:type=\"dxa\"/><w:gridSpan w:val=\"2\"/>"));
        assert!(xml.contains("<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"));
    }
}
