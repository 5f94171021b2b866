//! `__assert_fail`, what a failed `assert()` calls (C17 7.2.1.1; musl: src/exit/assert.c).
use crate::abi::types::{c_char, c_int};
use crate::stdio::file::{lock, stderr_file, unlock, write_bytes};

/// Appends the NUL-terminated `s` (or `"(null)"`) to stderr.
///
/// # Safety
/// `s` null or NUL-terminated; `f` is stderr, locked by the caller.
unsafe fn put_c(f: *mut crate::stdio::file::File, s: *const c_char) {
    let bytes: &[u8] = if s.is_null() {
        b"(null)"
    } else {
        // SAFETY: the caller guarantees a NUL-terminated string.
        unsafe { core::ffi::CStr::from_ptr(s).to_bytes() }
    };
    // SAFETY: `f` is the static stderr stream.
    unsafe { write_bytes(f, bytes) };
}

/// Formats `n` in decimal into `buf`, returning the used tail.
fn decimal(n: c_int, buf: &mut [u8; 12]) -> &[u8] {
    let mut v = (n as i64).unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    &buf[i..]
}

/// `_Noreturn void __assert_fail(const char *expr, const char *file, int line,
/// const char *func);`
///
/// Prints `Assertion failed: EXPR (FILE: FUNC: LINE)` and a newline to stderr (musl's
/// format), then calls `abort`.
///
/// # Safety
/// Each string argument is null or NUL-terminated.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __assert_fail(
    expr: *const c_char,
    file: *const c_char,
    line: c_int,
    func: *const c_char,
) -> ! {
    let f = stderr_file();
    let mut num = [0u8; 12];
    // SAFETY: the caller guarantees the strings; stderr is static; lock brackets the writes.
    unsafe {
        let locked = lock(f);
        write_bytes(f, b"Assertion failed: ");
        put_c(f, expr);
        write_bytes(f, b" (");
        put_c(f, file);
        write_bytes(f, b": ");
        put_c(f, func);
        write_bytes(f, b": ");
        write_bytes(f, decimal(line, &mut num));
        write_bytes(f, b")\n");
        if locked {
            unlock(f);
        }
    }
    crate::exit::abort::abort()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_numbers() {
        let mut b = [0u8; 12];
        assert_eq!(decimal(0, &mut b), b"0");
        assert_eq!(decimal(1234, &mut b), b"1234");
        assert_eq!(decimal(c_int::MIN, &mut b), b"-2147483648");
    }
}
