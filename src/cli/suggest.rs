//! `suggest`: a whole plan chosen from the library to match a survey within the user's
//! constraints, printed as its report (text or JSON) and written with `-o`.

use std::path::Path;
use std::time::Duration;

use super::output::{error_line, out, out_line};
use super::rule_books::rule_books_for;
use super::{Outcome, SuggestOptions, report_unusable};
use crate::analysis::report as analyse;
use crate::analysis::suggestion::{
    Limits, Suggested, SuggestionError, blocking_constraints, solve_within,
};
use crate::catalogue::{Language, Text};
use crate::editor::{
    DEFAULT_INDUSTRY_HOURS, GroupFill, PrepareError, Prepared, SuggestRequest, blank_plan,
    bundled_library, constraint_text, new_term, prepare, prepare_error_text, suggested_plan,
};
use crate::export::{report_json, report_text};
use crate::io::{Document, check_output, load_document, load_plan_input_with_text, load_survey};
use crate::model::edit::apply;
use crate::model::{GroupId, IndustryId, ModuleId, NO_RULES_BOOK, Plan, RulesProfile};

/// Seconds a suggestion may take unless `--time-limit` says otherwise.
const DEFAULT_TIME_LIMIT: f64 = 60.0;
/// Seconds each relaxed problem may take when naming what cannot be met.
const DIAGNOSIS_TIME_LIMIT: f64 = 10.0;

pub(super) fn suggest(options: &SuggestOptions) -> Outcome {
    match run(options) {
        Ok(outcome) | Err(outcome) => outcome,
    }
}

fn run(options: &SuggestOptions) -> Result<Outcome, Outcome> {
    let language = options.lang;
    let unusable = |text: Text, values: &[&dyn std::fmt::Display]| {
        error_line(&language.fill(text, values));
        Outcome::Unusable
    };
    if let Some(output) = options.output.as_deref().filter(|_| !options.force) {
        let inputs: Vec<&Path> = [&options.library, &options.survey, &options.from]
            .into_iter()
            .flatten()
            .map(|path| path.as_path())
            .collect();
        check_output(output, &inputs).map_err(|refused| report_unusable(language, &refused))?;
    }
    let library = match &options.library {
        Some(path) => match load_document(path) {
            Ok(Document::Library(library)) => library,
            Ok(_) => return Err(unusable(Text::SuggestNotALibrary, &[&path.display()])),
            Err(error) => return Err(report_unusable(language, &error)),
        },
        None => bundled_library(),
    };
    let mut plan = match &options.from {
        Some(path) => {
            load_plan_input_with_text(path)
                .map_err(|error| report_unusable(language, &error))?
                .0
        }
        None => blank_plan(&library),
    };
    let survey = match &options.survey {
        Some(path) => load_survey(path).map_err(|error| report_unusable(language, &error))?,
        None => match plan.survey.clone() {
            Some(survey) => survey,
            None => return Err(unusable(Text::SuggestNoSurvey, &[])),
        },
    };
    // The plan is judged against the survey it was suggested for.
    plan.survey = Some(survey.clone());
    if let Some(count) = options.terms {
        resize_terms(&mut plan, count)
            .map_err(|last| unusable(Text::SuggestBadTerms, &[&count, &last]))?;
    }
    match options.rules.as_deref() {
        Some("none") => plan.rules = RulesProfile::book(NO_RULES_BOOK),
        Some(id) => plan.rules = RulesProfile::book(id),
        None => {}
    }
    let books = rule_books_for(options.from.as_deref(), language);
    let book = books.resolve(&plan.rules);
    if book.is_none() {
        return Err(unusable(Text::SuggestUnknownBook, &[&plan.rules.book_id()]));
    }
    let path_credits = analyse(&plan, book, None).totals.path.credits;
    let request = request_of(options, &plan, book, path_credits, language)?;
    let prepared = prepare(&plan, &library, &survey, book, &request)
        .map_err(|error| say_prepare_error(&error, language))?;
    let limits = Limits {
        time_limit: request.time_limit,
        cancel: None,
    };
    let suggested = match solve_within(&prepared.problem, &limits, &mut |_| {}) {
        Ok(suggested) => suggested,
        Err(error) => return Err(say_no_plan(&error, &prepared, &request, language)),
    };
    let result = suggested_plan(&plan, &prepared, &suggested)
        .map_err(|error| unusable(Text::SuggestSolverFailed, &[&error]))?;
    let report = analyse(&result, book, None);
    if options.json {
        let mut json = report_json(&result, &report, language);
        if let Some(object) = json.as_object_mut() {
            object.insert("optimal".into(), suggested.optimal.into());
            object.insert("bound".into(), suggested.bound.into());
            object.insert("gap".into(), suggested.gap().into());
            object.insert(
                "unchecked_rules".into(),
                prepared.unchecked_rules.clone().into(),
            );
        }
        out_line(&format!("{json:#}"));
    } else {
        out(&report_text(&result, &report, language));
        say_quality(&suggested, &prepared, language);
    }
    let unmet: Vec<&str> = report
        .rules
        .iter()
        .filter(|rule| !rule.ok)
        .map(|rule| rule.rule.id.as_str())
        .collect();
    if !unmet.is_empty() {
        error_line(&language.fill(Text::SuggestRulesUnmet, &[&unmet.join(", ")]));
    }
    if let Some(output) = &options.output {
        crate::io::save_plan(output, &result).map_err(|error| report_unusable(language, &error))?;
        let written = language.fill(Text::SuggestPlanWritten, &[&output.display()]);
        // Standard output carries the JSON alone.
        if options.json {
            error_line(&written);
        } else {
            out_line(&written);
        }
    }
    Ok(if unmet.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Findings
    })
}

/// The request: the plan's defaults with what the options say instead.
fn request_of(
    options: &SuggestOptions,
    plan: &Plan,
    book: Option<&crate::model::RuleBook>,
    path_credits: f64,
    language: Language,
) -> Result<SuggestRequest, Outcome> {
    let unusable = |text: Text, value: &str| {
        error_line(&language.fill(text, &[&value]));
        Outcome::Unusable
    };
    let mut request = SuggestRequest::for_plan(plan, book, path_credits);
    if let Some(text) = &options.credits {
        request.credits = parse_range(text).ok_or_else(|| unusable(Text::SuggestBadRange, text))?;
    }
    if let Some(text) = &options.hours {
        request.hours =
            Some(parse_range(text).ok_or_else(|| unusable(Text::SuggestBadRange, text))?);
    }
    if let Some(cap) = options.term_credits {
        request.term_credits = Some(cap);
    }
    if let Some(cap) = options.term_hours {
        request.term_hours = Some(cap);
    }
    for text in options.lock.iter().filter(|text| !text.trim().is_empty()) {
        let (id, term) = match text.trim().split_once('@') {
            None => (text.trim(), None),
            Some((id, term)) => match term.trim().parse::<usize>() {
                Ok(term) if term >= 1 => (id.trim(), Some(term - 1)),
                _ => return Err(unusable(Text::SuggestBadLock, text)),
            },
        };
        request.locks.push((ModuleId::from(id), term));
    }
    request.excludes = options
        .exclude
        .iter()
        .map(|text| text.trim())
        .filter(|text| !text.is_empty())
        .map(ModuleId::from)
        .collect();
    let industries: Vec<&String> = options
        .industry
        .iter()
        .filter(|text| !text.trim().is_empty())
        .collect();
    if !industries.is_empty() {
        request.industries.clear();
        for text in industries {
            let (id, hours) = match text.trim().split_once(':') {
                None => (text.trim(), DEFAULT_INDUSTRY_HOURS),
                Some((id, hours)) => match hours.trim().parse::<f64>() {
                    Ok(hours) if hours.is_finite() && hours >= 0.0 => (id.trim(), hours),
                    _ => return Err(unusable(Text::SuggestBadIndustry, text)),
                },
            };
            request.industries.push((IndustryId::from(id), hours));
        }
    }
    for text in options
        .fill_group
        .iter()
        .filter(|text| !text.trim().is_empty())
    {
        let fill = parse_fill(text).ok_or_else(|| unusable(Text::SuggestBadFillOption, text))?;
        // A mistyped id would quietly make a group: say so.
        if !plan
            .elective_groups
            .iter()
            .any(|group| group.id == fill.group)
        {
            error_line(&language.fill(Text::SuggestNewGroup, &[&fill.group]));
        }
        request.fills.push(fill);
    }
    request.follow_rules = book.is_some();
    let seconds = options.time_limit.unwrap_or(DEFAULT_TIME_LIMIT);
    request.time_limit = Duration::try_from_secs_f64(seconds).ok();
    Ok(request)
}

/// `ID:OFFERED:LEAST[:MODULES]`.
fn parse_fill(text: &str) -> Option<GroupFill> {
    let mut parts = text.trim().split(':').map(str::trim);
    let group = parts.next().filter(|id| !id.is_empty())?;
    let offered = parts.next()?.parse::<f64>().ok()?;
    let least = parts.next()?.parse::<f64>().ok()?;
    let modules = match parts.next() {
        Some(count) => Some(count.parse::<u32>().ok()?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    Some(GroupFill {
        group: GroupId::from(group),
        offered,
        least,
        modules,
    })
}

/// `MIN..MAX` (or one number for both).
fn parse_range(text: &str) -> Option<(f64, f64)> {
    let number = |text: &str| {
        text.trim()
            .parse::<f64>()
            .ok()
            .filter(|value| value.is_finite())
    };
    let (least, most) = match text.split_once("..") {
        Some((least, most)) => (number(least)?, number(most.trim_start_matches('='))?),
        None => (number(text)?, number(text)?),
    };
    (least <= most).then_some((least, most))
}

/// Adds blank terms, or takes empty ones off the end; `Err(last)` names the last term that
/// holds a module when the plan cannot shrink to `count`.
fn resize_terms(plan: &mut Plan, count: usize) -> Result<(), usize> {
    let last_used = plan
        .terms
        .iter()
        .rposition(|term| !term.modules.is_empty())
        .map_or(0, |index| index + 1);
    if count == 0 || count < last_used {
        return Err(last_used);
    }
    plan.terms.truncate(count);
    while plan.terms.len() < count {
        apply(plan, new_term(plan)).map_err(|_| last_used)?;
    }
    Ok(())
}

fn say_prepare_error(error: &PrepareError, language: Language) -> Outcome {
    error_line(&prepare_error_text(error, language));
    Outcome::Unusable
}

/// Why no plan came, naming the constraint that cannot be met when one can be named.
fn say_no_plan(
    error: &SuggestionError,
    prepared: &Prepared,
    request: &SuggestRequest,
    language: Language,
) -> Outcome {
    match error {
        SuggestionError::Infeasible => {
            error_line(language.text(Text::SuggestInfeasible));
            let limits = Limits {
                time_limit: Some(Duration::from_secs_f64(DIAGNOSIS_TIME_LIMIT)),
                cancel: None,
            };
            let blocking = blocking_constraints(&prepared.problem, &limits);
            if blocking.is_empty() {
                error_line(language.text(Text::SuggestBlockingNone));
            }
            for constraint in &blocking {
                let name = constraint_text(constraint, prepared, request, language);
                error_line(&language.fill(Text::SuggestBlocking, &[&name]));
            }
            Outcome::Findings
        }
        SuggestionError::Stopped => {
            error_line(language.text(Text::SuggestStopped));
            Outcome::Findings
        }
        SuggestionError::NoDemand => {
            error_line(language.text(Text::SuggestNoDemand));
            Outcome::Unusable
        }
        SuggestionError::NoEffort => {
            error_line(language.text(Text::SuggestNoEffort));
            Outcome::Unusable
        }
        SuggestionError::Solver(message) => {
            error_line(&language.fill(Text::SuggestSolverFailed, &[message]));
            Outcome::Unusable
        }
    }
}

fn say_quality(suggested: &Suggested, prepared: &Prepared, language: Language) {
    let figure = |value: f64| format!("{value:.4}");
    if suggested.optimal {
        out_line(&language.fill(Text::SuggestOptimal, &[&figure(suggested.score)]));
    } else {
        out_line(&language.fill(
            Text::SuggestNotProved,
            &[
                &figure(suggested.score),
                &figure(suggested.bound),
                &figure(suggested.gap()),
            ],
        ));
    }
    if !prepared.unchecked_rules.is_empty() {
        out_line(&language.fill(
            Text::SuggestUncheckedRules,
            &[&prepared.unchecked_rules.join(", ")],
        ));
    }
}
