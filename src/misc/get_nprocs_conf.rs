//! `get_nprocs_conf` (GNU; musl: src/misc/get_nprocs_conf.c (part of src/conf/sysconf.c)).
use crate::abi::types::c_int;

/// `int get_nprocs_conf(void);`
///
/// `sysconf(_SC_NPROCESSORS_CONF)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn get_nprocs_conf() -> c_int {
    crate::unistd::sysconf::configured_cpus() as c_int
}
