//! Finding the line a semantic finding refers to, so that `check` can print `PATH:LINE:`.
//!
//! RON values carry no positions once parsed, so the text is read once into an index of where
//! each definition, field, term entry and quoted id first appears; each finding is then one
//! lookup (a plan with 100,000 findings is as quick to locate as one with ten). Exact for
//! canonical files; hand-edited ones fall back to the first mention of the id.

use std::collections::HashMap;

use crate::model::validate::Location;

/// Where things are in one file's text (line numbers are 1-based).
#[derive(Debug, Default)]
pub struct SourceLines {
    /// (section, id) → the line of `id: "…"` in `modules`, `skills` or `industries`.
    definitions: HashMap<(Section, String), usize>,
    /// (module id, field) → the line of `code:` or `name:` in the module's definition.
    fields: HashMap<(String, &'static str), usize>,
    /// (term index, module id) → the line listing it.
    term_entries: HashMap<(usize, String), usize>,
    /// Per term, the line of its `calendar:` (or of `Term(` until one is seen).
    term_calendars: Vec<usize>,
    /// Elective group id → the line of its `id:`.
    groups: HashMap<String, usize>,
    target_industries: HashMap<String, usize>,
    survey_skills: HashMap<String, usize>,
    /// Any quoted text → the first line that holds it.
    first_mention: HashMap<String, usize>,
    /// A field name (`terms:`, `respondents:`) → the first line that starts with it.
    first_field: HashMap<String, usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Section {
    Modules,
    Skills,
    Industries,
    Terms,
    TargetIndustries,
    Survey,
    Groups,
    Rules,
    Other,
}

/// The fields of a module a finding can point at.
const MODULE_FIELDS: [&str; 2] = ["code", "name"];

impl SourceLines {
    pub fn new(text: &str) -> Self {
        let mut index = Self::default();
        let indent_of = |line: &str| line.len() - line.trim_start().len();
        let top_indent = text
            .lines()
            .find(|line| line.trim_start().starts_with("format_version:"))
            .map(indent_of);
        let mut section = Section::Other;
        let mut term: Option<usize> = None;
        // The module whose definition the lines belong to, and the indentation of its fields.
        let mut definition: Option<(String, usize)> = None;
        for (number, line) in text.lines().enumerate() {
            let number = number + 1;
            let trimmed = line.trim_start();
            let indent = indent_of(line);
            if Some(indent) == top_indent && !trimmed.is_empty() {
                section = section_named(trimmed);
                definition = None;
            }
            if let Some((name, _)) = trimmed.split_once(':')
                && !name.is_empty()
                && name
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
                && !index.first_field.contains_key(name)
            {
                index.first_field.insert(name.to_owned(), number);
            }
            let quoted = quoted_texts(line);
            for text in &quoted {
                index
                    .first_mention
                    .entry((*text).to_owned())
                    .or_insert(number);
            }
            match section {
                Section::Rules => {
                    if let Some(id) = after(line, "id: ") {
                        index
                            .definitions
                            .entry((section, id.to_owned()))
                            .or_insert(number);
                    }
                }
                Section::Modules | Section::Skills | Section::Industries => {
                    if let Some(id) = after(line, "id: ") {
                        index
                            .definitions
                            .entry((section, id.to_owned()))
                            .or_insert(number);
                        definition = (section == Section::Modules).then(|| (id.to_owned(), indent));
                    } else if let Some((id, fields_indent)) = &definition
                        && indent == *fields_indent
                        && let Some(field) = MODULE_FIELDS
                            .iter()
                            .find(|field| trimmed.starts_with(&format!("{field}:")))
                    {
                        index.fields.entry((id.clone(), field)).or_insert(number);
                    }
                }
                Section::Terms => {
                    if trimmed.starts_with("Term(") {
                        term = Some(term.map_or(0, |term| term + 1));
                        index.term_calendars.push(number);
                    }
                    if trimmed.starts_with("calendar:")
                        && let Some(line) = index.term_calendars.last_mut()
                    {
                        *line = number;
                    }
                    if let Some(term) = term {
                        for text in &quoted {
                            index
                                .term_entries
                                .entry((term, (*text).to_owned()))
                                .or_insert(number);
                        }
                    }
                }
                Section::TargetIndustries => {
                    for text in &quoted {
                        index
                            .target_industries
                            .entry((*text).to_owned())
                            .or_insert(number);
                    }
                }
                Section::Groups => {
                    if let Some(id) = after(line, "id: ") {
                        index.groups.entry(id.to_owned()).or_insert(number);
                    }
                }
                Section::Survey => {
                    if let Some(skill) = after(line, "skill: ") {
                        index
                            .survey_skills
                            .entry(skill.to_owned())
                            .or_insert(number);
                    }
                }
                Section::Other => {}
            }
        }
        index
    }

    /// The line a finding is about, if it can be found.
    pub fn line_of(&self, location: &Location) -> Option<usize> {
        let definition =
            |section, id: &str| self.definitions.get(&(section, id.to_owned())).copied();
        let found = match location {
            Location::Module(id) => definition(Section::Modules, id.as_str()),
            Location::ModuleField(id, field) => self
                .fields
                .get(&(id.as_str().to_owned(), *field))
                .copied()
                .or_else(|| definition(Section::Modules, id.as_str())),
            Location::Skill(id) => definition(Section::Skills, id.as_str()),
            Location::Industry(id) => definition(Section::Industries, id.as_str())
                .or_else(|| self.target_industries.get(id.as_str()).copied()),
            Location::Survey(id) => self.survey_skills.get(id.as_str()).copied(),
            Location::Term { term, module } => self
                .term_entries
                .get(&(*term, module.as_str().to_owned()))
                .copied(),
            Location::TermCalendar(term) => return self.term_calendars.get(*term).copied(),
            Location::Group(id) => self.groups.get(id.as_str()).copied(),
            Location::Field(name) => return self.first_field.get(*name).copied(),
            Location::Rule(id) => definition(Section::Rules, id),
        };
        let id = match location {
            Location::Module(id) | Location::ModuleField(id, _) => id.as_str(),
            Location::Skill(id) | Location::Survey(id) => id.as_str(),
            Location::Industry(id) => id.as_str(),
            Location::Term { module, .. } => module.as_str(),
            Location::Group(id) => id.as_str(),
            Location::Rule(id) => id.as_str(),
            Location::Field(_) | Location::TermCalendar(_) => return None,
        };
        found.or_else(|| self.first_mention.get(id).copied())
    }
}

/// The line a finding is about in `text`; for one finding (many: `SourceLines`).
pub fn line_of(text: &str, location: &Location) -> Option<usize> {
    SourceLines::new(text).line_of(location)
}

fn section_named(line: &str) -> Section {
    let name = line.split(':').next().unwrap_or_default().trim();
    match name {
        "modules" => Section::Modules,
        "skills" => Section::Skills,
        "industries" => Section::Industries,
        "terms" => Section::Terms,
        "target_industries" => Section::TargetIndustries,
        "survey" => Section::Survey,
        "elective_groups" => Section::Groups,
        "rules" => Section::Rules,
        _ => Section::Other,
    }
}

/// The quoted text right after `key` (`id: "x"` → `x`), anywhere in the line.
fn after<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let start = line.find(&format!("{key}\""))? + key.len() + 1;
    let length = line[start..].find('"')?;
    Some(&line[start..start + length])
}

/// Every `"…"` of a line (ids hold no quotes or escapes).
fn quoted_texts(line: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('"') {
        let after_open = &rest[open + 1..];
        let Some(close) = after_open.find('"') else {
            break;
        };
        found.push(&after_open[..close]);
        rest = &after_open[close + 1..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ModuleId;

    const PLAN: &str = "Plan(
    format_version: 1,
    target_industries: [
        \"bags\",
    ],
    terms: [
        Term(
            name: Names(zh: \"a\", en: \"b\"),
            modules: [
                \"m1\",
            ],
        ),
        Term(
            name: Names(zh: \"c\", en: \"d\"),
            modules: [
                \"m2\",
                \"m1\",
            ],
        ),
    ],
    modules: [
        Module(
            id: \"m1\",
            code: \"GB101\",
            name: Names(zh: \"x\", en: \"y\"),
        ),
        Module(
            id: \"m2\",
            code: \"\",
        ),
    ],
)";

    #[test]
    fn each_kind_of_location_is_found_at_its_line() {
        let lines = SourceLines::new(PLAN);
        let m1 = ModuleId::from("m1");
        assert_eq!(lines.line_of(&Location::Module(m1.clone())), Some(23));
        assert_eq!(
            lines.line_of(&Location::ModuleField(m1.clone(), "code")),
            Some(24)
        );
        assert_eq!(
            lines.line_of(&Location::ModuleField(m1.clone(), "name")),
            Some(25)
        );
        assert_eq!(
            lines.line_of(&Location::ModuleField("m2".into(), "code")),
            Some(29)
        );
        assert_eq!(
            lines.line_of(&Location::Term {
                term: 1,
                module: m1.clone()
            }),
            Some(17)
        );
        assert_eq!(lines.line_of(&Location::Industry("bags".into())), Some(4));
        // Not defined anywhere: the first mention.
        assert_eq!(lines.line_of(&Location::Skill("c".into())), Some(14));
        assert_eq!(lines.line_of(&Location::Skill("nowhere".into())), None);
    }
}
