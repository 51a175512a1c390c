//! `--format markdown`: a report for a CI job summary or a pull-request comment (GitHub- and
//! GitLab-flavoured Markdown). A title with the outcome, a table of counts per verdict and
//! outcome, then each failing claim (its verdict, place, claim, explanation, the claim's value
//! and, for each piece of evidence, its value and the sentence as a blockquote with the matched
//! text in bold), then the passing and the skipped claims as tables in collapsed `<details>`.
//!
//! Text from claim files and sources is escaped: `<`, `>` and `&` as HTML entities, Markdown's
//! punctuation (`` ` ``, `*`, `_`, `[`, `]`, `|`, `$`, `~`, `#`, `\`) with a backslash, and line
//! breaks as `<br>` (or as new blockquote lines in a quoted sentence), so a claim can neither
//! break the layout nor inject markup. Values are shown as code spans. The report is also read
//! on terminals and in CI logs, so control characters, line separators and bidirectional
//! overrides are written as escapes (`\u{1b}`, see [`crate::escape`]), in code spans too.

use super::{Renderer, evidence_role, title};
use factcheck_core::{ClaimResult, Evidence, Outcome, Report, Verdict};
use std::io::{self, Write};

/// The Markdown report.
pub struct Markdown;

impl Renderer for Markdown {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let s = report.summary();
        let headline = if s.failed == 0 {
            format!("all {} claim{} passed", s.passed, if s.passed == 1 { "" } else { "s" })
        } else {
            format!("{} of {} claim{} failed", s.failed, s.total, if s.total == 1 { "" } else { "s" })
        };
        let skipped = if s.skipped > 0 { format!(", {} skipped", s.skipped) } else { String::new() };
        writeln!(out, "## factcheck: {headline}{skipped}\n")?;
        writeln!(out, "| verdict | claims |\n|---|--:|")?;
        for (v, n) in Verdict::ALL.iter().zip(s.verdicts) {
            writeln!(out, "| `{}` | {n} |", v.name())?;
        }
        writeln!(out, "| **passed** | {} |\n| **failed** | {} |\n| **skipped** | {} |", s.passed, s.failed, s.skipped)?;

        let failed: Vec<&ClaimResult> = report.results.iter().filter(|r| r.outcome == Outcome::Fail).collect();
        if !failed.is_empty() {
            writeln!(out, "\n### Failed claims")?;
            for r in failed {
                writeln!(out)?;
                failure(r, out)?;
            }
        }

        let passed: Vec<&ClaimResult> = report.results.iter().filter(|r| r.outcome == Outcome::Pass).collect();
        if !passed.is_empty() {
            writeln!(out, "\n<details>\n<summary>Passed claims ({})</summary>\n", passed.len())?;
            writeln!(out, "| id | verdict | claim | where |\n|---|---|---|---|")?;
            for r in passed {
                let verdict = if r.expect == Verdict::Supported {
                    r.verdict.name().to_string()
                } else {
                    format!("{} (as expected)", r.verdict.name())
                };
                writeln!(
                    out,
                    "| {} | {verdict} | {} | {} |",
                    code_cell(&r.id),
                    escape(&r.claim),
                    code_cell(&format!("{}:{}", r.file, r.line))
                )?;
            }
            writeln!(out, "\n</details>")?;
        }

        let skipped: Vec<&ClaimResult> = report.results.iter().filter(|r| r.outcome == Outcome::Skipped).collect();
        if !skipped.is_empty() {
            writeln!(out, "\n<details>\n<summary>Skipped ({})</summary>\n", skipped.len())?;
            writeln!(out, "| id | why | where |\n|---|---|---|")?;
            for r in skipped {
                writeln!(
                    out,
                    "| {} | {} | {} |",
                    code_cell(&r.id),
                    escape(&r.explanation),
                    code_cell(&format!("{}:{}", r.file, r.line))
                )?;
            }
            writeln!(out, "\n</details>")?;
        }
        Ok(())
    }
}

fn failure(r: &ClaimResult, out: &mut dyn Write) -> io::Result<()> {
    // The id is letters, digits, `.`, `_` and `-` in claim files; a code span holds anything.
    let heading = title(r);
    let rest = heading.strip_prefix(r.id.as_str()).unwrap_or(&heading);
    let mut blocks = vec![
        format!("#### {}{} ({})", code(&r.id), escape(rest), r.severity.name()),
        format!("{} {}", code(&format!("{}:{}:{}", r.file, r.line, r.column)), escape(&r.claim)),
        with_code(&r.explanation),
    ];
    let mut items = Vec::new();
    if let Some(v) = &r.claim_value {
        items.push(format!("- claim: {}", code(v)));
    }
    for e in &r.evidence {
        let value = e.value.as_deref().map(|v| format!(": {}", code(v))).unwrap_or_default();
        items.push(format!(
            "- source {}, {}{value}\n\n{}",
            code(&format!("{}:{}:{}", e.source, e.line, e.column)),
            evidence_role(e, r.verdict),
            quote(e, "  ")
        ));
    }
    if !items.is_empty() {
        // Blank lines between the items: each may hold a blockquote.
        blocks.push(items.join("\n\n"));
    }
    if let Some(note) = &r.note {
        blocks.push(format!("**Note:** {}", escape(note.trim_end())));
    }
    writeln!(out, "{}", blocks.join("\n\n"))
}

/// An explanation: the engine quotes values and words in backticks, which become code spans;
/// everything else is escaped. With an odd number of backticks, all of it is escaped.
fn with_code(text: &str) -> String {
    let parts: Vec<&str> = text.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return escape(text);
    }
    parts.iter().enumerate().map(|(i, p)| if i % 2 == 1 { code(p) } else { escape(p) }).collect()
}

/// The sentence of `e` as a blockquote indented by `indent`, the matched text in bold; a long
/// sentence is cut around the match (see [`super::excerpt`]).
fn quote(e: &Evidence, indent: &str) -> String {
    let start = e.offset_in_sentence.min(e.sentence.len());
    let end = (start + e.matched.len()).min(e.sentence.len());
    let shown = super::excerpt(&e.sentence, start..end);
    let sentence = shown.text.as_str();
    let (start, end) = (shown.span.start, shown.span.end);
    let (before, matched, after) = match (sentence.get(..start), sentence.get(start..end), sentence.get(end..)) {
        (Some(b), Some(m), Some(a)) => (b, m, a),
        _ => (sentence, "", ""),
    };
    let text = if matched.is_empty() || matched.len() == sentence.len() {
        escape_with(before, "\n")
    } else {
        format!(
            "{}<strong>{}</strong>{}",
            escape_with(before, "\n"),
            escape_with(matched, "\n"),
            escape_with(after, "\n")
        )
    };
    text.lines()
        .map(|line| {
            let line = line.trim();
            if line.is_empty() { format!("{indent}>") } else { format!("{indent}> {}", guard_line_start(line)) }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Keeps a line of text from starting a list, a heading underline or a thematic break.
fn guard_line_start(line: &str) -> String {
    if line.starts_with(['-', '+', '=']) {
        return format!("\\{line}");
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        return format!("{}\\{}", &line[..digits], &line[digits..]);
    }
    line.to_string()
}

/// `text` as inline Markdown that renders as itself; line breaks become `<br>`.
pub(crate) fn escape(text: &str) -> String {
    escape_with(text, "<br>")
}

fn escape_with(text: &str, line_break: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.replace("\r\n", "\n");
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push_str(line_break),
            // A tab is harmless in Markdown and kept.
            c if c != '\t' && crate::escape::is_unsafe(c) => out.extend(c.escape_debug()),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '$' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// `text` as a code span: fenced with more backticks than it holds in a row, on one line.
fn code(text: &str) -> String {
    let text = text.replace(['\r', '\n'], " ");
    let text = crate::escape::terminal(&text);
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A code span in a table cell, where `|` must be escaped even inside code.
pub(crate) fn code_cell(text: &str) -> String {
    code(text).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::hostile;

    #[test]
    fn the_report_has_no_raw_controls() {
        let fail = hostile::result();
        let pass = ClaimResult { outcome: Outcome::Pass, verdict: Verdict::Supported, ..fail.clone() };
        let skip = ClaimResult { outcome: Outcome::Skipped, ..fail.clone() };
        let mut out = Vec::new();
        Markdown.render(&Report { results: vec![fail, pass, skip] }, &mut out).unwrap();
        let text = String::from_utf8_lossy(&out);
        assert!(!crate::escape::has_raw_controls(&out), "{text}");
        assert!(text.contains("\\u{1b}\\]0;pwned\\u{7}\\u{1b}\\[2J \\u{9b}2J \\u{7f} \\u{202e}x \\u{2028}"), "{text}");
        // In Markdown a line break is `<br>`, and `##[` is escaped as Markdown.
        assert!(!text.contains("##["), "{text}");
        assert!(text.lines().all(|l| !l.trim_start().starts_with("::")), "{text}");
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a <b> & c|d `e` *f* $5\nnext"), "a &lt;b&gt; &amp; c\\|d \\`e\\` \\*f\\* \\$5<br>next");
    }

    #[test]
    fn controls_are_escaped_in_text_and_code() {
        let hostile = "Japan\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}\u{7f}\u{202e}\tend";
        let text = escape(hostile);
        assert_eq!(text, "Japan\\u{1b}\\]0;pwned\\u{7}\\u{1b}\\[2J\\u{9b}\\u{7f}\\u{202e}\tend");
        let code = code(hostile);
        assert_eq!(code, "`Japan\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{9b}\\u{7f}\\u{202e}\\tend`");
        assert!(!crate::escape::has_raw_controls(format!("{text}{code}").as_bytes()));
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a"), "`` `a ``");
        assert_eq!(code_cell("a|b"), "`a\\|b`");
        assert_eq!(with_code("gives `15%` for `a|b`"), "gives `15%` for `a|b`");
        assert_eq!(with_code("odd ` <"), "odd \\` &lt;");
    }

    #[test]
    fn quoted_lines_start_no_blocks() {
        assert_eq!(guard_line_start("- a"), "\\- a");
        assert_eq!(guard_line_start("12. a"), "12\\. a");
        assert_eq!(guard_line_start("12 a"), "12 a");
    }
}
