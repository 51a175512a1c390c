//! The factcheck engine: analyses each source once ([`document`]) with the text reader of
//! `factcheck-text` (tokens, sentences, figures and dates), finds the sentences about a claim's subject ([`subject`]) and decides
//! verdicts with their evidence ([`verify`]). No file or terminal I/O: sources come in as
//! strings, results go out as the core report model.

pub mod check;
pub mod document;
pub mod facts;
mod lexical;
mod matcher;
pub mod subject;
pub mod verify;

pub use verify::{Engine, Source};

// The text reader's modules under their old paths, for the engine's own code.
pub(crate) use factcheck_text::{extract, segment, text};
