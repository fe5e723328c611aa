use std::fmt;
use std::path::PathBuf;

use super::structure::{Enclosing, MissingBracket};
use super::syntax_words::describe;
use super::versions::{CURRENT_FORMAT_VERSION, FIRST_FORMAT_VERSION};
use crate::catalogue::echo::shortened;
use crate::catalogue::{Language, Text};
use crate::text_width::is_wide;

/// An error that can say itself in the user's language.
pub trait Localised {
    fn message(&self, language: Language) -> String;
}

macro_rules! localised {
    ($($error:ty),*) => {
        $(impl Localised for $error {
            fn message(&self, language: Language) -> String {
                <$error>::message(self, language)
            }
        })*
    };
}
localised!(LoadError, SaveError);

/// Why a file could not be opened. Each message names the file, and the position where
/// there is one, so that staff can fix a file a colleague mailed them; `message` says it in
/// the user's language (`Display` in English, for logs and tests).
#[derive(Debug)]
pub enum LoadError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    Syntax(Box<SyntaxError>),
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    MissingVersion {
        path: PathBuf,
    },
    UnknownKind {
        path: PathBuf,
        found: String,
    },
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    UnknownVersion {
        path: PathBuf,
        found: u32,
    },
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

    /// The whole message in `language`.
    pub fn message(&self, language: Language) -> String {
        use LoadError::*;
        let fill = |text, values: &[&dyn fmt::Display]| language.fill(text, values);
        match self {
            Read { path, source } => fill(
                Text::LoadCannotRead,
                &[&path.display(), &io_reason(language, source)],
            ),
            NotUtf8 { path, line, column } => fill(
                Text::LoadNotText,
                &[&format!("{}:{line}:{column}", path.display())],
            ),
            Syntax(syntax) => syntax.message(language),
            TooLarge { path, size, limit } => fill(
                Text::LoadTooLarge,
                &[&path.display(), &(size / MIB), &(limit / MIB)],
            ),
            MissingVersion { path } => fill(Text::LoadMissingVersion, &[&path.display()]),
            UnknownKind { path, found } => {
                fill(Text::LoadUnknownKind, &[&path.display(), &shortened(found)])
            }
            NewerVersion {
                path,
                found,
                supported,
            } => fill(Text::LoadNewerVersion, &[&path.display(), found, supported]),
            UnknownVersion { path, found } => fill(
                Text::LoadUnknownVersion,
                &[&path.display(), found, &readable_versions()],
            ),
            WrongKind {
                path,
                expected,
                found,
            } => fill(
                Text::LoadWrongKind,
                &[
                    &path.display(),
                    &kind_word(language, expected),
                    &kind_word(language, found),
                ],
            ),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// "1" today; "1, 2" once a migration reads version 1 into version 2.
fn readable_versions() -> String {
    (FIRST_FORMAT_VERSION..=CURRENT_FORMAT_VERSION)
        .map(|version| version.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A document kind as people call it.
fn kind_word(language: Language, struct_name: &str) -> &'static str {
    language.text(match struct_name {
        "Library" => Text::KindLibrary,
        "SurveyDocument" => Text::KindSurvey,
        _ => Text::KindPlan,
    })
}

/// Why the system refused a file, in words rather than an OS error number where common.
pub fn io_reason(language: Language, error: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    let text = match error.kind() {
        NotFound => Text::IoNotFound,
        PermissionDenied => Text::IoPermissionDenied,
        IsADirectory => Text::IoIsAFolder,
        StorageFull => Text::IoDiskFull,
        ReadOnlyFilesystem => Text::IoReadOnly,
        _ => return shortened(&error.to_string()),
    };
    language.text(text).to_owned()
}

/// A RON error with where it is and the offending line, for `PATH:LINE:COL: message`.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub path: PathBuf,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// What the parser found wrong.
    pub code: ron::Error,
    /// The definition the error is in, when the text shows one.
    pub enclosing: Option<Enclosing>,
    /// Where canonical indentation says a bracket went missing, for errors at the file's end.
    pub missing: Option<MissingBracket>,
    /// The text of the offending line, without its line break.
    pub source_line: String,
    /// What the parser's words would miss: an empty file, a full-width mark.
    pub plainer: Option<PlainerWords>,
}

/// Cases where the parser's own error would mislead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlainerWords {
    /// Nothing but blanks: not "a ( is expected".
    EmptyFile,
    /// A full-width mark (，：（）) a Chinese input method typed where the ASCII one belongs.
    FullWidth { found: char, meant: char },
}

impl SyntaxError {
    /// `PATH:LINE:COL: what`, a hint where a bracket seems missing, the line and a caret.
    pub fn message(&self, language: Language) -> String {
        let mut out = format!(
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            match self.plainer {
                Some(PlainerWords::EmptyFile) => language.text(Text::SyntaxEmptyFile).to_owned(),
                Some(PlainerWords::FullWidth { found, meant }) => {
                    language.fill(Text::SyntaxFullWidthMark, &[&found, &meant])
                }
                None => describe(language, &self.code, self.enclosing.as_ref()),
            }
        );
        if let Some(missing) = &self.missing {
            out.push_str(&language.fill(
                Text::SyntaxProbablyMissing,
                &[
                    &missing.line,
                    &missing.closer,
                    &shortened(&missing.opened),
                    &missing.opened_line,
                ],
            ));
        }
        out.push('\n');
        let (excerpt, caret_at) = excerpt_around(&self.source_line, self.column);
        let gutter = self.line.to_string();
        out.push_str(&format!("{gutter} | {excerpt}\n"));
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
        out.push_str(&format!(
            "{} | {padding}^",
            " ".repeat(gutter.chars().count())
        ));
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message(Language::English))
    }
}

const MIB: u64 = 1024 * 1024;

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
#[derive(Debug)]
pub enum SaveError {
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Serialize {
        path: PathBuf,
        message: String,
    },
}

impl SaveError {
    pub fn message(&self, language: Language) -> String {
        match self {
            SaveError::Write { path, source } => language.fill(
                Text::SaveCannotWrite,
                &[&path.display(), &io_reason(language, source)],
            ),
            SaveError::Serialize { path, message } => language.fill(
                Text::SaveCannotSerialize,
                &[&path.display(), &shortened(message)],
            ),
        }
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Write { source, .. } => Some(source),
            SaveError::Serialize { .. } => None,
        }
    }
}
