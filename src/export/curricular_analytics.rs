//! A plan as a CurricularAnalytics CSV, with its structural metrics, for the Curricular
//! Analytics platform and toolbox.

use std::collections::HashMap;

use crate::analysis::{modules_in_scope, structure};
use crate::catalogue::Language;
use crate::io::CURRICULAR_ANALYTICS_COLUMNS as COLUMNS;
use crate::model::{ModuleId, Plan, TermSystem};

/// Writes a plan as a CurricularAnalytics CSV with its structural metrics appended
/// (`Complexity,Blocking,Delay,Centrality`). A plan with terms is written as a degree plan.
/// Course IDs stay as they are when they are all integers (as the format asks), else the
/// modules are numbered 1, 2, … in order.
pub fn curricular_analytics_csv(plan: &Plan, language: Language) -> Result<String, csv::Error> {
    let structure = structure(plan).ok();
    let scope = modules_in_scope(plan);
    let keep_ids = scope
        .iter()
        .all(|(_, module)| module.id.as_str().parse::<u64>().is_ok());
    let number: HashMap<&ModuleId, String> = scope
        .iter()
        .enumerate()
        .map(|(index, (_, module))| {
            let id = if keep_ids {
                module.id.as_str().to_owned()
            } else {
                (index + 1).to_string()
            };
            (&module.id, id)
        })
        .collect();
    let degree_plan = !plan.terms.is_empty();
    let width = if degree_plan { 15 } else { 14 };
    let title = plan.title.in_language(language);
    let institution = plan.institution.in_language(language);
    let system = match plan.term_system {
        TermSystem::Semester => "semester",
        TermSystem::Quarter => "quarter",
    };
    let mut keywords = vec![("Curriculum", title)];
    if degree_plan {
        keywords.push(("Degree Plan", title));
    }
    keywords.extend([
        ("Institution", institution),
        ("Degree Type", ""),
        ("System Type", system),
        ("CIP", ""),
        ("Courses", ""),
    ]);
    let mut rows: Vec<Vec<String>> = keywords
        .into_iter()
        .map(|(name, value)| {
            let mut row = vec![name.to_owned(), value.to_owned()];
            row.resize(width, String::new());
            row
        })
        .collect();
    let mut header: Vec<String> = COLUMNS.iter().map(|name| (*name).to_owned()).collect();
    if degree_plan {
        header.push("Term".to_owned());
    }
    header.extend(["Complexity", "Blocking", "Delay", "Centrality"].map(str::to_owned));
    rows.push(header);
    let join = |ids: &[ModuleId]| {
        ids.iter()
            .filter_map(|id| number.get(id).cloned())
            .collect::<Vec<_>>()
            .join(";")
    };
    for (position, (term, module)) in scope.iter().enumerate() {
        let mut row = vec![
            number.get(&module.id).cloned().unwrap_or_default(),
            module.name.in_language(language).to_owned(),
            module.code.clone(),
            String::new(),
            join(&module.prerequisites),
            join(&module.corequisites),
            String::new(),
            format!("{}", module.credits),
            institution.to_owned(),
            module.name.in_language(language.other()).to_owned(),
        ];
        if degree_plan {
            row.push(term.map_or(String::new(), |term| (term + 1).to_string()));
        }
        match structure
            .as_ref()
            .map(|structure| &structure.modules[position])
        {
            Some(metrics) => row.extend([
                format!("{}", metrics.complexity),
                metrics.blocking.to_string(),
                metrics.delay.to_string(),
                metrics
                    .centrality
                    .map_or_else(|| "too large".to_owned(), |value| value.to_string()),
            ]),
            None => row.resize(row.len() + 4, String::new()),
        }
        rows.push(row);
    }
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    for row in &rows {
        writer.write_record(row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
