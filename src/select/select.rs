//! `select` (POSIX.1-2017 select(); musl: src/select/select.c).
use crate::abi::errno::EINVAL;
use crate::abi::poll::fd_set;
use crate::abi::time::timeval;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::SYS_select;
use crate::thread::syscall_cp::cp5;

/// `int select(int n, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv);`
///
/// The timeout is normalised (microseconds above a second carried, huge values clamped)
/// and the kernel gets a copy, so `*tv` is left as it was, as in musl.
/// DIFF(glibc): glibc hands `tv` to the kernel, which overwrites it with the time left.
///
/// # Safety
/// Each set is null or a valid `fd_set`; `tv` is null or a valid `timeval`.
///
/// # Errors
/// `EBADF`, `EINTR`, `EINVAL` (negative `n` or timeout), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn select(
    n: c_int,
    r: *mut fd_set,
    w: *mut fd_set,
    e: *mut fd_set,
    tv: *mut timeval,
) -> c_int {
    let mut copy = if tv.is_null() {
        None
    } else {
        // SAFETY: the caller guarantees a non-null `tv` is readable.
        let t = unsafe { *tv };
        if t.tv_sec < 0 || t.tv_usec < 0 {
            return __syscall_ret(-(EINVAL as isize)) as c_int;
        }
        let carry = t.tv_usec / 1_000_000;
        Some(match t.tv_sec.checked_add(carry) {
            Some(s) => timeval {
                tv_sec: s,
                tv_usec: t.tv_usec % 1_000_000,
            },
            None => timeval {
                tv_sec: i64::MAX,
                tv_usec: 999_999,
            },
        })
    };
    let tp = copy.as_mut().map_or(0, |t| t as *mut timeval as usize);
    // SAFETY: the caller guarantees the sets; `tp` is null or `copy`.
    let ret = unsafe {
        cp5(
            SYS_select, n as usize, r as usize, w as usize, e as usize, tp,
        )
    };
    __syscall_ret(ret) as c_int
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_negative_timeouts() {
        let mut tv = timeval {
            tv_sec: 0,
            tv_usec: -1,
        };
        // SAFETY: null sets; `tv` is live.
        assert_eq!(
            unsafe {
                select(
                    0,
                    core::ptr::null_mut(),
                    core::ptr::null_mut(),
                    core::ptr::null_mut(),
                    &mut tv,
                )
            },
            -1
        );
        assert_eq!(crate::errno::errno(), EINVAL);
        let mut tv = timeval {
            tv_sec: 0,
            tv_usec: 1_500,
        };
        // SAFETY: as above.
        assert_eq!(
            unsafe {
                select(
                    0,
                    core::ptr::null_mut(),
                    core::ptr::null_mut(),
                    core::ptr::null_mut(),
                    &mut tv,
                )
            },
            0
        );
        assert_eq!(tv.tv_usec, 1_500);
    }
}
