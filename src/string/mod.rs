//! `<string.h>` and `<strings.h>` memory and string functions (C11 7.24; musl: src/string/).

pub(crate) mod avx2;
mod avx2_cmp;
pub(crate) mod avx2_copy;
mod avx2_head;
mod avx2_mem;
mod avx2_scan;
mod avx2_set;
mod avx512;
pub(crate) mod avx512_cmp;
mod avx512_mem;
pub(crate) mod avx512_memchr;
pub(crate) mod avx512_scan;
pub(crate) mod avx512_shift;
pub(crate) mod avx512_strcmp;
pub mod bcmp;
pub mod bcopy;
mod byteset;
pub mod bzero;
pub mod explicit_bzero;
pub mod index;
pub mod memccpy;
pub mod memchr;
pub mod memcmp;
pub mod memcpy;
pub mod memmem;
pub mod memmove;
pub mod mempcpy;
pub mod memrchr;
pub mod memset;
pub mod rawmemchr;
pub mod rindex;
pub(crate) mod simd;
pub mod stpcpy;
pub mod stpncpy;
pub mod strcasecmp;
pub mod strcasestr;
pub mod strcat;
pub mod strchr;
pub mod strchrnul;
pub mod strcmp;
pub mod strcpy;
pub mod strcspn;
pub mod strdup;
pub mod strerror_r;
pub mod strlcat;
pub mod strlcpy;
pub mod strlen;
pub mod strncasecmp;
pub mod strncat;
pub mod strncmp;
pub mod strncpy;
pub mod strndup;
pub mod strnlen;
pub mod strpbrk;
pub mod strrchr;
pub mod strsep;
pub mod strsignal;
pub mod strspn;
pub mod strstr;
pub mod strtok;
pub mod strtok_r;
pub mod strverscmp;
#[cfg(test)]
pub(crate) mod testutil;
mod twoway;
pub mod wcpcpy;
pub mod wcpncpy;
pub mod wcscasecmp;
pub mod wcscat;
pub mod wcschr;
pub mod wcscmp;
pub mod wcscoll;
pub mod wcscpy;
pub mod wcscspn;
pub mod wcsdup;
pub mod wcslen;
pub mod wcsncasecmp;
pub mod wcsncat;
pub mod wcsncmp;
pub mod wcsncpy;
pub mod wcsnlen;
pub mod wcspbrk;
pub mod wcsrchr;
pub mod wcsspn;
pub mod wcsstr;
pub mod wcstok;
pub mod wcswcs;
pub mod wcsxfrm;
pub mod wmemchr;
pub mod wmemcmp;
pub mod wmemcpy;
pub mod wmemmove;
pub mod wmemset;

/// Bytes in a page: the granularity at which a read may start to fault. The vector
/// kernels never let a load reach into a page that the string or range does not reach.
pub(crate) const PAGE: usize = 4096;

/// Bytes from `p` to the end of its page.
#[inline(always)]
pub(crate) fn page_room(p: *const u8) -> usize {
    PAGE - (p as usize & (PAGE - 1))
}
