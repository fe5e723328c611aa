//! The parser's errors in plain words, in the user's language: what is wrong at the place
//! the error points to, naming the module (or term, or survey) it is in, never the parser's
//! own options or Rust syntax.

use crate::catalogue::{Language, Text};

use super::structure::Enclosing;
use crate::catalogue::echo::{shortened, shortened_list};

/// `code` in words; `enclosing` is the definition the error is in, when one is known.
pub(super) fn describe(
    language: Language,
    code: &ron::Error,
    enclosing: Option<&Enclosing>,
) -> String {
    use ron::Error::*;
    let fill = |text, values: &[&dyn std::fmt::Display]| language.fill(text, values);
    let plain = |text| language.text(text).to_owned();
    let within = enclosing.map_or_else(
        || language.text(Text::SyntaxInTheFile).to_owned(),
        |enclosing| enclosing.describe(language),
    );
    match code {
        Eof => plain(Text::SyntaxEndOfFile),
        ExpectedArray => plain(Text::SyntaxExpectedList),
        ExpectedArrayEnd => plain(Text::SyntaxExpectedListEnd),
        ExpectedComma => plain(Text::SyntaxExpectedComma),
        ExpectedStructLike | ExpectedNamedStructLike(_) => plain(Text::SyntaxExpectedOpening),
        ExpectedStructLikeEnd | ExpectedOptionEnd => plain(Text::SyntaxExpectedClosing),
        ExpectedMap | ExpectedMapColon | ExpectedMapEnd => plain(Text::SyntaxExpectedValue),
        ExpectedString | ExpectedByteString => plain(Text::SyntaxExpectedText),
        ExpectedStringEnd => plain(Text::SyntaxUnclosedText),
        ExpectedInteger | InvalidIntegerDigit { .. } | UnderscoreAtBeginning => {
            plain(Text::SyntaxExpectedWholeNumber)
        }
        ExpectedFloat | FloatUnderscore => plain(Text::SyntaxExpectedNumber),
        IntegerOutOfBounds => plain(Text::SyntaxNumberTooLarge),
        ExpectedBoolean => plain(Text::SyntaxExpectedTrueFalse),
        ExpectedOption | ExpectedUnit | ExpectedChar | ExpectedByteLiteral | ExpectedRawValue
        | ExpectedRangeSyntax => plain(Text::SyntaxExpectedValue),
        InvalidEscape(_) => plain(Text::SyntaxBadEscape),
        UnclosedBlockComment | UnclosedLineComment => plain(Text::SyntaxUnclosedComment),
        UnexpectedChar(character) => fill(Text::SyntaxUnexpectedCharacter, &[character]),
        TrailingCharacters => plain(Text::SyntaxTrailingText),
        ExpectedIdentifier => plain(Text::SyntaxExpectedName),
        InvalidIdentifier(name) | SuggestRawIdentifier(name) => {
            fill(Text::SyntaxNameStartsWrongly, &[&shortened(name)])
        }
        ExceededRecursionLimit => plain(Text::SyntaxNestedTooDeep),
        ExpectedAttribute | ExpectedAttributeEnd | NoSuchExtension(_) => {
            plain(Text::SyntaxUnknownAttribute)
        }
        ExpectedDifferentStructName { expected, found } => {
            fill(Text::SyntaxWrongStructName, &[expected, &shortened(found)])
        }
        ExpectedStructName(name) => fill(Text::SyntaxWrongStructName, &[&shortened(name), &"—"]),
        InvalidValueForType { expected, found } => fill(
            Text::SyntaxWrongValue,
            &[&within, &shortened(found), &shortened(expected)],
        ),
        ExpectedDifferentLength { expected, found } => fill(
            Text::SyntaxWrongLength,
            &[&within, &shortened(expected), found],
        ),
        NoSuchEnumVariant {
            expected, found, ..
        } => fill(
            Text::SyntaxUnknownChoice,
            &[
                &shortened(found),
                &shortened_list(expected.iter().copied(), ", "),
            ],
        ),
        NoSuchStructField {
            expected, found, ..
        } => fill(
            Text::SyntaxUnknownField,
            &[
                &within,
                &shortened(found),
                &shortened_list(expected.iter().copied(), ", "),
            ],
        ),
        MissingStructField { field, .. } => fill(Text::SyntaxMissingField, &[&within, field]),
        DuplicateStructField { field, .. } => fill(Text::SyntaxDuplicateField, &[&within, field]),
        Message(message) | Io(message) => fill(Text::SyntaxOther, &[&shortened(message)]),
        Utf8Error(_) => plain(Text::SyntaxNotText),
        _ => plain(Text::SyntaxUnreadable),
    }
}
