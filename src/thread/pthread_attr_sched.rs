//! Scheduling attributes of `pthread_attr_t`: parameter, policy, inheritance and scope
//! (POSIX; musl: src/thread/pthread_attr_setschedparam.c, _setschedpolicy.c,
//! _setinheritsched.c, _setscope.c, pthread_attr_get.c). As in musl, policy and priority
//! are stored unchecked: the kernel judges them when `pthread_create` applies them.
use super::pthread_attr::Attr;
use crate::abi::errno::{EINVAL, ENOTSUP};
use crate::abi::sched::sched_param;
use crate::abi::types::c_int;

/// `PTHREAD_SCOPE_SYSTEM`: every Linux thread competes system-wide.
const SCOPE_SYSTEM: c_int = 0;
/// `PTHREAD_SCOPE_PROCESS`.
const SCOPE_PROCESS: c_int = 1;

/// `int pthread_attr_setschedparam(pthread_attr_t *restrict a,
/// const struct sched_param *restrict param);`
///
/// # Safety
/// `a` must be an initialised attribute object and `param` valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setschedparam(
    a: *mut Attr,
    param: *const sched_param,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { (*a).prio = (*param).sched_priority };
    0
}

/// `int pthread_attr_getschedparam(const pthread_attr_t *restrict a,
/// struct sched_param *restrict param);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getschedparam(
    a: *const Attr,
    param: *mut sched_param,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { (*param).sched_priority = (*a).prio };
    0
}

/// `int pthread_attr_setschedpolicy(pthread_attr_t *a, int policy);`
///
/// # Safety
/// `a` must be an initialised attribute object.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setschedpolicy(a: *mut Attr, policy: c_int) -> c_int {
    // SAFETY: the caller guarantees `a`.
    unsafe { (*a).policy = policy };
    0
}

/// `int pthread_attr_getschedpolicy(const pthread_attr_t *restrict a, int *restrict policy);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getschedpolicy(a: *const Attr, policy: *mut c_int) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *policy = (*a).policy };
    0
}

/// `int pthread_attr_setinheritsched(pthread_attr_t *a, int inherit);` —
/// `PTHREAD_EXPLICIT_SCHED` (1) makes `pthread_create` apply the policy and priority.
///
/// # Safety
/// `a` must be an initialised attribute object.
///
/// # Errors
/// `EINVAL` unless `inherit` is `PTHREAD_INHERIT_SCHED` (0) or `PTHREAD_EXPLICIT_SCHED` (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setinheritsched(a: *mut Attr, inherit: c_int) -> c_int {
    if !(0..=1).contains(&inherit) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { (*a).sched = inherit };
    0
}

/// `int pthread_attr_getinheritsched(const pthread_attr_t *restrict a, int *restrict inherit);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getinheritsched(
    a: *const Attr,
    inherit: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *inherit = (*a).sched };
    0
}

/// `int pthread_attr_setscope(pthread_attr_t *a, int scope);`
///
/// # Errors
/// `ENOTSUP` for `PTHREAD_SCOPE_PROCESS` (Linux threads are all system-scope), `EINVAL`
/// for any other value but `PTHREAD_SCOPE_SYSTEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_attr_setscope(_a: *mut Attr, scope: c_int) -> c_int {
    match scope {
        SCOPE_SYSTEM => 0,
        SCOPE_PROCESS => ENOTSUP,
        _ => EINVAL,
    }
}

/// `int pthread_attr_getscope(const pthread_attr_t *restrict a, int *restrict scope);` —
/// always `PTHREAD_SCOPE_SYSTEM`.
///
/// # Safety
/// `scope` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getscope(_a: *const Attr, scope: *mut c_int) -> c_int {
    // SAFETY: the caller guarantees `scope`.
    unsafe { *scope = SCOPE_SYSTEM };
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut a = Attr::defaults();
        // SAFETY: sched_param is plain integers.
        let mut p: sched_param = unsafe { core::mem::zeroed() };
        p.sched_priority = 7;
        let mut v = -1;
        // SAFETY: local objects.
        unsafe {
            assert_eq!(pthread_attr_setschedparam(&mut a, &p), 0);
            p.sched_priority = 0;
            assert_eq!(pthread_attr_getschedparam(&a, &mut p), 0);
            assert_eq!(p.sched_priority, 7);
            assert_eq!(pthread_attr_getinheritsched(&a, &mut v), 0);
            assert_eq!(v, 0);
            assert_eq!(pthread_attr_setinheritsched(&mut a, 2), EINVAL);
            assert_eq!(pthread_attr_setinheritsched(&mut a, 1), 0);
            assert_eq!(pthread_attr_getinheritsched(&a, &mut v), 0);
            assert_eq!(v, 1);
            assert_eq!(pthread_attr_setschedpolicy(&mut a, 3), 0);
            assert_eq!(pthread_attr_getschedpolicy(&a, &mut v), 0);
            assert_eq!(v, 3);
        }
        assert_eq!(pthread_attr_setscope(&mut a, SCOPE_PROCESS), ENOTSUP);
        assert_eq!(pthread_attr_setscope(&mut a, 5), EINVAL);
        assert_eq!(pthread_attr_setscope(&mut a, SCOPE_SYSTEM), 0);
    }
}
