//! `<sched.h>` (musl: src/sched/).
pub mod affinity;
pub mod sched_cpucount;
pub mod sched_get_priority_max;
pub mod sched_getcpu;
pub mod sched_param;
pub mod sched_rr_get_interval;
pub mod sched_yield;
