//! Engines shared by several public areas (musl: src/internal/).
pub mod floatscan;
