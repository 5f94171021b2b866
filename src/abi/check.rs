//! The ABI registry: every C constant and type in `abi/` registers itself here, so
//! `cargo xtask abi-check` can compare them against rcc's headers and musl's.

/// One fact about the C ABI, checked by compiling a `_Static_assert` against a header.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// An integer macro: `name == value`, also in `#if`.
    Int {
        header: &'static str,
        name: &'static str,
        value: i128,
    },
    /// An enumerator: `name == value` (not visible to the preprocessor).
    Enum {
        header: &'static str,
        name: &'static str,
        value: i128,
    },
    /// A floating constant: `name == value`, compared exactly.
    Float {
        header: &'static str,
        name: &'static str,
        value: Fp,
    },
    /// An integer or pointer typedef: size, alignment and (for integers) signedness.
    Scalar {
        header: &'static str,
        c_type: &'static str,
        size: usize,
        align: usize,
        signed: Option<bool>,
    },
    /// A struct or union: size, alignment and the offset of each named field.
    Type {
        header: &'static str,
        c_type: &'static str,
        size: usize,
        align: usize,
        fields: &'static [(&'static str, usize)],
    },
}

/// A floating constant's value in the precision of its C type.
#[derive(Debug, Clone, Copy)]
pub enum Fp {
    F32(f32),
    F64(f64),
    /// `long double` (x87 80-bit) has no Rust type: the exact value as a C hex literal.
    Long(&'static str),
}

impl Check {
    /// The header that defines this item.
    pub fn header(&self) -> &'static str {
        match *self {
            Check::Int { header, .. }
            | Check::Enum { header, .. }
            | Check::Float { header, .. }
            | Check::Scalar { header, .. }
            | Check::Type { header, .. } => header,
        }
    }
}

/// Integer signedness of a typedef, for `Check::Scalar`.
pub trait Signedness {
    const SIGNED: Option<bool>;
}
macro_rules! signedness {
    ($s:expr; $($t:ty),*) => { $(impl Signedness for $t { const SIGNED: Option<bool> = $s; })* };
}
signedness!(Some(true); i8, i16, i32, i64, isize);
signedness!(Some(false); u8, u16, u32, u64, usize);
impl<T> Signedness for *mut T {
    const SIGNED: Option<bool> = None;
}
impl<T> Signedness for *const T {
    const SIGNED: Option<bool> = None;
}

/// Defines integer constants and registers them in `pub static $list`.
macro_rules! abi_consts {
    ($list:ident, $hdr:literal; $( $(#[$m:meta])* pub const $n:ident : $t:ty = $v:expr ; )*) => {
        $( $(#[$m])* pub const $n: $t = $v; )*
        /// The constants above, for the ABI check.
        pub static $list: &[$crate::abi::check::Check] = &[
            $( $crate::abi::check::Check::Int { header: $hdr, name: stringify!($n), value: $n as i128 }, )*
        ];
    };
}

/// Defines enumerator constants (checked with `_Static_assert` only) and registers them.
macro_rules! abi_enums {
    ($list:ident, $hdr:literal; $( $(#[$m:meta])* pub const $n:ident : $t:ty = $v:expr ; )*) => {
        $( $(#[$m])* pub const $n: $t = $v; )*
        /// The enumerators above, for the ABI check.
        pub static $list: &[$crate::abi::check::Check] = &[
            $( $crate::abi::check::Check::Enum { header: $hdr, name: stringify!($n), value: $n as i128 }, )*
        ];
    };
}

/// Defines floating constants (with their C spelling's precision) and registers them.
macro_rules! abi_floats {
    ($list:ident, $hdr:literal; $( pub const $n:ident : $k:ident = $v:expr ; )*) => {
        /// The floating constants of the header, for the ABI check.
        pub static $list: &[$crate::abi::check::Check] = &[
            $( $crate::abi::check::Check::Float {
                header: $hdr, name: stringify!($n), value: $crate::abi::check::Fp::$k($v) }, )*
        ];
    };
}

/// Defines integer/pointer typedefs and registers their size, alignment and signedness.
macro_rules! abi_typedefs {
    ($list:ident, $hdr:literal; $( pub type $n:ident = $t:ty ; )*) => {
        $( pub type $n = $t; )*
        /// The typedefs above, for the ABI check.
        pub static $list: &[$crate::abi::check::Check] = &[
            $( $crate::abi::check::Check::Scalar {
                header: $hdr, c_type: stringify!($n),
                size: core::mem::size_of::<$n>(), align: core::mem::align_of::<$n>(),
                signed: <$n as $crate::abi::check::Signedness>::SIGNED }, )*
        ];
    };
}

/// Defines `#[repr(C)]` structs/unions and registers their layout under their C spelling.
macro_rules! abi_structs {
    ($list:ident, $hdr:literal; $(
        $(#[$m:meta])* $cname:literal => pub $kw:tt $s:ident { $( pub $f:ident : $ft:ty ),* $(,)? }
    )*) => {
        $( $(#[$m])* #[repr(C)] #[derive(Clone, Copy)] pub $kw $s { $( pub $f: $ft ),* } )*
        /// The types above, for the ABI check.
        pub static $list: &[$crate::abi::check::Check] = &[
            $( $crate::abi::check::Check::Type {
                header: $hdr, c_type: $cname,
                size: core::mem::size_of::<$s>(), align: core::mem::align_of::<$s>(),
                fields: &[ $( (stringify!($f), core::mem::offset_of!($s, $f)) ),* ] }, )*
        ];
    };
}

/// Registers integer constants defined elsewhere (e.g. with a Rust-friendly type).
macro_rules! abi_register {
    ($list:ident, $hdr:literal; $( $n:ident ),* $(,)?) => {
        /// The constants named above, for the ABI check.
        pub static $list: &[$crate::abi::check::Check] = &[
            $( $crate::abi::check::Check::Int { header: $hdr, name: stringify!($n), value: $n as i128 }, )*
        ];
    };
}
