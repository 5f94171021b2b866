//! `at_quick_exit` (C17 7.22.4.3; musl: src/exit/at_quick_exit.c): a fixed table of 32
//! handlers, as musl (C requires at least 32).
use crate::abi::types::c_int;
use crate::thread::state::Lock;

/// Handler slots.
const COUNT: usize = 32;

pub(crate) static LOCK: Lock = Lock::new();
static mut FUNCS: [Option<extern "C" fn()>; COUNT] = [None; COUNT];
static mut USED: usize = 0;

/// `int at_quick_exit(void (*func)(void));` — registers `func` for `quick_exit`.
/// Returns 0, or -1 when all 32 slots are taken.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn at_quick_exit(func: extern "C" fn()) -> c_int {
    LOCK.lock();
    // SAFETY: the table is only touched under LOCK.
    let r = unsafe {
        let n = *(&raw const USED);
        if n == COUNT {
            -1
        } else {
            (*(&raw mut FUNCS))[n] = Some(func);
            USED = n + 1;
            0
        }
    };
    LOCK.unlock();
    r
}

/// Calls the registered handlers, newest first, each once.
pub fn run_handlers() {
    LOCK.lock();
    loop {
        // SAFETY: the table is only touched under LOCK.
        let f = unsafe {
            let n = *(&raw const USED);
            if n == 0 {
                break;
            }
            USED = n - 1;
            (*(&raw const FUNCS))[n - 1]
        };
        // A handler may call at_quick_exit itself: drop the lock while it runs.
        LOCK.unlock();
        if let Some(f) = f {
            f();
        }
        LOCK.lock();
    }
    LOCK.unlock();
}
