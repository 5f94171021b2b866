//! Fast paths for `w * 10^q` in round-to-nearest: Clinger's exact one (small `w` and
//! `q`, one IEEE operation) and Eisel-Lemire (a 128-bit product with a table entry of
//! 5^q). Both give up (None) rather than guess (C17 7.22.1.3; musl: floatscan.c decfloat).
use super::pow5::{POW5, POW5_MAX_Q, POW5_MIN_Q};
use super::round::{Bits, Format};

/// Exact powers of ten representable in f64.
const P10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Clinger: `w` and `10^|q|` both exact in the format, so one correctly rounded
/// multiplication or division is the answer. Rounding is to nearest here, so relying on
/// the hardware's (which follows MXCSR, known to be nearest) is exact.
#[inline]
pub fn clinger(neg: bool, w: u64, q: i32, f: Format) -> Option<Bits> {
    let (max_w, max_q) = if f.p == 24 {
        (1u64 << 24, 10)
    } else {
        (1u64 << 53, 22)
    };
    if w > max_w || q < -max_q || q > max_q {
        return None;
    }
    let p = *P10.get(q.unsigned_abs() as usize)?;
    let x = w as f64;
    let bits = if f.p == 24 {
        let (x, p) = (x as f32, p as f32);
        let v = if q < 0 { x / p } else { x * p };
        v.to_bits() as u64
    } else {
        let v = if q < 0 { x / p } else { x * p };
        v.to_bits()
    };
    let frac = f.p - 1;
    Some(Bits {
        neg,
        biased: (bits >> frac) as u32,
        mant: bits & ((1 << frac) - 1) | (((bits >> frac) != 0) as u64) << frac,
        range: false,
    })
}

/// Eisel-Lemire for f32/f64: `w` nonzero, the exact decimal significand.
#[inline]
pub fn eisel_lemire(neg: bool, w: u64, q: i32, f: Format) -> Option<Bits> {
    let frac = f.p - 1; // explicit significand bits: 23 or 52
    let bias_min: i32 = if f.p == 24 { -127 } else { -1023 };
    let inf_field: i32 = if f.p == 24 { 0xff } else { 0x7ff };
    let (even_lo, even_hi) = if f.p == 24 { (-17, 10) } else { (-4, 23) };
    if q < POW5_MIN_Q {
        return Some(Bits {
            range: true,
            ..Bits::zero(neg)
        });
    }
    if q > POW5_MAX_Q {
        return None;
    }
    let lz = w.leading_zeros();
    let w = w << lz;
    let (hi5, lo5) = *POW5.get((q - POW5_MIN_Q) as usize)?;
    let first = w as u128 * hi5 as u128;
    let (mut hi, mut lo) = ((first >> 64) as u64, first as u64);
    let mask = u64::MAX >> (frac + 3);
    if hi & mask == mask {
        let second = ((w as u128 * lo5 as u128) >> 64) as u64;
        let (sum, carry) = lo.overflowing_add(second);
        lo = sum;
        hi += carry as u64;
        if lo == u64::MAX && !(-27..=55).contains(&q) {
            return None;
        }
    }
    let upper = (hi >> 63) as u32;
    let mut m = hi >> (upper + 64 - frac - 3);
    // floor(q * log2 10) + 63, the binary exponent of the normalised product.
    let mut field = (((152_170 + 65_536) * q) >> 16) + 63 + upper as i32 - lz as i32 - bias_min;
    if field <= 0 {
        // Subnormal (or zero): never exactly halfway for such short `w`.
        if -field + 1 >= 64 {
            return Some(Bits {
                range: true,
                ..Bits::zero(neg)
            });
        }
        m >>= (-field + 1) as u32;
        m += m & 1;
        m >>= 1;
        // Short decimals are never exact subnormals: always inexact, so ERANGE.
        let normal = m >> frac != 0;
        return Some(Bits {
            neg,
            biased: normal as u32,
            mant: m,
            range: !normal,
        });
    }
    if lo <= 1
        && (even_lo..=even_hi).contains(&q)
        && m & 3 == 1
        && m << (upper + 64 - frac - 3) == hi
    {
        // Exactly halfway: round to even.
        m &= !1;
    }
    m += m & 1;
    m >>= 1;
    if m >= 2 << frac {
        m = 1 << frac;
        field += 1;
    }
    if field >= inf_field {
        return None;
    }
    Some(Bits {
        neg,
        biased: field as u32,
        mant: m,
        range: false,
    })
}
