//! `--format human`: a line per passing claim, ending with where the source says so (the place
//! and matched text of its leading evidence, see [`super::leading_evidence`]), a rustc-style
//! block per failing one (the claim's line in its file, the evidence sentence with the value
//! underlined, both values normalised), then a summary line. With `verbose`, each passing line
//! is followed by the same block, so that a reviewer can judge a pass as closely as a failure.
//!
//! Everything from a claim file or a source (text, ids, file names, notes, values, the engine's
//! explanations that quote them) is escaped for the terminal or CI log it is read in (see
//! [`crate::escape`]): annotate-snippets shows C0 controls in source lines as symbols, but
//! writes C1 controls, line separators, paths, labels and notes raw, and a note's line break
//! would start a log line of its own.

use super::{MAX_SNIPPET_CHARS, Stream, excerpt, leading_evidence, matched_text};
use crate::escape::terminal;
use annotate_snippets::{AnnotationKind, Group, Level, Snippet};
use anstyle::{AnsiColor, Style};
use factcheck_core::{ClaimResult, Outcome, Severity, Summary, Verdict};
use std::io::{self, Write};

/// The report for reviewers. Always styled: the output stream strips colour where it is not
/// wanted.
pub struct Human {
    /// Leave out passing claims.
    pub quiet: bool,
    /// Show each passing claim's evidence block after its line.
    pub verbose: bool,
}

/// At most this many evidence sentences are shown per failing claim; JSON has them all.
const MAX_EVIDENCE: usize = 3;
const PASS: Style = AnsiColor::Green.on_default().bold();
const FAIL: Style = AnsiColor::Red.on_default().bold();
const DIM: Style = Style::new().dimmed();

impl Stream for Human {
    fn result(&self, r: &ClaimResult, out: &mut dyn Write) -> io::Result<()> {
        match r.outcome {
            Outcome::Pass | Outcome::Skipped if self.quiet => Ok(()),
            Outcome::Pass => {
                pass_line(r, out)?;
                if self.verbose { write_block(r, Group::with_level(Level::NOTE), out) } else { Ok(()) }
            }
            Outcome::Skipped => writeln!(
                out,
                "{DIM}skip {}:{} {}: {}{DIM:#}",
                terminal(&r.file),
                r.line,
                terminal(&r.id),
                terminal(&r.explanation)
            ),
            Outcome::Fail => {
                let title = format!("{}: {}, expected {}", terminal(&r.id), r.verdict.name(), r.expect.name());
                write_block(r, Group::with_title(level(r.severity).primary_title(title)), out)
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

/// `pass VERDICT FILE:LINE ID: CLAIM  SOURCE:LINE:COLUMN "MATCHED"`: where the claim was found
/// is on its line, so that a reviewer sees what a pass rests on (and a moved support shows).
fn pass_line(r: &ClaimResult, out: &mut dyn Write) -> io::Result<()> {
    let expected = if r.expect == Verdict::Supported { String::new() } else { " (as expected)".to_string() };
    let found = match leading_evidence(r) {
        Some(e) => {
            format!("  {DIM}{}:{}:{}{DIM:#} \"{}\"", terminal(&e.source), e.line, e.column, terminal(&matched_text(e)))
        }
        None => String::new(),
    };
    writeln!(
        out,
        "{PASS}pass{PASS:#} {}{expected} {DIM}{}:{}{DIM:#} {}: {}{found}",
        r.verdict.name(),
        terminal(&r.file),
        r.line,
        terminal(&r.id),
        terminal(&shorten(&r.claim))
    )
}

/// Writes `r`'s block under `group` (a failure's title, or none for a passing claim, whose
/// line says the rest), the places in it put right, and a blank line.
fn write_block(r: &ClaimResult, group: Group<'static>, out: &mut dyn Write) -> io::Result<()> {
    let (groups, fixes) = block(r, group);
    let mut block = annotate_snippets::Renderer::styled().render(&groups);
    for (wrong, right) in fixes {
        block = block.replacen(&wrong, &right, 1);
    }
    writeln!(out, "{block}")?;
    writeln!(out)
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

/// `text` cut to [`MAX_SNIPPET_CHARS`] characters, with `…` when it was longer.
fn shorten(text: &str) -> std::borrow::Cow<'_, str> {
    super::shorten(text, MAX_SNIPPET_CHARS)
}

/// A claim's block: `group` (its title, if any) with the claim's line, each evidence sentence,
/// the explanation and the note; and the places in it whose column must be put right (see
/// [`super::Excerpt::column_fix`]).
fn block(r: &ClaimResult, group: Group<'static>) -> (Vec<Group<'static>>, Vec<(String, String)>) {
    let start = byte_of_column(&r.line_text, r.column);
    let claim_label = match &r.claim_value {
        Some(v) => format!("claim: {}", terminal(v)),
        None => r.kind.to_string(),
    };
    let file = terminal(&r.file).into_owned();
    let claim_line = excerpt(&r.line_text, start..r.line_text.len()).escaped();
    let mut fixes = Vec::new();
    fixes.extend(claim_line.column_fix(&file, r.line, r.column));
    let snippet = Snippet::source(claim_line.text)
        .line_start(r.line as usize)
        .annotation(AnnotationKind::Primary.span(claim_line.span).label(claim_label));
    let mut group = group.element(snippet.path(file));
    for e in r.evidence.iter().take(MAX_EVIDENCE) {
        let end = e.offset_in_sentence + (e.end - e.start);
        let shown = excerpt(&e.sentence, e.offset_in_sentence..end);
        // A sentence may start inside its line: its place names the column in the sentence,
        // unless the sentence was cut.
        let column = if shown.cut_line_start { e.column } else { shown.shown_column() };
        let shown = shown.escaped();
        let source = terminal(&e.source).into_owned();
        fixes.extend(shown.column_fix(&source, e.line, column));
        let what = match (e.agrees, r.verdict) {
            (true, _) => "fits the claim",
            (false, Verdict::NotFound) => "the closest the source comes",
            (false, _) => "does not fit the claim",
        };
        let label = match &e.value {
            Some(v) => format!("source: {}, {what}", terminal(v)),
            None => format!("source: {what}"),
        };
        let snippet = Snippet::source(shown.text)
            .line_start(e.sentence_line as usize + shown.lines_before)
            .annotation(AnnotationKind::Context.span(shown.span).label(label));
        group = group.element(snippet.path(source));
    }
    if r.evidence.len() > MAX_EVIDENCE {
        group = group.element(
            Level::NOTE.message(format!("and {} more places (see --format json)", r.evidence.len() - MAX_EVIDENCE)),
        );
    }
    group = group.element(Level::NOTE.message(terminal(&r.explanation).into_owned()));
    if let Some(note) = &r.note {
        // On one line: annotate-snippets indents a message's later lines, and the Actions
        // runner reads a workflow command after leading spaces, so a note's line breaks are
        // shown as `\n` (its final one, of a YAML block scalar, left out).
        let note = note.trim_end();
        group = group.element(Level::HELP.message(format!("claim note: {}", terminal(&shorten(note)))));
    }
    (vec![group], fixes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{Renderer as _, hostile};
    use factcheck_core::Report;

    #[test]
    fn user_text_is_escaped_in_every_line() {
        let fail = hostile::result();
        let pass = ClaimResult { outcome: Outcome::Pass, verdict: Verdict::Supported, ..fail.clone() };
        let skip = ClaimResult { outcome: Outcome::Skipped, ..fail.clone() };
        let report = Report { results: vec![fail.clone(), pass, skip] };
        // Verbose, the passing claim has a block of its own, escaped as the failure's is.
        let mut verbose = Vec::new();
        Human { quiet: false, verbose: true }.render(&report, &mut verbose).unwrap();
        hostile::assert_safe(&verbose);
        let verbose = String::from_utf8(verbose).unwrap();
        assert_eq!(verbose.matches("claims/Japan\\n::add-mask::Japan \\u{1b}]0;pwned").count(), 4, "{verbose}");
        let mut out = Vec::new();
        Human { quiet: false, verbose: false }.render(&report, &mut out).unwrap();
        hostile::assert_safe(&out);
        let text = String::from_utf8(out).unwrap();
        // The pass line names where the source says so, escaped.
        let pass_line = text.lines().find(|l| l.contains("pass")).unwrap();
        assert!(pass_line.ends_with(&format!("sources/Japan\\n::add-mask::Japan \\u{{1b}}]0;pwned\\u{{7}}\\u{{1b}}[2J \\u{{9b}}2J \\u{{7f}} \\u{{202e}}x \\u{{2028}} \\u{{23}}#[add-mask]y.txt:7:30{DIM:#} \"$4\"")), "{pass_line}");
        // The pass and skip lines, and the failure's title, note and places.
        assert!(text.contains(&format!("supported {DIM}claims/Japan\\n::add-mask::Japan \\u{{1b}}]0;pwned")), "{text}");
        assert!(text.contains("skip claims/Japan\\n::add-mask::Japan \\u{1b}]0;pwned\\u{7}"), "{text}");
        assert!(text.contains("id-Japan\\n::add-mask::Japan"), "{text}");
        assert!(text.contains("claim note: a note\\nJapan\\n::add-mask::"), "{text}");
        assert!(text.contains("\\u{9b}2J \\u{7f} \\u{202e}x \\u{2028} \\u{23}#[add-mask]y"), "{text}");
        // The claim's place names its column in the file, although escapes made the line longer.
        let file = crate::escape::terminal(&fail.file);
        assert!(text.contains(&format!("{file}:3:{}", fail.column)), "{text}");
        // And the underline is under the claim's value, and under the source's.
        let plain = strip_colour(&text);
        for (gutter, marked, underline) in [("3 |", "aid = $5", '^'), ("7 |", "$4", '-')] {
            let mut lines = plain.lines().skip_while(|l| !l.starts_with(gutter));
            let (line, marks) = (lines.next().unwrap(), lines.next().unwrap());
            let column = |l: &str, i: Option<usize>| i.map(|i| l[..i].chars().count());
            assert_eq!(column(line, line.find(marked)), column(marks, marks.find(underline)), "{plain}");
        }
    }

    /// `text` without its SGR colour sequences.
    fn strip_colour(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(i) = rest.find('\u{1b}') {
            out.push_str(&rest[..i]);
            rest = &rest[i..];
            rest = &rest[rest.find('m').map_or(rest.len(), |m| m + 1)..];
        }
        out + rest
    }

    /// What annotate-snippets does with controls in a source line, which the human report
    /// relies on (see [`crate::escape::terminal_source`]): C0 controls, DEL and bidirectional
    /// overrides become symbols; the C1 controls and separators it would write raw are
    /// escaped before.
    #[test]
    fn source_lines_show_no_raw_controls() {
        let line: String = ('\0'..='\u{9f}')
            .filter(|c| *c != '\n' && !c.is_ascii_graphic())
            .chain(['\u{2028}', '\u{2029}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}'])
            .collect();
        let line = format!("{line} $5 {line}");
        let at = line.find("$5").unwrap();
        let (shown, span) = crate::escape::terminal_source(&line, at..at + 2);
        assert_eq!(&shown[span.clone()], "$5");
        let group = Level::ERROR
            .primary_title("t")
            .element(Snippet::source(shown.as_ref()).path("f").annotation(AnnotationKind::Primary.span(span)));
        let block = annotate_snippets::Renderer::styled().render(&[group]);
        assert!(!crate::escape::has_raw_controls(block.as_bytes()), "{block:?}");
        assert!(block.contains('␛') && block.contains("\\u{9b}"), "{block}");
    }

    fn cut(text: &str, what: &str) -> (String, String, usize) {
        let at = text.find(what).unwrap();
        let e = excerpt(text, at..at + what.len());
        (e.text.clone(), e.text[e.span].to_string(), e.lines_before)
    }

    #[test]
    fn short_sentences_are_shown_whole() {
        assert_eq!(
            cut("Aid totals $12.1 billion.", "$12.1 billion"),
            ("Aid totals $12.1 billion.".into(), "$12.1 billion".into(), 0)
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_match() {
        let filler = "and the talks went on ".repeat(10_000);
        let text = format!("{filler}Japan’s aid totals $12.1 billion {filler}");
        let (shown, matched, lines) = cut(&text, "$12.1 billion");
        assert_eq!(matched, "$12.1 billion");
        assert_eq!(lines, 0);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert_eq!(shown.chars().count(), MAX_SNIPPET_CHARS + 2, "{shown}");
        // The match sits in the middle.
        let at = shown.find("$12.1").unwrap();
        assert!(shown[..at].chars().count() > 100 && shown[at..].chars().count() > 100, "{shown}");
        // At the very start or end of the text, the context is all on one side.
        let (start, _, _) = cut(&format!("$12.1 billion {filler}"), "$12.1 billion");
        assert!(start.starts_with("$12.1") && start.chars().count() == MAX_SNIPPET_CHARS + 1, "{start}");
        let (end, matched, _) = cut(&format!("{filler}$12.1 billion"), "$12.1 billion");
        assert!(end.ends_with("$12.1 billion") && end.chars().count() == MAX_SNIPPET_CHARS + 1, "{end}");
        assert_eq!(matched, "$12.1 billion");
    }

    #[test]
    fn a_match_longer_than_the_limit_shows_its_start() {
        let text = "word ".repeat(1000);
        let e = excerpt(&text, 10..text.len());
        assert!(e.text.starts_with("…word") && e.text.ends_with('…'));
        assert_eq!(e.span, "…".len()..e.text.len() - "…".len());
    }

    #[test]
    fn many_lines_are_cut_to_a_few_around_the_match() {
        let text = format!("{}aid $5 here\n{}", "x\n".repeat(50), "y\n".repeat(50));
        let (shown, matched, lines) = cut(&text, "$5");
        assert_eq!(matched, "$5");
        assert_eq!(lines, 48);
        assert_eq!(shown, "…x\nx\naid $5 here\ny\ny…");
    }

    #[test]
    fn cuts_fall_between_characters() {
        let text = "é".repeat(400) + "$5" + &"日本".repeat(400);
        let (shown, matched, _) = cut(&text, "$5");
        assert_eq!(matched, "$5");
        assert_eq!(shown.chars().count(), MAX_SNIPPET_CHARS + 2);
    }
}
