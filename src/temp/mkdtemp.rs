//! `mkdtemp` (POSIX.1-2017 mkdtemp(); musl: src/temp/mkdtemp.c).
use super::__randname::{try_names, xs};
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::types::c_char;
use crate::errno::c_ret;
use crate::sys::{check, nr::SYS_mkdirat, syscall3};

/// `char *mkdtemp(char *template);` — replaces the trailing `XXXXXX` of `template` and
/// creates that directory with mode 0700.
///
/// # Safety
/// `template` is a writable NUL-terminated string.
///
/// # Errors
/// `EINVAL` for a template not ending in `XXXXXX`; `EEXIST` after 100 names in use;
/// whatever `mkdir` reports.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mkdtemp(template: *mut c_char) -> *mut c_char {
    // SAFETY: the caller's contract; the name slot lies inside the template.
    let r = unsafe {
        xs(template, 0).and_then(|p| {
            try_names(p, || {
                check(syscall3(
                    SYS_mkdirat,
                    AT_FDCWD as isize as usize,
                    template as usize,
                    0o700,
                ))
            })
        })
    };
    c_ret(r.map(|_| template), core::ptr::null_mut())
}
