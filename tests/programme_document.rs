//! The printed programme document (人才培养方案): what a teaching office hands in must hold
//! every placed module, every section and the survey score, in either language; a template
//! from a mailed plan can read nothing outside the plan's folder.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use std::path::{Path, PathBuf};

use common::run_planner as run;
use curriculum_planner::catalogue::{Language, Text, words};
use curriculum_planner::editor::report_with_shipped_rules as report;
use curriculum_planner::export::programme::{DocumentError, Template, typeset, write_pdf};
use curriculum_planner::io::load_plan;
use curriculum_planner::model::{Plan, ProgrammeKind};

const EXAMPLES: [&str; 3] = [
    "curricula/cbec-higher-vocational-3-year.ron",
    "curricula/pinghu-stroller-bag-staff-short-course.ron",
    "curricula/farmers-cooperative-agricultural-cbec.ron",
];

/// A diploma's or degree's sections (a short course prints its own, below).
const SECTIONS: [Text; 10] = [
    Text::SectionMajor,
    Text::SectionEntry,
    Text::SectionLength,
    Text::SectionOccupations,
    Text::SectionObjective,
    Text::SectionCourses,
    Text::SectionSchedule,
    Text::SectionGuarantees,
    Text::SectionGraduation,
    Text::SectionAppendix,
];

/// A short course's training plan (培训方案).
const TRAINING_SECTIONS: [Text; 9] = [
    Text::TrainingObjective,
    Text::TrainingTrainees,
    Text::TrainingTimeAndPlace,
    Text::TrainingContent,
    Text::TrainingTrainers,
    Text::TrainingCompletion,
    Text::TrainingOrganisation,
    Text::TrainingDelivery,
    Text::TrainingAppendix,
];

/// Text as found, without the line breaks and spaces a table cell or a justified line adds.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn exported(plan_path: &Path, language: Language, folder: &Path) -> (Vec<u8>, usize) {
    let plan = load_plan(plan_path).unwrap();
    let output = folder.join("programme.pdf");
    let pages = write_pdf(
        &plan,
        common::shipped_book(&plan),
        Some(plan_path),
        language,
        &output,
    )
    .unwrap();
    (std::fs::read(&output).unwrap(), pages)
}

#[test]
fn each_example_prints_every_module_section_and_the_score_in_both_languages() {
    for example in EXAMPLES {
        let path = common::repository_path(example);
        let plan = load_plan(&path).unwrap();
        for language in [Language::Chinese, Language::English] {
            let folder = tempfile::tempdir().unwrap();
            let (bytes, pages) = exported(&path, language, folder.path());
            assert!(bytes.starts_with(b"%PDF-"), "{example}");
            assert!(pages >= 4, "{example} {language:?}: {pages} pages");
            // Fonts travel with the file, cut to the characters used.
            let raw = String::from_utf8_lossy(&bytes);
            assert!(raw.contains("/FontFile3") || raw.contains("/FontFile2"));
            assert!(!raw.contains("/BaseFont /Noto"), "a font is not subset");

            let text = squeezed(&pdf_extract::extract_text_from_mem(&bytes).unwrap());
            for (_, module) in plan.scheduled_modules() {
                let name = squeezed(module.name.in_language(language));
                assert!(text.contains(&name), "{example} {language:?}: {name}");
            }
            let short = plan.kind == ProgrammeKind::ShortCourse;
            let (printed, absent) = if short {
                (&TRAINING_SECTIONS[..], &SECTIONS[..])
            } else {
                (&SECTIONS[..], &TRAINING_SECTIONS[..])
            };
            for section in printed {
                let heading = squeezed(language.text(*section));
                assert!(text.contains(&heading), "{example} {language:?}: {heading}");
            }
            for section in absent {
                let heading = squeezed(language.text(*section));
                assert!(
                    !text.contains(&heading),
                    "{example} {language:?}: {heading}"
                );
            }
            let alignment = report(&plan, None).alignment.unwrap();
            let score = words::score(language, alignment.score);
            assert!(
                text.contains(&score),
                "{example} {language:?}: score {score}"
            );
        }
    }
}

/// English text in the CJK fonts set ’ full width ("China’ s"): English documents take their
/// Latin letters from Noto Serif and Noto Sans; Chinese ones keep the CJK fonts throughout.
#[test]
fn the_english_document_sets_latin_text_in_a_latin_font() {
    let path = common::repository_path(EXAMPLES[0]);
    let folder = tempfile::tempdir().unwrap();
    let (english, _) = exported(&path, Language::English, folder.path());
    let raw = String::from_utf8_lossy(&english);
    assert!(raw.contains("+NotoSerif-Regular"), "no Latin body font");
    assert!(raw.contains("+NotoSans-"), "no Latin heading font");
    let text = pdf_extract::extract_text_from_mem(&english).unwrap();
    let at = text.find("China").unwrap();
    assert!(
        text.contains("China’s"),
        "the apostrophe is set apart: {:?}",
        &text[at..at + 40]
    );
    assert!(
        !text.contains("China’ s"),
        "an apostrophe is set full width"
    );

    let (chinese, _) = exported(&path, Language::Chinese, folder.path());
    let raw = String::from_utf8_lossy(&chinese);
    assert!(!raw.contains("+NotoSerif-Regular"));
    assert!(raw.contains("+NotoSerifCJK"));
}

/// A short course prints as a training plan: its trainees, time and place, trainers and
/// organisation, and none of a diploma's major, code, length of study or approval page.
#[test]
fn a_short_course_prints_as_a_training_plan() {
    let path = common::repository_path(EXAMPLES[1]);
    let folder = tempfile::tempdir().unwrap();
    let (bytes, _) = exported(&path, Language::Chinese, folder.path());
    let text = squeezed(&pdf_extract::extract_text_from_mem(&bytes).unwrap());
    for present in [
        "培训方案",
        "一、培训目标",
        "二、培训对象",
        "每期招收学员30人左右",
        "三、时间与地点",
        "四、培训内容与课时安排",
        "（二）课时安排",
        "五、师资",
        "六、考核与结业",
        "七、组织与经费",
        "主办单位：嘉兴学院应用技术学院",
        "承办部门：",
        "培训期次：",
        "2025年第1期",
    ] {
        assert!(text.contains(&squeezed(present)), "{present}");
    }
    for absent in [
        "专业名称及代码",
        "修业年限",
        "专业人才培养方案",
        "人才培养方案审批意见",
        "专业代码",
        "课程性质",
        "专业选修课",
        "学分",
    ] {
        assert!(!text.contains(absent), "{absent}");
    }
}

#[test]
fn the_schedule_totals_match_the_plan() {
    let path = common::repository_path(EXAMPLES[0]);
    let plan = load_plan(&path).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let (bytes, _) = exported(&path, Language::Chinese, folder.path());
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    for heading in [
        "教学周安排表",
        "学时学分统计",
        "修读约 2940 学时",
        "人才培养方案审批意见",
        "专业建设指导委员会意见",
        "二级学院意见",
        "教务处意见",
        "学校意见",
        "签字（盖章）",
        // The cover's lines.
        "二级学院：",
        "经济管理学院",
        "适用年级：",
        "2025级",
        "专业负责人：",
        "编制人员：",
        "制订日期：",
        "2025年6月",
        // 职业面向 in the six columns of the 2019 参考格式.
        "所属专业大类（代码）",
        "所属专业类（代码）",
        "对应行业（代码）",
        "主要职业类别（代码）",
        "主要岗位类别（或技术领域）",
        "职业资格证书或技能等级证书举例",
        "财经商贸大类（53）",
        // Core courses as a table of objectives, content and requirements.
        "课程目标",
        "主要内容",
        "教学要求",
        "掌握跨境电商数据指标体系",
        // The appendix's change request form.
        "人才培养方案变更审批表",
        "变更理由",
        "申请人（专业负责人）",
        // Which rule book the checks are against.
        "对照的规则集：",
    ] {
        assert!(squeezed(&text).contains(&squeezed(heading)), "{heading}");
    }
    // The total row: 合计, credits, hours, theory, practice — the figures `report` gives.
    let totals = report(&plan, None).totals;
    let row = format!(
        "合计 {} {} {} {}",
        words::number(totals.credits),
        totals.hours,
        totals.theory_hours,
        totals.practice_hours
    );
    let spaced: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(spaced.contains(&row), "{row} not in the schedule");
    // 163 credits and 3004 hours at version 2; 形势与政策 runs 8 hours in each of the six
    // terms since (3 credits, 48 hours) and 顶岗实习 is 23 weeks (23 credits).
    assert_eq!((totals.credits, totals.hours), (164.0, 3036));
}

fn plan_in(folder: &Path, template: &str) -> PathBuf {
    let mut plan: Plan = load_plan(&common::repository_path(EXAMPLES[1])).unwrap();
    plan.document.template = Some(template.to_owned());
    let path = folder.join("plan.ron");
    curriculum_planner::io::save_plan(&path, &plan).unwrap();
    path
}

#[test]
fn a_template_outside_the_plans_folder_is_refused() {
    let folder = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("evil.typ"), "#data.title").unwrap();
    std::fs::create_dir(folder.path().join("sub")).unwrap();
    std::fs::write(folder.path().join("sub/inner.typ"), "x").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        elsewhere.path().join("evil.typ"),
        folder.path().join("linked.typ"),
    )
    .unwrap();
    let outside = elsewhere.path().join("evil.typ");
    let mut names = vec![
        "../evil.typ".to_owned(),
        "sub/inner.typ".to_owned(),
        outside.display().to_string(),
        "plan.ron".to_owned(),
    ];
    if cfg!(unix) {
        names.push("linked.typ".to_owned());
    }
    for name in names {
        let path = plan_in(folder.path(), &name);
        let plan = load_plan(&path).unwrap();
        let result = Template::for_plan(plan.document.template.as_deref(), Some(&path));
        assert!(
            matches!(result, Err(DocumentError::TemplateRefused { .. })),
            "{name}: {result:?}"
        );
        // The command says so and exits 2, writing nothing.
        let output = folder.path().join("out.pdf");
        let run = run(&[
            "export",
            path.to_str().unwrap(),
            "--pdf",
            output.to_str().unwrap(),
            "--lang",
            "en",
        ]);
        assert_eq!(run.status.code(), Some(2), "{name}");
        assert!(String::from_utf8_lossy(&run.stderr).contains("refused"));
        assert!(!output.exists());
    }
}

#[test]
fn a_missing_template_is_named() {
    let folder = tempfile::tempdir().unwrap();
    let path = plan_in(folder.path(), "missing.typ");
    let error = Template::for_plan(Some("missing.typ"), Some(&path)).unwrap_err();
    let message = error.message(Language::English);
    assert!(
        message.contains("missing.typ") && message.contains("no such file"),
        "{message}"
    );
}

#[test]
fn a_plans_own_template_prints_and_reads_nothing_outside_its_folder() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("ours.typ"),
        "#let data = json(sys.inputs.data)\n#set text(font: \"Noto Sans CJK SC\")\n= #data.title\n#read(\"note.txt\")\n",
    )
    .unwrap();
    std::fs::write(folder.path().join("note.txt"), "Our college's own page").unwrap();
    let path = plan_in(folder.path(), "ours.typ");
    let plan = load_plan(&path).unwrap();
    let template = Template::for_plan(Some("ours.typ"), Some(&path)).unwrap();
    let document = typeset(
        &plan,
        common::shipped_book(&plan),
        Language::English,
        &template,
    )
    .unwrap();
    assert_eq!(document.pages().len(), 1);

    // The same template may not read a file elsewhere, by any path.
    for reach in ["/etc/passwd", "../note.txt", "sub/note.txt"] {
        std::fs::write(
            folder.path().join("greedy.typ"),
            format!("#read(\"{reach}\")"),
        )
        .unwrap();
        let template = Template::for_plan(Some("greedy.typ"), Some(&path)).unwrap();
        let error = typeset(
            &plan,
            common::shipped_book(&plan),
            Language::English,
            &template,
        )
        .unwrap_err();
        let message = error.message(Language::English);
        assert!(message.contains("template line 1"), "{reach}: {message}");
    }
}

#[test]
fn an_unwritable_output_exits_2_with_the_reason() {
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("no-such-folder/out.pdf");
    let run = run(&[
        "export",
        common::repository_path(EXAMPLES[1]).to_str().unwrap(),
        "--pdf",
        output.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("out.pdf"));
}

/// Every placed module of each example, in the chosen language.
fn placed_names(plan: &Plan, language: Language) -> Vec<String> {
    plan.scheduled_modules()
        .into_iter()
        .map(|(_, module)| module.name.in_language(language).to_owned())
        .collect()
}

#[test]
fn the_word_document_holds_every_module_in_a_table_with_a_repeating_header() {
    use std::io::Read;
    for example in EXAMPLES {
        let path = common::repository_path(example);
        let plan = load_plan(&path).unwrap();
        for language in [Language::Chinese, Language::English] {
            let folder = tempfile::tempdir().unwrap();
            let output = folder.path().join("programme.docx");
            curriculum_planner::export::programme::write_docx(
                &plan,
                common::shipped_book(&plan),
                language,
                &output,
            )
            .unwrap();
            let mut archive = zip::ZipArchive::new(std::fs::File::open(&output).unwrap()).unwrap();
            let mut xml = String::new();
            archive
                .by_name("word/document.xml")
                .unwrap()
                .read_to_string(&mut xml)
                .unwrap();
            assert!(
                xml.contains("<w:tblHeader/>"),
                "{example}: no repeating header"
            );
            assert!(xml.contains("w:val=\"Heading1\""), "{example}: no headings");
            // The schedule is a table: each name sits in a table cell's text.
            let tables: String = xml
                .split("<w:tbl>")
                .skip(1)
                .map(|table| table.split("</w:tbl>").next().unwrap_or_default())
                .collect::<String>()
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            for name in placed_names(&plan, language) {
                assert!(tables.contains(&name), "{example} {language:?}: {name}");
            }
        }
    }
}

#[test]
fn the_workbook_reads_back_with_every_module_row() {
    use calamine::{DataType, Reader, Xlsx, open_workbook};
    for example in EXAMPLES {
        let path = common::repository_path(example);
        let plan = load_plan(&path).unwrap();
        let folder = tempfile::tempdir().unwrap();
        let output = folder.path().join("programme.xlsx");
        curriculum_planner::export::programme::write_xlsx(
            &plan,
            common::shipped_book(&plan),
            Language::Chinese,
            &output,
        )
        .unwrap();
        let mut workbook: Xlsx<_> = open_workbook(&output).unwrap();
        assert_eq!(
            workbook.sheet_names(),
            ["教学进程表", "能力课程矩阵", "调查吻合度"]
        );
        let schedule = workbook.worksheet_range("教学进程表").unwrap();
        let names: Vec<String> = schedule
            .rows()
            .filter_map(|row| row.get(2).map(ToString::to_string))
            .collect();
        for name in placed_names(&plan, Language::Chinese) {
            assert!(names.contains(&name), "{example}: {name}");
        }
        // Figures are numbers a colleague can sum: the total row's credits.
        let totals = report(&plan, None).totals;
        let total_row = schedule
            .rows()
            .find(|row| row.get(2).and_then(DataType::get_string) == Some("合计"))
            .unwrap();
        // (Column 4; a short course counted in hours prints no credits, its hours are in 5.)
        if totals.credits > 0.0 {
            assert_eq!(total_row[4].get_float(), Some(totals.credits), "{example}");
        }
        assert_eq!(
            total_row[5].get_float(),
            Some(f64::from(totals.hours)),
            "{example}"
        );
    }
}

#[test]
fn the_schedule_csv_opens_in_chinese_excel() {
    let path = common::repository_path(EXAMPLES[0]);
    let plan = load_plan(&path).unwrap();
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("schedule.csv");
    curriculum_planner::export::programme::write_schedule_csv(
        &plan,
        common::shipped_book(&plan),
        Language::Chinese,
        &output,
    )
    .unwrap();
    let bytes = std::fs::read(&output).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    for name in placed_names(&plan, Language::Chinese) {
        assert!(text.contains(&name), "{name}");
    }
    // Block practice is stated in weeks (军事技能 2 weeks), never a bracketed figure that a
    // spreadsheet reads as negative.
    assert!(text.contains("2周"));
    assert!(
        !text.contains(",("),
        "a cell starting with a bracketed figure"
    );
}

#[test]
fn an_empty_field_prints_as_not_stated_never_in_the_other_language() {
    let path = common::repository_path(EXAMPLES[0]);
    let mut plan = load_plan(&path).unwrap();
    plan.document.entry_requirement.zh.clear();
    let english = plan.document.entry_requirement.en.clone();
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("programme.pdf");
    write_pdf(
        &plan,
        common::shipped_book(&plan),
        Some(&path),
        Language::Chinese,
        &output,
    )
    .unwrap();
    let text =
        squeezed(&pdf_extract::extract_text_from_mem(&std::fs::read(&output).unwrap()).unwrap());
    assert!(
        !text.contains(&squeezed(&english)),
        "English in the Chinese document"
    );
    let entry = text
        .find(&squeezed(language_text(Text::SectionEntry)))
        .unwrap();
    let after = &text[entry..];
    assert!(after.contains("（待填写）"), "not stated");
}

fn language_text(text: Text) -> &'static str {
    Language::Chinese.text(text)
}

#[test]
fn several_outputs_at_once_from_the_command_line() {
    let folder = tempfile::tempdir().unwrap();
    let out = |name: &str| folder.path().join(name);
    let run = run(&[
        "export",
        common::repository_path(EXAMPLES[0]).to_str().unwrap(),
        "--pdf",
        out("a.pdf").to_str().unwrap(),
        "--docx",
        out("a.docx").to_str().unwrap(),
        "--xlsx",
        out("a.xlsx").to_str().unwrap(),
        "--schedule-csv",
        out("a.csv").to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(run.status.code(), Some(0), "{run:?}");
    for name in ["a.pdf", "a.docx", "a.xlsx", "a.csv"] {
        assert!(std::fs::metadata(out(name)).unwrap().len() > 1000, "{name}");
    }
}

#[test]
fn a_term_name_of_200000_characters_prints_cut_and_the_plan_keeps_it_whole() {
    let folder = tempfile::tempdir().unwrap();
    let mut plan: Plan = load_plan(&common::repository_path(EXAMPLES[1])).unwrap();
    let long = "学".repeat(200_000);
    plan.terms[0].name.zh = long.clone();
    plan.modules[0].name.zh = "课".repeat(200_000);
    let data = curriculum_planner::export::programme::programme_data(
        &plan,
        common::shipped_book(&plan),
        Language::Chinese,
    );
    let heading = &data.schedule.terms[0].name;
    assert!(heading.starts_with("学学学"));
    assert!(heading.ends_with('…'));
    assert!(
        heading.chars().count() <= 41,
        "{} characters",
        heading.chars().count()
    );
    let output = folder.path().join("long.pdf");
    let pages = write_pdf(
        &plan,
        common::shipped_book(&plan),
        None,
        Language::Chinese,
        &output,
    )
    .unwrap();
    let (_, normal_pages) = exported(
        &common::repository_path(EXAMPLES[1]),
        Language::Chinese,
        folder.path(),
    );
    // A few pages more for the long headings, not thousands.
    assert!(pages < normal_pages + 10, "{pages} pages");
    assert_eq!(plan.terms[0].name.zh, long, "the plan keeps the whole name");
}

#[test]
fn a_page_of_any_size_is_drawn_at_most_4096_pixels_a_side() {
    use curriculum_planner::export::programme::{decode_page_png, page_png};
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("wide.typ"),
        "#set page(width: 9000pt, height: 200pt)\nA very wide page\n",
    )
    .unwrap();
    let path = plan_in(folder.path(), "wide.typ");
    let plan = load_plan(&path).unwrap();
    let template = Template::for_plan(Some("wide.typ"), Some(&path)).unwrap();
    let document = typeset(
        &plan,
        common::shipped_book(&plan),
        Language::English,
        &template,
    )
    .unwrap();
    let (width, height, png) = page_png(&document, 0, 2.0, 4096).unwrap();
    assert_eq!(
        (width, height),
        (9000.0, 200.0),
        "the size in points is the page's"
    );
    let image = decode_page_png(&png).unwrap();
    assert!(
        image.width <= 4096 && image.height <= 4096,
        "{}×{}",
        image.width,
        image.height
    );
    assert!(
        image.width >= 4000,
        "as sharp as the bound allows: {}",
        image.width
    );
}
