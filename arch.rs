//! The one file that names `target_arch`: everything architecture-specific lives under
//! `arch/<name>/` and is re-exported from here.
#[cfg(target_arch = "x86_64")]
#[path = "../arch/x86_64/mod.rs"]
mod imp;

pub use imp::*;
