//! One binary: a subcommand runs the CLI; no subcommand (or just a file) opens the window.
//! On Windows it is a GUI program (no console window behind the app); a terminal reaches it
//! through `curriculum-planner.com` (src/bin/console_front.rs).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;
use curriculum_planner::cli::{Cli, Command, execute};

/// mimalloc keeps freed memory for reuse: with glibc's allocator every analysis of a large
/// curriculum mapped fresh pages for its arrays and a fifth of the time went to page faults.
/// `Cap` counts the heap so that a worker can be held to its memory limit (it has none
/// otherwise).
#[global_allocator]
static ALLOCATOR: cap::Cap<mimalloc::MiMalloc> = cap::Cap::new(mimalloc::MiMalloc, usize::MAX);

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    cli.apply_settings();
    match cli.command {
        Some(Command::Worker {
            memory_bytes,
            seconds,
            max_file_size_bytes,
        }) => {
            // Past this, an allocation fails and the worker aborts; the window reads that
            // from its exit and says the file asks for too much memory.
            let limit = usize::try_from(memory_bytes).unwrap_or(usize::MAX);
            let _ = ALLOCATOR.set_limit(ALLOCATOR.allocated().saturating_add(limit));
            curriculum_planner::worker::serve(seconds, max_file_size_bytes)
        }
        Some(command) => execute(command),
        None => match curriculum_planner::ui::run(cli.file, started) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("curriculum-planner: {error:#}");
                ExitCode::from(2)
            }
        },
    }
}
