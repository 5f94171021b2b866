//! x86_64: raw syscalls, the thread pointer, entry points and relocation types.
/// In the product library (`rcc_export`), the assembler lines that define and export the
/// C name `$name` at this point (the string entries' `__rcc_<name>` labels get it as an
/// alias: one symbol, one address); elsewhere none, so tests keep the host's functions.
#[cfg(rcc_export)]
macro_rules! export_c {
    ($name:literal) => {
        concat!(
            ".globl ",
            $name,
            "\n.type ",
            $name,
            ", @function\n",
            $name,
            ":"
        )
    };
}
#[cfg(not(rcc_export))]
macro_rules! export_c {
    ($name:literal) => {
        ""
    };
}

pub mod clone;
pub mod entry;
pub mod fpu;
pub mod longdouble;
pub mod reloc;
pub mod setjmp;
pub mod sigrestore;
pub mod string_copy;
pub mod string_entry;
#[cfg(test)]
mod string_entry_tests;
pub mod string_scan;
pub mod syscall;
pub mod syscall_cp;
pub mod tp;
pub mod ucontext;
pub mod va_list;
pub mod vfork;
