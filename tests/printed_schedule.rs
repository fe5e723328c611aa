//! The printed 教学进程表 in whole weekly hours with each module's 课程性质 and each group's
//! line, the 教学周安排表, and a short course's schedule in hours per phase — in the PDF, the
//! workbook and the data every format prints from.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use calamine::{Data, DataType, Reader, Xlsx, open_workbook};
use curriculum_planner::catalogue::Language;
use curriculum_planner::editor::new_term;
use curriculum_planner::export::programme::{programme_data, write_pdf, write_xlsx};
use curriculum_planner::io::load_plan;
use curriculum_planner::model::edit::apply;

const THREE_YEAR: &str = "curricula/cbec-higher-vocational-3-year.ron";
const SHORT_COURSE: &str = "curricula/pinghu-stroller-bag-staff-short-course.ron";

fn pdf_text(plan_path: &str) -> String {
    let path = common::repository_path(plan_path);
    let plan = load_plan(&path).unwrap();
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
    let text = pdf_extract::extract_text_from_mem(&std::fs::read(&output).unwrap()).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A whole number of hours a week, with the weeks where the module runs part of the term
/// ("2×4"), or block weeks ("2周").
fn is_whole_weekly_cell(cell: &str) -> bool {
    let whole = |text: &str| !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit());
    // A total's weekly hours and block weeks stand on two lines.
    cell.split('\n').all(|part| {
        part.is_empty()
            || whole(part)
            || part
                .split_once('×')
                .is_some_and(|(hours, weeks)| whole(hours) && whole(weeks))
            || part.strip_suffix('周').is_some_and(whole)
    })
}

#[test]
fn the_three_year_schedule_prints_whole_weekly_hours_and_its_week_table_adds_up() {
    let plan = load_plan(&common::repository_path(THREE_YEAR)).unwrap();
    let data = programme_data(&plan, common::shipped_book(&plan), Language::Chinese);
    let schedule = &data.schedule;
    let rows = schedule
        .groups
        .iter()
        .flat_map(|group| group.rows.iter().chain([&group.subtotal]))
        .chain([&schedule.total]);
    for row in rows {
        for cell in &row.weekly {
            assert!(is_whole_weekly_cell(cell), "{}: {cell:?}", row.name);
        }
    }
    // 课程性质 and the groups' lines.
    assert!(
        schedule
            .groups
            .iter()
            .flat_map(|group| &group.rows)
            .any(|row| row.kind == "限选")
    );
    assert!(
        schedule
            .groups
            .iter()
            .flat_map(|group| &group.rows)
            .any(|row| row.kind == "必修")
    );
    assert_eq!(schedule.group_lines.len(), 2);
    // （三）counts all 3036 offered hours; it says what a student studies, which （四）checks.
    // 学时学分统计: required and elective apart in each category, adding up to the total.
    assert_eq!(data.headings.hours, "（三）学时学分统计");
    assert_eq!(data.hours.total[3], "3036");
    let hours: u32 = data
        .hours
        .rows
        .iter()
        .map(|row| row[3].parse::<u32>().unwrap())
        .sum();
    let theory: u32 = data
        .hours
        .rows
        .iter()
        .map(|row| row[4].parse::<u32>().unwrap())
        .sum();
    assert_eq!(
        (hours, theory.to_string()),
        (3036, data.hours.total[4].clone())
    );
    let kinds: Vec<(&str, &str)> = data
        .hours
        .rows
        .iter()
        .map(|row| (row[0].as_str(), row[1].as_str()))
        .collect();
    assert!(kinds.contains(&("公共基础课", "必修")), "{kinds:?}");
    assert!(kinds.contains(&("专业选修课", "选修")), "{kinds:?}");
    assert!(
        data.hours.sentence.contains("修读约 2940 学时、158 学分"),
        "{}",
        data.hours.sentence
    );
    assert!(
        schedule.group_lines[0].contains("以下 8 门至少选修 13 学分"),
        "{:?}",
        schedule.group_lines
    );
    // The week table: each term's row adds up to its weeks, the totals to the plan's.
    let weeks = schedule.weeks.as_ref().unwrap();
    for (row, term) in weeks.rows.iter().zip(&plan.terms) {
        let kinds: u32 = row[1..row.len() - 1]
            .iter()
            .map(|cell| cell.parse::<u32>().unwrap())
            .sum();
        let total: u32 = row[row.len() - 1].parse().unwrap();
        assert_eq!(kinds, total);
        assert_eq!(total, term.calendar.weeks().unwrap().weeks);
    }
    assert_eq!(weeks.total.last().unwrap(), "120");

    let text = pdf_text(THREE_YEAR);
    // Between the schedule's heading and the week table's, no weekly figure has a decimal
    // point: the fractions 0.9, 1.8, 2.3, 2.7 and 3.6 of version 2 are gone. (The last
    // mentions: the contents list both headings first.)
    let start = text.rfind("教学进程表").unwrap();
    let end = text.rfind("教学周安排表").unwrap();
    assert!(start < end);
    let schedule_text = &text[text[..start].rfind("课程类别").unwrap_or(start)..end];
    for token in schedule_text.split(' ') {
        let fraction = token.split_once('.').is_some_and(|(whole, tenth)| {
            whole.len() == 1
                && whole.bytes().all(|byte| byte.is_ascii_digit())
                && tenth.len() == 1
                && tenth.bytes().all(|byte| byte.is_ascii_digit())
        });
        assert!(
            !fraction,
            "a fractional weekly figure {token} in the printed schedule"
        );
    }
    // (The extracted text spaces CJK from digits; squeezed, the cells read as printed.)
    let squeezed = text[..end].replace(' ', "");
    assert!(
        squeezed.contains("形势与政策必修348480考查2×4"),
        "形势与政策 runs 2 hours a week for 4 weeks"
    );
    assert!(
        squeezed.contains("军事技能训练必修256056考查2周"),
        "军事技能 is two weeks of block practice"
    );
    assert!(squeezed.contains("以下8门至少选修13学分"));
    // The week table's total row, as printed: 合计 and the kinds' sums, then 120.
    let table = &text[end..];
    assert!(
        table.contains(&weeks.total.join(" ")),
        "{}",
        &table[..400.min(table.len())]
    );
}

#[test]
fn a_short_course_gets_a_third_phase_like_its_second_and_prints_hours_per_phase_that_sum() {
    let mut plan = load_plan(&common::repository_path(SHORT_COURSE)).unwrap();
    let edit = new_term(&plan);
    apply(&mut plan, edit).unwrap();
    let third = &plan.terms[2];
    assert_eq!(third.name.zh, "第三阶段");
    assert_eq!(third.name.en, "Phase 3");
    assert_eq!(
        third
            .calendar
            .phase()
            .map(|phase| (phase.days, phase.hours)),
        plan.terms[1]
            .calendar
            .phase()
            .map(|phase| (phase.days, phase.hours))
    );
    // A module in the new phase gets hours, not weekly hours.
    let (edit, id) = curriculum_planner::editor::new_module(
        &plan,
        &curriculum_planner::editor::bundled_library(),
        Some(2),
    );
    apply(&mut plan, edit).unwrap();
    let module = plan.module(&id).unwrap();
    assert_eq!(module.credits, 0.0);
    assert_eq!(
        plan.terms[2].modules[0].time,
        curriculum_planner::model::PlacementTime::Hours(module.hours())
    );

    let data = programme_data(&plan, common::shipped_book(&plan), Language::Chinese);
    let total = &data.schedule.total;
    let per_phase: Vec<u32> = total
        .weekly
        .iter()
        .map(|cell| cell.parse().unwrap())
        .collect();
    assert_eq!(per_phase.iter().sum::<u32>().to_string(), total.hours);
    assert!(data.schedule.term_credits.is_none());
    assert!(total.credits.is_empty());

    // The workbook: the phases' cells of the total row are numbers that sum to its hours.
    let folder = tempfile::tempdir().unwrap();
    let output = folder.path().join("course.xlsx");
    write_xlsx(
        &plan,
        common::shipped_book(&plan),
        Language::Chinese,
        &output,
    )
    .unwrap();
    let mut workbook: Xlsx<_> = open_workbook(&output).unwrap();
    let sheet = workbook.worksheet_range("教学进程表").unwrap();
    let row = sheet
        .rows()
        .find(|row| row.get(2).and_then(DataType::get_string) == Some("合计"))
        .unwrap();
    let hours = row[5].get_float().unwrap();
    let phases: Vec<f64> = row[9..9 + plan.terms.len()]
        .iter()
        .map(|cell: &Data| cell.get_float().unwrap())
        .collect();
    assert_eq!(phases.iter().sum::<f64>(), hours);
    assert_eq!(
        hours, 84.0,
        "80 hours of the two phases and the new module's 4"
    );

    // The PDF: the phases' hours, no weekly hours, no credits column.
    let saved = folder.path().join("course.ron");
    curriculum_planner::io::save_plan(&saved, &plan).unwrap();
    let text = pdf_text(saved.to_str().unwrap());
    assert!(text.contains("各阶段学时"));
    assert!(!text.contains("各学期周学时"));
    let row = format!("合计 {} ", total.hours);
    assert!(text.contains(&row), "{row}");
}
