//! The `errno` message table behind `strerror`, `strerror_r` and `perror`
//! (C11 7.24.6.2; musl: src/errno/__strerror.h). Texts match musl's exactly.
use crate::abi::errno::*;
use crate::abi::types::c_int;
use core::ffi::CStr;

/// The text for an unknown error number (and for 0), as musl has it.
pub(crate) const UNKNOWN: &CStr = c"No error information";

/// The message for error number `e` (NUL-terminated, static).
///
/// DIFF(glibc): glibc says "Success" for 0 and "Unknown error N" for unknown numbers;
/// rcc says "No error information" for both, as musl does.
pub(crate) fn message(e: c_int) -> &'static CStr {
    match e {
        EPERM => c"Operation not permitted",
        ENOENT => c"No such file or directory",
        ESRCH => c"No such process",
        EINTR => c"Interrupted system call",
        EIO => c"I/O error",
        ENXIO => c"No such device or address",
        E2BIG => c"Argument list too long",
        ENOEXEC => c"Exec format error",
        EBADF => c"Bad file descriptor",
        ECHILD => c"No child process",
        EAGAIN => c"Resource temporarily unavailable",
        ENOMEM => c"Out of memory",
        EACCES => c"Permission denied",
        EFAULT => c"Bad address",
        ENOTBLK => c"Block device required",
        EBUSY => c"Resource busy",
        EEXIST => c"File exists",
        EXDEV => c"Cross-device link",
        ENODEV => c"No such device",
        ENOTDIR => c"Not a directory",
        EISDIR => c"Is a directory",
        EINVAL => c"Invalid argument",
        ENFILE => c"Too many open files in system",
        EMFILE => c"No file descriptors available",
        ENOTTY => c"Not a tty",
        ETXTBSY => c"Text file busy",
        EFBIG => c"File too large",
        ENOSPC => c"No space left on device",
        ESPIPE => c"Invalid seek",
        EROFS => c"Read-only file system",
        EMLINK => c"Too many links",
        EPIPE => c"Broken pipe",
        EDOM => c"Domain error",
        ERANGE => c"Result not representable",
        EDEADLK => c"Resource deadlock would occur",
        ENAMETOOLONG => c"Filename too long",
        ENOLCK => c"No locks available",
        ENOSYS => c"Function not implemented",
        ENOTEMPTY => c"Directory not empty",
        ELOOP => c"Symbolic link loop",
        ENOMSG => c"No message of desired type",
        EIDRM => c"Identifier removed",
        ENOSTR => c"Device not a stream",
        ENODATA => c"No data available",
        ETIME => c"Device timeout",
        ENOSR => c"Out of streams resources",
        ENOLINK => c"Link has been severed",
        EPROTO => c"Protocol error",
        EMULTIHOP => c"Multihop attempted",
        EBADMSG => c"Bad message",
        EOVERFLOW => c"Value too large for data type",
        EBADFD => c"File descriptor in bad state",
        EILSEQ => c"Illegal byte sequence",
        ENOTSOCK => c"Not a socket",
        EDESTADDRREQ => c"Destination address required",
        EMSGSIZE => c"Message too large",
        EPROTOTYPE => c"Protocol wrong type for socket",
        ENOPROTOOPT => c"Protocol not available",
        EPROTONOSUPPORT => c"Protocol not supported",
        ESOCKTNOSUPPORT => c"Socket type not supported",
        EOPNOTSUPP => c"Not supported",
        EPFNOSUPPORT => c"Protocol family not supported",
        EAFNOSUPPORT => c"Address family not supported by protocol",
        EADDRINUSE => c"Address in use",
        EADDRNOTAVAIL => c"Address not available",
        ENETDOWN => c"Network is down",
        ENETUNREACH => c"Network unreachable",
        ENETRESET => c"Connection reset by network",
        ECONNABORTED => c"Connection aborted",
        ECONNRESET => c"Connection reset by peer",
        ENOBUFS => c"No buffer space available",
        EISCONN => c"Socket is connected",
        ENOTCONN => c"Socket not connected",
        ESHUTDOWN => c"Cannot send after socket shutdown",
        ETIMEDOUT => c"Operation timed out",
        ECONNREFUSED => c"Connection refused",
        EHOSTDOWN => c"Host is down",
        EHOSTUNREACH => c"Host is unreachable",
        EALREADY => c"Operation already in progress",
        EINPROGRESS => c"Operation in progress",
        ESTALE => c"Stale file handle",
        EREMOTEIO => c"Remote I/O error",
        EDQUOT => c"Quota exceeded",
        ENOMEDIUM => c"No medium found",
        EMEDIUMTYPE => c"Wrong medium type",
        ECANCELED => c"Operation canceled",
        ENOKEY => c"Required key not available",
        EKEYEXPIRED => c"Key has expired",
        EKEYREVOKED => c"Key has been revoked",
        EKEYREJECTED => c"Key was rejected by service",
        EOWNERDEAD => c"Previous owner died",
        ENOTRECOVERABLE => c"State not recoverable",
        _ => UNKNOWN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_unknown() {
        assert_eq!(message(EINVAL), c"Invalid argument");
        assert_eq!(message(ENOENT), c"No such file or directory");
        assert_eq!(message(EAGAIN), message(EWOULDBLOCK));
        assert_eq!(message(0), UNKNOWN);
        assert_eq!(message(-1), UNKNOWN);
        assert_eq!(message(4096), UNKNOWN);
        assert_eq!(message(41), UNKNOWN);
    }
}
