//! Load errors as rustc-style diagnostics: file, line, column and the offending line.
//!
//! A load error quotes what the claim file holds (a value, a key, its path, its line), and claim
//! files come from whoever opened the pull request, so all of it is escaped for the terminal or
//! CI log (see [`crate::escape`]). annotate-snippets would show C0 controls as symbols (`␛`) in
//! the line and the message, but keeps a message's line breaks (indenting the lines after the
//! first, which the Actions runner skips before reading a workflow command), and writes C1
//! controls, line separators and the path raw.

use crate::escape::{terminal, terminal_source};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use factcheck_loader::{LoadError, LoadErrors};
use std::error::Error as _;
use std::io::Write;

/// Writes every load error, then a line counting them.
pub fn print_load_errors(errors: &LoadErrors, out: &mut dyn Write) {
    let renderer = Renderer::styled();
    for e in &errors.0 {
        let text = match e {
            LoadError::Claim { file, at, message } => {
                let start = at
                    .line_text
                    .char_indices()
                    .nth(at.column.saturating_sub(1) as usize)
                    .map_or(at.line_text.len(), |(i, _)| i);
                let end = at.line_text[start..]
                    .char_indices()
                    .nth(at.length as usize)
                    .map_or(at.line_text.len(), |(i, _)| start + i);
                let (line_text, span) = terminal_source(&at.line_text, start..end);
                let path = terminal(file);
                let group = Level::ERROR.primary_title(terminal(message)).element(
                    Snippet::source(line_text.as_ref())
                        .line_start(at.line as usize)
                        .path(path.as_ref())
                        .annotation(AnnotationKind::Primary.span(span.clone())),
                );
                let text = renderer.render(&[group]);
                // annotate-snippets counts the column in the line it is given, which escapes
                // before the span made longer: the place names the column in the file's line.
                let column = |line: &str, at: usize| line[..at].chars().count() + 1;
                let (shown, right) = (column(&line_text, span.start), column(&at.line_text, start));
                if shown == right {
                    text
                } else {
                    text.replacen(&format!("{path}:{}:{shown}", at.line), &format!("{path}:{}:{right}", at.line), 1)
                }
            }
            other => {
                let mut message = other.to_string();
                let mut cause = other.source();
                while let Some(c) = cause {
                    message.push_str(&format!(": {c}"));
                    cause = c.source();
                }
                renderer.render(&[Group::with_title(Level::ERROR.primary_title(terminal(&message)))])
            }
        };
        let _ = writeln!(out, "{text}\n");
    }
    let n = errors.0.len();
    let _ = writeln!(out, "error: {n} problem{} found; nothing was checked", if n == 1 { "" } else { "s" });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::hostile::{PAYLOAD, assert_safe};
    use factcheck_loader::Position;

    #[test]
    fn load_errors_show_no_raw_controls() {
        // The claim's line as the loader reads it: a YAML line holds no line break, but may
        // hold any other character.
        let line_text = format!("  claim: \"{}\" = $5X", PAYLOAD.replace('\n', "\\n"));
        let column = line_text[..line_text.find("$5X").unwrap()].chars().count() as u32 + 1;
        let errors = LoadErrors(vec![
            LoadError::Claim {
                file: format!("claims/{PAYLOAD}.yaml"),
                at: Position { line: 4, column, length: 3, line_text },
                message: format!("cannot read the value: `{PAYLOAD} $5X` is not a number"),
            },
            LoadError::NoClaimFiles { path: format!("dir/{PAYLOAD}") },
        ]);
        let mut out = Vec::new();
        print_load_errors(&errors, &mut out);
        assert_safe(&out);
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("no claim files (*.yaml, *.yml) in `dir/Japan\\n::add-mask::Japan \\u{1b}]0;pwned"),
            "{text}"
        );
        // The place names the column in the file, although escapes made the line longer.
        let file = crate::escape::terminal(&format!("claims/{PAYLOAD}.yaml")).into_owned();
        assert!(text.contains(&format!("{file}:4:{column}")), "{text}");
    }
}
