//! `getloadavg` (BSD, GNU; musl: src/misc/getloadavg.c), from `sysinfo(2)`.
use crate::abi::types::c_int;
use crate::abi::utsname::SI_LOAD_SHIFT;

/// `int getloadavg(double loadavg[], int nelem);` — the 1, 5 and 15 minute load
/// averages, at most three; returns how many were stored.
///
/// DIFF(glibc): a negative `nelem` returns -1 as in musl; glibc returns 0.
///
/// # Safety
/// `loadavg` is writable for `min(nelem, 3)` doubles.
///
/// # Errors
/// -1 for a negative `nelem` or when `sysinfo` fails.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getloadavg(loadavg: *mut f64, nelem: c_int) -> c_int {
    if nelem <= 0 {
        return if nelem == 0 { 0 } else { -1 };
    }
    let Ok(si) = crate::sys::info::sysinfo() else {
        return -1;
    };
    let n = nelem.min(3);
    let scale = 1.0 / (1u64 << SI_LOAD_SHIFT) as f64;
    for (i, &load) in si.loads.iter().take(n as usize).enumerate() {
        // SAFETY: i < n <= nelem slots the caller provides.
        unsafe { *loadavg.add(i) = load as f64 * scale };
    }
    n
}
