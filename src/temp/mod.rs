//! Temporary files and directories with unique names (musl: src/temp/).
pub mod __randname;
pub mod mkdtemp;
pub mod mkostemp;
pub mod mkostemps;
pub mod mkstemp;
pub mod mkstemps;
pub mod mktemp;
