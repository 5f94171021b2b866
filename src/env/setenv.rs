//! `setenv` (POSIX.1-2017 setenv(); musl: src/env/setenv.c), the environment lock, and
//! the table of `NAME=value` strings libc allocated (freed when replaced or removed).
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_char, c_int, c_void};
use crate::errno::c_ret;
use crate::malloc::libc::{free, malloc, realloc};
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;
use crate::sys::Errno;
use crate::thread::state::Lock;

/// Serialises every change to `__environ` (setenv, unsetenv, putenv, clearenv).
pub(crate) static LOCK: Lock = Lock::new();

/// Strings libc allocated for the environment; a null slot is free for reuse.
static mut OWNED: *mut *mut c_char = core::ptr::null_mut();
/// Number of slots in `OWNED`.
static mut OWNED_LEN: usize = 0;

/// Records that `old` left the environment and `new` (libc-allocated) entered it: frees
/// `old` if libc owns it and remembers `new` (either may be null).
///
/// # Safety
/// Called with `LOCK` held; `new` is null or came from `malloc`.
pub(crate) unsafe fn rm_add(old: *mut c_char, new: *mut c_char) {
    let mut new = new;
    // SAFETY: OWNED holds OWNED_LEN slots; LOCK serialises access.
    unsafe {
        let table = *(&raw const OWNED);
        for i in 0..*(&raw const OWNED_LEN) {
            let slot = table.add(i);
            if !old.is_null() && *slot == old {
                *slot = new;
                free(old as *mut c_void);
                return;
            }
            if slot.read().is_null() && !new.is_null() {
                *slot = new;
                new = core::ptr::null_mut();
            }
        }
        if new.is_null() {
            return;
        }
        let n = *(&raw const OWNED_LEN);
        let t =
            realloc(table as *mut c_void, (n + 1) * size_of::<*mut c_char>()) as *mut *mut c_char;
        if t.is_null() {
            // The string stays in the environment; it is only leaked when replaced.
            return;
        }
        *t.add(n) = new;
        OWNED = t;
        OWNED_LEN = n + 1;
    }
}

/// Length of a valid variable name (non-empty, no `=`), or `EINVAL`.
///
/// # Safety
/// `name` is null or NUL-terminated.
pub(crate) unsafe fn name_len(name: *const c_char) -> Result<usize, Errno> {
    if name.is_null() {
        return Err(Errno(EINVAL));
    }
    let mut l = 0;
    // SAFETY: the walk stops at the terminator.
    unsafe {
        while *name.add(l) != 0 {
            if *name.add(l) == b'=' as c_char {
                return Err(Errno(EINVAL));
            }
            l += 1;
        }
    }
    if l == 0 { Err(Errno(EINVAL)) } else { Ok(l) }
}

/// Builds `name=value` in fresh memory and installs it.
unsafe fn set(name: *const c_char, value: *const c_char, overwrite: c_int) -> Result<(), Errno> {
    // SAFETY: the caller's contract covers name and value.
    unsafe {
        let l1 = name_len(name)?;
        let env = super::__environ::get() as *const *const c_char;
        if overwrite == 0 && !super::getenv::find(env, name).is_null() {
            return Ok(());
        }
        let l2 = if value.is_null() {
            0
        } else {
            str_len(value as *const u8)
        };
        let s = malloc(l1 + l2 + 2) as *mut u8;
        if s.is_null() {
            return Err(Errno(crate::abi::errno::ENOMEM));
        }
        copy_forward(s, name as *const u8, l1);
        *s.add(l1) = b'=';
        if l2 > 0 {
            copy_forward(s.add(l1 + 1), value as *const u8, l2);
        }
        *s.add(l1 + l2 + 1) = 0;
        super::putenv::put(s as *mut c_char, l1, true)
    }
}

/// `int setenv(const char *name, const char *value, int overwrite);`
///
/// Copies `name=value` into the environment; with `overwrite == 0` an existing `name` is
/// left alone. A null `value` is taken as "" (musl faults, glibc does the same as here).
///
/// # Safety
/// `name` is null or NUL-terminated; `value` is null or NUL-terminated.
///
/// # Errors
/// `EINVAL` for a null or empty name or one containing `=`; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setenv(
    name: *const c_char,
    value: *const c_char,
    overwrite: c_int,
) -> c_int {
    LOCK.lock();
    // SAFETY: the caller's contract; LOCK is held.
    let r = unsafe { set(name, value, overwrite) };
    LOCK.unlock();
    c_ret(r.map(|()| 0), -1)
}
