use serde::{Deserialize, Serialize};

use super::{Assessment, IndustryId, ModuleId, Names, SkillId};

/// A course module: what is taught, how, by whom, and which skills and industries it serves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: ModuleId,
    /// The code printed in the plan document, e.g. `CBEC201`.
    pub code: String,
    pub name: Names,
    /// 学分. Zero for a short course that is counted in hours only.
    pub credits: f64,
    /// 学时 of theory teaching.
    pub theory_hours: u32,
    /// 学时 of practice: labs, simulation, internship.
    pub practice_hours: u32,
    pub category: Category,
    pub delivery: Delivery,
    pub partner: Partner,
    #[serde(default)]
    pub skills: Vec<SkillLevel>,
    #[serde(default)]
    pub industries: Vec<IndustryId>,
    /// Modules that must be taken in an earlier term.
    #[serde(default)]
    pub prerequisites: Vec<ModuleId>,
    /// Modules that must be taken in the same or an earlier term.
    #[serde(default)]
    pub corequisites: Vec<ModuleId>,
    /// 考核方式; `None` until someone states it (the printed schedule then shows a dash).
    #[serde(default)]
    pub assessment: Option<Assessment>,
    /// 主要内容: what the module teaches, for the programme document.
    #[serde(default)]
    pub description: Names,
    /// 课程目标: what a student can do after it (printed for core modules).
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub objectives: Names,
    /// 教学要求: how it is taught and assessed (printed for core modules).
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub requirements: Names,
    /// Words rules name courses by (e.g. 体育, 劳动教育) where a module's name does not say.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl Module {
    pub fn hours(&self) -> u32 {
        self.theory_hours.saturating_add(self.practice_hours)
    }

    /// Internships and training weeks: no theory hours at all.
    pub fn is_all_practice(&self) -> bool {
        self.theory_hours == 0 && self.practice_hours > 0
    }

    /// The level this module brings a skill to, if any.
    pub fn level_of(&self, skill: &SkillId) -> Option<Level> {
        self.skills
            .iter()
            .find(|entry| &entry.skill == skill)
            .map(|entry| entry.level)
    }

    /// Every module this one requires, prerequisites first.
    pub fn requisites(&self) -> impl Iterator<Item = &ModuleId> {
        self.prerequisites.iter().chain(&self.corequisites)
    }
}

/// How far a module takes one skill.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkillLevel {
    pub skill: SkillId,
    pub level: Level,
}

/// The curriculum-mapping convention: Introduced, Reinforced, Mastered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    I,
    R,
    M,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::I, Level::R, Level::M];

    /// The level after a click in the matrix: none → I → R → M → none.
    pub fn next(level: Option<Level>) -> Option<Level> {
        match level {
            None => Some(Level::I),
            Some(Level::I) => Some(Level::R),
            Some(Level::R) => Some(Level::M),
            Some(Level::M) => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Level::I => "I",
            Level::R => "R",
            Level::M => "M",
        }
    }

    /// Counted as 1, 2, 3 in the emphasis formula.
    pub fn weight(self) -> u32 {
        match self {
            Level::I => 1,
            Level::R => 2,
            Level::M => 3,
        }
    }
}

/// Course category as plan documents group them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    /// 公共基础课
    PublicBasic,
    /// 专业基础课: the professional foundation courses real plan documents list apart
    /// from the 6–8 core courses.
    ProfessionalBasic,
    /// 专业核心课
    ProfessionalCore,
    /// 专业选修课
    ProfessionalElective,
    /// 实践/实习
    Practice,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::PublicBasic,
        Category::ProfessionalBasic,
        Category::ProfessionalCore,
        Category::ProfessionalElective,
        Category::Practice,
    ];
}

/// The training forms named in the seed study.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Delivery {
    /// Classroom theory teaching.
    Classroom,
    /// Computer-simulated practice.
    ComputerSimulation,
    /// Project-based enterprise internship (岗位实习).
    EnterpriseInternship,
    /// Lectures by foreign-trade practitioners.
    PractitionerLecture,
    /// Government-subsidised certificate training.
    CertificateTraining,
    /// Entrepreneurship mentoring.
    EntrepreneurshipMentoring,
}

impl Delivery {
    pub const ALL: [Delivery; 6] = [
        Delivery::Classroom,
        Delivery::ComputerSimulation,
        Delivery::EnterpriseInternship,
        Delivery::PractitionerLecture,
        Delivery::CertificateTraining,
        Delivery::EntrepreneurshipMentoring,
    ];
}

/// Who runs the module with the school.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Partner {
    School,
    Enterprise,
    Government,
}
