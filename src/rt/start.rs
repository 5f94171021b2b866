//! `__libc_start_main`: the C runtime's entry from crt1 (musl: src/env/__libc_start_main.c).
use super::init_fini::VoidFn;
use crate::abi::auxv::{AT_PHDR, AT_PHNUM};
use crate::abi::types::{c_char, c_int};
use crate::ldso::elf::{PT_DYNAMIC, PT_PHDR, PT_TLS, Phdr};

pub type MainFn = unsafe extern "C" fn(c_int, *mut *mut c_char, *mut *mut c_char) -> c_int;

/// Set by the dynamic loader once it has installed TLS and relocated everything.
pub static mut LOADED_DYNAMICALLY: bool = false;

/// Saves the environment, auxv and program name; sets up TLS and the canary in static
/// programs (the loader did it already in dynamic ones).
///
/// # Safety
/// Startup only, with the process's initial `envp`.
pub unsafe fn init_libc(envp: *mut *mut c_char, argv0: *mut c_char) {
    // SAFETY: single-threaded startup; envp is the kernel's NULL-terminated array and the
    // auxiliary vector follows its terminator.
    unsafe {
        crate::env::__environ::set(envp);
        let mut p = envp;
        while !(*p).is_null() {
            p = p.add(1);
        }
        super::auxv::save(p.add(1) as *const usize);
        if !LOADED_DYNAMICALLY {
            let canary = super::canary::value();
            super::tls::init_main_thread(static_tls_module(), canary);
            super::irel::apply_static();
        }
        crate::env::__progname::set(argv0);
    }
}

/// A static program's headers (from `AT_PHDR`/`AT_PHNUM`) and its load base: from
/// `PT_PHDR` if present, else from our own `_DYNAMIC` (static PIE); a static non-PIE
/// program has neither and is linked at its run-time addresses (base 0).
pub fn static_program() -> (&'static [Phdr], usize) {
    let phdr = super::auxv::aux(AT_PHDR) as *const Phdr;
    let n = super::auxv::aux(AT_PHNUM);
    if phdr.is_null() {
        return (&[], 0);
    }
    // SAFETY: the kernel's AT_PHDR/AT_PHNUM describe the mapped program headers.
    let phdrs = unsafe { core::slice::from_raw_parts(phdr, n) };
    let mut base = 0;
    for p in phdrs {
        if p.p_type == PT_PHDR {
            base = phdr as usize - p.p_vaddr as usize;
        } else if p.p_type == PT_DYNAMIC && crate::arch::entry::own_dynamic() != 0 {
            base = crate::arch::entry::own_dynamic() - p.p_vaddr as usize;
        }
    }
    (phdrs, base)
}

/// The static program's `PT_TLS`.
fn static_tls_module() -> Option<super::tls::TlsModule> {
    let (phdrs, base) = static_program();
    phdrs
        .iter()
        .find(|p| p.p_type == PT_TLS)
        .map(|p| super::tls::TlsModule {
            image: (base + p.p_vaddr as usize) as *const u8,
            len: p.p_filesz as usize,
            size: p.p_memsz as usize,
            align: p.p_align as usize,
            offset: 0,
        })
}

/// `int __libc_start_main(int (*main)(int, char **, char **), int argc, char **argv,
/// void (*init)(void), void (*fini)(void), void (*ldso_fini)(void));`
///
/// # Safety
/// Called once by crt1's `_start` with the process's initial arguments.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __libc_start_main(
    main: MainFn,
    argc: c_int,
    argv: *mut *mut c_char,
    init: Option<VoidFn>,
    fini: Option<VoidFn>,
    _ldso_fini: Option<VoidFn>,
) -> c_int {
    // SAFETY: the kernel's argv has argc entries, a NULL, then envp.
    unsafe {
        let envp = argv.add(argc as usize + 1);
        init_libc(envp, *argv);
        super::init_fini::run_init(init, fini);
        crate::exit::exit::exit(main(argc, argv, envp))
    }
}
