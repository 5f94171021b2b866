//! The text scanner: white space, sign, `inf`/`infinity`/`nan(...)`, hex and decimal
//! forms, and dispatch to the fast and exact paths (C17 7.22.1.3; musl:
//! src/internal/floatscan.c).
use super::decimal::Decimal;
use super::lemire::{clinger, eisel_lemire};
use super::round::{Bits, F80, Format, Mode, round_binary};

/// The outcome of a scan: the value and how many bytes of the input it used (0: no
/// conversion was possible).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scanned {
    pub bits: Bits,
    pub len: usize,
}

/// A character type the scanner reads: `u8` for `strtod`, `wchar_t` for `wcstod`.
pub trait Unit: Copy {
    /// The character as ASCII; anything else becomes a byte the scanner never accepts.
    fn ascii(self) -> u8;
}

impl Unit for u8 {
    #[inline(always)]
    fn ascii(self) -> u8 {
        self
    }
}

impl Unit for i32 {
    #[inline(always)]
    fn ascii(self) -> u8 {
        // 0x80 is neither a digit, a letter, a sign, a point nor white space.
        if (self as u32) < 0x80 {
            self as u8
        } else {
            0x80
        }
    }
}

/// A NUL-terminated string read one character at a time; no character after the NUL is
/// read because the NUL matches nothing the scanner accepts.
struct Cur<U> {
    p: *const U,
}

impl<U: Unit> Cur<U> {
    #[inline(always)]
    fn at(&self, i: usize) -> u8 {
        // SAFETY: `scan`'s contract: the string is NUL-terminated, and every caller only
        // asks for index i after seeing non-NUL characters at all indices below i.
        unsafe { (*self.p.add(i)).ascii() }
    }
}

#[inline(always)]
fn lower(c: u8) -> u8 {
    c | 0x20
}

#[inline(always)]
fn hexval(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'f' => Some((c - b'a' + 10) as u32),
        b'A'..=b'F' => Some((c - b'A' + 10) as u32),
        _ => None,
    }
}

/// Whether `s[i..]` starts with the lower-case ASCII `word`, ignoring case.
fn word_at<U: Unit>(s: &Cur<U>, i: usize, word: &[u8]) -> bool {
    for (k, &w) in word.iter().enumerate() {
        if lower(s.at(i + k)) != w {
            return false;
        }
    }
    true
}

/// Scans the longest initial subject sequence of `s` (after ASCII white space) as a value
/// of format `f`, rounding in `mode`. `len` counts characters (bytes or `wchar_t`s).
///
/// # Safety
/// `s` points to a NUL-terminated string.
pub unsafe fn scan<U: Unit>(s: *const U, f: Format, mode: Mode) -> Scanned {
    let s = Cur { p: s };
    let mut i = 0;
    while matches!(s.at(i), b' ' | b'\t'..=b'\r') {
        i += 1;
    }
    let mut neg = false;
    if matches!(s.at(i), b'+' | b'-') {
        neg = s.at(i) == b'-';
        i += 1;
    }
    let c = lower(s.at(i));
    if c == b'i' && word_at(&s, i, b"inf") {
        let len = if word_at(&s, i + 3, b"inity") {
            i + 8
        } else {
            i + 3
        };
        return Scanned {
            bits: Bits::inf(neg, f),
            len,
        };
    }
    if c == b'n' && word_at(&s, i, b"nan") {
        let mut len = i + 3;
        if s.at(len) == b'(' {
            let mut j = len + 1;
            while s.at(j).is_ascii_alphanumeric() || s.at(j) == b'_' {
                j += 1;
            }
            if s.at(j) == b')' {
                len = j + 1;
            }
        }
        // The n-char-sequence is accepted and ignored, as in musl. The sign is kept:
        // DIFF(musl): musl drops it; C17 7.22.1.3p5 says a minus sign negates the value.
        return Scanned {
            bits: Bits::nan(neg, f),
            len,
        };
    }
    if s.at(i) == b'0' && lower(s.at(i + 1)) == b'x' {
        let hex_start = i + 2;
        let digit_next = hexval(s.at(hex_start)).is_some()
            || (s.at(hex_start) == b'.' && hexval(s.at(hex_start + 1)).is_some());
        if digit_next {
            return hex(&s, neg, hex_start, f, mode);
        }
        // "0x" with no hex digits: the subject sequence is the "0".
        return Scanned {
            bits: Bits::zero(neg),
            len: i + 1,
        };
    }
    decimal(&s, neg, i, f, mode)
}

/// Reads an optional exponent (`e`/`p` already matched at `s[i]`): its value, clamped,
/// and the index after it, or None if no digits follow.
fn exponent<U: Unit>(s: &Cur<U>, mut i: usize) -> Option<(i64, usize)> {
    i += 1;
    let mut eneg = false;
    if matches!(s.at(i), b'+' | b'-') {
        eneg = s.at(i) == b'-';
        i += 1;
    }
    if !s.at(i).is_ascii_digit() {
        return None;
    }
    let mut e: i64 = 0;
    while s.at(i).is_ascii_digit() {
        if e < 100_000_000 {
            e = e * 10 + (s.at(i) - b'0') as i64;
        }
        i += 1;
    }
    Some((if eneg { -e } else { e }, i))
}

fn hex<U: Unit>(s: &Cur<U>, neg: bool, mut i: usize, f: Format, mode: Mode) -> Scanned {
    let mut m: u128 = 0;
    let mut e: i64 = 0;
    let mut sticky = false;
    let mut point = false;
    loop {
        let c = s.at(i);
        if c == b'.' && !point {
            point = true;
        } else if let Some(d) = hexval(c) {
            if m >> 124 == 0 {
                m = m << 4 | d as u128;
                if point {
                    e -= 4;
                }
            } else {
                sticky |= d != 0;
                if !point {
                    e += 4;
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if lower(s.at(i)) == b'p'
        && let Some((pe, next)) = exponent(s, i)
    {
        e += pe;
        i = next;
    }
    let bits = if m == 0 {
        Bits::zero(neg)
    } else {
        round_binary(neg, m, e, sticky, f, mode)
    };
    Scanned { bits, len: i }
}

fn decimal<U: Unit>(s: &Cur<U>, neg: bool, start: usize, f: Format, mode: Mode) -> Scanned {
    let mut i = start;
    let mut any = false;
    let mut w: u64 = 0;
    let mut nsig = 0u32;
    let mut e10: i64 = 0;
    let mut dropped = false;
    while s.at(i).is_ascii_digit() {
        let d = (s.at(i) - b'0') as u64;
        any = true;
        if nsig < 19 {
            if w != 0 || d != 0 {
                w = w * 10 + d;
                nsig += 1;
            }
        } else {
            e10 += 1;
            dropped |= d != 0;
        }
        i += 1;
    }
    if s.at(i) == b'.' {
        i += 1;
        while s.at(i).is_ascii_digit() {
            let d = (s.at(i) - b'0') as u64;
            any = true;
            if nsig < 19 {
                if w != 0 || d != 0 {
                    w = w * 10 + d;
                    nsig += 1;
                }
                e10 -= 1;
            } else {
                dropped |= d != 0;
            }
            i += 1;
        }
    }
    if !any {
        return Scanned {
            bits: Bits::zero(false),
            len: 0,
        };
    }
    let mant_end = i;
    let mut exp_part = 0;
    if lower(s.at(i)) == b'e'
        && let Some((e, next)) = exponent(s, i)
    {
        exp_part = e;
        i = next;
    }
    if w == 0 {
        return Scanned {
            bits: Bits::zero(neg),
            len: i,
        };
    }
    let q = e10 + exp_part;
    if f != F80 && mode == Mode::Nearest && (-100_000..=100_000).contains(&q) {
        let q = q as i32;
        if !dropped {
            if let Some(b) = clinger(neg, w, q, f) {
                return Scanned { bits: b, len: i };
            }
            if let Some(b) = eisel_lemire(neg, w, q, f) {
                return Scanned { bits: b, len: i };
            }
        } else if let (Some(a), Some(b)) =
            (eisel_lemire(neg, w, q, f), eisel_lemire(neg, w + 1, q, f))
        {
            // The true value lies between w and w+1 units: equal results settle it.
            if a == b {
                return Scanned { bits: a, len: i };
            }
        }
    }
    if f == F80 && !dropped && (0..=19).contains(&q) {
        // Exact in 128 bits: w < 10^19 and 10^q <= 10^19.
        let m = w as u128 * 10u128.pow(q as u32);
        return Scanned {
            bits: round_binary(neg, m, 0, false, f, mode),
            len: i,
        };
    }
    // Characters start..mant_end were all read above, so they are inside the string.
    let digits = (start..mant_end).map(|k| s.at(k));
    let bits = if f == F80 {
        slow::<11_600>(digits, exp_part, neg, f, mode)
    } else {
        slow::<800>(digits, exp_part, neg, f, mode)
    };
    Scanned { bits, len: i }
}

#[inline(never)]
fn slow<const N: usize>(
    digits: impl Iterator<Item = u8>,
    exp10: i64,
    neg: bool,
    f: Format,
    mode: Mode,
) -> Bits {
    let mut d = Decimal::<N>::new();
    d.read(digits, exp10, f.max_digits);
    d.to_bits(neg, f, mode)
}
