//! The centre of the window: the tab strip with the plan's title, and the chosen tab.
//! Adding a tab: a variant in `tabs.rs`, its view file, and one arm here.

use egui::Ui;

use crate::ui::command::Command;
use crate::ui::printing::Printing;
use crate::ui::tabs::Tab;
use crate::ui::tabs::board_view::BoardView;
use crate::ui::tabs::comparison_view::ComparisonView;
use crate::ui::tabs::matrix_view::MatrixView;
use crate::ui::view_context::ViewContext;

/// The state of the views that keep some between frames.
pub struct CentralViews<'a> {
    pub board: &'a mut BoardView,
    pub matrix: &'a mut MatrixView,
    pub comparison: &'a mut ComparisonView,
    pub printing: &'a Printing,
    pub survey_import: Option<&'a crate::editor::SurveyImport>,
    pub what_if: &'a mut crate::ui::tabs::what_if_view::WhatIfView,
    pub gap: &'a mut crate::ui::tabs::gap_view::GapView,
    pub suggest: &'a mut crate::ui::tabs::suggest_view::SuggestView,
    pub suggestion: crate::ui::tabs::suggest_view::SuggestState<'a>,
    pub opening: &'a mut TabOpening,
}

/// Which tab showed last, and how many times a tab was opened: each opening draws the tab
/// under ids of its own, so it opens at its top (not where another tab, or its last visit,
/// was scrolled to).
#[derive(Default)]
pub struct TabOpening {
    last: Option<Tab>,
    count: u64,
}

impl TabOpening {
    /// The ids' salt for `shown` this frame.
    fn salt(&mut self, shown: Tab) -> (Tab, u64) {
        if self.last != Some(shown) {
            self.last = Some(shown);
            self.count += 1;
        }
        (shown, self.count)
    }
}

/// The least width the plan's title takes beside the tabs.
const TITLE_ROOM: f32 = 200.0;

pub fn central_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    shown: Tab,
    views: &mut CentralViews<'_>,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    // Wrapped: on a narrow window the strip takes two lines rather than widening the centre
    // under the side panels.
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            if ui
                .selectable_label(shown == tab, language.text(tab.label()))
                .clicked()
            {
                commands.push(Command::ShowTab(tab));
            }
        }
        // The title beside the tabs when it has room, else on its own line.
        if ui.available_size_before_wrap().x > TITLE_ROOM {
            ui.separator();
        } else {
            ui.end_row();
        }
        // Truncated, not wrapped: a long English title would otherwise widen the panel's
        // content and push the tab's text under the inspector.
        ui.add(
            egui::Label::new(
                egui::RichText::new(context.plan.title.in_language(language)).heading(),
            )
            .truncate(),
        );
    });
    ui.separator();
    let salt = views.opening.salt(shown);
    ui.push_id(salt, |ui| match shown {
        Tab::Board => views.board.ui(ui, context, commands),
        Tab::Matrix => views.matrix.ui(ui, context, commands),
        Tab::Analysis => crate::ui::tabs::analysis_view::analysis_ui(
            ui,
            context,
            views.comparison,
            views.gap,
            commands,
        ),
        Tab::Survey => {
            crate::ui::tabs::survey_view::survey_tab_ui(
                ui,
                context,
                views.survey_import,
                views.what_if,
                commands,
            );
        }
        Tab::Document => crate::ui::tabs::document_view::document_ui(ui, context, commands),
        Tab::Print => {
            crate::ui::tabs::print_preview_view::print_preview_ui(
                ui,
                context,
                views.printing,
                commands,
            );
        }
        Tab::Suggest => views.suggest.ui(ui, context, &views.suggestion, commands),
    });
}
