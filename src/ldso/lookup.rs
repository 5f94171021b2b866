//! Symbol lookup by GNU hash (or SysV hash) across the loaded modules in search order
//! (musl: ldso/dynlink.c find_sym, gnu_lookup, sysv_lookup).
use super::dso::Dso;
use super::elf::*;

/// The GNU hash of a NUL-terminated name (`h = h * 33 + c`, from 5381).
pub fn gnu_hash(name: *const u8) -> u32 {
    let mut h: u32 = 5381;
    let mut p = name;
    // SAFETY: the name is NUL-terminated.
    unsafe {
        while *p != 0 {
            h = h.wrapping_mul(33).wrapping_add(*p as u32);
            p = p.add(1);
        }
    }
    h
}

/// The SysV ELF hash of a NUL-terminated name.
pub fn sysv_hash(name: *const u8) -> u32 {
    let mut h: u32 = 0;
    let mut p = name;
    // SAFETY: the name is NUL-terminated.
    unsafe {
        while *p != 0 {
            h = (h << 4).wrapping_add(*p as u32);
            h ^= (h >> 24) & 0xf0;
            p = p.add(1);
        }
    }
    h & 0x0fff_ffff
}

fn same_name(a: *const u8, b: *const u8) -> bool {
    let mut i = 0;
    // SAFETY: both strings are NUL-terminated.
    unsafe {
        loop {
            let (x, y) = (*a.add(i), *b.add(i));
            if x != y {
                return false;
            }
            if x == 0 {
                return true;
            }
            i += 1;
        }
    }
}

/// Whether `sym` can satisfy a reference: defined, global or weak, of a data/code type.
fn usable(sym: &Sym) -> bool {
    let bind = sym.st_info >> 4;
    let ty = sym.st_info & 0xf;
    sym.st_shndx != SHN_UNDEF
        && matches!(bind, STB_GLOBAL | STB_WEAK | STB_GNU_UNIQUE)
        && matches!(
            ty,
            STT_NOTYPE | STT_OBJECT | STT_FUNC | STT_COMMON | STT_TLS | STT_GNU_IFUNC
        )
        && (sym.st_value != 0 || ty == STT_TLS)
}

/// Looks `name` up in one module.
pub fn lookup_in(dso: &Dso, name: *const u8, gh: u32) -> Option<&Sym> {
    if dso.syms.is_null() {
        return None;
    }
    // SAFETY: the hash tables and symbol table belong to the mapped module.
    unsafe {
        if !dso.gnu_hash.is_null() {
            let t = dso.gnu_hash;
            let (nbuckets, symoffset, bloom_size, shift) = (*t, *t.add(1), *t.add(2), *t.add(3));
            let bloom = t.add(4) as *const u64;
            let word = *bloom.add(((gh / 64) % bloom_size) as usize);
            let mask = (1u64 << (gh % 64)) | (1u64 << ((gh >> shift) % 64));
            if word & mask != mask {
                return None;
            }
            let buckets = bloom.add(bloom_size as usize) as *const u32;
            let chain = buckets.add(nbuckets as usize);
            let mut i = *buckets.add((gh % nbuckets) as usize);
            if i == 0 {
                return None;
            }
            loop {
                let h = *chain.add((i - symoffset) as usize);
                if (h | 1) == (gh | 1) {
                    let sym = &*dso.syms.add(i as usize);
                    if usable(sym) && same_name(dso.string(sym.st_name as usize), name) {
                        return Some(sym);
                    }
                }
                if h & 1 != 0 {
                    return None;
                }
                i += 1;
            }
        }
        if !dso.hash.is_null() {
            let t = dso.hash;
            let nbucket = *t;
            let chain = t.add(2 + nbucket as usize);
            let mut i = *t.add(2 + (sysv_hash(name) % nbucket) as usize);
            while i != 0 {
                let sym = &*dso.syms.add(i as usize);
                if usable(sym) && same_name(dso.string(sym.st_name as usize), name) {
                    return Some(sym);
                }
                i = *chain.add(i as usize);
            }
        }
    }
    None
}

/// Looks `name` up in `order`, returning the first definition and its module.
pub fn find<'a>(order: &[&'a Dso], name: *const u8) -> Option<(&'a Dso, &'a Sym)> {
    let gh = gnu_hash(name);
    order
        .iter()
        .find_map(|d| lookup_in(d, name, gh).map(|s| (*d, s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_the_gabi_definitions() {
        assert_eq!(gnu_hash(c"".as_ptr().cast()), 5381);
        assert_eq!(gnu_hash(c"printf".as_ptr().cast()), 0x156b_2bb8);
        assert_eq!(sysv_hash(c"printf".as_ptr().cast()), 0x077905a6);
        assert_eq!(sysv_hash(c"".as_ptr().cast()), 0);
    }
}
