//! Finding rule books: `*.rules.ron` beside the plan, then in the user's rules folder, then
//! the books shipped in `assets/rules/` (built into the app, so it checks plans anywhere).

use std::path::{Path, PathBuf};

use super::error::LoadError;
use super::ron_documents::{Document, load_document, parse_document};
use crate::model::{BookOrigin, FoundBook, RuleBook, RuleBooks};

/// The shipped books, by file name, in the order the window lists them.
const SHIPPED: [(&str, &str); 4] = [
    (
        "higher-vocational-3-year.rules.ron",
        include_str!("../../assets/rules/higher-vocational-3-year.rules.ron"),
    ),
    (
        "undergraduate-4-year.rules.ron",
        include_str!("../../assets/rules/undergraduate-4-year.rules.ron"),
    ),
    (
        "short-course.rules.ron",
        include_str!("../../assets/rules/short-course.rules.ron"),
    ),
    (
        "no-rules.rules.ron",
        include_str!("../../assets/rules/no-rules.rules.ron"),
    ),
];

/// What a rule book's file name ends with.
pub const RULE_BOOK_SUFFIX: &str = ".rules.ron";

/// The books built into the app. A shipped book that does not read is a bug the tests catch;
/// it is left out rather than stopping the app.
pub fn shipped_rule_books() -> Vec<RuleBook> {
    SHIPPED
        .iter()
        .filter_map(|(name, text)| read_book(Path::new(name), text).ok())
        .collect()
}

/// The shipped book of this id.
pub fn shipped_rule_book(id: &str) -> Option<RuleBook> {
    shipped_rule_books().into_iter().find(|book| book.id == id)
}

fn read_book(path: &Path, text: &str) -> Result<RuleBook, LoadError> {
    match parse_document(path, text)? {
        Document::RuleBook(book) => Ok(book),
        other => Err(LoadError::WrongKind {
            path: path.to_owned(),
            expected: "RuleBook",
            found: other.kind().struct_name(),
        }),
    }
}

/// Where a user keeps rule books of their own: `%APPDATA%\curriculum-planner\rules` on
/// Windows, `$XDG_CONFIG_HOME/curriculum-planner/rules` (or `~/.config/…`) elsewhere.
/// `CURRICULUM_PLANNER_RULES` names another folder.
pub fn user_rules_folder() -> Option<PathBuf> {
    if let Some(folder) = std::env::var_os("CURRICULUM_PLANNER_RULES") {
        return Some(PathBuf::from(folder));
    }
    let base = if cfg!(windows) {
        std::env::var_os("APPDATA").map(PathBuf::from)
    } else {
        std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".config")))
    }?;
    Some(base.join("curriculum-planner").join("rules"))
}

/// Every book a plan at `plan` may name, nearest first, and the books that did not read
/// (each with its file, line and column).
pub fn find_rule_books(plan: Option<&Path>) -> (RuleBooks, Vec<LoadError>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    let beside = plan.and_then(Path::parent).map(|folder| {
        if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        }
    });
    if let Some(folder) = beside {
        read_folder(folder, BookOrigin::BesidePlan, &mut found, &mut errors);
    }
    if let Some(folder) = user_rules_folder()
        && beside.is_none_or(|beside| !same_folder(beside, &folder))
    {
        read_folder(&folder, BookOrigin::UserFolder, &mut found, &mut errors);
    }
    for (name, text) in SHIPPED {
        match read_book(Path::new(name), text) {
            Ok(book) => found.push(FoundBook {
                book,
                origin: BookOrigin::Shipped,
            }),
            Err(error) => errors.push(error),
        }
    }
    (RuleBooks::new(found), errors)
}

fn same_folder(left: &Path, right: &Path) -> bool {
    match (left.canonicalize(), right.canonicalize()) {
        (Ok(left), Ok(right)) => left == right,
        _ => left == right,
    }
}

/// The `*.rules.ron` files of a folder, in name order; a folder that is not there has none.
fn read_folder(
    folder: &Path,
    origin: fn(PathBuf) -> BookOrigin,
    found: &mut Vec<FoundBook>,
    errors: &mut Vec<LoadError>,
) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.ends_with(RULE_BOOK_SUFFIX))
                && path.is_file()
        })
        .collect();
    paths.sort();
    for path in paths {
        match load_document(&path) {
            Ok(Document::RuleBook(book)) => found.push(FoundBook {
                book,
                origin: origin(path),
            }),
            Ok(other) => errors.push(LoadError::WrongKind {
                path: path.clone(),
                expected: "RuleBook",
                found: other.kind().struct_name(),
            }),
            Err(error) => errors.push(error),
        }
    }
}
