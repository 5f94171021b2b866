//! `strtok` (C11 7.24.5.8; musl: src/string/strtok.c).
use crate::abi::types::c_char;
use crate::string::strtok_r::next_token;
use core::sync::atomic::{AtomicPtr, Ordering};

/// Where the previous call stopped (C gives `strtok` one hidden state, not per thread).
static SAVE: AtomicPtr<c_char> = AtomicPtr::new(core::ptr::null_mut());

/// `char *strtok(char *restrict s, const char *restrict delim);`
///
/// `strtok_r` with a single static state: not thread-safe, as C says.
///
/// # Safety
/// `s` is null or a writable NUL-terminated string (with a null `s`, the string of the
/// previous call must still be alive); `delim` is a string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtok(s: *mut c_char, delim: *const c_char) -> *mut c_char {
    let mut save = SAVE.load(Ordering::Relaxed);
    // SAFETY: forwarded caller contract.
    let t = unsafe { next_token(s, delim, &mut save) };
    SAVE.store(save, Ordering::Relaxed);
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_state() {
        let mut buf = *b"x-y\0";
        // SAFETY: writable string; single test thread uses this state.
        unsafe {
            let a = strtok(buf.as_mut_ptr().cast(), c"-".as_ptr());
            assert_eq!(a, buf.as_mut_ptr().cast());
            let b = strtok(core::ptr::null_mut(), c"-".as_ptr());
            assert_eq!(b, buf.as_mut_ptr().add(2).cast());
            assert!(strtok(core::ptr::null_mut(), c"-".as_ptr()).is_null());
            assert!(strtok(core::ptr::null_mut(), c"-".as_ptr()).is_null());
        }
    }
}
