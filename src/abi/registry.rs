//! Every ABI check list in `abi/`, for `cargo xtask abi-check` (see `check.rs`).
use super::check::Check;
use super::*;

/// All registered constants and types, one slice per block.
pub static ALL: &[&[Check]] = &[
    types::STDDEF,
    types::SYS_TYPES,
    types::STDINT_PTR,
    types::PTHREAD,
    stddef::STRUCTS,
    stdint::TYPEDEFS,
    stdint::CONSTS,
    inttypes::STRUCTS,
    limits::CONSTS,
    float::CONSTS,
    float::FLOATS,
    stdbool::CONSTS,
    errno::CONSTS,
    fcntl::CONSTS,
    fcntl::MORE,
    fcntl::STRUCTS,
    unistd::CONSTS,
    stdlib::CONSTS,
    stdlib::STRUCTS,
    endian::CONSTS,
    elf::TYPEDEFS,
    elf::STRUCTS,
    elf::SIZES,
    elf::CONSTS,
    auxv::CONSTS,
];
