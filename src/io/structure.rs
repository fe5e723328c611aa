//! The bracket structure of a RON text, read once when a file fails to parse: which
//! definition an error is in, and where canonical indentation says a bracket went missing.

use crate::catalogue::{Language, Text};

use super::comments::after_string;
use crate::catalogue::echo::shortened;

/// A definition that holds the error: `Module(` with its id, the n-th `Term(`, the survey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enclosing {
    /// The struct name written before `(`, e.g. `Module`.
    pub name: String,
    /// Its `id: "…"`, when it has one before the error.
    pub id: Option<String>,
    /// Which of its kind it is in the file (1 = the first `Term(`).
    pub ordinal: usize,
    /// The line of its opening bracket (1-based).
    pub line: usize,
}

impl Enclosing {
    /// "module “m1”", "term 3", "the survey" — as a message names it.
    pub fn describe(&self, language: Language) -> String {
        let id = self.id.as_deref().map(shortened);
        match (self.name.as_str(), id) {
            ("Module", Some(id)) => language.fill(Text::SyntaxInModule, &[&id]),
            ("Skill", Some(id)) => language.fill(Text::SyntaxInSkill, &[&id]),
            ("Industry", Some(id)) => language.fill(Text::SyntaxInIndustry, &[&id]),
            ("Term", _) => language.fill(Text::SyntaxInTerm, &[&self.ordinal]),
            ("Survey", _) => language.text(Text::SyntaxInSurvey).to_owned(),
            (name, Some(id)) => language.fill(Text::SyntaxInNamed, &[&shortened(name), &id]),
            (name, None) => language.fill(Text::SyntaxInStruct, &[&shortened(name), &self.ordinal]),
        }
    }
}

/// Where a bracket seems to be missing: before `line`, to close what `opened_line` opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingBracket {
    pub line: usize,
    pub closer: char,
    pub opened_line: usize,
    /// What the bracket opened (`Module`, or the field name of a list).
    pub opened: String,
}

struct Frame {
    bracket: u8,
    name: String,
    id: Option<String>,
    ordinal: usize,
    line: usize,
    indent: usize,
}

/// What one pass over the text found.
#[derive(Default)]
pub struct Structure {
    pub enclosing: Option<Enclosing>,
    pub missing: Option<MissingBracket>,
}

/// Reads `text` up to byte `until`: the innermost named definition open there, and the first
/// line where the indentation says a bracket is missing (a line at or left of the indentation
/// of a bracket still open, which canonical files never have).
pub fn structure(text: &str, until: usize) -> Structure {
    let bytes = text.as_bytes();
    let until = until.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut found = Structure::default();
    let (mut at, mut line, mut line_start) = (0usize, 1usize, 0usize);
    let mut checked_line = 0usize;
    while at < until {
        let byte = bytes[at];
        if byte == b'\n' {
            line += 1;
            line_start = at + 1;
            at += 1;
            continue;
        }
        if byte == b' ' || byte == b'\t' || byte == b'\r' {
            at += 1;
            continue;
        }
        // The first thing on a line: is it left of a bracket that is still open?
        if checked_line != line {
            checked_line = line;
            let indent = at - line_start;
            if found.missing.is_none()
                && let Some(top) = stack.last()
                && top.line < line
                && indent <= top.indent
                && byte != closer_of(top.bracket)
            {
                found.missing = Some(MissingBracket {
                    line,
                    closer: closer_of(top.bracket) as char,
                    opened_line: top.line,
                    opened: top.name.clone(),
                });
            }
        }
        match byte {
            b'"' => {
                let end = after_string(bytes, at + 1);
                if let Some(top) = stack.last_mut()
                    && top.id.is_none()
                    && text[line_start..at].trim_end().ends_with("id:")
                {
                    // Without its closing quote when there is one (an unclosed string runs on).
                    let closed = end > at + 1 && bytes[end - 1] == b'"';
                    let text_end = if closed { end - 1 } else { end };
                    top.id = Some(text[at + 1..text_end].to_owned());
                }
                line += bytes[at..end].iter().filter(|&&b| b == b'\n').count();
                at = end;
                continue;
            }
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                while at < until && bytes[at] != b'\n' {
                    at += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                let name = name_before(text, line_start, at);
                let ordinal = counts.entry(name.clone()).or_insert(0);
                *ordinal += 1;
                let indent = text[line_start..at].len() - text[line_start..at].trim_start().len();
                stack.push(Frame {
                    bracket: byte,
                    name,
                    id: None,
                    ordinal: *ordinal,
                    line,
                    indent,
                });
            }
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        at += 1;
    }
    found.enclosing = stack
        .iter()
        .rev()
        .find(|frame| {
            frame.bracket == b'('
                && frame.name.starts_with(|c: char| c.is_ascii_uppercase())
                && frame.name != "Names"
                && frame.name != "Some"
        })
        .map(|frame| Enclosing {
            name: frame.name.clone(),
            id: frame.id.clone(),
            ordinal: frame.ordinal,
            line: frame.line,
        });
    found
}

fn closer_of(bracket: u8) -> u8 {
    match bracket {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// `Module` in `Module(`, `modules` in `modules: [`.
fn name_before(text: &str, line_start: usize, at: usize) -> String {
    let before = text[line_start..at].trim_end();
    let before = before.strip_suffix(':').unwrap_or(before).trim_end();
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '_')
        .last()
        .map_or(before.len(), |(index, _)| index);
    before[start..].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "Plan(
    format_version: 1,
    terms: [
        Term(
            name: Names(zh: \"a\", en: \"b\"),
            modules: [],
        ),
    ],
    modules: [
        Module(
            id: \"m1\",
            code: \"GB101\",
        ),
        Module(
            id: \"m2\",
            code: \"\",
    ],
)";

    #[test]
    fn the_definition_around_a_place_is_named_with_its_id() {
        let at = PLAN.find("code: \"GB101\"").unwrap();
        let enclosing = structure(PLAN, at).enclosing.unwrap();
        assert_eq!(
            (
                enclosing.name.as_str(),
                enclosing.id.as_deref(),
                enclosing.line
            ),
            ("Module", Some("m1"), 10)
        );
        let at = PLAN.find("modules: []").unwrap();
        let enclosing = structure(PLAN, at).enclosing.unwrap();
        assert_eq!((enclosing.name.as_str(), enclosing.ordinal), ("Term", 1));
    }

    /// Found by `tests/property.rs`: a bracket right after a character of several bytes.
    #[test]
    fn a_bracket_after_a_wide_character_has_no_name() {
        let text = "Plan(\n    x: 𓂠(\n    y: \"𓂠\n";
        assert_eq!(structure(text, text.len()).enclosing.unwrap().name, "Plan");
    }

    #[test]
    fn a_missing_bracket_is_found_where_the_indentation_breaks() {
        let missing = structure(PLAN, PLAN.len()).missing.unwrap();
        assert_eq!(
            missing,
            MissingBracket {
                line: 17,
                closer: ')',
                opened_line: 14,
                opened: "Module".into()
            }
        );
    }
}
