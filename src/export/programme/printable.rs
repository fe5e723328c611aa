//! The plan as it prints: every name and paragraph bounded. A name of 200,000 characters
//! (a slip, or a file made to hurt) would otherwise be laid out in every table that shows
//! it — gigabytes and minutes of typesetting; on paper it would fill pages nobody reads.
//! The plan itself keeps the whole text; the document shows the start and "…".

use std::borrow::Cow;

use crate::model::{Names, Plan};

/// A name, code or title: longer than any real one (a course name is a line or two).
const NAME_CHARACTERS: usize = 200;
/// A term's name heads a narrow column of the schedule (第一学期, Term 1).
const TERM_NAME_CHARACTERS: usize = 40;
/// A paragraph of the document's own text (objective, guarantees, a specification).
const TEXT_CHARACTERS: usize = 5_000;
/// Where a survey comes from: a citation or two.
const SOURCE_CHARACTERS: usize = 1_000;

/// `plan`, or a copy with its over-long texts cut, when it has any.
pub(super) fn printable(plan: &Plan) -> Cow<'_, Plan> {
    let mut copy = plan.clone();
    if !bound(&mut copy) {
        return Cow::Borrowed(plan);
    }
    Cow::Owned(copy)
}

/// Cuts the texts of `plan`; whether any was cut.
fn bound(plan: &mut Plan) -> bool {
    let mut cut = false;
    let mut name = |names: &mut Names| cut |= bound_names(names, NAME_CHARACTERS);
    name(&mut plan.title);
    name(&mut plan.institution);

    for skill in &mut plan.skills {
        name(&mut skill.name);
    }
    for industry in &mut plan.industries {
        name(&mut industry.name);
        name(&mut industry.region);
    }
    if let Some(survey) = &mut plan.survey {
        name(&mut survey.title);
        name(&mut survey.region);
    }
    let document = &mut plan.document;
    name(&mut document.major);
    name(&mut document.entry_requirement);
    name(&mut document.length_of_study);
    for occupation in &mut document.occupations {
        name(&mut occupation.sector);
        name(&mut occupation.occupation);
        name(&mut occupation.posts);
        name(&mut occupation.certificates);
    }
    let mut texts = vec![&mut document.objective];
    let specifications = &mut document.specifications;
    for specification in specifications
        .quality
        .iter_mut()
        .chain(&mut specifications.knowledge)
        .chain(&mut specifications.ability)
    {
        texts.push(&mut specification.text);
    }
    let guarantees = &mut document.guarantees;
    texts.extend([
        &mut guarantees.staff,
        &mut guarantees.facilities,
        &mut guarantees.resources,
        &mut guarantees.methods,
        &mut guarantees.assessment,
        &mut guarantees.quality_management,
    ]);
    texts.extend(&mut document.graduation_requirements);
    let mut texts_cut = false;
    for text in texts {
        texts_cut |= bound_names(text, TEXT_CHARACTERS);
    }
    let mut codes_cut = bound_text(&mut plan.document.major_code, NAME_CHARACTERS);
    if let Some(survey) = &mut plan.survey {
        codes_cut |= bound_text(&mut survey.source, SOURCE_CHARACTERS);
    }
    for term in &mut plan.terms {
        codes_cut |= bound_names(&mut term.name, TERM_NAME_CHARACTERS);
    }
    for module in &mut plan.modules {
        codes_cut |= bound_text(&mut module.code, NAME_CHARACTERS);
        texts_cut |= bound_names(&mut module.name, NAME_CHARACTERS);
        texts_cut |= bound_names(&mut module.description, TEXT_CHARACTERS);
    }
    cut || texts_cut || codes_cut
}

fn bound_names(names: &mut Names, limit: usize) -> bool {
    let zh = bound_text(&mut names.zh, limit);
    let en = bound_text(&mut names.en, limit);
    zh || en
}

fn bound_text(text: &mut String, limit: usize) -> bool {
    if text.chars().nth(limit).is_none() {
        return false;
    }
    *text = shortened_to(text, limit);
    true
}

/// `text` cut to `limit` characters with "…".
fn shortened_to(text: &str, limit: usize) -> String {
    match text.char_indices().nth(limit) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
