//! `sched_yield` (POSIX sched_yield(); musl: src/sched/sched_yield.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_sched_yield, syscall0};

/// `int sched_yield(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_yield() -> c_int {
    // SAFETY: no arguments.
    __syscall_ret(unsafe { syscall0(SYS_sched_yield) }) as c_int
}
