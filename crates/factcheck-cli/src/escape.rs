//! User text made safe for a terminal or a CI log. Claim files, notes, file names and sources
//! come from whoever opened the pull request: a raw ESC can retitle or clear the reader's
//! terminal, and a line break can start a line with a GitHub workflow command
//! (`::add-mask::`). Every control character (C0, DEL, C1) and every line or paragraph
//! separator in user text is written as a visible escape (`\n`, `\u{1b}`), as is a Unicode
//! bidirectional override, which can make a line read otherwise than it is.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal raw.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{85}')
}

/// `text` with every control character, line break and bidirectional override escaped
/// (`\n`, `\t`, `\r`, `\u{1b}`); unchanged (and not copied) when it has none.
pub(crate) fn terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
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
    fn controls_and_line_breaks_become_visible() {
        assert_eq!(terminal("Japan\n::add-mask::Japan"), "Japan\\n::add-mask::Japan");
        assert_eq!(terminal("\u{1b}]0;pwned\u{7}\u{1b}[2J"), "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J");
        assert_eq!(terminal("a\u{9b}b\u{7f}c\rd\te"), "a\\u{9b}b\\u{7f}c\\rd\\te");
        assert_eq!(terminal("x\u{202e}y\u{2028}z"), "x\\u{202e}y\\u{2028}z");
        assert!(matches!(terminal("São Paulo: $12.1B — “quoted”"), Cow::Borrowed(_)));
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
