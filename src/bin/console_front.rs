//! The console front of the window's program. On Windows the program is built for the GUI
//! subsystem (no console window when opened from the Start menu), so a terminal gets neither
//! its output nor its exit code. This small console program is installed beside it as
//! `curriculum-planner.com`: a terminal finds `.com` before `.exe`, so `curriculum-planner
//! check plan.ron` runs it, it runs the program with the same arguments, passes its output on
//! and returns its exit code. Elsewhere it does the same and is not needed.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let program = match program_beside_this_one() {
        Ok(program) => program,
        Err(error) => {
            eprintln!("curriculum-planner: {error}");
            return ExitCode::from(2);
        }
    };
    // Pipes, not the console's own handles: a GUI-subsystem process is not attached to the
    // console, and writes to a pipe reach this one on every Windows version.
    let child = Command::new(&program)
        .args(std::env::args_os().skip(1))
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => {
            eprintln!(
                "curriculum-planner: cannot start {}: {error}",
                program.display()
            );
            return ExitCode::from(2);
        }
    };
    let output = child
        .stdout
        .take()
        .map(|pipe| pass_on(pipe, std::io::stdout()));
    let errors = child
        .stderr
        .take()
        .map(|pipe| pass_on(pipe, std::io::stderr()));
    let status = child.wait();
    for passing in [output, errors].into_iter().flatten() {
        let _ = passing.join();
    }
    match status {
        Ok(status) => match status.code() {
            Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
            None => ExitCode::FAILURE,
        },
        Err(error) => {
            eprintln!("curriculum-planner: {error}");
            ExitCode::from(2)
        }
    }
}

/// The window's program: `curriculum-planner.exe` (or `curriculum-planner`) in this program's
/// folder.
fn program_beside_this_one() -> std::io::Result<PathBuf> {
    let this = std::env::current_exe()?;
    let name = format!("curriculum-planner{}", std::env::consts::EXE_SUFFIX);
    Ok(this.with_file_name(name))
}

/// Copies a child's pipe to this process's stream as it comes, on a thread of its own so that
/// a full error pipe never blocks the output.
fn pass_on(
    mut pipe: impl Read + Send + 'static,
    mut to: impl Write + Send + 'static,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buffer = [0_u8; 8192];
        while let Ok(read) = pipe.read(&mut buffer) {
            if read == 0
                || to
                    .write_all(&buffer[..read])
                    .and_then(|()| to.flush())
                    .is_err()
            {
                break;
            }
        }
    })
}
