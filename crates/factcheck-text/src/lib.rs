//! Reading text, the layer under both the claim loader and the matcher: tokens and their
//! normal forms ([`text`]), sentences ([`segment`]), and the figures and dates a text states
//! ([`extract`]), including the literal values of claim files ([`parse_literal`]). No file or
//! terminal I/O.

pub mod extract;
pub mod segment;
pub mod text;

pub use extract::{LiteralError, Mention, misspellable_value_words, parse_literal, value_words};
