//! A name too wide for its column, broken into two lines: between words where it has spaces,
//! else between characters (Chinese breaks anywhere) — the most even break whose lines both
//! fit. Used under chart bars and over the matrix's columns.

/// The most even break of `name` into two lines that both `fit`, if there is one.
pub(in crate::ui) fn two_lines<'a>(
    name: &'a str,
    fits: &impl Fn(&str) -> bool,
) -> Option<(&'a str, &'a str)> {
    let breaks: Vec<usize> = if name.contains(' ') {
        name.match_indices(' ').map(|(at, _)| at).collect()
    } else if name.is_ascii() {
        // One word of a Latin script: never broken mid-word.
        Vec::new()
    } else {
        name.char_indices().skip(1).map(|(at, _)| at).collect()
    };
    let middle = name.len() as f64 / 2.0;
    let mut by_evenness = breaks;
    by_evenness.sort_by(|left, right| {
        (*left as f64 - middle)
            .abs()
            .total_cmp(&(*right as f64 - middle).abs())
    });
    by_evenness.into_iter().find_map(|at| {
        let (first, second) = (name[..at].trim_end(), name[at..].trim_start());
        (!first.is_empty() && !second.is_empty() && fits(first) && fits(second))
            .then_some((first, second))
    })
}

/// `name` on two lines of at most `width` each (by `measure`), the narrowest such break;
/// `None` when it is as narrow on one line or no break fits.
pub(in crate::ui) fn narrower_on_two_lines(
    name: &str,
    width: f32,
    measure: &impl Fn(&str) -> f32,
) -> Option<String> {
    let fits = |text: &str| measure(text) <= width;
    let (first, second) = two_lines(name, &fits)?;
    (measure(first).max(measure(second)) < measure(name)).then(|| format!("{first}\n{second}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 10 points wide.
    fn fits_in(width: usize) -> impl Fn(&str) -> bool {
        move |text: &str| text.chars().count() * 10 <= width
    }

    #[test]
    fn chinese_breaks_in_the_middle_and_english_between_words() {
        assert_eq!(
            two_lines(
                "\u{56e2}\u{961f}\u{5408}\u{4f5c}\u{80fd}\u{529b}",
                &fits_in(30)
            ),
            Some(("\u{56e2}\u{961f}\u{5408}", "\u{4f5c}\u{80fd}\u{529b}"))
        );
        assert_eq!(
            two_lines("Economic and trade knowledge", &fits_in(160)),
            Some(("Economic and", "trade knowledge"))
        );
        assert_eq!(two_lines("Teamwork", &fits_in(40)), None);
    }
}
