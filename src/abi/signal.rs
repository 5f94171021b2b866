//! `<signal.h>` numbers, flags and types for x86_64 (POSIX <signal.h>; musl: include/signal.h,
//! arch/x86_64/bits/signal.h), plus the `ucontext_t` layout of `<ucontext.h>`.
#![allow(non_camel_case_types)]
use super::check::Check;
use super::types::{c_int, c_long, c_uint, c_ulong, c_void, size_t};

abi_consts! { CONSTS, "signal.h";
    pub const SIGHUP: c_int = 1;
    pub const SIGINT: c_int = 2;
    pub const SIGQUIT: c_int = 3;
    pub const SIGILL: c_int = 4;
    pub const SIGTRAP: c_int = 5;
    pub const SIGABRT: c_int = 6;
    pub const SIGIOT: c_int = 6;
    pub const SIGBUS: c_int = 7;
    pub const SIGFPE: c_int = 8;
    pub const SIGKILL: c_int = 9;
    pub const SIGUSR1: c_int = 10;
    pub const SIGSEGV: c_int = 11;
    pub const SIGUSR2: c_int = 12;
    pub const SIGPIPE: c_int = 13;
    pub const SIGALRM: c_int = 14;
    pub const SIGTERM: c_int = 15;
    pub const SIGSTKFLT: c_int = 16;
    pub const SIGCHLD: c_int = 17;
    pub const SIGCONT: c_int = 18;
    pub const SIGSTOP: c_int = 19;
    pub const SIGTSTP: c_int = 20;
    pub const SIGTTIN: c_int = 21;
    pub const SIGTTOU: c_int = 22;
    pub const SIGURG: c_int = 23;
    pub const SIGXCPU: c_int = 24;
    pub const SIGXFSZ: c_int = 25;
    pub const SIGVTALRM: c_int = 26;
    pub const SIGPROF: c_int = 27;
    pub const SIGWINCH: c_int = 28;
    pub const SIGIO: c_int = 29;
    pub const SIGPOLL: c_int = 29;
    pub const SIGPWR: c_int = 30;
    pub const SIGSYS: c_int = 31;
    pub const SIGUNUSED: c_int = 31;
    pub const _NSIG: c_int = 65;
    pub const NSIG: c_int = 65;
    pub const SIG_BLOCK: c_int = 0;
    pub const SIG_UNBLOCK: c_int = 1;
    pub const SIG_SETMASK: c_int = 2;
    pub const SA_NOCLDSTOP: c_int = 1;
    pub const SA_NOCLDWAIT: c_int = 2;
    pub const SA_SIGINFO: c_int = 4;
    pub const SA_ONSTACK: c_int = 0x0800_0000;
    pub const SA_RESTART: c_int = 0x1000_0000;
    pub const SA_NODEFER: c_int = 0x4000_0000;
    pub const SA_RESETHAND: c_uint = 0x8000_0000;
    pub const SA_RESTORER: c_int = 0x0400_0000;
    pub const SA_NOMASK: c_int = SA_NODEFER;
    pub const SA_ONESHOT: c_uint = SA_RESETHAND;
    pub const SA_UNSUPPORTED: c_int = 0x400;
    pub const SA_EXPOSE_TAGBITS: c_int = 0x800;
    pub const SI_ASYNCNL: c_int = -60;
    pub const SI_TKILL: c_int = -6;
    pub const SI_SIGIO: c_int = -5;
    pub const SI_ASYNCIO: c_int = -4;
    pub const SI_MESGQ: c_int = -3;
    pub const SI_TIMER: c_int = -2;
    pub const SI_QUEUE: c_int = -1;
    pub const SI_USER: c_int = 0;
    pub const SI_KERNEL: c_int = 128;
    pub const SIGEV_SIGNAL: c_int = 0;
    pub const SIGEV_NONE: c_int = 1;
    pub const SIGEV_THREAD: c_int = 2;
    pub const SIGEV_THREAD_ID: c_int = 4;
    pub const MINSIGSTKSZ: c_int = 2048;
    pub const SIGSTKSZ: c_int = 8192;
    pub const SS_ONSTACK: c_int = 1;
    pub const SS_DISABLE: c_int = 2;
    pub const SS_AUTODISARM: c_uint = 1 << 31;
    pub const SS_FLAG_BITS: c_uint = SS_AUTODISARM;
    pub const FPE_INTDIV: c_int = 1;
    pub const FPE_INTOVF: c_int = 2;
    pub const FPE_FLTDIV: c_int = 3;
    pub const FPE_FLTOVF: c_int = 4;
    pub const FPE_FLTUND: c_int = 5;
    pub const FPE_FLTRES: c_int = 6;
    pub const FPE_FLTINV: c_int = 7;
    pub const FPE_FLTSUB: c_int = 8;
    pub const ILL_ILLOPC: c_int = 1;
    pub const ILL_ILLOPN: c_int = 2;
    pub const ILL_ILLADR: c_int = 3;
    pub const ILL_ILLTRP: c_int = 4;
    pub const ILL_PRVOPC: c_int = 5;
    pub const ILL_PRVREG: c_int = 6;
    pub const ILL_COPROC: c_int = 7;
    pub const ILL_BADSTK: c_int = 8;
    pub const SEGV_MAPERR: c_int = 1;
    pub const SEGV_ACCERR: c_int = 2;
    pub const SEGV_BNDERR: c_int = 3;
    pub const SEGV_PKUERR: c_int = 4;
    pub const SEGV_MTEAERR: c_int = 8;
    pub const SEGV_MTESERR: c_int = 9;
    pub const BUS_ADRALN: c_int = 1;
    pub const BUS_ADRERR: c_int = 2;
    pub const BUS_OBJERR: c_int = 3;
    pub const BUS_MCEERR_AR: c_int = 4;
    pub const BUS_MCEERR_AO: c_int = 5;
    pub const CLD_EXITED: c_int = 1;
    pub const CLD_KILLED: c_int = 2;
    pub const CLD_DUMPED: c_int = 3;
    pub const CLD_TRAPPED: c_int = 4;
    pub const CLD_STOPPED: c_int = 5;
    pub const CLD_CONTINUED: c_int = 6;
    pub const TRAP_BRKPT: c_int = 1;
    pub const TRAP_TRACE: c_int = 2;
    pub const TRAP_BRANCH: c_int = 3;
    pub const TRAP_HWBKPT: c_int = 4;
    pub const TRAP_UNK: c_int = 5;
    pub const POLL_IN: c_int = 1;
    pub const POLL_OUT: c_int = 2;
    pub const POLL_MSG: c_int = 3;
    pub const POLL_ERR: c_int = 4;
    pub const POLL_PRI: c_int = 5;
    pub const POLL_HUP: c_int = 6;
    pub const SYS_SECCOMP: c_int = 1;
    pub const SYS_USER_DISPATCH: c_int = 2;
}

/// `gregset_t` indices (enumerators in C, so not checkable with `#if`).
pub const REG_R8: c_int = 0;
pub const REG_R9: c_int = 1;
pub const REG_R10: c_int = 2;
pub const REG_R11: c_int = 3;
pub const REG_R12: c_int = 4;
pub const REG_R13: c_int = 5;
pub const REG_R14: c_int = 6;
pub const REG_R15: c_int = 7;
pub const REG_RDI: c_int = 8;
pub const REG_RSI: c_int = 9;
pub const REG_RBP: c_int = 10;
pub const REG_RBX: c_int = 11;
pub const REG_RDX: c_int = 12;
pub const REG_RAX: c_int = 13;
pub const REG_RCX: c_int = 14;
pub const REG_RSP: c_int = 15;
pub const REG_RIP: c_int = 16;
pub const REG_EFL: c_int = 17;
pub const REG_CSGSFS: c_int = 18;
pub const REG_ERR: c_int = 19;
pub const REG_TRAPNO: c_int = 20;
pub const REG_OLDMASK: c_int = 21;
pub const REG_CR2: c_int = 22;

/// Handler values of `sa_handler` that are not functions.
pub const SIG_DFL: usize = 0;
pub const SIG_IGN: usize = 1;
pub const SIG_HOLD: usize = 2;
pub const SIG_ERR: usize = usize::MAX;

/// The first and last real-time signal applications may use (32..=34 are libc's, as in musl).
pub const SIGRTMIN: c_int = 35;
pub const SIGRTMAX: c_int = 64;

abi_structs! { STRUCTS, "signal.h";
    "sigset_t" => pub struct sigset_t { pub __bits: [c_ulong; 16] }
    "union sigval" => pub union sigval { pub sival_int: c_int, pub sival_ptr: *mut c_void }
    "siginfo_t" => pub struct siginfo_t {
        pub si_signo: c_int, pub si_errno: c_int, pub si_code: c_int, pub __si_fields: [u64; 14],
    }
    "struct sigaction" => pub struct sigaction {
        pub sa_handler: usize, pub sa_mask: sigset_t, pub sa_flags: c_int, pub sa_restorer: usize,
    }
    "struct sigevent" => pub struct sigevent {
        pub sigev_value: sigval, pub sigev_signo: c_int, pub sigev_notify: c_int,
        pub __sev_fields: [u64; 6],
    }
    "stack_t" => pub struct stack_t { pub ss_sp: *mut c_void, pub ss_flags: c_int, pub ss_size: size_t }
    "mcontext_t" => pub struct mcontext_t {
        pub gregs: [c_long; 23], pub fpregs: *mut c_void, pub __reserved1: [u64; 8],
    }
    "ucontext_t" => pub struct ucontext_t {
        pub uc_flags: c_ulong, pub uc_link: *mut ucontext_t, pub uc_stack: stack_t,
        pub uc_mcontext: mcontext_t, pub uc_sigmask: sigset_t, pub __fpregs_mem: [u64; 64],
    }
}

/// Offsets of the `siginfo_t`/`sigevent` members that C reaches through macros.
pub static MEMBERS: &[Check] = &[
    Check::Type {
        header: "signal.h",
        c_type: "siginfo_t",
        size: 128,
        align: 8,
        fields: &[
            ("si_pid", 16),
            ("si_uid", 20),
            ("si_timerid", 16),
            ("si_overrun", 20),
            ("si_value", 24),
            ("si_int", 24),
            ("si_ptr", 24),
            ("si_status", 24),
            ("si_utime", 32),
            ("si_stime", 40),
            ("si_addr", 16),
            ("si_addr_lsb", 24),
            ("si_band", 16),
            ("si_fd", 24),
        ],
    },
    Check::Type {
        header: "signal.h",
        c_type: "struct sigevent",
        size: 64,
        align: 8,
        fields: &[
            ("sigev_notify_thread_id", 16),
            ("sigev_notify_function", 16),
            ("sigev_notify_attributes", 24),
        ],
    },
    Check::Type {
        header: "signal.h",
        c_type: "struct sigaction",
        size: 152,
        align: 8,
        fields: &[("sa_sigaction", 0)],
    },
];

/// Byte offsets inside `ucontext_t`, for the context-switching assembly.
pub const UC_GREGS: usize = core::mem::offset_of!(ucontext_t, uc_mcontext);
pub const UC_FPREGS: usize = UC_GREGS + 23 * 8;
pub const UC_SIGMASK: usize = core::mem::offset_of!(ucontext_t, uc_sigmask);
pub const UC_FPMEM: usize = core::mem::offset_of!(ucontext_t, __fpregs_mem);
const _: () = assert!(UC_GREGS == 40 && UC_SIGMASK == 296 && UC_FPMEM == 424);
const _: () = assert!(core::mem::size_of::<ucontext_t>() == 936);
