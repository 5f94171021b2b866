//! Pattern matching: shell wildcards and path name expansion (musl: src/regex/).
pub mod fnmatch;
pub mod glob;
pub mod glob_walk;
