//! What a build shows while it runs: a progress bar on a terminal, one
//! plain line per document elsewhere (CI logs), nothing but errors when
//! quiet. Diagnostics go to stderr, document lines and the summary to stdout.

use crate::output;
use crate::ui::Ui;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;
use vanban_core::Lang;

/// Shows progress.
pub struct Progress {
    bar: Option<ProgressBar>,
    ui: Ui,
}

impl Progress {
    /// A bar for `total` documents when stderr is an interactive terminal
    /// and not in CI; plain lines otherwise.
    pub fn new(ui: Ui, total: usize) -> Self {
        let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        let terminal = std::io::stderr().is_terminal() && !ci && !dumb;
        let bar = (terminal && !ui.quiet() && total > 0).then(|| {
            let bar =
                ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("█▌ ");
            bar.set_style(style);
            bar
        });
        Self { bar, ui }
    }

    /// Prints diagnostics (stderr), above the bar.
    pub fn log(&self, text: &str) {
        if text.is_empty() {
            return;
        }
        match &self.bar {
            Some(bar) => bar.suspend(|| eprint!("{text}")),
            None => eprint!("{text}"),
        }
    }

    /// Prints a line about a document (stdout) unless quiet; `false` when
    /// stdout cannot be written (a broken pipe).
    pub fn line(&self, text: &str) -> bool {
        if self.ui.quiet() {
            return true;
        }
        match &self.bar {
            Some(bar) => bar.suspend(|| output::line(text)),
            None => output::line(text),
        }
    }

    /// One more document done; `name` is shown beside the bar.
    pub fn step(&self, name: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(name.to_string());
            bar.inc(1);
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Seconds with two decimals, a decimal comma in Vietnamese.
pub fn seconds(d: Duration, lang: Lang) -> String {
    let s = format!("{:.2}", d.as_secs_f64());
    match lang {
        Lang::Vi => s.replace('.', ","),
        Lang::En => s,
    }
}
