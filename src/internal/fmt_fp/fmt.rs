//! `%e %f %g` (and `%a` via [`super::hex`]), padding and signs: the public face of the
//! fmt_fp engine (C17 7.21.6.1p6-8; musl: src/stdio/vfprintf.c fmt_fp).
use super::big::{Dec, LIMBS_F64, LIMBS_F80};
use crate::internal::floatscan::round::Mode;

/// Where formatted bytes go; stdio implements it over a `FILE` or a buffer.
pub trait Out {
    fn put(&mut self, bytes: &[u8]);
    fn pad(&mut self, c: u8, n: usize);
}

/// `#`: always a point (and `%g` keeps trailing zeros).
pub const ALT: u32 = 1;
/// `0`: pad with zeros after the sign.
pub const ZERO: u32 = 2;
/// `-`: left-justify.
pub const LEFT: u32 = 4;
/// `+`: sign always.
pub const PLUS: u32 = 8;
/// ` `: space for a missing sign.
pub const SPACE: u32 = 16;

/// A conversion: `conv` is one of `eEfFgGaA`, `prec < 0` means none was given.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    pub conv: u8,
    pub prec: i32,
    pub width: usize,
    pub flags: u32,
}

/// A decoded value: finite ones are `mant * 2^exp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Finite { neg: bool, mant: u64, exp: i32 },
    Inf(bool),
    Nan(bool),
}

impl Value {
    pub fn from_f64(x: f64) -> Value {
        let b = x.to_bits();
        let neg = b >> 63 != 0;
        let ex = (b >> 52 & 0x7ff) as i32;
        let fr = b & ((1 << 52) - 1);
        match ex {
            0x7ff if fr == 0 => Value::Inf(neg),
            0x7ff => Value::Nan(neg),
            0 => Value::Finite {
                neg,
                mant: fr,
                exp: -1074,
            },
            _ => Value::Finite {
                neg,
                mant: fr | 1 << 52,
                exp: ex - 1075,
            },
        }
    }

    /// From the x87 80-bit image: significand and sign/exponent word.
    pub fn from_f80(mant: u64, se: u16) -> Value {
        let neg = se >> 15 != 0;
        let ex = (se & 0x7fff) as i32;
        match ex {
            0x7fff if mant << 1 == 0 => Value::Inf(neg),
            0x7fff => Value::Nan(neg),
            0 => Value::Finite {
                neg,
                mant,
                exp: -16445,
            },
            // An unnormal (integer bit clear) is treated by its bits, as musl does.
            _ => Value::Finite {
                neg,
                mant,
                exp: ex - 16383 - 63,
            },
        }
    }
}

/// Formats `v` by `spec` in rounding `mode`; returns the number of bytes produced.
pub fn fmt_fp<O: Out>(out: &mut O, v: Value, spec: &Spec, mode: Mode) -> usize {
    let upper = spec.conv.is_ascii_uppercase();
    let neg = match v {
        Value::Finite { neg, .. } | Value::Inf(neg) | Value::Nan(neg) => neg,
    };
    let sign: &[u8] = if neg {
        b"-"
    } else if spec.flags & PLUS != 0 {
        b"+"
    } else if spec.flags & SPACE != 0 {
        b" "
    } else {
        b""
    };
    let (mant, exp) = match v {
        Value::Finite { mant, exp, .. } => (mant, exp),
        _ => {
            let word: &[u8] = match (v, upper) {
                (Value::Inf(_), false) => b"inf",
                (Value::Inf(_), true) => b"INF",
                (_, false) => b"nan",
                (_, true) => b"NAN",
            };
            let flags = spec.flags & !ZERO;
            return emit(out, sign, spec.width, flags, 3, |o| o.put(word));
        }
    };
    if spec.conv | 0x20 == b'a' {
        return super::hex::fmt_hex(out, sign, neg, mant, exp, spec, mode);
    }
    if let Some(n) = super::fixed::fixed(out, sign, neg, mant, exp, spec, mode) {
        return n;
    }
    if let Some(n) = super::sig::sig(out, sign, neg, mant, exp, spec, mode) {
        return n;
    }
    // Pick the limb array by size: every f64 fits the small one.
    if (-1100..=1100).contains(&exp) {
        decimal::<LIMBS_F64, O>(out, sign, neg, mant, exp, spec, mode)
    } else {
        decimal::<LIMBS_F80, O>(out, sign, neg, mant, exp, spec, mode)
    }
}

/// Writes `sign` and a body of `len` bytes (produced by `body`) padded to `width`.
pub(super) fn emit<O: Out>(
    out: &mut O,
    sign: &[u8],
    width: usize,
    flags: u32,
    len: usize,
    body: impl FnOnce(&mut O),
) -> usize {
    let total = sign.len() + len;
    let fill = width.saturating_sub(total);
    if flags & (LEFT | ZERO) == 0 {
        out.pad(b' ', fill);
    }
    out.put(sign);
    if flags & LEFT == 0 && flags & ZERO != 0 {
        out.pad(b'0', fill);
    }
    body(out);
    if flags & LEFT != 0 {
        out.pad(b' ', fill);
    }
    total + fill
}

/// Emits the digits of `d` at positions `hi` down to `lo` (negative or past the top: '0').
fn digits<const N: usize, O: Out>(out: &mut O, d: &Dec<N>, hi: i64, lo: i64) {
    let mut pos = hi;
    let top = d.ndigits() as i64;
    if pos >= top && pos >= lo {
        let z = pos - (top - 1).max(lo - 1);
        out.pad(b'0', z as usize);
        pos -= z;
    }
    while pos >= lo && pos >= 0 {
        let limb = (pos / 9) as usize;
        let ds = d.limb_digits(limb);
        let start = 8 - (pos % 9) as usize;
        let low_in_limb = limb as i64 * 9;
        let end_pos = lo.max(low_in_limb);
        let end = 9 - (end_pos - low_in_limb) as usize;
        out.put(ds.get(start..end).unwrap_or(&[]));
        pos = end_pos - 1;
    }
    if pos >= lo {
        out.pad(b'0', (pos - lo + 1) as usize);
    }
}

pub(super) fn exp_len(x: i64) -> usize {
    let a = x.unsigned_abs();
    2 + if a >= 10000 {
        5
    } else if a >= 1000 {
        4
    } else if a >= 100 {
        3
    } else {
        2
    }
}

pub(super) fn put_exp<O: Out>(out: &mut O, x: i64, upper: bool) {
    let mut buf = [0u8; 8];
    buf[0] = if upper { b'E' } else { b'e' };
    buf[1] = if x < 0 { b'-' } else { b'+' };
    let n = exp_len(x);
    let mut a = x.unsigned_abs();
    let mut i = n;
    while i > 2 {
        i -= 1;
        if let Some(b) = buf.get_mut(i) {
            *b = b'0' + (a % 10) as u8;
        }
        a /= 10;
    }
    out.put(buf.get(..n).unwrap_or(&[]));
}

pub(super) fn decimal<const N: usize, O: Out>(
    out: &mut O,
    sign: &[u8],
    neg: bool,
    mant: u64,
    exp: i32,
    spec: &Spec,
    mode: Mode,
) -> usize {
    let mut d = Dec::<N>::new(mant, exp);
    let k = d.k as i64;
    let mut p = if spec.prec < 0 { 6 } else { spec.prec as i64 };
    let alt = spec.flags & ALT != 0;
    let upper = spec.conv.is_ascii_uppercase();
    let mut conv = spec.conv | 0x20;
    let mut strip = false;
    if conv == b'g' {
        if p == 0 {
            p = 1;
        }
        // Round to p significant digits, then choose the style by the exponent X.
        let nd = d.ndigits() as i64;
        if nd > p {
            d.round_at((nd - p) as usize, neg, mode);
        }
        let x = if d.is_zero() {
            0
        } else {
            d.ndigits() as i64 - 1 - k
        };
        if p > x && x >= -4 {
            conv = b'f';
            p -= x + 1;
        } else {
            conv = b'e';
            p -= 1;
        }
        strip = !alt;
    }
    if conv == b'f' {
        if k > p {
            d.round_at((k - p) as usize, neg, mode);
        }
        if strip {
            p = if d.is_zero() {
                0
            } else {
                p.min((k - d.lowest_nonzero() as i64).max(0))
            };
        }
        let nd = d.ndigits() as i64;
        let int_len = if nd > k { nd - k } else { 1 };
        let point = p > 0 || alt;
        let len = (int_len + point as i64 + p) as usize;
        return emit(out, sign, spec.width, spec.flags, len, |o| {
            digits(o, &d, k + int_len - 1, k);
            if point {
                o.put(b".");
            }
            digits(o, &d, k - 1, k - p);
        });
    }
    // %e
    let nd = d.ndigits() as i64;
    if nd > p + 1 {
        d.round_at((nd - p - 1) as usize, neg, mode);
    }
    let nd = d.ndigits() as i64;
    let x = if d.is_zero() { 0 } else { nd - 1 - k };
    if strip {
        p = if d.is_zero() {
            0
        } else {
            p.min(nd - 1 - d.lowest_nonzero() as i64)
        };
    }
    let top = if d.is_zero() { 0 } else { nd - 1 };
    let point = p > 0 || alt;
    let len = (1 + point as i64 + p) as usize + exp_len(x);
    emit(out, sign, spec.width, spec.flags, len, |o| {
        digits(o, &d, top, top);
        if point {
            o.put(b".");
        }
        digits(o, &d, top - 1, top - p);
        put_exp(o, x, upper);
    })
}
