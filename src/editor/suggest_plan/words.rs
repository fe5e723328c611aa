//! The suggestion's constraints and errors in the user's language, for the window and the
//! command line alike.

use crate::analysis::suggestion::{Constraint, Load};
use crate::catalogue::{Language, Text};

use super::{PrepareError, Prepared, SuggestRequest};

/// Why the request cannot be prepared.
pub fn prepare_error_text(error: &PrepareError, language: Language) -> String {
    match error {
        PrepareError::UnknownModule(id) => language.fill(Text::SuggestUnknownModule, &[id]),
        PrepareError::UnknownIndustry(id) => language.fill(Text::SuggestUnknownIndustry, &[id]),
        PrepareError::InGroup(id) => language.fill(Text::SuggestInGroup, &[id]),
        PrepareError::BadCredits(id) => language.fill(Text::SuggestBadCredits, &[id]),
        PrepareError::NoSuchTerm {
            module,
            term,
            terms,
        } => language.fill(Text::SuggestNoSuchTerm, &[module, &(term + 1), terms]),
        PrepareError::BadRange(least, most) => {
            language.fill(Text::SuggestBadRange, &[&format!("{least}..{most}")])
        }
        PrepareError::BadFill(group) => language.fill(Text::SuggestBadFill, &[group]),
    }
}

/// A constraint in the words of the options that set it.
pub fn constraint_text(
    constraint: &Constraint,
    prepared: &Prepared,
    request: &SuggestRequest,
    language: Language,
) -> String {
    let number = |value: f64| format!("{value}");
    match constraint {
        Constraint::Credits => language.fill(
            Text::SuggestConstraintCredits,
            &[&number(request.credits.0), &number(request.credits.1)],
        ),
        Constraint::Hours => {
            let (least, most) = request.hours.unwrap_or_default();
            language.fill(
                Text::SuggestConstraintHours,
                &[&number(least), &number(most)],
            )
        }
        Constraint::TermCredits | Constraint::TermLoad(Load::Credits) => language.fill(
            Text::SuggestConstraintTermCredits,
            &[&number(request.term_credits.unwrap_or_default())],
        ),
        Constraint::TermLoad(Load::WeeklyHours) => language.fill(
            Text::SuggestConstraintTermHours,
            &[&number(request.term_hours.unwrap_or_default())],
        ),
        Constraint::TermLoad(Load::BlockWeeks) => {
            language.text(Text::SuggestConstraintBlockWeeks).to_owned()
        }

        Constraint::Row(name) => match request
            .industries
            .iter()
            .find(|(industry, _)| industry.as_str() == name)
        {
            Some((industry, hours)) => language.fill(
                Text::SuggestConstraintIndustry,
                &[industry, &number(*hours)],
            ),
            None => language.fill(Text::SuggestConstraintRule, &[name]),
        },
        Constraint::Lock(index) => {
            let id = prepared
                .pool
                .modules
                .get(*index)
                .map_or_else(String::new, |module| {
                    module.name.in_language(language).to_owned()
                });
            language.fill(Text::SuggestConstraintLock, &[&id])
        }
        Constraint::Group(index) => match request.fills.get(*index) {
            Some(fill) => {
                let name = prepared
                    .fill_names
                    .get(*index)
                    .map_or(fill.group.as_str(), |names| names.in_language(language));
                let offered = number(fill.offered);
                match fill.modules {
                    Some(count) => language.fill(
                        Text::SuggestConstraintGroupModules,
                        &[&name, &count, &offered],
                    ),
                    None => language.fill(Text::SuggestConstraintGroup, &[&name, &offered]),
                }
            }
            None => String::new(),
        },
    }
}
