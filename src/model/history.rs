//! Undo and redo over `Edit` values, and whether the plan differs from its saved state.
//!
//! Every state of the plan gets a number; the saved state's number is remembered, so undoing
//! back to it makes the plan clean again, and redoing past it dirty.

use super::Plan;
use std::sync::atomic::{AtomicU64, Ordering};

use super::edit::{Edit, EditError, apply};

/// State numbers are unique in the process, not just in one history: a view that caches by
/// state (the library's rows, the inspector's draft) must not mistake a newly opened plan's
/// first state for the old plan's.
static NEXT_STATE: AtomicU64 = AtomicU64::new(1);

fn fresh_state() -> u64 {
    NEXT_STATE.fetch_add(1, Ordering::Relaxed)
}

/// What an undo step was, so that typing in one field becomes one step, not one per letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Coalesce {
    /// Never merged with its neighbours.
    Never,
    /// Merged with the step before when that step has the same key: what is edited (a
    /// module's id, `plan`, a term) and which field.
    Key(String, &'static str),
}

#[derive(Clone, Debug)]
struct Step {
    /// The edit that goes back (on the undo stack) or forward again (on the redo stack).
    edit: Edit,
    /// The state number on the other side of this step.
    state: u64,
    coalesce: Coalesce,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    state: u64,
    /// The state last saved; `None` when no state of the plan was ever saved in this session
    /// and the plan is new (a blank or a template), or after the saved state was lost.
    saved: Option<u64>,
}

impl History {
    /// A history whose current state is the one on disk.
    pub fn saved() -> Self {
        let state = fresh_state();
        Self {
            state,
            saved: Some(state),
            ..Self::default()
        }
    }

    /// A history for a plan not saved anywhere yet.
    pub fn unsaved() -> Self {
        Self {
            state: fresh_state(),
            saved: None,
            ..Self::default()
        }
    }

    /// Applies an edit and records how to undo it. On error nothing changes.
    pub fn apply(
        &mut self,
        plan: &mut Plan,
        edit: Edit,
        coalesce: Coalesce,
    ) -> Result<(), EditError> {
        let inverse = apply(plan, edit)?;
        let merge = coalesce != Coalesce::Never
            && self.redo.is_empty()
            && self
                .undo
                .last()
                .is_some_and(|last| last.coalesce == coalesce)
            && self.saved != Some(self.state);
        if merge {
            // The older inverse already goes back to before the first keystroke.
            self.state = fresh_state();
            return Ok(());
        }
        self.undo.push(Step {
            edit: inverse,
            state: self.state,
            coalesce,
        });
        self.redo.clear();
        self.state = fresh_state();
        Ok(())
    }

    /// Goes back one step; `false` when there is nothing to undo.
    pub fn undo(&mut self, plan: &mut Plan) -> Result<bool, EditError> {
        self.step(plan, true)
    }

    /// Goes forward one step; `false` when there is nothing to redo.
    pub fn redo(&mut self, plan: &mut Plan) -> Result<bool, EditError> {
        self.step(plan, false)
    }

    fn step(&mut self, plan: &mut Plan, backwards: bool) -> Result<bool, EditError> {
        let (from, to) = if backwards {
            (&mut self.undo, &mut self.redo)
        } else {
            (&mut self.redo, &mut self.undo)
        };
        let Some(step) = from.pop() else {
            return Ok(false);
        };
        match apply(plan, step.edit.clone()) {
            Ok(inverse) => {
                to.push(Step {
                    edit: inverse,
                    state: self.state,
                    coalesce: Coalesce::Never,
                });
                self.state = step.state;
                Ok(true)
            }
            Err(error) => {
                from.push(step);
                Err(error)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether the plan differs from what was last saved (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.state)
    }

    /// The current state is now on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.state);
    }

    /// A number that changes whenever the plan does (for caches and autosave).
    pub fn state(&self) -> u64 {
        self.state
    }
}
