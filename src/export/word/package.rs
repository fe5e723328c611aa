//! The .docx package: the parts a WordprocessingML document needs, their content types and
//! relationships (ECMA-376 Part 2, Open Packaging Conventions), zipped.

use std::fmt::Write as _;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::WordDocument;
use super::content::Section;
use super::styles::{FOOTER, font_table_part, styles_part};
use super::theme::THEME_PART;
use super::xml::{DECLARATION, NAMESPACES, escaped};

/// The relationship id the sections' footers use.
const FOOTER_RELATIONSHIP: &str = "rIdFooter";

const CONTENT_TYPES: &str = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>\
<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>\
<Override PartName=\"/word/theme/theme1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>\
<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
</Types>";

const PACKAGE_RELATIONSHIPS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>\
</Relationships>";

const DOCUMENT_RELATIONSHIPS: &str = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rIdFonts\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>\
<Relationship Id=\"rIdFooter\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>\
<Relationship Id=\"rIdTheme\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme\" Target=\"theme/theme1.xml\"/>\
</Relationships>";

/// Word updates the fields (the table of contents, page counts) when it opens the file;
/// CT_Settings: zoom, …, defaultTabStop, …, characterSpacingControl, …, updateFields, …, compat.
const SETTINGS: &str = "<w:zoom w:percent=\"100\"/>\
<w:defaultTabStop w:val=\"420\"/>\
<w:characterSpacingControl w:val=\"compressPunctuation\"/>\
<w:updateFields w:val=\"true\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>";

fn document_part(document: &WordDocument) -> String {
    let mut out = String::from(DECLARATION);
    let _ = write!(out, "<w:document {NAMESPACES}><w:body>");
    for block in &document.blocks {
        match block {
            super::Block::Paragraph(paragraph) => paragraph.write(&mut out),
            super::Block::Table(table) => table.write(&mut out),
        }
    }
    Section {
        landscape: document.landscape_at_end,
        footer: Some(FOOTER_RELATIONSHIP.to_owned()),
    }
    .write(&mut out);
    out.push_str("</w:body></w:document>");
    out
}

fn footer_part(document: &WordDocument) -> String {
    let mut out = String::from(DECLARATION);
    let _ = write!(out, "<w:ftr {NAMESPACES}>");
    let mut footer = document.footer.clone();
    footer.style = Some(FOOTER.to_owned());
    footer.write(&mut out);
    out.push_str("</w:ftr>");
    out
}

fn settings_part() -> String {
    format!("{DECLARATION}<w:settings {NAMESPACES}>{SETTINGS}</w:settings>")
}

fn core_properties_part(document: &WordDocument) -> String {
    format!(
        "{DECLARATION}<cp:coreProperties \
         xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:language>{}</dc:language></cp:coreProperties>",
        escaped(&document.title),
        document.language_tag
    )
}

fn application_part() -> String {
    format!(
        "{DECLARATION}<Properties \
         xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>{}</Application></Properties>",
        env!("CARGO_PKG_NAME")
    )
}

/// The zipped package. Entries carry one fixed date, so the same plan gives the same bytes.
pub(super) fn package(document: &WordDocument) -> Result<Vec<u8>, String> {
    let parts: [(&str, String); 10] = [
        (
            "[Content_Types].xml",
            format!("{DECLARATION}{CONTENT_TYPES}"),
        ),
        (
            "_rels/.rels",
            format!("{DECLARATION}{PACKAGE_RELATIONSHIPS}"),
        ),
        ("docProps/core.xml", core_properties_part(document)),
        ("docProps/app.xml", application_part()),
        ("word/document.xml", document_part(document)),
        (
            "word/_rels/document.xml.rels",
            format!("{DECLARATION}{DOCUMENT_RELATIONSHIPS}"),
        ),
        ("word/styles.xml", styles_part(&document.fonts)),
        ("word/settings.xml", settings_part()),
        ("word/fontTable.xml", font_table_part()),
        ("word/footer1.xml", footer_part(document)),
    ];
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let theme = ("word/theme/theme1.xml", THEME_PART.to_owned());
    for (name, text) in parts.iter().chain(std::iter::once(&theme)) {
        zip.start_file(*name, options)
            .map_err(|error| error.to_string())?;
        zip.write_all(text.as_bytes())
            .map_err(|error| error.to_string())?;
    }
    let bytes = zip.finish().map_err(|error| error.to_string())?;
    Ok(bytes.into_inner())
}

/// The footer's relationship id, for sections that end before the document does.
pub fn footer_relationship() -> String {
    FOOTER_RELATIONSHIP.to_owned()
}
