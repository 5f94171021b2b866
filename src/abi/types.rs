//! C scalar types and the `alltypes.h` typedefs for x86_64 (musl: arch/x86_64/bits/alltypes.h.in).
#![allow(non_camel_case_types)]

pub type c_char = i8;
pub type c_schar = i8;
pub type c_uchar = u8;
pub type c_short = i16;
pub type c_ushort = u16;
pub type c_int = i32;
pub type c_uint = u32;
pub type c_long = i64;
pub type c_ulong = u64;
pub type c_longlong = i64;
pub type c_ulonglong = u64;
pub type c_void = core::ffi::c_void;

pub type size_t = usize;
pub type ssize_t = isize;
pub type ptrdiff_t = isize;
pub type intptr_t = isize;
pub type uintptr_t = usize;
pub type wchar_t = i32;
pub type off_t = i64;
pub type mode_t = u32;
pub type pid_t = i32;
pub type uid_t = u32;
pub type gid_t = u32;
pub type time_t = i64;
pub type clockid_t = i32;
pub type suseconds_t = i64;
