//! `time` (C17 7.27.2.4; musl: src/time/time.c) — a tail call into the vDSO's `time`,
//! which reads the kernel's seconds counter: no syscall, no clock read.
use crate::abi::types::time_t;

/// `time_t time(time_t *tloc);`
///
/// # Safety
/// `tloc` is null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn time(tloc: *mut time_t) -> time_t {
    // The hot path is a load, a compare and a tail jump into the vDSO: everything else
    // (the first lookup, the fallback) is out of line, so this function needs no frame.
    if let Some(f) = crate::internal::vdso::time_if_resolved() {
        // SAFETY: the vDSO's time stores through a non-null `tloc` itself.
        return unsafe { f(tloc) };
    }
    // SAFETY: the caller's guarantee on `tloc` is passed on.
    unsafe { time_slow(tloc) }
}

/// `time` on its first call (the vDSO lookup) or without a vDSO.
///
/// # Safety
/// `tloc` is null or writable.
#[cold]
#[inline(never)]
unsafe fn time_slow(tloc: *mut time_t) -> time_t {
    if let Some(f) = crate::internal::vdso::time() {
        // SAFETY: the vDSO's time stores through a non-null `tloc` itself.
        return unsafe { f(tloc) };
    }
    let t = super::clock_gettime::now(0).map_or(-1, |ts| ts.tv_sec);
    if !tloc.is_null() {
        // SAFETY: the caller guarantees `tloc`.
        unsafe { *tloc = t };
    }
    t
}
