//! `<locale.h>` and `<langinfo.h>` types and constants (C17 7.11, POSIX.1-2008; musl:
//! include/locale.h, include/langinfo.h, include/alltypes.h.in `struct __locale_struct *`).
#![allow(non_camel_case_types)]
use super::types::{c_char, c_int, c_void};

/// A locale handle (`crate::locale::locale_map::Locale` behind it).
pub type locale_t = *mut c_void;

/// `LC_GLOBAL_LOCALE`: `((locale_t)-1)` (a pointer, so not in the integer ABI check).
pub const LC_GLOBAL_LOCALE: locale_t = usize::MAX as locale_t;

abi_consts! { CONSTS, "locale.h";
    pub const LC_CTYPE: c_int = 0;
    pub const LC_NUMERIC: c_int = 1;
    pub const LC_TIME: c_int = 2;
    pub const LC_COLLATE: c_int = 3;
    pub const LC_MONETARY: c_int = 4;
    pub const LC_MESSAGES: c_int = 5;
    pub const LC_ALL: c_int = 6;
    pub const LC_CTYPE_MASK: c_int = 1 << LC_CTYPE;
    pub const LC_NUMERIC_MASK: c_int = 1 << LC_NUMERIC;
    pub const LC_TIME_MASK: c_int = 1 << LC_TIME;
    pub const LC_COLLATE_MASK: c_int = 1 << LC_COLLATE;
    pub const LC_MONETARY_MASK: c_int = 1 << LC_MONETARY;
    pub const LC_MESSAGES_MASK: c_int = 1 << LC_MESSAGES;
    pub const LC_ALL_MASK: c_int = 0x7fffffff;
}

abi_structs! { STRUCTS, "locale.h";
    /// `struct lconv`: numeric and monetary formatting (`localeconv`).
    "struct lconv" => pub struct lconv {
        pub decimal_point: *mut c_char, pub thousands_sep: *mut c_char,
        pub grouping: *mut c_char, pub int_curr_symbol: *mut c_char,
        pub currency_symbol: *mut c_char, pub mon_decimal_point: *mut c_char,
        pub mon_thousands_sep: *mut c_char, pub mon_grouping: *mut c_char,
        pub positive_sign: *mut c_char, pub negative_sign: *mut c_char,
        pub int_frac_digits: c_char, pub frac_digits: c_char,
        pub p_cs_precedes: c_char, pub p_sep_by_space: c_char,
        pub n_cs_precedes: c_char, pub n_sep_by_space: c_char,
        pub p_sign_posn: c_char, pub n_sign_posn: c_char,
        pub int_p_cs_precedes: c_char, pub int_p_sep_by_space: c_char,
        pub int_n_cs_precedes: c_char, pub int_n_sep_by_space: c_char,
        pub int_p_sign_posn: c_char, pub int_n_sign_posn: c_char,
    }
}

abi_typedefs! { TYPEDEFS, "langinfo.h";
    pub type nl_item = c_int;
}

abi_consts! { LANGINFO, "langinfo.h";
    pub const ABDAY_1: nl_item = 0x20000;
    pub const DAY_1: nl_item = 0x20007;
    pub const ABMON_1: nl_item = 0x2000E;
    pub const MON_1: nl_item = 0x2001A;
    pub const AM_STR: nl_item = 0x20026;
    pub const PM_STR: nl_item = 0x20027;
    pub const D_T_FMT: nl_item = 0x20028;
    pub const D_FMT: nl_item = 0x20029;
    pub const T_FMT: nl_item = 0x2002A;
    pub const T_FMT_AMPM: nl_item = 0x2002B;
    pub const ERA: nl_item = 0x2002C;
    pub const ERA_D_FMT: nl_item = 0x2002E;
    pub const ALT_DIGITS: nl_item = 0x2002F;
    pub const ERA_D_T_FMT: nl_item = 0x20030;
    pub const ERA_T_FMT: nl_item = 0x20031;
    pub const CODESET: nl_item = 14;
    pub const CRNCYSTR: nl_item = 0x4000F;
    pub const RADIXCHAR: nl_item = 0x10000;
    pub const THOUSEP: nl_item = 0x10001;
    pub const YESEXPR: nl_item = 0x50000;
    pub const NOEXPR: nl_item = 0x50001;
    pub const YESSTR: nl_item = 0x50002;
    pub const NOSTR: nl_item = 0x50003;
}
