//! The exact decimal value of `m * 2^e` as a base-10^9 big integer `B` with `value =
//! B * 10^-k`, and rounding it at a digit position (musl: vfprintf.c fmt_fp's big[]).
use crate::internal::floatscan::round::Mode;

const BASE: u32 = 1_000_000_000;
const POW10: [u32; 10] = [
    1,
    10,
    100,
    1000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    BASE,
];

/// Limbs for any f64 (`k <= 1074` or `2^1024`) and any long double (`k <= 16445`, or
/// `2^16384`): room for one digit more than the lowest position rounding can touch.
pub const LIMBS_F64: usize = 1075 / 9 + 3;
pub const LIMBS_F80: usize = 16446 / 9 + 3;

pub struct Dec<const N: usize> {
    /// Least significant limb first.
    l: [u32; N],
    n: usize,
    pub k: u32,
}

impl<const N: usize> Dec<N> {
    /// `m * 2^e` exactly. The caller picks `N` large enough (see `LIMBS_*`).
    pub fn new(mut m: u64, mut e: i32) -> Self {
        let mut d = Dec {
            l: [0; N],
            n: 0,
            k: 0,
        };
        if m == 0 {
            return d;
        }
        let tz = m.trailing_zeros();
        m >>= tz;
        e += tz as i32;
        while m > 0 {
            d.push((m % BASE as u64) as u32);
            m /= BASE as u64;
        }
        if e >= 0 {
            let mut left = e as u32;
            while left > 0 {
                let s = if left > 29 { 29 } else { left };
                d.mul(1 << s);
                left -= s;
            }
        } else {
            d.k = (-e) as u32;
            let mut left = d.k;
            while left > 0 {
                let s = if left > 13 { 13 } else { left };
                d.mul(5u32.pow(s));
                left -= s;
            }
        }
        d
    }

    fn push(&mut self, v: u32) {
        if let Some(slot) = self.l.get_mut(self.n) {
            *slot = v;
            self.n += 1;
        }
    }

    /// `B *= f`, `f <= 5^13`.
    fn mul(&mut self, f: u32) {
        let mut carry: u64 = 0;
        for x in self.l.iter_mut().take(self.n) {
            let t = *x as u64 * f as u64 + carry;
            carry = t / BASE as u64;
            *x = (t - carry * BASE as u64) as u32;
        }
        // With f = 5^13 the carry can exceed one limb.
        while carry > 0 {
            self.push((carry % BASE as u64) as u32);
            carry /= BASE as u64;
        }
    }

    pub fn is_zero(&self) -> bool {
        self.n == 0
    }

    fn limb(&self, i: usize) -> u32 {
        if i < self.n {
            self.l.get(i).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// Number of decimal digits of `B` (0 for zero).
    pub fn ndigits(&self) -> usize {
        if self.n == 0 {
            return 0;
        }
        let top = self.limb(self.n - 1);
        let mut d = 1;
        while d < 9 && top >= POW10[d] {
            d += 1;
        }
        (self.n - 1) * 9 + d
    }

    /// The digit of weight `10^pos` in `B`.
    pub fn digit(&self, pos: usize) -> u8 {
        (self.limb(pos / 9) / POW10[pos % 9] % 10) as u8
    }

    /// Position of the lowest nonzero digit (`B != 0`).
    pub fn lowest_nonzero(&self) -> usize {
        let mut i = 0;
        while i < self.n && self.limb(i) == 0 {
            i += 1;
        }
        let v = self.limb(i);
        let mut d = 0;
        while d < 8 && v.is_multiple_of(POW10[d + 1]) {
            d += 1;
        }
        i * 9 + d
    }

    /// The nine digits of limb `i`, most significant first.
    pub fn limb_digits(&self, i: usize) -> [u8; 9] {
        let mut v = self.limb(i);
        let mut out = [b'0'; 9];
        let mut j = 9;
        while j > 0 {
            j -= 1;
            if let Some(o) = out.get_mut(j) {
                *o = b'0' + (v % 10) as u8;
            }
            v /= 10;
        }
        out
    }

    /// Drops the digits of weight below `10^c`, rounding `neg`-signed `B` in `mode`.
    pub fn round_at(&mut self, c: usize, neg: bool, mode: Mode) {
        if c == 0 || self.n == 0 {
            return;
        }
        let (li, lp) = ((c - 1) / 9, (c - 1) % 9);
        let first = self.digit(c - 1);
        let mut sticky = !self.limb(li).is_multiple_of(POW10[lp]);
        let mut i = 0;
        while !sticky && i < li && i < self.n {
            sticky = self.limb(i) != 0;
            i += 1;
        }
        let inexact = first != 0 || sticky;
        let odd = self.digit(c) & 1 == 1;
        let up = match mode {
            Mode::Nearest => first > 5 || (first == 5 && (sticky || odd)),
            Mode::Zero => false,
            Mode::Up => !neg && inexact,
            Mode::Down => neg && inexact,
        };
        // Clear everything below 10^c.
        let (ci, cp) = (c / 9, c % 9);
        for x in self.l.iter_mut().take(ci.min(self.n)) {
            *x = 0;
        }
        if ci < self.n
            && let Some(x) = self.l.get_mut(ci)
        {
            *x -= *x % POW10[cp];
        }
        if up {
            while self.n <= ci && self.n < N {
                self.push(0);
            }
            let mut i = ci;
            let mut add = POW10[cp];
            while add > 0 {
                if i >= self.n {
                    self.push(0);
                }
                match self.l.get_mut(i) {
                    Some(x) => {
                        *x += add;
                        add = if *x >= BASE {
                            *x -= BASE;
                            1
                        } else {
                            0
                        };
                    }
                    None => break,
                }
                i += 1;
            }
        }
        while self.n > 0 && self.limb(self.n - 1) == 0 {
            self.n -= 1;
        }
    }
}
