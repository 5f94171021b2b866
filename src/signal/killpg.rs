//! `killpg` (POSIX killpg(); musl: src/signal/killpg.c).
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_int, pid_t};
use crate::errno::{c_ret, set_errno};

/// `int killpg(pid_t pgrp, int sig);` — `kill(-pgrp, sig)`.
///
/// # Errors
/// `EINVAL` for a negative group; otherwise as `kill`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn killpg(pgrp: pid_t, sig: c_int) -> c_int {
    if pgrp < 0 {
        set_errno(EINVAL);
        return -1;
    }
    c_ret(
        crate::sys::signal::kill(pgrp.wrapping_neg(), sig).map(|()| 0),
        -1,
    )
}
