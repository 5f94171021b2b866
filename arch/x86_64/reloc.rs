//! x86_64 relocation types (System V x86_64 psABI, table "Relocation Types").
pub const R_NONE: u32 = 0;
pub const R_64: u32 = 1;
pub const R_COPY: u32 = 5;
pub const R_GLOB_DAT: u32 = 6;
pub const R_JUMP_SLOT: u32 = 7;
pub const R_RELATIVE: u32 = 8;
pub const R_DTPMOD64: u32 = 16;
pub const R_DTPOFF64: u32 = 17;
pub const R_TPOFF64: u32 = 18;
pub const R_IRELATIVE: u32 = 37;
