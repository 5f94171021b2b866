//! `getppid` (POSIX.1-2017; musl: src/unistd/getppid.c).
use crate::abi::types::pid_t;

/// `pid_t getppid(void);` — always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getppid() -> pid_t {
    crate::sys::proc::getppid()
}
