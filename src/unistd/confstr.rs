//! `confstr` (POSIX.1-2017 confstr(); musl: src/conf/confstr.c).
use crate::abi::errno::EINVAL;
use crate::abi::sysconf::{
    _CS_PATH, _CS_POSIX_V6_ILP32_OFF32_CFLAGS, _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS,
    _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS, _CS_V7_ENV,
};
use crate::abi::types::{c_char, c_int, size_t};

/// `size_t confstr(int name, char *buf, size_t len);`
///
/// Returns the length the full value needs including its NUL, copying as much as fits
/// (NUL-terminated) when `len > 0`. `_CS_PATH` is `/bin:/usr/bin`; the other names musl
/// knows have empty values.
///
/// # Safety
/// `buf` must be writable for `len` bytes (unused when `len == 0`).
///
/// # Errors
/// `EINVAL` for an unknown `name` (returns 0).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn confstr(name: c_int, buf: *mut c_char, len: size_t) -> size_t {
    let value: &[u8] = match name {
        _CS_PATH => b"/bin:/usr/bin",
        _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS | _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS => b"",
        _CS_POSIX_V6_ILP32_OFF32_CFLAGS..=_CS_V7_ENV => b"",
        _ => {
            crate::errno::set_errno(EINVAL);
            return 0;
        }
    };
    if len > 0 {
        let n = value.len().min(len - 1);
        for (i, &b) in value.iter().take(n).enumerate() {
            // SAFETY: `i < n < len`, inside the caller's buffer.
            unsafe { *buf.add(i) = b as c_char };
        }
        // SAFETY: `n < len`.
        unsafe { *buf.add(n) = 0 };
    }
    value.len() + 1
}
