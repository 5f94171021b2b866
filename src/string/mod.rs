//! `<string.h>` and `<strings.h>` memory and string functions (C11 7.24; musl: src/string/).

pub mod bcmp;
pub mod bcopy;
mod byteset;
pub mod bzero;
pub mod memchr;
pub mod memcmp;
pub mod memcpy;
pub mod memmem;
pub mod memmove;
pub mod mempcpy;
pub mod memrchr;
pub mod memset;
mod simd;
pub mod stpcpy;
pub mod stpncpy;
pub mod strcat;
pub mod strchr;
pub mod strchrnul;
pub mod strcmp;
pub mod strcpy;
pub mod strcspn;
pub mod strlen;
pub mod strncat;
pub mod strncmp;
pub mod strncpy;
pub mod strnlen;
pub mod strpbrk;
pub mod strrchr;
pub mod strspn;
pub mod strstr;
#[cfg(test)]
mod testutil;
mod twoway;
