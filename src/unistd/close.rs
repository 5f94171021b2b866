//! `close` (POSIX.1-2017 close(); musl: src/unistd/close.c).
use crate::abi::errno::EINTR;
use crate::abi::types::c_int;
use crate::sys::Errno;

/// `int close(int fd);`
///
/// # Errors
/// `EBADF` for a descriptor that is not open; `EIO` from the file system.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn close(fd: c_int) -> c_int {
    // A cancellation point; syscall_cp never acts on a cancellation after close's EINTR.
    // SAFETY: closing any integer is memory-safe.
    let r = unsafe { crate::thread::syscall_cp::cp1(crate::sys::nr::SYS_close, fd as usize) };
    match crate::sys::check(r) {
        // Linux always releases the descriptor, even on EINTR; report success as musl does.
        Ok(_) | Err(Errno(EINTR)) => 0,
        Err(Errno(e)) => {
            crate::errno::set_errno(e);
            -1
        }
    }
}
