//! Entry points with no valid Rust frame: `_dlstart` (libc.so's ELF entry, whether run as a
//! command or as a program's interpreter) and the jump into a loaded program's `_start`.

/// `_dlstart`: the kernel enters here with `%rsp` at `argc`. Passes the initial stack
/// pointer and the run-time address of `_DYNAMIC` to [`crate::ldso::dlstart::dlstart_c`].
/// `_DYNAMIC` is referenced weakly so that `libc.a` members never need it.
#[cfg(rcc_export)]
#[unsafe(naked)]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn _dlstart() -> ! {
    core::arch::naked_asm!(
        ".weak _DYNAMIC",
        ".hidden _DYNAMIC",
        "xor ebp, ebp",
        "mov rdi, rsp",
        "lea rsi, [rip + _DYNAMIC]",
        "and rsp, -16",
        "call {stage1}",
        "hlt",
        stage1 = sym crate::ldso::dlstart::dlstart_c,
    )
}

/// Transfers control to a program's entry point with the stack pointer at `sp` (which
/// points at `argc`), the way the kernel would: `%rdx` = 0 (no loader `fini` to register).
///
/// # Safety
/// `entry` must be a program entry point and `sp` a valid initial process stack.
pub unsafe fn enter_program(entry: usize, sp: *mut usize) -> ! {
    // SAFETY: the caller hands over a valid entry point and stack; nothing returns here.
    unsafe {
        core::arch::asm!(
            "mov rsp, {sp}",
            "xor edx, edx",
            "xor ebp, ebp",
            "jmp {entry}",
            sp = in(reg) sp,
            entry = in(reg) entry,
            options(noreturn)
        )
    }
}

/// Stops the process with no libc help at all (musl's `a_crash`).
#[inline(always)]
pub fn crash() -> ! {
    // SAFETY: `hlt` in user mode raises SIGSEGV; nothing follows.
    unsafe { core::arch::asm!("hlt", options(noreturn, nostack)) }
}

/// The run-time address of the linking module's own `_DYNAMIC`, or 0 in a static non-PIE
/// program (which has none: the weak reference resolves to 0).
#[inline(always)]
pub fn own_dynamic() -> usize {
    let addr: usize;
    // SAFETY: computes an address; nothing is read.
    unsafe {
        core::arch::asm!(
            ".weak _DYNAMIC",
            ".hidden _DYNAMIC",
            "lea {}, [rip + _DYNAMIC]",
            out(reg) addr,
            options(nomem, nostack, preserves_flags)
        )
    };
    addr
}

/// The bounds of a static non-PIE program's `R_*_IRELATIVE` table, which the linker
/// script marks with `__rela_iplt_start`/`__rela_iplt_end`; `(0, 0)` anywhere else (the
/// weak references resolve to 0 in libc.so, PIE and static PIE links).
#[inline(always)]
pub fn iplt_relas() -> (usize, usize) {
    let (start, end): (usize, usize);
    // SAFETY: loads two link-time constants from the GOT (relaxed to immediates by the
    // linker); nothing else is read.
    unsafe {
        core::arch::asm!(
            ".weak __rela_iplt_start",
            ".hidden __rela_iplt_start",
            ".weak __rela_iplt_end",
            ".hidden __rela_iplt_end",
            "mov {s}, [rip + __rela_iplt_start@GOTPCREL]",
            "mov {e}, [rip + __rela_iplt_end@GOTPCREL]",
            s = out(reg) start,
            e = out(reg) end,
            options(pure, readonly, nostack, preserves_flags)
        )
    };
    (start, end)
}
