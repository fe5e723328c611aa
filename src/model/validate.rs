//! Semantic checks of a plan: what a file can get wrong while still being valid RON.

use std::collections::{HashMap, HashSet};

pub use super::finding::{Finding, IdKind, Location, NamedPart, Problem, RuleIssue, Severity};
use super::{IndustryId, Module, ModuleId, Plan, SkillId};

/// Every semantic problem of a plan, in file order: definitions, terms, requisites.
pub fn validate(plan: &Plan) -> Vec<Finding> {
    let mut findings = validate_contents(plan);
    // An imported curriculum (no rules) is a pool of modules without terms by design.
    if plan.terms.is_empty() && !plan.rules.is_no_rules() {
        findings.push(Finding {
            severity: Severity::Warning,
            problem: Problem::NoTerms,
        });
    }
    findings
}

/// What plans, libraries and surveys share: ids, references, survey, hours, terms, cycles.
fn validate_contents(plan: &Plan) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut report = |severity, problem| findings.push(Finding { severity, problem });

    let skill_ids = unique_ids(plan.skills.iter().map(|skill| &skill.id), |id| {
        report(Severity::Error, Problem::DuplicateSkillId(id.clone()))
    });
    let industry_ids = unique_ids(plan.industries.iter().map(|industry| &industry.id), |id| {
        report(Severity::Error, Problem::DuplicateIndustryId(id.clone()))
    });
    let module_ids = unique_ids(plan.modules.iter().map(|module| &module.id), |id| {
        report(Severity::Error, Problem::DuplicateModuleId(id.clone()))
    });

    check_empty_ids(plan, &mut report);
    let mut targets = HashSet::new();
    for industry in &plan.target_industries {
        if !industry_ids.contains(industry) {
            report(
                Severity::Error,
                Problem::UnknownTargetIndustry(industry.clone()),
            );
        } else if !targets.insert(industry) {
            report(
                Severity::Warning,
                Problem::TargetIndustryTwice(industry.clone()),
            );
        }
    }
    if let Some(survey) = &plan.survey {
        check_survey_totals(survey, &mut report);
        let mut weighted = HashSet::new();
        for demand in &survey.skills {
            if !weighted.insert(&demand.skill) {
                report(
                    Severity::Error,
                    Problem::SurveySkillTwice(demand.skill.clone()),
                );
            } else if !skill_ids.contains(&demand.skill) {
                report(
                    Severity::Error,
                    Problem::UnknownSurveySkill(demand.skill.clone()),
                );
            }
            if !(0.0..=1.0).contains(&demand.share) {
                report(
                    Severity::Error,
                    Problem::ShareOutOfRange {
                        skill: demand.skill.clone(),
                        share: demand.share,
                    },
                );
            }
        }
    }

    let mut codes: HashMap<&str, &ModuleId> = HashMap::new();
    for module in &plan.modules {
        check_identity(module, &mut codes, &mut report);
        check_module_references(module, &skill_ids, &industry_ids, &module_ids, &mut report);
        check_hours(module, &mut report);
    }

    let placement = check_terms(plan, &module_ids, &mut report);
    super::schedule_checks::check_time(plan, &mut report);
    super::schedule_checks::check_groups(plan, &mut report);
    check_credited(plan, &placement, &mut report);
    check_requisite_timing(plan, &module_ids, &placement, &mut report);
    for cycle in requisite_cycles(&plan.modules) {
        report(Severity::Error, Problem::RequisiteCycle { modules: cycle });
    }
    findings
}

/// Ids must name something: an empty one cannot be referred to, nor told from another.
fn check_empty_ids(plan: &Plan, report: &mut impl FnMut(Severity, Problem)) {
    let empty = [
        (
            IdKind::Module,
            plan.modules
                .iter()
                .any(|module| module.id.as_str().trim().is_empty()),
        ),
        (
            IdKind::Skill,
            plan.skills
                .iter()
                .any(|skill| skill.id.as_str().trim().is_empty()),
        ),
        (
            IdKind::Industry,
            plan.industries
                .iter()
                .any(|industry| industry.id.as_str().trim().is_empty()),
        ),
    ];
    for (kind, found) in empty {
        if found {
            report(Severity::Error, Problem::EmptyId(kind));
        }
    }
}

/// Shares that stand for nobody, or want nothing, give no alignment to speak of.
fn check_survey_totals(survey: &super::Survey, report: &mut impl FnMut(Severity, Problem)) {
    if survey.skills.is_empty() {
        report(Severity::Warning, Problem::SurveyWithoutSkills);
        return;
    }
    if survey.respondents == 0 {
        report(Severity::Warning, Problem::NoRespondents);
    }
    if survey.skills.iter().all(|demand| demand.share == 0.0) {
        report(Severity::Warning, Problem::NoDemand);
    }
}

fn unique_ids<'a, Id: Eq + std::hash::Hash + 'a>(
    ids: impl Iterator<Item = &'a Id>,
    mut on_duplicate: impl FnMut(&Id),
) -> HashSet<&'a Id> {
    let mut seen = HashSet::new();
    let mut reported = HashSet::new();
    for id in ids {
        if !seen.insert(id) && reported.insert(id) {
            on_duplicate(id);
        }
    }
    seen
}

/// A code that is there and unique, and a name in at least one language.
fn check_identity<'a>(
    module: &'a Module,
    codes: &mut HashMap<&'a str, &'a ModuleId>,
    report: &mut impl FnMut(Severity, Problem),
) {
    let code = module.code.trim();
    if code.is_empty() {
        report(Severity::Error, Problem::BlankModuleCode(module.id.clone()));
    } else if let Some(first) = codes.get(code) {
        // The same definition listed twice is a duplicate id, reported once as such.
        if **first != module.id {
            report(
                Severity::Error,
                Problem::DuplicateModuleCode {
                    module: module.id.clone(),
                    code: code.to_owned(),
                    first: (*first).clone(),
                },
            );
        }
    } else {
        codes.insert(code, &module.id);
    }
    if module.name.zh.trim().is_empty() && module.name.en.trim().is_empty() {
        report(Severity::Error, Problem::UnnamedModule(module.id.clone()));
    }
}

/// What the inspector shows for a module being edited: every finding about this one
/// module, as `validate` would report it were the draft applied.
pub fn check_module(plan: &Plan, module: &Module) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut report = |severity, problem| findings.push(Finding { severity, problem });
    let code = module.code.trim();
    if code.is_empty() {
        report(Severity::Error, Problem::BlankModuleCode(module.id.clone()));
    } else if let Some(first) = plan
        .modules
        .iter()
        .find(|other| other.id != module.id && other.code.trim() == code)
    {
        report(
            Severity::Error,
            Problem::DuplicateModuleCode {
                module: module.id.clone(),
                code: code.to_owned(),
                first: first.id.clone(),
            },
        );
    }
    if module.name.zh.trim().is_empty() && module.name.en.trim().is_empty() {
        report(Severity::Error, Problem::UnnamedModule(module.id.clone()));
    }
    check_hours(module, &mut report);
    findings
}

fn check_module_references(
    module: &Module,
    skill_ids: &HashSet<&SkillId>,
    industry_ids: &HashSet<&IndustryId>,
    module_ids: &HashSet<&ModuleId>,
    report: &mut impl FnMut(Severity, Problem),
) {
    let mut levelled = HashSet::new();
    for entry in &module.skills {
        if !skill_ids.contains(&entry.skill) {
            report(
                Severity::Error,
                Problem::UnknownSkill {
                    module: module.id.clone(),
                    skill: entry.skill.clone(),
                },
            );
        } else if !levelled.insert(&entry.skill) {
            report(
                Severity::Error,
                Problem::SkillListedTwice {
                    module: module.id.clone(),
                    skill: entry.skill.clone(),
                },
            );
        }
    }
    let mut served = HashSet::new();
    for industry in &module.industries {
        if !industry_ids.contains(industry) {
            report(
                Severity::Error,
                Problem::UnknownIndustry {
                    module: module.id.clone(),
                    industry: industry.clone(),
                },
            );
        } else if !served.insert(industry) {
            report(
                Severity::Warning,
                Problem::IndustryListedTwice {
                    module: module.id.clone(),
                    industry: industry.clone(),
                },
            );
        }
    }
    for requisite in module.requisites() {
        if !module_ids.contains(requisite) {
            report(
                Severity::Error,
                Problem::UnknownRequisite {
                    module: module.id.clone(),
                    requisite: requisite.clone(),
                },
            );
        }
    }
}

/// Class hours one credit stands for in a taught module, as Chinese plan documents count
/// them (教职成〔2019〕13号 gives 16–18; a plan's rule book may check a range of its own).
const HOURS_PER_CREDIT: (f64, f64) = (16.0, 18.0);
/// All-practice modules count either per hour (16–18) or, for internships and training
/// weeks, one credit a week of 20–30 hours; both are accepted.
const PRACTICE_HOURS_PER_CREDIT: (f64, f64) = (16.0, 30.0);

/// Chinese plan documents count 16–18 class hours per credit, and one credit per practice week.
fn check_hours(module: &Module, report: &mut impl FnMut(Severity, Problem)) {
    if !module.credits.is_finite() || module.credits < 0.0 {
        report(
            Severity::Error,
            Problem::InvalidCredits {
                module: module.id.clone(),
                credits: module.credits,
            },
        );
        return;
    }
    if module.credits == 0.0 {
        return; // counted in hours only, as short courses are (see `check_credited`)
    }
    let (low, high) = if module.is_all_practice() {
        PRACTICE_HOURS_PER_CREDIT
    } else {
        HOURS_PER_CREDIT
    };
    let (min_hours, max_hours) = (low * module.credits, high * module.credits);
    let hours = f64::from(module.hours());
    if hours < min_hours || hours > max_hours {
        report(
            Severity::Warning,
            Problem::HoursDoNotFitCredits {
                module: module.id.clone(),
                hours: module.hours(),
                credits: module.credits,
                min_hours,
                max_hours,
            },
        );
    }
}

/// A plan that counts credits would silently leave a placed module with hours but 0 credits
/// out of its hours-per-credit rule; short courses count hours only, libraries place nothing.
fn check_credited(
    plan: &Plan,
    placement: &HashMap<&ModuleId, (usize, usize)>,
    report: &mut impl FnMut(Severity, Problem),
) {
    let counts_credits =
        plan.kind != super::ProgrammeKind::ShortCourse && !plan.rules.is_no_rules();
    if !counts_credits {
        return;
    }
    for module in &plan.modules {
        if module.credits == 0.0 && module.hours() > 0 && placement.contains_key(&module.id) {
            report(
                Severity::Warning,
                Problem::TaughtWithoutCredits {
                    module: module.id.clone(),
                    hours: module.hours(),
                },
            );
        }
    }
}

/// Checks that every term entry names a module, once per term; returns each module's first
/// and last term.
fn check_terms<'a>(
    plan: &'a Plan,
    module_ids: &HashSet<&ModuleId>,
    report: &mut impl FnMut(Severity, Problem),
) -> HashMap<&'a ModuleId, (usize, usize)> {
    let mut placement: HashMap<&ModuleId, (usize, usize)> = HashMap::new();
    for (term_index, term) in plan.terms.iter().enumerate() {
        for module in term.module_ids() {
            if !module_ids.contains(module) {
                report(
                    Severity::Error,
                    Problem::UnknownModuleInTerm {
                        term: term_index,
                        module: module.clone(),
                    },
                );
                continue;
            }
            placement
                .entry(module)
                .or_insert((term_index, term_index))
                .1 = term_index;
        }
        let mut seen = HashSet::new();
        for module in term.module_ids() {
            if !seen.insert(module) && module_ids.contains(module) {
                report(
                    Severity::Error,
                    Problem::ModuleTwiceInTerm {
                        module: module.clone(),
                        term: term_index,
                    },
                );
            }
        }
    }
    placement
}

fn check_requisite_timing(
    plan: &Plan,
    module_ids: &HashSet<&ModuleId>,
    placement: &HashMap<&ModuleId, (usize, usize)>,
    report: &mut impl FnMut(Severity, Problem),
) {
    // A module starts in its first term; a prerequisite must be done by then (its last term
    // earlier), a co-requisite must have started by its last term.
    for module in &plan.modules {
        let Some(&(module_term, _)) = placement.get(&module.id) else {
            continue;
        };
        let known = |id: &&ModuleId| module_ids.contains(*id);
        for prerequisite in module.prerequisites.iter().filter(known) {
            match placement.get(prerequisite) {
                None => report(
                    Severity::Warning,
                    Problem::RequisiteNotScheduled {
                        module: module.id.clone(),
                        requisite: prerequisite.clone(),
                    },
                ),
                Some(&(_, prerequisite_term)) if prerequisite_term >= module_term => report(
                    Severity::Error,
                    Problem::PrerequisiteNotEarlier {
                        module: module.id.clone(),
                        module_term,
                        prerequisite: prerequisite.clone(),
                        prerequisite_term,
                    },
                ),
                Some(_) => {}
            }
        }
        for corequisite in module.corequisites.iter().filter(known) {
            match placement.get(corequisite) {
                None => report(
                    Severity::Warning,
                    Problem::RequisiteNotScheduled {
                        module: module.id.clone(),
                        requisite: corequisite.clone(),
                    },
                ),
                Some(&(corequisite_term, _)) if corequisite_term > module_term => report(
                    Severity::Error,
                    Problem::CorequisiteLater {
                        module: module.id.clone(),
                        module_term,
                        corequisite: corequisite.clone(),
                        corequisite_term,
                    },
                ),
                Some(_) => {}
            }
        }
    }
}

/// Cycles in the requisite graph (prerequisites and co-requisites alike), each once.
///
/// Iterative depth-first search, so that a long chain of 20,000 modules cannot overflow
/// the stack; each back edge yields at most one cycle, so the output stays small.
pub fn requisite_cycles(modules: &[Module]) -> Vec<Vec<ModuleId>> {
    let index: HashMap<&ModuleId, usize> = modules
        .iter()
        .enumerate()
        .map(|(position, module)| (&module.id, position))
        .collect();
    let edges: Vec<Vec<usize>> = modules
        .iter()
        .map(|module| {
            module
                .requisites()
                .filter_map(|requisite| index.get(requisite).copied())
                .collect()
        })
        .collect();

    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut marks = vec![Mark::New; modules.len()];
    let mut cycles = Vec::new();
    let mut reported: HashSet<Vec<usize>> = HashSet::new();
    for start in 0..modules.len() {
        if marks[start] != Mark::New {
            continue;
        }
        // (vertex, next edge to follow)
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        marks[start] = Mark::OnPath;
        while let Some(&mut (vertex, ref mut next_edge)) = path.last_mut() {
            if let Some(&target) = edges[vertex].get(*next_edge) {
                *next_edge += 1;
                match marks[target] {
                    Mark::New => {
                        marks[target] = Mark::OnPath;
                        path.push((target, 0));
                    }
                    Mark::OnPath => {
                        let from = path
                            .iter()
                            .position(|&(on_path, _)| on_path == target)
                            .unwrap_or(0);
                        // A requisite points backwards in time: list the cycle in teaching order.
                        let mut cycle: Vec<usize> = path[from..]
                            .iter()
                            .map(|&(on_path, _)| on_path)
                            .rev()
                            .collect();
                        let mut key = cycle.clone();
                        key.sort_unstable();
                        if reported.insert(key) {
                            let lowest = cycle
                                .iter()
                                .enumerate()
                                .min_by_key(|&(_, &vertex)| vertex)
                                .map_or(0, |(at, _)| at);
                            cycle.rotate_left(lowest);
                            cycles.push(
                                cycle
                                    .into_iter()
                                    .map(|vertex| modules[vertex].id.clone())
                                    .collect(),
                            );
                        }
                    }
                    Mark::Done => {}
                }
            } else {
                marks[vertex] = Mark::Done;
                path.pop();
            }
        }
    }
    cycles
}

/// Checks a module library as a plan with no terms: ids, references, hours, cycles.
pub fn validate_library(library: &super::Library) -> Vec<Finding> {
    validate_contents(&Plan {
        format_version: library.format_version,
        title: Default::default(),
        kind: super::ProgrammeKind::ShortCourse,
        term_system: Default::default(),
        institution: Default::default(),
        rules: super::RulesProfile::book(super::NO_RULES_BOOK),
        target_industries: Vec::new(),
        terms: Vec::new(),
        elective_groups: Vec::new(),
        survey: None,
        skills: library.skills.clone(),
        industries: library.industries.clone(),
        modules: library.modules.clone(),
        document: Default::default(),
    })
}

/// Checks a survey file: known skills, shares between 0 and 1, no duplicate ids.
pub fn validate_survey(document: &super::SurveyDocument) -> Vec<Finding> {
    validate_contents(&Plan {
        format_version: document.format_version,
        title: Default::default(),
        kind: super::ProgrammeKind::ShortCourse,
        term_system: Default::default(),
        institution: Default::default(),
        rules: super::RulesProfile::book(super::NO_RULES_BOOK),
        target_industries: Vec::new(),
        terms: Vec::new(),
        elective_groups: Vec::new(),
        survey: Some(document.survey.clone()),
        skills: document.skills.clone(),
        industries: Vec::new(),
        modules: Vec::new(),
        document: Default::default(),
    })
}

/// Checks a rule book: ids once each, limits in order, shares within 0–1, figures not below
/// zero, every course rule naming its course.
pub fn validate_rule_book(book: &super::RuleBook) -> Vec<Finding> {
    use super::RuleKind;
    let mut findings = Vec::new();
    let mut seen = HashSet::new();
    for rule in &book.rules {
        let mut report = |issue| {
            findings.push(Finding {
                severity: Severity::Error,
                problem: Problem::RuleProblem {
                    rule: rule.id.clone(),
                    issue,
                },
            })
        };
        if !seen.insert(rule.id.as_str()) {
            report(RuleIssue::DuplicateId);
        }
        let bounds = match &rule.check {
            RuleKind::TotalHours { at_least, at_most }
            | RuleKind::TotalCredits { at_least, at_most }
            | RuleKind::ModuleCount {
                at_least, at_most, ..
            }
            | RuleKind::InternshipMonths {
                at_least, at_most, ..
            }
            | RuleKind::ShareOfHours {
                at_least, at_most, ..
            } => (*at_least, *at_most),
            RuleKind::HoursPerCredit { from, to } => (Some(*from), Some(*to)),
            RuleKind::Course {
                hours,
                credits,
                weeks,
                ..
            } => {
                if [hours, credits, weeks]
                    .into_iter()
                    .flatten()
                    .any(|figure| !figure.is_finite() || *figure < 0.0)
                {
                    report(RuleIssue::InvalidFigure);
                }
                (None, None)
            }
            RuleKind::EveryTerm {
                hours_each_term, ..
            } => (*hours_each_term, None),
        };
        let figures = [bounds.0, bounds.1];
        if figures
            .iter()
            .flatten()
            .any(|figure| !figure.is_finite() || *figure < 0.0)
        {
            report(RuleIssue::InvalidFigure);
        } else if let (Some(low), Some(high)) = bounds
            && low > high
        {
            report(RuleIssue::LimitsInverted);
        }
        if matches!(rule.check, RuleKind::ShareOfHours { .. })
            && figures.iter().flatten().any(|share| *share > 1.0)
        {
            report(RuleIssue::ShareOutOfRange);
        }
        if let RuleKind::Course { course, .. } | RuleKind::EveryTerm { course, .. } = &rule.check
            && course.codes.is_empty()
            && course.names.iter().all(|name| name.trim().is_empty())
            && course.tags.is_empty()
        {
            report(RuleIssue::NoCourseNamed);
        }
    }
    findings
}
