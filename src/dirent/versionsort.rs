//! `versionsort` (GNU; musl: src/dirent/versionsort.c).
use crate::abi::dirent::dirent;
use crate::abi::types::c_int;

/// `int versionsort(const struct dirent **a, const struct dirent **b);`: `strverscmp`
/// order of the names ("file9" before "file10"), for `scandir`.
///
/// # Safety
/// Both point at pointers to valid entries.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn versionsort(a: *mut *const dirent, b: *mut *const dirent) -> c_int {
    // SAFETY: the caller guarantees both entries; d_name is NUL-terminated.
    unsafe { crate::string::strverscmp::strverscmp((**a).d_name.as_ptr(), (**b).d_name.as_ptr()) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak versionsort64", ".set versionsort64, versionsort");
