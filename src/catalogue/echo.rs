//! How much of a file a message repeats: an identifier or a cell can be megabytes long, and
//! a message that echoes it helps nobody.

/// The most characters of a file's content a message repeats.
pub const MAX_ECHOED_CHARACTERS: usize = 200;

/// `text` cut to `MAX_ECHOED_CHARACTERS`, with `…` where it was cut.
pub fn shortened(text: &str) -> String {
    match text.char_indices().nth(MAX_ECHOED_CHARACTERS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A list of ids for a message: the first few, then how many more.
pub fn shortened_list<'a>(
    items: impl ExactSizeIterator<Item = &'a str>,
    separator: &str,
) -> String {
    const SHOWN: usize = 8;
    let count = items.len();
    let mut shown: Vec<String> = items.take(SHOWN).map(shortened).collect();
    if count > SHOWN {
        shown.push(format!("… (+{})", count - SHOWN));
    }
    shown.join(separator)
}
