//! `--format human`: a line per passing claim, a rustc-style block per failing one (the claim's
//! line in its file, the evidence sentence with the value underlined, both values normalised),
//! then a summary line.

use super::{Renderer, Stream};
use annotate_snippets::{AnnotationKind, Group, Level, Snippet};
use anstyle::{AnsiColor, Style};
use factcheck_core::{ClaimResult, Outcome, Report, Severity, Summary, Verdict};
use std::io::{self, Write};

/// The report for reviewers. Always styled: the output stream strips colour where it is not
/// wanted.
pub struct Human {
    /// Leave out passing claims.
    pub quiet: bool,
}

/// At most this many evidence sentences are shown per failing claim; JSON has them all.
const MAX_EVIDENCE: usize = 3;

const PASS: Style = AnsiColor::Green.on_default().bold();
const FAIL: Style = AnsiColor::Red.on_default().bold();
const DIM: Style = Style::new().dimmed();

impl Renderer for Human {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        for r in &report.results {
            self.result(r, out)?;
        }
        self.summary(&report.summary(), out)
    }
}

impl Stream for Human {
    fn result(&self, r: &ClaimResult, out: &mut dyn Write) -> io::Result<()> {
        match r.outcome {
            Outcome::Pass | Outcome::Skipped if self.quiet => Ok(()),
            Outcome::Pass => pass_line(r, out),
            Outcome::Skipped => writeln!(out, "{DIM}skip {}:{} {}: {}{DIM:#}", r.file, r.line, r.id, r.explanation),
            Outcome::Fail => {
                writeln!(out, "{}", annotate_snippets::Renderer::styled().render(&failure(r)))?;
                writeln!(out)
            }
        }
    }

    fn summary(&self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let counts: Vec<String> =
            Verdict::ALL.iter().zip(s.verdicts).map(|(v, n)| format!("{n} {}", v.name())).collect();
        let style = if s.failed == 0 { PASS } else { FAIL };
        let skipped = if s.skipped > 0 { format!(", {} skipped", s.skipped) } else { String::new() };
        writeln!(
            out,
            "{style}{} claim{}{style:#}: {}; {} passed, {} failed{skipped}",
            s.total,
            if s.total == 1 { "" } else { "s" },
            counts.join(", "),
            s.passed,
            s.failed
        )
    }
}

fn pass_line(r: &ClaimResult, out: &mut dyn Write) -> io::Result<()> {
    let expected = if r.expect == Verdict::Supported { String::new() } else { " (as expected)".to_string() };
    writeln!(
        out,
        "{PASS}pass{PASS:#} {}{expected} {DIM}{}:{}{DIM:#} {}: {}",
        r.verdict.name(),
        r.file,
        r.line,
        r.id,
        r.claim
    )
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// Byte offset of 1-based character column `column` in `line`.
fn byte_of_column(line: &str, column: u32) -> usize {
    line.char_indices().nth(column.saturating_sub(1) as usize).map_or(line.len(), |(i, _)| i)
}

fn failure(r: &ClaimResult) -> Vec<Group<'_>> {
    let title = format!("{}: {}, expected {}", r.id, r.verdict.name(), r.expect.name());
    let start = byte_of_column(&r.line_text, r.column);
    let claim_label = match &r.claim_value {
        Some(v) => format!("claim: {v}"),
        None => r.kind.to_string(),
    };
    let mut group = level(r.severity).primary_title(title).element(
        Snippet::source(r.line_text.as_str())
            .line_start(r.line as usize)
            .path(r.file.as_str())
            .annotation(AnnotationKind::Primary.span(start..r.line_text.len()).label(claim_label)),
    );
    for e in r.evidence.iter().take(MAX_EVIDENCE) {
        let end = e.offset_in_sentence + (e.end - e.start);
        let what = match (e.agrees, r.verdict) {
            (true, _) => "fits the claim",
            (false, Verdict::NotFound) => "the closest the source comes",
            (false, _) => "does not fit the claim",
        };
        let label = match &e.value {
            Some(v) => format!("source: {v}, {what}"),
            None => format!("source: {what}"),
        };
        group = group.element(
            Snippet::source(e.sentence.as_str())
                .line_start(e.sentence_line as usize)
                .path(e.source.as_str())
                .annotation(AnnotationKind::Context.span(e.offset_in_sentence..end).label(label)),
        );
    }
    if r.evidence.len() > MAX_EVIDENCE {
        group = group.element(
            Level::NOTE.message(format!("and {} more places (see --format json)", r.evidence.len() - MAX_EVIDENCE)),
        );
    }
    group = group.element(Level::NOTE.message(r.explanation.as_str()));
    if let Some(note) = &r.note {
        group = group.element(Level::HELP.message(format!("claim note: {note}")));
    }
    vec![group]
}
