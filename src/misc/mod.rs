//! Miscellaneous interfaces (musl: src/misc/).
pub mod ffs;
pub mod ffsl;
pub mod ffsll;
pub mod get_avphys_pages;
pub mod get_nprocs;
pub mod get_nprocs_conf;
pub mod get_phys_pages;
pub mod getauxval;
pub mod getpriority;
pub mod getrlimit;
pub mod getrusage;
pub mod ioctl;
pub mod setpriority;
pub mod setrlimit;
pub mod uname;
