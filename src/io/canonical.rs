use ron::ser::PrettyConfig;
use serde::Serialize;

/// The one way documents are written: struct names, four-space indent, one field or list
/// item per line, fields in declaration order, `\n` line ends and a final newline. Changing
/// one field of a plan therefore changes one line of its file, and diffs stay small.
pub fn to_canonical_ron<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n")
        .separator(" ")
        .compact_arrays(false)
        .compact_structs(false)
        .enumerate_arrays(false)
        .escape_strings(true);
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}
