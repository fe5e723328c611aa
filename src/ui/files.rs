//! File dialogs (rfd) and the bundled plans. Everything else about files goes through
//! `crate::io`, which the app calls with the path a dialog returned, so tests can skip
//! the dialogs and call the same code.

use std::path::{Path, PathBuf};

use super::i18n::{Language, Text};
use crate::io::parse_plan;
use crate::model::{
    Library, Names, Plan, ProgrammeKind, RulesProfile, Survey, SurveyDocument, Term, TermSystem,
};

/// The example plans in `curricula/`, offered under File ▸ New from template.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "cbec-higher-vocational-3-year.ron",
        include_str!("../../curricula/cbec-higher-vocational-3-year.ron"),
    ),
    (
        "pinghu-stroller-bag-staff-short-course.ron",
        include_str!("../../curricula/pinghu-stroller-bag-staff-short-course.ron"),
    ),
    (
        "farmers-cooperative-agricultural-cbec.ron",
        include_str!("../../curricula/farmers-cooperative-agricultural-cbec.ron"),
    ),
];

const LIBRARY: &str = include_str!("../../assets/library.ron");
const SURVEY: &str = include_str!("../../assets/surveys/jiaxing-2018.ron");

/// A bundled template as a plan; `None` if the index is out of range (or, impossibly, the
/// bundled file does not parse — a test checks every one).
pub fn template(index: usize) -> Option<Plan> {
    let (name, text) = TEMPLATES.get(index)?;
    parse_plan(Path::new(name), text).ok()
}

pub fn template_title(index: usize, language: Language) -> String {
    template(index).map_or_else(
        || TEMPLATES.get(index).map_or("", |(name, _)| name).to_owned(),
        |plan| plan.title.in_language(language.is_chinese()).to_owned(),
    )
}

/// The bundled module library: 74 modules, the seed skills and the Jiaxing industries.
pub fn bundled_library() -> Library {
    match crate::io::parse_document(Path::new("library.ron"), LIBRARY) {
        Ok(crate::io::Document::Library(library)) => library,
        _ => Library {
            format_version: crate::io::CURRENT_FORMAT_VERSION,
            skills: Vec::new(),
            industries: Vec::new(),
            modules: Vec::new(),
        },
    }
}

fn bundled_survey() -> Option<Survey> {
    match crate::io::parse_document(Path::new("jiaxing-2018.ron"), SURVEY) {
        Ok(crate::io::Document::Survey(SurveyDocument { survey, .. })) => Some(survey),
        _ => None,
    }
}

/// A new plan: six empty terms, the library's skills and industries, the seed survey.
pub fn blank_plan(library: &Library) -> Plan {
    Plan {
        format_version: crate::io::CURRENT_FORMAT_VERSION,
        title: Names::new("新培养方案", "New training plan"),
        kind: ProgrammeKind::HigherVocational3Year,
        term_system: TermSystem::Semester,
        institution: Names::default(),
        rules: RulesProfile::Moe2019HigherVocational,
        target_industries: Vec::new(),
        terms: (1..=6)
            .map(|number| Term {
                name: Names::new(
                    Language::Chinese.fill(Text::TermNumber, &[&number]),
                    Language::English.fill(Text::TermNumber, &[&number]),
                ),
                modules: Vec::new(),
            })
            .collect(),
        survey: bundled_survey(),
        skills: library.skills.clone(),
        industries: library.industries.clone(),
        modules: Vec::new(),
    }
}

pub fn pick_file_to_open(language: Language, folder: Option<&Path>) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title(language.text(Text::Open))
        .add_filter(language.text(Text::PlanFiles), &["ron", "csv"]);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.pick_file()
}

pub fn pick_file_to_save(
    language: Language,
    current: Option<&Path>,
    title: &str,
) -> Option<PathBuf> {
    let name = current.and_then(Path::file_name).map_or_else(
        || format!("{title}.ron"),
        |name| name.to_string_lossy().into_owned(),
    );
    let mut dialog = rfd::FileDialog::new()
        .set_title(language.text(Text::SaveAs))
        .add_filter(language.text(Text::PlanFiles), &["ron"])
        .set_file_name(name);
    if let Some(folder) = current.and_then(Path::parent) {
        dialog = dialog.set_directory(folder);
    }
    dialog.save_file().map(|path| {
        if path.extension().is_none() {
            path.with_extension("ron")
        } else {
            path
        }
    })
}
