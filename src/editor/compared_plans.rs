//! Other plans opened beside the open one, only to compare it with them: read, never
//! edited or saved.

use std::path::PathBuf;

use crate::model::Plan;

pub struct OtherPlan {
    pub path: PathBuf,
    pub plan: Plan,
}

#[derive(Default)]
pub struct ComparedPlans {
    others: Vec<OtherPlan>,
    /// Bumped whenever `others` changes, so a comparison worked out earlier can tell.
    version: u64,
}

impl ComparedPlans {
    pub fn add(&mut self, other: OtherPlan) {
        self.others.push(other);
        self.version += 1;
    }

    pub fn remove(&mut self, index: usize) {
        if index < self.others.len() {
            self.others.remove(index);
            self.version += 1;
        }
    }

    pub fn others(&self) -> &[OtherPlan] {
        &self.others
    }

    pub fn version(&self) -> u64 {
        self.version
    }
}
