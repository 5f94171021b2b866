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

abi_typedefs! { STDDEF, "stddef.h";
    pub type size_t = usize;
    pub type ptrdiff_t = isize;
    pub type wchar_t = i32;
}

abi_typedefs! { SYS_TYPES, "sys/types.h";
    pub type ssize_t = isize;
    pub type off_t = i64;
    pub type mode_t = u32;
    pub type pid_t = i32;
    pub type uid_t = u32;
    pub type gid_t = u32;
    pub type id_t = u32;
    pub type time_t = i64;
    pub type clockid_t = i32;
    pub type clock_t = i64;
    pub type suseconds_t = i64;
    pub type useconds_t = u32;
    pub type ino_t = u64;
    pub type dev_t = u64;
    pub type nlink_t = u64;
    pub type blksize_t = i64;
    pub type blkcnt_t = i64;
    pub type fsblkcnt_t = u64;
    pub type fsfilcnt_t = u64;
    pub type key_t = i32;
    pub type timer_t = *mut c_void;
    pub type register_t = i64;
    pub type u_int64_t = u64;
    pub type pthread_once_t = i32;
    pub type pthread_key_t = u32;
    pub type pthread_spinlock_t = i32;
}

abi_typedefs! { STDINT_PTR, "stdint.h";
    pub type intptr_t = isize;
    pub type uintptr_t = usize;
}

/// Opaque pthread objects: only their size and alignment are ABI.
macro_rules! opaque {
    ($($n:ident = [$t:ty; $k:expr];)*) => {
        $( #[repr(C)] #[derive(Clone, Copy)] pub struct $n { __u: [$t; $k] } )*
        /// The opaque pthread types above, for the ABI check.
        pub static PTHREAD: &[crate::abi::check::Check] = &[
            $( crate::abi::check::Check::Type { header: "sys/types.h", c_type: stringify!($n),
                size: core::mem::size_of::<$n>(), align: core::mem::align_of::<$n>(), fields: &[] }, )*
        ];
    };
}
opaque! {
    pthread_attr_t = [u64; 7];
    pthread_mutex_t = [u64; 5];
    pthread_cond_t = [u64; 6];
    pthread_rwlock_t = [u64; 7];
    pthread_barrier_t = [u64; 4];
    pthread_mutexattr_t = [u32; 1];
    pthread_condattr_t = [u32; 1];
    pthread_barrierattr_t = [u32; 1];
    pthread_rwlockattr_t = [u32; 2];
}
