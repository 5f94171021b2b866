//! `time` (C17 7.27.2.4; musl: src/time/time.c) — a tail call into the vDSO's `time`,
//! which reads the kernel's seconds counter: no syscall, no clock read.
use crate::abi::types::time_t;
use core::sync::atomic::{AtomicPtr, Ordering};

/// `time_t time(time_t *tloc);`
///
/// # Safety
/// `tloc` is null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn time(tloc: *mut time_t) -> time_t {
    // One memory-indirect jump, like a resolved PLT entry: the slot holds the vDSO's
    // time once the first call has looked it up.
    let f = IMPL.load(Ordering::Relaxed);
    // SAFETY: IMPL only ever holds a function of this exact C type (`first`, the
    // vDSO's time, or `fallback`).
    let f: TimeFn = unsafe { core::mem::transmute::<*mut (), TimeFn>(f) };
    // SAFETY: the caller's guarantee on `tloc` is passed on.
    unsafe { f(tloc) }
}

type TimeFn = unsafe extern "C" fn(*mut time_t) -> time_t;

/// The implementation `time` jumps to: `first` until the first call has chosen.
static IMPL: AtomicPtr<()> = AtomicPtr::new(first as *mut ());

/// The first call: picks the vDSO's time, or `fallback` without a vDSO, for good.
/// Racing threads pick the same.
///
/// # Safety
/// `tloc` is null or writable.
unsafe extern "C" fn first(tloc: *mut time_t) -> time_t {
    let f: TimeFn = match crate::internal::vdso::time() {
        Some(v) => v,
        None => fallback,
    };
    IMPL.store(f as *mut (), Ordering::Relaxed);
    // SAFETY: the caller's guarantee on `tloc` is passed on.
    unsafe { f(tloc) }
}

/// `time` without a vDSO: the realtime clock's seconds.
///
/// # Safety
/// `tloc` is null or writable.
unsafe extern "C" fn fallback(tloc: *mut time_t) -> time_t {
    let t = super::clock_gettime::now(0).map_or(-1, |ts| ts.tv_sec);
    if !tloc.is_null() {
        // SAFETY: the caller guarantees `tloc`.
        unsafe { *tloc = t };
    }
    t
}
