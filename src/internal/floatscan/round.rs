//! Binary formats, rounding modes and the final rounding step shared by every path of
//! floatscan (C17 7.22.1.3, F.5; musl: src/internal/floatscan.c).

/// An IEEE binary format: `P` significand bits (with the leading one), value `m * 2^e`
/// with `m < 2^P`, `e` in `[e_min, e_max]` (`e_min` is also the subnormal exponent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Format {
    pub p: u32,
    pub e_min: i32,
    pub e_max: i32,
    /// Decimal digits the exact slow path keeps (more than any halfway point needs).
    pub max_digits: usize,
}

pub const F32: Format = Format {
    p: 24,
    e_min: -149,
    e_max: 104,
    max_digits: 780,
};
pub const F64: Format = Format {
    p: 53,
    e_min: -1074,
    e_max: 971,
    max_digits: 780,
};
/// x87 80-bit extended: 64-bit significand with an explicit integer bit.
pub const F80: Format = Format {
    p: 64,
    e_min: -16445,
    e_max: 16320,
    max_digits: 11_560,
};

/// IEEE rounding direction (C17 7.6 `FE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Nearest,
    Down,
    Up,
    Zero,
}

impl Mode {
    /// From the two rounding-control bits shared by MXCSR (bits 13-14) and the x87
    /// control word (bits 10-11): 0 nearest, 1 down, 2 up, 3 toward zero.
    pub fn from_bits(rc: u32) -> Mode {
        match rc & 3 {
            0 => Mode::Nearest,
            1 => Mode::Down,
            2 => Mode::Up,
            _ => Mode::Zero,
        }
    }
}

/// Where the discarded part of a value lies relative to half a unit of the last kept bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rest {
    Zero,
    Below,
    Half,
    Above,
}

impl Rest {
    /// The rest after more nonzero bits below it (`sticky`) are folded in.
    pub fn with_sticky(self, sticky: bool) -> Rest {
        match (self, sticky) {
            (r, false) => r,
            (Rest::Zero, true) => Rest::Below,
            (Rest::Half, true) => Rest::Above,
            (r, true) => r,
        }
    }
}

/// A result as its fields: sign, biased exponent field, and the significand (with the
/// integer bit at `P - 1`; the encoders drop it for the implicit-bit formats).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bits {
    pub neg: bool,
    pub biased: u32,
    pub mant: u64,
    /// `ERANGE` is due: overflow, or a tiny (subnormal or zero) inexact result.
    pub range: bool,
}

impl Bits {
    pub const fn zero(neg: bool) -> Bits {
        Bits {
            neg,
            biased: 0,
            mant: 0,
            range: false,
        }
    }
    pub fn inf(neg: bool, f: Format) -> Bits {
        Bits {
            neg,
            biased: all_ones(f),
            mant: 1 << (f.p - 1),
            range: false,
        }
    }
    pub fn nan(neg: bool, f: Format) -> Bits {
        Bits {
            neg,
            biased: all_ones(f),
            mant: 3 << (f.p - 2),
            range: false,
        }
    }
    pub fn to_f64(self) -> f64 {
        let b = (self.neg as u64) << 63 | (self.biased as u64) << 52 | self.mant & ((1 << 52) - 1);
        f64::from_bits(b)
    }
    pub fn to_f32(self) -> f32 {
        let b = (self.neg as u32) << 31 | self.biased << 23 | (self.mant as u32) & ((1 << 23) - 1);
        f32::from_bits(b)
    }
    /// The 10-byte x87 image (little-endian significand, then sign and exponent),
    /// padded to 16 bytes.
    pub fn to_f80(self) -> [u8; 16] {
        let mut out = [0u8; 16];
        let m = self.mant.to_le_bytes();
        let se = ((self.neg as u16) << 15 | self.biased as u16).to_le_bytes();
        let mut i = 0;
        while i < 8 {
            out[i] = m[i];
            i += 1;
        }
        out[8] = se[0];
        out[9] = se[1];
        out
    }
}

fn all_ones(f: Format) -> u32 {
    // Exponent field width: 8, 11 or 15 bits.
    match f.p {
        24 => 0xff,
        53 => 0x7ff,
        _ => 0x7fff,
    }
}

/// The overflowed result for `mode`: infinity or the largest finite value.
pub fn overflow(neg: bool, f: Format, mode: Mode) -> Bits {
    let to_inf = match mode {
        Mode::Nearest => true,
        Mode::Zero => false,
        Mode::Up => !neg,
        Mode::Down => neg,
    };
    let mut b = if to_inf {
        Bits::inf(neg, f)
    } else {
        let mant = if f.p == 64 { u64::MAX } else { (1 << f.p) - 1 };
        Bits {
            neg,
            biased: all_ones(f) - 1,
            mant,
            range: false,
        }
    };
    b.range = true;
    b
}

/// Rounds `m * 2^e` (plus a discarded part described by `rest`) to the format. Requires
/// `m < 2^P`, and either `m >= 2^(P-1)` with `e >= e_min`, or `e == e_min` (subnormal or
/// zero). Larger `e` than `e_max` overflows.
pub fn finish(neg: bool, mut m: u64, mut e: i32, rest: Rest, f: Format, mode: Mode) -> Bits {
    let up = match mode {
        Mode::Nearest => rest == Rest::Above || (rest == Rest::Half && m & 1 == 1),
        Mode::Zero => false,
        Mode::Up => !neg && rest != Rest::Zero,
        Mode::Down => neg && rest != Rest::Zero,
    };
    if up {
        m += 1;
        if f.p < 64 && m == 1 << f.p {
            m >>= 1;
            e += 1;
        } else if m == 0 {
            // Wrapped past 2^64 (P == 64).
            m = 1 << 63;
            e += 1;
        }
    }
    if e > f.e_max {
        return overflow(neg, f, mode);
    }
    let normal = m >> (f.p - 1) != 0;
    let biased = if normal { (e - f.e_min + 1) as u32 } else { 0 };
    // DIFF(musl): ERANGE for every tiny inexact result (musl's test of its own leftover
    // bits misses some, e.g. 4.9e-324); C17 7.22.1.3p10 leaves underflow's errno open.
    Bits {
        neg,
        biased,
        mant: m,
        range: !normal && rest != Rest::Zero,
    }
}

/// Rounds the binary value `m * 2^e` (`m != 0`, nonzero bits below it if `sticky`).
pub fn round_binary(neg: bool, m: u128, e: i64, sticky: bool, f: Format, mode: Mode) -> Bits {
    let len = 128 - m.leading_zeros() as i64;
    let mut shift = len - f.p as i64;
    let mut top = e + shift;
    if top < f.e_min as i64 {
        shift += f.e_min as i64 - top;
        top = f.e_min as i64;
    }
    if top > f.e_max as i64 {
        return overflow(neg, f, mode);
    }
    if shift <= 0 {
        // Fits: the sticky bits are all below half a unit.
        let mant = (m << (-shift) as u32) as u64;
        let rest = if sticky { Rest::Below } else { Rest::Zero };
        return finish(neg, mant, top as i32, rest, f, mode);
    }
    let (mant, rest) = if shift > 128 {
        (0, Rest::Below)
    } else {
        let kept = if shift == 128 { 0 } else { m >> shift };
        let half = 1u128 << (shift - 1);
        let low = m & (half.wrapping_shl(1).wrapping_sub(1) | half);
        let rest = if low == 0 {
            Rest::Zero
        } else if low < half {
            Rest::Below
        } else if low == half {
            Rest::Half
        } else {
            Rest::Above
        };
        (kept as u64, rest)
    };
    finish(neg, mant, top as i32, rest.with_sticky(sticky), f, mode)
}
