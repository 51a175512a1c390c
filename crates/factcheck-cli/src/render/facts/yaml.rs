//! `extract --format yaml`: a starter claim file, one claim per fact, for the user to review.

use super::{FactsRenderer, FactsReport};
use crate::escape::terminal;
use std::collections::HashMap;
use std::io::{self, Write};

/// The starter claim file.
pub struct FactsYaml;

/// A YAML double-quoted scalar. Any other control character, line separator or bidirectional
/// override is written as a YAML escape (`\u001B`), which reads back as the same text: YAML does
/// not allow most of them raw, and the file is often printed to a terminal.
fn quoted(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' | '\r' | '\t' => q.push(' '),
            c if crate::escape::is_unsafe(c) => q.push_str(&format!("\\u{:04X}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// An id from the subject's words: lower-case, `-` between words.
fn slug(subject: &str) -> String {
    let words: Vec<String> =
        subject.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if words.is_empty() { "fact".into() } else { words.join("-") }
}

impl FactsRenderer for FactsYaml {
    fn render(&self, report: &FactsReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        // Claim files name their source relative to themselves: save this file beside the text.
        let source = report.source.map(str::to_string).unwrap_or_else(|| {
            std::path::Path::new(report.path)
                .file_name()
                .map_or_else(|| "TEXT.txt".to_string(), |n| n.to_string_lossy().into_owned())
        });
        // Comments are escaped for the terminal: a line break would end them.
        writeln!(out, "# Starter claims read from {} by `factcheck extract`.", terminal(report.path))?;
        writeln!(out, "# Every claim verifies as supported against that text. Review the subjects, keep the")?;
        writeln!(out, "# facts that matter, and save this file beside the text (or fix `source`).")?;
        writeln!(out, "source: {}", quoted(&source))?;
        if let Some(as_of) = report.as_of {
            writeln!(out, "as_of: {as_of}")?;
        }
        writeln!(out, "claims:")?;
        let mut used: HashMap<String, usize> = HashMap::new();
        let mut skipped = 0;
        for s in report.facts {
            let f = &s.fact;
            let Some(subject) = &s.subject else {
                skipped += 1;
                writeln!(
                    out,
                    "  # line {}: {} `{}`: no nearby words pick it out alone",
                    f.line,
                    f.kind.name(),
                    terminal(&one_line(&f.text))
                )?;
                continue;
            };
            let base = slug(subject);
            let n = used.entry(base.clone()).or_insert(0);
            *n += 1;
            let id = if *n == 1 { base } else { format!("{base}-{n}") };
            writeln!(out, "  - id: {id}")?;
            writeln!(out, "    claim: {}", quoted(&format!("{subject} = {}", one_line(&f.text))))?;
            writeln!(out, "    note: {}", quoted(&format!("line {}: {}", f.line, f.value)))?;
        }
        if skipped > 0 {
            writeln!(out, "# {skipped} fact(s) left out: see the comments above")?;
        }
        // A claim file needs a claim: with no fact to claim, the opening words of the text, as
        // a quote, keep the file valid and passing.
        if report.facts.len() == skipped {
            writeln!(out, "  # no figure or date with a subject to claim: the text's opening words as a quote")?;
            writeln!(out, "  - id: opening-words")?;
            writeln!(out, "    quote: {}", quoted(report.opening.unwrap_or("")))?;
        }
        Ok(())
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
