//! Questionnaire options matched to skills as a programme leader's exports word them: by
//! name, by the usual names the library ships (aliases), by likeness of words when neither
//! holds — a close call between two skills is offered, never taken — and by hand first.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

use curriculum_planner::editor::bundled_library;
use curriculum_planner::io::questionnaire::{
    MatchReason, OptionCount, Question, QuestionKind, SkillMatch, match_options,
};
use curriculum_planner::model::{Skill, SkillId};

fn question(options: &[&str]) -> Question {
    Question {
        title: "需要哪些能力？".to_owned(),
        kind: QuestionKind::Multiple,
        options: options
            .iter()
            .map(|label| OptionCount {
                label: (*label).to_owned(),
                count: 1,
                typed: Vec::new(),
            })
            .collect(),
        in_form_order: true,
        chosen: Vec::new(),
    }
}

fn shipped_skills() -> Vec<Skill> {
    bundled_library().skills
}

/// The library's skills as a plan written before aliases existed holds them: names only.
fn bare_skills() -> Vec<Skill> {
    shipped_skills()
        .into_iter()
        .map(|mut skill| {
            skill.aliases.clear();
            skill
        })
        .collect()
}

fn matched(matches: &[SkillMatch]) -> Vec<(Option<&str>, Option<MatchReason>)> {
    matches
        .iter()
        .map(|matched| (matched.skill.as_ref().map(SkillId::as_str), matched.reason))
        .collect()
}

/// The six options the trial's programme leader had to match by hand (four of six).
const TRIAL: [&str; 6] = [
    "外语能力/英语",
    "外贸知识",
    "口语沟通",
    "电脑操作",
    "管理能力",
    "团队协作",
];

#[test]
fn the_trials_six_options_all_match_the_right_skill_with_the_shipped_aliases() {
    let matches = match_options(&question(&TRIAL), &shipped_skills(), &[]);
    assert_eq!(
        matched(&matches),
        vec![
            (Some("foreign_language"), Some(MatchReason::Name)),
            (Some("economic_trade"), Some(MatchReason::Alias)),
            (Some("oral_communication"), Some(MatchReason::Alias)),
            (Some("computer_operation"), Some(MatchReason::Alias)),
            (Some("management"), Some(MatchReason::Name)),
            (Some("teamwork"), Some(MatchReason::Alias)),
        ]
    );
}

#[test]
fn without_aliases_likeness_matches_or_suggests_the_right_skill_and_never_a_wrong_one() {
    let matches = match_options(&question(&TRIAL), &bare_skills(), &[]);
    // The trial's options follow the library's six skills in order.
    let skills = shipped_skills();
    let expected = skills.iter().map(|skill| skill.id.as_str());
    for (matched, expected) in matches.iter().zip(expected) {
        match &matched.skill {
            Some(skill) => assert_eq!(skill.as_str(), expected, "{matched:?}"),
            None => assert!(
                matched
                    .suggestions
                    .iter()
                    .any(|suggestion| suggestion.as_str() == expected),
                "{matched:?} should suggest {expected}"
            ),
        }
    }
    // 口语沟通 and 团队协作 share most of their words with one skill only: taken, and said so.
    assert_eq!(matches[2].reason, Some(MatchReason::Similar));
    assert_eq!(matches[5].reason, Some(MatchReason::Similar));
}

#[test]
fn an_option_alike_to_two_skills_is_offered_both_and_matched_to_neither() {
    // 外贸 shares 外 with 外语能力 and 贸 with 经贸知识, as much with each.
    let matches = match_options(&question(&["外贸"]), &bare_skills(), &[]);
    assert_eq!(matches[0].skill, None);
    let suggested: Vec<&str> = matches[0].suggestions.iter().map(SkillId::as_str).collect();
    assert!(suggested.contains(&"foreign_language"), "{suggested:?}");
    assert!(suggested.contains(&"economic_trade"), "{suggested:?}");
}

#[test]
fn unrelated_options_match_nothing_and_suggest_nothing() {
    let matches = match_options(
        &question(&["婴儿推车", "Photovoltaic panels", "其他"]),
        &shipped_skills(),
        &[],
    );
    for matched in &matches {
        assert_eq!(matched.skill, None, "{matched:?}");
        assert!(matched.suggestions.is_empty(), "{matched:?}");
    }
}

#[test]
fn english_options_match_by_alias_and_short_aliases_only_as_whole_words() {
    let matches = match_options(
        &question(&["Communication skills", "English", "Team work", "Quality"]),
        &shipped_skills(),
        &[],
    );
    assert_eq!(
        matched(&matches),
        vec![
            (Some("oral_communication"), Some(MatchReason::Alias)),
            (Some("foreign_language"), Some(MatchReason::Alias)),
            // Letters and digits alike: "Team work" is the name "Teamwork".
            (Some("teamwork"), Some(MatchReason::Name)),
            // "IT skills" is an alias, but "it" inside "Quality" is not the word "it".
            (None, None),
        ]
    );
}

#[test]
fn a_match_by_hand_wins_over_names_and_aliases() {
    let by_hand = [("英语".to_owned(), "oral_communication".to_owned())];
    let matches = match_options(&question(&["英语"]), &shipped_skills(), &by_hand);
    assert_eq!(
        matched(&matches),
        vec![(Some("oral_communication"), Some(MatchReason::ByHand))]
    );
}

/// A match by likeness is offered, not taken: the import cannot be adopted until the user
/// confirms it (or chooses another skill).
#[test]
fn a_survey_waits_for_matches_by_likeness_to_be_confirmed() {
    use curriculum_planner::editor::{ImportBlocked, SurveyImport};
    use curriculum_planner::io::questionnaire::Questionnaire;
    let questionnaire = Questionnaire {
        respondents: 1,
        questions: vec![question(&["外语能力", "外贸"])],
        skipped: Vec::new(),
        answered_in: None,
    };
    let plan = curriculum_planner::editor::template(0).unwrap();
    let mut import = SurveyImport::new(Vec::new(), questionnaire, &plan, 2026);
    import.details.region.zh = "海宁市".to_owned();
    assert_eq!(import.matches[1].reason, Some(MatchReason::Similar));
    assert_eq!(import.blocked(), Some(ImportBlocked::UnconfirmedMatch));
    assert!(import.edit().is_none());
    let confirmed = import.matches[1].skill.clone();
    import.map(1, confirmed);
    assert_eq!(import.blocked(), None);
    assert!(import.edit().is_some());
}
