//! A progress bar for long command-line work: redrawn in place on a terminal, a line per tenth otherwise
//! (so logs of CI or `nohup` runs stay readable).

use std::{
    io::{IsTerminal, Write},
    time::{Duration, Instant},
};

pub struct Progress {
    label: &'static str,
    total: u64,
    done: u64,
    started: Instant,
    last_draw: Instant,
    last_tenth: u64,
    terminal: bool,
}

impl Progress {
    pub fn new(label: &'static str, total: u64) -> Progress {
        let now = Instant::now();
        Progress {
            label,
            total: total.max(1),
            done: 0,
            started: now,
            last_draw: now - Duration::from_secs(1),
            last_tenth: 0,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    /// Counts `n` more items done.
    pub fn add(&mut self, n: u64) {
        self.done = (self.done + n).min(self.total);
        let tenth = self.done * 10 / self.total;
        if self.terminal && self.last_draw.elapsed() >= Duration::from_millis(100) {
            self.last_draw = Instant::now();
            eprint!("\r{}", self.line());
            let _ = std::io::stderr().flush();
        } else if !self.terminal && tenth > self.last_tenth {
            self.last_tenth = tenth;
            eprintln!("{}", self.line());
        }
    }

    /// Prints the final line with the rate.
    pub fn finish(self) {
        let secs = self.started.elapsed().as_secs_f64();
        let rate = self.done as f64 / secs.max(0.001);
        let end = if self.terminal { "\r" } else { "" };
        eprintln!("{end}{} done: {} in {secs:.1} s ({rate:.0}/s){:20}", self.label, self.done, "");
    }

    fn line(&self) -> String {
        let width = 30;
        let filled = usize::try_from(self.done * width / self.total).unwrap_or(0);
        let bar: String = "#".repeat(filled) + &"-".repeat(30 - filled.min(30));
        format!(
            "{:<10} [{bar}] {:>3}% {}/{} {:.1} s",
            self.label,
            self.done * 100 / self.total,
            self.done,
            self.total,
            self.started.elapsed().as_secs_f64()
        )
    }
}
