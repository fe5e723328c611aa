//! Writing to standard output and error. A reader that goes away early (`report … | head`)
//! ends the program quietly with status 0, as other command-line tools do, instead of the
//! panic `println!` gives on a closed pipe.

use std::io::{ErrorKind, Write};

use crate::catalogue::{Language, Text};

/// Writes `text` to standard output.
pub fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        stop_quietly(&error);
    }
}

/// Writes `text` and a line break to standard output.
pub fn out_line(text: &str) {
    let mut line = String::with_capacity(text.len() + 1);
    line.push_str(text);
    line.push('\n');
    out(&line);
}

/// Writes `text` and a line break to standard error.
pub fn error_line(text: &str) {
    let mut stderr = std::io::stderr().lock();
    // Nowhere left to say that standard error is closed: nothing else to do.
    let _ = writeln!(stderr, "{text}");
}

/// Lines written in one go, for output of many lines (a `check` with 100,000 findings makes
/// one write per 8 KiB, not one per line).
pub struct Lines {
    writer: std::io::BufWriter<std::io::StdoutLock<'static>>,
}

impl Lines {
    pub fn new() -> Self {
        Self {
            writer: std::io::BufWriter::new(std::io::stdout().lock()),
        }
    }

    pub fn line(&mut self, text: &str) {
        if let Err(error) = writeln!(self.writer, "{text}") {
            stop_quietly(&error);
        }
    }

    pub fn finish(mut self) {
        if let Err(error) = self.writer.flush() {
            stop_quietly(&error);
        }
    }
}

impl Default for Lines {
    fn default() -> Self {
        Self::new()
    }
}

fn stop_quietly(error: &std::io::Error) -> ! {
    if error.kind() == ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    let say = |language: Language| language.fill(Text::CannotWriteOutput, &[error]);
    error_line(&format!(
        "{} / {}",
        say(Language::Chinese),
        say(Language::English)
    ));
    std::process::exit(2);
}
