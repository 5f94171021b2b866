//! The fd write backend: the pending buffer and new bytes in one `writev` (`write` when
//! only one is non-empty), short writes and `EINTR` retried (musl:
//! src/stdio/__stdio_write.c).
use super::file::{F_ERR, File};
use crate::abi::errno::EINTR;
use crate::abi::uio::iovec;
use crate::sys::{Errno, check, nr::SYS_write, nr::SYS_writev, syscall3};

/// Writes `[wbase, wpos)` and then `buf[..len]` to `f.fd`; resets the buffer on success.
/// On failure marks the stream in error, sets `errno`, discards the buffer and returns
/// how much of `buf` was written.
///
/// # Safety
/// `f` is a live fd stream; `buf` is readable for `len` bytes.
pub unsafe fn stdio_write(f: *mut File, buf: *const u8, len: usize) -> usize {
    // SAFETY: the caller guarantees `f` and `buf`; the iovecs point into them.
    unsafe {
        let pending = (*f).wpos as usize - (*f).wbase as usize;
        let mut iov = [
            iovec {
                iov_base: (*f).wbase.cast(),
                iov_len: pending,
            },
            iovec {
                iov_base: buf.cast_mut().cast(),
                iov_len: len,
            },
        ];
        let mut first = 0usize;
        let mut rem = pending + len;
        if pending == 0 {
            first = 1;
        }
        loop {
            // One non-empty piece (a full-buffer flush, or a write that bypasses an
            // empty buffer) goes through plain write(2): no iovec to import.
            let r = if first == 1 || iov[1].iov_len == 0 {
                let v = &iov[first];
                check(syscall3(
                    SYS_write,
                    (*f).fd as usize,
                    v.iov_base as usize,
                    v.iov_len,
                ))
            } else {
                check(syscall3(
                    SYS_writev,
                    (*f).fd as usize,
                    iov.as_mut_ptr() as usize,
                    2,
                ))
            };
            let cnt = match r {
                Ok(n) => n,
                Err(Errno(EINTR)) => continue,
                Err(Errno(e)) => {
                    crate::errno::set_errno(e);
                    (*f).wpos = core::ptr::null_mut();
                    (*f).wbase = core::ptr::null_mut();
                    (*f).wend = core::ptr::null_mut();
                    (*f).flags |= F_ERR;
                    return if first == 0 { 0 } else { len - iov[1].iov_len };
                }
            };
            if cnt == rem {
                (*f).wend = (*f).buf.add((*f).buf_size);
                (*f).wpos = (*f).buf;
                (*f).wbase = (*f).buf;
                return len;
            }
            rem -= cnt;
            let mut cnt = cnt;
            if first == 0 && cnt >= iov[0].iov_len {
                cnt -= iov[0].iov_len;
                first = 1;
            }
            let v = &mut iov[first];
            v.iov_base = v.iov_base.cast::<u8>().add(cnt).cast();
            v.iov_len -= cnt;
        }
    }
}
