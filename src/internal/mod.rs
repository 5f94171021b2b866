//! Engines shared by several public areas (musl: src/internal/).
pub mod floatscan;
pub mod fmt_fp;
pub mod vdso;
