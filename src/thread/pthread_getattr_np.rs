//! `pthread_getattr_np` (GNU; musl: src/thread/pthread_getattr_np.c): a thread's actual
//! stack, guard size and detach state. For the main thread, whose stack the kernel made,
//! rcc reports the stack rlimit below the top of the initial stack area.
use super::pthread_attr::Attr;
use super::state::DETACHED;
use crate::abi::types::c_int;
use crate::rt::thread::Thread;
use core::sync::atomic::Ordering;

/// `int pthread_getattr_np(pthread_t t, pthread_attr_t *a);`
///
/// # Safety
/// `t` must be a live thread and `a` writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getattr_np(t: *mut Thread, a: *mut Attr) -> c_int {
    let mut attr = Attr::defaults();
    // SAFETY: the caller guarantees `t` is live.
    unsafe {
        attr.detach = ((*t).detach_state.load(Ordering::Relaxed) == DETACHED) as c_int;
        attr.guard_size = (*t).guard_size;
        if (*t).stack_size != 0 {
            attr.stack_addr = (*t).stack_low + (*t).stack_size;
            attr.stack_size = (*t).stack_size;
        } else {
            let (top, size) = main_stack();
            attr.stack_addr = top;
            attr.stack_size = size;
        }
        a.write(attr);
    }
    0
}

/// The main thread's stack: from the page above the auxiliary vector (the top of the
/// initial stack area) down by the stack rlimit (8 MiB when unlimited).
fn main_stack() -> (usize, usize) {
    let top = (crate::rt::auxv::aux(crate::abi::auxv::AT_EXECFN)
        .max(crate::rt::auxv::aux(crate::abi::auxv::AT_RANDOM))
        + 4095)
        & !4095;
    let mut lim = [0u64; 2];
    // SAFETY: getrlimit(RLIMIT_STACK = 3) writes two u64s into `lim`.
    let r = unsafe {
        crate::sys::syscall2(crate::sys::nr::SYS_getrlimit, 3, lim.as_mut_ptr() as usize)
    };
    let size = if r == 0 && lim[0] != u64::MAX {
        lim[0] as usize
    } else {
        8 << 20
    };
    (top, size)
}
