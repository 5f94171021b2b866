//! The environment and program name (musl: src/env/).
pub mod __environ;
pub mod __progname;
pub mod getenv;
