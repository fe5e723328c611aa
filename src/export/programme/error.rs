//! Why a programme document could not be made, in the user's language.

use std::path::PathBuf;

use typst::diag::SourceDiagnostic;
use typst::syntax::{DiagSpanKind, Source, VirtualPath, VirtualRoot};
use typst_as_lib::TypstAsLibError;

use crate::catalogue::{Language, Text};
use crate::io::{Localised, SaveError, io_reason};

#[derive(Debug)]
pub enum DocumentError {
    /// The plan names a template that is not a plain `.typ` file of its own folder.
    TemplateRefused { name: String },
    TemplateUnreadable {
        path: PathBuf,
        error: std::io::Error,
    },
    /// Typst stopped: an error in a template, or data it could not lay out.
    Layout { problems: Vec<LayoutProblem> },
    /// The workbook or CSV writer failed (a cell beyond Excel's limits, say).
    Workbook { message: String },
    /// The file could not be written; the previous one, if any, is unchanged.
    Save(SaveError),
}

/// One message of the layout engine, at a line of the template when it points at one.
#[derive(Clone, Debug)]
pub struct LayoutProblem {
    pub line: Option<(usize, usize)>,
    /// Typst's own words (English): they name template code, which only a template's
    /// author reads.
    pub message: String,
}

impl LayoutProblem {
    pub fn plain(message: String) -> Self {
        Self {
            line: None,
            message,
        }
    }
}

impl DocumentError {
    pub fn message(&self, language: Language) -> String {
        match self {
            DocumentError::TemplateRefused { name } => {
                language.fill(Text::DocumentTemplateRefused, &[name])
            }
            DocumentError::TemplateUnreadable { path, error } => language.fill(
                Text::DocumentTemplateUnreadable,
                &[&path.display(), &io_reason(language, error)],
            ),
            DocumentError::Layout { problems } => {
                let lines: Vec<String> = problems
                    .iter()
                    .map(|problem| match problem.line {
                        Some((line, column)) => language
                            .fill(Text::DocumentLayoutAt, &[&line, &column, &problem.message]),
                        None => language.fill(Text::DocumentLayoutFailed, &[&problem.message]),
                    })
                    .collect();
                lines.join("\n")
            }
            DocumentError::Workbook { message } => language.fill(
                Text::DocumentWorkbookFailed,
                &[&crate::io::shortened(message)],
            ),
            DocumentError::Save(error) => error.message(language),
        }
    }
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for DocumentError {}

impl Localised for DocumentError {
    fn message(&self, language: Language) -> String {
        DocumentError::message(self, language)
    }
}

/// Typst's diagnostics, placed at template lines where they point into the template.
pub(super) fn layout_error(
    error: &TypstAsLibError,
    main_file: &str,
    template: &str,
) -> DocumentError {
    let problems = match error {
        TypstAsLibError::TypstSource(diagnostics) => diagnostics
            .iter()
            .map(|diagnostic| placed(diagnostic, main_file, template))
            .collect(),
        other => vec![LayoutProblem::plain(other.to_string())],
    };
    DocumentError::Layout { problems }
}

fn placed(diagnostic: &SourceDiagnostic, main_file: &str, template: &str) -> LayoutProblem {
    let message = diagnostic.message.to_string();
    let main = VirtualPath::new(main_file)
        .ok()
        .map(|path| typst::syntax::RootedPath::new(VirtualRoot::Project, path).intern());
    let range = match diagnostic.span.get() {
        DiagSpanKind::Number { id, num, sub_range } if Some(id) == main => {
            // Spans number the parsed template; parsing the same text again gives the same
            // numbers.
            Source::new(id, template.to_owned()).range(num, sub_range)
        }
        DiagSpanKind::Range { id, range } if Some(id) == main => Some(range),
        _ => None,
    };
    let line = range.map(|range| {
        let before = template.get(..range.start).unwrap_or(template);
        let line = before.matches('\n').count() + 1;
        let column = before
            .rsplit('\n')
            .next()
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        (line, column)
    });
    LayoutProblem { line, message }
}
