//! `cargo xtask bench`: the process-level benchmark report (see `driver.rs`).
mod callgrind;
mod compile;
mod driver;
mod interleaved;
mod options;
mod report;
mod run;
mod sweep;
mod table;

pub use driver::bench;
