//! `mkstemps` (GNU, BSD; musl: src/temp/mkstemps.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::c_ret;

/// `int mkstemps(char *template, int suffixlen);` — creates a new file named after `template` (whose `XXXXXX` is
/// replaced) with mode 0600 and returns a read-write descriptor.
///
/// # Safety
/// `template` is a writable NUL-terminated string.
///
/// # Errors
/// `EINVAL` for a template without the `XXXXXX`; `EEXIST` after 100 names in use;
/// whatever `open` reports (`EACCES`, `ENOENT`, `EMFILE`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mkstemps(template: *mut c_char, suffixlen: c_int) -> c_int {
    // SAFETY: forwarded contract.
    c_ret(
        unsafe { super::mkostemps::make_file(template, suffixlen as usize, 0) },
        -1,
    )
}
