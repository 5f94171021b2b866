//! `unsetenv` (POSIX.1-2017 unsetenv(); musl: src/env/unsetenv.c).
use super::setenv::{LOCK, name_len, rm_add};
use crate::abi::types::{c_char, c_int};
use crate::errno::c_ret;
use crate::sys::Errno;

/// Removes every entry named `name`, compacting the array in place.
///
/// # Safety
/// `LOCK` is held; `name` is NUL-terminated and `len` bytes long.
unsafe fn remove(name: *const c_char, len: usize) {
    // SAFETY: __environ is null or a NULL-terminated array of C strings.
    unsafe {
        let env = super::__environ::get();
        if env.is_null() {
            return;
        }
        let mut out = 0;
        let mut i = 0;
        while !(*env.add(i)).is_null() {
            let e = *env.add(i);
            let mut k = 0;
            while k < len && *e.add(k) == *name.add(k) {
                k += 1;
            }
            if k == len && *e.add(len) == b'=' as c_char {
                rm_add(e, core::ptr::null_mut());
            } else {
                *env.add(out) = e;
                out += 1;
            }
            i += 1;
        }
        *env.add(out) = core::ptr::null_mut();
    }
}

/// `int unsetenv(const char *name);` — removes all entries for `name`.
///
/// # Safety
/// `name` is null or NUL-terminated.
///
/// # Errors
/// `EINVAL` for a null or empty name or one containing `=`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn unsetenv(name: *const c_char) -> c_int {
    // SAFETY: the caller's contract.
    let len = match unsafe { name_len(name) } {
        Ok(l) => l,
        Err(e) => return c_ret(Err::<c_int, Errno>(e), -1),
    };
    LOCK.lock();
    // SAFETY: LOCK is held; name is len bytes.
    unsafe { remove(name, len) };
    LOCK.unlock();
    0
}
