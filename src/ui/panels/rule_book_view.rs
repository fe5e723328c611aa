//! The plan's rule book in the inspector: where it was found, and each rule with its source,
//! so that a programme leader can see what a check rests on.

use egui::{RichText, Ui};

use crate::catalogue::{Text, rule_name, rule_source};
use crate::model::{BookOrigin, RuleBook, RulesProfile};
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::view_context::ViewContext;

pub fn rule_book_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    rules: &RulesProfile,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let (book, origin): (Option<&RuleBook>, Option<&BookOrigin>) = match rules {
        RulesProfile::Own(book) => (Some(book), None),
        RulesProfile::Book(id) => match context.rule_books.get(id) {
            Some(found) => (Some(&found.book), Some(&found.origin)),
            None => (None, None),
        },
    };
    let Some(book) = book else {
        ui.colored_label(
            theme::warning_colour(ui.visuals()),
            language.fill(Text::ReportRuleBookMissing, &[&rules.book_id()]),
        );
        return;
    };
    let place = match origin {
        None => language.text(Text::RuleBookInPlan).to_owned(),
        Some(BookOrigin::Shipped) => language.text(Text::RuleBookShipped).to_owned(),
        Some(BookOrigin::BesidePlan(path) | BookOrigin::UserFolder(path)) => {
            language.fill(Text::RuleBookFile, &[&path.display()])
        }
    };
    egui::CollapsingHeader::new(language.fill(Text::RuleBookRules, &[&book.rules.len()]))
        .id_salt("rule-book")
        .show(ui, |ui| {
            ui.label(RichText::new(place).small().weak());
            // A shipped book is copied beside the plan to be changed there; a copy found
            // beside the plan already is the one to edit.
            if matches!(
                origin,
                Some(BookOrigin::Shipped | BookOrigin::UserFolder(_))
            ) && ui
                .button(language.text(Text::CopyRuleBook))
                .on_hover_text(language.text(Text::CopyRuleBookHint))
                .clicked()
            {
                commands.push(Command::CopyRuleBookBesidePlan);
            }
            let description = book.description.in_language(language);
            if !description.is_empty() {
                ui.label(RichText::new(description).small());
            }
            for rule in &book.rules {
                ui.add_space(4.0);
                ui.label(rule_name(language, rule));
                let source = rule_source(language, &rule.source);
                let label = ui.label(RichText::new(source).small().weak());
                if !rule.source.quote.is_empty() || !rule.source.address.is_empty() {
                    label.on_hover_ui(|ui| {
                        ui.set_max_width(360.0);
                        if !rule.source.quote.is_empty() {
                            ui.label(format!("“{}”", rule.source.quote));
                        }
                        if !rule.source.address.is_empty() {
                            ui.label(RichText::new(&rule.source.address).small().weak());
                        }
                    });
                }
            }
        });
}
