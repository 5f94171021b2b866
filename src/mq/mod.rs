//! POSIX message queues, `<mqueue.h>` (musl: src/mq/): thin layers over the kernel's
//! `mq_*` system calls, plus a helper thread for `SIGEV_THREAD` notification.
pub mod mq_notify;
pub mod mq_open;
pub mod mq_send;
pub mod mq_setattr;
