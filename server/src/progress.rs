//! Progress for long command-line work, drawn by `indicatif`: a bar redrawn in place on a terminal. Where
//! standard error is not a terminal indicatif draws nothing, so a plain line is printed per tenth instead (logs
//! of CI or `nohup` runs stay readable).

use indicatif::{ProgressBar, ProgressStyle};

const TEMPLATE: &str = "{prefix:<10} [{bar:30}] {percent:>3}% {pos}/{len} {elapsed}";

pub struct Progress {
    label: &'static str,
    total: u64,
    bar: ProgressBar,
    last_tenth: u64,
}

impl Progress {
    pub fn new(label: &'static str, total: u64) -> Progress {
        let total = total.max(1);
        let mut bar = ProgressBar::new(total).with_prefix(label);
        // The template is a constant: it parses, and if it ever did not, the default style still shows progress.
        if let Ok(style) = ProgressStyle::with_template(TEMPLATE) {
            bar = bar.with_style(style.progress_chars("#-"));
        }
        Progress { label, total, bar, last_tenth: 0 }
    }

    /// Counts `n` more items done.
    pub fn add(&mut self, n: u64) {
        self.bar.inc(n);
        if self.bar.is_hidden() {
            let tenth = self.done() * 10 / self.total;
            if tenth > self.last_tenth {
                self.last_tenth = tenth;
                eprintln!("{}", self.line());
            }
        }
    }

    /// Clears the bar and prints the final line with the rate.
    pub fn finish(self) {
        self.bar.finish_and_clear();
        let secs = self.bar.elapsed().as_secs_f64();
        let rate = self.done() as f64 / secs.max(0.001);
        eprintln!("{} done: {} in {secs:.1} s ({rate:.0}/s)", self.label, self.done());
    }

    fn done(&self) -> u64 {
        self.bar.position().min(self.total)
    }

    /// The plain line for logs, as the bar would read.
    fn line(&self) -> String {
        let width = 30;
        let filled = usize::try_from(self.done() * width / self.total).unwrap_or(0).min(30);
        let bar: String = "#".repeat(filled) + &"-".repeat(30 - filled);
        format!(
            "{:<10} [{bar}] {:>3}% {}/{} {:.1} s",
            self.label,
            self.done() * 100 / self.total,
            self.done(),
            self.total,
            self.bar.elapsed().as_secs_f64()
        )
    }
}
