//! How wide text is in a terminal, so that columns and carets line up under Chinese text.

/// Whether a terminal shows the character two cells wide (CJK ideographs and punctuation,
/// kana, hangul, full-width forms).
pub fn is_wide(character: char) -> bool {
    matches!(
        u32::from(character),
        0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD
    )
}

/// Terminal cells the text takes.
pub fn display_width(text: &str) -> usize {
    text.chars()
        .map(|character| if is_wide(character) { 2 } else { 1 })
        .sum()
}

/// The text followed by spaces up to `width` cells (never cut).
pub fn pad_to(text: &str, width: usize) -> String {
    let mut padded = text.to_owned();
    padded.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(display_width(text)),
    ));
    padded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_takes_two_cells() {
        assert_eq!(display_width("外语能力"), 8);
        assert_eq!(display_width("CBEC 跨境"), 9);
        assert_eq!(pad_to("管理能力", 10), "管理能力  ");
        assert_eq!(pad_to("too long", 3), "too long");
    }
}
