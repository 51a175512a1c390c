//! `--format github`: GitHub Actions workflow commands. Each failing claim is one line,
//! `::error file=F,line=L,col=C,title=T::MESSAGE` (`::warning` for severity `warning`,
//! `::notice` for `info`), at the claim's place in its claim file, so that the run shows it as an
//! annotation there; the message holds the explanation, the claim's value and the evidence. A
//! last `::notice` line gives the summary. Passing and skipped claims write nothing else.
//!
//! GitHub reads a command up to the end of its line, so the escaping it requires is applied:
//! in the message `%`, CR and LF become `%25`, `%0D` and `%0A`; in a property `:` and `,` also
//! become `%3A` and `%2C`.

use super::{Renderer, plain_details, summary_line, title};
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
                property(&r.file),
                r.line,
                r.column,
                property(&format!("factcheck {} ({})", title(r), r.severity.name())),
                data(&plain_details(r))
            )?;
        }
        writeln!(out, "::notice title=factcheck::{}", data(&summary_line(&report.summary())))
    }
}

/// Escapes the message of a workflow command.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes the value of a workflow command's property.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_requires() {
        assert_eq!(data("100%\r\nnext: a, b"), "100%25%0D%0Anext: a, b");
        assert_eq!(property("a:b,c%d\n"), "a%3Ab%2Cc%25d%0A");
    }
}
