use std::fmt;
use std::path::PathBuf;

use thiserror::Error;

use crate::text_width::is_wide;

/// Why a file could not be opened. Each message names the file, and the position where
/// there is one, so that staff can fix a file a colleague mailed them.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}:{line}:{column}: the file is neither UTF-8 nor GB18030 text here; save it as UTF-8",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{0}")]
    Syntax(Box<SyntaxError>),
    #[error(
        "{}: the file is {} MiB, more than the {} MiB a plan file can be; if it really is one, pass --max-file-size",
        path.display(), .size / MIB, .limit / MIB
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error(
        "{}: the file has no format_version; is it a curriculum planner file?",
        path.display()
    )]
    MissingVersion { path: PathBuf },
    #[error(
        "{}: the file is a `{found}`, not one of: Plan, Library, SurveyDocument",
        path.display()
    )]
    UnknownKind { path: PathBuf, found: String },
    #[error(
        "{}: format_version {found} is newer than this app understands (up to {supported}); update the curriculum planner to open it",
        path.display()
    )]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{}: format_version {found} is not a known version", path.display())]
    UnknownVersion { path: PathBuf, found: u32 },
    #[error("{}: expected a {expected} file, found a {found} file", path.display())]
    WrongKind {
        path: PathBuf,
        expected: &'static str,
        found: &'static str,
    },
}

impl LoadError {
    /// The line and column of the problem, when the file has one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::Syntax(syntax) => Some((syntax.line, syntax.column)),
            LoadError::NotUtf8 { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}

/// A RON error with where it is and the offending line, for `PATH:LINE:COL: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub path: PathBuf,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    /// The text of the offending line, without its line break.
    pub source_line: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )?;
        let (excerpt, caret_at) = excerpt_around(&self.source_line, self.column);
        let gutter = self.line.to_string();
        writeln!(formatter, "{gutter} | {excerpt}")?;
        // Tabs stay tabs and Chinese characters take two cells, so the caret lines up.
        let padding: String = excerpt
            .chars()
            .take(caret_at)
            .map(|character| match character {
                '\t' => "\t",
                wide if is_wide(wide) => "  ",
                _ => " ",
            })
            .collect();
        write!(
            formatter,
            "{} | {padding}^",
            " ".repeat(gutter.chars().count())
        )
    }
}

const MIB: u64 = 1024 * 1024;

/// The most characters of a file's content a message repeats: an identifier or a cell can be
/// megabytes long, and a message that echoes it helps nobody.
pub const MAX_ECHOED_CHARACTERS: usize = 200;

/// `text` cut to `MAX_ECHOED_CHARACTERS`, with `…` where it was cut.
pub fn shortened(text: &str) -> String {
    match text.char_indices().nth(MAX_ECHOED_CHARACTERS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A list of ids for a message: the first few, then how many more.
pub fn shortened_list<'a>(
    items: impl ExactSizeIterator<Item = &'a str>,
    separator: &str,
) -> String {
    const SHOWN: usize = 8;
    let count = items.len();
    let mut shown: Vec<String> = items.take(SHOWN).map(shortened).collect();
    if count > SHOWN {
        shown.push(format!("… (+{})", count - SHOWN));
    }
    shown.join(separator)
}

/// Characters of context shown on each side of the error in a long line.
const CONTEXT_CHARACTERS: usize = 50;

/// The part of a (possibly very long, one-line) file line around a 1-based column, and
/// where the column falls in that part.
fn excerpt_around(line: &str, column: usize) -> (String, usize) {
    let characters: Vec<char> = line.chars().collect();
    let at = column.saturating_sub(1).min(characters.len());
    let start = at.saturating_sub(CONTEXT_CHARACTERS);
    let end = (at + CONTEXT_CHARACTERS).min(characters.len());
    let mut excerpt = String::new();
    let mut caret_at = at - start;
    if start > 0 {
        excerpt.push('…');
        caret_at += 1;
    }
    excerpt.extend(&characters[start..end]);
    if end < characters.len() {
        excerpt.push('…');
    }
    (excerpt, caret_at)
}

/// Why a save failed. The file on disk is then the one from before the save.
#[derive(Debug, Error)]
pub enum SaveError {
    #[error("{}: cannot save: {source}; the file on disk is unchanged", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: cannot write the document as RON: {message}", path.display())]
    Serialize { path: PathBuf, message: String },
}
