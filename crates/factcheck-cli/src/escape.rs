//! User text made safe for a terminal or a CI log. Claim files, notes, file names and sources
//! come from whoever opened the pull request: a raw ESC can retitle or clear the reader's
//! terminal, and a line break can start a line with a GitHub workflow command
//! (`::add-mask::`). Every control character (C0, DEL, C1) and every line or paragraph
//! separator in user text is written as a visible escape (`\n`, `\u{1b}`), as is a Unicode
//! bidirectional override, which can make a line read otherwise than it is. So is the `#` that
//! opens `##[`: the GitHub Actions runner still reads its older `##[command]` form anywhere in a
//! line, not only at its start.

use std::borrow::Cow;
use std::ops::Range;

/// Whether `c` must not reach a terminal raw.
pub(crate) fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{85}')
}

/// `text` with every control character, line break and bidirectional override escaped
/// (`\n`, `\t`, `\r`, `\u{1b}`), and `##[` written `\u{23}#[`; unchanged (and not copied) when
/// it has none of them.
pub(crate) fn terminal(text: &str) -> Cow<'_, str> {
    if !needs_escape(text) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(escape(text, |_| false, None).0.unwrap_or_default())
}

/// Writes `value` as JSON (pretty or compact) with every character that [`is_unsafe`] but that
/// serde_json leaves raw (DEL, C1 controls, line and paragraph separators, bidirectional
/// overrides) written as a `\uXXXX` escape: the same JSON value, safe on a terminal. Such
/// characters can stand only inside JSON strings, so the escape is always valid JSON.
pub(crate) fn write_json(
    out: &mut dyn std::io::Write,
    value: &impl serde::Serialize,
    pretty: bool,
) -> std::io::Result<()> {
    let bytes = if pretty { serde_json::to_vec_pretty(value) } else { serde_json::to_vec(value) }?;
    let text = String::from_utf8(bytes).map_err(std::io::Error::other)?;
    if !text.chars().any(|c| is_unsafe(c) && !matches!(c, '\0'..='\u{1f}')) {
        return out.write_all(text.as_bytes());
    }
    let mut escaped = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        // C0 controls are escaped by serde_json inside strings; outside them, a pretty
        // printer's own line breaks stay.
        if is_unsafe(c) && !matches!(c, '\0'..='\u{1f}') {
            escaped.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            escaped.push(c);
        }
    }
    out.write_all(escaped.as_bytes())
}

/// Source text for annotate-snippets: `text` with what annotate-snippets writes raw escaped as
/// by [`terminal`] (C1 controls, of which `\u{9b}` is a CSI on some terminals, line and
/// paragraph separators, `##[`), and `span` (byte offsets in `text`) moved to the same
/// characters in the escaped text, so that an underline still falls under what it marks. The
/// rest is left to annotate-snippets, which lays out line breaks and tabs itself and shows C0
/// controls and DEL as symbols (`␛`) and bidirectional overrides as `�`, each one column wide.
pub(crate) fn terminal_source(text: &str, span: Range<usize>) -> (Cow<'_, str>, Range<usize>) {
    if !needs_escape(text) {
        return (Cow::Borrowed(text), span);
    }
    let (out, span) = escape(text, shown_by_annotate_snippets, Some(span));
    match out {
        Some(out) => (Cow::Owned(out), span),
        None => (Cow::Borrowed(text), span),
    }
}

/// Whether annotate-snippets replaces `c` in a source line by a visible symbol (its
/// `OUTPUT_REPLACEMENTS`, checked by a test in `render::human`).
fn shown_by_annotate_snippets(c: char) -> bool {
    matches!(c, '\0'..='\u{1f}' | '\u{7f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether [`terminal`] would change `text`.
fn needs_escape(text: &str) -> bool {
    text.chars().any(is_unsafe) || text.contains("##[")
}

/// `text` escaped, leaving raw each character that `keep` accepts, with `span` mapped onto the
/// result; `None` when nothing needed escaping.
fn escape(text: &str, keep: impl Fn(char) -> bool, span: Option<Range<usize>>) -> (Option<String>, Range<usize>) {
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    // A span offset inside a character is taken at that character's start.
    let (mut start, mut end) = (None, None);
    for (i, c) in text.char_indices() {
        if let Some(span) = &span {
            if start.is_none() && span.start <= i {
                start = Some(out.len());
            }
            if end.is_none() && span.end <= i {
                end = Some(out.len());
            }
        }
        if keep(c) {
            out.push(c);
        } else if c == '#' && text[i + 1..].starts_with("#[") {
            out.push_str("\\u{23}");
            changed = true;
        } else if is_unsafe(c) {
            out.extend(c.escape_debug());
            changed = true;
        } else {
            out.push(c);
        }
    }
    let start = start.unwrap_or(out.len());
    let span = start..end.unwrap_or(out.len()).max(start);
    (changed.then_some(out), span)
}

/// Whether `bytes` (a whole rendered output) holds a control character other than a line feed
/// or a tab, or an ESC that does not start an SGR colour sequence (`ESC [ ... m`), the only
/// escape sequence factcheck itself writes.
#[cfg(test)]
pub(crate) fn has_raw_controls(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            if chars.next() != Some('[') {
                return true;
            }
            let mut closed = false;
            for d in chars.by_ref() {
                if d == 'm' {
                    closed = true;
                    break;
                }
                if !(d.is_ascii_digit() || d == ';') {
                    return true;
                }
            }
            if !closed {
                return true;
            }
        } else if c != '\n' && c != '\t' && is_unsafe(c) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_serde_json_leaves_raw() {
        let value = serde_json::json!({ "claim": "a\u{9b}b\u{7f}c\u{202e}d\n\u{1b}e" });
        let mut out = Vec::new();
        write_json(&mut out, &value, true).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(!has_raw_controls(text.as_bytes()), "{text:?}");
        assert!(text.contains(r"a\u009bb\u007fc\u202ed\n\u001be"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value, "the same JSON value");
    }

    #[test]
    fn controls_and_line_breaks_become_visible() {
        assert_eq!(terminal("Japan\n::add-mask::Japan"), "Japan\\n::add-mask::Japan");
        assert_eq!(terminal("\u{1b}]0;pwned\u{7}\u{1b}[2J"), "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J");
        assert_eq!(terminal("a\u{9b}b\u{7f}c\rd\te"), "a\\u{9b}b\\u{7f}c\\rd\\te");
        assert_eq!(terminal("x\u{202e}y\u{2028}z"), "x\\u{202e}y\\u{2028}z");
        assert!(matches!(terminal("São Paulo: $12.1B — “quoted”"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_older_runner_command_form_is_broken() {
        assert_eq!(terminal("a ##[add-mask]b"), "a \\u{23}#[add-mask]b");
        assert_eq!(terminal("###[x"), "#\\u{23}#[x");
        assert!(!terminal("###[x").contains("##["));
        assert!(matches!(terminal("# heading [1] ##"), Cow::Borrowed(_)));
    }

    #[test]
    fn source_text_escapes_what_annotate_snippets_writes_raw() {
        let text = "a\u{1b}[2J\u{9b}b $5\r\n\tc\u{2028}\u{202e}";
        let at = text.find("$5").unwrap();
        let (shown, span) = terminal_source(text, at..at + 2);
        assert_eq!(shown, "a\u{1b}[2J\\u{9b}b $5\r\n\tc\\u{2028}\u{202e}");
        assert_eq!(&shown[span], "$5");
        let (shown, span) = terminal_source("##[x] $5", 6..8);
        assert_eq!((&*shown, &shown[span]), ("\\u{23}#[x] $5", "$5"));
        // A span at the very end, or empty, stays so.
        let (shown, span) = terminal_source("\u{85}x", 3..3);
        assert_eq!((&*shown, span), ("\\u{85}x", 7..7));
        // Nothing to escape, or only what annotate-snippets shows itself: not copied.
        assert!(matches!(terminal_source("plain", 1..3), (Cow::Borrowed(_), s) if s == (1..3)));
        assert!(matches!(terminal_source("a\u{1b}b", 1..2), (Cow::Borrowed(_), s) if s == (1..2)));
    }

    #[test]
    fn raw_controls_are_told_from_colour() {
        assert!(!has_raw_controls(b"\x1b[1m\x1b[32mpass\x1b[0m line\n\tnext"));
        assert!(has_raw_controls(b"\x1b]0;pwned\x07"));
        assert!(has_raw_controls(b"a\rb"));
        assert!(has_raw_controls("a\u{9b}b".as_bytes()));
        assert!(has_raw_controls(b"\x1b[2J"));
    }
}
