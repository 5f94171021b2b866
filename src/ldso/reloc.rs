//! Applying a module's dynamic relocations (x86_64 psABI relocation types; musl:
//! ldso/dynlink.c do_relocs).
use super::dso::Dso;
use super::elf::*;
use super::lookup;
use crate::arch::reloc::*;

/// Why relocation failed: the symbol name that no module defines.
pub struct Undefined(pub *const u8);

/// Applies every RELA relocation of `dso` (`DT_RELA` and `DT_JMPREL`, all bound now),
/// resolving symbols in `order`. Relative relocations are skipped when `skip_relative`
/// (stage 1 already applied them to libc.so itself).
///
/// # Safety
/// All modules in `order` are mapped and `dso`'s targets are writable.
pub unsafe fn relocate(dso: &Dso, order: &[&Dso], skip_relative: bool) -> Result<(), Undefined> {
    let v = &dso.dyn_vals;
    // SAFETY: as the function contract says.
    unsafe {
        apply(dso, order, v[DT_RELA], v[DT_RELASZ], skip_relative)?;
        if v[DT_PLTREL] == DT_RELA {
            apply(dso, order, v[DT_JMPREL], v[DT_PLTRELSZ], skip_relative)?;
        }
    }
    Ok(())
}

/// The address a reference of relocation type `ty` binds to for `sym` of `def`: for an
/// IFUNC, what its resolver returns (a COPY copies the object itself, so never an IFUNC).
fn value_of(def: &Dso, sym: &Sym, ty: u32) -> usize {
    let addr = def.base + sym.st_value as usize;
    if sym.st_info & 0xf != STT_GNU_IFUNC || ty == R_COPY {
        return addr;
    }
    // SAFETY: an IFUNC symbol's value is its resolver, a function of the mapped (and by
    // now relocated) module that takes no arguments and returns the implementation.
    unsafe { core::mem::transmute::<usize, unsafe extern "C" fn() -> usize>(addr)() }
}

unsafe fn apply(
    dso: &Dso,
    order: &[&Dso],
    off: usize,
    size: usize,
    skip_relative: bool,
) -> Result<(), Undefined> {
    if off == 0 {
        return Ok(());
    }
    let base = dso.base;
    // SAFETY: the RELA table lies in the module's mapping.
    let relas = unsafe {
        core::slice::from_raw_parts(
            (base + off) as *const Rela,
            size / core::mem::size_of::<Rela>(),
        )
    };
    for r in relas {
        let ty = (r.r_info & 0xffff_ffff) as u32;
        let sym_index = (r.r_info >> 32) as usize;
        let at = (base + r.r_offset as usize) as *mut usize;
        let addend = r.r_addend as usize;
        if ty == R_RELATIVE {
            if !skip_relative {
                // SAFETY: the target is a word in the module's writable mapping.
                unsafe { at.write(base.wrapping_add(addend)) };
            }
            continue;
        }
        if ty == R_NONE {
            continue;
        }
        // Resolve the symbol: (defining module, symbol value, size). COPY searches past
        // the program itself.
        let (def, value, size) = if sym_index == 0 {
            (dso, 0usize, 0usize)
        } else {
            // SAFETY: the symbol index comes from the module's own relocation table.
            let sym = unsafe { &*dso.syms.add(sym_index) };
            let name = dso.string(sym.st_name as usize);
            let local = sym.st_info >> 4 == STB_LOCAL;
            let search: &[&Dso] = if ty == R_COPY { &order[1..] } else { order };
            match if local {
                None
            } else {
                lookup::find(search, name)
            } {
                Some((d, s)) => (d, value_of(d, s, ty), s.st_size as usize),
                None if local => (dso, value_of(dso, sym, ty), sym.st_size as usize),
                None if sym.st_info >> 4 == STB_WEAK => (dso, 0, 0),
                None => return Err(Undefined(name)),
            }
        };
        // SAFETY: each target is a word (or, for COPY, `size` bytes) in the module's
        // writable mapping; COPY's source is the defining module's initialised object.
        unsafe {
            match ty {
                R_64 => at.write(value.wrapping_add(addend)),
                R_GLOB_DAT | R_JUMP_SLOT => at.write(value),
                R_COPY => {
                    let (src, dst) = (value as *const u8, at as *mut u8);
                    let mut i = 0;
                    while i < size {
                        dst.add(i).write(*src.add(i));
                        i += 1;
                    }
                }
                R_DTPMOD64 => at.write(def.tls_id),
                R_DTPOFF64 => at.write(
                    (value - if sym_index == 0 { 0 } else { def.base }).wrapping_add(addend),
                ),
                R_TPOFF64 => {
                    let sym_off = if sym_index == 0 { 0 } else { value - def.base };
                    at.write(sym_off.wrapping_add(addend).wrapping_sub(def.tls_offset));
                }
                R_IRELATIVE => {
                    let resolver: unsafe extern "C" fn() -> usize =
                        core::mem::transmute(base.wrapping_add(addend));
                    at.write(resolver());
                }
                _ => return Err(Undefined(c"(unsupported relocation type)".as_ptr().cast())),
            }
        }
    }
    Ok(())
}
