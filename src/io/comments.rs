//! Whether a RON text holds comments, which a save in canonical form cannot keep.

/// True when `text` has a `//` or `/* */` comment outside its strings.
pub fn has_comments(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'"' => at = after_string(bytes, at + 1),
            b'r' if starts_raw_string(bytes, at) => at = after_raw_string(bytes, at + 1),
            b'/' if matches!(bytes.get(at + 1), Some(b'/' | b'*')) => return true,
            _ => at += 1,
        }
    }
    false
}

/// The position after the closing quote of a string whose text starts at `at` (the end
/// of the text for a string never closed).
pub(super) fn after_string(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return at + 1,
            _ => at += 1,
        }
    }
    bytes.len()
}

/// `r"…"` or `r#"…"#` (not an identifier that happens to end in `r`).
fn starts_raw_string(bytes: &[u8], at: usize) -> bool {
    let previous_is_word =
        at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
    let mut next = at + 1;
    while bytes.get(next) == Some(&b'#') {
        next += 1;
    }
    !previous_is_word && bytes.get(next) == Some(&b'"')
}

/// The position after a raw string whose hashes start at `at`.
fn after_raw_string(bytes: &[u8], mut at: usize) -> usize {
    let mut hashes = 0;
    while bytes.get(at) == Some(&b'#') {
        hashes += 1;
        at += 1;
    }
    at += 1; // the opening quote
    while at < bytes.len() {
        if bytes[at] == b'"'
            && bytes[at + 1..]
                .iter()
                .take(hashes)
                .filter(|&&byte| byte == b'#')
                .count()
                == hashes
        {
            return at + 1 + hashes;
        }
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::has_comments;

    #[test]
    fn comments_are_found_outside_strings_only() {
        assert!(has_comments("Plan(\n  // why this term\n  title: 1)"));
        assert!(has_comments("Plan(/* block */)"));
        assert!(!has_comments(
            r#"Plan(source: "http://example.org/a//b /* not */")"#
        ));
        assert!(!has_comments(r##"Plan(note: r#"a "quoted" // b"#)"##));
        assert!(!has_comments(
            r#"Plan(note: "escaped \" // still a string")"#
        ));
        assert!(has_comments(r#"Plan(note: "x") // after"#));
        assert!(!has_comments("Plan(share: 0.5)"));
    }
}
