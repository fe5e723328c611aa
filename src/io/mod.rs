//! Files: plan, library, survey and rule-book documents in RON; atomic saves. No GUI here.

mod atomic;
mod canonical;
mod comments;
mod curricular_analytics;
mod dates;
mod error;
mod examples;
mod input;
mod locate;
mod output_guard;
pub mod questionnaire;
mod recovery;
mod ron_documents;
mod rule_books;
mod structure;
mod syntax_words;
mod version_two;
mod versions;

pub use crate::catalogue::echo::{MAX_ECHOED_CHARACTERS, shortened, shortened_list};
pub use atomic::{backup_path, write_atomically};
pub use canonical::to_canonical_ron;
pub use comments::has_comments;
pub use curricular_analytics::{
    COLUMNS as CURRICULAR_ANALYTICS_COLUMNS, CsvError, CsvProblem, parse_curricular_analytics,
};
pub use dates::{calendar_year, year_of_files};
pub use error::{LoadError, Localised, PlainerWords, SaveError, SyntaxError, io_reason};
pub use examples::{copy_examples, installed_examples_folder};
pub use input::{InputError, load_plan_input, load_plan_input_with_text, load_survey};
pub use locate::{SourceLines, line_of};
pub use output_guard::{
    OutputRefused, check_output, existing_document_kind, is_document_file, is_document_text,
};
pub use recovery::{
    RecoveryCopy, discard_recovery, list_recovery, read_recovery, recovery_folder, write_recovery,
};
pub use ron_documents::{
    DEFAULT_SIZE_LIMIT, Document, decode_text, load_document, load_plan, parse_document,
    parse_plan, read_text, save_document, save_plan, set_size_limit, size_limit,
};
pub use rule_books::{
    RULE_BOOK_SUFFIX, find_rule_books, shipped_rule_book, shipped_rule_books, user_rules_folder,
};
pub use structure::{Enclosing, MissingBracket};
pub use versions::{CURRENT_FORMAT_VERSION, DocumentKind};
