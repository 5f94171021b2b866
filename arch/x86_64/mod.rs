//! x86_64: raw syscalls, the thread pointer, entry points and relocation types.
pub mod entry;
pub mod reloc;
pub mod syscall;
pub mod tp;
