//! The `pthread_attr_t` layout rcc uses (musl's: sizes in the first words, flags after),
//! read by pthread_create and the attribute functions (musl: src/internal/pthread_impl.h).
use crate::abi::types::c_int;

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

impl Attr {
    pub const DEFAULT: Attr = Attr {
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
