//! Priority-inheritance mutexes (POSIX `PTHREAD_PRIO_INHERIT`; musl: the `type&8` paths of
//! src/thread/pthread_mutex_trylock.c, pthread_mutex_timedlock.c, pthread_mutex_unlock.c).
//!
//! The lock word is the kernel's PI futex word (owner tid, `WAITERS`, `OWNER_DIED`): an
//! uncontended lock or unlock is one compare-and-swap; otherwise `FUTEX_LOCK_PI` /
//! `FUTEX_UNLOCK_PI` let the kernel queue waiters and boost the owner's priority. A robust
//! PI mutex also sits on the owner's robust list, tagged as PI for the kernel.
use super::pthread_mutex::{ERRORCHECK, Mutex, PSHARED, ROBUST};
use super::robust::{self, OWNER_DIED, TID_MASK, WAITERS};
use crate::abi::errno::{EAGAIN, EBUSY, EDEADLK, EINTR, EINVAL, ENOSYS, ENOTRECOVERABLE};
use crate::abi::errno::{EPERM, ETIMEDOUT};
use crate::abi::types::c_int;
use crate::sys::futex::{self, Timespec};
use crate::sys::{Errno, check, nr::SYS_futex, syscall4};
use core::sync::atomic::{AtomicI32, Ordering};

const FUTEX_LOCK_PI: usize = 6;
const FUTEX_UNLOCK_PI: usize = 7;
const FUTEX_TRYLOCK_PI: usize = 8;
const FUTEX_LOCK_PI2: usize = 13;
const FUTEX_PRIVATE: usize = 128;

fn private(m: &Mutex) -> usize {
    if m.kind.load(Ordering::Relaxed) & PSHARED != 0 {
        0
    } else {
        FUTEX_PRIVATE
    }
}

fn futex_op(word: &AtomicI32, op: usize, ts: usize) -> Result<usize, Errno> {
    // SAFETY: the kernel reads and writes the lock word and reads the timespec, if any.
    check(unsafe { syscall4(SYS_futex, word.as_ptr() as usize, op, 0, ts) })
}

/// Asks the kernel to lock, sleeping until `deadline`.
fn kernel_lock(m: &Mutex, deadline: Option<(&Timespec, bool)>) -> Result<(), c_int> {
    let p = private(m);
    let r = match deadline {
        None => futex_op(&m.lock, FUTEX_LOCK_PI | p, 0),
        // FUTEX_LOCK_PI measures its timeout on CLOCK_REALTIME.
        Some((ts, true)) => futex_op(&m.lock, FUTEX_LOCK_PI | p, ts as *const _ as usize),
        Some((ts, false)) => match futex_op(&m.lock, FUTEX_LOCK_PI2 | p, ts as *const _ as usize) {
            // Before Linux 5.14: move the deadline to CLOCK_REALTIME.
            Err(Errno(ENOSYS)) => {
                let rt = to_realtime(ts);
                futex_op(&m.lock, FUTEX_LOCK_PI | p, &raw const rt as usize)
            }
            r => r,
        },
    };
    r.map(drop).map_err(|e| e.0)
}

fn to_realtime(mono: &Timespec) -> Timespec {
    use crate::time::clock_gettime::now;
    let (Ok(r), Ok(m)) = (now(0), now(1)) else {
        return Timespec {
            sec: mono.sec,
            nsec: mono.nsec,
        };
    };
    let mut ns = (mono.sec - m.tv_sec) as i128 * 1_000_000_000 + (mono.nsec - m.tv_nsec) as i128;
    ns += r.tv_sec as i128 * 1_000_000_000 + r.tv_nsec as i128;
    let ns = ns.max(0);
    Timespec {
        sec: (ns / 1_000_000_000) as i64,
        nsec: (ns % 1_000_000_000) as i64,
    }
}

/// Sleeps until `deadline` (forever without one): a relocked normal mutex deadlocks.
fn deadlock(deadline: Option<(&Timespec, bool)>) -> Result<(), c_int> {
    let never = AtomicI32::new(0);
    loop {
        match deadline {
            None => futex::wait(&never, 0),
            Some((ts, realtime)) => {
                if futex::wait_until(&never, 0, ts, realtime) == Err(Errno(ETIMEDOUT)) {
                    return Err(ETIMEDOUT);
                }
            }
        }
    }
}

/// Releases a lock held by the caller, through the kernel when someone waits.
fn release(m: &Mutex) {
    let mut w = m.lock.load(Ordering::Relaxed);
    while w & WAITERS == 0 {
        match m
            .lock
            .compare_exchange(w, 0, Ordering::Release, Ordering::Relaxed)
        {
            Ok(_) => return,
            Err(now) => w = now,
        }
    }
    let _ = futex_op(&m.lock, FUTEX_UNLOCK_PI | private(m), 0);
}

/// Locks (`try_only`: one attempt, `EBUSY` when held).
pub fn lock(m: &Mutex, deadline: Option<(&Timespec, bool)>, try_only: bool) -> Result<(), c_int> {
    let t = crate::rt::thread::current();
    // SAFETY: the calling thread's descriptor.
    let me = unsafe { (*t).tid };
    let kind = m.kind.load(Ordering::Relaxed);
    let robust_kind = kind & ROBUST != 0;
    let w = m.lock.load(Ordering::Relaxed);
    if w & TID_MASK == me {
        return match robust::relock(m) {
            Err(EBUSY) if !try_only && kind & 3 == ERRORCHECK => Err(EDEADLK),
            Err(EBUSY) if !try_only => deadlock(deadline),
            r => r,
        };
    }
    if robust_kind && m.notrec.load(Ordering::Relaxed) != 0 {
        return Err(ENOTRECOVERABLE);
    }
    if try_only && w & TID_MASK != 0 {
        return Err(EBUSY);
    }
    if robust_kind {
        robust::ensure_registered();
        robust::set_pending(robust::entry(m));
    }
    let r = if w & TID_MASK == 0
        && m.lock
            .compare_exchange(
                w,
                me | (w & OWNER_DIED),
                Ordering::Acquire,
                Ordering::Relaxed,
            )
            .is_ok()
    {
        Ok(())
    } else if try_only {
        futex_op(&m.lock, FUTEX_TRYLOCK_PI | private(m), 0)
            .map(drop)
            // EAGAIN (held), ESRCH (held by a thread that is gone): busy either way.
            .map_err(|_| EBUSY)
    } else {
        if let Some((ts, _)) = deadline
            && !(0..1_000_000_000).contains(&ts.nsec)
        {
            robust::set_pending(0);
            return Err(EINVAL);
        }
        loop {
            match kernel_lock(m, deadline) {
                // The owner is exiting; the kernel asks us to retry.
                Err(EAGAIN) | Err(EINTR) => continue,
                r => break r,
            }
        }
    };
    if let Err(e) = r {
        if robust_kind {
            robust::set_pending(0);
        }
        return match e {
            EDEADLK if kind & 3 == ERRORCHECK => Err(EDEADLK),
            EBUSY | ETIMEDOUT | EINVAL | ENOSYS => Err(e),
            // A relocked normal mutex, or an owner that died holding a non-robust one
            // (ESRCH): as musl, wait like the deadlock it is.
            _ => deadlock(deadline),
        };
    }
    if robust_kind {
        if m.notrec.load(Ordering::Relaxed) != 0 {
            // Handed over by an owner that gave up on it: pass it on, fail.
            release(m);
            robust::set_pending(0);
            return Err(ENOTRECOVERABLE);
        }
        robust::link(m);
        robust::set_pending(0);
        if m.lock.load(Ordering::Relaxed) & OWNER_DIED != 0 {
            return robust::owner_dead(m);
        }
    } else if m.lock.load(Ordering::Relaxed) & OWNER_DIED != 0 {
        m.lock.fetch_and(!OWNER_DIED, Ordering::Relaxed);
    }
    Ok(())
}

/// Unlocks a PI mutex the caller holds.
pub fn unlock(m: &Mutex) -> Result<(), c_int> {
    let t = crate::rt::thread::current();
    let w = m.lock.load(Ordering::Relaxed);
    // SAFETY: the calling thread's descriptor.
    if w & TID_MASK != unsafe { (*t).tid } {
        return Err(EPERM);
    }
    let kind = m.kind.load(Ordering::Relaxed);
    if kind & 3 == super::pthread_mutex::RECURSIVE && m.count > 0 {
        // SAFETY: only the owner touches count.
        unsafe { *(&raw const m.count as *mut c_int) -= 1 };
        return Ok(());
    }
    if kind & ROBUST != 0 {
        if w & OWNER_DIED != 0 {
            m.notrec.store(1, Ordering::Relaxed);
        }
        robust::set_pending(robust::entry(m));
        robust::unlink(m);
        release(m);
        robust::set_pending(0);
    } else {
        release(m);
    }
    Ok(())
}

/// At thread exit, for a held robust PI mutex: mark it `OWNER_DIED`. Without waiters the
/// word becomes free (the next locker takes it in userspace); with waiters the kernel hands
/// it to the first one when this thread is gone, keeping the mark.
pub fn owner_exit(m: &Mutex, me: i32) {
    let mut w = m.lock.load(Ordering::Relaxed);
    while w & TID_MASK == me {
        let new = if w & WAITERS == 0 {
            OWNER_DIED
        } else {
            w | OWNER_DIED
        };
        match m
            .lock
            .compare_exchange(w, new, Ordering::Release, Ordering::Relaxed)
        {
            Ok(_) => return,
            Err(now) => w = now,
        }
    }
}

/// Whether the kernel supports PI futexes (`pthread_mutexattr_setprotocol` asks once):
/// locks a private word of our own.
pub fn supported() -> Result<(), c_int> {
    static RESULT: AtomicI32 = AtomicI32::new(-1);
    let r = RESULT.load(Ordering::Relaxed);
    if r >= 0 {
        return if r == 0 { Ok(()) } else { Err(r) };
    }
    let word = AtomicI32::new(0);
    let r = match futex_op(&word, FUTEX_LOCK_PI | FUTEX_PRIVATE, 0) {
        Ok(_) => 0,
        Err(Errno(e)) => e,
    };
    RESULT.store(r, Ordering::Relaxed);
    if r == 0 { Ok(()) } else { Err(r) }
}
