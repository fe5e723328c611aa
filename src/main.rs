//! One binary: a subcommand runs the CLI; no subcommand (or just a file) opens the window.

use std::process::ExitCode;

use clap::Parser;
use curriculum_planner::cli::{Cli, execute};

/// mimalloc keeps freed memory for reuse: with glibc's allocator every analysis of a large
/// curriculum mapped fresh pages for its arrays and a fifth of the time went to page faults.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    cli.apply_settings();
    match cli.command {
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
