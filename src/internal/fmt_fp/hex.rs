//! `%a`/`%A`: `[-]0xh.hhhp±d`, normalised to a leading 1 for every type as musl does
//! (glibc prints long double as 0x8.xxxp-3 and double subnormals as 0x0.xxxp-1022)
//! (C17 7.21.6.1p8; musl: src/stdio/vfprintf.c fmt_fp).
use super::fmt::{ALT, Out, Spec, emit};
use crate::internal::floatscan::round::Mode;

pub(super) fn fmt_hex<O: Out>(
    out: &mut O,
    sign: &[u8],
    neg: bool,
    mant: u64,
    exp: i32,
    spec: &Spec,
    mode: Mode,
) -> usize {
    let upper = spec.conv == b'A';
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    // value = lead.frac * 2^e2 with frac the 64 bits after the leading one.
    let (mut lead, mut frac, e2) = if mant == 0 {
        (0u64, 0u64, 0i64)
    } else {
        let lz = mant.leading_zeros();
        let m = mant << lz;
        (1, m << 1, exp as i64 + 63 - lz as i64)
    };
    let p = spec.prec;
    if (0..16).contains(&p) && mant != 0 {
        let keep = 4 * p as u32;
        let (kept, rest) = if keep == 0 {
            (0, frac)
        } else {
            (frac >> (64 - keep), frac << keep)
        };
        let half = 1u64 << 63;
        let up = match mode {
            Mode::Nearest => {
                rest > half || (rest == half && (if keep == 0 { lead } else { kept }) & 1 == 1)
            }
            Mode::Zero => false,
            Mode::Up => !neg && rest != 0,
            Mode::Down => neg && rest != 0,
        };
        let mut kept = kept as u128 + up as u128;
        if kept >> keep != 0 {
            lead += 1;
            kept = 0;
        }
        frac = if keep == 0 {
            0
        } else {
            (kept as u64) << (64 - keep)
        };
    }
    // Fraction digits: all significant ones, or exactly p.
    let sig = if frac == 0 {
        0
    } else {
        16 - (frac.trailing_zeros() / 4) as usize
    };
    let nfrac = if p < 0 { sig } else { p as usize };
    let point = nfrac > 0 || spec.flags & ALT != 0;
    let mut ebuf = [0u8; 8];
    let mut ei = ebuf.len();
    let mut a = e2.unsigned_abs();
    loop {
        ei -= 1;
        if let Some(b) = ebuf.get_mut(ei) {
            *b = b'0' + (a % 10) as u8;
        }
        a /= 10;
        if a == 0 {
            break;
        }
    }
    let ex = ebuf.get(ei..).unwrap_or(&[]);
    let len = 3 + point as usize + nfrac + 2 + ex.len();
    let prefix: &[u8] = if upper { b"0X" } else { b"0x" };
    // '0' padding goes after "0x": treat the prefix as part of the sign.
    let mut pre = [0u8; 3];
    let mut pl = 0;
    for &c in sign.iter().chain(prefix.iter()) {
        if let Some(s) = pre.get_mut(pl) {
            *s = c;
        }
        pl += 1;
    }
    emit(
        out,
        pre.get(..pl).unwrap_or(&[]),
        spec.width,
        spec.flags,
        len - 2,
        |o| {
            o.put(&[digits[(lead & 15) as usize]]);
            if point {
                o.put(b".");
            }
            let mut f = frac;
            let shown = nfrac.min(16);
            for _ in 0..shown {
                o.put(&[digits[(f >> 60) as usize]]);
                f <<= 4;
            }
            o.pad(b'0', nfrac - shown);
            o.put(if upper { b"P" } else { b"p" });
            o.put(if e2 < 0 { b"-" } else { b"+" });
            o.put(ex);
        },
    )
}
