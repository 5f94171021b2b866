//! Legacy interfaces kept for old programs (musl: src/legacy/).
pub mod futimes;
pub mod lutimes;
