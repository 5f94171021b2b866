//! `alarm` (POSIX.1-2017 alarm(); musl: src/unistd/alarm.c).
use crate::abi::time::{itimerval, timeval};
use crate::abi::types::c_uint;
use crate::sys::{nr::*, syscall3};

/// `unsigned alarm(unsigned seconds);`
///
/// Arms (or with 0 cancels) `SIGALRM` via `setitimer(ITIMER_REAL)` and returns the
/// seconds left on the previous alarm, rounded up. Always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn alarm(seconds: c_uint) -> c_uint {
    let zero = timeval {
        tv_sec: 0,
        tv_usec: 0,
    };
    let new = itimerval {
        it_interval: zero,
        it_value: timeval {
            tv_sec: seconds.into(),
            tv_usec: 0,
        },
    };
    let mut old = itimerval {
        it_interval: zero,
        it_value: zero,
    };
    // SAFETY: both structs are live itimervals; ITIMER_REAL is 0.
    unsafe {
        syscall3(
            SYS_setitimer,
            0,
            &raw const new as usize,
            &raw mut old as usize,
        )
    };
    (old.it_value.tv_sec + i64::from(old.it_value.tv_usec != 0)) as c_uint
}
