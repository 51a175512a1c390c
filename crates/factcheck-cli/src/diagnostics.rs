//! Load errors as rustc-style diagnostics: file, line, column and the offending line.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
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
                let end = token_end(&at.line_text, start);
                let group = Level::ERROR.primary_title(message.as_str()).element(
                    Snippet::source(at.line_text.as_str())
                        .line_start(at.line as usize)
                        .path(file.as_str())
                        .annotation(AnnotationKind::Primary.span(start..end)),
                );
                renderer.render(&[group])
            }
            other => {
                let mut message = other.to_string();
                let mut cause = other.source();
                while let Some(c) = cause {
                    message.push_str(&format!(": {c}"));
                    cause = c.source();
                }
                renderer.render(&[Level::ERROR
                    .primary_title(message)
                    .element(Level::NOTE.message("nothing was checked"))])
            }
        };
        let _ = writeln!(out, "{text}\n");
    }
    let n = errors.0.len();
    let _ = writeln!(
        out,
        "error: {n} problem{} found; nothing was checked",
        if n == 1 { "" } else { "s" }
    );
}

/// The end of the word or value starting at byte `start`, for the underline.
fn token_end(line: &str, start: usize) -> usize {
    if start >= line.len() {
        return line.len();
    }
    let rest = &line[start..];
    let len = rest.trim_end().len();
    if len == 0 { line.len() } else { start + len }
}
