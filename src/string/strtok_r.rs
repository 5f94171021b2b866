//! `strtok_r` and the tokenizer shared with `strtok` (POSIX.1-2008; musl:
//! src/string/strtok_r.c).
use crate::abi::types::c_char;
use crate::string::strcspn::span_without;
use crate::string::strspn::strspn;

/// One `strtok` step: the next token of `s` (or of `*save` when `s` is null), with
/// `*save` left after it (null once the string is used up).
///
/// # Safety
/// `s` null or a writable string; `*save` null or what the previous step left; `delim`
/// a string.
pub(crate) unsafe fn next_token(
    s: *mut c_char,
    delim: *const c_char,
    save: &mut *mut c_char,
) -> *mut c_char {
    let s = if s.is_null() { *save } else { s };
    if s.is_null() {
        return s;
    }
    // SAFETY: `s` is a writable string; the spans stay inside it.
    unsafe {
        let s = s.add(strspn(s, delim));
        if *s == 0 {
            *save = core::ptr::null_mut();
            return core::ptr::null_mut();
        }
        let end = s.add(span_without(s.cast(), delim.cast()));
        if *end == 0 {
            *save = core::ptr::null_mut();
        } else {
            *end = 0;
            *save = end.add(1);
        }
        s
    }
}

/// `char *strtok_r(char *restrict s, const char *restrict delim, char **restrict saveptr);`
///
/// The next token of `s` (first call) or of the string remembered in `*saveptr` (when `s`
/// is null): skips bytes from `delim`, then cuts the token at the next one.
///
/// # Safety
/// `saveptr` is valid; `s` is null or a writable NUL-terminated string; on a call with a
/// null `s`, `*saveptr` is what the previous call left; `delim` is a string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strtok_r(
    s: *mut c_char,
    delim: *const c_char,
    saveptr: *mut *mut c_char,
) -> *mut c_char {
    // SAFETY: caller contract; `saveptr` is valid for the whole call.
    unsafe { next_token(s, delim, &mut *saveptr) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_end() {
        let mut buf = *b"  a,b;;c  \0";
        let mut save = core::ptr::null_mut();
        let mut toks = Vec::new();
        let mut s = buf.as_mut_ptr().cast::<c_char>();
        loop {
            // SAFETY: the buffer is a writable string; `save` carries the state.
            let t = unsafe { strtok_r(s, c" ,;".as_ptr(), &mut save) };
            if t.is_null() {
                break;
            }
            s = core::ptr::null_mut();
            // SAFETY: tokens are NUL-terminated pieces of the buffer.
            toks.push(unsafe { core::ffi::CStr::from_ptr(t) }.to_bytes().to_vec());
        }
        assert_eq!(toks, [b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]);
        // SAFETY: the state is exhausted; a further call keeps returning null.
        assert!(unsafe { strtok_r(core::ptr::null_mut(), c",".as_ptr(), &mut save) }.is_null());
    }
}
