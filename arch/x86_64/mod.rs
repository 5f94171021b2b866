//! x86_64: raw syscalls, the thread pointer, entry points and relocation types.
/// The assembler lines that open the string entry `__rcc_<name>` (`string_entry.rs`):
/// its own section (so static links keep only the entries they use), 64-byte alignment,
/// the hidden symbol and its label; in the product library (`rcc_export`) also the C
/// name `<name>` at the same address. Elsewhere tests keep the host's functions.
macro_rules! string_entry {
    ($name:literal) => {
        concat!(string_head!($name), export_c!($name), "__rcc_", $name, ":")
    };
}
/// The assembler lines that open `__rcc_<name>`, a hidden assembly part that entries
/// jump to (no C name): as `string_entry!` without the C name.
macro_rules! string_part {
    ($name:literal) => {
        concat!(string_head!($name), "__rcc_", $name, ":")
    };
}
/// The section, alignment and declaration of the hidden symbol `__rcc_<name>`.
macro_rules! string_head {
    ($name:literal) => {
        concat!(
            ".section .text.__rcc_",
            $name,
            ",\"ax\",@progbits\n",
            ".p2align 6\n",
            ".globl __rcc_",
            $name,
            "\n",
            ".hidden __rcc_",
            $name,
            "\n",
            ".type __rcc_",
            $name,
            ", @function\n",
        )
    };
}
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
            ":\n"
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
pub mod string_cmp_long;
#[cfg(test)]
mod string_cmp_tests;
pub mod string_copy;
pub mod string_entry;
#[cfg(test)]
mod string_entry_tests;
pub mod string_mem;
#[cfg(test)]
mod string_mem_tests;
pub mod string_memchr;
#[cfg(test)]
mod string_random_tests;
pub mod string_scan;
pub mod string_strcmp;
pub mod syscall;
pub mod syscall_cp;
pub mod tp;
pub mod ucontext;
pub mod va_list;
pub mod vfork;
