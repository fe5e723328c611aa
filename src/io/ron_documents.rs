//! Reading and writing whole documents: a plan at the current version in one reading, any
//! other file in two steps (probe the kind and version, then read the matching struct).

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::de::DeserializeOwned;

use super::atomic::write_atomically;
use super::canonical::to_canonical_ron;
use super::error::{LoadError, PlainerWords, SaveError, SyntaxError};
use super::structure::structure;
use super::version_two::PlanVersionTwo;
use super::versions::{
    CURRENT_FORMAT_VERSION, DocumentKind, FIRST_FORMAT_VERSION, PLACEMENTS_VERSION, Probed, probe,
};
use crate::catalogue::echo::shortened;
use crate::model::{Library, Plan, RuleBook, SurveyDocument};

/// Any file the app reads. Documents are few and large; boxing buys nothing here.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Document {
    Plan(Plan),
    Library(Library),
    Survey(SurveyDocument),
    RuleBook(RuleBook),
}

impl Document {
    pub fn kind(&self) -> DocumentKind {
        match self {
            Document::Plan(_) => DocumentKind::Plan,
            Document::Library(_) => DocumentKind::Library,
            Document::Survey(_) => DocumentKind::Survey,
            Document::RuleBook(_) => DocumentKind::RuleBook,
        }
    }

    /// Brings a document read from an older version up to the current one.
    fn migrate(&mut self) {
        let version = match self {
            Document::Plan(plan) => &mut plan.format_version,
            Document::Library(library) => &mut library.format_version,
            Document::Survey(survey) => &mut survey.format_version,
            Document::RuleBook(book) => &mut book.format_version,
        };
        // 1 → 2 only added fields with defaults, which the reading filled in; 2 → 3 is done
        // as a plan is read (`version_two`).
        *version = CURRENT_FORMAT_VERSION;
    }

    /// The document in canonical RON, stamped with the version this build writes.
    pub fn to_canonical(&self) -> Result<String, ron::Error> {
        match self {
            Document::Plan(plan) => to_canonical_ron(&Plan {
                format_version: CURRENT_FORMAT_VERSION,
                ..plan.clone()
            }),
            Document::Library(library) => to_canonical_ron(&Library {
                format_version: CURRENT_FORMAT_VERSION,
                ..library.clone()
            }),
            Document::Survey(survey) => to_canonical_ron(&SurveyDocument {
                format_version: CURRENT_FORMAT_VERSION,
                ..survey.clone()
            }),
            Document::RuleBook(book) => to_canonical_ron(&RuleBook {
                format_version: CURRENT_FORMAT_VERSION,
                ..book.clone()
            }),
        }
    }
}

/// Reads a file as text. A UTF-8 byte-order mark (Windows editors add one) is dropped; a
/// file saved as GBK/GB18030 by a Chinese Windows editor is decoded as such; a file cut off
/// inside a character is read up to the cut, so that the parser reports where it ends.
///
/// Files above the size limit (`set_size_limit`, 64 MiB unless changed) are refused before
/// they are read: a plan is a few hundred KiB, and a file dropped by mistake must not fill
/// the memory.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let read_error = |source| LoadError::Read {
        path: path.to_owned(),
        source,
    };
    let limit = size_limit();
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    // `take` bounds devices and pipes too, whose size the metadata does not know.
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, limit.saturating_add(1)),
        &mut bytes,
    )
    .map_err(read_error)?;
    if bytes.len() as u64 > limit {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |metadata| metadata.len());
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
            limit,
        });
    }
    decode_text(path, &bytes)
}

/// The largest file `read_text` reads, in bytes.
static SIZE_LIMIT: AtomicU64 = AtomicU64::new(DEFAULT_SIZE_LIMIT);

/// 64 MiB: a hundred times the largest plan a programme has.
pub const DEFAULT_SIZE_LIMIT: u64 = 64 * 1024 * 1024;

/// Changes the largest file the app reads (`--max-file-size`).
pub fn set_size_limit(bytes: u64) {
    SIZE_LIMIT.store(bytes, Ordering::Relaxed);
}

pub fn size_limit() -> u64 {
    SIZE_LIMIT.load(Ordering::Relaxed)
}

/// Decodes file bytes as `read_text` does; `path` is only used in messages.
pub fn decode_text(path: &Path, bytes: &[u8]) -> Result<String, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text.to_owned()),
        Err(error) => error,
    };
    let valid = &bytes[..error.valid_up_to()];
    if error.error_len().is_none() {
        // Only the last character is incomplete: the file was truncated.
        return Ok(String::from_utf8_lossy(valid).into_owned());
    }
    if looks_like_gb18030(bytes) {
        let (text, _, had_errors) = encoding_rs::GB18030.decode(bytes);
        if !had_errors {
            return Ok(text.into_owned());
        }
    }
    let valid_text = String::from_utf8_lossy(valid);
    let line = valid_text.matches('\n').count() + 1;
    let column = valid_text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    Err(LoadError::NotUtf8 {
        path: path.to_owned(),
        line,
        column,
    })
}

/// A UTF-8 file damaged in transit still has mostly valid non-ASCII characters; a GBK file
/// read as UTF-8 has mostly invalid ones.
fn looks_like_gb18030(bytes: &[u8]) -> bool {
    let (mut valid_non_ascii, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_non_ascii += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    invalid > valid_non_ascii
}

pub fn load_document(path: &Path) -> Result<Document, LoadError> {
    parse_document(path, &read_text(path)?)
}

pub fn load_plan(path: &Path) -> Result<Plan, LoadError> {
    parse_plan(path, &read_text(path)?)
}

pub fn parse_plan(path: &Path, text: &str) -> Result<Plan, LoadError> {
    match parse_document(path, text)? {
        Document::Plan(plan) => Ok(plan),
        other => Err(LoadError::WrongKind {
            path: path.to_owned(),
            expected: DocumentKind::Plan.struct_name(),
            found: other.kind().struct_name(),
        }),
    }
}

/// Parses a document; `path` is only used in messages.
pub fn parse_document(path: &Path, text: &str) -> Result<Document, LoadError> {
    let options = ron::Options::default();
    // Nearly every file opened is a plan at this version: read it once. Anything else (an
    // older or newer version, a library, a survey, a mistake) takes the careful way below,
    // which reads the kind and version first so that its messages can say which was found.
    if let Ok(plan) = read_current::<Plan>(&options, text)
        && plan.format_version == CURRENT_FORMAT_VERSION
    {
        return Ok(Document::Plan(plan));
    }
    let (kind, version) = match probe(text, &options) {
        Ok(Probed::Found { kind, version }) => (kind, version),
        Ok(Probed::UnknownKind(found)) => {
            return Err(LoadError::UnknownKind {
                path: path.to_owned(),
                found: shortened(&found),
            });
        }
        Err(error) => return Err(syntax_error(path, text, &error)),
    };
    let version = version.ok_or_else(|| LoadError::MissingVersion {
        path: path.to_owned(),
    })?;
    if version > CURRENT_FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found: version,
            supported: CURRENT_FORMAT_VERSION,
        });
    }
    if version < FIRST_FORMAT_VERSION {
        return Err(LoadError::UnknownVersion {
            path: path.to_owned(),
            found: version,
        });
    }
    // Plans of versions 1 and 2 read into their own struct and migrate (`version_two`);
    // libraries and surveys did not change and read as they are.
    let parse = |options: &ron::Options| -> Result<Document, ron::error::SpannedError> {
        Ok(match kind {
            DocumentKind::Plan if version < PLACEMENTS_VERSION => {
                Document::Plan(read_current::<PlanVersionTwo>(options, text)?.migrate())
            }
            DocumentKind::Plan => Document::Plan(read_current(options, text)?),
            DocumentKind::Library => Document::Library(read_current(options, text)?),
            DocumentKind::Survey => Document::Survey(read_current(options, text)?),
            DocumentKind::RuleBook => Document::RuleBook(read_current(options, text)?),
        })
    };
    let mut document = parse(&options).map_err(|error| syntax_error(path, text, &error))?;
    document.migrate();
    Ok(document)
}

fn read_current<T: DeserializeOwned>(
    options: &ron::Options,
    text: &str,
) -> Result<T, ron::error::SpannedError> {
    options.from_str(text)
}

fn syntax_error(path: &Path, text: &str, error: &ron::error::SpannedError) -> LoadError {
    let position = error.span.start;
    let (mut line, mut column) = (position.line.max(1), position.col.max(1));
    let mut offset = byte_offset(text, line, column);
    // The parser reports a character it did not expect where the previous value ended, which
    // for a stray character at the start of a line is the line before: point at the character.
    if about_next_character(&error.code) {
        (offset, line, column) = next_character(text, offset, line, column);
    }
    let plainer = plainer_words(text, offset, &error.code);
    // A comma missing at the end of a line is noticed at the next line's first word: point
    // just past the end of the line that lacks it (a full-width comma is shown where it is).
    if error.code == ron::Error::ExpectedComma
        && plainer.is_none()
        && let Some((end, end_line, end_column)) = end_of_previous_line(text, offset, line)
    {
        (offset, line, column) = (end, end_line, end_column);
    }
    let found = structure(text, offset);
    // A missing or repeated field is about a whole definition: point at its first line.
    let about_definition = matches!(
        error.code,
        ron::Error::MissingStructField { .. } | ron::Error::DuplicateStructField { .. }
    );
    if about_definition && let Some(enclosing) = &found.enclosing {
        line = enclosing.line;
        let opening = text.lines().nth(line - 1).unwrap_or_default();
        column = opening.chars().take_while(|c| c.is_whitespace()).count() + 1;
    }
    // The indentation tells where the structure first broke, which can be far before the
    // place the parser noticed (at the end of the file, for a bracket deleted mid-way).
    let at_end = text[offset.min(text.len())..]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ')' | ']' | '}' | ','));
    let line_end = text[offset.min(text.len())..]
        .find('\n')
        .map_or(text.len(), |at| offset + at);
    let missing = structure(text, if at_end { text.len() } else { line_end })
        .missing
        .filter(|missing| missing.line <= line);
    let source_line = text
        .lines()
        .nth(line - 1)
        .unwrap_or_default()
        .trim_end_matches('\r')
        .to_owned();
    LoadError::Syntax(Box::new(SyntaxError {
        path: path.to_owned(),
        line,
        column,
        code: error.code.clone(),
        enclosing: found.enclosing,
        missing,
        source_line,
        plainer,
    }))
}

/// Full-width marks a Chinese input method types, and the ASCII ones RON needs.
const FULL_WIDTH_MARKS: [(char, char); 6] = [
    ('\u{FF0C}', ','),
    ('\u{FF1A}', ':'),
    ('\u{FF08}', '('),
    ('\u{FF09}', ')'),
    ('\u{FF3B}', '['),
    ('\u{FF3D}', ']'),
];

fn plainer_words(text: &str, offset: usize, code: &ron::Error) -> Option<PlainerWords> {
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Some(PlainerWords::EmptyFile);
    }
    let next = text.get(offset..)?.trim_start().chars().next()?;
    let about_a_mark = matches!(
        code,
        ron::Error::ExpectedComma
            | ron::Error::UnexpectedChar(_)
            | ron::Error::ExpectedMapColon
            | ron::Error::ExpectedStructLike
            | ron::Error::ExpectedNamedStructLike(_)
            | ron::Error::ExpectedStructLikeEnd
            | ron::Error::ExpectedArray
            | ron::Error::ExpectedArrayEnd
    );
    FULL_WIDTH_MARKS
        .iter()
        .find(|(found, _)| *found == next && about_a_mark)
        .map(|&(found, meant)| PlainerWords::FullWidth { found, meant })
}

/// When only blanks lie between the end of the line before and `offset` (the start of a
/// line's first word), the place just after that line's last character.
fn end_of_previous_line(text: &str, offset: usize, line: usize) -> Option<(usize, usize, usize)> {
    let before = text.get(..offset)?;
    let content_end = before.trim_end().len();
    let blanks = &before[content_end..];
    let breaks = blanks.matches('\n').count();
    if breaks == 0 || content_end == 0 {
        return None;
    }
    let line_start = before[..content_end].rfind('\n').map_or(0, |at| at + 1);
    // Before a comment that ends the line: a comma after it would be part of the comment.
    let code = &before[line_start..content_end];
    let code = code[..comment_start(code)].trim_end();
    if code.trim_start().is_empty() {
        // A line that is only a comment: the parser's own place says more.
        return None;
    }
    let content_end = line_start + code.len();
    let column = before[line_start..content_end].chars().count() + 1;
    Some((content_end, line.checked_sub(breaks)?, column))
}

/// Where a `//` comment starts in `line` (outside strings), or the line's length.
fn comment_start(line: &str) -> usize {
    let (mut in_string, mut escaped) = (false, false);
    let mut previous_slash = false;
    for (at, character) in line.char_indices() {
        if in_string {
            match (escaped, character) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match character {
            '"' => in_string = true,
            '/' if previous_slash => return at - 1,
            _ => {}
        }
        previous_slash = character == '/';
    }
    line.len()
}

/// Errors about the character where the next value should start.
fn about_next_character(code: &ron::Error) -> bool {
    use ron::Error::*;
    matches!(
        code,
        UnexpectedChar(_)
            | ExpectedStructLike
            | ExpectedNamedStructLike(_)
            | ExpectedIdentifier
            | ExpectedString
            | ExpectedArray
            | ExpectedInteger
            | ExpectedFloat
            | ExpectedBoolean
    )
}

/// The first character at or after `offset` that is not blank, with its line and column.
fn next_character(text: &str, offset: usize, line: usize, column: usize) -> (usize, usize, usize) {
    let Some(rest) = text.get(offset..) else {
        return (offset, line, column);
    };
    let blank = rest.len() - rest.trim_start().len();
    if blank == rest.len() {
        return (offset, line, column);
    }
    let skipped = &rest[..blank];
    match skipped.rfind('\n') {
        Some(last_break) => (
            offset + blank,
            line + skipped.matches('\n').count(),
            skipped[last_break + 1..].chars().count() + 1,
        ),
        None => (offset + blank, line, column + skipped.chars().count()),
    }
}

/// The byte offset of a 1-based line and character column.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    let rest = &text[line_start..];
    line_start
        + rest
            .char_indices()
            .nth(column - 1)
            .map_or(rest.len(), |(at, _)| at)
}

pub fn save_plan(path: &Path, plan: &Plan) -> Result<(), SaveError> {
    save_document(path, &Document::Plan(plan.clone()))
}

/// Writes a document in canonical form, atomically, keeping the previous file as `.bak`.
pub fn save_document(path: &Path, document: &Document) -> Result<(), SaveError> {
    let text = document
        .to_canonical()
        .map_err(|error| SaveError::Serialize {
            path: path.to_owned(),
            message: error.to_string(),
        })?;
    write_atomically(path, |file| {
        std::io::Write::write_all(file, text.as_bytes())
    })
}
