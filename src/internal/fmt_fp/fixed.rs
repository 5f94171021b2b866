//! `%f` fast path for values whose binary point sits within 60 bits of a 53-bit
//! significand (|x| < 2^64, no more than 60 fraction bits): the fraction is a 64-bit
//! integer over `2^k`, so each decimal digit is one multiply by 10, and the rounding is
//! decided exactly from what remains. Everything else takes the big-decimal path (no
//! musl counterpart; musl always uses its big-decimal expansion).
use super::fmt::{ALT, Out, Spec, emit};
use crate::internal::floatscan::round::Mode;

/// Longest precision taken here; more goes to the general path.
const MAX_PREC: usize = 40;

/// Formats `(-1)^neg * mant * 2^exp` for `%f`/`%F`, or returns `None` when the value or
/// precision is outside this path's range.
pub(super) fn fixed<O: Out>(
    out: &mut O,
    sign: &[u8],
    neg: bool,
    mant: u64,
    exp: i32,
    spec: &Spec,
    mode: Mode,
) -> Option<usize> {
    if spec.conv | 0x20 != b'f' || !(-60..=11).contains(&exp) || mant >> 53 != 0 {
        return None;
    }
    let p = if spec.prec < 0 { 6 } else { spec.prec as usize };
    if p > MAX_PREC {
        return None;
    }
    // value = int + frac / 2^k, exactly.
    let (mut int, mut frac, k) = if exp >= 0 {
        (mant << exp, 0u64, 0u32)
    } else {
        let k = exp.unsigned_abs();
        (mant >> k, mant & ((1u64 << k) - 1), k)
    };
    let mut fd = [b'0'; MAX_PREC];
    if k != 0 {
        let mask = (1u64 << k) - 1;
        for d in fd.iter_mut().take(p) {
            // frac < 2^k <= 2^60, so frac * 10 < 2^64.
            frac *= 10;
            *d = b'0' + (frac >> k) as u8;
            frac &= mask;
        }
    }
    if frac != 0 {
        let half = 1u64 << (k - 1);
        let odd = if p > 0 {
            fd[p - 1] & 1 == 1
        } else {
            int & 1 == 1
        };
        let up = match mode {
            Mode::Nearest => frac > half || (frac == half && odd),
            Mode::Zero => false,
            Mode::Up => !neg,
            Mode::Down => neg,
        };
        if up {
            let mut i = p;
            loop {
                if i == 0 {
                    // int < 2^53 here (exp < 0), so this cannot overflow.
                    int += 1;
                    break;
                }
                i -= 1;
                if fd[i] == b'9' {
                    fd[i] = b'0';
                } else {
                    fd[i] += 1;
                    break;
                }
            }
        }
    }
    let mut ib = [0u8; 20];
    let mut n = ib.len();
    loop {
        n -= 1;
        ib[n] = b'0' + (int % 10) as u8;
        int /= 10;
        if int == 0 {
            break;
        }
    }
    let int_digits = ib.get(n..).unwrap_or(&[]);
    let point = p > 0 || spec.flags & ALT != 0;
    let len = int_digits.len() + point as usize + p;
    Some(emit(out, sign, spec.width, spec.flags, len, |o| {
        o.put(int_digits);
        if point {
            o.put(b".");
        }
        o.put(fd.get(..p).unwrap_or(&[]));
    }))
}
