//! `getpid` (POSIX.1-2017; musl: src/unistd/getpid.c).
use crate::abi::types::pid_t;

/// `pid_t getpid(void);` — always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getpid() -> pid_t {
    crate::sys::proc::getpid()
}
