//! Where and how long a module is taught: one placement per term it runs in.
//!
//! A module states its credits and hours once; each placement says how that term teaches its
//! share — whole weekly hours over a number of weeks (4 × 12), a block of whole weeks
//! (军事技能 2 周, 岗位实习 18 周), or plain hours (a short course's phase, or an older plan
//! whose hours did not divide into whole weekly hours).

use serde::{Deserialize, Serialize};

use super::ModuleId;

/// A module placed in a term.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placement {
    pub module: ModuleId,
    pub time: PlacementTime,
}

/// How a placement's hours are laid out in its term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlacementTime {
    /// `hours` a week over `weeks` teaching weeks (周学时 × 周数).
    Weekly { hours: u32, weeks: u32 },
    /// Whole weeks of block practice (集中实践, 岗位实习): the module's hours over its blocks.
    Block { weeks: u32 },
    /// Hours without a weekly form: a short course's phase, or a migrated placement.
    Hours(u32),
}

impl Placement {
    pub fn weekly(module: ModuleId, hours: u32, weeks: u32) -> Self {
        Self {
            module,
            time: PlacementTime::Weekly { hours, weeks },
        }
    }

    pub fn block(module: ModuleId, weeks: u32) -> Self {
        Self {
            module,
            time: PlacementTime::Block { weeks },
        }
    }

    pub fn hours(module: ModuleId, hours: u32) -> Self {
        Self {
            module,
            time: PlacementTime::Hours(hours),
        }
    }
}

impl PlacementTime {
    /// The hours this placement states itself (weekly hours × weeks, or plain hours); a
    /// block states weeks only, its hours follow from the module's.
    pub fn stated_hours(self) -> Option<u32> {
        match self {
            PlacementTime::Weekly { hours, weeks } => Some(hours.saturating_mul(weeks)),
            PlacementTime::Hours(hours) => Some(hours),
            PlacementTime::Block { .. } => None,
        }
    }

    /// Weeks of block practice this placement takes out of its term.
    pub fn block_weeks(self) -> u32 {
        match self {
            PlacementTime::Block { weeks } => weeks,
            _ => 0,
        }
    }

    /// Teaching weeks the placement runs over, when it is taught weekly.
    pub fn teaching_weeks(self) -> Option<u32> {
        match self {
            PlacementTime::Weekly { weeks, .. } => Some(weeks),
            _ => None,
        }
    }

    /// Whole weekly hours for `hours` in a term of `teaching_weeks`: the fewest weekly hours
    /// that divide the hours and fit the term (48 h in 18 weeks: 3 × 16; 40 h: 4 × 10).
    pub fn fitting(hours: u32, teaching_weeks: u32) -> Self {
        if hours == 0 || teaching_weeks == 0 {
            return PlacementTime::Hours(hours);
        }
        // The most weeks that divide the hours, at most the term's: at most 52 steps.
        let weeks = (1..=teaching_weeks.min(hours))
            .rev()
            .find(|weeks| hours.is_multiple_of(*weeks))
            .unwrap_or(1);
        PlacementTime::Weekly {
            hours: hours / weeks,
            weeks,
        }
    }

    /// How a file of format version 2 placed `hours` in a term of `teaching_weeks`: whole
    /// weekly hours over the whole term when they divide, plain hours when they do not.
    pub fn over_term(hours: u32, teaching_weeks: u32) -> Self {
        if teaching_weeks > 0 && hours > 0 && hours.is_multiple_of(teaching_weeks) {
            PlacementTime::Weekly {
                hours: hours / teaching_weeks,
                weeks: teaching_weeks,
            }
        } else {
            PlacementTime::Hours(hours)
        }
    }
}
