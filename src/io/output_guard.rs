//! No write destroys an input: an output that is one of the files a command reads (the same
//! file by another name, through a link, or in another letter case), or that is already a
//! plan, survey or library document, is refused before anything is written.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::DocumentKind;
use crate::catalogue::{Language, Text};

/// How much of an existing file is read to tell whether it is one of the app's documents.
const SNIFFED_BYTES: u64 = 64 * 1024;

/// Why an output is not written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputRefused {
    /// The output is `input`, which the command reads.
    IsInput { output: PathBuf, input: PathBuf },
    /// The output is an existing plan, survey or library document.
    IsDocument { output: PathBuf },
}

impl OutputRefused {
    /// The reason; `force_hint` adds how the command line writes it anyway.
    pub fn message(&self, language: Language, force_hint: bool) -> String {
        let mut message = match self {
            OutputRefused::IsInput { output, input } => {
                language.fill(Text::OutputIsInput, &[&output.display(), &input.display()])
            }
            OutputRefused::IsDocument { output } => {
                language.fill(Text::OutputIsDocument, &[&output.display()])
            }
        };
        if force_hint {
            message.push_str(language.text(Text::OutputForceHint));
        }
        message
    }
}

impl std::fmt::Display for OutputRefused {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message(Language::English, true))
    }
}

impl std::error::Error for OutputRefused {}

impl super::Localised for OutputRefused {
    fn message(&self, language: Language) -> String {
        OutputRefused::message(self, language, true)
    }
}

/// Refuses `output` when it is one of `inputs` or an existing document of this app.
pub fn check_output(output: &Path, inputs: &[&Path]) -> Result<(), OutputRefused> {
    // Not there yet: nothing to lose (a name that differs from an input only in case
    // exists on a case-insensitive system and is caught below).
    if std::fs::symlink_metadata(output).is_err() {
        return Ok(());
    }
    for input in inputs {
        if same_file::is_same_file(output, input).unwrap_or(false) {
            return Err(OutputRefused::IsInput {
                output: output.to_owned(),
                input: input.to_path_buf(),
            });
        }
    }
    if is_document_file(output) {
        return Err(OutputRefused::IsDocument {
            output: output.to_owned(),
        });
    }
    Ok(())
}

/// A `.ron` file, or a file whose text begins as a plan, survey or library does.
pub fn is_document_file(path: &Path) -> bool {
    let is_ron = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"));
    if is_ron {
        return true;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut start = Vec::new();
    if file.take(SNIFFED_BYTES).read_to_end(&mut start).is_err() {
        return false;
    }
    is_document_text(&start)
}

/// Whether `bytes` begin as one of the app's documents: a struct name (or a bare `(`) after
/// blanks and comments, and a `format_version` field.
pub fn is_document_text(bytes: &[u8]) -> bool {
    document_kind_of_text(bytes).is_some()
}

/// Which of the app's documents `bytes` begin as, if any.
fn document_kind_of_text(bytes: &[u8]) -> Option<DocumentKind> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}');
    let mut rest = text.trim_start();
    // Comments a colleague left at the top.
    while let Some(after) = rest.strip_prefix("//") {
        rest = after
            .split_once('\n')
            .map_or("", |(_, next)| next)
            .trim_start();
    }
    if !text.contains("format_version") {
        return None;
    }
    [
        ("Plan", DocumentKind::Plan),
        ("Library", DocumentKind::Library),
        ("SurveyDocument", DocumentKind::Survey),
        ("RuleBook", DocumentKind::RuleBook),
        ("(", DocumentKind::Plan),
    ]
    .into_iter()
    .find(|(start, _)| rest.starts_with(start))
    .map(|(_, kind)| kind)
}

/// Which of the app's documents the existing file at `path` is, if any (read from its start).
pub fn existing_document_kind(path: &Path) -> Option<DocumentKind> {
    let file = std::fs::File::open(path).ok()?;
    let mut start = Vec::new();
    file.take(SNIFFED_BYTES).read_to_end(&mut start).ok()?;
    document_kind_of_text(&start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_told_from_exports() {
        assert!(is_document_text(b"(\n    format_version: 2,\n    title: ("));
        assert!(is_document_text(
            b"\xEF\xBB\xBF// ours\nLibrary(format_version: 2, modules: [])"
        ));
        assert!(!is_document_text(b"%PDF-1.7\n"));
        assert!(!is_document_text(b"PK\x03\x04"));
        assert!(!is_document_text(b"Term,Code,Name\n1,A,format_version"));
    }
}
