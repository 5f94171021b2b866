//! rcc: a musl-compatible C standard library for Linux, written in Rust.
//!
//! C entry points are exported (`#[no_mangle]`) only in the product build
//! (`--cfg rcc_export`, set by `cargo xtask sysroot`); `cargo test` and benches see plain
//! Rust functions and never clash with the host libc.
#![cfg_attr(not(test), no_std)]
#![no_builtins]
#![allow(clippy::missing_safety_doc)]
// `&*(&raw const STATIC)` is how edition 2024 borrows a `static mut`; clippy misreads it.
#![allow(clippy::deref_addrof)]

pub mod abi;
pub mod arch;
pub mod ctype;
pub mod dirent;
pub mod env;
pub mod errno;
pub mod exit;
pub mod fcntl;
pub mod internal;
pub mod ldso;
pub mod legacy;
pub mod linux;
pub mod locale;
pub mod malloc;
pub mod misc;
pub mod mman;
pub mod mq;
pub mod multibyte;
pub mod network;
pub mod passwd;
pub mod prng;
pub mod process;
pub mod regex;
pub mod rt;
pub mod sched;
pub mod search;
pub mod select;
pub mod shim;
pub mod signal;
pub mod stat;
pub mod stdio;
pub mod stdlib;
pub mod string;
pub mod sys;
pub mod temp;
pub mod termios;
pub mod thread;
pub mod time;
pub mod unistd;
