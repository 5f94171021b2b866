//! `clock`, `difftime` (C17 7.27.2.1, 7.27.2.2; musl: src/time/clock.c, difftime.c).
use crate::abi::time::CLOCK_PROCESS_CPUTIME_ID;
use crate::abi::types::{clock_t, time_t};

/// `clock_t clock(void);` — processor time in microseconds (`CLOCKS_PER_SEC`), or -1
/// when it cannot be represented.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn clock() -> clock_t {
    match super::clock_gettime::now(CLOCK_PROCESS_CPUTIME_ID) {
        Ok(ts) => ts
            .tv_sec
            .checked_mul(1_000_000)
            .and_then(|us| us.checked_add(ts.tv_nsec / 1000))
            .unwrap_or(-1),
        Err(_) => -1,
    }
}

/// `double difftime(time_t time1, time_t time0);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn difftime(t1: time_t, t0: time_t) -> f64 {
    t1 as f64 - t0 as f64
}
