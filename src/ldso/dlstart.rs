//! Stage 1 of the loader: find our own load base and apply our relative relocations
//! (musl: ldso/dlstart.c). Until that is done nothing here may use the GOT, a static that
//! holds an address, a panic, or a compiler-generated `memcpy`; hence raw volatile loops.
use super::elf::{
    DT_NULL, DT_REL, DT_RELA, DT_RELASZ, DT_RELR, DT_RELRSZ, DT_RELSZ, PT_DYNAMIC, Phdr,
};
use crate::abi::auxv::{AT_BASE, AT_PHDR, AT_PHNUM};
use crate::arch::reloc::R_RELATIVE;

/// Where the auxiliary vector starts, given the initial stack pointer (at `argc`).
///
/// # Safety
/// `sp` must be the process's initial stack pointer.
#[inline(always)]
pub unsafe fn auxv_of(sp: *const usize) -> *const usize {
    // SAFETY: the kernel lays out argc, argv[], NULL, envp[], NULL, auxv[].
    unsafe {
        let argc = *sp;
        let mut p = sp.add(argc + 2);
        while *p != 0 {
            p = p.add(1);
        }
        p.add(1)
    }
}

#[inline(always)]
unsafe fn aux_get(auxv: *const usize, key: usize) -> usize {
    let mut p = auxv;
    // SAFETY: AT_NULL-terminated vector.
    unsafe {
        while *p != 0 {
            if *p == key {
                return *p.add(1);
            }
            p = p.add(2);
        }
    }
    0
}

/// The load base of the module whose `_DYNAMIC` is at `dynv`: `AT_BASE` when the kernel
/// loaded us as an interpreter, else derived from the program headers at `AT_PHDR`.
///
/// # Safety
/// `sp` must be the initial stack pointer and `dynv` our own `_DYNAMIC`.
#[inline(always)]
pub unsafe fn find_base(sp: *const usize, dynv: *const usize) -> usize {
    // SAFETY: reads the kernel's auxv and the mapped program headers it points at.
    unsafe {
        let auxv = auxv_of(sp);
        let base = aux_get(auxv, AT_BASE);
        if base != 0 {
            return base;
        }
        let phdr = aux_get(auxv, AT_PHDR) as *const Phdr;
        let n = aux_get(auxv, AT_PHNUM);
        let mut i = 0;
        while i < n {
            let ph = phdr.add(i);
            if (*ph).p_type == PT_DYNAMIC {
                return dynv as usize - (*ph).p_vaddr as usize;
            }
            i += 1;
        }
        0
    }
}

/// Applies the `R_*_RELATIVE` entries (RELA, REL and RELR forms) of the module at `base`.
///
/// # Safety
/// `dynv` must be the module's dynamic section and `base` its load base; the targets are
/// writable (not yet RELRO-protected).
#[inline(always)]
pub unsafe fn relocate_relative(base: usize, dynv: *const usize) {
    let (mut rela, mut relasz, mut rel, mut relsz, mut relr, mut relrsz) = (0, 0, 0, 0, 0, 0);
    // SAFETY: the dynamic section is an array of (tag, value) pairs ending in DT_NULL, and
    // each relocation targets a word inside the module's writable mapping.
    unsafe {
        let mut d = dynv;
        while *d != DT_NULL {
            let v = *d.add(1);
            match *d {
                DT_RELA => rela = base + v,
                DT_RELASZ => relasz = v,
                DT_REL => rel = base + v,
                DT_RELSZ => relsz = v,
                DT_RELR => relr = base + v,
                DT_RELRSZ => relrsz = v,
                _ => {}
            }
            d = d.add(2);
        }
        let mut r = rela as *const usize;
        let end = (rela + relasz) as *const usize;
        while r < end {
            if (*r.add(1) & 0xffff_ffff) as u32 == R_RELATIVE {
                let at = (base + *r) as *mut usize;
                at.write_volatile(base.wrapping_add(*r.add(2)));
            }
            r = r.add(3);
        }
        let mut r = rel as *const usize;
        let end = (rel + relsz) as *const usize;
        while r < end {
            if (*r.add(1) & 0xffff_ffff) as u32 == R_RELATIVE {
                let at = (base + *r) as *mut usize;
                at.write_volatile(at.read_volatile().wrapping_add(base));
            }
            r = r.add(2);
        }
        // RELR: an address entry relocates one word and sets the cursor after it; a bitmap
        // entry (low bit set) relocates the words its bits 1..63 select.
        let mut r = relr as *const usize;
        let end = (relr + relrsz) as *const usize;
        let mut next: *mut usize = core::ptr::null_mut();
        while r < end {
            let entry = *r;
            if entry & 1 == 0 {
                let at = (base + entry) as *mut usize;
                at.write_volatile(at.read_volatile().wrapping_add(base));
                next = at.add(1);
            } else {
                // Only the set bits: the lowest one each step (`tzcnt`, no call).
                let mut bits = entry >> 1;
                while bits != 0 {
                    let at = next.add(bits.trailing_zeros() as usize);
                    at.write_volatile(at.read_volatile().wrapping_add(base));
                    bits &= bits - 1;
                }
                next = next.add(63);
            }
            r = r.add(1);
        }
    }
}

/// Entered from `_dlstart` with the initial stack pointer and our `_DYNAMIC`: relocates
/// libc.so, then enters stage 2 through an opaque pointer so no stage-2 code is hoisted.
///
/// # Safety
/// Only `_dlstart` calls this.
pub unsafe extern "C" fn dlstart_c(sp: *mut usize, dynv: *const usize) -> ! {
    // SAFETY: sp/dynv come straight from the kernel and the linker.
    unsafe {
        let base = find_base(sp, dynv);
        relocate_relative(base, dynv);
        let stage2: unsafe fn(usize, *mut usize) -> ! = core::hint::black_box(super::stage2::run);
        stage2(base, sp)
    }
}

/// `void __rcc_static_pie_relocate(size_t *sp, const size_t *dynv);` — rcrt1's first call
/// in a static PIE: the same self-relocation, for the whole program.
///
/// # Safety
/// Only rcrt1's `_start` calls this, before anything else.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_static_pie_relocate(sp: *mut usize, dynv: *const usize) {
    // SAFETY: as dlstart_c.
    unsafe {
        let base = find_base(sp, dynv);
        relocate_relative(base, dynv);
    }
}
