//! Renderers for `factcheck extract`: the facts of one text, one file per format.

mod human;
mod json;
mod yaml;

pub use human::FactsHuman;
pub use json::FactsJson;
pub use yaml::FactsYaml;

use factcheck_engine::facts::Starter;
use std::io::{self, Write};

/// What `factcheck extract` read from one text.
pub struct FactsReport<'a> {
    /// The text as the user named it (`-` for standard input).
    pub path: &'a str,
    /// The `as_of` date given, if any.
    pub as_of: Option<jiff::civil::Date>,
    /// Each fact, with a subject proposed for it when the format needs one.
    pub facts: &'a [Starter],
    /// The text's first words (up to a dozen, verbatim), for a starter file with no fact.
    pub opening: Option<&'a str>,
    /// The `source:` of a starter file, when not the text's file name.
    pub source: Option<&'a str>,
}

/// Writes the facts of a text in one format.
pub trait FactsRenderer {
    /// Writes `report` to `out`.
    fn render(&self, report: &FactsReport<'_>, out: &mut dyn Write) -> io::Result<()>;
}
