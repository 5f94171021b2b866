//! `fpathconf` and `pathconf` (POSIX.1-2017 fpathconf(); musl: src/conf/fpathconf.c,
//! pathconf.c). Linux has no per-file query, so like musl the answers are fixed.
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_char, c_int, c_long};

/// The fixed value for `name` (musl's table), or `None` for an unknown name.
fn value(name: c_int) -> Option<c_long> {
    const V: [c_long; 21] = [
        8, 255, 255, 255, 4096, 4096, 1, 1, 0, 1, -1, -1, -1, 64, 4096, 4096, 4096, 4096, 4096, -1,
        1,
    ];
    usize::try_from(name).ok().and_then(|i| V.get(i).copied())
}

/// `long fpathconf(int fd, int name);`
///
/// # Errors
/// `EINVAL` for an unknown `name`; `fd` is not examined (as musl).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn fpathconf(_fd: c_int, name: c_int) -> c_long {
    value(name).unwrap_or_else(|| {
        crate::errno::set_errno(EINVAL);
        -1
    })
}

/// `long pathconf(const char *path, int name);`
///
/// # Safety
/// `path` is not read; any pointer is accepted (as musl).
///
/// # Errors
/// As `fpathconf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pathconf(_path: *const c_char, name: c_int) -> c_long {
    fpathconf(-1, name)
}
