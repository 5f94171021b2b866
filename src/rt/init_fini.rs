//! Constructors and destructors: `.preinit_array`, `_init`, `.init_array` at start;
//! `.fini_array` (reversed) and `_fini` at exit (musl: src/env/__libc_start_main.c,
//! src/exit/exit.c). A dynamic program's are run by the loader through the hooks below.

pub type VoidFn = unsafe extern "C" fn();

/// Set by the dynamic loader: runs every module's initialisers / finalisers.
pub static mut LOADER_INIT: Option<unsafe fn()> = None;
pub static mut LOADER_FINI: Option<unsafe fn()> = None;

/// The program's `_fini`, passed to `__libc_start_main` by crt1.
static mut STATIC_FINI: Option<VoidFn> = None;

// The linker provides these bounds in executables; they are weak so that libc.so and
// programs without such sections still link (they then read as null).
core::arch::global_asm!(
    ".pushsection .data.rel.ro.__rcc_array_bounds,\"aw\",@progbits",
    ".p2align 3",
    ".weak __preinit_array_start",
    ".weak __preinit_array_end",
    ".weak __init_array_start",
    ".weak __init_array_end",
    ".weak __fini_array_start",
    ".weak __fini_array_end",
    ".hidden __preinit_array_start",
    ".hidden __preinit_array_end",
    ".hidden __init_array_start",
    ".hidden __init_array_end",
    ".hidden __fini_array_start",
    ".hidden __fini_array_end",
    "__rcc_array_bounds:",
    ".quad __preinit_array_start, __preinit_array_end",
    ".quad __init_array_start, __init_array_end",
    ".quad __fini_array_start, __fini_array_end",
    ".popsection",
);

unsafe extern "C" {
    static __rcc_array_bounds: [usize; 6];
}

/// Calls each function pointer in `[start, end)` in order.
///
/// # Safety
/// The range must be an array of valid constructor pointers.
pub unsafe fn run_forward(start: usize, end: usize) {
    let mut p = start;
    while p < end {
        // SAFETY: p lies inside the caller's array of function pointers.
        let f = unsafe { *(p as *const usize) };
        if f != 0 && f != usize::MAX {
            // SAFETY: a non-null, non-(-1) entry is a constructor.
            unsafe { core::mem::transmute::<usize, VoidFn>(f)() };
        }
        p += 8;
    }
}

/// Calls each function pointer in `[start, end)` from last to first.
///
/// # Safety
/// As [`run_forward`].
pub unsafe fn run_backward(start: usize, mut end: usize) {
    while end > start {
        end -= 8;
        // SAFETY: end lies inside the caller's array of function pointers.
        let f = unsafe { *(end as *const usize) };
        if f != 0 && f != usize::MAX {
            // SAFETY: a non-null, non-(-1) entry is a destructor.
            unsafe { core::mem::transmute::<usize, VoidFn>(f)() };
        }
    }
}

/// Runs the program's initialisers (static programs) or asks the loader to.
///
/// # Safety
/// Startup only, once.
pub unsafe fn run_init(init: Option<VoidFn>, fini: Option<VoidFn>) {
    // SAFETY: startup is single-threaded; the hooks and bounds were set before this.
    unsafe {
        if let Some(hook) = LOADER_INIT {
            return hook();
        }
        STATIC_FINI = fini;
        let b = &*(&raw const __rcc_array_bounds);
        run_forward(b[0], b[1]);
        if let Some(f) = init {
            f();
        }
        run_forward(b[2], b[3]);
    }
}

/// Runs the program's finalisers, once (a second `exit` from a destructor runs none).
///
/// # Safety
/// Called from `exit` only.
pub unsafe fn run_fini() {
    // SAFETY: exit is serialised; each hook is taken before it runs so it runs once.
    unsafe {
        if let Some(hook) = (*(&raw mut LOADER_FINI)).take() {
            return hook();
        }
        let b = &*(&raw const __rcc_array_bounds);
        let (start, end) = (b[4], b[5]);
        if start != 0 && !FINI_STARTED {
            FINI_STARTED = true;
            run_backward(start, end);
        }
        if let Some(f) = (*(&raw mut STATIC_FINI)).take() {
            f();
        }
    }
}

static mut FINI_STARTED: bool = false;
