//! The auxiliary vector, saved at startup for `getauxval` and the loader (musl: src/env/__libc_start_main.c).
use crate::abi::auxv::{AT_NULL, AUX_CNT};

/// Values of the keys below `AUX_CNT`, indexed by key (`0` where absent).
pub static mut AUX: [usize; AUX_CNT] = [0; AUX_CNT];
/// The raw vector as the kernel left it, for keys beyond `AUX_CNT`.
pub static mut AUXV: *const usize = core::ptr::null();

/// Records the vector at `auxv` (pairs of key, value ending in `AT_NULL`).
///
/// # Safety
/// `auxv` must point at the process's auxiliary vector; call once, before other threads exist.
pub unsafe fn save(auxv: *const usize) {
    // SAFETY: single-threaded startup; the vector is terminated by AT_NULL.
    unsafe {
        AUXV = auxv;
        let mut p = auxv;
        while *p != AT_NULL {
            if *p < AUX_CNT {
                AUX[*p] = *p.add(1);
            }
            p = p.add(2);
        }
    }
}

/// The value for `key`, or `None` if the kernel did not pass it.
pub fn get(key: usize) -> Option<usize> {
    // SAFETY: AUXV is written once at startup, before any reader runs.
    let mut p = unsafe { AUXV };
    if p.is_null() {
        return None;
    }
    loop {
        // SAFETY: p walks the AT_NULL-terminated vector saved at startup.
        let (k, v) = unsafe { (*p, *p.add(1)) };
        if k == AT_NULL {
            return None;
        }
        if k == key {
            return Some(v);
        }
        // SAFETY: not at the terminator yet, so the next pair exists.
        p = unsafe { p.add(2) };
    }
}

/// The value for a key below `AUX_CNT` (0 if absent): the fast path for startup code.
#[inline]
pub fn aux(key: usize) -> usize {
    // SAFETY: AUX is written once at startup; callers index with constants < AUX_CNT.
    unsafe { (*(&raw const AUX))[key] }
}
