//! On Windows a worker is put in a job object that ends it when the window's process ends
//! (and with it the job's last handle), so no worker outlives the app. Elsewhere the pipe
//! closes and the time limit ends it.

#[cfg(windows)]
pub(super) fn contain(child: &std::process::Child) -> Option<win32job::Job> {
    use std::os::windows::io::AsRawHandle;
    let mut limits = win32job::ExtendedLimitInfo::new();
    limits.limit_kill_on_job_close();
    let job = win32job::Job::create_with_limit_info(&limits).ok()?;
    job.assign_process(child.as_raw_handle() as isize).ok()?;
    Some(job)
}

/// Nothing to hold where no job object is needed.
#[cfg(not(windows))]
pub(super) struct NotContained;

#[cfg(not(windows))]
pub(super) fn contain(_child: &std::process::Child) -> NotContained {
    NotContained
}
