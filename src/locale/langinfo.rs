//! `nl_langinfo`, `nl_langinfo_l` (POSIX.1-2008 langinfo.h; musl: src/locale/langinfo.c):
//! the C locale's strings (every locale rcc knows), and the codeset of `LC_CTYPE`.
use super::locale_map::{CATS, Locale, current, global, name};
use crate::abi::locale::{
    CODESET, LC_MESSAGES, LC_MONETARY, LC_NUMERIC, LC_TIME, locale_t, nl_item,
};
use crate::abi::types::c_char;
use core::ffi::CStr;

/// `LC_TIME` items 0..=0x31 (musl's C-locale table, with its ERA_* defaults).
static TIME: [&CStr; 0x32] = [
    c"Sun",
    c"Mon",
    c"Tue",
    c"Wed",
    c"Thu",
    c"Fri",
    c"Sat",
    c"Sunday",
    c"Monday",
    c"Tuesday",
    c"Wednesday",
    c"Thursday",
    c"Friday",
    c"Saturday",
    c"Jan",
    c"Feb",
    c"Mar",
    c"Apr",
    c"May",
    c"Jun",
    c"Jul",
    c"Aug",
    c"Sep",
    c"Oct",
    c"Nov",
    c"Dec",
    c"January",
    c"February",
    c"March",
    c"April",
    c"May",
    c"June",
    c"July",
    c"August",
    c"September",
    c"October",
    c"November",
    c"December",
    c"AM",
    c"PM",
    c"%a %b %e %T %Y",
    c"%m/%d/%y",
    c"%H:%M:%S",
    c"%I:%M:%S %p",
    c"",
    c"",
    c"%m/%d/%y",
    c"0123456789",
    c"%a %b %e %T %Y",
    c"%H:%M:%S",
];

/// `LC_MESSAGES` items 0..=3.
static MESSAGES: [&CStr; 4] = [c"^[yY]", c"^[nN]", c"yes", c"no"];

/// The string for `item` in locale `l`.
fn lookup(item: nl_item, l: &Locale) -> &'static CStr {
    if item == CODESET {
        return if l.cat[0] != 0 { c"UTF-8" } else { c"ASCII" };
    }
    let cat = item >> 16;
    let idx = (item & 0xffff) as usize;
    // glibc's _NL_LOCALE_NAME(cat) extension.
    if idx == 0xffff && (0..CATS as nl_item).contains(&cat) {
        return name(l.cat[cat as usize]);
    }
    let table: &[&'static CStr] = match cat {
        LC_NUMERIC => &[c".", c""],
        LC_TIME => &TIME,
        LC_MONETARY => &[c""],
        LC_MESSAGES => &MESSAGES,
        _ => &[],
    };
    table.get(idx).copied().unwrap_or(c"")
}

/// `char *nl_langinfo_l(nl_item item, locale_t loc);`
///
/// # Safety
/// `loc` is a live locale object or `LC_GLOBAL_LOCALE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __nl_langinfo_l(item: nl_item, loc: locale_t) -> *mut c_char {
    let l = if loc.is_null() || loc as isize == -1 {
        global()
    } else {
        // SAFETY: the caller passes a live locale object.
        unsafe { *loc.cast::<Locale>() }
    };
    lookup(item, &l).as_ptr().cast_mut()
}

/// `char *nl_langinfo(nl_item item);` — the string for `item` in the calling thread's
/// locale; "" for an unknown item. The caller must not modify it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __nl_langinfo(item: nl_item) -> *mut c_char {
    lookup(item, &current()).as_ptr().cast_mut()
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak nl_langinfo",
    ".set nl_langinfo, __nl_langinfo",
    ".weak nl_langinfo_l",
    ".set nl_langinfo_l, __nl_langinfo_l",
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::locale::{D_FMT, DAY_1, MON_1, NOSTR, RADIXCHAR, T_FMT_AMPM, THOUSEP};

    #[test]
    fn c_strings() {
        let c = super::super::locale_map::C_LOCALE;
        assert_eq!(lookup(CODESET, &c), c"ASCII");
        assert_eq!(
            lookup(CODESET, &super::super::locale_map::UTF8_LOCALE),
            c"UTF-8"
        );
        assert_eq!(lookup(DAY_1, &c), c"Sunday");
        assert_eq!(lookup(MON_1 + 11, &c), c"December");
        assert_eq!(lookup(D_FMT, &c), c"%m/%d/%y");
        assert_eq!(lookup(T_FMT_AMPM, &c), c"%I:%M:%S %p");
        assert_eq!(lookup(RADIXCHAR, &c), c".");
        assert_eq!(lookup(THOUSEP, &c), c"");
        assert_eq!(lookup(NOSTR, &c), c"no");
        assert_eq!(lookup(0x20032, &c), c"");
        assert_eq!(lookup(0x2ffff, &c), c"C");
    }
}
