//! The message catalogue: every sentence and label the app shows people, in Chinese and
//! English — the window, the command line and exported documents alike. Nothing else in
//! `src/` holds a user-visible Chinese sentence (`tests/layering.rs` checks).
//!
//! A typed catalogue rather than Fluent files: a phrase missing in one language, or a
//! mistyped phrase name, fails to compile; the placeholders are checked by a test.

pub mod echo;
mod findings;
pub mod fonts;
mod phrases;
pub mod questionnaire;
mod rules;
pub mod words;

pub use crate::model::Language;
pub use findings::{edit_error_message, problem_message, severity_word};
pub use phrases::Text;
pub use rules::{book_name, remedy_message, rule_limits, rule_message, rule_name, rule_source};

impl Language {
    pub fn text(self, text: Text) -> &'static str {
        text.in_language(self)
    }

    /// A phrase with its `{}` places filled in order.
    pub fn fill(self, text: Text, values: &[&dyn std::fmt::Display]) -> String {
        let mut pieces = self.text(text).split("{}");
        let mut filled = pieces.next().unwrap_or_default().to_owned();
        for (piece, value) in pieces.zip(
            values
                .iter()
                .chain(std::iter::repeat(&(&"" as &dyn std::fmt::Display))),
        ) {
            filled.push_str(&value.to_string());
            filled.push_str(piece);
        }
        filled
    }

    /// The system's language: Chinese for any `zh` locale (and when none is known, since
    /// Chinese is the app's first language), English otherwise.
    pub fn from_system() -> Self {
        Self::from_locale(sys_locale::get_locale().as_deref())
    }

    pub fn from_locale(locale: Option<&str>) -> Self {
        let locale = locale.unwrap_or_default().to_ascii_lowercase();
        // "C" and "POSIX" say nothing about the user: keep the app's first language.
        let unknown =
            locale.is_empty() || locale == "c" || locale.starts_with("c.") || locale == "posix";
        if unknown || locale.starts_with("zh") {
            Self::Chinese
        } else {
            Self::English
        }
    }
}

/// The name of term `number` (counted from 1) as plan documents write it: 第一学期, Term 1.
pub fn term_name(number: usize) -> crate::model::Names {
    crate::model::Names::new(
        Language::Chinese.fill(Text::TermNumber, &[&chinese_numeral(number)]),
        Language::English.fill(Text::TermNumber, &[&number]),
    )
}

/// The name of phase `number` of a short course: 第一阶段, Phase 1.
pub fn phase_name(number: usize) -> crate::model::Names {
    crate::model::Names::new(
        Language::Chinese.fill(Text::PhaseNumber, &[&chinese_numeral(number)]),
        Language::English.fill(Text::PhaseNumber, &[&number]),
    )
}

/// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十; beyond 99 the digits.
pub fn chinese_numeral(number: usize) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match number {
        0..=9 => DIGITS[number].to_owned(),
        10..=19 => format!(
            "十{}",
            if number == 10 {
                ""
            } else {
                DIGITS[number - 10]
            }
        ),
        20..=99 => {
            let ones = number % 10;
            format!(
                "{}十{}",
                DIGITS[number / 10],
                if ones == 0 { "" } else { DIGITS[ones] }
            )
        }
        _ => number.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(Language::from_locale(Some("zh-CN")), Language::Chinese);
        assert_eq!(Language::from_locale(Some("en-US")), Language::English);
        assert_eq!(Language::from_locale(None), Language::Chinese);
    }

    #[test]
    fn terms_are_named_as_plan_documents_name_them() {
        assert_eq!(term_name(1).zh, "第一学期");
        assert_eq!(term_name(6).en, "Term 6");
        assert_eq!(chinese_numeral(10), "十");
        assert_eq!(chinese_numeral(12), "十二");
        assert_eq!(chinese_numeral(20), "二十");
        assert_eq!(chinese_numeral(35), "三十五");
        assert_eq!(chinese_numeral(100), "100");
    }
}
