//! Signals (POSIX <signal.h>, C17 7.14; musl: src/signal/).
pub mod block;
pub mod kill;
pub mod killpg;
pub mod makecontext;
pub mod psignal;
pub mod raise;
pub mod setitimer;
pub mod sigaction;
pub mod sigaddset;
pub mod sigaltstack;
pub mod sigandset;
pub mod sigemptyset;
pub mod sighold;
pub mod siginterrupt;
#[allow(clippy::module_inception)] // musl's src/signal/signal.c
pub mod signal;
pub mod sigpending;
pub mod sigprocmask;
pub mod sigqueue;
pub mod sigrtmin;
pub mod sigset;
pub mod sigsuspend;
pub mod sigtimedwait;
