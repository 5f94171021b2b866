//! Mapping an ELF program from a file, for `libc.so ./prog` (musl: ldso/dynlink.c map_library).
use super::elf::*;
use crate::abi::mman::*;
use crate::abi::types::c_int;
use crate::sys::{Errno, fs, mem};

const PAGE: usize = 4096;

/// What the kernel would have passed in auxv for a program it mapped.
pub struct Mapped {
    pub base: usize,
    pub phdr: usize,
    pub phnum: usize,
    pub entry: usize,
}

fn prot_of(flags: u32) -> c_int {
    let mut p = 0;
    if flags & PF_R != 0 {
        p |= PROT_READ;
    }
    if flags & PF_W != 0 {
        p |= PROT_WRITE;
    }
    if flags & PF_X != 0 {
        p |= PROT_EXEC;
    }
    p
}

/// Maps the ELF executable open on `fd` (PIE anywhere, non-PIE at its fixed addresses).
///
/// # Safety
/// Non-PIE programs replace whatever is mapped at their addresses.
pub unsafe fn map_program(fd: c_int) -> Result<Mapped, Errno> {
    let bad = Errno(crate::abi::errno::ENOEXEC);
    let mut buf = [0u8; 1024];
    // SAFETY: reading into a local buffer.
    let n = unsafe { fs::read(fd, buf.as_mut_ptr(), buf.len())? };
    if n < core::mem::size_of::<Ehdr>() || buf[..4] != *b"\x7fELF" {
        return Err(bad);
    }
    // SAFETY: the buffer holds at least a full Ehdr; read_unaligned tolerates alignment.
    let eh = unsafe { (buf.as_ptr() as *const Ehdr).read_unaligned() };
    let phnum = eh.e_phnum as usize;
    let phoff = eh.e_phoff as usize;
    if (eh.e_type != ET_DYN && eh.e_type != ET_EXEC)
        || eh.e_phentsize as usize != core::mem::size_of::<Phdr>()
        || phoff + phnum * core::mem::size_of::<Phdr>() > n
    {
        return Err(bad);
    }
    let ph_at = |i: usize| {
        // SAFETY: bounds checked above against the bytes read.
        unsafe {
            (buf.as_ptr().add(phoff + i * core::mem::size_of::<Phdr>()) as *const Phdr)
                .read_unaligned()
        }
    };
    let (mut lo, mut hi) = (usize::MAX, 0);
    for i in 0..phnum {
        let ph = ph_at(i);
        if ph.p_type == PT_LOAD {
            lo = lo.min(ph.p_vaddr as usize & !(PAGE - 1));
            hi = hi.max((ph.p_vaddr + ph.p_memsz) as usize);
        }
    }
    if lo >= hi {
        return Err(bad);
    }
    let span = (hi - lo + PAGE - 1) & !(PAGE - 1);
    let fixed = if eh.e_type == ET_EXEC { MAP_FIXED } else { 0 };
    // SAFETY: reserves address space that only this program will use.
    let start = unsafe {
        mem::mmap(
            if fixed != 0 { lo } else { 0 },
            span,
            PROT_NONE,
            MAP_PRIVATE | MAP_ANONYMOUS | fixed,
            -1,
            0,
        )?
    };
    let base = start - lo;
    let mut phdr = 0;
    for i in 0..phnum {
        let ph = ph_at(i);
        if ph.p_type == PT_PHDR {
            phdr = base + ph.p_vaddr as usize;
        }
        if ph.p_type != PT_LOAD {
            continue;
        }
        let prot = prot_of(ph.p_flags);
        let vaddr = base + ph.p_vaddr as usize;
        let page = vaddr & !(PAGE - 1);
        let file_end = vaddr + ph.p_filesz as usize;
        let mem_end = vaddr + ph.p_memsz as usize;
        let off = ph.p_offset as usize & !(PAGE - 1);
        // SAFETY: every mapping lands inside the reservation made above.
        unsafe {
            if ph.p_filesz > 0 {
                mem::mmap(
                    page,
                    file_end - page,
                    prot,
                    MAP_PRIVATE | MAP_FIXED,
                    fd,
                    off as i64,
                )?;
            }
            if mem_end > file_end {
                // .bss: zero the rest of the last file page, then map zero pages.
                let zero_page_end = (file_end + PAGE - 1) & !(PAGE - 1);
                if ph.p_filesz > 0 && zero_page_end > file_end {
                    let mut p = file_end as *mut u8;
                    while (p as usize) < zero_page_end {
                        p.write(0);
                        p = p.add(1);
                    }
                }
                let anon_start = if ph.p_filesz > 0 { zero_page_end } else { page };
                if mem_end > anon_start {
                    mem::mmap(
                        anon_start,
                        mem_end - anon_start,
                        prot,
                        MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS,
                        -1,
                        0,
                    )?;
                }
            }
            if phdr == 0 && ph.p_offset == 0 {
                phdr = vaddr + phoff;
            }
        }
    }
    Ok(Mapped {
        base,
        phdr,
        phnum,
        entry: base + eh.e_entry as usize,
    })
}
