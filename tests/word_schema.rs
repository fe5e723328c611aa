//! The Word file a programme leader finishes in Word or WPS: every part follows the ECMA-376
//! element order Word is strict about, and the document carries what a teaching office expects
//! of it (a table of contents, headings kept with their text, indented body text, 宋体/黑体 or
//! Times New Roman/Arial).
//!
//! The schema check runs `openxml-audit` (PyPI, MIT: a port of the Open XML SDK's validator)
//! and is ignored by `cargo test`, which needs no office tools; `.ci/run` installs the validator
//! and runs it with `--ignored`. `OPENXML_AUDIT` names the program when it is not on the PATH.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use curriculum_planner::catalogue::Language;
use curriculum_planner::export::programme::write_docx;
use curriculum_planner::io::load_plan;

const EXAMPLES: [&str; 3] = [
    "curricula/cbec-higher-vocational-3-year.ron",
    "curricula/pinghu-stroller-bag-staff-short-course.ron",
    "curricula/farmers-cooperative-agricultural-cbec.ron",
];

const LANGUAGES: [Language; 2] = [Language::Chinese, Language::English];

fn written(example: &str, language: Language, folder: &Path) -> PathBuf {
    let plan = load_plan(&common::repository_path(example)).unwrap();
    let output = folder.join(format!("programme-{language:?}.docx"));
    write_docx(&plan, common::shipped_book(&plan), language, &output).unwrap();
    output
}

fn part(docx: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// The `<w:style>` element of one style id, whole.
fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let start = styles
        .find(&format!("w:styleId=\"{id}\""))
        .unwrap_or_else(|| panic!("no style {id}"));
    let length = styles[start..].find("</w:style>").unwrap();
    &styles[start..start + length]
}

#[test]
fn the_document_has_a_table_of_contents_kept_headings_indented_text_and_chinese_fonts() {
    let folder = tempfile::tempdir().unwrap();
    for example in EXAMPLES {
        for language in LANGUAGES {
            let docx = written(example, language, folder.path());
            let document = part(&docx, "word/document.xml");
            let styles = part(&docx, "word/styles.xml");
            let settings = part(&docx, "word/settings.xml");
            let case = format!("{example} {language:?}");

            // A TOC field Word fills in on opening (headings 1–2, as links).
            assert!(
                document.contains(r#"TOC \o &quot;1-2&quot; \h \z \u"#),
                "{case}: no TOC field"
            );
            assert!(
                document.contains(r#"w:fldCharType="begin" w:dirty="true""#),
                "{case}: the TOC is not marked for update"
            );
            assert!(settings.contains("<w:updateFields w:val=\"true\"/>"));

            for heading in ["Heading1", "Heading2"] {
                let heading_style = style(&styles, heading);
                assert!(
                    heading_style.contains("<w:keepNext/>"),
                    "{case}: {heading} not kept with next"
                );
                assert!(heading_style.contains("w:eastAsia=\"黑体\""), "{case}");
                assert!(heading_style.contains("w:ascii=\"Arial\""), "{case}");
                assert!(
                    document.contains(&format!("<w:pStyle w:val=\"{heading}\"/>")),
                    "{case}: {heading} unused"
                );
            }
            // The approval page comes before the contents, a row per body that signs; a
            // short course's training plan has none, and its own sections instead.
            let approval = document.find("专业建设指导委员会意见");
            let contents = document.find("TOC \\o");
            let short = example.contains("short-course") || example.contains("farmers");
            if short && language == Language::Chinese {
                assert!(approval.is_none(), "{case}: an approval page");
                for heading in ["一、培训目标", "二、培训对象", "七、组织与经费"]
                {
                    assert!(document.contains(heading), "{case}: {heading}");
                }
                assert!(!document.contains("修业年限"), "{case}");
            } else if language == Language::Chinese {
                assert!(document.contains("课程目标") && document.contains("教学要求"));
                assert!(document.contains("所属专业类（代码）"), "{case}");
                assert!(document.contains("人才培养方案变更审批表"), "{case}");
                assert!(
                    approval.is_some() && approval < contents,
                    "{case}: no approval page"
                );
                assert!(document.contains("教务处意见") && document.contains("签字（盖章）"));
            }
            // Body text: a two-character first-line indent, in 宋体 and Times New Roman.
            let body = style(&styles, "BodyTextFirstIndent");
            assert!(body.contains("w:firstLineChars=\"200\""), "{case}");
            assert!(document.contains("<w:pStyle w:val=\"BodyTextFirstIndent\"/>"));
            let defaults = &styles[..styles.find("</w:docDefaults>").unwrap()];
            assert!(defaults.contains("w:eastAsia=\"宋体\""), "{case}");
            assert!(defaults.contains("w:ascii=\"Times New Roman\""), "{case}");
            // The fonts are declared by name, with the Latin names Word also looks up.
            let fonts = part(&docx, "word/fontTable.xml");
            for name in [
                "宋体",
                "黑体",
                "SimSun",
                "SimHei",
                "Times New Roman",
                "Arial",
            ] {
                assert!(fonts.contains(name), "{case}: font table lacks {name}");
            }
        }
    }
}

/// The validator's error count and first messages for one file.
fn audited(docx: &Path) -> (u64, Vec<String>) {
    let program = std::env::var("OPENXML_AUDIT").unwrap_or_else(|_| "openxml-audit".to_owned());
    let output = std::process::Command::new(&program)
        .args([
            "--format",
            "office2007",
            "--max-errors",
            "0",
            "--output",
            "json",
        ])
        .arg(docx)
        .output()
        .unwrap_or_else(|error| {
            panic!("{program} did not run ({error}); `pip install openxml-audit==0.8.0`")
        });
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|_| {
        panic!(
            "{program} printed no JSON: {}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    let file = &report[0];
    let messages = file["errors"]
        .as_array()
        .unwrap()
        .iter()
        .take(5)
        .map(|error| format!("{} {}", error["part_uri"], error["description"]))
        .collect();
    (file["error_count"].as_u64().unwrap(), messages)
}

#[test]
#[ignore = "needs openxml-audit; .ci/run installs it and runs this with --ignored"]
fn every_example_in_both_languages_validates_against_the_office_schemas() {
    let folder = tempfile::tempdir().unwrap();
    for example in EXAMPLES {
        for language in LANGUAGES {
            let docx = written(example, language, folder.path());
            let (errors, messages) = audited(&docx);
            assert_eq!(errors, 0, "{example} {language:?}: {messages:#?}");
        }
    }
}

/// The same file with one part replaced, every other entry copied as it was.
fn with_part_replaced(docx: &Path, name: &str, text: &str, output: &Path) {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(docx).unwrap()).unwrap();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(output).unwrap());
    for index in 0..archive.len() {
        let entry = archive.by_index(index).unwrap();
        let entry_name = entry.name().unwrap().into_owned();
        if entry_name == name {
            drop(entry);
            writer
                .start_file(entry_name, zip::write::SimpleFileOptions::default())
                .unwrap();
            writer.write_all(text.as_bytes()).unwrap();
        } else {
            writer.raw_copy_file(entry).unwrap();
        }
    }
    writer.finish().unwrap();
}

#[test]
#[ignore = "needs openxml-audit; .ci/run installs it and runs this with --ignored"]
fn a_file_with_run_properties_before_the_alignment_fails_the_validation() {
    let folder = tempfile::tempdir().unwrap();
    let docx = written(EXAMPLES[0], Language::Chinese, folder.path());
    let document = part(&docx, "word/document.xml");
    // The cover title is centred: its paragraph properties hold a w:jc. Put a w:rPr before it,
    // the order docx-rs wrote and Word "recovers".
    let alignment = document.find("<w:jc ").expect("a centred paragraph");
    let misordered = format!(
        "{}<w:rPr><w:b/></w:rPr>{}",
        &document[..alignment],
        &document[alignment..]
    );
    let broken = folder.path().join("misordered.docx");
    with_part_replaced(&docx, "word/document.xml", &misordered, &broken);

    // The untouched file passes; the changed one fails, in document.xml.
    assert_eq!(audited(&docx).0, 0);
    let (errors, messages) = audited(&broken);
    assert!(errors > 0, "the misordered file passed");
    assert!(
        messages
            .iter()
            .any(|message| message.contains("/word/document.xml")),
        "{messages:#?}"
    );
}
