//! Named semaphores: `sem_open`, `sem_close`, `sem_unlink` (POSIX; musl:
//! src/thread/sem_open.c, sem_unlink.c). A semaphore `/name` is the file `/dev/shm/name`
//! holding one process-shared `sem_t`, mapped shared. A new one is written in full under a
//! temporary name and then linked into place, so no opener ever sees it half made. As in
//! musl, opening the same semaphore again in a process returns the same address (with a
//! count of opens that `sem_close` undoes).
use super::sem::{Sem, VALUE_MAX};
use super::state::Lock;
use crate::abi::errno::{EEXIST, EINVAL, EMFILE, ENOENT};
use crate::abi::fcntl::{AT_FDCWD, O_CLOEXEC, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDWR};
use crate::abi::mman::{MAP_SHARED, PROT_READ, PROT_WRITE};
use crate::abi::stat::stat;
use crate::abi::types::{c_char, c_int, c_uint, mode_t};
use crate::errno::set_errno;
use crate::mman::shm_open::{BUF, map_name};
use crate::sys::nr::{SYS_fstat, SYS_linkat, SYS_unlinkat};
use crate::sys::{Errno, check, fs, syscall2, syscall3, syscall5};
use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicU32, Ordering};

/// `SEM_NSEMS_MAX`: semaphores one process may have open at once (as musl).
const NSEMS_MAX: usize = 256;
const SIZE: usize = core::mem::size_of::<Sem>();

#[derive(Clone, Copy)]
struct Slot {
    dev: u64,
    ino: u64,
    /// The mapping's address; 0 in a free slot.
    addr: usize,
    /// Opens not yet closed; -1 while reserved by an `sem_open` in progress.
    refs: i32,
}

struct Table(UnsafeCell<[Slot; NSEMS_MAX]>);
// SAFETY: the slots are only touched with LOCK held.
unsafe impl Sync for Table {}

static LOCK: Lock = Lock::new();
static SLOTS: Table = Table(UnsafeCell::new(
    [Slot {
        dev: 0,
        ino: 0,
        addr: 0,
        refs: 0,
    }; NSEMS_MAX],
));

/// Runs `f` on the table with the lock held.
fn with_table<R>(f: impl FnOnce(&mut [Slot; NSEMS_MAX]) -> R) -> R {
    LOCK.lock();
    // SAFETY: LOCK serialises every access to the table.
    let r = f(unsafe { &mut *SLOTS.0.get() });
    LOCK.unlock();
    r
}

/// Maps the semaphore open as `fd`; returns the address and the file's identity.
fn map_fd(fd: c_int) -> Result<(usize, u64, u64), Errno> {
    // SAFETY: all-zero is a valid `struct stat`; the kernel fills it in.
    let mut st: stat = unsafe { core::mem::zeroed() };
    // SAFETY: `st` is writable.
    check(unsafe { syscall2(SYS_fstat, fd as usize, &raw mut st as usize) })?;
    if (st.st_size as usize) < SIZE {
        return Err(Errno(EINVAL));
    }
    // SAFETY: a fresh shared mapping of the file's first bytes.
    let addr =
        unsafe { crate::sys::mem::mmap(0, SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0) }?;
    Ok((addr, st.st_dev, st.st_ino))
}

/// Appends `n` in decimal to `buf` at `at`; returns the new end.
fn put_num(buf: &mut [u8], mut at: usize, mut n: u64) -> usize {
    let mut digits = [0u8; 20];
    let mut k = 0;
    loop {
        digits[k] = b'0' + (n % 10) as u8;
        k += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    while k > 0 {
        k -= 1;
        buf[at] = digits[k];
        at += 1;
    }
    at
}

/// Creates the semaphore at `path` (a NUL-terminated `/dev/shm/...` path): `EEXIST` if
/// something is there already.
fn create(path: &[u8], mode: mode_t, value: c_uint) -> Result<(usize, u64, u64), Errno> {
    static SEQ: AtomicU32 = AtomicU32::new(0);
    let mut tmp = [0u8; 64];
    let prefix = b"/dev/shm/tmp-sem.";
    tmp[..prefix.len()].copy_from_slice(prefix);
    let (fd, tmp) = loop {
        let mut end = put_num(&mut tmp, prefix.len(), crate::sys::proc::gettid() as u64);
        tmp[end] = b'.';
        end = put_num(
            &mut tmp,
            end + 1,
            SEQ.fetch_add(1, Ordering::Relaxed) as u64,
        );
        tmp[end] = 0;
        let flags = O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
        // SAFETY: `tmp` is NUL-terminated.
        match unsafe { fs::openat(AT_FDCWD, tmp.as_ptr() as *const c_char, flags, mode) } {
            Ok(fd) => break (fd, tmp),
            Err(Errno(EEXIST)) => continue,
            Err(e) => return Err(e),
        }
    };
    let sem = Sem::new(value as i32, true);
    // SAFETY: `sem` is a plain 32-byte value.
    let bytes = unsafe { core::slice::from_raw_parts(&raw const sem as *const u8, SIZE) };
    let mapped = fs::write_all(fd, bytes).and_then(|()| map_fd(fd));
    let _ = fs::close(fd);
    // SAFETY: both paths are NUL-terminated.
    let linked = mapped.and_then(|m| {
        check(unsafe {
            syscall5(
                SYS_linkat,
                AT_FDCWD as usize,
                tmp.as_ptr() as usize,
                AT_FDCWD as usize,
                path.as_ptr() as usize,
                0,
            )
        })
        .map(|_| m)
        .inspect_err(|_| {
            // SAFETY: unmapping our own fresh mapping.
            let _ = unsafe { crate::sys::mem::munmap(m.0, SIZE) };
        })
    });
    // SAFETY: `tmp` is NUL-terminated.
    let _ = unsafe { syscall3(SYS_unlinkat, AT_FDCWD as usize, tmp.as_ptr() as usize, 0) };
    linked
}

/// Opens (or creates) the semaphore file and maps it.
fn open_or_create(
    path: &[u8],
    flags: c_int,
    mode: mode_t,
    value: c_uint,
) -> Result<(usize, u64, u64), Errno> {
    loop {
        if flags & O_EXCL == 0 {
            let f = O_RDWR | O_NOFOLLOW | O_CLOEXEC;
            // SAFETY: `path` is NUL-terminated.
            match unsafe { fs::openat(AT_FDCWD, path.as_ptr() as *const c_char, f, 0) } {
                Ok(fd) => {
                    let r = map_fd(fd);
                    let _ = fs::close(fd);
                    return r;
                }
                Err(Errno(ENOENT)) if flags & O_CREAT != 0 => {}
                Err(e) => return Err(e),
            }
        }
        match create(path, mode, value) {
            // Someone else created it meanwhile: open theirs.
            Err(Errno(EEXIST)) if flags & O_EXCL == 0 => continue,
            r => return r,
        }
    }
}

fn open_sem(
    name: *const c_char,
    flags: c_int,
    mode: mode_t,
    value: c_uint,
) -> Result<*mut Sem, Errno> {
    let mut flags = flags & (O_CREAT | O_EXCL);
    if flags & O_CREAT == 0 {
        flags = 0;
    }
    let mut path = [0u8; BUF];
    // SAFETY: the caller guarantees `name`.
    unsafe { map_name(name, &mut path) }?;
    if flags & O_CREAT != 0 && value > VALUE_MAX as c_uint {
        return Err(Errno(EINVAL));
    }
    // Reserve a slot first, so that a full table fails before anything is created.
    let slot = with_table(|t| {
        let i = t.iter().position(|s| s.addr == 0 && s.refs == 0)?;
        t[i].refs = -1;
        Some(i)
    })
    .ok_or(Errno(EMFILE))?;
    let r = open_or_create(&path, flags, mode, value);
    with_table(|t| {
        t[slot].refs = 0;
        let (addr, dev, ino) = r?;
        if let Some(s) = t
            .iter_mut()
            .find(|s| s.addr != 0 && s.dev == dev && s.ino == ino)
        {
            // Already open here: share the first mapping.
            s.refs += 1;
            // SAFETY: unmapping the duplicate mapping made above.
            let _ = unsafe { crate::sys::mem::munmap(addr, SIZE) };
            return Ok(s.addr as *mut Sem);
        }
        t[slot] = Slot {
            dev,
            ino,
            addr,
            refs: 1,
        };
        Ok(addr as *mut Sem)
    })
}

/// `sem_t *sem_open(const char *name, int oflag, ...);` with the optional `mode_t mode,
/// unsigned value` already fetched (src/shim/sem_open.c reads them when `O_CREAT` is set).
///
/// # Safety
/// `name` must be a NUL-terminated string.
///
/// # Errors
/// `SEM_FAILED` (null) and errno: `EINVAL` (bad name, `value > SEM_VALUE_MAX`),
/// `ENAMETOOLONG`, `EEXIST` (`O_CREAT|O_EXCL`), `ENOENT` (no `O_CREAT`), `EMFILE` (256
/// open), `EACCES`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_sem_open(
    name: *const c_char,
    flags: c_int,
    mode: mode_t,
    value: c_uint,
) -> *mut Sem {
    match open_sem(name, flags, mode, value) {
        Ok(s) => s,
        Err(Errno(e)) => {
            set_errno(e);
            core::ptr::null_mut()
        }
    }
}

/// `int sem_close(sem_t *sem);` — unmaps it once every `sem_open` of it is closed.
///
/// # Safety
/// `sem` must come from `sem_open`.
///
/// # Errors
/// `EINVAL` when `sem` is not an open named semaphore.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_close(sem: *mut Sem) -> c_int {
    let found = with_table(|t| {
        let s = t
            .iter_mut()
            .find(|s| s.addr != 0 && s.addr == sem as usize)?;
        s.refs -= 1;
        if s.refs == 0 {
            // SAFETY: the last open of this mapping is being closed.
            let _ = unsafe { crate::sys::mem::munmap(s.addr, SIZE) };
            *s = Slot {
                dev: 0,
                ino: 0,
                addr: 0,
                refs: 0,
            };
        }
        Some(())
    });
    if found.is_none() {
        set_errno(EINVAL);
        return -1;
    }
    0
}

/// `int sem_unlink(const char *name);` — removes the name; open semaphores stay usable.
///
/// # Safety
/// `name` must be a NUL-terminated string.
///
/// # Errors
/// `EINVAL`, `ENAMETOOLONG` for a bad name; `ENOENT`, `EACCES` from `unlink`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_unlink(name: *const c_char) -> c_int {
    let mut path = [0u8; BUF];
    // SAFETY: the caller guarantees `name`; `path` is NUL-terminated on success.
    let r = unsafe { map_name(name, &mut path) }.and_then(|()| {
        // SAFETY: `path` is NUL-terminated.
        check(unsafe { syscall3(SYS_unlinkat, AT_FDCWD as usize, path.as_ptr() as usize, 0) })
    });
    crate::errno::c_ret(r.map(|_| 0), -1)
}

#[cfg(test)]
mod tests {
    use super::put_num;

    #[test]
    fn decimal() {
        let mut b = [0u8; 32];
        let end = put_num(&mut b, 2, 40172);
        assert_eq!(&b[2..end], b"40172");
        assert_eq!(put_num(&mut b, 0, 0), 1);
        assert_eq!(b[0], b'0');
    }
}
