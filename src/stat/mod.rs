//! `<sys/stat.h>` (musl: src/stat/).
pub mod chmod;
pub mod fchmod;
pub mod fchmodat;
pub mod fstat;
pub mod fstatat;
pub mod futimens;
pub mod futimesat;
pub mod lstat;
pub mod mkdir;
pub mod mkdirat;
pub mod mkfifo;
pub mod mkfifoat;
pub mod mknod;
pub mod mknodat;
// `stat` lives in `stat/stat.rs`, named after musl's file.
#[allow(clippy::module_inception)]
pub mod stat;
pub mod statvfs;
pub mod statx;
pub mod umask;
pub mod utimensat;
