//! `atexit` and `__cxa_atexit` (C17 7.22.4.2; musl: src/exit/atexit.c). Handlers live in
//! blocks: one static block, then pages from `mmap`, so registration never needs malloc.
use crate::abi::mman::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use crate::abi::types::{c_int, c_void};

type CxaFn = unsafe extern "C" fn(*mut c_void);
type AtexitFn = unsafe extern "C" fn();

#[derive(Clone, Copy)]
struct Handler {
    func: usize,
    arg: usize,
    /// `true`: `__cxa_atexit` handler called with `arg`; `false`: `atexit`, no argument.
    with_arg: bool,
}

const PER_BLOCK: usize = 120;

#[repr(C)]
struct Block {
    prev: *mut Block,
    used: usize,
    slots: [Handler; PER_BLOCK],
}

const EMPTY: Handler = Handler {
    func: 0,
    arg: 0,
    with_arg: false,
};
static mut FIRST: Block = Block {
    prev: core::ptr::null_mut(),
    used: 0,
    slots: [EMPTY; PER_BLOCK],
};
static mut HEAD: *mut Block = core::ptr::null_mut();

/// Serialises the handler table between threads registering and a thread exiting.
pub(crate) static LOCK: crate::thread::state::Lock = crate::thread::state::Lock::new();

/// Appends a handler; fails only when no memory is left for a new block.
fn push(h: Handler) -> Result<(), ()> {
    LOCK.lock();
    // SAFETY: the table is only touched under LOCK; blocks are either FIRST or fresh
    // zeroed mappings sized for a Block.
    let r = unsafe {
        if HEAD.is_null() {
            HEAD = &raw mut FIRST;
        }
        let mut ok = true;
        if (*HEAD).used == PER_BLOCK {
            let size = core::mem::size_of::<Block>();
            let prot = PROT_READ | PROT_WRITE;
            match crate::sys::mem::mmap(0, size, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) {
                Ok(p) => {
                    let b = p as *mut Block;
                    (*b).prev = HEAD;
                    HEAD = b;
                }
                Err(_) => ok = false,
            }
        }
        if ok {
            let used = (*HEAD).used;
            (&raw mut (*HEAD).slots)
                .cast::<Handler>()
                .add(used)
                .write(h);
            (*HEAD).used = used + 1;
        }
        ok
    };
    LOCK.unlock();
    if r { Ok(()) } else { Err(()) }
}

/// Takes the newest handler off the table.
fn pop() -> Option<Handler> {
    LOCK.lock();
    // SAFETY: the table is only touched under LOCK.
    let h = unsafe {
        loop {
            if HEAD.is_null() {
                break None;
            }
            if (*HEAD).used == 0 {
                if (*HEAD).prev.is_null() {
                    break None;
                }
                HEAD = (*HEAD).prev;
                continue;
            }
            (*HEAD).used -= 1;
            break Some(
                (&raw const (*HEAD).slots)
                    .cast::<Handler>()
                    .add((*HEAD).used)
                    .read(),
            );
        }
    };
    LOCK.unlock();
    h
}

/// Pops and runs handlers, newest first, until none are left (handlers may register more).
///
/// # Safety
/// Called from `exit` only.
pub unsafe fn run_handlers() {
    while let Some(h) = pop() {
        // SAFETY: each entry was registered as a function of the recorded kind.
        unsafe {
            if h.with_arg {
                core::mem::transmute::<usize, CxaFn>(h.func)(h.arg as *mut c_void);
            } else {
                core::mem::transmute::<usize, AtexitFn>(h.func)();
            }
        }
    }
}

/// `int __cxa_atexit(void (*func)(void *), void *arg, void *dso);`
///
/// # Errors
/// Returns -1 when no memory is left for the handler table.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __cxa_atexit(func: Option<CxaFn>, arg: *mut c_void, _dso: *mut c_void) -> c_int {
    let Some(f) = func else { return -1 };
    match push(Handler {
        func: f as usize,
        arg: arg as usize,
        with_arg: true,
    }) {
        Ok(()) => 0,
        Err(()) => -1,
    }
}

/// `int atexit(void (*func)(void));`
///
/// # Errors
/// Returns nonzero when no memory is left for the handler table.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn atexit(func: Option<AtexitFn>) -> c_int {
    let Some(f) = func else { return -1 };
    match push(Handler {
        func: f as usize,
        arg: 0,
        with_arg: false,
    }) {
        Ok(()) => 0,
        Err(()) => -1,
    }
}
