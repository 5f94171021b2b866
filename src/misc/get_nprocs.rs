//! `get_nprocs` (GNU; musl: src/misc/get_nprocs.c (part of src/conf/sysconf.c)).
use crate::abi::types::c_int;

/// `int get_nprocs(void);`
///
/// `sysconf(_SC_NPROCESSORS_ONLN)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn get_nprocs() -> c_int {
    crate::unistd::sysconf::online_cpus() as c_int
}
