//! The dynamic linker: libc.so is its own `ld.so` (musl: ldso/). Stage 1 (`dlstart`)
//! relocates libc.so itself; stage 2 maps and relocates the program and enters it.
pub mod debug;
pub mod dl_iterate_phdr;
pub mod dlstart;
pub mod dso;
pub mod elf;
pub mod load;
pub mod lookup;
pub mod reloc;
pub mod stage2;
