//! `sched_getcpu` (GNU; musl: src/sched/sched_getcpu.c).
use crate::abi::types::{c_int, c_uint};
use crate::errno::c_ret;
use crate::sys::{check, nr::SYS_getcpu, syscall3};

/// `int sched_getcpu(void);` — the CPU the caller is running on (possibly stale at once).
///
/// # Errors
/// `ENOSYS` where the kernel lacks `getcpu`.
// DIFF(musl): musl asks the vDSO's `__vdso_getcpu` first; rcc's vDSO lookup does not
// resolve it yet, so this is always the syscall.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_getcpu() -> c_int {
    let mut cpu: c_uint = 0;
    // SAFETY: `cpu` is a live local; node and cache pointers are null.
    let r = check(unsafe { syscall3(SYS_getcpu, &mut cpu as *mut c_uint as usize, 0, 0) });
    c_ret(r.map(|_| cpu as c_int), -1)
}
