//! `R_X86_64_IRELATIVE` in static programs: the words whose value an IFUNC resolver picks
//! (in rcc, `time`'s: the vDSO's own function). The dynamic loader applies them in
//! dynamic programs (ldso/reloc.rs); here start-up applies them for a static non-PIE
//! program (the table between `__rela_iplt_start` and `__rela_iplt_end`) and a static PIE
//! (its `DT_RELA` and `DT_JMPREL` tables), before any constructor runs.
use crate::arch::reloc::R_IRELATIVE;
use crate::ldso::elf::{DT_JMPREL, DT_NULL, DT_PLTRELSZ, DT_RELA, DT_RELASZ, Rela};

/// Applies every IRELATIVE entry of the static program.
///
/// # Safety
/// Static start-up only: after the auxiliary vector is saved, before constructors, with
/// the program's relocation targets still writable.
pub unsafe fn apply_static() {
    let (start, end) = crate::arch::entry::iplt_relas();
    // SAFETY: the linker's table of this program, at its link-time addresses (base 0).
    unsafe { apply(0, start, end.saturating_sub(start)) };
    let dynv = crate::arch::entry::own_dynamic();
    if dynv == 0 {
        return;
    }
    let (_, base) = super::start::static_program();
    let (mut rela, mut relasz, mut jmprel, mut pltrelsz) = (0, 0, 0, 0);
    // SAFETY: our own dynamic section: (tag, value) pairs ending in DT_NULL.
    unsafe {
        let mut d = dynv as *const usize;
        while *d != DT_NULL {
            let v = *d.add(1);
            match *d {
                DT_RELA => rela = base + v,
                DT_RELASZ => relasz = v,
                DT_JMPREL => jmprel = base + v,
                DT_PLTRELSZ => pltrelsz = v,
                _ => {}
            }
            d = d.add(2);
        }
        apply(base, rela, relasz);
        apply(base, jmprel, pltrelsz);
    }
}

/// Applies the IRELATIVE entries of the RELA table of `size` bytes at `table`, for a
/// module loaded at `base`: each target becomes what its resolver returns.
///
/// # Safety
/// `table` is a mapped RELA table of that module (or `size` is 0), and its resolvers are
/// functions of this module that take no arguments.
unsafe fn apply(base: usize, table: usize, size: usize) {
    if table == 0 || size == 0 {
        return;
    }
    // SAFETY: as the contract says.
    let relas = unsafe {
        core::slice::from_raw_parts(table as *const Rela, size / core::mem::size_of::<Rela>())
    };
    for r in relas {
        if (r.r_info & 0xffff_ffff) as u32 == R_IRELATIVE {
            let at = (base + r.r_offset as usize) as *mut usize;
            // SAFETY: the addend is the resolver's link-time address; the target is a
            // writable word of the program.
            unsafe {
                let resolver: unsafe extern "C" fn() -> usize =
                    core::mem::transmute(base.wrapping_add(r.r_addend as usize));
                at.write(resolver());
            }
        }
    }
}
