//! Legacy interfaces kept for old programs (musl: src/legacy/).
pub mod cuserid;
pub mod err;
pub mod futimes;
pub mod lutimes;
