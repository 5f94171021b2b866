//! `openlog`, `closelog`, `setlogmask`, `vsyslog` (POSIX.1-2017 <syslog.h>; musl:
//! src/misc/syslog.c). Messages go as datagrams to `/dev/log`; the variadic `syslog` is
//! the C shim in src/shim/syslog.c.
use crate::abi::errno::{ECONNREFUSED, ECONNRESET, ENOTCONN, EPIPE};
use crate::abi::fcntl::{AT_FDCWD, O_CLOEXEC, O_NOCTTY, O_WRONLY};
use crate::abi::socket::{AF_UNIX, SOCK_CLOEXEC, SOCK_DGRAM};
use crate::abi::syslog::{LOG_CONS, LOG_FACMASK, LOG_NDELAY, LOG_PERROR, LOG_PID, LOG_USER};
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;
use crate::errno::{errno, set_errno};
use crate::sys::{Errno, fs, net};
use crate::thread::state::Lock;

unsafe extern "C" {
    /// The printf engine, by its C name (src/stdio/vsnprintf.rs in the product build).
    fn vsnprintf(s: *mut c_char, n: usize, fmt: *const c_char, ap: *mut VaListRaw) -> c_int;
}

struct Log {
    ident: [u8; 32],
    opt: c_int,
    facility: c_int,
    mask: c_int,
    fd: c_int,
}

pub(crate) static LOCK: Lock = Lock::new();
static mut LOG: Log = Log {
    ident: [0; 32],
    opt: 0,
    facility: LOG_USER,
    mask: 0xff,
    fd: -1,
};

/// `struct sockaddr_un` for "/dev/log", trimmed to the path (as musl sends it).
static ADDR: [u8; 11] = *b"\x01\0/dev/log\0";

/// Runs `f` on the logging state under its lock.
fn with_log<R>(f: impl FnOnce(&mut Log) -> R) -> R {
    LOCK.lock();
    // SAFETY: the lock serialises every access to LOG.
    let r = f(unsafe { &mut *(&raw mut LOG) });
    LOCK.unlock();
    r
}

fn connect_log(fd: c_int) -> Result<(), Errno> {
    // SAFETY: ADDR is a complete AF_UNIX address of its own length.
    unsafe { net::connect(fd, ADDR.as_ptr(), ADDR.len() as u32) }
}

fn open_log(log: &mut Log) {
    if let Ok(fd) = net::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0) {
        log.fd = fd;
        let _ = connect_log(fd);
    }
}

/// `int setlogmask(int mask);`: sets the mask of priorities logged (unless 0); returns
/// the previous one.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setlogmask(mask: c_int) -> c_int {
    with_log(|log| {
        let old = log.mask;
        if mask != 0 {
            log.mask = mask;
        }
        old
    })
}

/// `void closelog(void);`: closes the connection to the log.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn closelog() {
    with_log(|log| {
        if log.fd >= 0 {
            let _ = fs::close(log.fd);
        }
        log.fd = -1;
    });
}

/// `void openlog(const char *ident, int opt, int facility);`
///
/// Keeps up to 31 bytes of `ident`, the options and the default facility; connects now
/// with `LOG_NDELAY`.
///
/// # Safety
/// `ident` is null or a C string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn openlog(ident: *const c_char, opt: c_int, facility: c_int) {
    with_log(|log| {
        log.ident = [0; 32];
        if !ident.is_null() {
            for i in 0..31 {
                // SAFETY: `ident` is a C string; reading stops at its NUL.
                let c = unsafe { *ident.add(i) } as u8;
                if c == 0 {
                    break;
                }
                log.ident[i] = c;
            }
        }
        log.opt = opt;
        log.facility = facility;
        if opt & LOG_NDELAY != 0 && log.fd < 0 {
            open_log(log);
        }
    });
}

/// A fixed-size message under construction.
struct Msg {
    buf: [u8; 1024],
    len: usize,
}

impl Msg {
    fn push(&mut self, bytes: &[u8]) {
        for &b in bytes {
            if self.len < self.buf.len() - 1 {
                self.buf[self.len] = b;
                self.len += 1;
            }
        }
    }

    fn num(&mut self, mut v: u64, width: usize, fill: u8) {
        let mut d = [fill; 20];
        let mut i = d.len();
        loop {
            i -= 1;
            d[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        let start = i.min(d.len() - width.min(d.len()));
        self.push(&d[start..]);
    }
}

/// Writes "<pri>Mmm dd hh:mm:ss " (UTC, as musl) and returns where the rest starts.
fn header(m: &mut Msg, priority: c_int) -> usize {
    const MON: &[u8; 36] = b"JanFebMarAprMayJunJulAugSepOctNovDec";
    m.push(b"<");
    m.num(priority as u64, 0, b'0');
    m.push(b">");
    let now =
        crate::time::clock_gettime::now(crate::abi::time::CLOCK_REALTIME).map_or(0, |t| t.tv_sec);
    // SAFETY: an all-zero `tm` is a valid value (a null zone pointer included).
    let mut t: crate::abi::time::tm = unsafe { core::mem::zeroed() };
    if crate::time::gmtime::to_utc(now, &mut t) {
        let mon = (t.tm_mon.clamp(0, 11) * 3) as usize;
        m.push(&MON[mon..mon + 3]);
        m.push(b" ");
        m.num(t.tm_mday as u64, 2, b' ');
        m.push(b" ");
        m.num(t.tm_hour as u64, 2, b'0');
        m.push(b":");
        m.num(t.tm_min as u64, 2, b'0');
        m.push(b":");
        m.num(t.tm_sec as u64, 2, b'0');
    }
    m.push(b" ");
    m.len
}

fn lost_connection(e: Errno) -> bool {
    matches!(e.0, ECONNREFUSED | ECONNRESET | ENOTCONN | EPIPE)
}

/// Formats and sends one message; the caller holds the lock.
///
/// # Safety
/// `message` and `ap` form a valid printf call.
unsafe fn log_one(log: &mut Log, mut priority: c_int, message: *const c_char, ap: *mut VaListRaw) {
    let saved = errno();
    if log.fd < 0 {
        open_log(log);
    }
    if priority & LOG_FACMASK == 0 {
        priority |= log.facility;
    }
    let mut m = Msg {
        buf: [0; 1024],
        len: 0,
    };
    let hlen = header(&mut m, priority);
    let ident_len = log.ident.iter().position(|&c| c == 0).unwrap_or(0);
    m.push(&log.ident[..ident_len]);
    if log.opt & LOG_PID != 0 {
        m.push(b"[");
        m.num(crate::sys::proc::getpid() as u64, 0, b'0');
        m.push(b"]");
    }
    m.push(b": ");
    set_errno(saved);
    let room = m.buf.len() - m.len;
    // SAFETY: `buf[len..]` is writable for `room` bytes; forwarded printf contract.
    let n = unsafe { vsnprintf(m.buf.as_mut_ptr().add(m.len).cast(), room, message, ap) };
    if n >= 0 {
        m.len = if n as usize >= room {
            m.buf.len() - 1
        } else {
            m.len + n as usize
        };
        if m.buf[m.len - 1] != b'\n' {
            m.buf[m.len] = b'\n';
            m.len += 1;
        }
        let text = &m.buf[..m.len];
        let sent = net::send(log.fd, text, 0).or_else(|e| {
            if !lost_connection(e) {
                return Err(e);
            }
            connect_log(log.fd)?;
            net::send(log.fd, text, 0)
        });
        if sent.is_err() && log.opt & LOG_CONS != 0 {
            // SAFETY: a literal path with its NUL.
            let con = unsafe {
                fs::openat(
                    AT_FDCWD,
                    c"/dev/console".as_ptr(),
                    O_WRONLY | O_NOCTTY | O_CLOEXEC,
                    0,
                )
            };
            if let Ok(fd) = con {
                let _ = fs::write_all(fd, &text[hlen..]);
                let _ = fs::close(fd);
            }
        }
        if log.opt & LOG_PERROR != 0 {
            let _ = fs::write_all(2, &text[hlen..]);
        }
    }
    set_errno(saved);
}

/// `void vsyslog(int priority, const char *message, va_list ap);`
///
/// Logs the formatted message (`%m` is `strerror(errno)`) unless `priority` is masked out
/// or has bits beyond facility and level.
///
/// # Safety
/// `message` is a printf format whose conversions match `ap`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vsyslog(priority: c_int, message: *const c_char, ap: *mut VaListRaw) {
    with_log(|log| {
        if log.mask & (1 << (priority & 7)) == 0 || priority & !0x3ff != 0 {
            return;
        }
        // SAFETY: forwarded caller contract.
        unsafe { log_one(log, priority, message, ap) };
    });
}
