//! Text and attribute values as XML takes them.

use std::fmt::Write;

/// `text` with `&`, `<`, `>` and quotes escaped, and the control characters XML 1.0 forbids
/// left out (a name typed into a plan may hold one; Word refuses the whole file for it).
pub(super) fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(character),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            _ => out.push(character),
        }
    }
    out
}

/// Appends `<w:NAME w:val="VALUE"/>`.
pub(super) fn value(out: &mut String, name: &str, value: impl std::fmt::Display) {
    let _ = write!(out, "<w:{name} w:val=\"{value}\"/>");
}

/// The XML declaration every part starts with.
pub(super) const DECLARATION: &str =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// WordprocessingML's namespace and that of relationship ids.
pub(super) const NAMESPACES: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
     xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_forbidden_controls_left_out() {
        assert_eq!(
            escaped("a<b>&\"c'\u{1}\u{b}d\te"),
            "a&lt;b&gt;&amp;&quot;c&apos;d\te"
        );
        assert_eq!(escaped("形势与政策"), "形势与政策");
    }
}
