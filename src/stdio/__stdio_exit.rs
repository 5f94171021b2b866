//! Flushing every stream at `exit` (musl: src/stdio/__stdio_exit.c).
use super::file::{File, lock};
use crate::abi::fcntl::SEEK_CUR;

/// Arms the exit hook; called whenever a stream first reads or writes.
#[inline(always)]
pub fn register() {
    // SAFETY: every writer stores the same value; exit reads it after all handlers ran.
    unsafe {
        let hook = &raw mut crate::exit::exit::STDIO_EXIT;
        if (*hook).is_none() {
            *hook = Some(flush_all_at_exit);
        }
    }
}

/// Writes out pending output and gives unread input back to the file position. Each
/// stream stays locked so no other thread can add to it afterwards.
///
/// # Safety
/// `f` is a live stream.
unsafe fn close_out(f: *mut File) {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        lock(f);
        if (*f).wpos != (*f).wbase
            && let Some(w) = (*f).write
        {
            w(f, core::ptr::null(), 0);
        }
        if (*f).rpos != (*f).rend
            && let Some(s) = (*f).seek
        {
            s(f, (*f).rpos as i64 - (*f).rend as i64, SEEK_CUR);
        }
    }
}

/// The `STDIO_EXIT` hook.
///
/// # Safety
/// Called once, by `exit`, after atexit handlers and destructors.
unsafe fn flush_all_at_exit() {
    let mut f = super::ofl::lock_list();
    // SAFETY: list members are live while the list lock is held (it is never released:
    // the process is ending); the standard streams are static.
    unsafe {
        while !f.is_null() {
            close_out(f);
            f = (*f).next;
        }
        close_out(super::stdin::stdin_file());
        close_out(super::stdout::stdout_file());
        close_out(super::stderr::stderr_file());
    }
}
