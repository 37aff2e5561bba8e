//! Printing diagnostics: caret snippets for people, JSON lines for CI.

use unicode_width::UnicodeWidthStr;
use vanban_core::{Diagnostic, Lang, Severity};

/// The widest part of a source line shown in a snippet, in characters.
const WINDOW: usize = 120;

/// A character as shown in a snippet: tabs as spaces, control characters as
/// visible symbols (␀, ␛, …) so they never act on the terminal.
fn visible(c: char) -> char {
    match c {
        '\t' => ' ',
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('�'),
        '\u{7F}' => '␡',
        '\u{80}'..='\u{9F}' | '\u{FEFF}' => '�',
        _ => c,
    }
}

/// Colours, or none.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Whether to emit ANSI colour codes.
    pub color: bool,
}

impl Style {
    fn paint(self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// A diagnostic as a snippet:
///
/// ```text
/// lỗi[unknown-agency]: không có cơ quan mã 'btg-q' …
///   --> program.yaml:12:15
///    |
/// 12 |         lead: btg-q
///    |               ^^^^^
///    = gợi ý: có phải ý bạn là 'btg-qu'?
/// ```
pub fn human(d: &Diagnostic, source: Option<&str>, lang: Lang, style: Style) -> String {
    let sev = d.severity.label(lang);
    let color = if d.severity == Severity::Error {
        "1;31"
    } else {
        "1;33"
    };
    let mut out = format!(
        "{}: {}\n",
        style.paint(color, &format!("{sev}[{}]", d.message.code())),
        style.paint("1", &d.message.text(lang))
    );
    let hint_word = match lang {
        Lang::Vi => "gợi ý",
        Lang::En => "hint",
    };
    let Some(pos) = d.pos else {
        out.push_str(&format!("  --> {}\n", d.file));
        if let Some(h) = d.message.hint(lang) {
            out.push_str(&format!("   = {hint_word}: {h}\n"));
        }
        return out;
    };
    let gutter = pos.line.to_string().len();
    let pad = " ".repeat(gutter);
    out.push_str(&format!(
        "{pad}--> {}:{}:{}\n",
        d.file, pos.line, pos.column
    ));
    let line = source.and_then(|s| s.split('\n').nth(pos.line as usize - 1));
    if let Some(line) = line {
        let chars: Vec<char> = line.trim_end_matches('\r').chars().map(visible).collect();
        let col = (pos.column as usize).saturating_sub(1).min(chars.len());
        // Show a window of at most WINDOW characters around the marked value.
        let start = col
            .saturating_sub(WINDOW / 2)
            .min(chars.len().saturating_sub(WINDOW));
        let end = (start + WINDOW).min(chars.len());
        let mut shown: String = chars[start..end].iter().collect();
        if start > 0 {
            shown.insert(0, '…');
        }
        if end < chars.len() {
            shown.push('…');
        }
        let lead = usize::from(start > 0);
        let before: String = chars[start..col].iter().collect();
        let mark_end = (col + pos.len as usize).min(end);
        let marked: String = chars[col..mark_end.max(col)].iter().collect();
        let offset = UnicodeWidthStr::width(before.as_str()) + lead;
        let width = UnicodeWidthStr::width(marked.as_str()).max(1);
        let bar = style.paint("1;34", "|");
        out.push_str(&format!("{pad} {bar}\n"));
        out.push_str(&format!(
            "{} {bar} {shown}\n",
            style.paint("1;34", &pos.line.to_string())
        ));
        out.push_str(&format!(
            "{pad} {bar} {}{}\n",
            " ".repeat(offset),
            style.paint(color, &"^".repeat(width))
        ));
    }
    if let Some(h) = d.message.hint(lang) {
        out.push_str(&format!("{pad} = {hint_word}: {h}\n"));
    }
    out
}

/// A diagnostic as one line of JSON.
pub fn json(d: &Diagnostic, lang: Lang) -> String {
    let severity = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let v = serde_json::json!({
        "file": d.file,
        "line": d.pos.map(|p| p.line),
        "column": d.pos.map(|p| p.column),
        "length": d.pos.map(|p| p.len),
        "severity": severity,
        "code": d.message.code(),
        "message": d.message.text(lang),
        "hint": d.message.hint(lang),
    });
    v.to_string()
}

/// The Vietnamese or English wording of a short CLI message.
pub fn say(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}
