//! The fd read backend: the caller's bytes and a buffer refill in one `readv`
//! (musl: src/stdio/__stdio_read.c).
use super::file::{F_EOF, F_ERR, File};
use crate::abi::errno::EINTR;
use crate::abi::uio::iovec;
use crate::sys::{Errno, check, nr::SYS_read, nr::SYS_readv, syscall3};

/// Reads up to `len` bytes into `buf`, filling the stream buffer with whatever more the
/// kernel returns. Returns the bytes stored in `buf`; 0 sets the end-of-file or (with
/// `errno`) the error indicator.
///
/// # Safety
/// `f` is a live fd stream; `buf` is writable for `len` bytes.
pub unsafe fn stdio_read(f: *mut File, buf: *mut u8, len: usize) -> usize {
    // SAFETY: the caller guarantees `f` and `buf`; the iovecs point into them.
    unsafe {
        let bs = (*f).buf_size;
        // Keep the last requested byte for the buffer so a refill always lands there.
        let direct = len - (bs != 0 && len != 0) as usize;
        let mut iov = [
            iovec {
                iov_base: buf.cast(),
                iov_len: direct,
            },
            iovec {
                iov_base: (*f).buf.cast(),
                iov_len: bs,
            },
        ];
        let cnt = loop {
            let r = if direct != 0 {
                syscall3(SYS_readv, (*f).fd as usize, iov.as_mut_ptr() as usize, 2)
            } else {
                syscall3(SYS_read, (*f).fd as usize, (*f).buf as usize, bs)
            };
            match check(r) {
                Ok(n) => break n,
                Err(Errno(EINTR)) => continue,
                Err(Errno(e)) => {
                    crate::errno::set_errno(e);
                    (*f).flags |= F_ERR;
                    return 0;
                }
            }
        };
        if cnt == 0 {
            (*f).flags |= F_EOF;
            return 0;
        }
        if cnt <= direct {
            return cnt;
        }
        let extra = cnt - direct;
        (*f).rpos = (*f).buf;
        (*f).rend = (*f).buf.add(extra);
        if len > direct {
            *buf.add(len - 1) = *(*f).rpos;
            (*f).rpos = (*f).rpos.add(1);
            return len;
        }
        direct
    }
}
