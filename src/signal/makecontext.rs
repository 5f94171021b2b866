//! `makecontext` (POSIX.1-2001 XSI; glibc: sysdeps/unix/sysv/linux/x86_64/makecontext.c):
//! the non-variadic body behind the C shim src/shim/makecontext.c. musl has none.
use crate::abi::signal::{
    REG_R8, REG_R9, REG_RBX, REG_RCX, REG_RDI, REG_RDX, REG_RIP, REG_RSI, REG_RSP, ucontext_t,
};
use crate::abi::types::c_int;

/// Prepares `ucp` (already filled by `getcontext`) to run `func(args[0..argc])` on
/// `ucp->uc_stack`; when `func` returns, the context trampoline resumes `uc_link`, or
/// exits with status 0 if it is null. Arguments past the sixth go on the new stack.
///
/// # Safety
/// `ucp` must be valid with a usable `uc_stack`; `args` must hold `argc` values.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_makecontext(
    ucp: *mut ucontext_t,
    func: usize,
    argc: c_int,
    args: *const i64,
) {
    let argc = argc.max(0) as usize;
    // SAFETY: the caller guarantees `ucp`, its stack and `args[..argc]`.
    unsafe {
        let uc = &mut *ucp;
        let top = uc.uc_stack.ss_sp as usize + uc.uc_stack.ss_size;
        let on_stack = argc.saturating_sub(6);
        // At entry `func` must see rsp = 8 mod 16, its return address at [rsp] and the
        // extra arguments above it.
        let sp = ((top - on_stack * 8) & !15) - 8;
        let slot = sp as *mut usize;
        slot.write(trampoline());
        for i in 0..on_stack {
            slot.add(1 + i).write(*args.add(6 + i) as usize);
        }
        let g = &mut uc.uc_mcontext.gregs;
        let regs = [REG_RDI, REG_RSI, REG_RDX, REG_RCX, REG_R8, REG_R9];
        for (i, &r) in regs.iter().enumerate().take(argc) {
            g[r as usize] = *args.add(i);
        }
        g[REG_RIP as usize] = func as i64;
        g[REG_RSP as usize] = sp as i64;
        g[REG_RBX as usize] = uc.uc_link as i64;
    }
}

/// The return address planted under `func`.
fn trampoline() -> usize {
    #[cfg(rcc_export)]
    return crate::arch::ucontext::context_trampoline as *const () as usize;
    #[cfg(not(rcc_export))]
    0
}
