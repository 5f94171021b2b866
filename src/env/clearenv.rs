//! `clearenv` (GNU, BSD; musl: src/env/clearenv.c).
use super::setenv::{LOCK, rm_add};
use crate::abi::types::c_int;

/// `int clearenv(void);` — empties the environment (`environ` becomes NULL) and frees the
/// strings libc allocated for it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn clearenv() -> c_int {
    LOCK.lock();
    let env = super::__environ::get();
    // SAFETY: LOCK is held; env is null or a NULL-terminated array of C strings.
    unsafe {
        super::__environ::set(core::ptr::null_mut());
        if !env.is_null() {
            let mut e = env;
            while !(*e).is_null() {
                rm_add(*e, core::ptr::null_mut());
                e = e.add(1);
            }
        }
    }
    LOCK.unlock();
    0
}
