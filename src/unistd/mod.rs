//! `<unistd.h>` (musl: src/unistd/).
pub mod write;
