//! `get_phys_pages` (GNU; musl: src/conf/sysconf.c).
use crate::abi::types::c_long;

/// `long get_phys_pages(void);`
///
/// `sysconf(_SC_PHYS_PAGES)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn get_phys_pages() -> c_long {
    crate::unistd::sysconf::memory_pages(false, crate::unistd::getpagesize::page_size() as c_long)
}
