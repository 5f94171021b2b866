//! `getauxval` (glibc/musl extension, `<sys/auxv.h>`; musl: src/misc/getauxval.c).
use crate::abi::errno::ENOENT;
use crate::abi::types::c_ulong;

/// `unsigned long getauxval(unsigned long type);`
///
/// # Errors
/// `ENOENT` (and a return of 0) when the kernel did not pass `type`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getauxval(key: c_ulong) -> c_ulong {
    match crate::rt::auxv::get(key as usize) {
        Some(v) => v as c_ulong,
        None => {
            crate::errno::set_errno(ENOENT);
            0
        }
    }
}
