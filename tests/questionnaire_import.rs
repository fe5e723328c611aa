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
use curriculum_planner::model::{Language, Names, Skill};

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

/// `rows` with the question numbers of the header changed as a renumbered second wave has
/// them: "2、" → "3、", "1、" → "第2题 ".
fn renumbered(mut rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    for title in &mut rows[0] {
        *title = title.replacen("2、", "3、", 1).replacen("1、", "第2题 ", 1);
    }
    rows
}

#[test]
fn two_renumbered_waves_pool_to_the_shares_of_one_file() {
    let folder = tempfile::tempdir().unwrap();
    for layout_name in ["wenjuanxing", "wenjuanxing-columns"] {
        let first = write_csv(
            folder.path(),
            &format!("{layout_name}-wave-1.csv"),
            &layout(layout_name, 0..50),
            "utf-8",
        );
        let second = write_csv(
            folder.path(),
            &format!("{layout_name}-wave-2.csv"),
            &renumbered(layout(layout_name, 50..100)),
            "utf-8",
        );
        assert!(std::fs::read_to_string(&second).unwrap().contains("3、"));
        let pooled = read_questionnaires(&[first, second]).unwrap();
        assert_eq!(pooled.respondents, 100, "{layout_name}");
        // One question per question, not a half-counted copy of each.
        let one_file = read_questionnaires(&[write_csv(
            folder.path(),
            &format!("{layout_name}-whole.csv"),
            &layout(layout_name, 0..100),
            "utf-8",
        )])
        .unwrap();
        assert_eq!(pooled.questions.len(), one_file.questions.len());
        assert_eq!(shares(&pooled), TABLE_4, "{layout_name}");
    }
}

#[test]
fn files_of_two_questionnaires_are_refused_naming_the_questions_they_do_not_share() {
    let folder = tempfile::tempdir().unwrap();
    let first = write_csv(
        folder.path(),
        "first.csv",
        &layout("wenjuanxing", 0..50),
        "utf-8",
    );
    let mut other = layout("wenjuanxing", 50..100);
    other[0][6] = String::from("1、贵企业的主营产品：");
    let second = write_csv(folder.path(), "second.csv", &other, "utf-8");
    let error = read_questionnaires(&[first, second]).unwrap_err();
    let message = error.message(Language::English);
    assert!(message.contains("cannot be pooled"), "{message}");
    assert!(message.contains("贵企业所在地区"), "{message}");
    assert!(message.contains("贵企业的主营产品"), "{message}");
    assert!(message.starts_with(&folder.path().join("second.csv").display().to_string()));
}

#[test]
fn a_multiple_choice_of_45_options_is_read_as_one_question() {
    let folder = tempfile::tempdir().unwrap();
    let options: Vec<String> = (1..=45).map(|option| format!("产品{option:02}")).collect();
    let mut rows = vec![
        ["序号", "1、贵企业出口哪些产品？（多选）"]
            .map(String::from)
            .to_vec(),
    ];
    for respondent in 0..1_000usize {
        let chosen: Vec<&str> = options
            .iter()
            .enumerate()
            .filter(|(option, _)| (respondent * 7 + option * 13) % 10 < 3)
            .map(|(_, label)| label.as_str())
            .collect();
        rows.push(vec![(respondent + 1).to_string(), chosen.join("┋")]);
    }
    let path = write_csv(folder.path(), "products.csv", &rows, "utf-8");
    let questionnaire = read_questionnaires(&[path]).unwrap();
    let question = &questionnaire.questions[0];
    assert_eq!(question.kind, QuestionKind::Multiple);
    assert_eq!(question.options.len(), 45);
    assert_eq!(questionnaire.respondents, 1_000);
}

#[test]
fn a_question_whose_options_match_no_skill_writes_no_survey() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let export = write_csv(
        folder.path(),
        "wjx.csv",
        &layout("wenjuanxing", 0..100),
        "utf-8",
    );
    let survey = folder.path().join("survey.ron");
    // Question 1 is the region: no option names a skill.
    let output = run(&[
        "survey",
        "import",
        export.to_str().unwrap(),
        "--question",
        "1",
        "-o",
        survey.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("not written"), "{stderr}");
    assert!(stderr.contains("--map"), "{stderr}");
    assert!(!survey.exists());
}

#[test]
fn check_reports_a_survey_that_names_no_skill() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("empty-survey.ron");
    let original =
        std::fs::read_to_string(common::repository_path("assets/surveys/jiaxing-2018.ron"))
            .unwrap();
    // The same survey with its list of skill shares emptied.
    let start = original.find("\n        skills: [").unwrap() + "\n        skills: [".len();
    let end = start + original[start..].find("\n        ],").unwrap();
    std::fs::write(&path, format!("{}{}", &original[..start], &original[end..])).unwrap();
    let output = run(&["check", "--lang", "en", path.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("the survey names no skill"), "{stdout}");
}

/// The answers as a workbook whose cell B3 holds a formula with no saved result, and whose
/// column C holds the dates the answers were given as date cells.
fn workbook_with_formula_and_dates(folder: &Path) -> (PathBuf, PathBuf) {
    let path = folder.join("dated.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_string(0, 0, "序号").unwrap();
    sheet
        .write_string(0, 1, "1、需要哪些能力？（多选）")
        .unwrap();
    sheet.write_string(0, 2, "2、开始出口的日期").unwrap();
    for row in 1..=10u32 {
        sheet.write_number(row, 0, f64::from(row)).unwrap();
        sheet.write_string(row, 1, "外语能力┋经贸知识").unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2018, 7, if row <= 5 { 3 } else { 4 })
            .unwrap();
        sheet
            .write_datetime_with_format(row, 2, &date, &date_format)
            .unwrap();
    }
    workbook.save(&path).unwrap();
    // The same workbook with a formula in B3 whose result was never computed.
    let unsaved = common::hostile::with_part_changed(
        &path,
        "xl/worksheets/sheet1.xml",
        "formula.xlsx",
        |xml| {
            let start = xml.find("<c r=\"B3\"").unwrap();
            let end = start + xml[start..].find("</c>").unwrap() + "</c>".len();
            format!(
                "{}<c r=\"B3\"><f>CONCAT(\"外语\",\"能力\")</f></c>{}",
                &xml[..start],
                &xml[end..]
            )
        },
    );
    (path, unsaved)
}

#[test]
fn dates_read_as_dates_and_a_formula_without_its_result_is_refused_at_its_cell() {
    let folder = tempfile::tempdir().unwrap();
    let (dated, unsaved) = workbook_with_formula_and_dates(folder.path());
    let questionnaire = read_questionnaires(&[dated]).unwrap();
    let dates = &questionnaire.questions[1];
    let labels: Vec<(&str, usize)> = dates
        .options
        .iter()
        .map(|option| (option.label.as_str(), option.count))
        .collect();
    assert_eq!(labels, [("2018-07-03", 5), ("2018-07-04", 5)]);
    let error = read_questionnaires(std::slice::from_ref(&unsaved)).unwrap_err();
    let message = error.message(Language::English);
    assert!(message.contains("cell B3 holds a formula"), "{message}");
    assert!(
        message.starts_with(&format!("{}:3", unsaved.display())),
        "{message}"
    );
}

#[test]
fn two_questions_with_one_title_stay_two_when_waves_are_pooled() {
    let folder = tempfile::tempdir().unwrap();
    let wave = |name: &str, first: &str, second: &str| {
        let rows = vec![
            ["序号", "2、最重要的能力（单选）", "5、最重要的能力（单选）"]
                .map(String::from)
                .to_vec(),
            vec!["1".into(), first.to_owned(), second.to_owned()],
            vec!["2".into(), first.to_owned(), second.to_owned()],
        ];
        write_csv(folder.path(), name, &rows, "utf-8")
    };
    let pooled = read_questionnaires(&[
        wave("one.csv", "沟通", "编程"),
        wave("two.csv", "沟通", "编程"),
    ])
    .unwrap();
    assert_eq!(pooled.respondents, 4);
    assert_eq!(pooled.questions.len(), 2);
    for (question, label) in pooled.questions.iter().zip(["沟通", "编程"]) {
        assert_eq!(question.options.len(), 1, "{}", question.title);
        assert_eq!(
            (
                question.options[0].label.as_str(),
                question.options[0].count
            ),
            (label, 4)
        );
    }
}

#[test]
fn max_file_size_holds_for_questionnaires_read_by_workers() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let export = write_csv(
        folder.path(),
        "wjx.csv",
        &layout("wenjuanxing", 0..100),
        "utf-8",
    );
    let mut padded = std::fs::read(&export).unwrap();
    padded.resize(2 * 1024 * 1024, b'\n');
    std::fs::write(&export, padded).unwrap();
    let workbook = write_xlsx(folder.path(), "wjx.xlsx", &layout("wenjuanxing", 0..100));
    let limited = run(&[
        "survey",
        "import",
        "--lang",
        "en",
        "--max-file-size",
        "1",
        export.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&limited.stderr);
    assert_eq!(limited.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("more than the 1 MiB a file read here can be"),
        "{stderr}"
    );
    let allowed = run(&["survey", "import", "--lang", "en", export.to_str().unwrap()]);
    assert_eq!(allowed.status.code(), Some(0));
    // A workbook under the limit reads; the limit counts for workbooks too.
    let small = run(&[
        "survey",
        "import",
        "--max-file-size",
        "1",
        workbook.to_str().unwrap(),
    ]);
    assert_eq!(small.status.code(), Some(0));
}

/// 问卷星 writes what a respondent typed after 其他 into the cell: "其他【请注明】〖我妈买的。〗".
/// `survey import` counts one option 其他 and lists what was written, in text and JSON.
#[test]
fn typed_other_answers_count_as_one_option_and_are_listed() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("wjx-other.csv");
    let mut text = String::from("序号,1、您从哪里知道本次培训？\n");
    for (index, answer) in [
        "单位通知",
        "其他【请注明】〖我妈买的。〗",
        "单位通知",
        "其他【请注明】〖朋友推荐〗",
        "其他【请注明】〖〗",
        "微信公众号",
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!("{},{answer}\n", index + 1));
    }
    std::fs::write(&path, text).unwrap();
    let json = run(&["survey", "import", path.to_str().unwrap(), "--json"]);
    assert_eq!(json.status.code(), Some(0), "{json:?}");
    let counts: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let options = counts["questions"][0]["options"].as_array().unwrap();
    let labels: Vec<&str> = options
        .iter()
        .map(|option| option["label"].as_str().unwrap())
        .collect();
    // Joined answers do not give the questionnaire's order: the most chosen first.
    assert_eq!(labels, ["其他", "单位通知", "微信公众号"], "{counts:#}");
    assert_eq!(options[0]["count"], 3);
    assert_eq!(
        options[0]["typed"],
        serde_json::json!(["我妈买的。", "朋友推荐"])
    );
    let plain = run(&["survey", "import", path.to_str().unwrap()]);
    let printed = String::from_utf8(plain.stdout).unwrap();
    assert!(
        printed.contains("填写的内容（2 条）：我妈买的。、朋友推荐"),
        "{printed}"
    );
    assert!(!printed.contains("〖"), "{printed}");
}

/// An export "by option number": every answer a number. The counts are still printed, but
/// the command says why nothing matches and what export to make instead (exit 1), and
/// `--json` says so too.
#[test]
fn an_export_of_option_numbers_is_recognised_and_the_text_export_asked_for() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let mut text = String::from("序号,1、贵公司的规模,2、需要哪些能力？\n");
    for respondent in 1..=30 {
        text.push_str(&format!(
            "{respondent},{},{}┋{}\n",
            respondent % 3 + 1,
            respondent % 6 + 1,
            (respondent + 2) % 6 + 1
        ));
    }
    let export = folder.path().join("numbers.csv");
    std::fs::write(&export, text).unwrap();
    let printed = run(&["survey", "import", export.to_str().unwrap()]);
    assert_eq!(printed.status.code(), Some(1), "{printed:?}");
    let said = String::from_utf8_lossy(&printed.stderr);
    assert!(said.contains("答案是选项序号"), "{said}");
    assert!(said.contains("按选项文本"), "{said}");
    let json = run(&["survey", "import", export.to_str().unwrap(), "--json"]);
    let counts: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(counts["numbered_options"], true);
    // The seed-like text export is not taken for one.
    let words = write_csv(
        folder.path(),
        "wjx.csv",
        &layout("wenjuanxing", 0..100),
        "utf-8",
    );
    let json = run(&["survey", "import", words.to_str().unwrap(), "--json"]);
    let counts: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(counts["numbered_options"], false);
}

/// One column per option gives the questionnaire's order, which the import keeps (外语能力
/// first though 经贸知识 is chosen most); joined answers do not, so the most chosen comes
/// first — also when two files are pooled.
#[test]
fn options_keep_the_questionnaires_order_where_the_export_gives_it_else_the_most_chosen_first() {
    let folder = tempfile::tempdir().unwrap();
    let labels = |questionnaire: &Questionnaire| -> Vec<String> {
        let question = questionnaire
            .questions
            .iter()
            .find(|question| question.kind == QuestionKind::Multiple)
            .unwrap();
        question
            .options
            .iter()
            .map(|option| option.label.clone())
            .collect()
    };
    let columns = write_csv(
        folder.path(),
        "columns.csv",
        &layout("wenjuanxing-columns", 0..100),
        "utf-8",
    );
    assert_eq!(labels(&read_questionnaire(&columns).unwrap()), SKILLS_ZH);
    let joined = write_csv(
        folder.path(),
        "joined.csv",
        &layout("wenjuanxing", 0..100),
        "utf-8",
    );
    // Table 4's counts, most first: 100 经贸, 97 团队, 93 计算机, 91 口头, 89 外语, 34 管理.
    let by_count = [
        "经贸知识",
        "团队合作能力",
        "计算机操作能力",
        "口头沟通能力",
        "外语能力",
        "管理能力",
    ];
    assert_eq!(labels(&read_questionnaire(&joined).unwrap()), by_count);
    let first = write_csv(
        folder.path(),
        "first.csv",
        &layout("wenjuanxing", 0..50),
        "utf-8",
    );
    let second = write_csv(
        folder.path(),
        "second.csv",
        &layout("wenjuanxing", 50..100),
        "utf-8",
    );
    let pooled = read_questionnaires(&[first, second]).unwrap();
    assert_eq!(labels(&pooled), by_count);
}

/// An export saved without its header row: the first row is a respondent's answers. The
/// import says so, at that row, and what to do — not a survey of questions named "1".
#[test]
fn an_export_without_its_header_row_is_named_plainly() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("no-header.csv");
    std::fs::write(
        &path,
        "1,2026/3/1 9:00,外语能力┋管理能力\n2,2026/3/1 9:05,团队合作能力\n",
    )
    .unwrap();
    let output = run(&["survey", "import", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("第一行是一份答卷"), "{said}");
    assert!(said.contains("保留第一行的题目"), "{said}");
    // A real header that starts with a number and holds no answers is still a header.
    let fine = folder.path().join("numbered.csv");
    std::fs::write(&fine, "1,需要哪些能力？\n1,外语能力\n2,管理能力\n").unwrap();
    assert!(read_questionnaire(&fine).is_ok());
}

/// Two options matched to one skill (口语沟通 and 沟通, both 口头沟通能力) count each respondent
/// who ticked either once: 9 and 11 ticks, 4 of them both, are 16 of 20 respondents — not the
/// larger option's 11.
#[test]
fn two_options_of_one_skill_count_each_respondent_once() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("two-options.csv");
    let mut text = String::from("序号,2、需要哪些能力？（多选）\n");
    for respondent in 0..20 {
        let mut chosen = vec!["管理能力"];
        // Respondents 0–8 tick 口语沟通, 5–15 tick 沟通: 4 (5–8) tick both, 16 either.
        if respondent < 9 {
            chosen.push("口语沟通");
        }
        if (5..16).contains(&respondent) {
            chosen.push("沟通");
        }
        text.push_str(&format!("{},{}\n", respondent + 1, chosen.join("┋")));
    }
    std::fs::write(&path, text).unwrap();
    let questionnaire = read_questionnaire(&path).unwrap();
    let skills = curriculum_planner::editor::bundled_library().skills;
    let by_hand = [("沟通".to_owned(), "oral_communication".to_owned())];
    let matches = match_options(&questionnaire.questions[0], &skills, &by_hand);
    let survey = survey_from(
        &questionnaire,
        0,
        &matches,
        Names::default(),
        String::new(),
        2026,
    )
    .unwrap();
    assert_eq!(survey.share_of(&"oral_communication".into()), Some(0.8));
    assert_eq!(survey.share_of(&"management".into()), Some(1.0));
}

/// `--map 其他=none` says an option names no skill (the survey is clean, exit 0); a mapping to
/// a skill that does not exist is refused with the skills there are, and nothing is written.
#[test]
fn a_mapping_names_a_skill_or_none_and_a_typo_is_refused() {
    use common::run_planner as run;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("other.csv");
    std::fs::write(
        &path,
        "序号,2、需要哪些能力？（多选）\n1,外语能力┋其他【请注明】〖会计〗\n2,管理能力\n",
    )
    .unwrap();
    let written = folder.path().join("survey.ron");
    let (csv, out) = (path.to_str().unwrap(), written.to_str().unwrap());
    let clean = run(&[
        "survey",
        "import",
        csv,
        "-o",
        out,
        "--region",
        "海宁",
        "--map",
        "其他=none",
    ]);
    assert_eq!(clean.status.code(), Some(0), "{clean:?}");
    assert!(String::from_utf8_lossy(&clean.stdout).contains("“其他” → （不对应）（手动选择）"));
    // An option matched by likeness of words (外贸 → 经贸知识) is written but flagged: exit 1.
    let alike = folder.path().join("alike.csv");
    std::fs::write(
        &alike,
        "序号,2、需要哪些能力？（多选）\n1,外语能力┋外贸\n2,外贸\n",
    )
    .unwrap();
    let alike_out = folder.path().join("alike.ron");
    let flagged = run(&[
        "survey",
        "import",
        alike.to_str().unwrap(),
        "-o",
        alike_out.to_str().unwrap(),
        "--region",
        "海宁",
    ]);
    assert_eq!(flagged.status.code(), Some(1), "{flagged:?}");
    assert!(alike_out.exists());
    let typo = folder.path().join("typo.ron");
    let refused = run(&[
        "survey",
        "import",
        csv,
        "-o",
        typo.to_str().unwrap(),
        "--map",
        "其他=foo",
    ]);
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("没有这项能力"));
    assert!(!typo.exists());
}
