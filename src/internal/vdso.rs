//! The vDSO: finds `__vdso_clock_gettime`, `__vdso_gettimeofday` and `__vdso_time` in the
//! kernel-provided ELF at `AT_SYSINFO_EHDR`, once, on first use (musl: src/internal/vdso.c).
//! Names are unique in the x86_64 vDSO, so versions (`LINUX_2.6`) are not compared.
use crate::abi::auxv::AT_SYSINFO_EHDR;
use crate::ldso::dso::Dso;
use crate::ldso::elf::{Ehdr, PT_LOAD, Phdr};
use crate::ldso::lookup::{gnu_hash, lookup_in};
use core::sync::atomic::{AtomicUsize, Ordering};

/// Sentinel: looked up, not present.
const ABSENT: usize = 1;

static CLOCK_GETTIME: AtomicUsize = AtomicUsize::new(0);
static GETTIMEOFDAY: AtomicUsize = AtomicUsize::new(0);
static TIME: AtomicUsize = AtomicUsize::new(0);

/// The address of `name` (NUL-terminated) in the vDSO, if there is one.
fn find(name: &[u8]) -> Option<usize> {
    let eh = crate::rt::auxv::get(AT_SYSINFO_EHDR)?;
    if eh == 0 {
        return None;
    }
    // SAFETY: the kernel maps a complete, valid ELF image at AT_SYSINFO_EHDR.
    unsafe {
        let ehdr = &*(eh as *const Ehdr);
        let phdr = (eh + ehdr.e_phoff as usize) as *const Phdr;
        let phnum = ehdr.e_phnum as usize;
        let load = core::slice::from_raw_parts(phdr, phnum)
            .iter()
            .find(|p| p.p_type == PT_LOAD)?;
        let base = eh + load.p_offset as usize - load.p_vaddr as usize;
        let mut dso = Dso::empty();
        dso.init(base, phdr, phnum);
        let sym = lookup_in(&dso, name.as_ptr(), gnu_hash(name.as_ptr()))?;
        Some(base + sym.st_value as usize)
    }
}

/// The cached address in `slot`; the first call looks it up.
#[inline(always)]
fn cached(slot: &AtomicUsize, name: &[u8]) -> Option<usize> {
    match slot.load(Ordering::Relaxed) {
        0 => resolve(slot, name),
        ABSENT => None,
        v => Some(v),
    }
}

#[cold]
#[inline(never)]
fn resolve(slot: &AtomicUsize, name: &[u8]) -> Option<usize> {
    // Racing threads compute the same answer; storing it twice is harmless.
    let v = find(name).unwrap_or(ABSENT);
    slot.store(v, Ordering::Relaxed);
    (v != ABSENT).then_some(v)
}

/// `int __vdso_clock_gettime(clockid_t, struct timespec *)`: returns 0 or `-errno`.
pub type ClockGettime = unsafe extern "C" fn(i32, *mut crate::abi::time::timespec) -> isize;
/// `int __vdso_gettimeofday(struct timeval *, struct timezone *)`.
pub type Gettimeofday = unsafe extern "C" fn(*mut crate::abi::time::timeval, *mut u8) -> isize;
/// `time_t __vdso_time(time_t *)`.
pub type Time = unsafe extern "C" fn(*mut i64) -> i64;

/// The vDSO's `clock_gettime`.
#[inline(always)]
pub fn clock_gettime() -> Option<ClockGettime> {
    // SAFETY: the address is the vDSO's function of this exact C type.
    cached(&CLOCK_GETTIME, b"__vdso_clock_gettime\0").map(|a| unsafe { core::mem::transmute(a) })
}

/// The vDSO's `gettimeofday`.
#[inline(always)]
pub fn gettimeofday() -> Option<Gettimeofday> {
    // SAFETY: as above.
    cached(&GETTIMEOFDAY, b"__vdso_gettimeofday\0").map(|a| unsafe { core::mem::transmute(a) })
}

/// The vDSO's `time`.
#[inline(always)]
pub fn time() -> Option<Time> {
    // SAFETY: as above.
    cached(&TIME, b"__vdso_time\0").map(|a| unsafe { core::mem::transmute(a) })
}

/// The vDSO's `clock_gettime` if an earlier call already looked it up, without looking
/// it up: for a hot path that keeps the lookup out of line (so it needs no stack frame).
#[inline(always)]
pub fn clock_gettime_if_resolved() -> Option<ClockGettime> {
    let v = CLOCK_GETTIME.load(Ordering::Relaxed);
    // SAFETY: as above.
    (v > ABSENT).then(|| unsafe { core::mem::transmute::<usize, ClockGettime>(v) })
}
