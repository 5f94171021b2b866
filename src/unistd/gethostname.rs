//! `gethostname` (POSIX.1-2017 gethostname(); musl: src/unistd/gethostname.c).
use crate::abi::types::{c_char, c_int, size_t};

/// `int gethostname(char *name, size_t len);`
///
/// Copies the node name from `uname`; a name longer than `len` is truncated and, as in
/// musl, still NUL-terminated.
///
/// # Safety
/// `name` must be writable for `len` bytes.
///
/// # Errors
/// None in practice (`uname` cannot fail with a valid buffer).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn gethostname(name: *mut c_char, len: size_t) -> c_int {
    let uts = match crate::sys::info::uname() {
        Ok(u) => u,
        Err(e) => return crate::errno::c_ret(Err(e), -1),
    };
    let mut i = 0;
    while i < len {
        let c = uts.nodename.get(i).copied().unwrap_or(0);
        // SAFETY: `i < len`, within the caller's buffer.
        unsafe { *name.add(i) = c };
        if c == 0 {
            return 0;
        }
        i += 1;
    }
    if i > 0 {
        // SAFETY: `len - 1` is inside the buffer.
        unsafe { *name.add(i - 1) = 0 };
    }
    0
}
