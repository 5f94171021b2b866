//! The exact slow path: a decimal digit string scaled by powers of two until its integer
//! part is the significand (C17 7.22.1.3p5 "correctly rounded"; musl: floatscan.c decfloat).
//!
//! The value is `0.d[0] d[1] ... d[n-1] * 10^dp` (`d[0] != 0`). Digits past the buffer
//! are dropped with `trunc` set, meaning "the true value is a little larger". The buffer
//! holds more digits than any halfway point or representable value of the format has, so
//! a dropped tail can never hide which side of a rounding boundary the value is on.
use super::round::{Bits, Format, Mode, Rest, finish, overflow};

pub struct Decimal<const N: usize> {
    d: [u8; N],
    n: usize,
    dp: i32,
    trunc: bool,
}

/// Bits of 10^i rounded down (`floor(i * log2 10)`), i = 0..=18.
const LOG2_10: [u8; 19] = [
    0, 3, 6, 9, 13, 16, 19, 23, 26, 29, 33, 36, 39, 43, 46, 49, 53, 56, 59,
];
/// Bits of 10^i rounded up, i = 0..=18.
const LOG2_10_UP: [u8; 19] = [
    0, 4, 7, 10, 14, 17, 20, 24, 27, 30, 34, 37, 40, 44, 47, 50, 54, 57, 60,
];

impl<const N: usize> Default for Decimal<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> Decimal<N> {
    pub const fn new() -> Self {
        Decimal {
            d: [0; N],
            n: 0,
            dp: 0,
            trunc: false,
        }
    }

    /// Reads the digits of `s` (ASCII digits with at most one '.', already validated),
    /// keeping at most `limit` (≤ N) significant ones, then scales by `10^exp10`.
    pub fn read(&mut self, s: impl IntoIterator<Item = u8>, exp10: i64, limit: usize) {
        let limit = if limit > N { N } else { limit };
        let mut seen_point = false;
        let mut int_digits: i64 = 0;
        let mut lead_frac_zeros: i64 = 0;
        for c in s {
            if c == b'.' {
                seen_point = true;
                continue;
            }
            let v = c.wrapping_sub(b'0');
            if self.n == 0 && v == 0 {
                if seen_point {
                    lead_frac_zeros += 1;
                }
                continue;
            }
            if !seen_point {
                int_digits += 1;
            }
            if self.n < limit {
                if let Some(slot) = self.d.get_mut(self.n) {
                    *slot = v;
                }
                self.n += 1;
            } else if v != 0 {
                self.trunc = true;
            }
        }
        let dp = int_digits - lead_frac_zeros + exp10;
        self.dp = dp.clamp(-1_000_000, 1_000_000) as i32;
        self.trim();
    }

    fn trim(&mut self) {
        while self.n > 0 && self.digit(self.n - 1) == 0 {
            self.n -= 1;
        }
    }

    #[inline]
    fn digit(&self, i: usize) -> u8 {
        self.d.get(i).copied().unwrap_or(0)
    }

    #[inline]
    fn set(&mut self, i: usize, v: u8) {
        if let Some(slot) = self.d.get_mut(i) {
            *slot = v;
        }
    }

    /// Divides by `2^k`, `1 <= k <= 60`.
    fn shift_right(&mut self, k: u32) {
        let mut r = 0;
        let mut acc: u64 = 0;
        while acc >> k == 0 {
            if r < self.n {
                acc = acc * 10 + self.digit(r) as u64;
            } else if acc == 0 {
                self.n = 0;
                return;
            } else {
                acc *= 10;
            }
            r += 1;
        }
        self.dp -= r as i32 - 1;
        let mask = (1u64 << k) - 1;
        let mut w = 0;
        while r < self.n {
            let out = (acc >> k) as u8;
            acc = (acc & mask) * 10 + self.digit(r) as u64;
            self.set(w, out);
            w += 1;
            r += 1;
        }
        while acc > 0 {
            let out = (acc >> k) as u8;
            acc = (acc & mask) * 10;
            if w < N {
                self.set(w, out);
                w += 1;
            } else if out > 0 {
                self.trunc = true;
            }
        }
        self.n = w;
        self.trim();
    }

    /// Multiplies by `2^k`, `1 <= k <= 60`.
    fn shift_left(&mut self, k: u32) {
        // At most floor(k log10 2) + 1 new leading digits.
        let extra = ((k as usize * 1233) >> 12) + 1;
        let mut w = self.n + extra;
        let end = if w > N { N } else { w };
        let mut carry: u64 = 0;
        let mut r = self.n;
        while r > 0 {
            r -= 1;
            let acc = ((self.digit(r) as u64) << k) + carry;
            carry = acc / 10;
            w -= 1;
            let v = (acc - carry * 10) as u8;
            if w < N {
                self.set(w, v);
            } else if v != 0 {
                self.trunc = true;
            }
        }
        while carry > 0 {
            let q = carry / 10;
            w -= 1;
            self.set(w, (carry - q * 10) as u8);
            carry = q;
        }
        // `w` is now the index of the first digit written: move them down to 0.
        if w > 0 {
            let mut i = w;
            while i < end {
                let v = self.digit(i);
                self.set(i - w, v);
                i += 1;
            }
        }
        self.n = end - w;
        self.dp += (extra - w) as i32;
        self.trim();
    }

    /// The correctly rounded value in format `f`.
    pub fn to_bits(&mut self, neg: bool, f: Format, mode: Mode) -> Bits {
        if self.n == 0 {
            return if self.trunc {
                tiny(neg, f, mode)
            } else {
                Bits::zero(neg)
            };
        }
        // 10^dp bounds: beyond them the value surely overflows or underflows.
        let limit = (f.e_max as i64 + f.p as i64) * 31 / 100 + 2;
        if self.dp as i64 > limit {
            return overflow(neg, f, mode);
        }
        if (self.dp as i64) < (f.e_min as i64 * 31 / 100) - 2 {
            return tiny(neg, f, mode);
        }
        // Bring the value into [1/2, 1): value = v * 2^e2.
        let mut e2: i32 = 0;
        while self.dp > 0 {
            let k = match LOG2_10_UP.get(self.dp as usize) {
                Some(&k) => k as u32,
                None => 60,
            };
            self.shift_right(k);
            e2 += k as i32;
        }
        while self.dp < 0 || (self.dp == 0 && self.digit(0) < 5) {
            let k = if self.dp == 0 {
                if self.digit(0) == 1 { 2 } else { 1 }
            } else {
                match LOG2_10.get((-self.dp) as usize) {
                    Some(&k) => k as u32,
                    None => 60,
                }
            };
            self.shift_left(k);
            e2 -= k as i32;
        }
        // value = v * 2^P * 2^e with v*2^P in [2^(P-1), 2^P).
        let mut e = e2 - f.p as i32;
        let mut s = f.p as i32;
        if e < f.e_min {
            s -= f.e_min - e;
            e = f.e_min;
        }
        if e > f.e_max {
            return overflow(neg, f, mode);
        }
        if s < -(f.p as i32) - 4 {
            return tiny(neg, f, mode);
        }
        while s > 0 {
            let k = if s > 60 { 60 } else { s as u32 };
            self.shift_left(k);
            s -= k as i32;
        }
        while s < 0 {
            let k = if -s > 60 { 60 } else { (-s) as u32 };
            self.shift_right(k);
            s += k as i32;
        }
        let (m, rest) = self.split();
        finish(neg, m, e, rest, f, mode)
    }

    /// Integer part (below 2^64 here) and where the fraction lies against one half.
    fn split(&self) -> (u64, Rest) {
        let mut m: u64 = 0;
        let int = if self.dp > 0 { self.dp as usize } else { 0 };
        let mut i = 0;
        while i < int {
            m = m.wrapping_mul(10).wrapping_add(self.digit(i) as u64);
            i += 1;
        }
        let first = if self.dp < 0 { 0 } else { self.digit(int) };
        let more = self.n > int + 1 || (self.dp < 0 && self.n > 0) || self.trunc;
        let rest = match first {
            0 if !more => Rest::Zero,
            0..=4 => Rest::Below,
            5 if !more => Rest::Half,
            _ => Rest::Above,
        };
        (m, rest)
    }
}

/// A nonzero value below every subnormal boundary: zero, or the least subnormal when
/// rounding away from zero.
fn tiny(neg: bool, f: Format, mode: Mode) -> Bits {
    let _ = f;
    let away = matches!((mode, neg), (Mode::Up, false) | (Mode::Down, true));
    Bits {
        neg,
        biased: 0,
        mant: away as u64,
        range: true,
    }
}
