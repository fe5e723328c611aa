//! A term's calendar (教学周安排): its weeks and what each is for; or, for a short course, a
//! phase's length in days and hours.
//!
//! The usual semester is 20 weeks: 18 of teaching, one of exams and one to spare, and the
//! first term gives two of its teaching weeks to 入学教育与军训. These defaults are what plan
//! documents of Chinese higher vocational colleges commonly print; the MOE guidance
//! (教职成〔2019〕13号) fixes total hours, not weeks, so a plan states its own where they differ.

use serde::{Deserialize, Serialize};

/// Semesters or quarters; quarter systems scale structural complexity by 2/3.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TermSystem {
    #[default]
    Semester,
    Quarter,
}

/// The length of a term or phase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Calendar {
    /// A term of a programme, counted in weeks.
    Weeks(WeekCalendar),
    /// A phase of a short course: a day, a weekend, a week.
    Phase(PhaseLength),
}

/// A term's weeks by kind; `weeks` is the term's length, the kinds divide it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WeekCalendar {
    pub weeks: u32,
    /// 入学教育与军训.
    pub orientation: u32,
    /// 课堂教学.
    pub teaching: u32,
    /// 考试.
    pub exams: u32,
    /// 集中实践.
    pub block_practice: u32,
    /// 岗位实习.
    pub internship: u32,
    /// 机动.
    pub flexible: u32,
}

/// The kinds of week a term is divided into, in the order the 教学周安排表 prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WeekKind {
    Orientation,
    Teaching,
    Exams,
    BlockPractice,
    Internship,
    Flexible,
}

impl WeekKind {
    pub const ALL: [WeekKind; 6] = [
        WeekKind::Orientation,
        WeekKind::Teaching,
        WeekKind::Exams,
        WeekKind::BlockPractice,
        WeekKind::Internship,
        WeekKind::Flexible,
    ];

    /// The key used in JSON reports.
    pub fn key(self) -> &'static str {
        match self {
            WeekKind::Orientation => "orientation",
            WeekKind::Teaching => "teaching",
            WeekKind::Exams => "exams",
            WeekKind::BlockPractice => "block_practice",
            WeekKind::Internship => "internship",
            WeekKind::Flexible => "flexible",
        }
    }
}

/// A short course's phase: days and hours, and the dates when they are known.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PhaseLength {
    pub days: u32,
    pub hours: u32,
    /// As the course announces them, e.g. "2026-03-07 至 03-08".
    pub dates: Option<String>,
}

impl WeekCalendar {
    /// The usual semester: 18 teaching weeks, one of exams, one to spare.
    pub const SEMESTER: WeekCalendar = WeekCalendar {
        weeks: 20,
        orientation: 0,
        teaching: 18,
        exams: 1,
        block_practice: 0,
        internship: 0,
        flexible: 1,
    };

    /// A quarter of a quarter system: 10 teaching weeks, one of exams, one to spare.
    pub const QUARTER: WeekCalendar = WeekCalendar {
        weeks: 12,
        orientation: 0,
        teaching: 10,
        exams: 1,
        block_practice: 0,
        internship: 0,
        flexible: 1,
    };

    /// The usual calendar of term `index` (from 0): the first term opens with two weeks of
    /// 入学教育与军训 taken from teaching.
    pub fn usual(system: TermSystem, index: usize) -> Self {
        let mut calendar = match system {
            TermSystem::Semester => Self::SEMESTER,
            TermSystem::Quarter => Self::QUARTER,
        };
        if index == 0 {
            calendar.orientation = 2;
            calendar.teaching -= 2;
        }
        calendar
    }

    pub fn weeks_of(&self, kind: WeekKind) -> u32 {
        match kind {
            WeekKind::Orientation => self.orientation,
            WeekKind::Teaching => self.teaching,
            WeekKind::Exams => self.exams,
            WeekKind::BlockPractice => self.block_practice,
            WeekKind::Internship => self.internship,
            WeekKind::Flexible => self.flexible,
        }
    }

    pub fn set_weeks_of(&mut self, kind: WeekKind, weeks: u32) {
        let slot = match kind {
            WeekKind::Orientation => &mut self.orientation,
            WeekKind::Teaching => &mut self.teaching,
            WeekKind::Exams => &mut self.exams,
            WeekKind::BlockPractice => &mut self.block_practice,
            WeekKind::Internship => &mut self.internship,
            WeekKind::Flexible => &mut self.flexible,
        };
        *slot = weeks;
    }

    /// The kinds' weeks added up; a finding when they differ from `weeks`.
    pub fn kinds_total(&self) -> u32 {
        WeekKind::ALL
            .iter()
            .fold(0u32, |sum, &kind| sum.saturating_add(self.weeks_of(kind)))
    }

    /// Weeks left for blocks of practice: those not taught and not examined.
    pub fn weeks_for_blocks(&self) -> u32 {
        self.weeks
            .saturating_sub(self.teaching)
            .saturating_sub(self.exams)
    }
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::Weeks(WeekCalendar::SEMESTER)
    }
}

impl Calendar {
    /// Teaching weeks, for a term counted in weeks.
    pub fn teaching_weeks(&self) -> Option<u32> {
        match self {
            Calendar::Weeks(weeks) => Some(weeks.teaching),
            Calendar::Phase(_) => None,
        }
    }

    pub fn weeks(&self) -> Option<&WeekCalendar> {
        match self {
            Calendar::Weeks(weeks) => Some(weeks),
            Calendar::Phase(_) => None,
        }
    }

    pub fn phase(&self) -> Option<&PhaseLength> {
        match self {
            Calendar::Phase(phase) => Some(phase),
            Calendar::Weeks(_) => None,
        }
    }
}
