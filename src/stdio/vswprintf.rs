//! `vswprintf` (C17 7.29.2.9; musl: src/stdio/vswprintf.c): the multibyte output of the
//! wide engine decoded back into the caller's `wchar_t` buffer.
use super::vfwprintf::run_wide;
use crate::abi::errno::{EILSEQ, EOVERFLOW};
use crate::abi::types::{c_int, size_t, wchar_t};
use crate::arch::va_list::VaListRaw;
use crate::errno::set_errno;
use crate::internal::fmt_fp::fmt::Out;
use crate::multibyte::internal::{INCOMPLETE, decode};

/// Decodes bytes into `buf[..cap]`, counting every wide character.
struct WideBuf {
    buf: *mut wchar_t,
    cap: usize,
    count: usize,
    st: u32,
    utf8: bool,
    bad: bool,
}

impl WideBuf {
    fn push(&mut self, wc: wchar_t) {
        if self.count < self.cap {
            // SAFETY: `count < cap`, inside the caller's buffer.
            unsafe { *self.buf.add(self.count) = wc };
        }
        self.count += 1;
    }
}

impl Out for WideBuf {
    fn put(&mut self, b: &[u8]) {
        for &c in b {
            let mut wc = 0;
            // SAFETY: one readable byte.
            match unsafe { decode(&mut wc, &c, 1, &mut self.st, self.utf8) } {
                Ok(INCOMPLETE) => {}
                Ok(_) => self.push(wc),
                Err(_) => self.bad = true,
            }
        }
    }
    fn pad(&mut self, c: u8, n: usize) {
        for _ in 0..n {
            self.push(c as wchar_t);
        }
    }
}

/// `int vswprintf(wchar_t *restrict s, size_t n, const wchar_t *restrict fmt, va_list ap);`
///
/// Writes at most `n` wide characters including the terminator. Unlike `vsnprintf`,
/// returns -1 when the output (plus terminator) does not fit, or when `n` is 0; `s` then
/// holds the truncated, terminated output.
///
/// # Safety
/// `s` writable for `n` elements; `fmt` is a wide format matching `ap`.
///
/// # Errors
/// `EOVERFLOW` when the output does not fit (as glibc; musl leaves errno alone), else as
/// `vfwprintf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vswprintf(
    s: *mut wchar_t,
    n: size_t,
    fmt: *const wchar_t,
    ap: *mut VaListRaw,
) -> c_int {
    if n == 0 {
        set_errno(EOVERFLOW);
        return -1;
    }
    let mut out = WideBuf {
        buf: s,
        cap: n - 1,
        count: 0,
        st: 0,
        utf8: crate::locale::utf8_active(),
        bad: false,
    };
    // SAFETY: forwarded caller contract.
    let r = unsafe { run_wide(&mut out, fmt, ap) };
    // SAFETY: `min(count, n - 1) < n`, inside the buffer.
    unsafe { *s.add(out.count.min(n - 1)) = 0 };
    match r {
        Err(e) => {
            set_errno(e);
            -1
        }
        Ok(_) if out.bad || out.st != 0 => {
            set_errno(EILSEQ);
            -1
        }
        Ok(_) if out.count >= n => {
            set_errno(EOVERFLOW);
            -1
        }
        Ok(_) => out.count as c_int,
    }
}
