//! `random`, `srandom`, `initstate`, `setstate` (POSIX; musl: src/prng/random.c).
// DIFF(glibc): the BSD additive feedback generator with musl's seeding (an LCG fills the
// table), so sequences differ from glibc's for the same seed; they match musl's.
use crate::abi::types::{c_char, c_long, c_uint, size_t};
use crate::thread::state::Lock;
use core::cell::UnsafeCell;

/// The generator: `x` points one word past the header word of the current state array;
/// `n` is its degree (0 means a plain LCG in `x[0]`), `i` and `j` the two taps.
struct Gen {
    x: *mut u32,
    n: usize,
    i: usize,
    j: usize,
}

pub(crate) struct Shared {
    pub(crate) lock: Lock,
    g: UnsafeCell<Gen>,
    table: UnsafeCell<[u32; 32]>,
}

// SAFETY: `g` and the state arrays are touched only with `lock` held.
unsafe impl Sync for Shared {}

/// The default table: a header word and degree-31 state equal to `srandom(0)`'s.
const DEFAULT: [u32; 32] = [
    0x00000000, 0x5851f42d, 0xc0b18ccf, 0xcbb5f646, 0xc7033129, 0x30705b04, 0x20fd5db4, 0x9a8b7f78,
    0x502959d8, 0xab894868, 0x6c0356a7, 0x88cdb7ff, 0xb477d43f, 0x70a3a52b, 0xa8e4baf1, 0xfd8341fc,
    0x8ae16fd9, 0x742d2f7a, 0x0d1f0796, 0x76035e09, 0x40f7702c, 0x6fa72ca5, 0xaaa84157, 0x58a0df74,
    0xc74a0364, 0xae533cc4, 0x04185faf, 0x6de3b115, 0x0cab8628, 0xf043bfa4, 0x398150e9, 0x37521657,
];

pub(crate) static S: Shared = Shared {
    lock: Lock::new(),
    g: UnsafeCell::new(Gen {
        x: core::ptr::null_mut(),
        n: 31,
        i: 3,
        j: 0,
    }),
    table: UnsafeCell::new(DEFAULT),
};

/// Runs `f` on the generator with the lock held.
fn with<R>(f: impl FnOnce(&mut Gen) -> R) -> R {
    S.lock.lock();
    // SAFETY: the lock is held, so this is the only reference to the generator.
    let g = unsafe { &mut *S.g.get() };
    if g.x.is_null() {
        g.x = S.table.get().cast::<u32>().wrapping_add(1);
    }
    let r = f(g);
    S.lock.unlock();
    r
}

impl Gen {
    /// Writes the header word (degree and taps) before `x` and returns its address.
    ///
    /// # Safety
    /// `x - 1` is writable (true of every state array installed).
    unsafe fn save(&mut self) -> *mut c_char {
        // SAFETY: caller contract.
        unsafe {
            let h = self.x.sub(1);
            h.write_unaligned(((self.n as u32) << 16) | ((self.i as u32) << 8) | self.j as u32);
            h.cast()
        }
    }

    /// Seeds the table: each word is the top half of successive 64-bit LCG states.
    ///
    /// # Safety
    /// `x[0..n]` (at least `x[0]`) is writable.
    unsafe fn seed(&mut self, seed: c_uint) {
        let mut s = seed as u64;
        // SAFETY: caller contract.
        unsafe {
            if self.n == 0 {
                self.x.write_unaligned(seed);
                return;
            }
            self.i = if self.n == 31 || self.n == 7 { 3 } else { 1 };
            self.j = 0;
            for k in 0..self.n {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1);
                self.x.add(k).write_unaligned((s >> 32) as u32);
            }
            let x0 = self.x.read_unaligned();
            self.x.write_unaligned(x0 | 1);
        }
    }
}

/// `void srandom(unsigned seed);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn srandom(seed: c_uint) {
    // SAFETY: the installed state array has `n` words.
    with(|g| unsafe { g.seed(seed) })
}

/// `long random(void);` — a value in `0..2^31`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn random() -> c_long {
    // SAFETY: i, j < n index the installed state array.
    with(|g| unsafe {
        if g.n == 0 {
            let v =
                g.x.read_unaligned()
                    .wrapping_mul(1103515245)
                    .wrapping_add(12345)
                    & 0x7fff_ffff;
            g.x.write_unaligned(v);
            return v as c_long;
        }
        let xi = g.x.add(g.i);
        let v = xi
            .read_unaligned()
            .wrapping_add(g.x.add(g.j).read_unaligned());
        xi.write_unaligned(v);
        g.i = if g.i + 1 == g.n { 0 } else { g.i + 1 };
        g.j = if g.j + 1 == g.n { 0 } else { g.j + 1 };
        (v >> 1) as c_long
    })
}

/// `char *initstate(unsigned seed, char *state, size_t size);`
///
/// Installs `state` (`size` bytes: 8 to 255 select degrees 0, 7, 15, 31, more selects 63),
/// seeds it and returns the previous state, or null if `size < 8`.
///
/// # Safety
/// `state` holds `size` writable bytes and stays valid while it is installed.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn initstate(seed: c_uint, state: *mut c_char, size: size_t) -> *mut c_char {
    if size < 8 {
        return core::ptr::null_mut();
    }
    // SAFETY: the old array keeps its header word; the new one has room for its degree
    // plus the header (size / 4 - 1 >= n words after it).
    with(|g| unsafe {
        let old = g.save();
        g.n = match size {
            0..32 => 0,
            32..64 => 7,
            64..128 => 15,
            128..256 => 31,
            _ => 63,
        };
        g.x = state.cast::<u32>().add(1);
        g.seed(seed);
        g.save();
        old
    })
}

/// `char *setstate(char *state);`
///
/// Reinstalls a state array set up by `initstate`; returns the previous one.
///
/// # Safety
/// `state` was returned by or passed to `initstate` and is still valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setstate(state: *mut c_char) -> *mut c_char {
    // SAFETY: caller contract: the header word describes the array after it.
    with(|g| unsafe {
        let old = g.save();
        let h = state.cast::<u32>().read_unaligned();
        g.x = state.cast::<u32>().add(1);
        // Clamp what a corrupted header could claim.
        g.n = ((h >> 16) as usize).min(63);
        g.i = ((h >> 8) & 0xff) as usize % g.n.max(1);
        g.j = (h & 0xff) as usize % g.n.max(1);
        old
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees_and_restore() {
        let mut big = [0u32; 64];
        // SAFETY: 256 bytes of state, kept alive for the whole test.
        unsafe {
            let old = initstate(1, big.as_mut_ptr().cast(), 256);
            let a: Vec<c_long> = (0..5).map(|_| random()).collect();
            srandom(1);
            let b: Vec<c_long> = (0..5).map(|_| random()).collect();
            assert_eq!(a, b);
            assert!(a.iter().all(|&v| (0..1 << 31).contains(&v)));
            let mine = setstate(old);
            assert_eq!(mine, big.as_mut_ptr().cast());
        }
    }
}
