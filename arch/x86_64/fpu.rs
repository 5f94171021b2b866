//! The current rounding direction, read straight from the hardware: MXCSR for
//! float/double (SSE) and the x87 control word for long double. Used by strtod and
//! printf until <fenv.h> exists (C17 7.6; musl: src/fenv/x86_64/fenv.s).

/// MXCSR rounding-control bits (13-14): 0 nearest, 1 down, 2 up, 3 toward zero.
#[inline]
pub fn sse_rounding() -> u32 {
    let mut csr: u32 = 0;
    // SAFETY: stmxcsr stores the 4-byte MXCSR into our local; nothing else is touched.
    unsafe {
        core::arch::asm!("stmxcsr [{}]", in(reg) &mut csr, options(nostack, preserves_flags));
    }
    csr >> 13 & 3
}

/// x87 control-word rounding-control bits (10-11), same encoding as [`sse_rounding`].
#[inline]
pub fn x87_rounding() -> u32 {
    let mut cw: u16 = 0;
    // SAFETY: fnstcw stores the 2-byte control word into our local.
    unsafe {
        core::arch::asm!("fnstcw [{}]", in(reg) &mut cw, options(nostack, preserves_flags));
    }
    (cw as u32) >> 10 & 3
}
