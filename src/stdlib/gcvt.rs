//! `gcvt` (POSIX.1-2001, removed in 2008; musl: src/stdlib/gcvt.c).
use super::ecvt::BufOut;
use crate::abi::types::{c_char, c_int};
use crate::arch::fpu::sse_rounding;
use crate::internal::floatscan::round::Mode;
use crate::internal::fmt_fp::fmt::{Spec, Value, fmt_fp};

/// `char *gcvt(double x, int n, char *b);` — `sprintf(b, "%.*g", n, x)`; returns `b`.
///
/// # Safety
/// `b` has room for the result: `n` digits plus sign, point, exponent and NUL.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn gcvt(x: f64, n: c_int, b: *mut c_char) -> *mut c_char {
    let spec = Spec {
        conv: b'g',
        prec: n,
        width: 0,
        flags: 0,
    };
    // The worst case %g output: n digits, sign, point, "e+308", a leading "0.000".
    let room = (n.max(0) as usize).saturating_add(16);
    // SAFETY: the caller provides `room` bytes, as above.
    let buf = unsafe { core::slice::from_raw_parts_mut(b.cast::<u8>(), room) };
    let mut o = BufOut { buf, len: 0 };
    fmt_fp(
        &mut o,
        Value::from_f64(x),
        &spec,
        Mode::from_bits(sse_rounding()),
    );
    let len = o.len;
    if let Some(z) = o.buf.get_mut(len) {
        *z = 0;
    }
    b
}
