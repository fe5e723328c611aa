//! The styles a document's paragraphs name, and the fonts they use. Fonts are named, not
//! embedded: 宋体 and 黑体 are on every Chinese Windows; Times New Roman and Arial on every
//! Windows. The font table gives each its character set and PANOSE figures (as Word writes
//! them for these fonts), so that Word and WPS keep the right font where one is missing.

use crate::catalogue::fonts::{BODY_CHINESE_FONT, HEADING_CHINESE_FONT};
use std::fmt::Write;

use super::content::{A4_SHORT, MARGIN};
use super::xml::{DECLARATION, NAMESPACES, escaped, value};

/// Paragraph styles a document may name (their ids).
pub const TITLE: &str = "Title";
pub const HEADING_1: &str = "Heading1";
pub const HEADING_2: &str = "Heading2";
pub const BODY: &str = "BodyTextFirstIndent";
pub const CONTENTS_HEADING: &str = "TOCHeading";
pub const CONTENTS_1: &str = "TOC1";
pub const CONTENTS_2: &str = "TOC2";
pub const FOOTER: &str = "Footer";

/// The fonts of running text and of headings: an East Asian one for Chinese characters and
/// a Latin one for the rest.
#[derive(Clone, Copy, Debug)]
pub struct Fonts {
    /// The language tag Latin text is spelled in (en-US, en-GB).
    pub latin_language: &'static str,
}

const BODY_LATIN: &str = "Times New Roman";
const HEADING_LATIN: &str = "Arial";

fn font_names(out: &mut String, east_asian: &str, latin: &str) {
    let east_asian = escaped(east_asian);
    let _ = write!(
        out,
        "<w:rFonts w:ascii=\"{latin}\" w:eastAsia=\"{east_asian}\" w:hAnsi=\"{latin}\" w:cs=\"{latin}\"/>"
    );
}

/// One paragraph style. `paragraph` and `run` are its `w:pPr` and `w:rPr` children, already
/// in the schema's order.
struct Style<'a> {
    id: &'a str,
    name: &'a str,
    based_on: Option<&'a str>,
    next: Option<&'a str>,
    paragraph: String,
    run: String,
}

impl Style<'_> {
    fn write(&self, out: &mut String) {
        let default = if self.id == "Normal" {
            " w:default=\"1\""
        } else {
            ""
        };
        let _ = write!(
            out,
            "<w:style w:type=\"paragraph\"{default} w:styleId=\"{}\">",
            self.id
        );
        // CT_Style: name, basedOn, next, …, qFormat, …, pPr, rPr.
        value(out, "name", self.name);
        if let Some(based_on) = self.based_on {
            value(out, "basedOn", based_on);
        }
        if let Some(next) = self.next {
            value(out, "next", next);
        }
        out.push_str("<w:qFormat/>");
        if !self.paragraph.is_empty() {
            let _ = write!(out, "<w:pPr>{}</w:pPr>", self.paragraph);
        }
        if !self.run.is_empty() {
            let _ = write!(out, "<w:rPr>{}</w:rPr>", self.run);
        }
        out.push_str("</w:style>");
    }
}

fn heading_run(size: u32) -> String {
    let mut run = String::new();
    font_names(&mut run, HEADING_CHINESE_FONT, HEADING_LATIN);
    run.push_str("<w:b/><w:bCs/>");
    value(&mut run, "sz", size);
    value(&mut run, "szCs", size);
    run
}

/// `word/styles.xml`.
pub fn styles_part(fonts: &Fonts) -> String {
    let mut out = String::from(DECLARATION);
    let _ = write!(
        out,
        "<w:styles {NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr>"
    );
    font_names(&mut out, BODY_CHINESE_FONT, BODY_LATIN);
    let _ = write!(
        out,
        "<w:kern w:val=\"2\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>\
         <w:lang w:val=\"{}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>\
         </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
         <w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
         </w:pPr></w:pPrDefault></w:docDefaults>",
        fonts.latin_language
    );
    // A right tab with dot leaders at the text's right edge, for the page numbers of the
    // table of contents.
    let contents_tab = format!(
        "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{}\"/></w:tabs>",
        A4_SHORT - 2 * MARGIN
    );
    let styles = [
        Style {
            id: "Normal",
            name: "Normal",
            based_on: None,
            next: None,
            paragraph: String::new(),
            run: String::new(),
        },
        Style {
            id: BODY,
            name: "Body Text First Indent",
            based_on: Some("Normal"),
            next: None,
            // Two characters' indent (firstLineChars is in hundredths of a character; the
            // twips are for readers that ignore it), one and a half lines apart.
            paragraph: "<w:spacing w:line=\"360\" w:lineRule=\"auto\"/>\
                        <w:ind w:firstLineChars=\"200\" w:firstLine=\"420\"/>\
                        <w:jc w:val=\"both\"/>"
                .to_owned(),
            run: String::new(),
        },
        Style {
            id: TITLE,
            name: "Title",
            based_on: Some("Normal"),
            next: Some("Normal"),
            paragraph: "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>"
                .to_owned(),
            run: heading_run(40),
        },
        Style {
            id: HEADING_1,
            name: "heading 1",
            based_on: Some("Normal"),
            next: Some(BODY),
            paragraph: "<w:keepNext/><w:keepLines/>\
                        <w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>"
                .to_owned(),
            run: heading_run(30),
        },
        Style {
            id: HEADING_2,
            name: "heading 2",
            based_on: Some("Normal"),
            next: Some(BODY),
            paragraph: "<w:keepNext/><w:keepLines/>\
                        <w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>"
                .to_owned(),
            run: heading_run(24),
        },
        Style {
            id: CONTENTS_HEADING,
            name: "TOC Heading",
            based_on: Some("Normal"),
            next: Some("Normal"),
            paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/>\
                        <w:jc w:val=\"center\"/>"
                .to_owned(),
            run: heading_run(32),
        },
        Style {
            id: CONTENTS_1,
            name: "toc 1",
            based_on: Some("Normal"),
            next: Some("Normal"),
            paragraph: format!("{contents_tab}<w:spacing w:before=\"120\" w:after=\"60\"/>"),
            run: String::new(),
        },
        Style {
            id: CONTENTS_2,
            name: "toc 2",
            based_on: Some("Normal"),
            next: Some("Normal"),
            paragraph: format!("{contents_tab}<w:ind w:left=\"420\"/>"),
            run: String::new(),
        },
        Style {
            id: FOOTER,
            name: "footer",
            based_on: Some("Normal"),
            next: None,
            paragraph: "<w:jc w:val=\"center\"/>".to_owned(),
            run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>".to_owned(),
        },
    ];
    for style in &styles {
        style.write(&mut out);
    }
    out.push_str("</w:styles>");
    out
}

/// A font the document names: its other name, PANOSE figures, character set, family, pitch.
struct FontEntry {
    name: &'static str,
    other_name: Option<&'static str>,
    panose: &'static str,
    character_set: &'static str,
    family: &'static str,
    pitch: &'static str,
}

const FONT_TABLE: [FontEntry; 4] = [
    FontEntry {
        name: BODY_CHINESE_FONT,
        other_name: Some("SimSun"),
        panose: "02010600030101010101",
        character_set: "86",
        family: "auto",
        pitch: "variable",
    },
    FontEntry {
        name: HEADING_CHINESE_FONT,
        other_name: Some("SimHei"),
        panose: "02010609060101010101",
        character_set: "86",
        family: "modern",
        pitch: "fixed",
    },
    FontEntry {
        name: BODY_LATIN,
        other_name: None,
        panose: "02020603050405020304",
        character_set: "00",
        family: "roman",
        pitch: "variable",
    },
    FontEntry {
        name: HEADING_LATIN,
        other_name: None,
        panose: "020B0604020202020204",
        character_set: "00",
        family: "swiss",
        pitch: "variable",
    },
];

/// `word/fontTable.xml`.
pub fn font_table_part() -> String {
    let mut out = String::from(DECLARATION);
    let _ = write!(out, "<w:fonts {NAMESPACES}>");
    for font in &FONT_TABLE {
        // CT_Font: altName, panose1, charset, family, notTrueType, pitch.
        let _ = write!(out, "<w:font w:name=\"{}\">", font.name);
        if let Some(other) = font.other_name {
            value(&mut out, "altName", other);
        }
        value(&mut out, "panose1", font.panose);
        value(&mut out, "charset", font.character_set);
        value(&mut out, "family", font.family);
        value(&mut out, "pitch", font.pitch);
        out.push_str("</w:font>");
    }
    out.push_str("</w:fonts>");
    out
}
