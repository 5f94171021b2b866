//! The environment and program name (musl: src/env/).
pub mod __environ;
pub mod __progname;
pub mod clearenv;
pub mod getenv;
pub mod putenv;
pub mod secure_getenv;
pub mod setenv;
pub mod unsetenv;
