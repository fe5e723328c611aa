//! The layers of ARCHITECTURE.md, checked on the source text as rerun's CI does: a layer
//! imports only the layers below it, only `ui` touches the GUI toolkit, and only the
//! catalogue holds Chinese sentences.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use std::path::{Path, PathBuf};

/// What the two front ends, the window and the command line, may use: every layer below.
const BELOW_THE_FRONT_ENDS: &[&str] = &[
    "model",
    "analysis",
    "catalogue",
    "io",
    "export",
    "editor",
    "worker",
    "text_width",
];

/// Each layer (a folder or a file of `src/`) and the layers it may import.
const LAYERS: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("text_width", &[]),
    ("analysis", &["model"]),
    ("catalogue", &["model", "analysis"]),
    ("io", &["model", "catalogue"]),
    ("export", &["model", "analysis", "catalogue", "io"]),
    ("editor", &["model", "analysis", "catalogue", "io"]),
    (
        "worker",
        &["model", "analysis", "catalogue", "io", "export"],
    ),
    ("cli", BELOW_THE_FRONT_ENDS),
    ("ui", BELOW_THE_FRONT_ENDS),
];

const TOOLKITS: &[&str] = &[
    "egui",
    "eframe",
    "rfd",
    "egui_extras",
    "egui_plot",
    "egui_table",
];

fn rust_files(path: &Path, found: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            rust_files(&entry.path(), found);
        }
    } else if path.is_file() && path.extension().is_some_and(|extension| extension == "rs") {
        found.push(path.to_owned());
    }
}

fn layer_files(layer: &str) -> Vec<PathBuf> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&source.join(layer), &mut files);
    rust_files(&source.join(format!("{layer}.rs")), &mut files);
    files
}

/// The code of a file: comments removed, string contents kept, and everything from a
/// `#[cfg(test)]` line on left out (unit tests sit at the end of a file and may hold any
/// test data).
fn code_of(text: &str) -> String {
    let mut code = String::new();
    for line in text.lines() {
        if line.trim() == "#[cfg(test)]" {
            break;
        }
        code.push_str(strip_comment(line));
        code.push('\n');
    }
    code
}

/// The line up to a `//` that is not inside a string literal.
fn strip_comment(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    let mut previous = ' ';
    for (at, character) in line.char_indices() {
        if in_string {
            if escaped {
                escaped = false;
            } else if character == '\\' {
                escaped = true;
            } else if character == '"' {
                in_string = false;
            }
        } else if character == '"' {
            in_string = true;
        } else if character == '/' && previous == '/' {
            return &line[..at - 1];
        }
        previous = character;
    }
    line
}

/// The crate-level modules `code` imports: `crate::x` and `crate::{x, y::z}`.
fn imported_layers(code: &str) -> Vec<String> {
    let mut layers = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for part in group.split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                layers.push(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            layers.push(name);
        }
    }
    layers.retain(|name| !name.is_empty());
    layers
}

fn uses_toolkit(code: &str, toolkit: &str) -> bool {
    code.lines().any(|line| {
        line.contains(&format!("{toolkit}::"))
            || line.trim_start().starts_with(&format!("use {toolkit}"))
    })
}

/// Chinese characters and Chinese punctuation, which no sentence outside the catalogue may hold.
fn is_chinese(character: char) -> bool {
    matches!(
        u32::from(character),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3000..=0x303F
    ) || "，：；（）！？".contains(character)
}

fn chinese_in(code: &str) -> Option<(usize, String)> {
    code.lines()
        .enumerate()
        .find(|(_, line)| line.chars().any(is_chinese))
        .map(|(index, line)| (index + 1, line.trim().to_owned()))
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let mut checked = 0;
    for (layer, allowed) in LAYERS {
        for file in layer_files(layer) {
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            for imported in imported_layers(&code) {
                // `text_width` is a leaf any layer may use.
                assert!(
                    imported == *layer
                        || imported == "text_width"
                        || allowed.contains(&imported.as_str()),
                    "{} ({layer}) imports crate::{imported}; {layer} may import {allowed:?} (ARCHITECTURE.md)",
                    file.display()
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "only {checked} files found");
}

#[test]
fn only_ui_touches_egui_eframe_or_rfd() {
    for (layer, _) in LAYERS.iter().filter(|(layer, _)| *layer != "ui") {
        for file in layer_files(layer) {
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            for toolkit in TOOLKITS {
                assert!(
                    !uses_toolkit(&code, toolkit),
                    "{} uses {toolkit}",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn no_chinese_sentence_outside_the_catalogue() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&source, &mut files);
    let catalogue = source.join("catalogue");
    for file in files.iter().filter(|file| !file.starts_with(&catalogue)) {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        if let Some((line, text)) = chinese_in(&code) {
            panic!(
                "{}: line {line} of its code holds Chinese text; put the sentence in src/catalogue: {text}",
                file.display()
            );
        }
    }
}

/// The checks above would pass on anything if these helpers saw nothing.
#[test]
fn the_checks_see_what_they_look_for() {
    assert_eq!(
        imported_layers("use crate::ui::Tab;\nlet x = crate::{io, model::Plan};"),
        ["ui", "io", "model"]
    );
    assert!(uses_toolkit("use egui::Ui;", "egui"));
    assert!(uses_toolkit("let x = eframe::App;", "eframe"));
    assert!(!uses_toolkit(&code_of("// egui::Ui"), "egui"));
    assert_eq!(strip_comment("let a = 1; // 中文"), "let a = 1; ");
    assert_eq!(
        strip_comment("let a = \"https://x\"; // b"),
        "let a = \"https://x\"; "
    );
    assert!(chinese_in(&code_of("let a = \"第{}学期\";")).is_some());
    assert!(chinese_in(&code_of("let a = \"a，b\";")).is_some());
    assert!(chinese_in(&code_of("/// 学分\nlet a = 1; // 学时")).is_none());
    assert!(
        chinese_in(&code_of(
            "fn a() {}\n#[cfg(test)]\nmod tests { const A: &str = \"中\"; }"
        ))
        .is_none()
    );
    assert!(chinese_in(&code_of("let mark = \"＋ √ ×\";")).is_none());
}

/// The files of one layer that a file names, through `super::` or `crate::<layer>::` and
/// the folders on the way (`crate::ui::tabs::board_view`).
fn sibling_imports(code: &str, siblings: &[String], layer: &str) -> Vec<String> {
    let identifier = |text: &str| -> String {
        text.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let through_super = code
        .match_indices("super::")
        .map(|(at, _)| identifier(&code[at + "super::".len()..]));
    let layer_path = format!("crate::{layer}::");
    let through_crate = code.match_indices(&layer_path).filter_map(|(at, _)| {
        let mut rest = &code[at + layer_path.len()..];
        // Past the folders to the first segment that is a file of the layer.
        loop {
            let segment = identifier(rest);
            if segment.is_empty() {
                return None;
            }
            if siblings.contains(&segment) {
                return Some(segment);
            }
            rest = rest[segment.len()..].strip_prefix("::")?;
        }
    });
    let mut found: Vec<String> = through_super
        .chain(through_crate)
        .filter(|name| siblings.contains(name))
        .collect();
    found.sort();
    found.dedup();
    found
}

/// A circle of files that import each other, if there is one.
fn import_circle(imports: &std::collections::BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        file: &str,
        imports: &std::collections::BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|on_path| on_path == file) {
            return Some(path[start..].to_vec());
        }
        if done.contains(file) {
            return None;
        }
        path.push(file.to_owned());
        for next in imports.get(file).into_iter().flatten() {
            if let Some(circle) = visit(next, imports, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(file.to_owned());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    imports
        .keys()
        .find_map(|file| visit(file, imports, &mut Vec::new(), &mut done))
}

#[test]
fn no_files_of_a_layer_import_each_other_in_a_circle() {
    for (layer, _) in LAYERS {
        let files = layer_files(layer);
        let names: Vec<String> = files
            .iter()
            .map(|file| file.file_stem().unwrap().to_string_lossy().into_owned())
            .filter(|name| name != "mod")
            .collect();
        let imports: std::collections::BTreeMap<String, Vec<String>> = files
            .iter()
            .filter(|file| file.file_stem().is_some_and(|stem| stem != "mod"))
            .map(|file| {
                let code = code_of(&std::fs::read_to_string(file).unwrap());
                let name = file.file_stem().unwrap().to_string_lossy().into_owned();
                let mut siblings = sibling_imports(&code, &names, layer);
                siblings.retain(|sibling| sibling != &name);
                (name, siblings)
            })
            .collect();
        assert_eq!(
            import_circle(&imports),
            None,
            "files of src/{layer} import each other in a circle"
        );
    }
}

#[test]
fn a_circle_of_imports_is_seen() {
    let imports = [
        ("app", vec!["command".to_owned()]),
        ("command", vec!["tabs".to_owned()]),
        ("tabs", vec!["app".to_owned()]),
    ]
    .into_iter()
    .map(|(name, siblings)| (name.to_owned(), siblings))
    .collect();
    assert_eq!(
        import_circle(&imports),
        Some(vec![
            "app".to_owned(),
            "command".to_owned(),
            "tabs".to_owned()
        ])
    );
    let names = ["app".to_owned(), "tabs".to_owned(), "board_view".to_owned()];
    assert_eq!(
        sibling_imports("use super::tabs::Tab;\nuse super::Plan;", &names, "ui"),
        ["tabs"]
    );
    // Through the layer's folders: the file named, not the folder.
    assert_eq!(
        sibling_imports(
            "use crate::ui::views::board_view::BoardView;\nuse crate::model::Plan;",
            &names,
            "ui"
        ),
        ["board_view"]
    );
}
