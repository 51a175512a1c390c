//! Load errors as rustc-style diagnostics: file, line, column and the offending line.

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
                renderer.render(&[Group::with_title(Level::ERROR.primary_title(message))])
            }
        };
        let _ = writeln!(out, "{text}\n");
    }
    let n = errors.0.len();
    let _ = writeln!(out, "error: {n} problem{} found; nothing was checked", if n == 1 { "" } else { "s" });
}
