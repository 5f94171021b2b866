//! x86_64: raw syscalls, the thread pointer, entry points and relocation types.
pub mod clone;
pub mod entry;
pub mod fpu;
pub mod longdouble;
pub mod reloc;
pub mod setjmp;
pub mod sigrestore;
pub mod string_entry;
pub mod syscall;
pub mod syscall_cp;
pub mod tp;
pub mod ucontext;
pub mod va_list;
pub mod vfork;
