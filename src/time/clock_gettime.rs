//! `clock_gettime` (POSIX clock_gettime(); musl: src/time/clock_gettime.c), through the
//! vDSO when the kernel provides one.
use crate::abi::time::timespec;
use crate::abi::types::{c_int, clockid_t};
use crate::errno::c_ret;
use crate::sys::{Errno, check, nr::SYS_clock_gettime, signal::call2};

/// The time of clock `clk`.
pub fn now(clk: clockid_t) -> Result<timespec, Errno> {
    let mut ts = timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    if let Some(f) = crate::internal::vdso::clock_gettime() {
        // SAFETY: `ts` is writable; the vDSO falls back to the syscall itself.
        check(unsafe { f(clk, &mut ts) })?;
    } else {
        // SAFETY: `ts` is writable.
        unsafe { call2(SYS_clock_gettime, clk as usize, &raw mut ts as usize) }?;
    }
    Ok(ts)
}

/// `int clock_gettime(clockid_t clock_id, struct timespec *tp);`
///
/// # Safety
/// `tp` must be writable.
///
/// # Errors
/// `EINVAL` for an unknown clock; `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn clock_gettime(clk: clockid_t, tp: *mut timespec) -> c_int {
    // Hot path: the vDSO, already looked up, succeeding; the rest is out of line.
    if let Some(f) = crate::internal::vdso::clock_gettime_if_resolved() {
        // SAFETY: the caller guarantees `tp`.
        let r = unsafe { f(clk, tp) };
        if r == 0 {
            return 0;
        }
        return c_ret(check(r).map(|_| 0), -1);
    }
    // SAFETY: the caller's guarantee on `tp` is passed on.
    unsafe { clock_gettime_slow(clk, tp) }
}

/// `clock_gettime` on its first call (the vDSO lookup) or without a vDSO.
///
/// # Safety
/// `tp` must be writable.
#[cold]
#[inline(never)]
unsafe fn clock_gettime_slow(clk: clockid_t, tp: *mut timespec) -> c_int {
    if let Some(f) = crate::internal::vdso::clock_gettime() {
        // SAFETY: the caller guarantees `tp`.
        return c_ret(check(unsafe { f(clk, tp) }).map(|_| 0), -1);
    }
    // SAFETY: the caller guarantees `tp`.
    c_ret(
        unsafe { call2(SYS_clock_gettime, clk as usize, tp as usize) }.map(|_| 0),
        -1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monotonic_advances() {
        let a = now(1).unwrap();
        let b = now(1).unwrap();
        assert!((b.tv_sec, b.tv_nsec) >= (a.tv_sec, a.tv_nsec));
        assert!(matches!(now(12345), Err(Errno(crate::abi::errno::EINVAL))));
    }
}
