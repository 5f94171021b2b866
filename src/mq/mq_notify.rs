//! `mq_notify` (POSIX; musl: src/mq/mq_notify.c). `SIGEV_NONE` and `SIGEV_SIGNAL` go to
//! the kernel as they are. For `SIGEV_THREAD` the kernel writes a 32-byte cookie to a
//! netlink socket when a message arrives; a helper thread waits on that socket and calls
//! the notification function (once: a notification is one-shot), or just ends when the
//! registration is removed.
use crate::abi::errno::EINVAL;
use crate::abi::mqueue::mqd_t;
use crate::abi::signal::{SIGEV_THREAD, sigevent, sigval};
use crate::abi::socket::{AF_NETLINK, MSG_NOSIGNAL, MSG_WAITALL, SOCK_CLOEXEC, SOCK_RAW};
use crate::abi::types::{c_int, c_void};
use crate::errno::{c_ret, set_errno};
use crate::sys::nr::SYS_mq_notify;
use crate::sys::{Errno, check, net, syscall2};
use crate::thread::notify_thread;
use core::sync::atomic::AtomicI32;

/// `NOTIFY_COOKIE_LEN`; the kernel sets the last byte to 1 for a message, 2 for removal.
const COOKIE_LEN: usize = 32;
const NOTIFY_WOKENUP: u8 = 1;

type NotifyFn = unsafe extern "C" fn(sigval);

/// What the helper thread copies from `mq_notify`'s frame.
struct Start {
    fd: c_int,
    func: NotifyFn,
    value: sigval,
    ready: AtomicI32,
}

unsafe extern "C" fn helper(arg: *mut c_void) -> *mut c_void {
    // SAFETY: `arg` is the spawner's `Start`, valid until we call `started`.
    let (fd, func, value) = unsafe {
        let s = &*(arg as *const Start);
        let v = (s.fd, s.func, core::ptr::read(&s.value));
        notify_thread::started(&s.ready);
        v
    };
    let mut buf = [0u8; COOKIE_LEN];
    let r = net::recv(fd, &mut buf, MSG_NOSIGNAL | MSG_WAITALL);
    let _ = crate::sys::fs::close(fd);
    if r == Ok(COOKIE_LEN) && buf[COOKIE_LEN - 1] == NOTIFY_WOKENUP {
        // SAFETY: the function the caller registered, with its value.
        unsafe { func(value) };
    }
    core::ptr::null_mut()
}

/// `int mq_notify(mqd_t mqdes, const struct sigevent *sev);` — registers (or with a null
/// `sev` removes) the calling process for notification of a message arriving on an empty
/// queue.
///
/// # Safety
/// `sev` null or valid; for `SIGEV_THREAD` its function and attributes valid.
///
/// # Errors
/// `EBADF`, `EBUSY` (another process is registered), `EINVAL`, and for `SIGEV_THREAD`
/// `EMFILE`/`ENOMEM`/`EAGAIN` when the socket or the thread cannot be made.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_notify(mqdes: mqd_t, sev: *const sigevent) -> c_int {
    // SAFETY: the caller guarantees `sev` null or valid.
    let Some(ev) = (unsafe { sev.as_ref() }) else {
        // SAFETY: a null sigevent removes the registration.
        return c_ret(
            check(unsafe { syscall2(SYS_mq_notify, mqdes as usize, 0) }).map(|_| 0),
            -1,
        );
    };
    if ev.sigev_notify != SIGEV_THREAD {
        // SAFETY: the user's sigevent has the kernel's layout.
        let r = unsafe { syscall2(SYS_mq_notify, mqdes as usize, sev as usize) };
        return c_ret(check(r).map(|_| 0), -1);
    }
    // sigev_notify_function and sigev_notify_attributes follow sigev_notify.
    let Some(func) = (ev.__sev_fields[0] != 0).then(|| {
        // SAFETY: a non-null function pointer from the caller.
        unsafe { core::mem::transmute::<u64, NotifyFn>(ev.__sev_fields[0]) }
    }) else {
        set_errno(EINVAL);
        return -1;
    };
    let attr = ev.__sev_fields[1] as *const crate::thread::pthread_attr::Attr;
    let fd = match net::socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, 0) {
        Ok(fd) => fd,
        Err(Errno(e)) => {
            set_errno(e);
            return -1;
        }
    };
    // Register first: once the helper waits on the socket it cannot be told to stop.
    let cookie = [0u8; COOKIE_LEN];
    // SAFETY: all-zero is a valid sigevent.
    let mut k: sigevent = unsafe { core::mem::zeroed() };
    k.sigev_notify = SIGEV_THREAD;
    k.sigev_signo = fd;
    k.sigev_value = sigval {
        sival_ptr: cookie.as_ptr() as *mut c_void,
    };
    // SAFETY: the kernel reads `k` and copies the cookie it points at.
    if let Err(Errno(e)) =
        check(unsafe { syscall2(SYS_mq_notify, mqdes as usize, &raw const k as usize) })
    {
        let _ = crate::sys::fs::close(fd);
        set_errno(e);
        return -1;
    }
    let start = Start {
        fd,
        func,
        // SAFETY: copying the caller's union bit for bit.
        value: unsafe { core::ptr::read(&ev.sigev_value) },
        ready: AtomicI32::new(0),
    };
    // SAFETY: `attr` is null or the caller's initialised attributes; `helper` calls
    // `started` on `start.ready`.
    let r = unsafe {
        notify_thread::spawn(attr, helper, &raw const start as *mut c_void, &start.ready)
    };
    if let Err(e) = r {
        // SAFETY: removing the registration made above.
        let _ = unsafe { syscall2(SYS_mq_notify, mqdes as usize, 0) };
        let _ = crate::sys::fs::close(fd);
        set_errno(e);
        return -1;
    }
    0
}
