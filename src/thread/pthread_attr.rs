//! The `pthread_attr_t` layout rcc uses (musl's: sizes in the first words, flags after),
//! read by pthread_create and the attribute functions (musl: src/internal/pthread_impl.h).
use crate::abi::types::c_int;
use core::sync::atomic::{AtomicUsize, Ordering};

/// `pthread_attr_t`: 56 bytes, 8-aligned.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Attr {
    pub stack_size: usize,
    pub guard_size: usize,
    pub stack_addr: usize,
    pub detach: c_int,
    pub sched: c_int,
    pub policy: c_int,
    pub prio: c_int,
    _reserved: [c_int; 4],
}

const _: () = assert!(core::mem::size_of::<Attr>() == 56);

/// rcc's default thread stack: 8 MiB, glibc's usual default (`ulimit -s`), so code
/// written for glibc does not overflow (musl's 128 KiB crashes such programs). Pages are
/// only committed when touched.
// DIFF(musl): musl defaults to 128 KiB.
pub const DEFAULT_STACK: usize = 8 << 20;
pub const DEFAULT_GUARD: usize = 4096;
/// `PTHREAD_STACK_MIN`.
pub const STACK_MIN: usize = 2048;

/// Largest default a program's `PT_GNU_STACK` may ask for.
const MAX_DEFAULT_STACK: usize = 256 << 20;
static DEFAULT_STACK_SIZE: AtomicUsize = AtomicUsize::new(0);

/// The default stack size: [`DEFAULT_STACK`], raised by the program's `PT_GNU_STACK`
/// `p_memsz` (`ld -z stack-size=N`), the rule musl uses. Computed once, on first use.
pub fn default_stack_size() -> usize {
    let cached = DEFAULT_STACK_SIZE.load(Ordering::Relaxed);
    if cached != 0 {
        return cached;
    }
    let phdr = crate::rt::auxv::aux(crate::abi::auxv::AT_PHDR) as *const crate::ldso::elf::Phdr;
    let n = crate::rt::auxv::aux(crate::abi::auxv::AT_PHNUM);
    let mut size = DEFAULT_STACK;
    if !phdr.is_null() {
        // SAFETY: AT_PHDR/AT_PHNUM describe the program's mapped headers.
        let hdrs = unsafe { core::slice::from_raw_parts(phdr, n) };
        if let Some(p) = hdrs
            .iter()
            .find(|p| p.p_type == crate::ldso::elf::PT_GNU_STACK)
        {
            size = size.max((p.p_memsz as usize).min(MAX_DEFAULT_STACK));
        }
    }
    DEFAULT_STACK_SIZE.store(size, Ordering::Relaxed);
    size
}

impl Attr {
    /// The attributes `pthread_attr_init` gives and `pthread_create(.., NULL, ..)` uses.
    pub fn defaults() -> Attr {
        Attr {
            stack_size: default_stack_size(),
            ..Attr::DEFAULT
        }
    }

    const DEFAULT: Attr = Attr {
        stack_size: DEFAULT_STACK,
        guard_size: DEFAULT_GUARD,
        stack_addr: 0,
        detach: 0,
        sched: 0,
        policy: 0,
        prio: 0,
        _reserved: [0; 4],
    };
}
