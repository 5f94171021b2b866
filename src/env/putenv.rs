//! `putenv` (POSIX.1-2017 putenv(); musl: src/env/putenv.c) and the insertion shared
//! with `setenv`. Once changed, the environment array is libc's own copy, grown with
//! `realloc`.
use super::setenv::{LOCK, rm_add};
use crate::abi::errno::ENOMEM;
use crate::abi::types::{c_char, c_int, c_void};
use crate::errno::c_ret;
use crate::malloc::libc::{free, malloc, realloc};
use crate::sys::Errno;

/// The array libc allocated for `__environ`, if it allocated one.
static mut OWN_ENV: *mut *mut c_char = core::ptr::null_mut();

/// Puts `s` (`NAME=value` with a `name_len`-byte name) into the environment, replacing
/// the first entry with that name or appending. `owned`: libc allocated `s`.
///
/// # Safety
/// `LOCK` is held; `s` is NUL-terminated with `=` at `name_len`; if `owned`, it came
/// from `malloc`.
pub(crate) unsafe fn put(s: *mut c_char, name_len: usize, owned: bool) -> Result<(), Errno> {
    let new = if owned { s } else { core::ptr::null_mut() };
    // SAFETY: __environ is null or a NULL-terminated array; OWN_ENV is ours.
    unsafe {
        let env = super::__environ::get();
        let mut n = 0;
        if !env.is_null() {
            while !(*env.add(n)).is_null() {
                let e = *env.add(n);
                if same_name(e, s, name_len) {
                    *env.add(n) = s;
                    rm_add(e, new);
                    return Ok(());
                }
                n += 1;
            }
        }
        let bytes = (n + 2) * size_of::<*mut c_char>();
        let own = *(&raw const OWN_ENV);
        let grown = if env == own && !own.is_null() {
            realloc(own as *mut c_void, bytes) as *mut *mut c_char
        } else {
            let fresh = malloc(bytes) as *mut *mut c_char;
            if !fresh.is_null() {
                for i in 0..n {
                    *fresh.add(i) = *env.add(i);
                }
                free(own as *mut c_void);
            }
            fresh
        };
        if grown.is_null() {
            if owned {
                free(s as *mut c_void);
            }
            return Err(Errno(ENOMEM));
        }
        *grown.add(n) = s;
        *grown.add(n + 1) = core::ptr::null_mut();
        OWN_ENV = grown;
        super::__environ::set(grown);
        if owned {
            rm_add(core::ptr::null_mut(), new);
        }
        Ok(())
    }
}

/// Whether `e` starts with the `len` bytes of `s` followed by `=` (`s[len]` is `=`).
///
/// # Safety
/// Both are NUL-terminated.
unsafe fn same_name(e: *const c_char, s: *const c_char, len: usize) -> bool {
    // SAFETY: comparing len+1 bytes stops at e's NUL, since s[..=len] has no NUL.
    unsafe {
        for i in 0..=len {
            if *e.add(i) != *s.add(i) {
                return false;
            }
        }
    }
    true
}

/// `int putenv(char *string);`
///
/// `string` itself (not a copy) becomes part of the environment. A string without `=`
/// removes that name, as musl and glibc do.
///
/// DIFF(glibc): an empty name (`"=value"`) fails with `EINVAL` as in musl; glibc adds it.
///
/// # Safety
/// `string` is NUL-terminated and stays valid while it is in the environment.
///
/// # Errors
/// `EINVAL` for an empty name (`""` or `"=..."`); `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putenv(string: *mut c_char) -> c_int {
    let mut l = 0;
    // SAFETY: the walk stops at the terminator.
    unsafe {
        while *string.add(l) != 0 && *string.add(l) != b'=' as c_char {
            l += 1;
        }
        if l == 0 || *string.add(l) == 0 {
            return super::unsetenv::unsetenv(string);
        }
    }
    LOCK.lock();
    // SAFETY: LOCK is held; string has '=' at l.
    let r = unsafe { put(string, l, false) };
    LOCK.unlock();
    c_ret(r.map(|()| 0), -1)
}
