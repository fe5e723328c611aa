//! The side panels: the module library on the left, the inspector on the right (a module's,
//! a term's or the plan's own details, with their editors), and how a panel collapses.

pub(in crate::ui) mod calendar_editor;
pub(in crate::ui) mod group_editor;
pub(in crate::ui) mod inspector_view;
pub(in crate::ui) mod library_view;
pub(in crate::ui) mod placement_editor;
pub(in crate::ui) mod rule_book_view;
pub(in crate::ui) mod side_panels;
