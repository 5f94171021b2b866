//! `time` (C17 7.27.2.4; musl: src/time/time.c). In the C library `time` is an IFUNC
//! whose resolver picks the vDSO's own `time` (it reads the kernel's seconds counter: no
//! syscall, no clock read). The loader binds a dynamic program's references straight to
//! it, and a static program's start-up fills its IRELATIVE words (src/rt/irel.rs), so a
//! call through a pointer to `time` costs what the vDSO function costs, and a direct call
//! one PLT jump, as with glibc.
use crate::abi::types::time_t;

// `time_t time(time_t *tloc);` — the symbol is the resolver, typed as an IFUNC (what
// `__attribute__((ifunc))` emits; Rust has no attribute for it).
#[cfg(rcc_export)]
core::arch::global_asm!(
    ".globl time",
    ".type time, @gnu_indirect_function",
    ".set time, {resolve}",
    resolve = sym resolve,
);

type TimeFn = unsafe extern "C" fn(*mut time_t) -> time_t;

/// `time`'s IFUNC resolver: the vDSO's `time`, or `fallback` without a vDSO. It runs
/// during relocation, so it uses only the saved auxiliary vector (no TLS, no errno).
/// (Only the C library's symbol refers to it; a plain Rust build has just the tests.)
#[cfg_attr(not(rcc_export), allow(dead_code))]
extern "C" fn resolve() -> usize {
    let f: TimeFn = match crate::internal::vdso::time() {
        Some(v) => v,
        None => fallback,
    };
    f as usize
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolved_and_fallback_agree_with_the_clock() {
        for f in [
            // SAFETY: both are `time`'s C type.
            unsafe { core::mem::transmute::<usize, TimeFn>(resolve()) },
            fallback as TimeFn,
        ] {
            let before = super::super::clock_gettime::now(0).unwrap().tv_sec;
            let mut stored: time_t = 0;
            // SAFETY: `stored` is writable; null is allowed.
            let (a, b) = unsafe { (f(&mut stored), f(core::ptr::null_mut())) };
            let after = super::super::clock_gettime::now(0).unwrap().tv_sec;
            assert_eq!(a, stored);
            assert!(
                before <= a && a <= b && b <= after + 1,
                "{before} {a} {b} {after}"
            );
        }
    }
}
