//! A loaded module (the program or a shared object) as the loader sees it
//! (musl: ldso/dynlink.c `struct dso`).
use super::elf::*;

pub struct Dso {
    pub base: usize,
    pub phdr: *const Phdr,
    pub phnum: usize,
    pub dynv: *const usize,
    /// Values of dynamic tags below `DYN_CNT`, indexed by tag (0 where absent).
    pub dyn_vals: [usize; DYN_CNT],
    pub gnu_hash: *const u32,
    pub hash: *const u32,
    pub syms: *const Sym,
    pub strings: *const u8,
    /// TLS module id (0: none) and the block's offset below the thread pointer.
    pub tls_id: usize,
    pub tls_offset: usize,
    pub relro: (usize, usize),
}

impl Dso {
    pub const fn empty() -> Dso {
        Dso {
            base: 0,
            phdr: core::ptr::null(),
            phnum: 0,
            dynv: core::ptr::null(),
            dyn_vals: [0; DYN_CNT],
            gnu_hash: core::ptr::null(),
            hash: core::ptr::null(),
            syms: core::ptr::null(),
            strings: core::ptr::null(),
            tls_id: 0,
            tls_offset: 0,
            relro: (0, 0),
        }
    }

    /// Fills in a module mapped at `base` with program headers `phdr[..phnum]`.
    ///
    /// # Safety
    /// The module must be fully mapped and its headers valid.
    pub unsafe fn init(&mut self, base: usize, phdr: *const Phdr, phnum: usize) {
        self.base = base;
        self.phdr = phdr;
        self.phnum = phnum;
        // SAFETY: the caller guarantees the headers and the mapping.
        unsafe {
            let hdrs = core::slice::from_raw_parts(phdr, phnum);
            for ph in hdrs {
                match ph.p_type {
                    PT_DYNAMIC => self.dynv = (base + ph.p_vaddr as usize) as *const usize,
                    PT_GNU_RELRO => {
                        let start = (base + ph.p_vaddr as usize) & !4095;
                        let end = (base + (ph.p_vaddr + ph.p_memsz) as usize) & !4095;
                        self.relro = (start, end);
                    }
                    _ => {}
                }
            }
            if self.dynv.is_null() {
                return;
            }
            let mut d = self.dynv;
            while *d != DT_NULL {
                let (tag, val) = (*d, *d.add(1));
                if tag < DYN_CNT {
                    self.dyn_vals[tag] = val;
                } else if tag == DT_GNU_HASH {
                    self.gnu_hash = (base + val) as *const u32;
                }
                d = d.add(2);
            }
            if self.dyn_vals[DT_HASH] != 0 {
                self.hash = (base + self.dyn_vals[DT_HASH]) as *const u32;
            }
            self.syms = (base + self.dyn_vals[DT_SYMTAB]) as *const Sym;
            self.strings = (base + self.dyn_vals[DT_STRTAB]) as *const u8;
        }
    }

    /// The program headers.
    pub fn phdrs(&self) -> &[Phdr] {
        if self.phdr.is_null() {
            return &[];
        }
        // SAFETY: init recorded a valid header table.
        unsafe { core::slice::from_raw_parts(self.phdr, self.phnum) }
    }

    /// The header of the given type, if any.
    pub fn phdr_of(&self, p_type: u32) -> Option<&Phdr> {
        self.phdrs().iter().find(|p| p.p_type == p_type)
    }

    /// The NUL-terminated string at `off` in the dynamic string table.
    pub fn string(&self, off: usize) -> *const u8 {
        // SAFETY: offsets come from this module's own dynamic entries and symbols.
        unsafe { self.strings.add(off) }
    }

    /// Each `DT_NEEDED` name.
    pub fn for_each_needed(&self, mut f: impl FnMut(*const u8)) {
        if self.dynv.is_null() {
            return;
        }
        let mut d = self.dynv;
        // SAFETY: DT_NULL-terminated dynamic section.
        unsafe {
            while *d != DT_NULL {
                if *d == DT_NEEDED {
                    f(self.string(*d.add(1)));
                }
                d = d.add(2);
            }
        }
    }
}
