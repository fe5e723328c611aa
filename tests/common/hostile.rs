//! Questionnaire workbooks made to hurt: valid files with one declared size changed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// A small, valid questionnaire workbook written by rust_xlsxwriter.
pub fn workbook(folder: &Path) -> PathBuf {
    let path = folder.join("answers.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = ["序号", "1、需要哪些能力？（多选）"];
    for (column, title) in header.iter().enumerate() {
        sheet.write_string(0, column as u16, *title).unwrap();
    }
    for row in 1..=20u32 {
        sheet.write_number(row, 0, f64::from(row)).unwrap();
        sheet.write_string(row, 1, "外语能力┋经贸知识").unwrap();
    }
    book.save(&path).unwrap();
    path
}

/// The workbook at `path` with one part's text changed by `change`, written as `name`.
pub fn with_part_changed(
    path: &Path,
    part: &str,
    name: &str,
    change: impl Fn(&str) -> String,
) -> PathBuf {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut written = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let entry_name = entry.name().unwrap().into_owned();
        let mut contents = Vec::new();
        entry.read_to_end(&mut contents).unwrap();
        if entry_name.as_str() == part {
            contents = change(&String::from_utf8_lossy(&contents)).into_bytes();
        }
        written
            .start_file(entry_name, zip::write::SimpleFileOptions::default())
            .unwrap();
        written.write_all(&contents).unwrap();
    }
    let changed = path.with_file_name(name);
    std::fs::write(&changed, written.finish().unwrap().into_inner()).unwrap();
    changed
}

/// A workbook whose sheet declares the far corner XFD1048576 as its extent and has a cell
/// there (a grid of 17 billion cells).
pub fn far_corner_workbook(folder: &Path) -> PathBuf {
    let path = workbook(folder);
    with_part_changed(
        &path,
        "xl/worksheets/sheet1.xml",
        "far-corner.xlsx",
        |xml| {
            let start = xml.find("<dimension ref=\"").unwrap() + "<dimension ref=\"".len();
            let end = start + xml[start..].find('"').unwrap();
            let far_cell = "<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row></sheetData>";
            format!("{}A1:XFD1048576{}", &xml[..start], &xml[end..]).replacen(
                "</sheetData>",
                far_cell,
                1,
            )
        },
    )
}

/// A workbook whose shared-string table declares 4,294,967,295 strings.
pub fn huge_string_count_workbook(folder: &Path) -> PathBuf {
    let path = workbook(folder);
    with_part_changed(&path, "xl/sharedStrings.xml", "strings.xlsx", |xml| {
        let start = xml.find("<sst ").unwrap() + "<sst ".len();
        let rest = xml[start..]
            .replacen(" count=\"", " data-count=\"", 1)
            .replacen("uniqueCount=\"", "data-unique=\"", 1);
        format!(
            "{}count=\"4294967295\" uniqueCount=\"4294967295\" {rest}",
            &xml[..start]
        )
    })
}
