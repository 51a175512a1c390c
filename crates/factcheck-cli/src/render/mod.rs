//! Renderers: each format is one file behind the [`Renderer`] trait (reports of `verify`) or
//! the [`facts::FactsRenderer`] trait (listings of `extract`), and none decides the exit code.

pub mod facts;
mod human;
mod json;

pub use human::Human;
pub use json::Json;

use factcheck_core::Report;
use std::io::{self, Write};

/// Writes a report in one format.
pub trait Renderer {
    /// Writes `report` to `out`.
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()>;
}
