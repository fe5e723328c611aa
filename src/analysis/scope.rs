use compact_str::CompactString;

use crate::model::{Category, Delivery, Level, Module, ModuleId, PlacementTime, Plan};

use super::choice::{GroupChoice, group_choices, member_groups};
use super::interner::Interner;
use super::module_id_table::ModuleIdTable;
use super::rows::Rows;

/// The modules an analysis counts, with their term: those placed in terms, in term order;
/// or, for a plan without terms (an imported curriculum), every module it defines.
///
/// Built once per report and shared by every analysis. It reads each module once and keeps
/// what the analyses need in flat arrays, with every id already turned into a number: on a
/// 20,000-module curriculum the plan is far larger than the processor's cache, so each pass
/// over the modules themselves, and each id looked up, costs memory traffic, not arithmetic.
pub struct Scope<'a> {
    pub modules: Vec<(Option<usize>, &'a Module)>,
    /// Per module in scope, in the same order.
    pub facts: Vec<Facts>,
    /// Per module, the positions in `modules` of its requisites that are in scope, each once.
    pub requisites: Rows<u32>,
    /// Per module, its skill levels, the skill numbered as in `skill_names`.
    pub skills: Rows<(u32, Level)>,
    pub skill_names: Vec<&'a str>,
    /// Per module, the industries it serves, each once, numbered as in `industry_names`.
    pub industries: Rows<u32>,
    pub industry_names: Vec<&'a str>,
    /// The plan's elective groups as a student's path takes them.
    pub groups: Vec<GroupChoice>,
    /// Every placement, as (term, position in scope, time), in term order.
    pub placements: Vec<(u32, u32, PlacementTime)>,
    /// The plan's module ids in definition order, and the definition of each module in
    /// scope: reports copy ids from this compact array rather than from the modules.
    keys: Vec<CompactString>,
    definitions: Vec<u32>,
}

/// The numbers of a module that totals and rules add up.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    pub credits: f64,
    /// How much of the module is on a student's path: 1 for a required module, its group's
    /// share for an elective (`choice`).
    pub path_share: f64,
    /// The module's elective group (a position in `Scope::groups`), `NO_GROUP` if required.
    group: u32,
    /// The term index, `NO_TERM` for a plan without terms.
    term: u32,
    pub theory_hours: u32,
    pub practice_hours: u32,
    pub category: Category,
    pub delivery: Delivery,
}

impl Facts {
    fn of(term: Option<usize>, module: &Module, group: Option<(u32, f64)>) -> Self {
        Self {
            credits: module.credits,
            path_share: group.map_or(1.0, |(_, share)| share),
            group: group.map_or(NO_GROUP, |(group, _)| group),
            // Term indices fit in u32: a plan has a few dozen terms at most.
            term: term.map_or(NO_TERM, |term| term as u32),
            theory_hours: module.theory_hours,
            practice_hours: module.practice_hours,
            category: module.category,
            delivery: module.delivery,
        }
    }

    /// The module's elective group, a position in `Scope::groups`; `None` if required.
    pub fn group(&self) -> Option<usize> {
        (self.group != NO_GROUP).then_some(self.group as usize)
    }

    pub fn term(&self) -> Option<usize> {
        (self.term != NO_TERM).then_some(self.term as usize)
    }

    pub fn hours(&self) -> u32 {
        self.theory_hours.saturating_add(self.practice_hours)
    }

    /// Internships and training weeks: no theory hours at all.
    pub fn is_all_practice(&self) -> bool {
        self.theory_hours == 0 && self.practice_hours > 0
    }
}

const OUT_OF_SCOPE: u32 = u32::MAX;
const NO_TERM: u32 = u32::MAX;
const NO_GROUP: u32 = u32::MAX;
/// A requisite not found when its module was gathered, or not found at all.
const PENDING: u32 = u32::MAX;

/// Modules are gathered in blocks of this many: first their ids are picked out of every
/// module of the block (loads that do not wait on each other, so the processor fetches many
/// modules from memory at once), then looked up while those ids are still in cache.
const BLOCK: usize = 256;

impl<'a> Scope<'a> {
    pub fn of(plan: &'a Plan) -> Self {
        let count = plan.modules.len();
        // Each module in scope as (term, definition index), and where each definition
        // stands in scope (`OUT_OF_SCOPE` for those not in it).
        let (entries, position, mut ids, placements) = if plan.terms.is_empty() {
            // Every module, in definition order; its id is filed as its block is gathered,
            // so a large curriculum is read from memory once.
            let entries: Vec<(Option<usize>, u32)> =
                (0..count as u32).map(|index| (None, index)).collect();
            let position = (0..count as u32).collect();
            (
                entries,
                position,
                ModuleIdTable::with_capacity(count),
                Vec::new(),
            )
        } else {
            let ids = ModuleIdTable::of(plan);
            let (entries, position, placements) = scheduled(plan, &ids);
            (entries, position, ids, placements)
        };
        let filing = plan.terms.is_empty();
        let groups = group_choices(plan);
        let members = member_groups(&groups);
        let group_of = |module: &Module| {
            if members.is_empty() {
                return None;
            }
            members
                .get(&module.id)
                .map(|&group| (group, groups[group as usize].share))
        };
        let mut gathered = Gathered::with_capacity(entries.len());
        let mut block = Block::default();
        for chunk in entries.chunks(BLOCK) {
            block.pick(plan, chunk, filing, &group_of, &mut gathered);
            if filing {
                for &id in &block.ids {
                    ids.insert(id);
                }
            }
            gathered.add(&block, &ids);
        }
        let mut scope = gathered.into_scope(&position, ids);
        scope.groups = groups;
        scope.placements = placements
            .into_iter()
            .map(|(term, index, time)| (term, position[index as usize], time))
            .collect();
        scope
    }

    /// The id of the module at `position` in scope.
    pub fn id(&self, position: usize) -> ModuleId {
        ModuleId::new(self.keys[self.definitions[position] as usize].clone())
    }
}

/// The modules the terms list, as (term, definition index), each once; each definition's
/// position among them; and every placement as (term, definition index, time).
fn scheduled(plan: &Plan, ids: &ModuleIdTable) -> Scheduled {
    let mut entries = Vec::with_capacity(plan.modules.len());
    let mut position = vec![OUT_OF_SCOPE; plan.modules.len()];
    let mut placements = Vec::with_capacity(plan.modules.len());
    // Files usually define modules in the order the terms list them: try the definition
    // after the last one found before probing the table.
    let mut next = 0usize;
    for (term, entry) in plan.terms.iter().enumerate() {
        for placement in &entry.modules {
            let id = &placement.module;
            let in_order = plan
                .modules
                .get(next)
                .is_some_and(|module| ids.first[next] && module.id == *id);
            let found = if in_order {
                Some(next)
            } else {
                ids.find(id.as_str())
            };
            let Some(index) = found else {
                continue;
            };
            placements.push((term as u32, index as u32, placement.time));
            // A module placed in several terms is counted once, where first placed.
            if position[index] == OUT_OF_SCOPE {
                position[index] = entries.len() as u32;
                entries.push((Some(term), index as u32));
                next = index + 1;
            }
        }
    }
    (entries, position, placements)
}

/// What `scheduled` finds: entries, positions, placements.
type Scheduled = (
    Vec<(Option<usize>, u32)>,
    Vec<u32>,
    Vec<(u32, u32, PlacementTime)>,
);

/// The ids of one block of modules, picked out of the modules before any is looked up.
#[derive(Default)]
struct Block<'a> {
    /// The modules' own ids, when they are being filed as they are gathered.
    ids: Vec<&'a str>,
    requisites: Vec<&'a ModuleId>,
    /// Per module, where its requisites, skills and industries end in the lists.
    ends: Vec<(u32, u32, u32)>,
    skills: Vec<(&'a str, Level)>,
    industries: Vec<&'a str>,
}

impl<'a> Block<'a> {
    /// Picks the ids out of the modules of `chunk`, and hands `gathered` what needs no
    /// looking up.
    fn pick(
        &mut self,
        plan: &'a Plan,
        chunk: &[(Option<usize>, u32)],
        filing: bool,
        group_of: &impl Fn(&Module) -> Option<(u32, f64)>,
        gathered: &mut Gathered<'a>,
    ) {
        self.ids.clear();
        self.requisites.clear();
        self.ends.clear();
        self.skills.clear();
        self.industries.clear();
        for &(term, index) in chunk {
            let module = &plan.modules[index as usize];
            gathered.modules.push((term, module));
            gathered.definitions.push(index);
            gathered
                .facts
                .push(Facts::of(term, module, group_of(module)));
            if filing {
                self.ids.push(module.id.as_str());
            }
            self.requisites.extend(module.requisites());
            self.skills.extend(
                module
                    .skills
                    .iter()
                    .map(|entry| (entry.skill.as_str(), entry.level)),
            );
            self.industries
                .extend(module.industries.iter().map(|industry| industry.as_str()));
            // Block lists stay far below four billion entries.
            self.ends.push((
                self.requisites.len() as u32,
                self.skills.len() as u32,
                self.industries.len() as u32,
            ));
        }
    }
}

/// What a scope collects while it walks the modules; requisites are definition indices
/// until every position is known.
struct Gathered<'a> {
    modules: Vec<(Option<usize>, &'a Module)>,
    definitions: Vec<u32>,
    facts: Vec<Facts>,
    requisites: Rows<u32>,
    /// Requisites not yet filed when their module was gathered (`PENDING` in `requisites`):
    /// the slot and the id, looked up once every definition is filed.
    pending: Vec<(u32, &'a ModuleId)>,
    skills: Rows<(u32, Level)>,
    skill_names: Interner<'a>,
    industries: Rows<u32>,
    industry_names: Interner<'a>,
}

impl<'a> Gathered<'a> {
    fn with_capacity(modules: usize) -> Self {
        Self {
            modules: Vec::with_capacity(modules),
            definitions: Vec::with_capacity(modules),
            facts: Vec::with_capacity(modules),
            requisites: Rows::with_capacity(modules, modules * 2),
            pending: Vec::new(),
            skills: Rows::with_capacity(modules, modules * 2),
            skill_names: Interner::new(),
            industries: Rows::with_capacity(modules, modules),
            industry_names: Interner::new(),
        }
    }

    /// Looks up the ids of a picked block.
    fn add(&mut self, block: &Block<'a>, ids: &ModuleIdTable) {
        let mut starts = (0usize, 0usize, 0usize);
        for &(requisites, skills, industries) in &block.ends {
            for &requisite in &block.requisites[starts.0..requisites as usize] {
                match ids.find(requisite.as_str()) {
                    Some(index) => self.requisites.push(index as u32),
                    None => {
                        self.pending
                            .push((self.requisites.value_count() as u32, requisite));
                        self.requisites.push(PENDING);
                    }
                }
            }
            self.requisites.finish_row();
            for &(skill, level) in &block.skills[starts.1..skills as usize] {
                let skill = self.skill_names.number(skill);
                self.skills.push((skill, level));
            }
            self.skills.finish_row();
            for &industry in &block.industries[starts.2..industries as usize] {
                let industry = self.industry_names.number(industry);
                if !self.industries.open_row().contains(&industry) {
                    self.industries.push(industry);
                }
            }
            self.industries.finish_row();
            starts = (requisites as usize, skills as usize, industries as usize);
        }
    }

    /// Turns requisite definition indices into positions, leaving out those not in scope.
    fn into_scope(mut self, position: &[u32], ids: ModuleIdTable) -> Scope<'a> {
        for &(slot, id) in &self.pending {
            let index = ids.find(id.as_str()).map_or(PENDING, |index| index as u32);
            self.requisites.set(slot as usize, index);
        }
        let mut requisites = Rows::with_capacity(self.modules.len(), self.requisites.value_count());
        for row in self.requisites.rows() {
            for &index in row {
                let at = position
                    .get(index as usize)
                    .copied()
                    .unwrap_or(OUT_OF_SCOPE);
                if at != OUT_OF_SCOPE && !requisites.open_row().contains(&at) {
                    requisites.push(at);
                }
            }
            requisites.finish_row();
        }
        Scope {
            modules: self.modules,
            facts: self.facts,
            requisites,
            skills: self.skills,
            skill_names: self.skill_names.names().to_vec(),
            industries: self.industries,
            industry_names: self.industry_names.names().to_vec(),
            groups: Vec::new(),
            placements: Vec::new(),
            keys: ids.keys,
            definitions: self.definitions,
        }
    }
}

/// The modules in scope (see [`Scope`]).
pub fn modules_in_scope(plan: &Plan) -> Vec<(Option<usize>, &Module)> {
    Scope::of(plan).modules
}
