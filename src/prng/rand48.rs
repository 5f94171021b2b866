//! The `drand48` family's shared state and step (POSIX drand48; musl: src/prng/__rand48_step.c,
//! src/prng/__seed48.c).
use core::cell::UnsafeCell;

/// `Xi` (3 shorts), the multiplier `a` (3 shorts) and the addend `c`, as `lcong48` takes them.
pub struct State(pub UnsafeCell<[u16; 7]>);

// SAFETY: POSIX does not require these functions to be thread-safe; concurrent callers
// race on the state words like musl's do, which can repeat values but not break memory.
unsafe impl Sync for State {}

/// The default multiplier 0x5DEECE66D and addend 0xB; `Xi` starts at 0.
pub const DEFAULT_A_C: [u16; 4] = [0xe66d, 0xdeec, 0x5, 0xb];

pub static STATE: State = State(UnsafeCell::new([0, 0, 0, 0xe66d, 0xdeec, 0x5, 0xb]));

/// The global state words.
pub fn state() -> *mut [u16; 7] {
    STATE.0.get()
}

/// Advances `xi` by `X = (a X + c) mod 2^48` with the global `a` and `c`; returns the new X.
///
/// # Safety
/// `xi` points to 3 writable `unsigned short`s (possibly the global `Xi`).
pub unsafe fn step(xi: *mut u16) -> u64 {
    // SAFETY: `state()` is the static; `xi` is the caller's 3 words.
    unsafe {
        let s = &*state();
        let a = s[3] as u64 | (s[4] as u64) << 16 | (s[5] as u64) << 32;
        let c = s[6] as u64;
        let x = *xi as u64 | (*xi.add(1) as u64) << 16 | (*xi.add(2) as u64) << 32;
        let x = a.wrapping_mul(x).wrapping_add(c) & 0xffff_ffff_ffff;
        *xi = x as u16;
        *xi.add(1) = (x >> 16) as u16;
        *xi.add(2) = (x >> 32) as u16;
        x
    }
}

/// The global `Xi`.
pub fn global_xi() -> *mut u16 {
    state().cast::<u16>()
}
