//! `extract --format human`: a table of line:column, kind, text and normalised value. The text
//! is the source's, the value may quote it and the path is the user's: all three are escaped for
//! the terminal or CI log (see [`crate::escape::terminal`]).

use super::{FactsRenderer, FactsReport};
use crate::escape::terminal;
use anstyle::Style;
use std::io::{self, Write};

/// The table for reading.
pub struct FactsHuman;

const HEADER: Style = Style::new().bold();

impl FactsRenderer for FactsHuman {
    fn render(&self, report: &FactsReport<'_>, out: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<[String; 4]> = report
            .facts
            .iter()
            .map(|s| {
                let f = &s.fact;
                [
                    format!("{}:{}", f.line, f.column),
                    f.kind.name().to_string(),
                    terminal(&one_line(&f.text)).into_owned(),
                    terminal(&f.value.to_string()).into_owned(),
                ]
            })
            .collect();
        let titles = ["LINE:COL", "KIND", "TEXT", "VALUE"];
        let mut widths = titles.map(|t| t.chars().count());
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let line = |cells: [&str; 4]| {
            let mut s = String::new();
            for (i, cell) in cells.iter().enumerate() {
                if i == 3 {
                    s.push_str(cell);
                } else {
                    s.push_str(&format!("{cell:<width$}  ", width = widths[i]));
                }
            }
            s
        };
        writeln!(out, "{HEADER}{}{HEADER:#}", line(titles))?;
        for row in &rows {
            writeln!(out, "{}", line([&row[0], &row[1], &row[2], &row[3]]))?;
        }
        writeln!(out, "{} fact{} in {}", rows.len(), if rows.len() == 1 { "" } else { "s" }, terminal(report.path))
    }
}

/// The text on one line: a figure written across a line break is shown with a space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
