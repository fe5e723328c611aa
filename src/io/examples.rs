//! The example plans an installation ships, copied once into the user's Documents so that a
//! first-time user has plans to open and change. Never over a file of the user's.

use std::path::{Path, PathBuf};

/// Where an installation keeps its example plans: `examples` beside the program (the Windows
/// installer's layout), or `../share/curriculum-planner/examples` from it (the .deb's, with the
/// program in /usr/bin). `None` when run from a build folder.
pub fn installed_examples_folder() -> Option<PathBuf> {
    let program = std::env::current_exe().ok()?;
    let folder = program.parent()?;
    [
        folder.join("examples"),
        folder.join("../share/curriculum-planner/examples"),
    ]
    .into_iter()
    .find(|candidate| candidate.is_dir())
}

/// Copies the `.ron` files of `from` into `to` (made if missing), leaving every file `to`
/// already has as it is. Each copy is written whole or not at all. Returns the files written,
/// in name order.
pub fn copy_examples(from: &Path, to: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(from)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "ron"))
        .collect();
    plans.sort();
    std::fs::create_dir_all(to)?;
    let mut written = Vec::new();
    for plan in plans {
        let Some(name) = plan.file_name() else {
            continue;
        };
        let target = to.join(name);
        if target.exists() {
            continue;
        }
        let text = std::fs::read(&plan)?;
        let mut temporary = tempfile::NamedTempFile::new_in(to)?;
        std::io::Write::write_all(&mut temporary, &text)?;
        // `persist_noclobber` fails rather than replace a file made meanwhile.
        match temporary.persist_noclobber(&target) {
            Ok(_) => written.push(target),
            Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(error) => return Err(error.error),
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_the_plans_once_and_never_over_the_users_file() -> std::io::Result<()> {
        let from = tempfile::tempdir()?;
        let to = tempfile::tempdir()?;
        let documents = to.path().join("课程规划示例");
        std::fs::write(from.path().join("a.ron"), "Plan(a)")?;
        std::fs::write(from.path().join("b.ron"), "Plan(b)")?;
        std::fs::write(from.path().join("notes.txt"), "not a plan")?;
        std::fs::create_dir_all(&documents)?;
        std::fs::write(documents.join("b.ron"), "the user's own b")?;

        let written = copy_examples(from.path(), &documents)?;

        assert_eq!(written, vec![documents.join("a.ron")]);
        assert_eq!(std::fs::read_to_string(documents.join("a.ron"))?, "Plan(a)");
        assert_eq!(
            std::fs::read_to_string(documents.join("b.ron"))?,
            "the user's own b"
        );
        assert!(!documents.join("notes.txt").exists());
        let names: Vec<_> = std::fs::read_dir(&documents)?
            .filter_map(Result::ok)
            .collect();
        assert_eq!(names.len(), 2, "no temporary file is left behind");
        assert_eq!(
            copy_examples(from.path(), &documents)?,
            Vec::<PathBuf>::new()
        );
        Ok(())
    }
}
