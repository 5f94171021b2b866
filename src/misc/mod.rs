//! Miscellaneous interfaces (musl: src/misc/).
pub mod getauxval;
