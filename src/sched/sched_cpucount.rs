//! `__sched_cpucount`, behind `CPU_COUNT` (musl: src/sched/sched_cpucount.c).
use crate::abi::sched::cpu_set_t;
use crate::abi::types::c_int;

/// `int __sched_cpucount(size_t size, const cpu_set_t *set);` — the number of set bits
/// in the first `size` bytes.
///
/// # Safety
/// `set` must be readable for `size` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __sched_cpucount(size: usize, set: *const cpu_set_t) -> c_int {
    let p = set as *const u8;
    let mut n = 0;
    for i in 0..size {
        // SAFETY: `i < size`, inside the caller's buffer.
        n += unsafe { *p.add(i) }.count_ones();
    }
    n as c_int
}
