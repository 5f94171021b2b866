//! scanf's integer and floating-point fields: integers digit by digit, floats collected
//! into a normalised text the floatscan engine rounds correctly. As musl does, a field
//! that stops inside a number's syntax (`"1e+"`, `"0x"`, `"infin"`, `"nan(x"`) is a
//! matching failure (C17 7.21.6.2p10; musl: src/internal/intscan.c, floatscan.c with
//! pok = 0).
use super::source::{Input, Source};
use crate::internal::floatscan::round::{Bits, Format, Mode};
use crate::internal::floatscan::scan::scan;

#[inline]
fn digit(c: i32) -> u32 {
    match c {
        0x30..=0x39 => (c - 0x30) as u32,
        0x41..=0x5a => (c - 0x41 + 10) as u32,
        0x61..=0x7a => (c - 0x61 + 10) as u32,
        _ => 99,
    }
}

/// Scans an integer in `base` (0: C prefixes decide). The value wraps as `strtoull`'s
/// would be negated; overflow saturates at `u64::MAX` first (musl's `ULLONG_MAX` limit).
pub fn scan_int<S: Source>(inp: &mut Input<'_, S>, mut base: u32) -> Option<u64> {
    let mut c = inp.get();
    let mut neg = false;
    if c == b'+' as i32 || c == b'-' as i32 {
        neg = c == b'-' as i32;
        c = inp.get();
    }
    let mut any = false;
    if (base == 0 || base == 16) && c == b'0' as i32 {
        c = inp.get();
        if c | 0x20 == b'x' as i32 {
            c = inp.get();
            if digit(c) >= 16 {
                inp.unget(c);
                return None;
            }
            base = 16;
        } else {
            any = true;
            if base == 0 {
                base = 8;
            }
        }
    }
    if base == 0 {
        base = 10;
    }
    let mut x: u64 = 0;
    loop {
        let d = digit(c);
        if d >= base {
            break;
        }
        any = true;
        x = x
            .checked_mul(base as u64)
            .and_then(|x| x.checked_add(d as u64))
            .unwrap_or(u64::MAX);
        c = inp.get();
    }
    inp.unget(c);
    if !any {
        return None;
    }
    Some(if neg { x.wrapping_neg() } else { x })
}

/// Significant digits kept; further ones only decide a sticky digit (767 decimal digits
/// decide any double; long doubles past this many digits may be off by their last bit).
const KEEP: usize = 800;

/// The normalised text `[-]0x.DDDpE` / `[-].DDDeE` being built.
struct Text {
    b: [u8; KEEP + 48],
    n: usize,
}

impl Text {
    fn push(&mut self, c: u8) {
        if let Some(s) = self.b.get_mut(self.n) {
            *s = c;
            self.n += 1;
        }
    }
    fn push_num(&mut self, v: i64) {
        if v < 0 {
            self.push(b'-');
        }
        let mut d = [0u8; 20];
        let mut k = d.len();
        let mut a = v.unsigned_abs();
        loop {
            k -= 1;
            d[k] = b'0' + (a % 10) as u8;
            a /= 10;
            if a == 0 {
                break;
            }
        }
        for &c in d.get(k..).unwrap_or(&[]) {
            self.push(c);
        }
    }
}

/// Reads `word` (lower case) ignoring case; false if the input differs.
fn word<S: Source>(inp: &mut Input<'_, S>, word: &[u8]) -> bool {
    for &w in word {
        let c = inp.get();
        if c | 0x20 != w as i32 {
            inp.unget(c);
            return false;
        }
    }
    true
}

/// Reads an exponent's `[sign]digits` (after `e`/`p`), saturating; None if no digits.
fn exponent<S: Source>(inp: &mut Input<'_, S>) -> Option<i64> {
    let mut c = inp.get();
    let mut neg = false;
    if c == b'+' as i32 || c == b'-' as i32 {
        neg = c == b'-' as i32;
        c = inp.get();
    }
    let mut any = false;
    let mut e: i64 = 0;
    while (b'0' as i32..=b'9' as i32).contains(&c) {
        any = true;
        e = (e * 10 + (c - b'0' as i32) as i64).min(1 << 40);
        c = inp.get();
    }
    inp.unget(c);
    any.then_some(if neg { -e } else { e })
}

/// Scans a floating-point field and rounds it to `f` in `mode`; None on matching failure.
pub fn scan_float<S: Source>(inp: &mut Input<'_, S>, f: Format, mode: Mode) -> Option<Bits> {
    let mut t = Text {
        b: [0; KEEP + 48],
        n: 0,
    };
    let mut c = inp.get();
    if c == b'+' as i32 || c == b'-' as i32 {
        if c == b'-' as i32 {
            t.push(b'-');
        }
        c = inp.get();
    }
    if c | 0x20 == b'i' as i32 {
        inp.unget(c);
        if !word(inp, b"inf") {
            return None;
        }
        let c = inp.get();
        if c | 0x20 == b'i' as i32 {
            inp.unget(c);
            if !word(inp, b"inity") {
                return None;
            }
        } else {
            inp.unget(c);
        }
        b"inf".iter().for_each(|&b| t.push(b));
        return finish(&t, f, mode);
    }
    if c | 0x20 == b'n' as i32 {
        inp.unget(c);
        if !word(inp, b"nan") {
            return None;
        }
        let mut c = inp.get();
        if c == b'(' as i32 {
            loop {
                c = inp.get();
                if c == b')' as i32 {
                    break;
                }
                if !(c as u8).is_ascii_alphanumeric() && c != b'_' as i32 || c < 0 {
                    inp.unget(c);
                    return None;
                }
            }
        } else {
            inp.unget(c);
        }
        b"nan".iter().for_each(|&b| t.push(b));
        return finish(&t, f, mode);
    }
    let mut hex = false;
    let mut any = false;
    if c == b'0' as i32 {
        c = inp.get();
        if c | 0x20 == b'x' as i32 {
            hex = true;
            c = inp.get();
        } else {
            any = true;
        }
    }
    let (base, per_digit) = if hex { (16, 4) } else { (10, 1) };
    if hex {
        t.push(b'0');
        t.push(b'x');
    }
    t.push(b'.');
    // scale: the exponent (in digits) of the first significant digit's position.
    let mut scale: i64 = 0;
    let mut kept = 0usize;
    let mut sticky = false;
    let mut seen_sig = false;
    let mut point = false;
    loop {
        if c == b'.' as i32 && !point {
            point = true;
        } else if digit(c) < base {
            any = true;
            if c != b'0' as i32 || seen_sig {
                seen_sig = true;
                if kept < KEEP {
                    t.push(c as u8);
                    kept += 1;
                } else if c != b'0' as i32 {
                    sticky = true;
                }
                if !point {
                    scale += 1;
                }
            } else if point {
                scale -= 1;
            }
        } else {
            break;
        }
        c = inp.get();
    }
    if !any {
        inp.unget(c);
        return None;
    }
    if sticky {
        t.push(b'1');
    }
    let mut e: i64 = 0;
    if c | 0x20 == if hex { b'p' } else { b'e' } as i32 {
        e = exponent(inp)?;
    } else {
        inp.unget(c);
    }
    if !seen_sig {
        t.push(b'0');
        scale = 0;
    }
    t.push(if hex { b'p' } else { b'e' });
    t.push_num(e.saturating_add(scale.saturating_mul(per_digit)));
    finish(&t, f, mode)
}

fn finish(t: &Text, f: Format, mode: Mode) -> Option<Bits> {
    // The buffer is zeroed and `push` never fills its last 8 bytes' worth of room for the
    // exponent and NUL: `KEEP + 48` holds sign, prefix, digits, sticky and exponent.
    if t.n >= t.b.len() {
        return None;
    }
    // SAFETY: `t.b` is NUL-terminated at `t.n` (it started zeroed and `t.n` < its length).
    let r = unsafe { scan(t.b.as_ptr(), f, mode) };
    (r.len > 0).then_some(r.bits)
}
