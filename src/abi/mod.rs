//! C types and constants, one file per header: the Rust mirror of `include/`.
#[macro_use]
pub mod check;

pub mod auxv;
pub mod elf;
pub mod endian;
pub mod errno;
pub mod fcntl;
pub mod float;
pub mod fnmatch;
pub mod glob;
pub mod getopt;
pub mod inttypes;
pub mod ioctl;
pub mod limits;
pub mod link;
pub mod locale;
pub mod mman;
pub mod netinet_in;
pub mod prctl;
pub mod pwd;
pub mod pthread;
pub mod random;
pub mod registry;
pub mod resource;
pub mod sched;
pub mod search;
pub mod setjmp;
pub mod signal;
pub mod socket;
pub mod spawn;
pub mod stat;
pub mod stdio;
pub mod stdbool;
pub mod stddef;
pub mod stdint;
pub mod stdlib;
pub mod sysconf;
pub mod syslog;
pub mod time;
pub mod times;
pub mod types;
pub mod uio;
pub mod unistd;
pub mod wchar;
pub mod wctype;
// linux helper (issue 6): multiplexing, Linux fs APIs, dirent/ftw, termios.
pub mod dirent;
pub mod epoll;
pub mod mount;
pub mod poll;
pub mod statvfs;
pub mod termios;
pub mod utsname;


