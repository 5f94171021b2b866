//! `<stdio_ext.h>`: Solaris/glibc stream introspection (musl: src/stdio/ext.c, ext2.c).
use super::file::{F_ERR, F_NORD, F_NOWR, File};
use crate::abi::types::{c_char, c_int};

/// `void _flushlbf(void);` — flushes every stream (musl's choice for line-buffered ones).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn _flushlbf() {
    super::fflush::flush_all();
}

/// `int __fsetlocking(FILE *f, int type);` — stdio always locks internally; returns 0
/// as musl (glibc returns `FSETLOCKING_INTERNAL`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __fsetlocking(_f: *mut File, _type: c_int) -> c_int {
    0
}

/// `int __fwriting(FILE *f);` — write-only, or last operation was a write.
///
/// # Safety
/// `f` must be a live stream (for all functions here).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __fwriting(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { ((*f).flags & F_NORD != 0 || !(*f).wend.is_null()) as c_int }
}

/// `int __freading(FILE *f);` — read-only, or last operation was a read.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __freading(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { ((*f).flags & F_NOWR != 0 || !(*f).rend.is_null()) as c_int }
}

/// `int __freadable(FILE *f);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __freadable(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { ((*f).flags & F_NORD == 0) as c_int }
}

/// `int __fwritable(FILE *f);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __fwritable(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { ((*f).flags & F_NOWR == 0) as c_int }
}

/// `int __flbf(FILE *f);` — line buffered.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __flbf(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { ((*f).lbf >= 0) as c_int }
}

/// `size_t __fbufsize(FILE *f);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __fbufsize(f: *mut File) -> usize {
    // SAFETY: the caller guarantees `f`.
    unsafe { (*f).buf_size }
}

/// `size_t __fpending(FILE *f);` — bytes written but not yet flushed.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __fpending(f: *mut File) -> usize {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        if (*f).wend.is_null() {
            0
        } else {
            (*f).wpos as usize - (*f).wbase as usize
        }
    }
}

/// `int __fpurge(FILE *f);` — discards buffered input and output.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __fpurge(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        (*f).wpos = core::ptr::null_mut();
        (*f).wbase = core::ptr::null_mut();
        (*f).wend = core::ptr::null_mut();
        (*f).rpos = core::ptr::null_mut();
        (*f).rend = core::ptr::null_mut();
    }
    0
}

/// `size_t __freadahead(FILE *f);` — buffered unread bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __freadahead(f: *mut File) -> usize {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        if (*f).rend.is_null() {
            0
        } else {
            (*f).rend as usize - (*f).rpos as usize
        }
    }
}

/// `const char *__freadptr(FILE *f, size_t *sizep);` — the unread buffered bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __freadptr(f: *mut File, sizep: *mut usize) -> *const c_char {
    // SAFETY: the caller guarantees `f` and `sizep`.
    unsafe {
        if (*f).rpos == (*f).rend {
            return core::ptr::null();
        }
        *sizep = (*f).rend as usize - (*f).rpos as usize;
        (*f).rpos.cast()
    }
}

/// `void __freadptrinc(FILE *f, size_t inc);` — consumes `inc` buffered bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __freadptrinc(f: *mut File, inc: usize) {
    // SAFETY: the caller passes at most what `__freadptr` reported.
    unsafe { (*f).rpos = (*f).rpos.add(inc) };
}

/// `void __fseterr(FILE *f);` — sets the error indicator.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __fseterr(f: *mut File) {
    // SAFETY: the caller guarantees `f`.
    unsafe { (*f).flags |= F_ERR };
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fpurge", ".set fpurge, __fpurge");
