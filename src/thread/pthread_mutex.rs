//! The `pthread_mutex_t` layout and lock word protocol shared by the mutex functions
//! and condition variables (musl: src/internal/pthread_impl.h `_m_*`).
//!
//! Lock word: 0 = free, else the owner's tid, with `WAITERS` set once someone sleeps
//! (or a condition variable requeued its waiters onto the word, see pthread_cond.rs).
use crate::abi::errno::{EBUSY, EDEADLK, EINVAL, EPERM, ETIMEDOUT};
use crate::abi::types::c_int;
use crate::sys::Errno;
use crate::sys::futex::{self, Timespec};
use core::sync::atomic::{AtomicI32, AtomicUsize, Ordering};

/// `pthread_mutex_t`: 40 bytes, all-zero = a default (normal) mutex. The fields sit
/// where musl keeps `_m_type`, `_m_lock`, `_m_waiters`, `_m_count`, `_m_prev`, `_m_next`.
#[repr(C)]
pub struct Mutex {
    /// Kind (`PTHREAD_MUTEX_*`, low 2 bits) | `ROBUST` | `PI` | `PSHARED`.
    pub kind: AtomicI32,
    pub lock: AtomicI32,
    /// Robust priority-inheritance mutexes: nonzero once made not recoverable.
    pub notrec: AtomicI32,
    _pad: [c_int; 2],
    /// Extra acquisitions of a recursive mutex by its owner.
    pub count: c_int,
    /// Robust mutexes: links of the owner's robust list (`crate::thread::robust`); `next`
    /// is the entry the kernel walks, `prev` points at the previous entry's `next`.
    pub prev: AtomicUsize,
    pub next: AtomicUsize,
}

const _: () = assert!(core::mem::size_of::<Mutex>() == 40);
const _: () = assert!(core::mem::offset_of!(Mutex, count) == 20);
const _: () = assert!(core::mem::offset_of!(Mutex, next) == 32);

pub const NORMAL: i32 = 0;
pub const RECURSIVE: i32 = 1;
pub const ERRORCHECK: i32 = 2;
pub const ROBUST: i32 = 4;
/// `PTHREAD_PRIO_INHERIT`: the lock word follows the kernel's PI futex protocol.
pub const PI: i32 = 8;
pub const PSHARED: i32 = 128;
pub const WAITERS: i32 = 0x4000_0000;

#[inline(always)]
pub fn my_tid() -> i32 {
    // SAFETY: the calling thread's descriptor is live.
    unsafe { (*crate::rt::thread::current()).tid }
}

impl Mutex {
    /// The uncontended path of a normal mutex, inlined into the entry points.
    #[inline(always)]
    pub fn lock_fast(&self) -> bool {
        if self.kind.load(Ordering::Relaxed) != NORMAL {
            return false;
        }
        // While the process has one thread nothing else can touch a private mutex: plain
        // loads and stores suffice. pthread_create sets the flag before a second thread
        // exists, and the values written here are the same ones the atomic path uses.
        if !super::state::multi_threaded() {
            if self.lock.load(Ordering::Relaxed) == 0 {
                self.lock.store(my_tid(), Ordering::Relaxed);
                return true;
            }
            return false;
        }
        self.lock
            .compare_exchange(0, my_tid(), Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    /// Unlocks a normal mutex; false for other kinds (take [`Mutex::unlock`]).
    #[inline(always)]
    pub fn unlock_fast(&self) -> bool {
        if self.kind.load(Ordering::Relaxed) != NORMAL {
            return false;
        }
        if !super::state::multi_threaded() && self.lock.load(Ordering::Relaxed) & WAITERS == 0 {
            self.lock.store(0, Ordering::Relaxed);
            return true;
        }
        if self.lock.swap(0, Ordering::Release) & WAITERS != 0 {
            futex::wake_in(&self.lock, 1, false);
        }
        true
    }

    fn shared(&self) -> bool {
        self.kind.load(Ordering::Relaxed) & PSHARED != 0
    }

    /// Tries once; `Err(EBUSY)` when another thread holds it.
    pub fn try_lock(&self) -> Result<(), c_int> {
        if self.kind.load(Ordering::Relaxed) & (ROBUST | PI) != 0 {
            return super::robust::try_lock(self);
        }
        let me = my_tid();
        let kind = self.kind.load(Ordering::Relaxed) & 3;
        match self
            .lock
            .compare_exchange(0, me, Ordering::Acquire, Ordering::Relaxed)
        {
            Ok(_) => Ok(()),
            Err(owner) if owner & !WAITERS == me && kind == RECURSIVE => {
                if self.count == c_int::MAX {
                    return Err(crate::abi::errno::EAGAIN);
                }
                // SAFETY: only the owner touches count.
                unsafe { *(&raw const self.count as *mut c_int) += 1 };
                Ok(())
            }
            Err(_) => Err(EBUSY),
        }
    }

    /// Locks, sleeping until `deadline` (absolute; `realtime` picks the clock) if given.
    pub fn lock_until(&self, deadline: Option<(&Timespec, bool)>) -> Result<(), c_int> {
        if self.kind.load(Ordering::Relaxed) & (ROBUST | PI) != 0 {
            return super::robust::lock_until(self, deadline);
        }
        match self.try_lock() {
            Err(EBUSY) => {}
            r => return r,
        }
        let me = my_tid();
        let kind = self.kind.load(Ordering::Relaxed) & 3;
        if kind == ERRORCHECK && self.lock.load(Ordering::Relaxed) & !WAITERS == me {
            return Err(EDEADLK);
        }
        if let Some((t, _)) = deadline
            && !(0..1_000_000_000).contains(&t.nsec)
        {
            return Err(EINVAL);
        }
        let shared = self.shared();
        for _ in 0..100 {
            if self.lock.load(Ordering::Relaxed) == 0
                && self
                    .lock
                    .compare_exchange(0, me, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
            {
                return Ok(());
            }
            core::hint::spin_loop();
        }
        self.lock_sleeping(me, deadline, shared)
    }

    /// Relocks after a condition-variable wait, marked contended at once: other waiters
    /// may have been requeued onto the lock word with us, and our unlock must wake them.
    pub fn lock_contended(&self) -> Result<(), c_int> {
        // Only private mutexes are requeued onto (see pthread_cond's `requeueable`).
        self.lock_sleeping(my_tid(), None, false)
    }

    /// The contended path: takes the lock marked contended (someone may still sleep, and
    /// our unlock must wake them), or marks it contended and sleeps on the futex until
    /// `deadline`.
    fn lock_sleeping(
        &self,
        me: i32,
        deadline: Option<(&Timespec, bool)>,
        shared: bool,
    ) -> Result<(), c_int> {
        loop {
            let cur = self.lock.load(Ordering::Relaxed);
            if cur == 0 {
                // Someone may still sleep: take it marked contended so unlock wakes them.
                if self
                    .lock
                    .compare_exchange(0, me | WAITERS, Ordering::Acquire, Ordering::Relaxed)
                    .is_ok()
                {
                    return Ok(());
                }
                continue;
            }
            if cur & WAITERS == 0
                && self
                    .lock
                    .compare_exchange(cur, cur | WAITERS, Ordering::Relaxed, Ordering::Relaxed)
                    .is_err()
            {
                continue;
            }
            match deadline {
                None => futex::wait_in(&self.lock, cur | WAITERS, shared),
                Some((t, realtime)) => {
                    if futex::wait_until_in(&self.lock, cur | WAITERS, t, realtime, shared)
                        == Err(Errno(ETIMEDOUT))
                    {
                        return Err(ETIMEDOUT);
                    }
                }
            }
        }
    }

    /// Unlocks; `Err(EPERM)` for an error-checking or recursive mutex the caller does not own.
    pub fn unlock(&self) -> Result<(), c_int> {
        if self.kind.load(Ordering::Relaxed) & (ROBUST | PI) != 0 {
            return super::robust::unlock(self);
        }
        let kind = self.kind.load(Ordering::Relaxed) & 3;
        if kind != NORMAL {
            if self.lock.load(Ordering::Relaxed) & !WAITERS != my_tid() {
                return Err(EPERM);
            }
            if kind == RECURSIVE && self.count > 0 {
                // SAFETY: only the owner touches count.
                unsafe { *(&raw const self.count as *mut c_int) -= 1 };
                return Ok(());
            }
        }
        if self.lock.swap(0, Ordering::Release) & WAITERS != 0 {
            futex::wake_in(&self.lock, 1, self.shared());
        }
        Ok(())
    }
}
