//! `freopen` (C17 7.21.5.4; musl: src/stdio/freopen.c).
use super::__fmodeflags::mode_flags;
use super::file::{F_PERM, File, lock, unlock};
use crate::abi::fcntl::{F_SETFD, F_SETFL, FD_CLOEXEC, O_CLOEXEC, O_CREAT, O_EXCL};
use crate::abi::types::c_char;
use crate::sys::{Errno, check, nr::SYS_dup3, syscall3};

/// Reopens `f` in place; on failure `f` is left for the caller to close.
///
/// # Safety
/// `f` is live and locked by the caller; the strings are NUL-terminated (`path` may be null).
unsafe fn reopen(path: *const c_char, mode: *const c_char, f: *mut File) -> Result<(), Errno> {
    // SAFETY: the caller guarantees `f` and the strings.
    unsafe {
        let fl = mode_flags(mode);
        super::fflush::flush_locked(f);
        if path.is_null() {
            if fl & O_CLOEXEC != 0 {
                super::fdopen::fcntl((*f).fd, F_SETFD, FD_CLOEXEC as usize)?;
            }
            let fl = fl & !(O_CREAT | O_EXCL | O_CLOEXEC);
            super::fdopen::fcntl((*f).fd, F_SETFL, fl as usize)?;
        } else {
            let f2 = super::fopen::open_path(path, mode)?;
            if (*f2).fd == (*f).fd {
                (*f2).fd = -1;
            } else if let Err(e) = check(syscall3(
                SYS_dup3,
                (*f2).fd as usize,
                (*f).fd as usize,
                (fl & O_CLOEXEC) as usize,
            )) {
                super::fclose::fclose(f2);
                return Err(e);
            }
            (*f).flags = ((*f).flags & F_PERM) | (*f2).flags;
            (*f).read = (*f2).read;
            (*f).write = (*f2).write;
            (*f).seek = (*f2).seek;
            (*f).close = (*f2).close;
            super::fclose::fclose(f2);
        }
        (*f).mode = 0;
        (*f).locale = core::ptr::null_mut();
        Ok(())
    }
}

/// `FILE *freopen(const char *restrict path, const char *restrict mode, FILE *restrict f);`
///
/// Reopens `f` on `path` (keeping its descriptor number), or with a null `path` changes
/// the open-file flags of its descriptor to `mode`'s. Returns `f`, or null after closing it.
///
/// # Safety
/// `f` must be a live stream; `mode` (and `path` unless null) NUL-terminated.
///
/// # Errors
/// As `fopen`, `dup3` and `fcntl`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn freopen(
    path: *const c_char,
    mode: *const c_char,
    f: *mut File,
) -> *mut File {
    // SAFETY: the caller guarantees the arguments; the lock brackets the swap.
    unsafe {
        let locked = lock(f);
        let r = reopen(path, mode, f);
        if locked {
            unlock(f);
        }
        match r {
            Ok(()) => f,
            Err(Errno(e)) => {
                super::fclose::fclose(f);
                crate::errno::set_errno(e);
                core::ptr::null_mut()
            }
        }
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak freopen64", ".set freopen64, freopen");
