//! Renderers: each format is one file behind the [`Renderer`] trait (reports of `verify` and
//! `check`) or the [`facts::FactsRenderer`] trait (listings of `extract`), and none decides the
//! exit code. Helpers that several formats share (the rule a failing claim breaks, the plain-text
//! account of a claim) live here so that the formats say the same thing.

pub mod facts;
mod github;
mod human;
pub(crate) mod json;
mod jsonl;
mod junit;
pub(crate) mod markdown;
mod sarif;

pub use github::Github;
pub use human::Human;
pub use json::Json;
pub use jsonl::Jsonl;
pub use junit::Junit;
pub use markdown::Markdown;
pub use sarif::Sarif;

use crate::args::{Format, ReportArgs};
use factcheck_core::{ClaimResult, Evidence, Summary, Verdict};
use std::io::{self, Write};

/// Writes a report in one format.
pub trait Renderer {
    /// Writes `report` to `out`.
    fn render(&self, report: &factcheck_core::Report, out: &mut dyn Write) -> io::Result<()>;
}

/// A format that can be written a claim at a time, as claims are verified, so that a large
/// run never holds its whole report: `human` and `jsonl`.
pub trait Stream {
    /// Writes one claim's result.
    fn result(&self, result: &ClaimResult, out: &mut dyn Write) -> io::Result<()>;
    /// Writes the closing summary.
    fn summary(&self, summary: &Summary, out: &mut dyn Write) -> io::Result<()>;
}

/// A format written a claim at a time writes a whole report the same way: each result, then
/// the summary.
impl<T: Stream> Renderer for T {
    fn render(&self, report: &factcheck_core::Report, out: &mut dyn Write) -> io::Result<()> {
        for r in &report.results {
            self.result(r, out)?;
        }
        self.summary(&report.summary(), out)
    }
}

/// The streaming renderer of `format`, for the formats that have one. `quiet` leaves passing
/// claims out of the human report; `args.verbose` gives them their evidence block.
pub fn stream(format: Format, quiet: bool, args: &ReportArgs) -> Option<Box<dyn Stream>> {
    match format {
        Format::Human => Some(Box::new(Human { quiet, verbose: args.verbose })),
        Format::Jsonl => Some(Box::new(Jsonl)),
        _ => None,
    }
}

/// The renderer of `format`, as `args` asks: `quiet` leaves passing claims out of the human
/// report, `args.verbose` gives them their evidence block there, `args.sarif_all` puts them in
/// the SARIF one. The options come as the whole [`ReportArgs`] so that a new one reaches every
/// renderer without a change in the callers.
pub fn renderer(format: Format, quiet: bool, args: &ReportArgs) -> Box<dyn Renderer> {
    match format {
        Format::Human => Box::new(Human { quiet, verbose: args.verbose }),
        Format::Json => Box::new(Json),
        Format::Jsonl => Box::new(Jsonl),
        Format::Junit => Box::new(Junit),
        Format::Sarif => Box::new(Sarif { all: args.sarif_all }),
        Format::Github => Box::new(Github),
        Format::Markdown => Box::new(Markdown),
    }
}

/// The most characters of a sentence (or claim line) shown: a longer one is cut around the
/// match, with `…` where text was left out. A source without full stops can make the
/// engine's sentence a whole 64 MiB file; JSON keeps it whole.
pub(crate) const MAX_SNIPPET_CHARS: usize = 300;
/// The most lines shown before and after the match's first and last lines.
pub(crate) const CONTEXT_LINES: usize = 2;

/// A part of a long text, cut around a span so that it stays readable.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Excerpt {
    /// The text shown, with `…` where text was cut.
    pub(crate) text: String,
    /// The span in `text`.
    pub(crate) span: std::ops::Range<usize>,
    /// Lines of the original text before the first line shown.
    pub(crate) lines_before: usize,
    /// The span's line was cut at its start, so its column in `text` is not the text's.
    pub(crate) cut_line_start: bool,
}

impl Excerpt {
    /// The excerpt escaped for a terminal (see [`crate::escape::terminal_source`]), with its
    /// span moved onto the escaped text.
    pub(crate) fn escaped(self) -> Excerpt {
        let (text, span) = crate::escape::terminal_source(&self.text, self.span.clone());
        match text {
            std::borrow::Cow::Borrowed(_) => self,
            std::borrow::Cow::Owned(text) => Excerpt { text, span, ..self },
        }
    }

    /// The 1-based column, in characters, that annotate-snippets gives the span: counted from
    /// the start of the span's line in `text`.
    pub(crate) fn shown_column(&self) -> u32 {
        let before = &self.text[..self.span.start];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        before[line_start..].chars().count() as u32 + 1
    }

    /// annotate-snippets names a snippet's place as `PATH:LINE:COLUMN`, the column counted in
    /// the text it is given (see [`Excerpt::shown_column`]); when that is not `column` (the line
    /// was cut at its start, or an escape before the span made it longer), the place it writes
    /// (first) is to be put right (second).
    pub(crate) fn column_fix(&self, path: &str, line: u32, column: u32) -> Option<(String, String)> {
        let shown = self.shown_column();
        (shown != column).then(|| (format!("{path}:{line}:{shown}"), format!("{path}:{line}:{column}")))
    }
}

/// `text` cut to at most [`MAX_SNIPPET_CHARS`] characters and [`CONTEXT_LINES`] lines either
/// side of `span` (byte offsets), keeping the start of the span in view.
pub(crate) fn excerpt(text: &str, span: std::ops::Range<usize>) -> Excerpt {
    // A byte order mark opening a source is not shown, nor counted in columns.
    const BOM: usize = '\u{feff}'.len_utf8();
    if let Some(rest) = text.strip_prefix('\u{feff}')
        && span.start >= BOM
    {
        return excerpt(rest, span.start - BOM..span.end - BOM);
    }
    let clamp = |i: usize| {
        let mut i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (start, end) = (clamp(span.start), clamp(span.end.max(span.start)));
    // Lines: at most CONTEXT_LINES before the span's first line and after its last.
    let mut from = text[..start].rmatch_indices('\n').nth(CONTEXT_LINES).map_or(0, |(i, _)| i + 1);
    let mut to = text[end..].match_indices('\n').nth(CONTEXT_LINES).map_or(text.len(), |(i, _)| end + i);
    // Characters: the span, with context shared either side; a span longer than the limit
    // shows its start.
    let chars = |a: usize, b: usize| text[a..b].chars().count();
    if chars(from, to) > MAX_SNIPPET_CHARS {
        let span_chars = chars(start, end);
        if span_chars >= MAX_SNIPPET_CHARS {
            from = start;
            to = start + text[start..].char_indices().nth(MAX_SNIPPET_CHARS).map_or(text.len() - start, |(i, _)| i);
        } else {
            let room = MAX_SNIPPET_CHARS - span_chars;
            let after = chars(end, to);
            let before_wanted = (room / 2).max(room.saturating_sub(after));
            from = text[from..start]
                .char_indices()
                .rev()
                .nth(before_wanted.saturating_sub(1))
                .map_or(from, |(i, _)| if before_wanted == 0 { start } else { from + i });
            let left = room - chars(from, start);
            to = end + text[end..to].char_indices().nth(left).map_or(to - end, |(i, _)| i);
        }
    }
    let prefix = if from > 0 { "…" } else { "" };
    let suffix = if to < text.len() { "…" } else { "" };
    let shown = format!("{prefix}{}{suffix}", &text[from..to]);
    let span = (start - from + prefix.len())..(end.min(to) - from + prefix.len());
    let cut_line_start = from > 0 && !text[..from].ends_with('\n') && !text[from..start].contains('\n');
    Excerpt { text: shown, span, lines_before: text[..from].matches('\n').count(), cut_line_start }
}

/// The rule a failing claim breaks, named after the verdict it got: `factcheck/contradicted`,
/// `factcheck/conflicting`, `factcheck/not_found`, or `factcheck/unexpected-support` for a
/// claim the source supports although it was expected not to.
pub fn rule_id(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Supported => "factcheck/unexpected-support",
        Verdict::Contradicted => "factcheck/contradicted",
        Verdict::Conflicting => "factcheck/conflicting",
        Verdict::NotFound => "factcheck/not_found",
    }
}

/// The most characters of a matched text shown on a one-line account of a claim (a passing
/// line of the human report, a row of a report snapshot): a statement's or a quote's match can
/// be a whole sentence.
pub(crate) const MAX_MATCH_CHARS: usize = 60;

/// The evidence a verdict rests on most directly, the one a one-line account of the claim
/// names: the first that fits the claim when the source supports it, the first that does not
/// when the source contradicts it, the first of either kind when it is conflicting. None for
/// `not_found`: what evidence such a claim has is only the closest the source comes, which is
/// not where the claim was found.
pub fn leading_evidence(r: &ClaimResult) -> Option<&Evidence> {
    let first_where = |agrees: bool| r.evidence.iter().find(|e| e.agrees == agrees).or(r.evidence.first());
    match r.verdict {
        Verdict::Supported => first_where(true),
        Verdict::Contradicted => first_where(false),
        Verdict::Conflicting => r.evidence.first(),
        Verdict::NotFound => None,
    }
}

/// `text` cut to `max` characters, with `…` when it was longer.
pub(crate) fn shorten(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]).into(),
        None => text.into(),
    }
}

/// The matched text of `e` for a one-line account: on one line, at most [`MAX_MATCH_CHARS`]
/// characters. Not escaped: each format escapes it its own way.
pub(crate) fn matched_text(e: &Evidence) -> String {
    shorten(&one_line(&e.matched), MAX_MATCH_CHARS).into_owned()
}

/// `ID: VERDICT, expected EXPECT`: the one-line title of a failing claim in every format.
pub fn title(r: &ClaimResult) -> String {
    format!("{}: {}, expected {}", r.id, r.verdict.name(), r.expect.name())
}

/// What a piece of evidence says about the claim, as the human report words it.
pub fn evidence_role(e: &Evidence, verdict: Verdict) -> &'static str {
    match (e.agrees, verdict) {
        (true, _) => "fits the claim",
        (false, Verdict::NotFound) => "the closest the source comes",
        (false, _) => "does not fit the claim",
    }
}

/// What a piece of evidence is: `` `MATCHED` = VALUE, ROLE ``, the matched text left out when
/// it is the whole sentence.
pub fn evidence_summary(e: &Evidence, verdict: Verdict) -> String {
    let matched = if e.matched == e.sentence { String::new() } else { format!("`{}`", one_line(&e.matched)) };
    let value = e.value.as_deref().map(|v| format!(" = {v}")).unwrap_or_default();
    let head = format!("{matched}{value}");
    if head.is_empty() {
        evidence_role(e, verdict).to_string()
    } else {
        format!("{head}, {}", evidence_role(e, verdict))
    }
}

/// `N claims: N supported, ...; N passed, N failed[, N skipped]`.
pub fn summary_line(s: &Summary) -> String {
    let counts: Vec<String> = Verdict::ALL.iter().zip(s.verdicts).map(|(v, n)| format!("{n} {}", v.name())).collect();
    let skipped = if s.skipped > 0 { format!(", {} skipped", s.skipped) } else { String::new() };
    format!(
        "{} claim{}: {}; {} passed, {} failed{skipped}",
        s.total,
        if s.total == 1 { "" } else { "s" },
        counts.join(", "),
        s.passed,
        s.failed
    )
}

/// A claim in plain text, line by line: the explanation, the claim and its place, its value,
/// each piece of evidence (place, matched text, value, role, sentence) and the note. Line breaks
/// inside a sentence become spaces; those of a note are kept, with the lines indented. The
/// formats it serves (`github`, `junit`) end up in CI logs and test reports, so every piece of
/// user text in it is escaped as for a terminal (see [`crate::escape::terminal`]): the only line
/// breaks in the result are its own.
pub fn plain_details(r: &ClaimResult) -> String {
    use crate::escape::terminal as t;
    let mut out = String::new();
    out.push_str(&t(&r.explanation));
    out.push_str(&format!("\nclaim: {} ({}:{}:{})", t(&r.claim), t(&r.file), r.line, r.column));
    if let Some(v) = &r.claim_value {
        out.push_str(&format!("\nclaim value: {}", t(v)));
    }
    for e in &r.evidence {
        out.push_str(&format!(
            "\nsource: {}:{}:{}: {}\n    {}",
            t(&e.source),
            e.line,
            e.column,
            t(&evidence_summary(e, r.verdict)),
            t(&one_line(&e.sentence))
        ));
    }
    if let Some(note) = &r.note {
        out.push_str("\nnote: ");
        let lines: Vec<_> = note.trim_end().split('\n').map(|l| t(l.strip_suffix('\r').unwrap_or(l))).collect();
        out.push_str(&lines.join("\n    "));
    }
    out
}

/// `text` on one line: each run of white space, line breaks included, becomes one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The line and column just after `text`, when it starts at `line`:`column` (1-based; columns
/// count characters).
pub fn position_after(line: u32, column: u32, text: &str) -> (u32, u32) {
    match text.rfind('\n') {
        Some(i) => (line + text.matches('\n').count() as u32, text[i + 1..].chars().count() as u32 + 1),
        None => (line, column + text.chars().count() as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_after_text() {
        assert_eq!(position_after(3, 5, "abc"), (3, 8));
        assert_eq!(position_after(3, 5, "Løvås"), (3, 10));
        assert_eq!(position_after(3, 5, "ab\ncd"), (4, 3));
        assert_eq!(position_after(3, 5, "ab\n"), (4, 1));
    }

    #[test]
    fn one_line_folds_white_space() {
        assert_eq!(one_line(" a\n b\r\n\tc "), "a b c");
    }
}

/// A failing claim whose every piece of user text is hostile, for the renderers' tests.
#[cfg(test)]
pub(crate) mod hostile {
    use factcheck_core::{ClaimResult, Evidence, Outcome, Severity, Verdict};

    /// A line break and a workflow command, an OSC retitle and a clear screen, a C1 CSI, DEL, a
    /// bidirectional override, a line separator and the runner's older command form.
    pub(crate) const PAYLOAD: &str =
        "Japan\n::add-mask::Japan \u{1b}]0;pwned\u{7}\u{1b}[2J \u{9b}2J \u{7f} \u{202e}x \u{2028} ##[add-mask]y";

    /// Whether `out` (a whole output) is safe: no raw control (colour aside), no line that the
    /// Actions runner would read as a command, and the payload's line break shown as `\n`.
    pub(crate) fn assert_safe(out: &[u8]) {
        let text = String::from_utf8_lossy(out);
        assert!(!crate::escape::has_raw_controls(out), "raw control in:\n{text}");
        for line in text.lines() {
            assert!(!line.trim_start().starts_with("::add-mask::"), "a workflow command line: {line:?}");
            assert!(!line.contains("##["), "the older command form: {line:?}");
        }
        assert!(text.contains("\\n::add-mask::"), "the line break is not shown:\n{text}");
    }

    /// A failing claim with [`PAYLOAD`] in its file name, id, claim, line, value, explanation,
    /// note and evidence.
    pub(crate) fn result() -> ClaimResult {
        let claim = format!("{PAYLOAD} aid = $5");
        // The claim's line as YAML writes it: a double-quoted scalar, its line break as `\n`.
        let line_text = format!("  claim: \"{}\"", claim.replace('\n', "\\n"));
        let column = line_text[..line_text.find("aid").unwrap()].chars().count() as u32 + 1;
        let sentence = format!("Before {PAYLOAD}. The aid was $4 {PAYLOAD} after.");
        let offset = sentence.find("$4").unwrap();
        ClaimResult {
            file: format!("claims/{PAYLOAD}.yaml"),
            id: format!("id-{PAYLOAD}"),
            line: 3,
            column,
            claim,
            line_text,
            kind: "money",
            expect: Verdict::Supported,
            verdict: Verdict::Contradicted,
            outcome: Outcome::Fail,
            severity: Severity::Error,
            explanation: format!("the source gives `$4` for `{PAYLOAD}`"),
            claim_value: Some(format!("USD 5 {PAYLOAD}")),
            evidence: vec![Evidence {
                source: format!("sources/{PAYLOAD}.txt"),
                start: 100,
                end: 102,
                line: 7,
                column: 30,
                sentence: sentence.clone(),
                sentence_line: 6,
                offset_in_sentence: offset,
                matched: "$4".into(),
                value: Some(format!("USD 4 {PAYLOAD}")),
                agrees: false,
            }],
            near: vec![factcheck_core::NearMiss {
                source: format!("sources/{PAYLOAD}.txt"),
                line: 2,
                column: 1,
                sentence: sentence.clone(),
                has: vec![format!("`{PAYLOAD}`")],
                lacks: vec![format!("aid {PAYLOAD}")],
                why: format!("holds too little of the subject {PAYLOAD}"),
            }],
            note: Some(format!("a note\n{PAYLOAD}\n")),
        }
    }
}
