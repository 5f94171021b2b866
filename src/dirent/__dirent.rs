//! The `DIR` object behind every directory stream (musl: src/dirent/__dirent.h): the
//! descriptor, a buffer of `getdents64` records and the position `telldir` reports.
use crate::abi::dirent::dirent;
use crate::abi::types::{c_int, c_void, off_t};
use crate::thread::state::Lock;

/// Bytes of directory records read at a time.
pub const BUF_SIZE: usize = 2048;

/// `struct __dirstream`, opaque to C. Allocated with `calloc` (so a zeroed `Dir` is the
/// fresh state) and released by `closedir` with `free`.
#[repr(C)]
pub struct Dir {
    /// The directory descriptor (O_DIRECTORY|O_CLOEXEC when opendir opened it).
    pub fd: c_int,
    /// Serialises readdir_r, rewinddir and seekdir.
    pub lock: Lock,
    /// `d_off` of the last entry handed out: the cookie `telldir` returns.
    pub tell: off_t,
    /// Next unread byte of `buf`.
    pub pos: usize,
    /// End of the valid bytes of `buf`.
    pub end: usize,
    /// Records as the kernel wrote them; u64 words keep them 8-byte aligned.
    pub buf: [u64; BUF_SIZE / 8],
}

/// Makes a stream for `fd`, or null with errno `ENOMEM`. Does not close `fd`.
pub fn alloc(fd: c_int) -> *mut Dir {
    // SAFETY: calloc's contract; all-zero bytes are a valid fresh `Dir` (Lock is 0 = free).
    let d = unsafe { crate::malloc::libc::calloc(1, core::mem::size_of::<Dir>()) }.cast::<Dir>();
    if !d.is_null() {
        // SAFETY: `d` is a live, zeroed Dir.
        unsafe { (*d).fd = fd };
    }
    d
}

/// Releases a stream's memory (not its descriptor).
///
/// # Safety
/// `d` came from `alloc` and is not used again.
pub unsafe fn release(d: *mut Dir) {
    // SAFETY: the caller guarantees `d` came from calloc.
    unsafe { crate::malloc::libc::free(d.cast::<c_void>()) }
}

/// Forgets buffered records (after a seek) and sets the reported position.
pub fn reset(d: &mut Dir, tell: off_t) {
    d.pos = 0;
    d.end = 0;
    d.tell = tell;
}

/// The next entry, refilling the buffer when it is used up: `Ok(None)` at the end.
pub fn next(d: &mut Dir) -> Result<Option<*mut dirent>, crate::sys::Errno> {
    if d.pos >= d.end {
        let n = super::__getdents::getdents64(d.fd, d.buf.as_mut_ptr().cast(), BUF_SIZE)?;
        if n == 0 {
            return Ok(None);
        }
        d.pos = 0;
        d.end = n;
    }
    // SAFETY: `pos < end <= BUF_SIZE`, and the kernel wrote whole 8-aligned records.
    let de = unsafe { d.buf.as_mut_ptr().cast::<u8>().add(d.pos) }.cast::<dirent>();
    // SAFETY: `de` is the start of a record inside the buffer.
    let (reclen, off) = unsafe { ((*de).d_reclen as usize, (*de).d_off) };
    d.pos += reclen.max(1);
    d.tell = off;
    Ok(Some(de))
}
