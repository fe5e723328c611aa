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
    /// 专业名称, e.g. 跨境电子商务.
    pub major: Names,
    /// 专业代码 from the MOE catalogue, e.g. 530701.
    pub major_code: String,
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
}

/// A row of the 职业面向 table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Occupation {
    /// 所属行业 (the sector, with its code where the catalogue gives one).
    pub sector: Names,
    /// 主要职业类别.
    pub occupation: Names,
    /// 主要岗位（群）或技术领域.
    pub posts: Names,
    /// 职业资格证书或职业技能等级证书.
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
