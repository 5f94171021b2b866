//! `<unistd.h>` (musl: src/unistd/).
pub mod close;
pub mod getpid;
pub mod getppid;
pub mod lseek;
pub mod read;
pub mod write;
