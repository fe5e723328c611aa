//! Edits that take more than one step to describe: a library module with the skills and
//! industries it brings, a duplicate, a new module with a free id, a new term with its name.
//! Each returns one `Edit` — one undo step — for the window, the command line or a
//! suggestion to apply.

use crate::catalogue::{Language, Text, term_name};
use crate::model::edit::Edit;
use crate::model::{
    Category, Delivery, Library, Module, ModuleId, Names, Partner, Plan, ProgrammeKind, Term,
};

/// Puts library module `id` into `term` at `index` (past the end appends), defining it in the
/// plan first together with the industries and skills it names that the plan lacks (of its
/// industries only those the plan targets, when it names targets). A module
/// the plan already defines keeps its own definition and is only placed. `None` when neither
/// the plan nor the library has the module.
pub fn add_from_library(
    plan: &Plan,
    library: &Library,
    id: &ModuleId,
    term: usize,
    index: usize,
) -> Option<Edit> {
    add_from_library_as(plan, library, id, term, index, None)
}

/// The plan module, other than `id` itself, whose code library module `id` would repeat.
pub fn code_taken_by<'a>(plan: &'a Plan, library: &Library, id: &ModuleId) -> Option<&'a Module> {
    if plan.module(id).is_some() {
        return None; // already in the plan: only placed, nothing new defined
    }
    let code = library
        .modules
        .iter()
        .find(|module| &module.id == id)?
        .code
        .trim();
    plan.modules
        .iter()
        .find(|module| &module.id != id && module.code.trim() == code)
}

/// Adds library module `id` under a code no plan module uses (`CODE-2`…), for when its own is
/// taken.
pub fn add_from_library_renamed(
    plan: &Plan,
    library: &Library,
    id: &ModuleId,
    term: usize,
    index: usize,
) -> Option<Edit> {
    let code = library
        .modules
        .iter()
        .find(|module| &module.id == id)?
        .code
        .clone();
    add_from_library_as(plan, library, id, term, index, Some(free_code(plan, &code)))
}

fn add_from_library_as(
    plan: &Plan,
    library: &Library,
    id: &ModuleId,
    term: usize,
    index: usize,
    code: Option<String>,
) -> Option<Edit> {
    if let Some(module) = plan.module(id) {
        return Some(Edit::Schedule {
            placement: plan.usual_placement(module, term),
            term,
            index,
        });
    }
    let module = library.modules.iter().find(|module| &module.id == id)?;
    let place = Edit::Schedule {
        placement: plan.usual_placement(module, term),
        term,
        index,
    };
    // A plan that names its target industries takes only those of the module's: a Haining
    // course does not gain Pinghu's strollers by adding a library module (the plan's own
    // industry list and the module's properties add others on request).
    let mut module = module.clone();
    if !plan.target_industries.is_empty() {
        module
            .industries
            .retain(|industry| plan.target_industries.contains(industry));
    }
    let mut edits = Vec::new();
    for industry in &module.industries {
        let known = plan.industries.iter().any(|known| &known.id == industry)
            || edits
                .iter()
                .any(|edit| matches!(edit, Edit::PutIndustry(put) if &put.id == industry));
        if let (false, Some(definition)) = (
            known,
            library
                .industries
                .iter()
                .find(|known| &known.id == industry),
        ) {
            edits.push(Edit::PutIndustry(Box::new(definition.clone())));
        }
    }
    for entry in &module.skills {
        let known = plan.skills.iter().any(|known| known.id == entry.skill)
            || edits
                .iter()
                .any(|edit| matches!(edit, Edit::PutSkill(put) if put.id == entry.skill));
        if let (false, Some(definition)) = (
            known,
            library.skills.iter().find(|known| known.id == entry.skill),
        ) {
            edits.push(Edit::PutSkill(Box::new(definition.clone())));
        }
    }
    if let Some(code) = code {
        module.code = code;
    }
    edits.push(Edit::PutModule(Box::new(module)));
    edits.push(place);
    Some(Edit::Batch(edits))
}

/// An id used by no module of the plan or the library, built from `base`: `base_2`, `base_3`…
pub fn free_id(plan: &Plan, library: &Library, base: &str) -> ModuleId {
    (2..)
        .map(|number| ModuleId::new(format!("{base}_{number}")))
        .find(|id| {
            plan.module(id).is_none() && !library.modules.iter().any(|module| &module.id == id)
        })
        .unwrap_or_else(|| ModuleId::new(base))
}

/// A code no module of the plan uses: `base` itself when free, else `base-2`, `base-3`…
fn free_code(plan: &Plan, base: &str) -> String {
    std::iter::once(base.to_owned())
        .chain((2..).map(|number| format!("{base}-{number}")))
        .find(|code| !plan.modules.iter().any(|module| module.code.trim() == code))
        .unwrap_or_else(|| base.to_owned())
}

/// A copy of module `id` with a free id and code, placed right after the original when the
/// original is placed. Returns the edit and the copy's id.
pub fn duplicate_module(plan: &Plan, library: &Library, id: &ModuleId) -> Option<(Edit, ModuleId)> {
    let original = plan.module(id)?;
    let mut copy = original.clone();
    copy.id = free_id(plan, library, id.as_str());
    copy.code = free_code(plan, &original.code);
    copy.name = Names::new(
        Language::Chinese.fill(Text::CopyOf, &[&original.name.zh]),
        Language::English.fill(Text::CopyOf, &[&original.name.en]),
    );
    let copy_id = copy.id.clone();
    let mut edits = vec![Edit::PutModule(Box::new(copy))];
    // The copy runs where the original runs, each placement with its time.
    for (term, index) in plan.placements_of(id) {
        let mut placement = plan.terms[term].modules[index].clone();
        placement.module = copy_id.clone();
        edits.push(Edit::Schedule {
            placement,
            term,
            index: index + 1,
        });
    }
    Some((Edit::Batch(edits), copy_id))
}

/// A new two-credit classroom elective with a free id and code, placed at the end of `term`
/// when one is given. Returns the edit and the new module's id.
pub fn new_module(plan: &Plan, library: &Library, term: Option<usize>) -> (Edit, ModuleId) {
    let id = free_id(plan, library, "module");
    let number = plan.modules.len() + 1;
    let mut module = Module {
        id: id.clone(),
        code: free_code(plan, &format!("NEW{number:03}")),
        name: Names::new(
            Language::Chinese.text(Text::NewModule),
            Language::English.text(Text::NewModule),
        ),
        credits: 2.0,
        theory_hours: 32,
        practice_hours: 0,
        category: Category::ProfessionalElective,
        delivery: Delivery::Classroom,
        partner: Partner::School,
        skills: Vec::new(),
        industries: Vec::new(),
        prerequisites: Vec::new(),
        corequisites: Vec::new(),
        assessment: None,
        description: Names::default(),
        objectives: Names::default(),
        requirements: Names::default(),
        tags: Vec::new(),
    };
    if plan.kind == ProgrammeKind::ShortCourse {
        // A short course counts hours only: a half-day of theory, no credits.
        module.credits = 0.0;
        module.theory_hours = 4;
        module.category = Category::Practice;
    }
    let placement = term.map(|term| plan.usual_placement(&module, term));
    let mut edits = vec![Edit::PutModule(Box::new(module))];
    if let (Some(term), Some(placement)) = (term, placement) {
        edits.push(Edit::Schedule {
            placement,
            term,
            index: usize::MAX,
        });
    }
    (Edit::Batch(edits), id)
}

/// An empty term after the last, named as plan documents name terms (第七学期, Term 7).
pub fn new_term(plan: &Plan) -> Edit {
    let index = plan.terms.len();
    Edit::InsertTerm {
        index,
        term: Term::new(
            default_term_name(plan, index + 1),
            plan.usual_calendar(index),
        ),
    }
}

/// How term `number` (from 1) is named by default: 第三学期 / Term 3, or 第三阶段 / Phase 3 in
/// a short course.
fn default_term_name(plan: &Plan, number: usize) -> Names {
    if plan.kind == ProgrammeKind::ShortCourse {
        crate::catalogue::phase_name(number)
    } else {
        term_name(number)
    }
}

/// Removes term `index`; the terms after it that carry their default names (第三学期, Term 3)
/// take the names of their new places, so no plan reads "第二学期, 第四学期". Names a user
/// gave stay. One undo step.
pub fn remove_term(plan: &Plan, index: usize) -> Edit {
    let mut edits = vec![Edit::RemoveTerm { index }];
    for (position, term) in plan.terms.iter().enumerate().skip(index + 1) {
        if term.name == default_term_name(plan, position + 1) {
            edits.push(Edit::RenameTerm {
                index: position - 1,
                name: default_term_name(plan, position),
            });
        }
    }
    Edit::Batch(edits)
}

/// A library module fits the plan's kind: credit-bearing college courses for a programme,
/// hours-only training modules for a short course counted in hours (a staff training class is
/// not offered 大学生心理健康教育). Close the gap offers only these; the library shows only
/// these until the user asks for all.
pub fn fits_the_plans_kind(plan: &Plan, module: &Module) -> bool {
    let counts_credits = plan.kind != ProgrammeKind::ShortCourse
        || plan.modules.iter().any(|known| known.credits > 0.0);
    (module.credits > 0.0) == counts_credits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::bundled::{bundled_library, template};
    use crate::model::edit::apply;

    #[test]
    fn a_duplicate_gets_a_free_code_and_sits_after_the_original() {
        let library = bundled_library();
        let mut plan = template(0).unwrap_or_else(|| crate::editor::blank_plan(&library));
        let (term, index) = (0, 0);
        let original = plan.terms[term].modules[index].module.clone();
        let (edit, copy) = duplicate_module(&plan, &library, &original).unwrap_or_else(|| {
            panic!("the original is in the plan");
        });
        apply(&mut plan, edit).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(plan.terms[term].modules[index + 1].module, copy);
        let codes: Vec<&str> = plan
            .modules
            .iter()
            .map(|module| module.code.as_str())
            .collect();
        let unique: std::collections::HashSet<&&str> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len());
    }

    #[test]
    fn a_new_term_is_named_in_both_languages() {
        let plan = crate::editor::blank_plan(&bundled_library());
        let Edit::InsertTerm { index, term } = new_term(&plan) else {
            panic!("a term");
        };
        assert_eq!(index, 6);
        assert_eq!(term.name.en, "Term 7");
    }
}
