pub mod extract;
pub mod segment;
pub mod text;
