//! `alphasort` (POSIX.1-2017 alphasort(); musl: src/dirent/alphasort.c).
use crate::abi::dirent::dirent;
use crate::abi::types::c_int;

/// `int alphasort(const struct dirent **a, const struct dirent **b);`: `strcoll` order
/// of the names, for `scandir`.
///
/// # Safety
/// Both point at pointers to valid entries.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn alphasort(a: *mut *const dirent, b: *mut *const dirent) -> c_int {
    // SAFETY: the caller guarantees both entries; d_name is NUL-terminated.
    unsafe { crate::locale::strcoll::strcoll((**a).d_name.as_ptr(), (**b).d_name.as_ptr()) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak alphasort64", ".set alphasort64, alphasort");
