//! Internal 32-byte block primitives (AVX2) and the lazy, cached CPU check that selects
//! them; no C counterpart (glibc picks its AVX2 string kernels with IFUNC at load time).
// NOTE: like simd.rs, this names x86_64 intrinsics outside src/arch.rs until the kernels
// move under arch/x86_64/.
#![cfg(target_arch = "x86_64")]

use core::arch::x86_64::{
    __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_load_si256, _mm256_loadu_si256,
    _mm256_min_epu8, _mm256_movemask_epi8, _mm256_or_si256, _mm256_set1_epi8, _mm256_setzero_si256,
    _mm256_store_si256, _mm256_storeu_si256, _mm256_xor_si256,
};
use core::sync::atomic::{AtomicU8, AtomicU64, Ordering};

/// Bytes in one block.
pub(crate) const V: usize = 32;

/// 0: not checked yet, 1: no AVX2, 2: AVX2 usable, 3: AVX2 usable and the 64-byte
/// AVX-512 kernels (src/string/avx512*.rs) preferred.
pub(crate) static STATE: AtomicU8 = AtomicU8::new(0);

/// The bounds that memchr's assembly entry (`arch/x86_64/string_memchr.rs`) tests `n - 1`
/// against for its paths of up to 32, 128 and 512 bytes: those on the AVX-512 tier, else
/// 0 (no size passes; the path for the rest tests `STATE`). They stand in for a test of
/// `STATE` there: one compare and jump fewer per short call (16 bytes: 2.71 ns against
/// 2.98 in one process, glibc 2.71).
pub(crate) static MEMCHR_BOUNDS: [AtomicU64; 3] = [const { AtomicU64::new(0) }; 3];

/// Stores the check's answer, and the bounds that go with it.
fn set_state(state: u8) {
    // A thread that sees a bound open runs AVX-512 code, which this CPU has either way;
    // tests that force lower tiers (`each_tier`) serialise among themselves.
    for (b, open) in MEMCHR_BOUNDS.iter().zip([32, 128, 512]) {
        b.store(if state == WIDE { open } else { 0 }, Ordering::Relaxed);
    }
    STATE.store(state, Ordering::Relaxed);
}

/// `STATE` once the check has run: no AVX2.
const NONE: u8 = 1;
/// `STATE`: the AVX2 kernels.
pub(crate) const AVX2: u8 = 2;
/// `STATE`: the AVX-512 kernels (AVX2 and BMI2 usable too).
pub(crate) const WIDE: u8 = 3;

/// Whether the AVX2 kernels may run. The first call runs `cpuid` (which traps to the
/// hypervisor on cloud VMs, so never at startup); later calls read the cached answer.
#[inline(always)]
pub(crate) fn usable() -> bool {
    match STATE.load(Ordering::Relaxed) {
        AVX2 | WIDE => true,
        NONE => false,
        _ => detect(),
    }
}

/// Whether the cached answer already says AVX2 is usable: one load and compare, for the
/// entry points' fast path (their slow path calls `usable()`).
#[inline(always)]
pub(crate) fn ready() -> bool {
    STATE.load(Ordering::Relaxed) >= AVX2
}

/// The cached answer (0 before the check): for entry points that pick among the AVX-512
/// kernels (`WIDE`), the AVX2 ones (`AVX2`) and their slow path with one load.
#[inline(always)]
pub(crate) fn tier() -> u8 {
    STATE.load(Ordering::Relaxed)
}

/// `tier()`, running the check first if it has not run yet: for entry points none of
/// whose paths asks `usable()` for some sizes (memcpy of 33 to 64 bytes never did, so a
/// program copying only those never left the SSE code).
#[inline(always)]
pub(crate) fn checked_tier() -> u8 {
    let t = STATE.load(Ordering::Relaxed);
    if t != 0 {
        return t;
    }
    detect();
    STATE.load(Ordering::Relaxed)
}

/// Whether `t` (a `tier()` value) is `WIDE`, with the other tiers marked cold: entry
/// points that test this first reach their AVX-512 kernel with one compare and jump
/// (left alone, LLVM tested `AVX2` first: strlen of 16 bytes took 3.8 ns against 3.3).
#[inline(always)]
pub(crate) fn wide(t: u8) -> bool {
    if t == WIDE {
        return true;
    }
    core::hint::cold_path();
    false
}

/// `p` unchanged, hidden from the optimizer: a kernel that returns its `d` argument
/// through this lets the caller tail-call it instead of saving `d` around the call.
#[inline(always)]
#[allow(clippy::pointers_in_nomem_asm_block)] // the asm touches no memory, only the register
pub(crate) fn opaque<T>(mut p: *mut T) -> *mut T {
    // SAFETY: an empty asm statement that only names the register holding `p`.
    unsafe {
        core::arch::asm!("/* {0} */", inout(reg) p, options(pure, nomem, nostack, preserves_flags))
    };
    p
}

#[cold]
#[inline(never)]
fn detect() -> bool {
    use core::arch::x86_64::{__cpuid, __cpuid_count};
    // Two `cpuid`s (each traps to the hypervisor on cloud VMs: 3.6 us here): leaf 1, and
    // leaf 7 only on a CPU with AVX, whose highest basic leaf is always 0xd or more.
    // SAFETY: cpuid exists on every x86_64 CPU; xgetbv only runs when CPUID.1:ECX.OSXSAVE
    // says the OS enabled it.
    #[allow(unused_unsafe)]
    let state = unsafe {
        let l1 = __cpuid(1);
        if l1.ecx & (3 << 27) == 3 << 27 {
            let l7 = __cpuid_count(7, 0);
            let (lo, _hi): (u32, u32);
            core::arch::asm!("xgetbv", in("ecx") 0u32, out("eax") lo, out("edx") _hi,
                             options(nomem, nostack, preserves_flags));
            // XMM and YMM state saved by the OS; for AVX-512 also the opmask and all of
            // ZMM0-31 (XCR0 bits 5-7).
            let avx512 = l7.ebx & (AVX512_FBWVL | BMI2) == AVX512_FBWVL | BMI2
                && l7.ecx & AVX512_VBMI != 0
                && lo & 0xe6 == 0xe6;
            // Families 0x17 and up are AMD's Zen line (and Hygon's): Zen 4 and later run
            // 512-bit operations at full clock as one macro-op each. Intel (family 6)
            // parts before Sapphire Rapids lower their clock for them, so glibc keeps
            // 32-byte string kernels there and so does rcc.
            let (base, ext) = ((l1.eax >> 8) & 0xf, (l1.eax >> 20) & 0xff);
            let family = if base == 0xf { base + ext } else { base };
            match (
                lo & 6 == 6 && l7.ebx & (1 << 5) != 0,
                avx512 && family >= 0x17,
            ) {
                (true, true) => WIDE,
                (true, false) => AVX2,
                _ => NONE,
            }
        } else {
            NONE
        }
    };
    set_state(state);
    state != NONE
}

/// CPUID.(7,0):EBX bits AVX512F (16), AVX512BW (30) and AVX512VL (31).
const AVX512_FBWVL: u32 = 1 << 16 | 1 << 30 | 1 << 31;

/// CPUID.(7,0):EBX bit BMI2 (8), which the AVX-512 tier also requires (`bzhi` in
/// memcmp's short path); every CPU with AVX-512 has it.
const BMI2: u32 = 1 << 8;

/// CPUID.(7,0):ECX bit AVX512_VBMI (1): byte permutes across a register (memcmp's and
/// strcmp's loops for pointers misaligned to each other, `avx512_shift.rs`).
const AVX512_VBMI: u32 = 1 << 1;

/// Runs `f` once with each tier of kernels this CPU can run forced on (for tests of the
/// entry points: every path, not just the one this CPU prefers). Tests that use it
/// serialise on one lock; others running meanwhile get a correct tier either way.
#[cfg(test)]
pub(crate) fn each_tier(mut f: impl FnMut(u8)) {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _g = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    usable();
    let best = STATE.load(Ordering::Relaxed);
    for t in [NONE, AVX2, WIDE].into_iter().filter(|&t| t <= best) {
        // NONE here only skips the AVX2 kernels: the entry points then take their
        // slow path, which asks `usable()`, so slow paths are tested with NONE set.
        set_state(t);
        f(t);
    }
    set_state(best);
}

/// Loads 32 bytes from a 32-byte aligned address (never crosses a page).
///
/// # Safety
/// AVX2 is usable; `p` is 32-byte aligned and lies in a mapped page.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn load(p: *const u8) -> __m256i {
    // SAFETY: alignment and mapping are the caller's guarantee.
    unsafe { _mm256_load_si256(p.cast()) }
}

/// Loads 32 bytes from any address.
///
/// # Safety
/// AVX2 is usable; `p..p+32` is readable.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn loadu(p: *const u8) -> __m256i {
    // SAFETY: readability is the caller's guarantee.
    unsafe { _mm256_loadu_si256(p.cast()) }
}

/// Stores 32 bytes to any address.
///
/// # Safety
/// AVX2 is usable; `p..p+32` is writable.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn storeu(p: *mut u8, x: __m256i) {
    // SAFETY: writability is the caller's guarantee.
    unsafe { _mm256_storeu_si256(p.cast(), x) }
}

/// Stores 32 bytes to a 32-byte aligned address.
///
/// # Safety
/// AVX2 is usable; `p` is 32-byte aligned and `p..p+32` is writable.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn store(p: *mut u8, x: __m256i) {
    // SAFETY: alignment and writability are the caller's guarantee.
    unsafe { _mm256_store_si256(p.cast(), x) }
}

/// Every byte equal to `c`.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn splat(c: u8) -> __m256i {
    _mm256_set1_epi8(c as i8)
}

/// 0xff where `a` and `b` hold the same byte.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn eq(a: __m256i, b: __m256i) -> __m256i {
    _mm256_cmpeq_epi8(a, b)
}

/// Bytewise unsigned minimum.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn min(a: __m256i, b: __m256i) -> __m256i {
    _mm256_min_epu8(a, b)
}

/// Bitwise or.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn or(a: __m256i, b: __m256i) -> __m256i {
    _mm256_or_si256(a, b)
}

/// Bitwise and.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn and(a: __m256i, b: __m256i) -> __m256i {
    _mm256_and_si256(a, b)
}

/// Bit `i` is the top bit of byte `i`.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn mask(a: __m256i) -> u32 {
    _mm256_movemask_epi8(a) as u32
}

/// Bit `i` set where byte `i` of `a` is zero.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn zero_mask(a: __m256i) -> u32 {
    mask(eq(a, _mm256_setzero_si256()))
}

/// Zero exactly where `a` is zero or equal to the byte in `c`.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) fn nul_or(a: __m256i, c: __m256i) -> __m256i {
    min(a, _mm256_xor_si256(a, c))
}

/// Bits `0..k` set, `k <= 32`.
#[inline(always)]
pub(crate) fn low_bits(k: usize) -> u32 {
    ((1u64 << k) - 1) as u32
}

#[cfg(test)]
mod tests {
    #[test]
    fn detection_is_cached() {
        let a = super::usable();
        assert_eq!(super::usable(), a);
        assert_ne!(super::STATE.load(core::sync::atomic::Ordering::Relaxed), 0);
    }
}
