//! Finding the line a semantic finding refers to, so that `check` can print `PATH:LINE:`.
//!
//! RON values carry no positions once parsed, so this searches the text. It is exact for
//! canonical files and falls back to the first mention of the id in hand-edited ones.

use crate::model::validate::Location;

/// The 1-based line a finding is about, if it can be found.
pub fn line_of(text: &str, location: &Location) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let found = match location {
        Location::Module(id) => find_definition(&lines, "modules", id.as_str()),
        Location::ModuleField(id, field) => find_definition(&lines, "modules", id.as_str())
            .map(|start| find_field(&lines, start, field).unwrap_or(start)),
        Location::Skill(id) => find_definition(&lines, "skills", id.as_str()),
        Location::Industry(id) => find_definition(&lines, "industries", id.as_str())
            .or_else(|| find_in_section(&lines, "target_industries", &quoted(id.as_str()))),
        Location::Survey(id) => {
            find_in_section(&lines, "survey", &format!("skill: {}", quoted(id.as_str())))
        }
        Location::Term { term, module } => find_in_term(&lines, *term, module.as_str()),
    };
    let id = match location {
        Location::Module(id) | Location::ModuleField(id, _) => id.as_str(),
        Location::Skill(id) | Location::Survey(id) => id.as_str(),
        Location::Industry(id) => id.as_str(),
        Location::Term { module, .. } => module.as_str(),
    };
    found
        .or_else(|| lines.iter().position(|line| line.contains(&quoted(id))))
        .map(|index| index + 1)
}

/// The line of `field:` in the definition that starts at `start` (its `id:` line): the
/// first such line at the id's indentation before the definition closes.
fn find_field(lines: &[&str], start: usize, field: &str) -> Option<usize> {
    let indent_of = |line: &str| line.len() - line.trim_start().len();
    let indent = indent_of(lines[start]);
    let prefix = format!("{field}:");
    lines
        .iter()
        .enumerate()
        .skip(start + 1)
        .take_while(|(_, line)| line.trim().is_empty() || indent_of(line) >= indent)
        .find(|(_, line)| indent_of(line) == indent && line.trim_start().starts_with(&prefix))
        .map(|(index, _)| index)
}

fn quoted(id: &str) -> String {
    format!("\"{id}\"")
}

fn find_definition(lines: &[&str], section: &str, id: &str) -> Option<usize> {
    find_in_section(lines, section, &format!("id: {}", quoted(id)))
}

fn find_in_section(lines: &[&str], section: &str, needle: &str) -> Option<usize> {
    let range = top_level_section(lines, section)?;
    range.clone().find(|&index| lines[index].contains(needle))
}

/// The lines of a top-level field, found by the indentation of `format_version`.
fn top_level_section(lines: &[&str], field: &str) -> Option<std::ops::Range<usize>> {
    let indent_of = |line: &str| line.len() - line.trim_start().len();
    let top_indent = lines
        .iter()
        .find(|line| line.trim_start().starts_with("format_version:"))
        .map(|line| indent_of(line))?;
    let prefix = format!("{field}:");
    let start = lines
        .iter()
        .position(|line| indent_of(line) == top_indent && line.trim_start().starts_with(&prefix))?;
    let end = lines[start + 1..]
        .iter()
        .position(|line| indent_of(line) <= top_indent && !line.trim().is_empty())
        .map_or(lines.len(), |offset| start + 1 + offset);
    Some(start..end)
}

fn find_in_term(lines: &[&str], term: usize, module: &str) -> Option<usize> {
    let range = top_level_section(lines, "terms")?;
    let term_starts: Vec<usize> = range
        .clone()
        .filter(|&index| lines[index].trim_start().starts_with("Term("))
        .collect();
    let start = *term_starts.get(term)?;
    let end = term_starts.get(term + 1).copied().unwrap_or(range.end);
    (start..end).find(|&index| lines[index].contains(&quoted(module)))
}
