//! How a run talks to people: the language, colour, and how much it says.

use crate::snippet::Style;
use std::io::IsTerminal;
use vanban_core::Lang;

/// How much a run prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Errors only.
    Quiet,
    /// Errors, warnings, the files written and summaries.
    Normal,
    /// Also unchanged documents and timings.
    Verbose,
}

/// The settings every command prints with.
#[derive(Clone, Copy, Debug)]
pub struct Ui {
    /// The language of messages.
    pub lang: Lang,
    /// Colour in diagnostics.
    pub style: Style,
    /// How much to print.
    pub level: Level,
}

impl Ui {
    /// From the flags and the environment: colour only when stderr is a
    /// terminal and `NO_COLOR` is unset or empty.
    pub fn new(lang: Lang, level: Level) -> Self {
        let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::io::stderr().is_terminal();
        Self {
            lang,
            style: Style { color },
            level,
        }
    }

    /// Errors only.
    pub fn quiet(self) -> bool {
        self.level == Level::Quiet
    }

    /// More detail.
    pub fn verbose(self) -> bool {
        self.level == Level::Verbose
    }
}
