//! `<ctype.h>` character classes and case mapping in the C locale (C11 7.4; musl: src/ctype/).

pub mod __ctype_b_loc;
pub mod __ctype_tolower_loc;
pub mod __ctype_toupper_loc;
pub mod isalnum;
pub mod isalpha;
pub mod isascii;
pub mod isblank;
pub mod iscntrl;
pub mod isdigit;
pub mod isgraph;
pub mod islower;
pub mod isprint;
pub mod ispunct;
pub mod isspace;
pub mod isupper;
pub mod isxdigit;
pub mod toascii;
pub mod tolower;
pub mod toupper;
