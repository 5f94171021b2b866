//! `getpagesize` (legacy BSD; musl: src/legacy/getpagesize.c).
use crate::abi::types::c_int;

/// The page size the kernel passed in `AT_PAGESZ` (4096 when absent, as on x86_64).
pub fn page_size() -> usize {
    match crate::rt::auxv::aux(crate::abi::auxv::AT_PAGESZ) {
        0 => 4096,
        n => n,
    }
}

/// `int getpagesize(void);` — always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getpagesize() -> c_int {
    page_size() as c_int
}
