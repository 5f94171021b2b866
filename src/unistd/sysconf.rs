//! `sysconf` (POSIX.1-2017 sysconf(); musl: src/conf/sysconf.c). Values follow musl; the
//! run-time ones come from the kernel (page size, CPUs, memory, resource limits).
use crate::abi::errno::EINVAL;
use crate::abi::resource::{RLIM_INFINITY, RLIMIT_NOFILE, RLIMIT_NPROC};
use crate::abi::sysconf::*;
use crate::abi::types::{c_int, c_long};

/// `_POSIX_VERSION`: the answer for every option rcc always supports.
const VER: c_long = 200809;

/// How a name is answered.
enum Answer {
    Fixed(c_long),
    Rlimit(c_int),
    PageSize,
    ProcsConf,
    ProcsOnline,
    PhysPages,
    AvPhysPages,
}

/// The answer for `name`, or `None` when the name is unknown.
fn answer(name: c_int) -> Option<Answer> {
    use Answer::*;
    Some(match name {
        _SC_ARG_MAX => Fixed(131072),
        _SC_CHILD_MAX => Rlimit(RLIMIT_NPROC),
        _SC_OPEN_MAX => Rlimit(RLIMIT_NOFILE),
        _SC_CLK_TCK => Fixed(100),
        _SC_NGROUPS_MAX => Fixed(32),
        _SC_TZNAME_MAX => Fixed(6),
        _SC_JOB_CONTROL | _SC_SAVED_IDS | _SC_XOPEN_UNIX | _SC_XOPEN_ENH_I18N | _SC_XOPEN_SHM
        | _SC_REGEXP | _SC_SHELL | _SC_XBS5_LP64_OFF64 | _SC_V6_LP64_OFF64 | _SC_V7_LP64_OFF64 => {
            Fixed(1)
        }
        _SC_REALTIME_SIGNALS
        | _SC_TIMERS
        | _SC_ASYNCHRONOUS_IO
        | _SC_FSYNC
        | _SC_MAPPED_FILES
        | _SC_MEMLOCK
        | _SC_MEMLOCK_RANGE
        | _SC_MEMORY_PROTECTION
        | _SC_MESSAGE_PASSING
        | _SC_SEMAPHORES
        | _SC_SHARED_MEMORY_OBJECTS
        | _SC_VERSION
        | _SC_2_VERSION
        | _SC_2_C_BIND
        | _SC_THREADS
        | _SC_THREAD_SAFE_FUNCTIONS
        | _SC_THREAD_ATTR_STACKADDR
        | _SC_THREAD_ATTR_STACKSIZE
        | _SC_THREAD_PRIORITY_SCHEDULING
        | _SC_THREAD_PROCESS_SHARED
        | _SC_ADVISORY_INFO
        | _SC_BARRIERS
        | _SC_CLOCK_SELECTION
        | _SC_CPUTIME
        | _SC_THREAD_CPUTIME
        | _SC_MONOTONIC_CLOCK
        | _SC_READER_WRITER_LOCKS
        | _SC_SPIN_LOCKS
        | _SC_SPAWN
        | _SC_TIMEOUTS
        | _SC_IPV6
        | _SC_RAW_SOCKETS => Fixed(VER),
        _SC_AIO_PRIO_DELTA_MAX | _SC_STREAMS | _SC_XOPEN_STREAMS => Fixed(0),
        _SC_DELAYTIMER_MAX | _SC_SEM_VALUE_MAX => Fixed(0x7fff_ffff),
        _SC_MQ_PRIO_MAX => Fixed(32768),
        _SC_PAGESIZE => PageSize,
        _SC_RTSIG_MAX => Fixed(30),
        _SC_SEM_NSEMS_MAX | _SC_LOGIN_NAME_MAX => Fixed(256),
        _SC_BC_BASE_MAX | _SC_BC_SCALE_MAX => Fixed(99),
        _SC_BC_DIM_MAX | _SC_THREAD_STACK_MIN => Fixed(2048),
        _SC_BC_STRING_MAX => Fixed(1000),
        _SC_COLL_WEIGHTS_MAX => Fixed(2),
        _SC_RE_DUP_MAX | _SC_HOST_NAME_MAX => Fixed(255),
        _SC_IOV_MAX => Fixed(1024),
        _SC_TTY_NAME_MAX => Fixed(32),
        _SC_THREAD_DESTRUCTOR_ITERATIONS => Fixed(4),
        _SC_THREAD_KEYS_MAX => Fixed(128),
        _SC_NPROCESSORS_CONF => ProcsConf,
        _SC_NPROCESSORS_ONLN => ProcsOnline,
        _SC_PHYS_PAGES => PhysPages,
        _SC_AVPHYS_PAGES => AvPhysPages,
        _SC_XOPEN_VERSION | _SC_XOPEN_XCU_VERSION => Fixed(700),
        _SC_NZERO => Fixed(20),
        _SC_SYMLOOP_MAX => Fixed(40),
        // Every other name musl knows has no fixed limit or is unsupported.
        _SC_STREAM_MAX
        | _SC_PRIORITY_SCHEDULING
        | _SC_PRIORITIZED_IO
        | _SC_SYNCHRONIZED_IO
        | _SC_AIO_LISTIO_MAX
        | _SC_AIO_MAX
        | _SC_MQ_OPEN_MAX
        | _SC_SIGQUEUE_MAX
        | _SC_TIMER_MAX
        | _SC_EXPR_NEST_MAX
        | _SC_LINE_MAX
        | _SC_2_C_DEV..=_SC_2_LOCALEDEF
        | _SC_GETGR_R_SIZE_MAX
        | _SC_GETPW_R_SIZE_MAX
        | _SC_THREAD_THREADS_MAX
        | _SC_THREAD_PRIO_INHERIT
        | _SC_THREAD_PRIO_PROTECT
        | _SC_ATEXIT_MAX
        | _SC_PASS_MAX
        | _SC_XOPEN_CRYPT
        | _SC_2_CHAR_TERM
        | _SC_2_UPE..=_SC_XOPEN_XPG4
        | _SC_XBS5_ILP32_OFF32
        | _SC_XBS5_ILP32_OFFBIG
        | _SC_XBS5_LPBIG_OFFBIG
        | _SC_XOPEN_LEGACY..=_SC_XOPEN_REALTIME_THREADS
        | _SC_SPORADIC_SERVER
        | _SC_THREAD_SPORADIC_SERVER
        | _SC_TYPED_MEMORY_OBJECTS
        | _SC_2_PBS..=_SC_2_PBS_TRACK
        | _SC_2_PBS_CHECKPOINT
        | _SC_V6_ILP32_OFF32
        | _SC_V6_ILP32_OFFBIG
        | _SC_V6_LPBIG_OFFBIG
        | _SC_TRACE..=_SC_TRACE_LOG
        | _SC_V7_ILP32_OFF32
        | _SC_V7_ILP32_OFFBIG
        | _SC_V7_LPBIG_OFFBIG
        | _SC_SS_REPL_MAX..=_SC_TRACE_USER_EVENT_MAX
        | _SC_THREAD_ROBUST_PRIO_INHERIT
        | _SC_THREAD_ROBUST_PRIO_PROTECT => Fixed(-1),
        _ => return None,
    })
}

/// The number of CPUs this process may run on.
pub fn online_cpus() -> c_long {
    let mut set = [0u8; 128];
    let n = crate::sys::info::sched_getaffinity(0, &mut set).unwrap_or(0);
    let n: u32 = set.iter().take(n).map(|b| b.count_ones()).sum();
    c_long::from(n.max(1))
}

/// The number of CPUs configured: the ranges in `/sys/devices/system/cpu/possible`
/// (e.g. `0-3,8`), or the online count when that file is unreadable.
// DIFF(musl): musl answers _SC_NPROCESSORS_CONF with the affinity count; rcc counts the
// configured CPUs as glibc does, so a restricted process still sees the whole machine.
pub fn configured_cpus() -> c_long {
    let mut buf = [0u8; 256];
    let Some(text) = crate::sys::info::read_file(c"/sys/devices/system/cpu/possible", &mut buf)
    else {
        return online_cpus();
    };
    let mut count: c_long = 0;
    for range in text.split(|&b| b == b',') {
        let mut ends = range.splitn(2, |&b| b == b'-').map(parse_dec);
        match (ends.next().flatten(), ends.next()) {
            (Some(_), None) => count += 1,
            (Some(a), Some(Some(b))) if b >= a => count += b - a + 1,
            _ => return online_cpus(),
        }
    }
    if count > 0 { count } else { online_cpus() }
}

/// Parses a decimal number, ignoring trailing whitespace.
fn parse_dec(s: &[u8]) -> Option<c_long> {
    let mut v: c_long = 0;
    let mut any = false;
    for &b in s {
        match b {
            b'0'..=b'9' => {
                v = v.checked_mul(10)?.checked_add(c_long::from(b - b'0'))?;
                any = true;
            }
            b'\n' | b' ' => break,
            _ => return None,
        }
    }
    any.then_some(v)
}

/// Total (or available: free plus buffers) memory in pages, from `sysinfo`.
pub fn memory_pages(available: bool, page: c_long) -> c_long {
    let Ok(si) = crate::sys::info::sysinfo() else {
        return -1;
    };
    let mem = if available {
        si.freeram.saturating_add(si.bufferram)
    } else {
        si.totalram
    };
    let bytes = mem.saturating_mul(u64::from(si.mem_unit.max(1)));
    c_long::try_from(bytes / page.max(1) as u64).unwrap_or(c_long::MAX)
}

/// `long sysconf(int name);`
///
/// # Errors
/// `EINVAL` for an unknown `name`. Options and limits without a fixed value return `-1`
/// with `errno` unchanged.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sysconf(name: c_int) -> c_long {
    let page = crate::unistd::getpagesize::page_size() as c_long;
    match answer(name) {
        None => {
            crate::errno::set_errno(EINVAL);
            -1
        }
        Some(Answer::Fixed(v)) => v,
        Some(Answer::PageSize) => page,
        Some(Answer::Rlimit(r)) => match crate::sys::info::prlimit(0, r, None) {
            Ok(l) if l.rlim_cur == RLIM_INFINITY => -1,
            Ok(l) => c_long::try_from(l.rlim_cur).unwrap_or(c_long::MAX),
            Err(_) => -1,
        },
        Some(Answer::ProcsConf) => configured_cpus(),
        Some(Answer::ProcsOnline) => online_cpus(),
        Some(Answer::PhysPages) => memory_pages(false, page),
        Some(Answer::AvPhysPages) => memory_pages(true, page),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpu_ranges() {
        assert_eq!(parse_dec(b"12\n"), Some(12));
        assert_eq!(parse_dec(b"x"), None);
        assert!(configured_cpus() >= online_cpus());
        assert!(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
        assert_eq!(sysconf(_SC_CLK_TCK), 100);
        assert_eq!(sysconf(41), -1);
    }
}
