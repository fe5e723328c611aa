//! The programme document's own text (人才培养方案): what the MOE 2019 guidance on vocational
//! programme plans asks a plan to state besides its modules and terms — the major, who may
//! enrol, the occupations it serves, its objective and specifications, what the school
//! provides and what a graduate must have done. Every field may be empty: a new or imported
//! plan prints "not stated yet" rather than failing.

use serde::{Deserialize, Serialize};

use super::{Names, SkillId};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProgrammeDocument {
    /// What the cover states besides the institution and the title.
    #[serde(skip_serializing_if = "CoverDetails::is_empty")]
    pub cover: CoverDetails,
    /// 专业名称, e.g. 跨境电子商务.
    pub major: Names,
    /// 专业代码 from the MOE catalogue, e.g. 530702.
    pub major_code: String,
    /// 所属专业大类（代码） in the catalogue, e.g. 财经商贸大类（53）: the first column of 职业面向.
    #[serde(skip_serializing_if = "Names::is_empty")]
    pub major_group: Names,
    /// 所属专业类（代码）, e.g. 电子商务类（5307）: the second column of 职业面向.
    #[serde(skip_serializing_if = "Names::is_empty")]
    pub major_class: Names,
    /// 入学要求.
    pub entry_requirement: Names,
    /// 修业年限, as the document words it ("三年", "基本修业年限三年，弹性三至五年").
    pub length_of_study: Names,
    /// 职业面向: one row per occupation the programme leads to.
    pub occupations: Vec<Occupation>,
    /// 培养目标.
    pub objective: Names,
    /// 培养规格.
    pub specifications: Specifications,
    /// 实施保障.
    pub guarantees: Guarantees,
    /// 毕业要求, one item each.
    pub graduation_requirements: Vec<Names>,
    /// A Typst template in the plan's folder to print with instead of the app's own; a file
    /// name only, never a path elsewhere (plans come from colleagues by mail).
    pub template: Option<String>,
    /// A short course's own sections (培训方案): who is trained, when, by whom, how.
    #[serde(skip_serializing_if = "TrainingDetails::is_empty")]
    pub training: TrainingDetails,
}

/// The cover's lines a teaching office looks for: which school of the college, for which
/// intake, who leads the programme and who wrote the document, and when.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CoverDetails {
    /// 二级学院 (the school or department within the college).
    pub school: Names,
    /// 适用年级, e.g. 2025级.
    pub intake: Names,
    /// 专业负责人.
    pub leader: Names,
    /// 编制人员.
    pub authors: Names,
    /// 制订日期, as the document prints it (e.g. 2025年6月).
    pub drawn_up: Names,
    /// 修订日期, empty when the plan was never revised.
    pub revised: Names,
}

impl CoverDetails {
    pub fn is_empty(&self) -> bool {
        [
            &self.school,
            &self.intake,
            &self.leader,
            &self.authors,
            &self.drawn_up,
            &self.revised,
        ]
        .iter()
        .all(|names| names.is_empty())
    }
}

/// A short course's sections in place of a diploma programme's: the training plan
/// (培训方案) an enterprise or a county bureau asks for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TrainingDetails {
    /// 培训目标.
    pub objective: Names,
    /// 培训对象: who, how many, their entry level.
    pub trainees: Names,
    /// 时间与地点: dates and venue.
    pub time_and_place: Names,
    /// 师资: trainers, including enterprise practitioners.
    pub trainers: Names,
    /// 考核与结业: attendance, assessment, completion certificate.
    pub completion: Names,
    /// 组织与经费: organiser, partner firms, funding.
    pub organisation: Names,
}

/// A row of the 职业面向 table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Occupation {
    /// 对应行业（代码） (the sector, with its code in GB/T 4754).
    pub sector: Names,
    /// 主要职业类别（代码）.
    pub occupation: Names,
    /// 主要岗位类别（或技术领域）.
    pub posts: Names,
    /// 职业资格证书或技能等级证书举例.
    pub certificates: Names,
}

/// 培养规格 in the three lists the guidance names.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Specifications {
    /// 素质.
    pub quality: Vec<Specification>,
    /// 知识.
    pub knowledge: Vec<Specification>,
    /// 能力.
    pub ability: Vec<Specification>,
}

impl Specifications {
    pub fn is_empty(&self) -> bool {
        self.quality.is_empty() && self.knowledge.is_empty() && self.ability.is_empty()
    }
}

/// One item of a specification list; an ability may name the survey skills it stands for,
/// which ties the printed specification to the survey's figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Specification {
    pub text: Names,
    pub skills: Vec<SkillId>,
}

/// 实施保障: what the school provides so that the plan can be taught.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Guarantees {
    /// 师资队伍.
    pub staff: Names,
    /// 教学设施.
    pub facilities: Names,
    /// 教学资源.
    pub resources: Names,
    /// 教学方法.
    pub methods: Names,
    /// 学习评价.
    pub assessment: Names,
    /// 质量管理.
    pub quality_management: Names,
}

impl TrainingDetails {
    pub fn is_empty(&self) -> bool {
        [
            &self.objective,
            &self.trainees,
            &self.time_and_place,
            &self.trainers,
            &self.completion,
            &self.organisation,
        ]
        .iter()
        .all(|names| names.is_empty())
    }
}

/// How a module is assessed, as the schedule's 考核方式 column says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Assessment {
    /// 考试: a written or practical examination.
    Exam,
    /// 考查: assessed coursework, projects, reports.
    Coursework,
}

impl Assessment {
    pub const ALL: [Assessment; 2] = [Assessment::Exam, Assessment::Coursework];
}
