//! The print preview tab: the programme document's pages as they will print, page by page,
//! with zoom, and the buttons that export or print it.

use egui::Ui;

use crate::catalogue::Text;
use crate::export::programme::DocumentFormat;
use crate::ui::command::Command;
use crate::ui::printing::{FIT_WIDTH, Printing, QUIET_FOR};
use crate::ui::view_context::ViewContext;

/// Zooms offered; `FIT_WIDTH` sizes the page to the view (landscape pages are wider than
/// the centre of a 1366-pixel screen at 100 %).
const ZOOMS: [f32; 7] = [FIT_WIDTH, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0];

pub fn print_preview_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    printing: &Printing,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let current = printing.preview_is_current(context.plan_state, language);
    if !current && printing.busy().is_none() {
        commands.push(Command::PreparePreview);
    }
    let pages = printing
        .preview
        .as_ref()
        .map_or(0, |preview| preview.page_count());
    let page = printing.page.min(pages.saturating_sub(1));
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(page > 0, egui::Button::new("◀"))
            .on_hover_text(language.text(Text::PreviewPreviousPage))
            .clicked()
        {
            commands.push(Command::ShowPreviewPage(page - 1));
        }
        // No page count before there is a document to count.
        if pages > 0 {
            ui.label(language.fill(Text::DocumentPage, &[&(page + 1), &pages]));
        }
        if ui
            .add_enabled(page + 1 < pages, egui::Button::new("▶"))
            .on_hover_text(language.text(Text::PreviewNextPage))
            .clicked()
        {
            commands.push(Command::ShowPreviewPage(page + 1));
        }
        ui.separator();
        let label = ui.label(language.text(Text::PreviewZoom));
        let mut zoom = printing.zoom;
        let zoom_name = |zoom: f32| {
            if zoom == FIT_WIDTH {
                language.text(Text::PreviewFitWidth).to_owned()
            } else {
                format!("{:.0} %", zoom * 100.0)
            }
        };
        egui::ComboBox::from_id_salt("preview-zoom")
            .selected_text(zoom_name(zoom))
            .show_ui(ui, |ui| {
                for choice in ZOOMS {
                    ui.selectable_value(&mut zoom, choice, zoom_name(choice));
                }
            })
            .response
            .labelled_by(label.id);
        if zoom != printing.zoom {
            commands.push(Command::SetPreviewZoom(zoom));
        }
        ui.separator();
        for format in DocumentFormat::ALL {
            if ui.button(language.text(format.action())).clicked() {
                commands.push(Command::ExportDialog(format));
            }
        }
        if ui.button(language.text(Text::Print)).clicked() {
            commands.push(Command::Print);
        }
    });
    // On a line of its own under the toolbar: whole at any width, never behind a panel.
    if let Some((_, elapsed)) = printing.busy()
        && elapsed >= QUIET_FOR
    {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(language.text(Text::PreviewWorking));
            if ui.button(language.text(Text::Cancel)).clicked() {
                commands.push(Command::CancelPrinting);
            }
        });
    }
    ui.separator();
    let stopped = match printing.preview_failed(context.plan_state) {
        Some(reason) => Some(reason.to_owned()),
        None if printing.preview_held && printing.busy().is_none() => {
            Some(language.text(Text::PreviewCancelled).to_owned())
        }
        None => None,
    };
    if let Some(reason) = stopped {
        ui.colored_label(ui.visuals().error_fg_color, reason);
        if ui.button(language.text(Text::PreviewTryAgain)).clicked() {
            commands.push(Command::PreparePreview);
        }
        return;
    }
    let Some(preview) = printing.preview.as_ref().filter(|_| pages > 0) else {
        // The line above says so while a job runs.
        if printing.busy().is_none() {
            ui.weak(language.text(Text::PreviewWorking));
        }
        return;
    };
    let page_size = preview.page_size(page).unwrap_or(egui::vec2(595.0, 842.0));
    let zoom = if printing.zoom == FIT_WIDTH {
        // Room for the scroll bar beside the page.
        ((ui.available_width() - 24.0) / page_size.x).max(0.1)
    } else {
        printing.zoom
    };
    let size = page_size * zoom;
    let shown =
        egui::ScrollArea::both()
            .id_salt(("preview-page", page))
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Centred when narrower than the view, as a page on a desk.
                let margin = ((ui.available_width() - size.x) / 2.0).max(0.0);
                ui.horizontal(|ui| {
                    ui.add_space(margin);
                    match preview.texture(page) {
                        Some(texture) => {
                            ui.add(egui::Image::new((texture.id(), size)).alt_text(
                                language.fill(Text::DocumentPage, &[&(page + 1), &pages]),
                            ));
                        }
                        None => {
                            if printing.busy().is_none() {
                                commands.push(Command::DrawPreviewPage(page));
                            }
                            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                            ui.painter().rect_filled(rect, 0.0, egui::Color32::WHITE);
                        }
                    }
                });
            });
    if let Some(turned) = wheel_turns_page(ui, &shown, page, pages) {
        commands.push(Command::ShowPreviewPage(turned));
    }
}

/// The wheel turns the page, as in a PDF viewer: down past the bottom of a page to the next,
/// up past its top to the one before. Once per wheel gesture: a gesture sends many events.
fn wheel_turns_page<R>(
    ui: &Ui,
    shown: &egui::scroll_area::ScrollAreaOutput<R>,
    page: usize,
    pages: usize,
) -> Option<usize> {
    const PAUSE: f64 = 0.4;
    let hovered = ui.rect_contains_pointer(shown.inner_rect);
    let (wheel, now) = ui.input(|input| {
        let wheel: f32 = input
            .raw
            .events
            .iter()
            .filter_map(|event| match event {
                egui::Event::MouseWheel { delta, .. } => Some(delta.y),
                _ => None,
            })
            .sum();
        (wheel, input.time)
    });
    if !hovered || wheel == 0.0 {
        return None;
    }
    let last_turn = ui.make_persistent_id("preview-wheel-turn");
    let since = now - ui.data(|data| data.get_temp::<f64>(last_turn).unwrap_or(f64::MIN));
    if since < PAUSE {
        return None;
    }
    let offset = shown.state.clamped_offset().y;
    let bottom = (shown.content_size.y - shown.inner_rect.height()).max(0.0);
    let turned = if wheel < 0.0 && offset >= bottom - 1.0 && page + 1 < pages {
        Some(page + 1)
    } else if wheel > 0.0 && offset <= 1.0 && page > 0 {
        Some(page - 1)
    } else {
        None
    };
    if turned.is_some() {
        ui.data_mut(|data| data.insert_temp(last_turn, now));
    }
    turned
}
