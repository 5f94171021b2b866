//! Stage 2 of the loader (musl: ldso/dynlink.c __dls2/__dls3): describe libc.so and the
//! program, set up the main thread's TLS, bind every relocation, register the program's
//! constructors and destructors, and jump to its entry point.
use super::dso::Dso;
use super::elf::*;
use crate::abi::auxv::*;
use crate::abi::types::c_char;
use crate::rt::{auxv, init_fini, tls};

static mut LIBC: Dso = Dso::empty();
static mut PROG: Dso = Dso::empty();

/// The loaded modules in search order (program, libc.so); valid once stage 2 has run.
pub fn modules() -> [&'static Dso; 2] {
    // SAFETY: written once during single-threaded start-up, read-only afterwards.
    unsafe { [&*(&raw const PROG), &*(&raw const LIBC)] }
}

fn die(parts: &[&[u8]]) -> ! {
    for p in parts {
        let _ = crate::sys::fs::write_all(2, p);
    }
    let _ = crate::sys::fs::write_all(2, b"\n");
    crate::sys::proc::exit_group(127)
}

/// The bytes of a loader string, measured with a byte loop: `CStr::from_ptr` would call
/// rcc's `strlen`, whose first call runs `cpuid` to pick its kernels, and `cpuid` traps to
/// the hypervisor on cloud VMs (3.6 µs each here). A program that never calls a string
/// function must not pay for that at start-up.
fn c_bytes<'a>(s: *const u8) -> &'a [u8] {
    let mut n = 0;
    // SAFETY: loader strings come from string tables and argv, all NUL-terminated.
    unsafe {
        while *s.add(n) != 0 {
            n += 1;
        }
        core::slice::from_raw_parts(s, n)
    }
}

/// Whether a `DT_NEEDED` name is this library (rcc's libc.so under any of its names).
fn is_libc(name: &[u8]) -> bool {
    let base = name.rsplit(|&c| c == b'/').next().unwrap_or(name);
    base.starts_with(b"libc.so")
        || base.starts_with(b"ld-musl-")
        || base == b"libpthread.so"
        || base == b"libm.so"
}

/// Runs the program's preinit array, `DT_INIT` and init array.
unsafe fn run_program_init() {
    // SAFETY: PROG is complete before __libc_start_main calls this hook.
    unsafe {
        let p = &*(&raw const PROG);
        let v = &p.dyn_vals;
        if v[DT_PREINIT_ARRAY] != 0 {
            let s = p.base + v[DT_PREINIT_ARRAY];
            init_fini::run_forward(s, s + v[DT_PREINIT_ARRAYSZ]);
        }
        if v[DT_INIT] != 0 {
            core::mem::transmute::<usize, init_fini::VoidFn>(p.base + v[DT_INIT])();
        }
        if v[DT_INIT_ARRAY] != 0 {
            let s = p.base + v[DT_INIT_ARRAY];
            init_fini::run_forward(s, s + v[DT_INIT_ARRAYSZ]);
        }
    }
}

/// Runs the program's fini array (backwards) and `DT_FINI`.
unsafe fn run_program_fini() {
    // SAFETY: as run_program_init.
    unsafe {
        let p = &*(&raw const PROG);
        let v = &p.dyn_vals;
        if v[DT_FINI_ARRAY] != 0 {
            let s = p.base + v[DT_FINI_ARRAY];
            init_fini::run_backward(s, s + v[DT_FINI_ARRAYSZ]);
        }
        if v[DT_FINI] != 0 {
            core::mem::transmute::<usize, init_fini::VoidFn>(p.base + v[DT_FINI])();
        }
    }
}

/// Stage 2, entered from stage 1 with libc.so's base and the initial stack pointer.
///
/// # Safety
/// Called once, by `dlstart_c`, after libc.so's relative relocations.
pub unsafe fn run(libc_base: usize, mut sp: *mut usize) -> ! {
    // SAFETY: single-threaded process start; every pointer below comes from the kernel's
    // initial stack, the ELF headers of mapped modules, or mappings made here.
    unsafe {
        let auxv_ptr = super::dlstart::auxv_of(sp) as *mut usize;
        auxv::save(auxv_ptr);
        let libc = &mut *(&raw mut LIBC);
        let eh = libc_base as *const Ehdr;
        libc.init(
            libc_base,
            (libc_base + (*eh).e_phoff as usize) as *const Phdr,
            (*eh).e_phnum as usize,
        );

        let prog = &mut *(&raw mut PROG);
        // How debuggers and dl_iterate_phdr name libc.so: as the kernel or user did.
        let mut libc_name = *sp.add(1) as *const c_char;
        if auxv::aux(AT_BASE) == 0 {
            // Run as a command: `libc.so [--] prog args...`.
            let argc = *sp;
            let mut shift = 1;
            if argc > 1 && c_bytes(*sp.add(2) as *const u8) == b"--" {
                shift = 2;
            }
            if argc <= shift {
                die(&[b"usage: libc.so [--] PROGRAM [ARGS...]"]);
            }
            let path = *sp.add(1 + shift) as *const c_char;
            let fd = match crate::sys::fs::openat(
                crate::abi::fcntl::AT_FDCWD,
                path,
                crate::abi::fcntl::O_RDONLY | crate::abi::fcntl::O_CLOEXEC,
                0,
            ) {
                Ok(fd) => fd,
                Err(_) => die(&[b"libc.so: cannot open ", c_bytes(path as *const u8)]),
            };
            let m = match super::load::map_program(fd) {
                Ok(m) => m,
                Err(_) => die(&[b"libc.so: cannot load ", c_bytes(path as *const u8)]),
            };
            let _ = crate::sys::fs::close(fd);
            // Tell the program (and our own getauxval) what the kernel would have said.
            let mut a = auxv_ptr;
            while *a != AT_NULL {
                match *a {
                    AT_PHDR => *a.add(1) = m.phdr,
                    AT_PHNUM => *a.add(1) = m.phnum,
                    AT_ENTRY => *a.add(1) = m.entry,
                    _ => {}
                }
                a = a.add(2);
            }
            auxv::save(auxv_ptr);
            // Drop our own argv entries: argc moves up to where the last one was.
            *sp.add(shift) = argc - shift;
            sp = sp.add(shift);
            prog.init(m.base, m.phdr as *const Phdr, m.phnum);
        } else {
            let phdr = auxv::aux(AT_PHDR) as *const Phdr;
            let phnum = auxv::aux(AT_PHNUM);
            let hdrs = core::slice::from_raw_parts(phdr, phnum);
            let base = hdrs
                .iter()
                .find(|p| p.p_type == PT_PHDR)
                .map_or(0, |p| phdr as usize - p.p_vaddr as usize);
            prog.init(base, phdr, phnum);
            if let Some(p) = prog.phdr_of(PT_INTERP) {
                libc_name = (base + p.p_vaddr as usize) as *const c_char;
            }
        }
        let entry = auxv::aux(AT_ENTRY);

        let mut other: *const u8 = core::ptr::null();
        prog.for_each_needed(|name| {
            if other.is_null() && !is_libc(c_bytes(name)) {
                other = name;
            }
        });
        if !other.is_null() {
            die(&[
                b"libc.so: ",
                c_bytes(other),
                b": shared libraries other than libc are not supported yet",
            ]);
        }

        // Static TLS: the program's PT_TLS is module 1.
        let module = prog.phdr_of(PT_TLS).map(|p| tls::TlsModule {
            image: (prog.base + p.p_vaddr as usize) as *const u8,
            len: p.p_filesz as usize,
            size: p.p_memsz as usize,
            align: p.p_align as usize,
            offset: 0,
        });
        tls::init_main_thread(module, crate::rt::canary::value());
        if module.is_some() {
            prog.tls_id = 1;
            prog.tls_offset = (*(&raw const tls::MAIN_TLS)).offset;
        }

        // libc.so first (as musl and glibc relocate dependencies before the program): the
        // program's COPY relocations then copy relocated data, and the IFUNC resolvers its
        // relocations call run in a fully relocated libc.so.
        let order: [&Dso; 2] = [&*(&raw const PROG), &*(&raw const LIBC)];
        for (d, skip_relative) in [(&*(&raw const LIBC), true), (&*(&raw const PROG), false)] {
            if let Err(super::reloc::Undefined(name)) =
                super::reloc::relocate(d, &order, skip_relative)
            {
                die(&[b"libc.so: symbol not found: ", c_bytes(name)]);
            }
        }
        // After relocation (`_r_debug` is exported data, reached through the GOT) and
        // before RELRO makes the program's dynamic section read-only.
        super::debug::publish(&*(&raw const PROG), &*(&raw const LIBC), libc_name);
        for d in order {
            let (start, end) = d.relro;
            if end > start {
                let _ = crate::sys::mem::mprotect(start, end - start, crate::abi::mman::PROT_READ);
            }
        }

        init_fini::LOADER_INIT = Some(run_program_init);
        init_fini::LOADER_FINI = Some(run_program_fini);
        crate::rt::start::LOADED_DYNAMICALLY = true;
        crate::arch::entry::enter_program(entry, sp)
    }
}
