//! `posix_spawn_file_actions_*` (POSIX; musl: src/process/posix_spawn_file_actions_*.c):
//! a doubly linked list of actions, newest at the head, run oldest first in the child.
use crate::abi::errno::{EBADF, ENOMEM};
use crate::abi::spawn::posix_spawn_file_actions_t as Actions;
use crate::abi::types::{c_char, c_int, c_void, mode_t};
use crate::malloc::libc::{free, malloc};

/// What one action does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    Close,
    Dup2,
    Open,
    Chdir,
    Fchdir,
}

/// One action; `path` (for `Open` and `Chdir`) follows the struct in the same allocation.
pub struct FdOp {
    pub prev: *mut FdOp,
    pub next: *mut FdOp,
    pub cmd: Cmd,
    pub fd: c_int,
    pub srcfd: c_int,
    pub oflag: c_int,
    pub mode: mode_t,
}

impl FdOp {
    /// The NUL-terminated path stored after the node.
    pub fn path(op: *const FdOp) -> *const c_char {
        // Nodes with a path were allocated with room for it right after the struct.
        op.wrapping_add(1) as *const c_char
    }
}

/// Allocates a node (with `path` copied after it) and pushes it at the head.
///
/// # Safety
/// `fa` was initialised; `path` is null or NUL-terminated.
unsafe fn push(fa: *mut Actions, op: FdOp, path: *const c_char) -> c_int {
    // SAFETY: `path` is NUL-terminated when not null; the allocation holds the node and it.
    unsafe {
        let mut len = 0;
        if !path.is_null() {
            while *path.add(len) != 0 {
                len += 1;
            }
            len += 1;
        }
        let node = malloc(core::mem::size_of::<FdOp>() + len) as *mut FdOp;
        if node.is_null() {
            return ENOMEM;
        }
        node.write(op);
        if len > 0 {
            core::ptr::copy_nonoverlapping(path, FdOp::path(node) as *mut c_char, len);
        }
        let head = (*fa).__actions as *mut FdOp;
        (*node).next = head;
        (*node).prev = core::ptr::null_mut();
        if !head.is_null() {
            (*head).prev = node;
        }
        (*fa).__actions = node as *mut c_void;
    }
    0
}

fn op(cmd: Cmd, fd: c_int) -> FdOp {
    let null = core::ptr::null_mut();
    FdOp {
        prev: null,
        next: null,
        cmd,
        fd,
        srcfd: -1,
        oflag: 0,
        mode: 0,
    }
}

/// `int posix_spawn_file_actions_init(posix_spawn_file_actions_t *fa);`
///
/// # Safety
/// `fa` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_init(fa: *mut Actions) -> c_int {
    // SAFETY: the caller guarantees `fa`.
    unsafe { (*fa).__actions = core::ptr::null_mut() };
    0
}

/// `int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t *fa);`
///
/// # Safety
/// `fa` was initialised and is not used again before another init.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_destroy(fa: *mut Actions) -> c_int {
    // SAFETY: every node was allocated by `push` and is freed once.
    unsafe {
        let mut p = (*fa).__actions as *mut FdOp;
        while !p.is_null() {
            let next = (*p).next;
            free(p as *mut c_void);
            p = next;
        }
        (*fa).__actions = core::ptr::null_mut();
    }
    0
}

/// `int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *fa, int fd,
/// const char *path, int oflag, mode_t mode);`
///
/// # Safety
/// `fa` was initialised; `path` is NUL-terminated.
///
/// # Errors
/// Returns `EBADF` (negative `fd`) or `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addopen(
    fa: *mut Actions,
    fd: c_int,
    path: *const c_char,
    oflag: c_int,
    mode: mode_t,
) -> c_int {
    if fd < 0 {
        return EBADF;
    }
    let o = FdOp {
        oflag,
        mode,
        ..op(Cmd::Open, fd)
    };
    // SAFETY: the caller's contract.
    unsafe { push(fa, o, path) }
}

/// `int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t *fa, int fd);`
///
/// # Safety
/// `fa` was initialised.
///
/// # Errors
/// Returns `EBADF` (negative `fd`) or `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addclose(fa: *mut Actions, fd: c_int) -> c_int {
    if fd < 0 {
        return EBADF;
    }
    // SAFETY: the caller's contract.
    unsafe { push(fa, op(Cmd::Close, fd), core::ptr::null()) }
}

/// `int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t *fa, int srcfd,
/// int fd);` — with `srcfd == fd`, the child clears the descriptor's close-on-exec flag.
///
/// # Safety
/// `fa` was initialised.
///
/// # Errors
/// Returns `EBADF` (a negative descriptor) or `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_adddup2(
    fa: *mut Actions,
    srcfd: c_int,
    fd: c_int,
) -> c_int {
    if srcfd < 0 || fd < 0 {
        return EBADF;
    }
    // SAFETY: the caller's contract.
    unsafe {
        push(
            fa,
            FdOp {
                srcfd,
                ..op(Cmd::Dup2, fd)
            },
            core::ptr::null(),
        )
    }
}

/// `int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *fa,
/// const char *path);`
///
/// # Safety
/// `fa` was initialised; `path` is NUL-terminated.
///
/// # Errors
/// Returns `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addchdir_np(
    fa: *mut Actions,
    path: *const c_char,
) -> c_int {
    // SAFETY: the caller's contract.
    unsafe { push(fa, op(Cmd::Chdir, -1), path) }
}

/// `int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t *fa, int fd);`
///
/// # Safety
/// `fa` was initialised.
///
/// # Errors
/// Returns `EBADF` (negative `fd`) or `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawn_file_actions_addfchdir_np(
    fa: *mut Actions,
    fd: c_int,
) -> c_int {
    if fd < 0 {
        return EBADF;
    }
    // SAFETY: the caller's contract.
    unsafe { push(fa, op(Cmd::Fchdir, fd), core::ptr::null()) }
}
