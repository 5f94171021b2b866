//! Pseudo-random number generators (C17 7.22.2, POSIX `random` and `drand48`; musl: src/prng/).
pub mod drand48;
pub mod lcong48;
pub mod lrand48;
pub mod mrand48;
pub mod rand;
mod rand48;
pub mod rand_r;
pub mod random;
pub mod seed48;
pub mod srand48;
