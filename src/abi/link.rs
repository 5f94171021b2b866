//! `<link.h>` structures (musl: include/link.h), checked against the loader's own types.
#![allow(non_camel_case_types)]
abi_structs! { STRUCTS, "link.h";
    "struct dl_phdr_info" => pub struct dl_phdr_info {
        pub dlpi_addr: u64,
        pub dlpi_name: *const i8,
        pub dlpi_phdr: *const u8,
        pub dlpi_phnum: u16,
        pub dlpi_adds: u64,
        pub dlpi_subs: u64,
        pub dlpi_tls_modid: usize,
        pub dlpi_tls_data: *mut u8,
    }
    "struct link_map" => pub struct link_map {
        pub l_addr: u64,
        pub l_name: *mut i8,
        pub l_ld: *mut u8,
        pub l_next: *mut u8,
        pub l_prev: *mut u8,
    }
    "struct r_debug" => pub struct r_debug {
        pub r_version: i32,
        pub r_map: *mut u8,
        pub r_brk: u64,
        pub r_state: i32,
        pub r_ldbase: u64,
    }
}

const _: () = assert!(
    core::mem::size_of::<dl_phdr_info>()
        == core::mem::size_of::<crate::ldso::dl_iterate_phdr::DlPhdrInfo>()
);
const _: () = assert!(
    core::mem::size_of::<link_map>() == core::mem::size_of::<crate::ldso::debug::LinkMap>()
);
const _: () =
    assert!(core::mem::size_of::<r_debug>() == core::mem::size_of::<crate::ldso::debug::RDebug>());
