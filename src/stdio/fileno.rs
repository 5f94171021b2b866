//! `fileno`, `fileno_unlocked` (POSIX fileno(); musl: src/stdio/fileno.c).
use super::file::{File, lock, unlock};
use crate::abi::types::c_int;

/// `int fileno(FILE *f);`
///
/// The descriptor under `f`.
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// `EBADF` (-1) for a stream with no descriptor (memory and cookie streams).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fileno(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        let locked = lock(f);
        let fd = (*f).fd;
        if locked {
            unlock(f);
        }
        if fd < 0 {
            crate::errno::set_errno(crate::abi::errno::EBADF);
            return -1;
        }
        fd
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fileno_unlocked", ".set fileno_unlocked, fileno");
