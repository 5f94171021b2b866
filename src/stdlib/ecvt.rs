//! `ecvt` (POSIX.1-2001, removed in 2008; musl: src/stdlib/ecvt.c): digits in a static
//! buffer, on top of the printf engine.
use crate::abi::types::{c_char, c_int};
use crate::arch::fpu::sse_rounding;
use crate::internal::floatscan::round::Mode;
use crate::internal::fmt_fp::fmt::{Out, Spec, Value, fmt_fp};

/// A fixed buffer that keeps what fits (always leaving room for a NUL).
pub(crate) struct BufOut<'a> {
    pub buf: &'a mut [u8],
    pub len: usize,
}

impl Out for BufOut<'_> {
    fn put(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.pad(b, 1);
        }
    }
    fn pad(&mut self, c: u8, n: usize) {
        for _ in 0..n {
            if self.len + 1 < self.buf.len() {
                if let Some(s) = self.buf.get_mut(self.len) {
                    *s = c;
                }
                self.len += 1;
            }
        }
    }
}

/// Formats `x` as printf would with `conv` and precision `prec` into `buf`, NUL-terminated;
/// returns the length.
pub(crate) fn format(buf: &mut [u8], x: f64, conv: u8, prec: i32) -> usize {
    let mut o = BufOut { buf, len: 0 };
    let spec = Spec {
        conv,
        prec,
        width: 0,
        flags: 0,
    };
    fmt_fp(
        &mut o,
        Value::from_f64(x),
        &spec,
        Mode::from_bits(sse_rounding()),
    );
    let n = o.len;
    if let Some(z) = o.buf.get_mut(n) {
        *z = 0;
    }
    n
}

static mut BUF: [u8; 32] = [0; 32];

/// `char *ecvt(double x, int n, int *dp, int *sign);`
///
/// The first `n` significant digits (1..=16; other `n` mean 15), rounded; `*dp` is the
/// decimal exponent plus one, `*sign` whether `x` is negative. Not thread-safe: the
/// result is a static buffer, as in musl.
///
/// # Safety
/// `dp` and `sign` are writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ecvt(x: f64, n: c_int, dp: *mut c_int, sign: *mut c_int) -> *mut c_char {
    let n = if (n as u32).wrapping_sub(1) > 15 {
        15
    } else {
        n
    };
    let mut tmp = [0u8; 48];
    let len = format(&mut tmp, x, b'e', n - 1);
    let s = tmp.get(..len).unwrap_or(&[]);
    let neg = s.first() == Some(&b'-');
    // SAFETY: BUF is only touched here, by this non-reentrant interface's contract.
    let buf = unsafe { &mut *(&raw mut BUF) };
    let mut j = 0;
    let mut exp: c_int = 0;
    let mut in_exp = false;
    let mut eneg = false;
    for &c in s.iter().skip(neg as usize) {
        if in_exp {
            match c {
                b'-' => eneg = true,
                b'0'..=b'9' => exp = exp * 10 + (c - b'0') as c_int,
                _ => {}
            }
        } else if c == b'e' {
            in_exp = true;
        } else if c != b'.' && j + 1 < buf.len() {
            if let Some(b) = buf.get_mut(j) {
                *b = c;
            }
            j += 1;
        }
    }
    if let Some(b) = buf.get_mut(j) {
        *b = 0;
    }
    // SAFETY: the caller's pointers are writable.
    unsafe {
        *dp = if !in_exp {
            0
        } else if eneg {
            1 - exp
        } else {
            exp + 1
        };
        *sign = neg as c_int;
    }
    buf.as_mut_ptr().cast()
}
