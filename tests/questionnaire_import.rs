//! Questionnaire exports written from raw answers, as Wenjuanxing, Google Forms and Microsoft
//! Forms write them (CSV in UTF-8, with a BOM, in GBK; XLSX), import to the seed survey's
//! Table 4 exactly: 100 enterprises, 89 / 100 / 91 / 93 / 34 / 97 % for the six skills.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::{Path, PathBuf};

use curriculum_planner::io::load_plan;
use curriculum_planner::io::questionnaire::{
    QuestionKind, Questionnaire, best_question, match_options, read_questionnaire,
    read_questionnaires, survey_from,
};
use curriculum_planner::model::{Names, Skill};

const SKILLS_ZH: [&str; 6] = [
    "外语能力",
    "经贸知识",
    "口头沟通能力",
    "计算机操作能力",
    "管理能力",
    "团队合作能力",
];
const SKILLS_EN: [&str; 6] = [
    "Foreign language",
    "Economic and trade knowledge",
    "Oral communication",
    "Computer operation",
    "Management",
    "Teamwork",
];
const COUNTS: [usize; 6] = [89, 100, 91, 93, 34, 97];
const TABLE_4: [f64; 6] = [0.89, 1.00, 0.91, 0.93, 0.34, 0.97];
const REGIONS: [&str; 3] = ["平湖", "海宁", "桐乡"];

/// Respondent `r` of `range` chose skill `k`: spread over the respondents, as real answers
/// are, so that many combinations occur; over 0..100 each skill has its Table 4 count.
fn chose(respondent: usize, skill: usize) -> bool {
    (respondent * 37 + skill * 11) % 100 < COUNTS[skill]
}

fn skills_of(respondent: usize, names: &[&'static str; 6]) -> Vec<&'static str> {
    (0..6)
        .filter(|&skill| chose(respondent, skill))
        .map(|skill| names[skill])
        .collect()
}

/// Rows of one layout for respondents `range`: a header, then one row each.
fn layout(kind: &str, range: std::ops::Range<usize>) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let question = "2、跨境电商人才应具备哪些技能？（多选）";
    match kind {
        "wenjuanxing" => {
            rows.push(
                [
                    "序号",
                    "提交答卷时间",
                    "所用时间",
                    "来源",
                    "来源详情",
                    "来自IP",
                    "1、贵企业所在地区：",
                    question,
                ]
                .map(String::from)
                .to_vec(),
            );
            for r in range {
                rows.push(vec![
                    (r + 1).to_string(),
                    "2018/7/3 10:12:55".into(),
                    "95秒".into(),
                    "手机提交".into(),
                    "直接访问".into(),
                    "115.212.1.1(浙江-嘉兴)".into(),
                    REGIONS[r % 3].into(),
                    skills_of(r, &SKILLS_ZH).join("┋"),
                ]);
            }
        }
        "wenjuanxing-columns" => {
            let mut header: Vec<String> = ["序号", "提交答卷时间", "1、贵企业所在地区："]
                .map(String::from)
                .to_vec();
            header.extend(
                SKILLS_ZH
                    .iter()
                    .map(|skill| format!("2、应具备的技能({skill})")),
            );
            rows.push(header);
            for r in range {
                let mut row = vec![
                    (r + 1).to_string(),
                    "2018/7/3 10:12:55".into(),
                    REGIONS[r % 3].into(),
                ];
                row.extend((0..6).map(|skill| if chose(r, skill) { "1" } else { "0" }.to_owned()));
                rows.push(row);
            }
        }
        "google" => {
            rows.push(
                [
                    "Timestamp",
                    "Where is your company?",
                    "Which skills should cross-border e-commerce staff have?",
                ]
                .map(String::from)
                .to_vec(),
            );
            for r in range {
                rows.push(vec![
                    "2018/07/03 10:12:55 AM GMT+8".into(),
                    ["Pinghu", "Haining", "Tongxiang"][r % 3].into(),
                    skills_of(r, &SKILLS_EN).join(", "),
                ]);
            }
        }
        "microsoft" => {
            rows.push(
                [
                    "ID",
                    "Start time",
                    "Completion time",
                    "Email",
                    "Name",
                    "Last modified time",
                    "地区",
                    "技能",
                ]
                .map(String::from)
                .to_vec(),
            );
            for r in range {
                let mut skills = skills_of(r, &SKILLS_ZH).join(";");
                skills.push(';');
                rows.push(vec![
                    (r + 1).to_string(),
                    "7/3/18 10:12:55".into(),
                    "7/3/18 10:14:30".into(),
                    "anonymous".into(),
                    String::new(),
                    String::new(),
                    REGIONS[r % 3].into(),
                    skills,
                ]);
            }
        }
        _ => unreachable!(),
    }
    rows
}

const LAYOUTS: [&str; 4] = ["wenjuanxing", "wenjuanxing-columns", "google", "microsoft"];

fn csv_text(rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

fn write_csv(folder: &Path, name: &str, rows: &[Vec<String>], encoding: &str) -> PathBuf {
    let text = csv_text(rows);
    let bytes = match encoding {
        "utf-8" => text.into_bytes(),
        "bom" => [b"\xEF\xBB\xBF".to_vec(), text.into_bytes()].concat(),
        "gbk" => encoding_rs::GBK.encode(&text).0.into_owned(),
        _ => unreachable!(),
    };
    let path = folder.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn write_xlsx(folder: &Path, name: &str, rows: &[Vec<String>]) -> PathBuf {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (row, cells) in rows.iter().enumerate() {
        for (column, cell) in cells.iter().enumerate() {
            // Forms write counts and flags as numbers.
            match cell.parse::<f64>() {
                Ok(number) => sheet
                    .write_number(row as u32, column as u16, number)
                    .unwrap(),
                Err(_) => sheet.write_string(row as u32, column as u16, cell).unwrap(),
            };
        }
    }
    let path = folder.join(name);
    workbook.save(&path).unwrap();
    path
}

fn plan_skills() -> Vec<Skill> {
    load_plan(&common::repository_path(
        "curricula/cbec-higher-vocational-3-year.ron",
    ))
    .unwrap()
    .skills
}

/// The shares of the six skills, in Table 4's order, from the best-matching question.
fn shares(questionnaire: &Questionnaire) -> Vec<f64> {
    let skills = plan_skills();
    let question = best_question(questionnaire, &skills).expect("a question naming skills");
    assert_eq!(
        questionnaire.questions[question].kind,
        QuestionKind::Multiple
    );
    let matches = match_options(&questionnaire.questions[question], &skills, &[]);
    let survey = survey_from(
        questionnaire,
        question,
        &matches,
        Names::default(),
        String::new(),
        2018,
    )
    .unwrap();
    assert_eq!(survey.respondents, 100);
    [
        "foreign_language",
        "economic_trade",
        "oral_communication",
        "computer_operation",
        "management",
        "teamwork",
    ]
    .iter()
    .map(|id| survey.share_of(&(*id).into()).unwrap_or(f64::NAN))
    .collect()
}

#[test]
fn every_layout_and_encoding_imports_to_table_4_exactly() {
    let folder = tempfile::tempdir().unwrap();
    for layout_name in LAYOUTS {
        let rows = layout(layout_name, 0..100);
        let mut files = Vec::new();
        for encoding in ["utf-8", "bom", "gbk"] {
            files.push(write_csv(
                folder.path(),
                &format!("{layout_name}-{encoding}.csv"),
                &rows,
                encoding,
            ));
        }
        files.push(write_xlsx(
            folder.path(),
            &format!("{layout_name}.xlsx"),
            &rows,
        ));
        let mut results = Vec::new();
        for file in &files {
            let questionnaire = read_questionnaire(file).unwrap();
            assert_eq!(questionnaire.respondents, 100, "{}", file.display());
            assert!(questionnaire.skipped.is_empty());
            assert_eq!(shares(&questionnaire), TABLE_4, "{}", file.display());
            results.push(questionnaire);
        }
        // GBK and UTF-8 give the same questionnaire, question by question.
        assert_eq!(results[0], results[2], "{layout_name}: GBK differs");
        // The region question is a single choice of three.
        let region = results[0]
            .questions
            .iter()
            .find(|question| question.kind == QuestionKind::Single)
            .unwrap();
        assert_eq!(region.options.len(), 3, "{layout_name}");
    }
}

#[test]
fn two_halves_pool_to_the_whole() {
    let folder = tempfile::tempdir().unwrap();
    for layout_name in LAYOUTS {
        let first = write_csv(
            folder.path(),
            &format!("{layout_name}-1.csv"),
            &layout(layout_name, 0..50),
            "utf-8",
        );
        let second = write_xlsx(
            folder.path(),
            &format!("{layout_name}-2.xlsx"),
            &layout(layout_name, 50..100),
        );
        let pooled = read_questionnaires(&[first, second]).unwrap();
        assert_eq!(pooled.respondents, 100);
        assert_eq!(shares(&pooled), TABLE_4, "{layout_name}");
    }
}

#[test]
fn a_damaged_file_is_refused_whole_with_its_row() {
    let folder = tempfile::tempdir().unwrap();
    let rows = layout("wenjuanxing", 0..100);
    let mut bytes = csv_text(&rows).into_bytes();
    // A byte no encoding has, in the 58th line (a mail gateway's damage).
    let line_start = bytes
        .iter()
        .enumerate()
        .filter(|(_, byte)| **byte == b'\n')
        .nth(56)
        .unwrap()
        .0
        + 1;
    bytes.insert(line_start + 3, 0xFF);
    let path = folder.path().join("damaged.csv");
    std::fs::write(&path, bytes).unwrap();
    let error = read_questionnaire(&path).unwrap_err();
    let message = error.message(curriculum_planner::catalogue::Language::English);
    assert!(message.contains("damaged.csv:58"), "{message}");

    // A workbook cut short is refused whole too.
    let workbook = write_xlsx(folder.path(), "whole.xlsx", &rows);
    let bytes = std::fs::read(&workbook).unwrap();
    std::fs::write(&workbook, &bytes[..bytes.len() / 2]).unwrap();
    assert!(read_questionnaire(&workbook).is_err());
}

#[test]
fn a_row_longer_than_the_header_is_listed_and_left_out() {
    let folder = tempfile::tempdir().unwrap();
    let mut rows = layout("google", 0..100);
    rows[10].push("an answer without a question".into());
    let path = write_csv(folder.path(), "long-row.csv", &rows, "utf-8");
    let questionnaire = read_questionnaire(&path).unwrap();
    assert_eq!(questionnaire.respondents, 99);
    assert_eq!(questionnaire.skipped.len(), 1);
    assert_eq!(questionnaire.skipped[0].row, 11);
}

#[test]
fn the_command_counts_writes_a_survey_that_report_reads_and_refuses_a_damaged_file() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let export = write_csv(
        folder.path(),
        "wjx.csv",
        &layout("wenjuanxing", 0..100),
        "gbk",
    );
    let json = run(&["survey", "import", export.to_str().unwrap(), "--json"]);
    assert_eq!(json.status.code(), Some(0), "{json:?}");
    let counts: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(counts["respondents"], 100);
    let skills = counts["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|question| question["kind"] == "multiple")
        .unwrap();
    let management = skills["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|option| option["label"] == "管理能力")
        .unwrap();
    assert_eq!(
        (management["count"].as_u64(), management["share"].as_f64()),
        (Some(34), Some(0.34))
    );

    let survey = folder.path().join("survey.ron");
    let written = run(&[
        "survey",
        "import",
        export.to_str().unwrap(),
        "-o",
        survey.to_str().unwrap(),
    ]);
    assert_eq!(written.status.code(), Some(0), "{written:?}");
    let plan = common::repository_path("curricula/cbec-higher-vocational-3-year.ron");
    let report = run(&[
        "report",
        plan.to_str().unwrap(),
        "--survey",
        survey.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        report.status.code().is_some_and(|code| code <= 1),
        "{report:?}"
    );
    let figures: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    // Table 4 again: the seed survey's score.
    let seed = run(&["report", plan.to_str().unwrap(), "--json"]);
    let seed: serde_json::Value = serde_json::from_slice(&seed.stdout).unwrap();
    assert!(seed["alignment"]["score"].as_f64().is_some());
    assert_eq!(figures["alignment"]["score"], seed["alignment"]["score"]);

    let damaged = folder.path().join("damaged.csv");
    let mut bytes = std::fs::read(&export).unwrap();
    let at = bytes.len() / 2;
    bytes.splice(at..at, [0xFF, 0xFF]);
    std::fs::write(&damaged, bytes).unwrap();
    let refused = run(&[
        "survey",
        "import",
        damaged.to_str().unwrap(),
        "-o",
        survey.to_str().unwrap(),
        "--force",
        "--lang",
        "en",
    ]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("damaged.csv:"), "{stderr}");
}
