//! Files: plan, library and survey documents in RON; atomic saves. No GUI here.

mod atomic;
mod canonical;
mod curricular_analytics;
mod error;
mod input;
mod locate;
mod recovery;
mod ron_documents;
mod versions;

pub use atomic::{backup_path, write_atomically};
pub use canonical::to_canonical_ron;
pub use curricular_analytics::{
    COLUMNS as CURRICULAR_ANALYTICS_COLUMNS, CsvError, parse_curricular_analytics,
};
pub use error::{LoadError, MAX_ECHOED_CHARACTERS, SaveError, SyntaxError, shortened};
pub use input::{InputError, load_plan_input, load_survey};
pub use locate::{SourceLines, line_of};
pub use recovery::{
    RecoveryCopy, discard_recovery, list_recovery, read_recovery, recovery_folder, write_recovery,
};
pub use ron_documents::{
    DEFAULT_SIZE_LIMIT, Document, decode_text, load_document, load_plan, parse_document,
    parse_plan, read_text, save_document, save_plan, set_size_limit, size_limit,
};
pub use versions::{CURRENT_FORMAT_VERSION, DocumentKind};
