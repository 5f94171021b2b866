//! Typed syscall wrappers returning `Result<T, Errno>`; they never touch `errno`.
pub mod fs;
pub mod futex;
pub mod info;
pub mod mem;
pub mod net;
pub mod nr;
pub mod proc;
pub mod signal;
pub mod tty;
pub mod vm;

use crate::abi::types::c_int;

/// A positive `errno` value carried in a `Result`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub c_int);

/// Converts a raw kernel return (`-4095..=-1` means `-errno`) into a `Result`.
#[inline(always)]
pub fn check(ret: isize) -> Result<usize, Errno> {
    if (-4095..0).contains(&ret) {
        Err(Errno(-ret as c_int))
    } else {
        Ok(ret as usize)
    }
}

pub use crate::arch::syscall::{
    syscall0, syscall1, syscall2, syscall3, syscall4, syscall5, syscall6,
};
