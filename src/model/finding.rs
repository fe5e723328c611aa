//! What a check of a plan finds: the problem, how grave, and where in the file it is.

use super::{GroupId, IndustryId, ModuleId, SkillId};

/// One problem found in a plan, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    pub problem: Problem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The plan is inconsistent: analyses would be wrong.
    Error,
    /// The plan is consistent but probably not what was meant.
    Warning,
}

/// Terms are counted from 0 here and shown from 1.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    DuplicateModuleId(ModuleId),
    DuplicateSkillId(SkillId),
    DuplicateIndustryId(IndustryId),
    /// A module whose code is blank: plan documents and timetables list modules by code.
    BlankModuleCode(ModuleId),
    /// Two modules with one code (`module` is the later one in the file).
    DuplicateModuleCode {
        module: ModuleId,
        code: String,
        first: ModuleId,
    },
    /// A module with neither a Chinese nor an English name.
    UnnamedModule(ModuleId),
    /// A name edited in one language while the other still holds the app's default
    /// ("新建课程" beside "Alibaba.com workshop"): the document in that language would print it.
    NameLeftDefault {
        part: NamedPart,
        /// The language whose name is still the default.
        default_in: super::Language,
        default: String,
        edited: String,
    },
    UnknownModuleInTerm {
        term: usize,
        module: ModuleId,
    },
    /// A module listed twice in one term (a module may run in several terms, once in each).
    ModuleTwiceInTerm {
        module: ModuleId,
        term: usize,
    },
    /// The hours a module's placements state (weekly hours × weeks, hours) differ from its
    /// hours; `term` is its last placement.
    PlacedHoursDiffer {
        module: ModuleId,
        term: usize,
        placed: u32,
        hours: u32,
    },
    /// A placement in a term of weeks given as plain hours (an older plan whose hours did not
    /// divide into whole weekly hours).
    HoursWithoutWeeklyForm {
        module: ModuleId,
        term: usize,
        hours: u32,
        teaching_weeks: u32,
    },
    /// A placement taught over more weeks than its term teaches.
    LongerThanTeachingWeeks {
        module: ModuleId,
        term: usize,
        weeks: u32,
        teaching_weeks: u32,
    },
    /// Blocks of practice that need more weeks than the term leaves beside teaching and
    /// exams; `module` is the last block placed there.
    BlocksOverfillTerm {
        module: ModuleId,
        term: usize,
        block_weeks: u32,
        free_weeks: u32,
    },
    /// A term's kinds of week that do not add up to its weeks.
    CalendarDoesNotAddUp {
        term: usize,
        kinds: u32,
        weeks: u32,
    },
    /// Weekly hours or block weeks in a short course's phase, which counts hours.
    WeeksInPhase {
        module: ModuleId,
        term: usize,
    },
    DuplicateGroupId(GroupId),
    /// A rule of a rule book that cannot be checked as written.
    RuleProblem {
        rule: String,
        issue: RuleIssue,
    },
    UnknownModuleInGroup {
        group: GroupId,
        module: ModuleId,
    },
    ModuleInTwoGroups {
        module: ModuleId,
        first: GroupId,
        second: GroupId,
    },
    /// A module a group offers that no term places: no student can take it.
    GroupModuleNotPlaced {
        group: GroupId,
        module: ModuleId,
    },
    /// A group that places fewer credits or modules than a student must take from it.
    GroupCannotBeMet {
        group: GroupId,
        offered_credits: f64,
        min_credits: f64,
        offered_modules: u32,
        min_modules: u32,
    },
    /// An elective (by category) in no group of a plan that has groups: every student takes it.
    ElectiveInNoGroup(ModuleId),
    UnknownRequisite {
        module: ModuleId,
        requisite: ModuleId,
    },
    RequisiteCycle {
        modules: Vec<ModuleId>,
    },
    PrerequisiteNotEarlier {
        module: ModuleId,
        module_term: usize,
        prerequisite: ModuleId,
        prerequisite_term: usize,
    },
    CorequisiteLater {
        module: ModuleId,
        module_term: usize,
        corequisite: ModuleId,
        corequisite_term: usize,
    },
    RequisiteNotScheduled {
        module: ModuleId,
        requisite: ModuleId,
    },
    /// A module with hours but 0 credits in a plan that counts credits.
    TaughtWithoutCredits {
        module: ModuleId,
        hours: u32,
    },
    HoursDoNotFitCredits {
        module: ModuleId,
        hours: u32,
        credits: f64,
        min_hours: f64,
        max_hours: f64,
    },
    InvalidCredits {
        module: ModuleId,
        credits: f64,
    },
    UnknownSkill {
        module: ModuleId,
        skill: SkillId,
    },
    SkillListedTwice {
        module: ModuleId,
        skill: SkillId,
    },
    UnknownIndustry {
        module: ModuleId,
        industry: IndustryId,
    },
    UnknownTargetIndustry(IndustryId),
    UnknownSurveySkill(SkillId),
    ShareOutOfRange {
        skill: SkillId,
        share: f64,
    },
    /// A survey that names a skill twice; the analyses count its first share only.
    SurveySkillTwice(SkillId),
    /// A module that names one industry twice (counted once).
    IndustryListedTwice {
        module: ModuleId,
        industry: IndustryId,
    },
    /// A target industry listed twice (counted once).
    TargetIndustryTwice(IndustryId),
    /// A module, skill or industry whose id is empty: nothing can refer to it.
    EmptyId(IdKind),
    /// A survey with shares but no respondents: the shares stand for nobody.
    NoRespondents,
    /// A survey that names no skill (an import whose options matched none): nothing to align
    /// a plan with.
    SurveyWithoutSkills,
    /// A survey whose shares are all 0: no skill is wanted, so nothing can be aligned.
    NoDemand,
    /// A plan with no terms: no module is taught, so totals and rules count nothing.
    NoTerms,
}

/// What kind of thing an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    Module,
    Skill,
    Industry,
}

/// What a name belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamedPart {
    Title,
    Term(usize),
    Module(ModuleId),
}

/// Where a finding points, so that a view can select it and the CLI can find its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    Module(ModuleId),
    /// One field of a module's definition (`code`, `name`).
    ModuleField(ModuleId, &'static str),
    Term {
        term: usize,
        module: ModuleId,
    },
    /// A term's calendar (or the term itself).
    TermCalendar(usize),
    /// An elective group's definition.
    Group(GroupId),
    Skill(SkillId),
    Industry(IndustryId),
    Survey(SkillId),
    /// A field of the document or its survey by name (`terms`, `respondents`, `survey`).
    Field(&'static str),
    /// A rule of a rule book, by its id.
    Rule(String),
}

/// What is wrong with a rule as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleIssue {
    /// Another rule of the book has the same id.
    DuplicateId,
    /// Its lower limit lies above its upper one.
    LimitsInverted,
    /// A share outside 0–1 (a share is written 0.25, not 25).
    ShareOutOfRange,
    /// A figure below zero, or not a number.
    InvalidFigure,
    /// A course rule that names no code, word or tag.
    NoCourseNamed,
}

impl Problem {
    pub fn location(&self) -> Location {
        use Problem::*;
        match self {
            DuplicateModuleId(module) => Location::Module(module.clone()),
            BlankModuleCode(module) | DuplicateModuleCode { module, .. } => {
                Location::ModuleField(module.clone(), "code")
            }
            UnnamedModule(module) => Location::ModuleField(module.clone(), "name"),
            NameLeftDefault { part, .. } => match part {
                NamedPart::Title => Location::Field("title"),
                NamedPart::Term(term) => Location::TermCalendar(*term),
                NamedPart::Module(module) => Location::ModuleField(module.clone(), "name"),
            },
            DuplicateSkillId(skill) => Location::Skill(skill.clone()),
            DuplicateIndustryId(industry) | UnknownTargetIndustry(industry) => {
                Location::Industry(industry.clone())
            }
            UnknownModuleInTerm { term, module } => Location::Term {
                term: *term,
                module: module.clone(),
            },
            ModuleTwiceInTerm { module, term }
            | PlacedHoursDiffer { module, term, .. }
            | HoursWithoutWeeklyForm { module, term, .. }
            | LongerThanTeachingWeeks { module, term, .. }
            | BlocksOverfillTerm { module, term, .. }
            | WeeksInPhase { module, term } => Location::Term {
                term: *term,
                module: module.clone(),
            },
            CalendarDoesNotAddUp { term, .. } => Location::TermCalendar(*term),
            RuleProblem { rule, .. } => Location::Rule(rule.clone()),
            DuplicateGroupId(group)
            | UnknownModuleInGroup { group, .. }
            | GroupModuleNotPlaced { group, .. }
            | GroupCannotBeMet { group, .. } => Location::Group(group.clone()),
            ModuleInTwoGroups { second, .. } => Location::Group(second.clone()),
            ElectiveInNoGroup(module) => Location::Module(module.clone()),
            RequisiteCycle { modules } => {
                Location::Module(modules.first().cloned().unwrap_or_default())
            }
            UnknownRequisite { module, .. }
            | PrerequisiteNotEarlier { module, .. }
            | CorequisiteLater { module, .. }
            | RequisiteNotScheduled { module, .. }
            | HoursDoNotFitCredits { module, .. }
            | TaughtWithoutCredits { module, .. }
            | InvalidCredits { module, .. }
            | UnknownSkill { module, .. }
            | SkillListedTwice { module, .. }
            | UnknownIndustry { module, .. } => Location::Module(module.clone()),
            UnknownSurveySkill(skill) | ShareOutOfRange { skill, .. } | SurveySkillTwice(skill) => {
                Location::Survey(skill.clone())
            }
            IndustryListedTwice { module, .. } => Location::Module(module.clone()),
            TargetIndustryTwice(industry) => Location::Industry(industry.clone()),
            EmptyId(IdKind::Module) => Location::Module(ModuleId::default()),
            EmptyId(IdKind::Skill) => Location::Skill(SkillId::default()),
            EmptyId(IdKind::Industry) => Location::Industry(IndustryId::default()),
            NoRespondents => Location::Field("respondents"),
            NoDemand | SurveyWithoutSkills => Location::Field("survey"),
            NoTerms => Location::Field("terms"),
        }
    }
}

impl Problem {
    /// Errors under which a report's figures would be wrong rather than incomplete: which
    /// of two definitions counts, a credit that is not a number, a share beyond 0..1, a term
    /// listing a module whose hours cannot be counted. `report` withholds its figures then.
    pub fn distorts_figures(&self) -> bool {
        matches!(
            self,
            Problem::DuplicateModuleId(_)
                | Problem::InvalidCredits { .. }
                | Problem::ShareOutOfRange { .. }
                | Problem::UnknownModuleInTerm { .. }
        )
    }

    /// Problems that stop an edited module from being applied: without a unique code or
    /// any name it could not be told apart in the plan.
    pub fn blocks_applying(&self) -> bool {
        matches!(
            self,
            Problem::BlankModuleCode(_)
                | Problem::DuplicateModuleCode { .. }
                | Problem::UnnamedModule(_)
        )
    }
}
