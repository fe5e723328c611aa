//! The programme document as data: every heading, text and figure the printed 人才培养方案
//! shows, already in the chosen language and formatted as people read it. The PDF template,
//! the Word and the Excel writers all print this one value, so they cannot disagree; the
//! template receives it as JSON data, never as template source.

use serde::Serialize;

use super::front_pages::{Approval, ChangeForm, Cover, approval, change_form, cover};
use super::own_text::{TitledText, own_language};
use super::training::{TrainingData, training};

use crate::analysis::{Report, Totals, report};
use crate::catalogue::{Language, Text, book_name, rule_message, rule_name, rule_source, words};
use crate::model::{
    Calendar, Category, Choice, Level, Module, ModuleId, Names, PlacementTime, Plan, ProgrammeKind,
    RuleBook, Specification, WeekCalendar, WeekKind,
};
use std::collections::HashMap;

#[derive(Clone, Debug, Serialize)]
pub struct ProgrammeData {
    /// "zh" or "en": the template picks fonts and spacing by it.
    pub language: &'static str,
    pub title: String,
    pub institution: String,
    pub cover: Cover,
    /// None for a short course: its training plan is not approved by a programme committee.
    pub approval: Option<Approval>,
    pub change_form: Option<ChangeForm>,
    /// A short course's own sections; None for a diploma or degree programme.
    pub training: Option<TrainingData>,
    pub headings: Headings,
    pub major: String,
    pub major_code: String,
    pub entry_requirement: String,
    pub length_of_study: String,
    pub occupation_columns: [&'static str; 6],
    /// The 2019 参考格式's six columns; the first two (the major's group and class) are the
    /// same in every row and print once, spanning the rows.
    pub occupations: Vec<[String; 6]>,
    pub objective: String,
    pub specifications: Vec<SpecificationList>,
    pub courses: Vec<CourseGroup>,
    pub schedule: Schedule,
    pub hours: HoursDistribution,
    pub rules: Vec<RuleRow>,
    /// Which rule book the checks are against, as a sentence.
    pub rule_book: String,
    /// 规定, 本方案, 依据, 结论.
    pub rule_columns: [&'static str; 4],
    pub guarantees: Vec<TitledText>,
    pub graduation_requirements: Vec<String>,
    pub matrix: Matrix,
    pub alignment: AlignmentData,
    pub industries: IndustryData,
    /// What an empty field prints as.
    pub not_stated: &'static str,
    /// "第 {} 页 / 共 {} 页" split at its places, for the footer.
    pub page_pattern: [String; 3],
}

#[derive(Clone, Debug, Serialize)]
pub struct Headings {
    pub contents: &'static str,
    /// 课程名称, 课程目标, 主要内容, 教学要求.
    pub core_columns: [&'static str; 4],
    pub major: &'static str,
    pub major_name: &'static str,
    pub major_code: &'static str,
    pub entry: &'static str,
    pub length: &'static str,
    pub occupations: &'static str,
    pub objective_section: &'static str,
    pub objective: &'static str,
    pub specifications: &'static str,
    pub courses: &'static str,
    pub schedule_section: &'static str,
    pub schedule: &'static str,
    /// 教学周安排表.
    pub weeks: &'static str,
    pub hours: &'static str,
    pub rules: &'static str,
    pub guarantees: &'static str,
    pub graduation: &'static str,
    pub appendix: &'static str,
    pub matrix: &'static str,
    pub alignment: &'static str,
    pub industries: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct SpecificationList {
    pub heading: &'static str,
    pub items: Vec<SpecificationItem>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SpecificationItem {
    pub text: String,
    /// "对应调查能力：外语能力、口头沟通能力", or empty.
    pub skills: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CourseGroup {
    pub category: &'static str,
    /// Core courses print as a table of 课程目标 / 主要内容 / 教学要求.
    pub table: bool,
    pub courses: Vec<Course>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Course {
    pub code: String,
    pub name: String,
    /// Credits, hours, delivery and partner in one line.
    pub facts: String,
    pub description: String,
    pub objectives: String,
    pub requirements: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Schedule {
    pub columns: ScheduleColumns,
    /// Each term's name and teaching weeks, as the column header shows them.
    pub terms: Vec<TermHeading>,
    pub groups: Vec<ScheduleGroup>,
    pub total: ScheduleRow,
    /// Credits each term teaches, in the per-term columns (empty for a course counted in
    /// hours).
    pub term_credits: Option<ScheduleRow>,
    /// One line per elective group: "专业拓展课（限选）：以下 8 门至少选修 13 学分（…）".
    pub group_lines: Vec<String>,
    /// Whether credits mean anything: a short course counted in hours prints none.
    pub counts_credits: bool,
    /// A short course's modules are not grouped by category, nor called required or elective.
    pub by_category: bool,
    pub note: &'static str,
    /// 教学周安排表: terms × kinds of week; `None` for a short course's phases.
    pub weeks: Option<WeekTable>,
}

/// Terms by kinds of week, with totals; every cell a whole number as text.
#[derive(Clone, Debug, Serialize)]
pub struct WeekTable {
    /// 学期, each kind of week, 合计.
    pub columns: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    pub total: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TermHeading {
    pub name: String,
    /// "16 周", "16 weeks".
    pub weeks: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ScheduleColumns {
    pub category: &'static str,
    pub code: &'static str,
    pub name: &'static str,
    pub credits: &'static str,
    pub hours: &'static str,
    pub total: &'static str,
    pub theory: &'static str,
    pub practice: &'static str,
    pub assessment: &'static str,
    /// 课程性质: 必修, 限选, 任选.
    pub kind: &'static str,
    pub weekly: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct ScheduleGroup {
    pub category: &'static str,
    pub rows: Vec<ScheduleRow>,
    pub subtotal: ScheduleRow,
}

/// One line of the 教学进程表; every cell already a string.
#[derive(Clone, Debug, Serialize)]
pub struct ScheduleRow {
    pub code: String,
    pub name: String,
    pub credits: String,
    pub hours: String,
    pub theory: String,
    pub practice: String,
    pub assessment: String,
    /// 必修, 限选 or 任选; empty on sums.
    pub kind: String,
    /// One cell per term: whole hours per week ("2", "2×4" for part of the term), block
    /// weeks ("2周"), hours in a short course's phase ("16"), or empty.
    pub weekly: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct HoursDistribution {
    pub columns: [&'static str; 7],
    /// Category, required or elective, credits, hours, theory, practice, share of all hours.
    pub rows: Vec<[String; 7]>,
    pub total: [String; 7],
    pub sentence: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RuleRow {
    /// The rule as its book says it.
    pub name: String,
    /// The plan's figure against the rule's limits.
    pub figure: String,
    /// 文号《标题》条款.
    pub source: String,
    pub verdict: &'static str,
    pub ok: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Matrix {
    pub skills: Vec<String>,
    /// Code, name, then one level letter (or empty) per skill.
    pub rows: Vec<MatrixRow>,
    pub note: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct MatrixRow {
    pub code: String,
    pub name: String,
    pub levels: Vec<&'static str>,
}

#[derive(Clone, Debug, Serialize)]
pub struct AlignmentData {
    pub present: bool,
    pub score: String,
    pub formula: String,
    pub survey: String,
    pub demand_label: &'static str,
    pub effort_label: &'static str,
    pub skills: Vec<SkillBar>,
    pub absent: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct SkillBar {
    pub name: String,
    /// Shares between 0 and 1, for the bars.
    pub demand: f64,
    pub effort: f64,
    pub demand_text: String,
    pub effort_text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct IndustryData {
    pub columns: [&'static str; 4],
    pub rows: Vec<[String; 4]>,
    pub unserved: String,
}

/// The whole document for `plan` in `language`, with today's analyses, its rules checked
/// against `book` (the rule book its `rules` name; `None` if it was not found).
pub fn programme_data(plan: &Plan, book: Option<&RuleBook>, language: Language) -> ProgrammeData {
    let plan = &*super::printable::printable(plan);
    let analysis = report(plan, book, None);
    let text = |text: Text| language.text(text);
    let name = |names: &Names| names.in_language(language).trim().to_owned();
    // The document's own text in this language only: an English sentence in the Chinese
    // document (or the reverse) would be handed in unnoticed; empty prints as not stated.
    let own = |names: &Names| own_language(names, language);
    let document = &plan.document;
    let major = own(&document.major);
    let book_name = match &analysis.rule_book {
        Some(book) => book_name(language, &book.name),
        None => language.fill(Text::RuleBookMissing, &[&plan.rules.book_id()]),
    };
    let short = plan.kind == ProgrammeKind::ShortCourse;
    let page = language.text(Text::DocumentPage);
    let mut page_parts = page.splitn(3, "{}").map(str::to_owned);
    ProgrammeData {
        language: if language.is_chinese() { "zh" } else { "en" },
        title: name(&plan.title),
        institution: name(&plan.institution),
        cover: cover(plan, language),
        approval: (!short).then(|| approval(language)),
        change_form: (!short).then(|| change_form(plan, language)),
        training: training(plan, language),
        headings: headings(language),
        major,
        major_code: document.major_code.trim().to_owned(),
        entry_requirement: own(&document.entry_requirement),
        length_of_study: own(&document.length_of_study),
        occupation_columns: [
            text(Text::OccupationMajorGroup),
            text(Text::OccupationMajorClass),
            text(Text::OccupationSector),
            text(Text::OccupationName),
            text(Text::OccupationPosts),
            text(Text::OccupationCertificates),
        ],
        occupations: document
            .occupations
            .iter()
            .map(|row| {
                [
                    own(&document.major_group),
                    own(&document.major_class),
                    own(&row.sector),
                    own(&row.occupation),
                    own(&row.posts),
                    own(&row.certificates),
                ]
            })
            .filter(|row| row[2..].iter().any(|cell| !cell.is_empty()))
            .collect(),
        objective: own(&document.objective),
        specifications: specification_lists(plan, language),
        courses: course_groups(plan, language),
        schedule: schedule(plan, &analysis, language),
        hours: hours_distribution(plan, &analysis, language),
        rule_columns: [
            text(Text::RuleColumnRule),
            text(Text::RuleColumnPlan),
            text(Text::RuleColumnSource),
            text(Text::RuleColumnVerdict),
        ],
        rules: analysis
            .rules
            .iter()
            .map(|rule| RuleRow {
                name: rule_name(language, &rule.rule),
                figure: rule_message(language, rule),
                source: rule_source(language, &rule.rule.source),
                verdict: text(if rule.ok {
                    Text::RuleMet
                } else {
                    Text::RuleNotMet
                }),
                ok: rule.ok,
            })
            .collect(),
        rule_book: language.fill(Text::DocumentRules, &[&book_name]),
        guarantees: guarantees(plan, language),
        graduation_requirements: document
            .graduation_requirements
            .iter()
            .map(own)
            .filter(|item| !item.is_empty())
            .collect(),
        matrix: matrix(plan, language),
        alignment: alignment(plan, &analysis, language),
        industries: industries(&analysis, language),
        not_stated: text(Text::DocumentNotStated),
        page_pattern: [
            page_parts.next().unwrap_or_default(),
            page_parts.next().unwrap_or_default(),
            page_parts.next().unwrap_or_default(),
        ],
    }
}

fn headings(language: Language) -> Headings {
    let text = |text: Text| language.text(text);
    Headings {
        contents: text(Text::DocumentContents),
        core_columns: [
            text(Text::CoreColumnCourse),
            text(Text::CoreColumnObjectives),
            text(Text::CoreColumnContent),
            text(Text::CoreColumnRequirements),
        ],
        major: text(Text::SectionMajor),
        major_name: text(Text::MajorName),
        major_code: text(Text::MajorCode),
        entry: text(Text::SectionEntry),
        length: text(Text::SectionLength),
        occupations: text(Text::SectionOccupations),
        objective_section: text(Text::SectionObjective),
        objective: text(Text::ObjectiveHeading),
        specifications: text(Text::SpecificationsHeading),
        courses: text(Text::SectionCourses),
        schedule_section: text(Text::SectionSchedule),
        schedule: text(Text::ScheduleHeading),
        weeks: text(Text::WeekTableHeading),
        hours: text(Text::HoursHeading),
        rules: text(Text::RulesHeading),
        guarantees: text(Text::SectionGuarantees),
        graduation: text(Text::SectionGraduation),
        appendix: text(Text::SectionAppendix),
        matrix: text(Text::AppendixMatrix),
        alignment: text(Text::AppendixAlignment),
        industries: text(Text::AppendixIndustries),
    }
}

fn specification_lists(plan: &Plan, language: Language) -> Vec<SpecificationList> {
    let specifications = &plan.document.specifications;
    let skill_name = |id: &crate::model::SkillId| {
        plan.skills
            .iter()
            .find(|skill| &skill.id == id)
            .map_or_else(
                || crate::catalogue::echo::shortened(id.as_str()),
                |skill| skill.name.in_language(language).to_owned(),
            )
    };
    let item = |specification: &Specification| SpecificationItem {
        text: own_language(&specification.text, language),
        skills: if specification.skills.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = specification.skills.iter().map(skill_name).collect();
            language.fill(
                Text::SpecificationSkills,
                &[&names.join(language.text(Text::ListSeparator))],
            )
        },
    };
    [
        (Text::SpecificationQuality, &specifications.quality),
        (Text::SpecificationKnowledge, &specifications.knowledge),
        (Text::SpecificationAbility, &specifications.ability),
    ]
    .into_iter()
    .map(|(heading, items)| SpecificationList {
        heading: language.text(heading),
        items: items
            .iter()
            .map(item)
            .filter(|item| !item.text.is_empty())
            .collect(),
    })
    .collect()
}

/// The placed modules by category, in category order and then in term order.
fn placed_by_category(plan: &Plan) -> Vec<(Category, Vec<(usize, &Module)>)> {
    let scheduled = plan.scheduled_modules();
    let mut seen = std::collections::HashSet::new();
    Category::ALL
        .iter()
        .map(|&category| {
            let modules = scheduled
                .iter()
                .filter(|(_, module)| module.category == category)
                .filter(|(_, module)| seen.insert(&module.id))
                .copied()
                .collect();
            (category, modules)
        })
        .filter(|(_, modules): &(Category, Vec<(usize, &Module)>)| !modules.is_empty())
        .collect()
}

fn course_groups(plan: &Plan, language: Language) -> Vec<CourseGroup> {
    let course = |module: &Module| Course {
        code: module.code.clone(),
        name: module.name.in_language(language).to_owned(),
        facts: course_facts(module, language),
        description: own_language(&module.description, language),
        objectives: own_language(&module.objectives, language),
        requirements: own_language(&module.requirements, language),
    };
    // A short course lists its modules in the order they are taught, without categories.
    if plan.kind == ProgrammeKind::ShortCourse {
        let mut seen = std::collections::HashSet::new();
        let courses: Vec<Course> = plan
            .scheduled_modules()
            .into_iter()
            .filter(|(_, module)| seen.insert(&module.id))
            .map(|(_, module)| course(module))
            .collect();
        return vec![CourseGroup {
            category: "",
            table: false,
            courses,
        }];
    }
    placed_by_category(plan)
        .into_iter()
        .map(|(category, modules)| CourseGroup {
            category: words::category(language, category),
            table: category == Category::ProfessionalCore,
            courses: modules
                .into_iter()
                .map(|(_, module)| course(module))
                .collect(),
        })
        .collect()
}

/// Credits (where the module has any), hours, delivery and partner in one line.
fn course_facts(module: &Module, language: Language) -> String {
    let delivery = words::delivery(language, module.delivery);
    let partner = words::partner(language, module.partner);
    if module.credits > 0.0 {
        language.fill(
            Text::CourseHours,
            &[
                &words::number(module.credits),
                &module.hours(),
                &module.theory_hours,
                &module.practice_hours,
                &delivery,
                &partner,
            ],
        )
    } else {
        language.fill(
            Text::CourseHoursOnly,
            &[
                &module.hours(),
                &module.theory_hours,
                &module.practice_hours,
                &delivery,
                &partner,
            ],
        )
    }
}

/// A placement's cell of the schedule: whole weekly hours ("2"), with the weeks when the
/// module runs fewer weeks than the term teaches ("4×8"), block weeks ("2周"), hours in a
/// short course's phase ("16"), or other plain hours in brackets.
fn placement_cell(
    language: Language,
    time: PlacementTime,
    teaching_weeks: Option<u32>,
    phase: bool,
) -> String {
    match time {
        // A term of one teaching week says "8×1": a bare 8 reads as 8 hours every week.
        PlacementTime::Weekly { hours, weeks } if Some(weeks) == teaching_weeks && weeks > 1 => {
            hours.to_string()
        }
        PlacementTime::Weekly { hours, weeks } => format!("{hours}×{weeks}"),
        PlacementTime::Block { weeks } => language.fill(Text::ScheduleBlockWeeks, &[&weeks]),
        PlacementTime::Hours(hours) if phase => hours.to_string(),
        PlacementTime::Hours(hours) => format!("({hours})"),
    }
}

/// Hours added without overflow: a file may state any hours.
fn saturating_sum(values: impl Iterator<Item = u32>) -> u32 {
    values.fold(0, u32::saturating_add)
}

/// 课程性质 of a module: required, or how its group is chosen from.
fn kind_of(choices: &HashMap<&ModuleId, Choice>, module: &Module, language: Language) -> String {
    language
        .text(match choices.get(&module.id) {
            None => Text::KindRequired,
            Some(Choice::Restricted) => Text::KindRestricted,
            Some(Choice::Free) => Text::KindFree,
        })
        .to_owned()
}

fn schedule(plan: &Plan, analysis: &Report, language: Language) -> Schedule {
    let text = |text: Text| language.text(text);
    let terms = plan.terms.len();
    // A short course's phases count hours: cells are hours, and credits are not printed.
    let phases = plan
        .terms
        .iter()
        .any(|term| term.calendar.phase().is_some());
    let counts_credits = plan.kind != ProgrammeKind::ShortCourse || analysis.totals.credits > 0.0;
    let credits_text = |credits: f64| {
        if counts_credits {
            words::number(credits)
        } else {
            String::new()
        }
    };
    // Every placement of each module, by term.
    let mut placements: HashMap<&ModuleId, Vec<(usize, PlacementTime)>> = HashMap::new();
    for (term, entry) in plan.terms.iter().enumerate() {
        for placement in &entry.modules {
            placements
                .entry(&placement.module)
                .or_default()
                .push((term, placement.time));
        }
    }
    let placements_of = |module: &Module| placements.get(&module.id).cloned().unwrap_or_default();
    // Each group member's choice, looked up once (the first group that offers it).
    let mut choices: HashMap<&ModuleId, Choice> = HashMap::new();
    for group in &plan.elective_groups {
        for id in &group.modules {
            choices.entry(id).or_insert(group.choice);
        }
    }
    let row_of = |_: usize, module: &Module| {
        let mut weekly = vec![String::new(); terms];
        for (term, time) in placements_of(module) {
            if let Some(cell) = weekly.get_mut(term) {
                let entry = &plan.terms[term];
                *cell = placement_cell(
                    language,
                    time,
                    entry.teaching_weeks(),
                    entry.calendar.phase().is_some(),
                );
            }
        }
        ScheduleRow {
            code: module.code.clone(),
            name: module.name.in_language(language).to_owned(),
            credits: credits_text(module.credits),
            hours: module.hours().to_string(),
            theory: module.theory_hours.to_string(),
            practice: module.practice_hours.to_string(),
            assessment: words::assessment(language, module.assessment).to_owned(),
            kind: kind_of(&choices, module, language),
            weekly,
        }
    };
    // A term's weekly hours add up whole; block weeks and plain hours are added apart (a
    // phase's hours are its figure).
    let sum_row = |label: &str, rows: &[(usize, &Module)]| {
        let mut weekly_hours = vec![0u32; terms];
        let mut block_weeks = vec![0u32; terms];
        let mut plain_hours = vec![0u32; terms];
        for (_, module) in rows {
            for (term, time) in placements_of(module) {
                match time {
                    PlacementTime::Weekly { hours, .. } => {
                        weekly_hours[term] = weekly_hours[term].saturating_add(hours)
                    }
                    PlacementTime::Block { weeks } => {
                        block_weeks[term] = block_weeks[term].saturating_add(weeks)
                    }
                    PlacementTime::Hours(hours) => {
                        plain_hours[term] = plain_hours[term].saturating_add(hours)
                    }
                }
            }
        }
        let weekly = (0..terms)
            .map(|term| {
                let mut parts = Vec::new();
                if weekly_hours[term] > 0 {
                    parts.push(weekly_hours[term].to_string());
                }
                if block_weeks[term] > 0 {
                    parts.push(language.fill(Text::ScheduleBlockWeeks, &[&block_weeks[term]]));
                }
                if plain_hours[term] > 0 {
                    parts.push(if plan.terms[term].calendar.phase().is_some() {
                        plain_hours[term].to_string()
                    } else {
                        format!("({})", plain_hours[term])
                    });
                }
                // Weekly hours and block weeks are two figures: one a line, never "31 3周".
                parts.join("\n")
            })
            .collect();
        ScheduleRow {
            code: String::new(),
            name: label.to_owned(),
            credits: credits_text(rows.iter().map(|(_, module)| module.credits).sum()),
            hours: saturating_sum(rows.iter().map(|(_, module)| module.hours())).to_string(),
            theory: saturating_sum(rows.iter().map(|(_, module)| module.theory_hours)).to_string(),
            practice: saturating_sum(rows.iter().map(|(_, module)| module.practice_hours))
                .to_string(),
            assessment: String::new(),
            kind: String::new(),
            weekly,
        }
    };
    let groups_by_category = placed_by_category(plan);
    let all: Vec<(usize, &Module)> = groups_by_category
        .iter()
        .flat_map(|(_, modules)| modules.iter().copied())
        .collect();
    let term_credits = counts_credits.then(|| ScheduleRow {
        code: String::new(),
        name: text(Text::ScheduleTermCredits).to_owned(),
        credits: String::new(),
        hours: String::new(),
        theory: String::new(),
        practice: String::new(),
        assessment: String::new(),
        kind: String::new(),
        weekly: analysis
            .totals
            .terms
            .iter()
            .map(|term| words::number(term.credits))
            .collect(),
    });
    Schedule {
        columns: ScheduleColumns {
            category: text(Text::ScheduleCategory),
            code: text(Text::ScheduleCode),
            name: text(Text::ScheduleName),
            credits: if counts_credits {
                text(Text::ScheduleCredits)
            } else {
                ""
            },
            hours: text(Text::ScheduleHours),
            total: text(Text::ScheduleTotal),
            theory: text(Text::ScheduleTheory),
            practice: text(Text::SchedulePractice),
            assessment: text(Text::ScheduleAssessment),
            kind: text(Text::ScheduleKind),
            weekly: text(if phases {
                Text::SchedulePhaseHours
            } else {
                Text::ScheduleWeeklyHours
            }),
        },
        terms: plan
            .terms
            .iter()
            .map(|term| TermHeading {
                name: term.name.in_language(language).to_owned(),
                weeks: match &term.calendar {
                    Calendar::Weeks(weeks) => {
                        language.fill(Text::ScheduleTeachingWeeks, &[&weeks.teaching])
                    }
                    Calendar::Phase(phase) => {
                        language.fill(Text::SchedulePhaseLength, &[&phase.days, &phase.hours])
                    }
                },
            })
            .collect(),
        groups: groups_by_category
            .iter()
            .map(|(category, modules)| ScheduleGroup {
                category: words::category(language, *category),
                rows: modules
                    .iter()
                    .map(|(term, module)| row_of(*term, module))
                    .collect(),
                subtotal: sum_row(text(Text::ScheduleSubtotal), modules),
            })
            .collect(),
        total: sum_row(text(Text::ScheduleGrandTotal), &all),
        term_credits,
        group_lines: group_lines(plan, analysis, language),
        counts_credits,
        by_category: plan.kind != ProgrammeKind::ShortCourse,
        note: text(if phases {
            Text::ScheduleShortNote
        } else {
            Text::ScheduleNote
        }),
        weeks: week_table(plan, language),
    }
}

/// "专业拓展课（限选）：以下 8 门至少选修 13 学分（ZX401、…）", one line per group.
fn group_lines(plan: &Plan, analysis: &Report, language: Language) -> Vec<String> {
    let index = plan.module_index();
    analysis
        .groups
        .iter()
        .map(|group| {
            let codes: Vec<&str> = group
                .modules
                .iter()
                .filter_map(|id| index.get(id).map(|module| module.code.as_str()))
                .collect();
            let name = group.name.in_language(language).to_owned();
            if group.by_credits {
                language.fill(
                    Text::ScheduleGroupLine,
                    &[
                        &name,
                        &group.modules.len(),
                        &words::number(group.path_credits),
                        &codes.join(language.text(Text::ListSeparator)),
                    ],
                )
            } else {
                language.fill(
                    Text::ScheduleGroupLineModules,
                    &[
                        &name,
                        &group.modules.len(),
                        &group.min_modules,
                        &codes.join(language.text(Text::ListSeparator)),
                    ],
                )
            }
        })
        .collect()
}

/// 教学周安排表: each term's weeks by kind, and the totals; none for a short course.
fn week_table(plan: &Plan, language: Language) -> Option<WeekTable> {
    let calendars: Vec<(&Names, &WeekCalendar)> = plan
        .terms
        .iter()
        .filter_map(|term| Some((&term.name, term.calendar.weeks()?)))
        .collect();
    if calendars.is_empty() {
        return None;
    }
    let mut columns = vec![language.text(Text::WeekTableTerm)];
    columns.extend(
        WeekKind::ALL
            .iter()
            .map(|&kind| words::week_kind(language, kind)),
    );
    columns.push(language.text(Text::WeekTableTotal));
    let mut totals = vec![0u32; WeekKind::ALL.len() + 1];
    let rows = calendars
        .iter()
        .map(|(name, calendar)| {
            let mut row = vec![name.in_language(language).to_owned()];
            for (at, &kind) in WeekKind::ALL.iter().enumerate() {
                totals[at] = totals[at].saturating_add(calendar.weeks_of(kind));
                row.push(calendar.weeks_of(kind).to_string());
            }
            let last = WeekKind::ALL.len();
            totals[last] = totals[last].saturating_add(calendar.weeks);
            row.push(calendar.weeks.to_string());
            row
        })
        .collect();
    let mut total = vec![language.text(Text::WeekTableTotal).to_owned()];
    total.extend(totals.iter().map(u32::to_string));
    Some(WeekTable {
        columns,
        rows,
        total,
    })
}

fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// 学时学分统计表: each category's required and elective modules apart (elective: in an
/// elective group, or without groups the elective category, as the analysis counts them),
/// with credits, hours, theory, practice and the share of all offered hours.
fn hours_distribution(plan: &Plan, analysis: &Report, language: Language) -> HoursDistribution {
    let totals = &analysis.totals;
    let grouped: std::collections::HashSet<&ModuleId> = plan
        .elective_groups
        .iter()
        .flat_map(|group| &group.modules)
        .collect();
    let is_elective = |module: &Module| {
        if plan.elective_groups.is_empty() {
            module.category == Category::ProfessionalElective
        } else {
            grouped.contains(&module.id)
        }
    };
    let share = |hours: u32| {
        if totals.hours == 0 {
            "—".to_owned()
        } else {
            percent(f64::from(hours) / f64::from(totals.hours))
        }
    };
    let row = |label: String, kind: &str, modules: &[&Module]| {
        let theory = modules
            .iter()
            .fold(0u32, |sum, module| sum.saturating_add(module.theory_hours));
        let practice = modules.iter().fold(0u32, |sum, module| {
            sum.saturating_add(module.practice_hours)
        });
        let hours = theory.saturating_add(practice);
        [
            label,
            kind.to_owned(),
            words::number(modules.iter().map(|module| module.credits).sum()),
            hours.to_string(),
            theory.to_string(),
            practice.to_string(),
            share(hours),
        ]
    };
    let mut rows = Vec::new();
    for (category, placed) in placed_by_category(plan) {
        let (electives, required): (Vec<&Module>, Vec<&Module>) = placed
            .iter()
            .map(|(_, module)| *module)
            .partition(|module| is_elective(module));
        for (kind, modules) in [
            (Text::KindRequired, required),
            (Text::KindElective, electives),
        ] {
            if !modules.is_empty() {
                rows.push(row(
                    words::category(language, category).to_owned(),
                    language.text(kind),
                    &modules,
                ));
            }
        }
    }
    HoursDistribution {
        columns: [
            language.text(Text::ScheduleCategory),
            language.text(Text::ScheduleKind),
            language.text(Text::ScheduleCredits),
            language.text(Text::ScheduleHours),
            language.text(Text::ScheduleTheory),
            language.text(Text::SchedulePractice),
            language.text(Text::HoursShare),
        ],
        rows,
        total: [
            language.text(Text::ScheduleGrandTotal).to_owned(),
            String::new(),
            words::number(totals.credits),
            totals.hours.to_string(),
            totals.theory_hours.to_string(),
            totals.practice_hours.to_string(),
            share(totals.hours),
        ],
        sentence: hours_sentence(totals, language),
    }
}

/// Theory and practice hours; where electives are offered beyond what a student takes, also
/// what a student studies, which the rule checks count (3036 offered, 2940 checked).
fn hours_sentence(totals: &Totals, language: Language) -> String {
    let mut sentence = language.fill(
        Text::HoursTheoryPractice,
        &[
            &totals.theory_hours,
            &totals.practice_hours,
            &percent(totals.practice_share),
        ],
    );
    let studied_hours = totals.path.hours.round();
    if studied_hours != f64::from(totals.hours) || totals.path.credits != totals.credits {
        sentence.push_str(&language.fill(
            Text::HoursOfferedAndStudied,
            &[
                &words::number(studied_hours),
                &words::number(totals.path.credits),
            ],
        ));
    }
    sentence
}

fn guarantees(plan: &Plan, language: Language) -> Vec<TitledText> {
    let guarantees = &plan.document.guarantees;
    [
        (Text::GuaranteeStaff, &guarantees.staff),
        (Text::GuaranteeFacilities, &guarantees.facilities),
        (Text::GuaranteeResources, &guarantees.resources),
        (Text::GuaranteeMethods, &guarantees.methods),
        (Text::GuaranteeAssessment, &guarantees.assessment),
        (Text::GuaranteeQuality, &guarantees.quality_management),
    ]
    .into_iter()
    .map(|(title, text)| TitledText {
        title: language.text(title),
        text: own_language(text, language),
    })
    .collect()
}

fn matrix(plan: &Plan, language: Language) -> Matrix {
    let rows = placed_by_category(plan)
        .into_iter()
        .flat_map(|(_, modules)| modules)
        .filter(|(_, module)| !module.skills.is_empty())
        .map(|(_, module)| MatrixRow {
            code: module.code.clone(),
            name: module.name.in_language(language).to_owned(),
            levels: plan
                .skills
                .iter()
                .map(|skill| module.level_of(&skill.id).map_or("", Level::as_str))
                .collect(),
        })
        .collect();
    Matrix {
        skills: plan
            .skills
            .iter()
            .map(|skill| skill.name.in_language(language).to_owned())
            .collect(),
        rows,
        note: language.text(Text::AppendixMatrixNote),
    }
}

fn alignment(plan: &Plan, analysis: &Report, language: Language) -> AlignmentData {
    let absent = language.text(Text::AppendixNoSurvey);
    let (Some(alignment), Some(survey)) = (&analysis.alignment, &plan.survey) else {
        return AlignmentData {
            present: false,
            score: String::new(),
            formula: String::new(),
            survey: String::new(),
            demand_label: language.text(Text::AppendixDemand),
            effort_label: language.text(Text::AppendixEffort),
            skills: Vec::new(),
            absent,
        };
    };
    // The cosine is named at the end of the formula's sentence.
    let mut score = language.fill(
        Text::AppendixAlignmentScore,
        &[&words::score(language, alignment.score)],
    );
    if let Some(reason) = alignment.no_alignment() {
        score = format!("{score} {}", words::no_alignment(language, reason));
    }
    AlignmentData {
        present: true,
        score,
        formula: language.fill(
            Text::AlignmentFormula,
            &[&words::score(language, alignment.cosine)],
        ),
        survey: survey_line(survey, language),
        demand_label: language.text(Text::AppendixDemand),
        effort_label: language.text(Text::AppendixEffort),
        skills: alignment
            .skills
            .iter()
            .map(|skill| SkillBar {
                name: skill.name.in_language(language).to_owned(),
                demand: finite_share(skill.demand_share),
                effort: finite_share(skill.emphasis_share),
                demand_text: percent(skill.demand_share),
                effort_text: percent(skill.emphasis_share),
            })
            .collect(),
        absent,
    }
}

/// The survey as the appendix cites it: title, region (when it says one), respondents, year
/// and source.
fn survey_line(survey: &crate::model::Survey, language: Language) -> String {
    let title = survey.title.in_language(language);
    let region = survey.region.in_language(language);
    if region.trim().is_empty() {
        language.fill(
            Text::AppendixSurvey,
            &[&title, &survey.respondents, &survey.year, &survey.source],
        )
    } else {
        language.fill(
            Text::AppendixSurveyInRegion,
            &[
                &title,
                &region,
                &survey.respondents,
                &survey.year,
                &survey.source,
            ],
        )
    }
}

/// A share the bars can draw: NaN (no demand at all) draws as nothing.
fn finite_share(share: f64) -> f64 {
    if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

fn industries(analysis: &Report, language: Language) -> IndustryData {
    let coverage = &analysis.industries;
    IndustryData {
        columns: [
            language.text(Text::IndustryColumn),
            language.text(Text::ScheduleHours),
            language.text(Text::IndustryModules),
            language.text(Text::IndustryTarget),
        ],
        rows: coverage
            .industries
            .iter()
            .map(|industry| {
                [
                    industry.name.in_language(language).to_owned(),
                    industry.hours.to_string(),
                    industry.modules.to_string(),
                    language
                        .text(if industry.target { Text::Yes } else { Text::No })
                        .to_owned(),
                ]
            })
            .collect(),
        unserved: if coverage.unserved_targets.is_empty() {
            String::new()
        } else {
            let ids = crate::catalogue::echo::shortened_list(
                coverage.unserved_targets.iter().map(|id| id.as_str()),
                language.text(Text::ListSeparator),
            );
            language.fill(Text::IndustryUnserved, &[&ids])
        },
    }
}
