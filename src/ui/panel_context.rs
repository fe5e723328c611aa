use super::command::Selection;
use super::i18n::Language;
use crate::model::{Library, Plan};

/// What the side panels (library and inspector) read: the plan, the bundled library, the
/// language and the selection. `plan_state` is the history state, for caches.
pub struct PanelContext<'a> {
    pub plan: &'a Plan,
    pub plan_state: u64,
    pub library: &'a Library,
    pub language: Language,
    pub selection: &'a Selection,
}
