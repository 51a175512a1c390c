//! The factcheck engine: reads figures and dates from text ([`extract`]), analyses each source
//! once ([`document`]), finds the sentences about a claim's subject ([`subject`]) and decides
//! verdicts with their evidence ([`verify`]). No file or terminal I/O: sources come in as
//! strings, results go out as the core report model.

pub mod check;
pub mod document;
pub mod extract;
pub mod facts;
pub mod segment;
pub mod subject;
pub mod text;
pub mod verify;

pub use extract::{LiteralError, Mention, misspellable_value_words, parse_literal, value_words};
pub use verify::{Engine, Source};
