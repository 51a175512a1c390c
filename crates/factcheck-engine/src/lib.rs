pub mod text;
pub mod segment;
