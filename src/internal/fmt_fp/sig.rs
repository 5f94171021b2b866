//! `%e`/`%g` fast path for at most 19 significant digits: the value scaled by a power of
//! ten is an exact ratio of two 128-bit integers, so the digits and the remainder that
//! decides the rounding come from one shift or division. Values whose ratio does not fit
//! take the big-decimal path (no musl counterpart; musl always expands in full).
use super::fmt::{ALT, Out, Spec, emit, exp_len, put_exp};
use crate::internal::floatscan::round::Mode;
use core::cmp::Ordering;

/// Most significant digits taken here (`10^19 < 2^64`).
const MAX_SIG: usize = 19;

/// `10^n` for `n <= 38`.
fn pow10(n: u32) -> u128 {
    10u128.pow(n)
}

/// `floor(mant * 2^exp * 10^q)`, how the remainder compares with half a unit, and whether
/// it is non-zero; `None` when an intermediate does not fit in 128 bits.
fn scaled(mant: u64, exp: i32, q: i32) -> Option<(u128, Ordering, bool)> {
    let mut a = mant as u128;
    let mut b: u128 = 1;
    if q >= 0 {
        if q > 38 {
            return None;
        }
        match a.checked_mul(pow10(q as u32)) {
            Some(p) => a = p,
            // Small values (1e-7 with 17 digits): the product needs up to 192 bits, but
            // with a negative `exp` the divisor is a power of two, so shifts still do.
            None if exp < 0 => return scaled_wide(mant, q as u32, exp.unsigned_abs()),
            None => return None,
        }
    } else {
        if -q > 38 {
            return None;
        }
        b = pow10(q.unsigned_abs());
    }
    if exp >= 0 {
        if exp >= 128 || a.leading_zeros() < exp as u32 {
            return None;
        }
        a <<= exp;
    } else {
        let k = exp.unsigned_abs();
        if b == 1 {
            // A power-of-two divisor: shifts only.
            if k >= 128 {
                return None;
            }
            let r = a & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            return Some((a >> k, r.cmp(&half), r != 0));
        }
        if b.leading_zeros() <= k {
            return None;
        }
        b <<= k;
    }
    let (n, r) = (a / b, a % b);
    // r < b <= 2^127, so 2r does not overflow.
    Some((n, (2 * r).cmp(&b), r != 0))
}

/// `floor(mant * 10^q / 2^k)` with the same remainder facts as `scaled`, for a product
/// `mant * 10^q` (`q <= 38`) of up to 192 bits held as `h * 2^64 + l`; `None` when the
/// quotient does not fit in 128 bits.
fn scaled_wide(mant: u64, q: u32, k: u32) -> Option<(u128, Ordering, bool)> {
    if k == 0 || k >= 192 {
        return None;
    }
    let p = pow10(q);
    let lo = mant as u128 * (p as u64) as u128;
    // mant * p < 2^192, so the high part fits in 128 bits.
    let h = mant as u128 * (p >> 64) + (lo >> 64);
    let l = lo as u64;
    let quotient = if k >= 64 {
        h >> (k - 64)
    } else {
        if h >> (64 + k) != 0 {
            return None;
        }
        (h << (64 - k)) | (l >> k) as u128
    };
    // The remainder is the low k bits: against half a unit, bit k-1 decides and the bits
    // below it break the tie.
    let j = k - 1;
    let (half_bit, below) = if j >= 64 {
        let s = j - 64;
        ((h >> s) & 1 == 1, l != 0 || h & ((1u128 << s) - 1) != 0)
    } else {
        ((l >> j) & 1 == 1, l & ((1u64 << j) - 1) != 0)
    };
    let ord = match (half_bit, below) {
        (false, _) => Ordering::Less,
        (true, false) => Ordering::Equal,
        (true, true) => Ordering::Greater,
    };
    Some((quotient, ord, half_bit || below))
}

/// Formats `(-1)^neg * mant * 2^exp` (non-zero) for `%e %E %g %G`, or returns `None`
/// when the precision or the value is outside this path's range.
pub(super) fn sig<O: Out>(
    out: &mut O,
    sign: &[u8],
    neg: bool,
    mant: u64,
    exp: i32,
    spec: &Spec,
    mode: Mode,
) -> Option<usize> {
    let conv = spec.conv | 0x20;
    if !(conv == b'e' || conv == b'g') || mant == 0 {
        return None;
    }
    let p = if spec.prec < 0 { 6 } else { spec.prec as usize };
    let sig = if conv == b'g' { p.max(1) } else { p + 1 };
    if sig > MAX_SIG {
        return None;
    }
    let top = pow10(sig as u32);
    // floor(log10(v)) is est or est + 1.
    let lg2 = 63 - mant.leading_zeros() as i32 + exp;
    let mut x = (lg2 * 1233) >> 12;
    let mut tries = 0;
    let (mut n, cmp, inexact) = loop {
        tries += 1;
        if tries > 4 {
            return None;
        }
        let (n, c, i) = scaled(mant, exp, sig as i32 - 1 - x)?;
        if n >= top {
            x += 1;
            continue;
        }
        if n < top / 10 {
            x -= 1;
            continue;
        }
        break (n, c, i);
    };
    let up = match mode {
        Mode::Nearest => cmp == Ordering::Greater || (cmp == Ordering::Equal && n & 1 == 1),
        Mode::Zero => false,
        Mode::Up => !neg && inexact,
        Mode::Down => neg && inexact,
    };
    if up {
        n += 1;
        if n == top {
            n = top / 10;
            x += 1;
        }
    }
    let mut d = [b'0'; MAX_SIG];
    let mut v = n as u64;
    for k in (0..sig).rev() {
        d[k] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    let alt = spec.flags & ALT != 0;
    // Significant digits left after dropping trailing zeros (at least one).
    let kept = d[..sig]
        .iter()
        .rposition(|&c| c != b'0')
        .map_or(1, |i| i + 1);
    let upper = spec.conv.is_ascii_uppercase();
    let x = x as i64;
    let e_style = conv == b'e' || !(sig as i64 > x && x >= -4);
    if e_style {
        let mut decimals = sig - 1;
        if conv == b'g' && !alt {
            decimals = kept - 1;
        }
        let point = decimals > 0 || alt;
        let len = 1 + point as usize + decimals + exp_len(x);
        return Some(emit(out, sign, spec.width, spec.flags, len, |o| {
            o.put(&d[..1]);
            if point {
                o.put(b".");
            }
            o.put(&d[1..1 + decimals]);
            put_exp(o, x, upper);
        }));
    }
    // %g in fixed style: digit i has weight 10^(x - i).
    let mut decimals = (sig as i64 - 1 - x) as usize;
    if !alt {
        decimals = (kept as i64 - 1 - x).max(0) as usize;
    }
    let point = decimals > 0 || alt;
    let (int_len, lead_zeros) = if x >= 0 {
        (x as usize + 1, 0)
    } else {
        (1, (-x - 1) as usize)
    };
    let len = int_len + point as usize + decimals;
    Some(emit(out, sign, spec.width, spec.flags, len, |o| {
        if x >= 0 {
            o.put(&d[..int_len]);
        } else {
            o.put(b"0");
        }
        if point {
            o.put(b".");
        }
        let from = if x >= 0 { int_len } else { 0 };
        o.pad(b'0', lead_zeros.min(decimals));
        let rest = decimals.saturating_sub(lead_zeros);
        o.put(&d[from..from + rest]);
    }))
}
