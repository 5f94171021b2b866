//! The C `FILE` (musl: src/internal/stdio_impl.h): layout, flags, the per-stream lock and
//! the small internal API the printf/scanf engines use.
//!
//! Convention for the whole stdio layer: a stream records an I/O failure in its error
//! indicator *and* `errno` at the point of failure (the backends set `errno`, as C's
//! `ferror` + `errno` reporting requires), and the entry point only returns the failure.
use crate::abi::types::{c_int, c_long, c_void, off_t};
use core::mem::offset_of;
use core::sync::atomic::{AtomicI32, Ordering};

/// Bytes of pushback space kept in front of every buffer (`ungetc`).
pub const UNGET: usize = 8;
/// `BUFSIZ`: the default buffer size (as musl).
pub const BUFSIZ: usize = 1024;
/// `EOF`.
pub const EOF: c_int = -1;

/// The stream is a standard stream or otherwise never freed by `fclose`.
pub const F_PERM: u32 = 1;
/// Not readable.
pub const F_NORD: u32 = 4;
/// Not writable.
pub const F_NOWR: u32 = 8;
/// ABI: end-of-file indicator; the same bit as glibc's `_IO_EOF_SEEN`.
pub const F_EOF: u32 = 16;
/// ABI: error indicator; the same bit as glibc's `_IO_ERR_SEEN`.
pub const F_ERR: u32 = 32;
/// `setvbuf` was called (stdout keeps the mode the program chose).
pub const F_SVB: u32 = 64;
/// Opened for appending.
pub const F_APP: u32 = 128;

/// Owner bit meaning another thread may be waiting for the lock.
pub(crate) const MAYBE_WAITERS: i32 = 0x4000_0000;

/// Reads up to `len` bytes into `buf` (and refills the stream buffer); 0 at end or error.
pub type ReadFn = unsafe fn(*mut File, *mut u8, usize) -> usize;
/// Writes the pending buffer, then `len` bytes of `buf`; returns how much of `buf` went.
pub type WriteFn = unsafe fn(*mut File, *const u8, usize) -> usize;
/// Repositions the underlying object; -1 with `errno` set on failure.
pub type SeekFn = unsafe fn(*mut File, off_t, c_int) -> off_t;
/// Releases the underlying object; 0 or -1 with `errno`.
pub type CloseFn = unsafe fn(*mut File) -> c_int;

/// `FILE`, field for field musl's `struct _IO_FILE` (232 bytes).
#[repr(C)]
pub struct File {
    /// ABI: glibc-built code tests `_flags` bits 0x10/0x20 (`feof_unlocked` inlines).
    pub flags: u32,
    /// ABI: glibc's inline `getc` reads `_IO_read_ptr` here (offset 8)...
    pub rpos: *mut u8,
    /// ABI: ...and `_IO_read_end` here (offset 16), calling `__uflow` when equal.
    pub rend: *mut u8,
    pub close: Option<CloseFn>,
    pub wend: *mut u8,
    /// ABI: glibc's inline `putc` writes through `_IO_write_ptr` here (offset 40)...
    pub wpos: *mut u8,
    /// ABI: ...while below `_IO_write_end`, which is this always-null field (offset 48),
    /// so glibc-built `putc` always calls `__overflow`.
    pub mustbezero_1: *mut u8,
    pub wbase: *mut u8,
    pub read: Option<ReadFn>,
    pub write: Option<WriteFn>,
    pub seek: Option<SeekFn>,
    /// The buffer; `UNGET` bytes of pushback space precede it.
    pub buf: *mut u8,
    pub buf_size: usize,
    /// Neighbours in the open-file list (`ofl`).
    pub prev: *mut File,
    pub next: *mut File,
    pub fd: c_int,
    /// `popen`'s child, for `pclose`.
    pub pipe_pid: c_int,
    /// `flockfile` recursion depth.
    pub lockcount: c_long,
    /// Orientation: 0 none, <0 byte, >0 wide.
    pub mode: c_int,
    /// 0 free, else the owner's tid (| `MAYBE_WAITERS`).
    pub lock: AtomicI32,
    /// The byte that flushes a write (`'\n'` when line buffered), or -1.
    pub lbf: c_int,
    pub cookie: *mut c_void,
    pub off: off_t,
    /// `fgetln`-style buffer owned by the stream (freed by `fclose`).
    pub getln_buf: *mut u8,
    pub mustbezero_2: *mut c_void,
    pub shend: *mut u8,
    pub shlim: off_t,
    pub shcnt: off_t,
    pub prev_locked: *mut File,
    pub next_locked: *mut File,
    pub locale: *mut c_void,
}

const _: () = assert!(offset_of!(File, flags) == 0);
const _: () = assert!(offset_of!(File, rpos) == 8);
const _: () = assert!(offset_of!(File, rend) == 16);
const _: () = assert!(offset_of!(File, wpos) == 40);
const _: () = assert!(offset_of!(File, mustbezero_1) == 48);
const _: () = assert!(offset_of!(File, fd) == 120);
const _: () = assert!(offset_of!(File, lock) == 140);
const _: () = assert!(core::mem::size_of::<File>() == 232);

impl File {
    /// A closed stream with every field zero/null.
    #[allow(clippy::declare_interior_mutable_const)] // only copied into fresh storage
    pub const ZERO: File = File {
        flags: 0,
        rpos: core::ptr::null_mut(),
        rend: core::ptr::null_mut(),
        close: None,
        wend: core::ptr::null_mut(),
        wpos: core::ptr::null_mut(),
        mustbezero_1: core::ptr::null_mut(),
        wbase: core::ptr::null_mut(),
        read: None,
        write: None,
        seek: None,
        buf: core::ptr::null_mut(),
        buf_size: 0,
        prev: core::ptr::null_mut(),
        next: core::ptr::null_mut(),
        fd: -1,
        pipe_pid: 0,
        lockcount: 0,
        mode: 0,
        lock: AtomicI32::new(0),
        lbf: EOF,
        cookie: core::ptr::null_mut(),
        off: 0,
        getln_buf: core::ptr::null_mut(),
        mustbezero_2: core::ptr::null_mut(),
        shend: core::ptr::null_mut(),
        shlim: 0,
        shcnt: 0,
        prev_locked: core::ptr::null_mut(),
        next_locked: core::ptr::null_mut(),
        locale: core::ptr::null_mut(),
    };
}

/// The calling thread's kernel thread id.
#[inline]
fn self_tid() -> c_int {
    // SAFETY: the thread pointer always addresses this thread's live descriptor.
    unsafe { (*crate::rt::thread::current()).tid }
}

/// Takes `f`'s lock unless this thread already holds it (or the process has one thread).
/// Returns whether it was taken, i.e. whether `unlock` must follow.
///
/// # Safety
/// `f` must be a live stream.
#[inline]
pub unsafe fn lock(f: *mut File) -> bool {
    if !crate::thread::state::multi_threaded() {
        return false;
    }
    // SAFETY: the caller guarantees `f`.
    unsafe { lock_slow(&(*f).lock) }
}

#[cold]
fn lock_slow(word: &AtomicI32) -> bool {
    let tid = self_tid();
    let owner = word.load(Ordering::Relaxed);
    if owner & !MAYBE_WAITERS == tid {
        return false;
    }
    acquire(word, tid);
    true
}

/// Blocks until `word` is free and then owned by `tid`.
pub(crate) fn acquire(word: &AtomicI32, tid: c_int) {
    if word
        .compare_exchange(0, tid, Ordering::Acquire, Ordering::Relaxed)
        .is_ok()
    {
        return;
    }
    loop {
        match word.compare_exchange(0, tid | MAYBE_WAITERS, Ordering::Acquire, Ordering::Relaxed) {
            Ok(_) => return,
            Err(owner) => {
                let marked = owner | MAYBE_WAITERS;
                if owner & MAYBE_WAITERS != 0
                    || word
                        .compare_exchange(owner, marked, Ordering::Relaxed, Ordering::Relaxed)
                        .is_ok()
                {
                    crate::sys::futex::wait(word, marked);
                }
            }
        }
    }
}

/// Releases a lock `lock` returned `true` for.
///
/// # Safety
/// `f` must be a live stream whose lock this thread holds.
#[inline]
pub unsafe fn unlock(f: *mut File) {
    // SAFETY: the caller guarantees `f`.
    let word = unsafe { &(*f).lock };
    if word.swap(0, Ordering::Release) & MAYBE_WAITERS != 0 {
        crate::sys::futex::wake(word, 1);
    }
}

/// Tries to take `f`'s lock for `flockfile`-style ownership by `tid`; no waiting.
pub(crate) fn try_acquire(word: &AtomicI32, tid: c_int) -> bool {
    word.compare_exchange(0, tid, Ordering::Acquire, Ordering::Relaxed)
        .is_ok()
}

/// Whether this thread owns `f`'s lock.
pub(crate) fn owned_by_self(f: &File) -> bool {
    f.lock.load(Ordering::Relaxed) & !MAYBE_WAITERS == self_tid()
}

/// Buffered write honouring the buffering mode; returns the bytes accepted (fewer on
/// error, with the error indicator and `errno` set).
///
/// # Safety
/// `f` must be a live stream; the caller holds its lock (or `lock` returned false).
#[inline]
pub unsafe fn write_bytes(f: *mut File, bytes: &[u8]) -> usize {
    // SAFETY: forwarded contract.
    unsafe { super::fwrite::fwritex(bytes.as_ptr(), bytes.len(), f) }
}

/// Reads one byte: 0..=255, or `EOF` (-1).
///
/// # Safety
/// As `write_bytes`.
#[inline]
pub unsafe fn read_byte(f: *mut File) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { super::getc::getc_fast(f) }
}

/// Pushes `c` back (scanf's one byte of lookahead); `EOF` is ignored.
///
/// # Safety
/// As `write_bytes`.
#[inline]
pub unsafe fn unread_byte(f: *mut File, c: c_int) {
    // SAFETY: forwarded contract.
    unsafe {
        super::ungetc::unget_locked(c, f);
    }
}

/// The `stdout` stream.
#[inline]
pub fn stdout_file() -> *mut File {
    super::stdout::stdout_file()
}

/// The `stderr` stream.
#[inline]
pub fn stderr_file() -> *mut File {
    super::stderr::stderr_file()
}

/// The `stdin` stream.
#[inline]
pub fn stdin_file() -> *mut File {
    super::stdin::stdin_file()
}
