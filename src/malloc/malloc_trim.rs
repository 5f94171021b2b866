//! `malloc_trim` (glibc extension; musl has none): return free memory to the kernel.
use crate::abi::types::c_int;

/// `int malloc_trim(size_t pad);` — 1 if memory was released, else 0. `pad` is ignored:
/// only wholly free 64 KiB pages are released.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn malloc_trim(_pad: usize) -> c_int {
    let cached = super::large::cache_flush();
    let _g = super::lock::lock();
    // SAFETY: the global lock is held.
    unsafe { (super::medium::cache_flush() | super::purge::decommit_all() | cached) as c_int }
}
