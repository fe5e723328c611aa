//! ARCHITECTURE.md is the map a newcomer reads first: its code map names every folder under
//! `src/` and the command line's every subcommand, so a new part cannot go unmapped.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use std::path::{Path, PathBuf};

fn folders(under: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(under).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.push(path.clone());
            found.extend(folders(&path));
        }
    }
    found
}

#[test]
fn the_code_map_names_every_folder_and_every_subcommand() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let map = std::fs::read_to_string(root.join("ARCHITECTURE.md")).unwrap();
    for folder in folders(&root.join("src")) {
        let name = folder
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let short = name.trim_start_matches("src/");
        assert!(
            map.contains(&format!("`{name}`")) || map.contains(&format!("`{short}/")),
            "ARCHITECTURE.md does not name {name}"
        );
    }
    // The subcommands, as `--help` lists them.
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_curriculum-planner"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|line| !line.starts_with("Commands:"))
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|command| *command != "help")
        .collect();
    assert!(commands.len() >= 6, "{help}");
    for command in commands {
        assert!(
            map.contains(&format!("`{command}`")),
            "ARCHITECTURE.md does not name the subcommand {command}"
        );
    }
}
