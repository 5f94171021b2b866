//! Robust mutexes (POSIX `PTHREAD_MUTEX_ROBUST`; musl: the robust-list parts of
//! src/thread/pthread_mutex_trylock.c, pthread_mutex_unlock.c and pthread_exit.c).
//!
//! Each thread keeps the robust mutexes it holds on a doubly linked list whose head lives
//! in its descriptor and is registered with the kernel (`set_robust_list`). When a thread
//! or process dies holding one, the kernel (or `pthread_exit`, in userspace) marks the lock
//! word `OWNER_DIED` and wakes a waiter, whose lock then returns `EOWNERDEAD`.
//!
//! Lock word (the kernel's robust futex format): owner tid in the low 30 bits, `OWNER_DIED`
//! in bit 30, `WAITERS` in bit 31; tid `NOTREC` marks a mutex that is not recoverable.
use super::pthread_mutex::{ERRORCHECK, Mutex, PI, PSHARED, RECURSIVE};
use crate::abi::errno::{EAGAIN, EBUSY, EDEADLK, EINVAL, ENOTRECOVERABLE, EOWNERDEAD, EPERM};
use crate::abi::errno::{ESRCH, ETIMEDOUT};
use crate::abi::types::c_int;
use crate::rt::thread::Thread;
use crate::sys::futex::{self, Timespec};
use crate::sys::{Errno, nr, syscall2};
use core::mem::offset_of;
use core::sync::atomic::{Ordering, compiler_fence};

pub const TID_MASK: i32 = 0x3fff_ffff;
pub const OWNER_DIED: i32 = 0x4000_0000;
pub const WAITERS: i32 = i32::MIN;
/// The owner field of a mutex unlocked without `pthread_mutex_consistent`.
pub const NOTREC: i32 = TID_MASK;

/// From a list entry (`Mutex::next`) to its lock word, as the kernel adds it.
const FUTEX_OFFSET: isize = offset_of!(Mutex, lock) as isize - offset_of!(Mutex, next) as isize;
// ABI: the kernel adds this to each entry to find the futex word (musl's is the same).
const _: () = assert!(FUTEX_OFFSET == -28);
/// Size of `struct robust_list_head` (next, futex_offset, list_op_pending).
const HEAD_SIZE: usize = 3 * core::mem::size_of::<usize>();

/// The address of `t`'s list head (an empty list points at itself).
fn head_addr(t: *mut Thread) -> usize {
    // SAFETY: only the field's address is taken.
    unsafe { &raw mut (*t).robust_head as usize }
}

/// The entry (`next` field) of `m` as the kernel sees it: bit 0 marks a PI futex.
pub fn entry(m: &Mutex) -> usize {
    m.next.as_ptr() as usize | (m.kind.load(Ordering::Relaxed) & PI != 0) as usize
}

/// Registers the calling thread's list with the kernel, once per thread (again in a
/// forked child, whose tid differs and whose inherited list is stale).
pub fn ensure_registered() {
    let t = crate::rt::thread::current();
    // SAFETY: `t` is the calling thread's descriptor; only it writes these fields.
    unsafe {
        if (*t).robust_tid == (*t).tid {
            return;
        }
        (*t).robust_head = head_addr(t);
        (*t).robust_off = FUTEX_OFFSET;
        (*t).robust_pending = 0;
        // If the kernel lacks robust futexes pthread_mutexattr_setrobust refused already.
        let _ = syscall2(nr::SYS_set_robust_list, head_addr(t), HEAD_SIZE);
        (*t).robust_tid = (*t).tid;
    }
}

/// Records the entry being acquired or released, for the kernel should we die meanwhile.
pub fn set_pending(e: usize) {
    let t = crate::rt::thread::current();
    compiler_fence(Ordering::SeqCst);
    // SAFETY: the calling thread's own descriptor.
    unsafe { core::ptr::write_volatile(&raw mut (*t).robust_pending, e) };
    compiler_fence(Ordering::SeqCst);
}

/// Puts the just-acquired `m` at the head of the calling thread's list.
pub fn link(m: &Mutex) {
    let t = crate::rt::thread::current();
    let head = head_addr(t);
    // SAFETY: the list holds only mutexes this thread owns; their `prev` word sits just
    // below `next`. The kernel reads the list only once this thread is dead.
    unsafe {
        let first = (*t).robust_head;
        m.next.store(first, Ordering::Relaxed);
        m.prev.store(head, Ordering::Relaxed);
        let f = first & !1;
        if f != head {
            (*((f - 8) as *const core::sync::atomic::AtomicUsize))
                .store(entry(m) & !1, Ordering::Relaxed);
        }
        compiler_fence(Ordering::SeqCst);
        core::ptr::write_volatile(&raw mut (*t).robust_head, entry(m));
    }
    compiler_fence(Ordering::SeqCst);
}

/// Takes the owned `m` off the calling thread's list.
pub fn unlink(m: &Mutex) {
    let t = crate::rt::thread::current();
    let prev = m.prev.load(Ordering::Relaxed);
    let next = m.next.load(Ordering::Relaxed);
    // SAFETY: `prev` is the list head or the `next` word of an owned mutex; `next & !1`
    // is the head or an owned mutex's `next` word, with its `prev` word just below.
    unsafe {
        compiler_fence(Ordering::SeqCst);
        core::ptr::write_volatile(prev as *mut usize, next);
        let n = next & !1;
        if n != head_addr(t) {
            (*((n - 8) as *const core::sync::atomic::AtomicUsize)).store(prev, Ordering::Relaxed);
        }
    }
    compiler_fence(Ordering::SeqCst);
}

/// Relocking by the owner: counts a recursive mutex, `EBUSY` otherwise.
pub fn relock(m: &Mutex) -> Result<(), c_int> {
    if m.kind.load(Ordering::Relaxed) & 3 != RECURSIVE {
        return Err(EBUSY);
    }
    if m.count == c_int::MAX {
        return Err(EAGAIN);
    }
    // SAFETY: only the owner touches count.
    unsafe { *(&raw const m.count as *mut c_int) += 1 };
    Ok(())
}

/// The owner side of a successful acquisition that found `OWNER_DIED`.
pub fn owner_dead(m: &Mutex) -> Result<(), c_int> {
    // SAFETY: only the owner touches count.
    unsafe { *(&raw const m.count as *mut c_int) = 0 };
    Err(EOWNERDEAD)
}

/// One attempt; `extra` (WAITERS after contention) is or-ed into the new word.
fn acquire(m: &Mutex, t: *mut Thread, extra: i32) -> Result<(), c_int> {
    // SAFETY: the calling thread's descriptor.
    let me = unsafe { (*t).tid };
    loop {
        let w = m.lock.load(Ordering::Relaxed);
        let own = w & TID_MASK;
        if own == me {
            return relock(m);
        }
        if own == NOTREC {
            return Err(ENOTRECOVERABLE);
        }
        if own != 0 {
            return Err(EBUSY);
        }
        ensure_registered();
        let e = entry(m);
        set_pending(e);
        let new = me | (w & (OWNER_DIED | WAITERS)) | extra;
        if m.lock
            .compare_exchange(w, new, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            set_pending(0);
            continue;
        }
        link(m);
        set_pending(0);
        if w & OWNER_DIED != 0 {
            return owner_dead(m);
        }
        return Ok(());
    }
}

/// `pthread_mutex_trylock` for robust and priority-inheritance mutexes.
pub fn try_lock(m: &Mutex) -> Result<(), c_int> {
    if m.kind.load(Ordering::Relaxed) & PI != 0 {
        return super::pi_mutex::lock(m, None, true);
    }
    acquire(m, crate::rt::thread::current(), 0)
}

/// `pthread_mutex_lock`/`timedlock` for robust and priority-inheritance mutexes.
pub fn lock_until(m: &Mutex, deadline: Option<(&Timespec, bool)>) -> Result<(), c_int> {
    let kind = m.kind.load(Ordering::Relaxed);
    if kind & PI != 0 {
        return super::pi_mutex::lock(m, deadline, false);
    }
    let t = crate::rt::thread::current();
    match acquire(m, t, 0) {
        Err(EBUSY) => {}
        r => return r,
    }
    // SAFETY: the calling thread's descriptor.
    let me = unsafe { (*t).tid };
    if kind & 3 == ERRORCHECK && m.lock.load(Ordering::Relaxed) & TID_MASK == me {
        return Err(EDEADLK);
    }
    if let Some((ts, _)) = deadline
        && !(0..1_000_000_000).contains(&ts.nsec)
    {
        return Err(EINVAL);
    }
    let shared = kind & PSHARED != 0;
    loop {
        let w = m.lock.load(Ordering::Relaxed);
        let own = w & TID_MASK;
        // A relocked normal mutex deadlocks (POSIX): we sleep on our own word.
        if own == 0 || own == NOTREC {
            match acquire(m, t, WAITERS) {
                Err(EBUSY) => continue,
                r => return r,
            }
        }
        if w & WAITERS == 0
            && m.lock
                .compare_exchange(w, w | WAITERS, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            continue;
        }
        match deadline {
            None => futex::wait_in(&m.lock, w | WAITERS, shared),
            Some((ts, realtime)) => {
                if futex::wait_until_in(&m.lock, w | WAITERS, ts, realtime, shared)
                    == Err(Errno(ETIMEDOUT))
                {
                    return Err(ETIMEDOUT);
                }
            }
        }
    }
}

/// `pthread_mutex_unlock` for robust and priority-inheritance mutexes.
pub fn unlock(m: &Mutex) -> Result<(), c_int> {
    let kind = m.kind.load(Ordering::Relaxed);
    if kind & PI != 0 {
        return super::pi_mutex::unlock(m);
    }
    let t = crate::rt::thread::current();
    let w = m.lock.load(Ordering::Relaxed);
    // SAFETY: the calling thread's descriptor.
    if w & TID_MASK != unsafe { (*t).tid } {
        return Err(EPERM);
    }
    if kind & 3 == RECURSIVE && m.count > 0 {
        // SAFETY: only the owner touches count.
        unsafe { *(&raw const m.count as *mut c_int) -= 1 };
        return Ok(());
    }
    // Unlocked while still inconsistent: nobody can ever lock it again.
    let new = if w & OWNER_DIED != 0 { NOTREC } else { 0 };
    set_pending(entry(m));
    unlink(m);
    let old = m.lock.swap(new, Ordering::Release);
    set_pending(0);
    let shared = kind & PSHARED != 0;
    if new == NOTREC {
        futex::wake_in(&m.lock, i32::MAX, shared);
    } else if old & WAITERS != 0 {
        futex::wake_in(&m.lock, 1, shared);
    }
    Ok(())
}

/// `pthread_mutex_consistent`: the owner of an `EOWNERDEAD` mutex declares it usable.
pub fn make_consistent(m: &Mutex) -> Result<(), c_int> {
    let w = m.lock.load(Ordering::Relaxed);
    let own = w & TID_MASK;
    if m.kind.load(Ordering::Relaxed) & super::pthread_mutex::ROBUST == 0
        || own == 0
        || own == NOTREC
        || w & OWNER_DIED == 0
    {
        return Err(EINVAL);
    }
    if own != super::pthread_mutex::my_tid() {
        return Err(EPERM);
    }
    m.lock.fetch_and(!OWNER_DIED, Ordering::Relaxed);
    Ok(())
}

/// At thread exit: marks every robust mutex the thread still holds `OWNER_DIED` and wakes
/// one waiter of each, then unregisters the list. Done here rather than by the kernel
/// because the kernel wakes only process-shared waiters, and a detached thread's
/// descriptor (which holds the list head) is unmapped before the thread dies.
pub fn thread_exit() {
    let t = crate::rt::thread::current();
    // SAFETY: the calling thread's own descriptor; the list holds mutexes it owns.
    unsafe {
        if (*t).robust_tid == 0 || (*t).robust_tid != (*t).tid {
            return;
        }
        let head = head_addr(t);
        let me = (*t).tid;
        loop {
            let e = (*t).robust_head & !1;
            if e == head {
                break;
            }
            let m = &*((e - offset_of!(Mutex, next)) as *const Mutex);
            set_pending(entry(m));
            core::ptr::write_volatile(&raw mut (*t).robust_head, m.next.load(Ordering::Relaxed));
            let kind = m.kind.load(Ordering::Relaxed);
            if kind & PI != 0 {
                super::pi_mutex::owner_exit(m, me);
            } else {
                let mut w = m.lock.load(Ordering::Relaxed);
                while w & TID_MASK == me {
                    match m.lock.compare_exchange(
                        w,
                        OWNER_DIED | (w & WAITERS),
                        Ordering::Release,
                        Ordering::Relaxed,
                    ) {
                        Ok(_) => {
                            if w & WAITERS != 0 {
                                futex::wake_in(&m.lock, 1, kind & PSHARED != 0);
                            }
                            break;
                        }
                        Err(now) => w = now,
                    }
                }
            }
            set_pending(0);
        }
        let _ = syscall2(nr::SYS_set_robust_list, 0, HEAD_SIZE);
        (*t).robust_tid = 0;
    }
}

/// Whether the kernel supports robust futexes (`pthread_mutexattr_setrobust` asks).
pub fn supported() -> Result<(), c_int> {
    let mut head = 0usize;
    let mut len = 0usize;
    // SAFETY: the kernel writes the two locals.
    let r = unsafe {
        crate::sys::syscall3(
            nr::SYS_get_robust_list,
            0,
            &raw mut head as usize,
            &raw mut len as usize,
        )
    };
    match crate::sys::check(r) {
        Err(Errno(e)) if e != ESRCH => Err(e),
        _ => Ok(()),
    }
}
