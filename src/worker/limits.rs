//! How much memory and time a worker may take: enough for any real questionnaire export or
//! programme document, far less than a hostile file asks for.

use std::sync::atomic::{AtomicU64, Ordering};

const MEBIBYTE: u64 = 1024 * 1024;

/// A worker's allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Heap bytes the worker may hold at once.
    pub memory_bytes: u64,
    /// Wall-clock seconds before it is stopped.
    pub seconds: u64,
}

/// Set from the command line (`--worker-memory`, `--worker-time`) or by tests; 0 = not set.
static MEMORY_OVERRIDE: AtomicU64 = AtomicU64::new(0);
static SECONDS_OVERRIDE: AtomicU64 = AtomicU64::new(0);

/// Raises (or lowers) every worker's limits for this process.
pub fn set_limits(memory_mebibytes: Option<u64>, seconds: Option<u64>) {
    if let Some(mebibytes) = memory_mebibytes {
        MEMORY_OVERRIDE.store(mebibytes.saturating_mul(MEBIBYTE), Ordering::Relaxed);
    }
    if let Some(seconds) = seconds {
        SECONDS_OVERRIDE.store(seconds, Ordering::Relaxed);
    }
}

impl Limits {
    fn with_overrides(self) -> Self {
        let memory = MEMORY_OVERRIDE.load(Ordering::Relaxed);
        let seconds = SECONDS_OVERRIDE.load(Ordering::Relaxed);
        Self {
            memory_bytes: if memory == 0 {
                self.memory_bytes
            } else {
                memory
            },
            seconds: if seconds == 0 { self.seconds } else { seconds },
        }
    }

    /// Reading one questionnaire export. 100,000 answers × 60 columns (a 20 MB .xlsx, far
    /// more than an employer survey has) read in 490 MiB and 16 s on two cores; four times that
    /// room is left.
    pub fn questionnaire() -> Self {
        Self {
            memory_bytes: 2048 * MEBIBYTE,
            seconds: 60,
        }
        .with_overrides()
    }

    /// Laying out a programme document with a plan's own template: the bundled one takes
    /// under 100 MiB and a second for a 3-year plan.
    pub fn document() -> Self {
        Self {
            memory_bytes: 2048 * MEBIBYTE,
            seconds: 120,
        }
        .with_overrides()
    }
}
