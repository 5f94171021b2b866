//! What the memory-backed streams (`fmemopen`, `open_memstream`, `open_wmemstream`)
//! share: the `fseek` target within their buffer, and writing out the stream's own buffer
//! before new bytes (musl repeats both in each of those files).
use super::file::{File, WriteFn};
use crate::abi::errno::EINVAL;
use crate::abi::fcntl::{SEEK_CUR, SEEK_END, SEEK_SET};
use crate::abi::types::{c_int, off_t};

/// The position `off` from the start, from `pos` or from the end `len`, as `whence` says;
/// `None` with errno `EINVAL` for a bad `whence` or a target outside `[0, max]`.
pub fn seek_target(pos: usize, len: usize, off: off_t, whence: c_int, max: off_t) -> Option<usize> {
    let base = match whence {
        SEEK_SET => 0,
        SEEK_CUR => pos as off_t,
        SEEK_END => len as off_t,
        _ => {
            crate::errno::set_errno(EINVAL);
            return None;
        }
    };
    if off < -base || off > max - base {
        crate::errno::set_errno(EINVAL);
        return None;
    }
    Some((base + off) as usize)
}

/// Passes what is pending in `f`'s own write buffer to `write` (the backend's write
/// function) and empties the buffer; false if the backend took less.
///
/// # Safety
/// `f` is a live stream whose write function is `write`.
pub unsafe fn drain(f: *mut File, write: WriteFn) -> bool {
    // SAFETY: `wbase..wpos` is the pending part of the stream's own buffer.
    unsafe {
        let pending = (*f).wpos as usize - (*f).wbase as usize;
        if pending == 0 {
            return true;
        }
        (*f).wpos = (*f).wbase;
        write(f, (*f).wbase, pending) >= pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seek_targets() {
        assert_eq!(seek_target(3, 10, 2, SEEK_SET, 10), Some(2));
        assert_eq!(seek_target(3, 10, 2, SEEK_CUR, 10), Some(5));
        assert_eq!(seek_target(3, 10, -4, SEEK_END, 10), Some(6));
        assert_eq!(seek_target(3, 10, -4, SEEK_CUR, 10), None);
        assert_eq!(seek_target(3, 10, 1, SEEK_END, 10), None);
        assert_eq!(seek_target(3, 10, 0, 7, 10), None);
    }
}
