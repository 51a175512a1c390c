//! `--format github`: GitHub Actions workflow commands. Each failing claim is one line,
//! `::error file=F,line=L,col=C,title=T::MESSAGE` (`::warning` for severity `warning`,
//! `::notice` for `info`), at the claim's place in its claim file, so that the run shows it as an
//! annotation there; the message holds the explanation, the claim's value and the evidence. A
//! last `::notice` line gives the summary. Passing and skipped claims write nothing else.
//!
//! GitHub reads a command up to the end of its line, so the escaping it requires is applied:
//! in the message `%`, CR and LF become `%25`, `%0D` and `%0A`; in a property `:` and `,` also
//! become `%3A` and `%2C`. Before that, user text is escaped as for a terminal (see
//! [`crate::escape::terminal`]): no control character reaches the log raw, a line break in a
//! claim or a file name is shown as `\n` (only the report's own line breaks become `%0A`), and
//! `##[`, which the runner reads as a command anywhere in a line, is broken.

use super::{Renderer, plain_details, summary_line, title};
use crate::escape::terminal;
use factcheck_core::{Outcome, Report, Severity};
use std::io::{self, Write};

/// The workflow-command report.
pub struct Github;

impl Renderer for Github {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for r in report.results.iter().filter(|r| r.outcome == Outcome::Fail) {
            let command = match r.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            writeln!(
                out,
                "::{command} file={},line={},col={},title={}::{}",
                property(&terminal(&r.file)),
                r.line,
                r.column,
                property(&terminal(&format!("factcheck {} ({})", title(r), r.severity.name()))),
                // Already escaped: its line breaks are its own.
                data(&plain_details(r))
            )?;
        }
        writeln!(out, "::notice title=factcheck::{}", data(&summary_line(&report.summary())))
    }
}

/// Escapes the message of a workflow command: the three characters GitHub unescapes, and any
/// control character left, so that the command stays on its line whatever `text` holds.
fn data(text: &str) -> String {
    let text = text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    terminal(&text).into_owned()
}

/// Escapes the value of a workflow command's property.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::hostile;

    #[test]
    fn user_text_cannot_leave_its_command() {
        let report = Report { results: vec![hostile::result()] };
        let mut out = Vec::new();
        Github.render(&report, &mut out).unwrap();
        hostile::assert_safe(&out);
        // One line per failing claim and the summary, each a command of factcheck's own.
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        assert!(
            lines[0].starts_with("::error file=claims/Japan\\n%3A%3Aadd-mask%3A%3AJapan \\u{1b}]0;pwned"),
            "{text}"
        );
        assert!(lines[1].starts_with("::notice title=factcheck::"), "{text}");
        // The note's own lines are kept, as GitHub's escape.
        assert!(lines[0].contains("%0Anote: a note%0A    Japan%0A    ::add-mask::Japan \\u{1b}]0;"), "{text}");
    }

    #[test]
    fn escapes_as_github_requires() {
        assert_eq!(data("100%\r\nnext: a, b"), "100%25%0D%0Anext: a, b");
        assert_eq!(property("a:b,c%d\n"), "a%3Ab%2Cc%25d%0A");
        // Whatever the caller left, no control character and no line break reaches the log.
        assert_eq!(data("a\u{1b}[2J\u{9b}\u{2028}b"), "a\\u{1b}[2J\\u{9b}\\u{2028}b");
    }
}
