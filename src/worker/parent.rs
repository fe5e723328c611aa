//! Starting a worker, feeding it its job, and waiting for its answer within the limits: a
//! worker that runs out of time or is cancelled is killed, one that runs out of memory or
//! crashes is only a failed job — the window and the open plan carry on.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::limits::Limits;
use super::protocol::{Job, Reply};

/// What a standard error of a worker is kept of: the end, where the reason is.
const STDERR_KEPT: usize = 16 * 1024;
/// How often the waiting side looks at the worker, the clock and the Cancel button: at
/// first every millisecond (most jobs end within a few), then less often.
const FIRST_POLL: Duration = Duration::from_millis(1);
const LONGEST_POLL: Duration = Duration::from_millis(20);
/// What the Rust runtime prints when an allocation fails (here: past the memory limit).
const OUT_OF_MEMORY_MARK: &str = "memory allocation of";

/// The program that runs workers: this executable unless set (tests set the built binary,
/// since the test harness is not the app).
static PROGRAM: OnceLock<PathBuf> = OnceLock::new();

/// Makes `program` the executable that runs workers (once per process; later calls are
/// ignored).
pub fn set_program(program: PathBuf) {
    let _ = PROGRAM.set(program);
}

fn program() -> std::io::Result<PathBuf> {
    match PROGRAM.get() {
        Some(program) => Ok(program.clone()),
        None => std::env::current_exe(),
    }
}

/// Why a worker gave no answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    CannotStart(String),
    OutOfMemory {
        limit_mebibytes: u64,
    },
    OutOfTime {
        seconds: u64,
    },
    /// It stopped without an answer: a crash, an abort; the last thing it said.
    Crashed(String),
    Cancelled,
}

/// Runs `job` in a worker process within `limits`; `cancel` set from another thread kills it.
pub fn run(job: &Job, limits: Limits, cancel: &AtomicBool) -> Result<Reply, Failure> {
    // RON, the plans' own format: it keeps what JSON cannot (a credit of NaN, say).
    let request = ron::to_string(job).map_err(|error| Failure::CannotStart(error.to_string()))?;
    let program = program().map_err(|error| Failure::CannotStart(error.to_string()))?;
    let mut child = Command::new(&program)
        .arg(super::WORKER_COMMAND)
        .arg("--memory-bytes")
        .arg(limits.memory_bytes.to_string())
        .arg("--seconds")
        .arg(limits.seconds.to_string())
        // The command line's --max-file-size holds in the worker too.
        .arg("--max-file-size-bytes")
        .arg(crate::io::size_limit().to_string())
        // A backtrace would bury the one line that says why the worker stopped.
        .env("RUST_BACKTRACE", "0")
        .env("RUST_LIB_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| Failure::CannotStart(format!("{}: {error}", program.display())))?;
    // Held until the worker has ended (on Windows, its job object).
    let _contained = super::job_object::contain(&child);
    let stdout = child.stdout.take().map(|mut stdout| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = stdout.read_to_end(&mut bytes);
            bytes
        })
    });
    let stderr = child.stderr.take().map(|mut stderr| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = std::io::copy(&mut stderr, &mut TailBuffer(&mut bytes));
            String::from_utf8_lossy(&bytes).into_owned()
        })
    });
    // A worker that dies before reading its job closes the pipe; its exit says why.
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(request.as_bytes());
    }
    let ended = wait(&mut child, limits, cancel);
    let output = stdout
        .and_then(|reader| reader.join().ok())
        .unwrap_or_default();
    let said = stderr
        .and_then(|reader| reader.join().ok())
        .unwrap_or_default();
    match ended {
        Ended::Exited(status) if ran_out_of_processor_time(&status) => Err(Failure::OutOfTime {
            seconds: limits.seconds,
        }),
        Ended::Exited(status) => {
            if let Some(reply) = Reply::from_bytes(&output).filter(|_| status.success()) {
                Ok(reply)
            } else if said.contains(OUT_OF_MEMORY_MARK) {
                Err(Failure::OutOfMemory {
                    limit_mebibytes: limits.memory_bytes / (1024 * 1024),
                })
            } else {
                Err(Failure::Crashed(last_words(&said)))
            }
        }
        Ended::OutOfTime => Err(Failure::OutOfTime {
            seconds: limits.seconds,
        }),
        Ended::Cancelled => Err(Failure::Cancelled),
    }
}

enum Ended {
    Exited(std::process::ExitStatus),
    OutOfTime,
    Cancelled,
}

/// Whether the system stopped the worker at its processor-time limit (SIGXCPU, 24 on Linux).
#[cfg(unix)]
fn ran_out_of_processor_time(status: &std::process::ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal() == Some(24)
}

#[cfg(not(unix))]
fn ran_out_of_processor_time(_status: &std::process::ExitStatus) -> bool {
    false
}

fn wait(child: &mut Child, limits: Limits, cancel: &AtomicBool) -> Ended {
    let started = Instant::now();
    let allowed = Duration::from_secs(limits.seconds);
    let mut poll = FIRST_POLL;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ended::Exited(status),
            Ok(None) => {}
            Err(_) => {
                let _ = child.kill();
                return match child.wait() {
                    Ok(status) => Ended::Exited(status),
                    Err(_) => Ended::OutOfTime,
                };
            }
        }
        let stop = if cancel.load(Ordering::Relaxed) {
            Some(Ended::Cancelled)
        } else if started.elapsed() > allowed {
            Some(Ended::OutOfTime)
        } else {
            None
        };
        if let Some(stop) = stop {
            let _ = child.kill();
            let _ = child.wait();
            return stop;
        }
        std::thread::sleep(poll);
        poll = (poll * 2).min(LONGEST_POLL);
    }
}

/// The last non-empty line a worker said, shortened: why it stopped.
fn last_words(said: &str) -> String {
    let line = said
        .lines()
        .map(str::trim)
        .rfind(|line| !line.is_empty() && !line.starts_with("note:"))
        .unwrap_or_default();
    crate::io::shortened(line)
}

/// Keeps the last `STDERR_KEPT` bytes written to it.
struct TailBuffer<'a>(&'a mut Vec<u8>);

impl Write for TailBuffer<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.extend_from_slice(bytes);
        if self.0.len() > 2 * STDERR_KEPT {
            let cut = self.0.len() - STDERR_KEPT;
            self.0.drain(..cut);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
