//! `<elf.h>` types and constants, the subset rcc's loader and tools use (System V gABI,
//! x86-64 psABI; musl: include/elf.h). Longer than 300 lines: one table per ELF concept.
#![allow(non_camel_case_types, non_upper_case_globals)]

abi_typedefs! { TYPEDEFS, "elf.h";
    pub type Elf32_Half = u16;
    pub type Elf64_Half = u16;
    pub type Elf32_Word = u32;
    pub type Elf32_Sword = i32;
    pub type Elf64_Word = u32;
    pub type Elf64_Sword = i32;
    pub type Elf32_Xword = u64;
    pub type Elf32_Sxword = i64;
    pub type Elf64_Xword = u64;
    pub type Elf64_Sxword = i64;
    pub type Elf32_Addr = u32;
    pub type Elf64_Addr = u64;
    pub type Elf32_Off = u32;
    pub type Elf64_Off = u64;
    pub type Elf32_Section = u16;
    pub type Elf64_Section = u16;
    pub type Elf32_Versym = u16;
    pub type Elf64_Versym = u16;
}

/// `d_un` of `Elf32_Dyn`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union Elf32_Dyn_un {
    pub d_val: Elf32_Word,
    pub d_ptr: Elf32_Addr,
}
/// `d_un` of `Elf64_Dyn`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union Elf64_Dyn_un {
    pub d_val: Elf64_Xword,
    pub d_ptr: Elf64_Addr,
}
/// `a_un` of `Elf32_auxv_t`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union Elf32_auxv_un {
    pub a_val: u32,
}
/// `a_un` of `Elf64_auxv_t`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union Elf64_auxv_un {
    pub a_val: u64,
}

abi_structs! { STRUCTS, "elf.h";
    "Elf32_Ehdr" => pub struct Elf32_Ehdr {
        pub e_ident: [u8; EI_NIDENT], pub e_type: Elf32_Half, pub e_machine: Elf32_Half,
        pub e_version: Elf32_Word, pub e_entry: Elf32_Addr, pub e_phoff: Elf32_Off,
        pub e_shoff: Elf32_Off, pub e_flags: Elf32_Word, pub e_ehsize: Elf32_Half,
        pub e_phentsize: Elf32_Half, pub e_phnum: Elf32_Half, pub e_shentsize: Elf32_Half,
        pub e_shnum: Elf32_Half, pub e_shstrndx: Elf32_Half,
    }
    "Elf64_Ehdr" => pub struct Elf64_Ehdr {
        pub e_ident: [u8; EI_NIDENT], pub e_type: Elf64_Half, pub e_machine: Elf64_Half,
        pub e_version: Elf64_Word, pub e_entry: Elf64_Addr, pub e_phoff: Elf64_Off,
        pub e_shoff: Elf64_Off, pub e_flags: Elf64_Word, pub e_ehsize: Elf64_Half,
        pub e_phentsize: Elf64_Half, pub e_phnum: Elf64_Half, pub e_shentsize: Elf64_Half,
        pub e_shnum: Elf64_Half, pub e_shstrndx: Elf64_Half,
    }
    "Elf32_Shdr" => pub struct Elf32_Shdr {
        pub sh_name: Elf32_Word, pub sh_type: Elf32_Word, pub sh_flags: Elf32_Word,
        pub sh_addr: Elf32_Addr, pub sh_offset: Elf32_Off, pub sh_size: Elf32_Word,
        pub sh_link: Elf32_Word, pub sh_info: Elf32_Word, pub sh_addralign: Elf32_Word,
        pub sh_entsize: Elf32_Word,
    }
    "Elf64_Shdr" => pub struct Elf64_Shdr {
        pub sh_name: Elf64_Word, pub sh_type: Elf64_Word, pub sh_flags: Elf64_Xword,
        pub sh_addr: Elf64_Addr, pub sh_offset: Elf64_Off, pub sh_size: Elf64_Xword,
        pub sh_link: Elf64_Word, pub sh_info: Elf64_Word, pub sh_addralign: Elf64_Xword,
        pub sh_entsize: Elf64_Xword,
    }
    "Elf32_Sym" => pub struct Elf32_Sym {
        pub st_name: Elf32_Word, pub st_value: Elf32_Addr, pub st_size: Elf32_Word,
        pub st_info: u8, pub st_other: u8, pub st_shndx: Elf32_Section,
    }
    "Elf64_Sym" => pub struct Elf64_Sym {
        pub st_name: Elf64_Word, pub st_info: u8, pub st_other: u8,
        pub st_shndx: Elf64_Section, pub st_value: Elf64_Addr, pub st_size: Elf64_Xword,
    }
    "Elf32_Phdr" => pub struct Elf32_Phdr {
        pub p_type: Elf32_Word, pub p_offset: Elf32_Off, pub p_vaddr: Elf32_Addr,
        pub p_paddr: Elf32_Addr, pub p_filesz: Elf32_Word, pub p_memsz: Elf32_Word,
        pub p_flags: Elf32_Word, pub p_align: Elf32_Word,
    }
    "Elf64_Phdr" => pub struct Elf64_Phdr {
        pub p_type: Elf64_Word, pub p_flags: Elf64_Word, pub p_offset: Elf64_Off,
        pub p_vaddr: Elf64_Addr, pub p_paddr: Elf64_Addr, pub p_filesz: Elf64_Xword,
        pub p_memsz: Elf64_Xword, pub p_align: Elf64_Xword,
    }
    "Elf32_Rel" => pub struct Elf32_Rel { pub r_offset: Elf32_Addr, pub r_info: Elf32_Word }
    "Elf64_Rel" => pub struct Elf64_Rel { pub r_offset: Elf64_Addr, pub r_info: Elf64_Xword }
    "Elf32_Rela" => pub struct Elf32_Rela {
        pub r_offset: Elf32_Addr, pub r_info: Elf32_Word, pub r_addend: Elf32_Sword,
    }
    "Elf64_Rela" => pub struct Elf64_Rela {
        pub r_offset: Elf64_Addr, pub r_info: Elf64_Xword, pub r_addend: Elf64_Sxword,
    }
    "Elf32_Dyn" => pub struct Elf32_Dyn { pub d_tag: Elf32_Sword, pub d_un: Elf32_Dyn_un }
    "Elf64_Dyn" => pub struct Elf64_Dyn { pub d_tag: Elf64_Sxword, pub d_un: Elf64_Dyn_un }
    "Elf32_auxv_t" => pub struct Elf32_auxv_t { pub a_type: u32, pub a_un: Elf32_auxv_un }
    "Elf64_auxv_t" => pub struct Elf64_auxv_t { pub a_type: u64, pub a_un: Elf64_auxv_un }
    "Elf32_Nhdr" => pub struct Elf32_Nhdr {
        pub n_namesz: Elf32_Word, pub n_descsz: Elf32_Word, pub n_type: Elf32_Word,
    }
    "Elf64_Nhdr" => pub struct Elf64_Nhdr {
        pub n_namesz: Elf64_Word, pub n_descsz: Elf64_Word, pub n_type: Elf64_Word,
    }
    "Elf32_Verdef" => pub struct Elf32_Verdef {
        pub vd_version: Elf32_Half, pub vd_flags: Elf32_Half, pub vd_ndx: Elf32_Half,
        pub vd_cnt: Elf32_Half, pub vd_hash: Elf32_Word, pub vd_aux: Elf32_Word,
        pub vd_next: Elf32_Word,
    }
    "Elf64_Verdef" => pub struct Elf64_Verdef {
        pub vd_version: Elf64_Half, pub vd_flags: Elf64_Half, pub vd_ndx: Elf64_Half,
        pub vd_cnt: Elf64_Half, pub vd_hash: Elf64_Word, pub vd_aux: Elf64_Word,
        pub vd_next: Elf64_Word,
    }
    "Elf32_Verdaux" => pub struct Elf32_Verdaux { pub vda_name: Elf32_Word, pub vda_next: Elf32_Word }
    "Elf64_Verdaux" => pub struct Elf64_Verdaux { pub vda_name: Elf64_Word, pub vda_next: Elf64_Word }
    "Elf32_Verneed" => pub struct Elf32_Verneed {
        pub vn_version: Elf32_Half, pub vn_cnt: Elf32_Half, pub vn_file: Elf32_Word,
        pub vn_aux: Elf32_Word, pub vn_next: Elf32_Word,
    }
    "Elf64_Verneed" => pub struct Elf64_Verneed {
        pub vn_version: Elf64_Half, pub vn_cnt: Elf64_Half, pub vn_file: Elf64_Word,
        pub vn_aux: Elf64_Word, pub vn_next: Elf64_Word,
    }
    "Elf32_Vernaux" => pub struct Elf32_Vernaux {
        pub vna_hash: Elf32_Word, pub vna_flags: Elf32_Half, pub vna_other: Elf32_Half,
        pub vna_name: Elf32_Word, pub vna_next: Elf32_Word,
    }
    "Elf64_Vernaux" => pub struct Elf64_Vernaux {
        pub vna_hash: Elf64_Word, pub vna_flags: Elf64_Half, pub vna_other: Elf64_Half,
        pub vna_name: Elf64_Word, pub vna_next: Elf64_Word,
    }
}

/// Size of `e_ident` (a `usize` so it can size the array; C's `EI_NIDENT` is an int).
pub const EI_NIDENT: usize = 16;

abi_register! { SIZES, "elf.h"; EI_NIDENT }

abi_consts! { CONSTS, "elf.h";
    // Identification
    pub const EI_MAG0: u32 = 0;
    pub const EI_MAG1: u32 = 1;
    pub const EI_MAG2: u32 = 2;
    pub const EI_MAG3: u32 = 3;
    pub const ELFMAG0: u32 = 0x7f;
    pub const ELFMAG1: u32 = 0x45;
    pub const ELFMAG2: u32 = 0x4c;
    pub const ELFMAG3: u32 = 0x46;
    pub const SELFMAG: u32 = 4;
    pub const EI_CLASS: u32 = 4;
    pub const ELFCLASSNONE: u32 = 0;
    pub const ELFCLASS32: u32 = 1;
    pub const ELFCLASS64: u32 = 2;
    pub const ELFCLASSNUM: u32 = 3;
    pub const EI_DATA: u32 = 5;
    pub const ELFDATANONE: u32 = 0;
    pub const ELFDATA2LSB: u32 = 1;
    pub const ELFDATA2MSB: u32 = 2;
    pub const ELFDATANUM: u32 = 3;
    pub const EI_VERSION: u32 = 6;
    pub const EI_OSABI: u32 = 7;
    pub const ELFOSABI_NONE: u32 = 0;
    pub const ELFOSABI_SYSV: u32 = 0;
    pub const ELFOSABI_HPUX: u32 = 1;
    pub const ELFOSABI_NETBSD: u32 = 2;
    pub const ELFOSABI_LINUX: u32 = 3;
    pub const ELFOSABI_GNU: u32 = 3;
    pub const ELFOSABI_SOLARIS: u32 = 6;
    pub const ELFOSABI_AIX: u32 = 7;
    pub const ELFOSABI_IRIX: u32 = 8;
    pub const ELFOSABI_FREEBSD: u32 = 9;
    pub const ELFOSABI_TRU64: u32 = 10;
    pub const ELFOSABI_MODESTO: u32 = 11;
    pub const ELFOSABI_OPENBSD: u32 = 12;
    pub const ELFOSABI_ARM: u32 = 97;
    pub const ELFOSABI_STANDALONE: u32 = 255;
    pub const EI_ABIVERSION: u32 = 8;
    pub const EI_PAD: u32 = 9;
    // Object file types
    pub const ET_NONE: u32 = 0;
    pub const ET_REL: u32 = 1;
    pub const ET_EXEC: u32 = 2;
    pub const ET_DYN: u32 = 3;
    pub const ET_CORE: u32 = 4;
    pub const ET_NUM: u32 = 5;
    pub const ET_LOOS: u32 = 0xfe00;
    pub const ET_HIOS: u32 = 0xfeff;
    pub const ET_LOPROC: u32 = 0xff00;
    pub const ET_HIPROC: u32 = 0xffff;
    // Machines (those rcc has or plans an arch/ directory for)
    pub const EM_NONE: u32 = 0;
    pub const EM_386: u32 = 3;
    pub const EM_ARM: u32 = 40;
    pub const EM_X86_64: u32 = 62;
    pub const EM_AARCH64: u32 = 183;
    pub const EM_RISCV: u32 = 243;
    // Versions
    pub const EV_NONE: u32 = 0;
    pub const EV_CURRENT: u32 = 1;
    pub const EV_NUM: u32 = 2;
    // Special section indices
    pub const SHN_UNDEF: u32 = 0;
    pub const SHN_LORESERVE: u32 = 0xff00;
    pub const SHN_LOPROC: u32 = 0xff00;
    pub const SHN_BEFORE: u32 = 0xff00;
    pub const SHN_AFTER: u32 = 0xff01;
    pub const SHN_HIPROC: u32 = 0xff1f;
    pub const SHN_LOOS: u32 = 0xff20;
    pub const SHN_HIOS: u32 = 0xff3f;
    pub const SHN_ABS: u32 = 0xfff1;
    pub const SHN_COMMON: u32 = 0xfff2;
    pub const SHN_XINDEX: u32 = 0xffff;
    pub const SHN_HIRESERVE: u32 = 0xffff;
    // Section types
    pub const SHT_NULL: u32 = 0;
    pub const SHT_PROGBITS: u32 = 1;
    pub const SHT_SYMTAB: u32 = 2;
    pub const SHT_STRTAB: u32 = 3;
    pub const SHT_RELA: u32 = 4;
    pub const SHT_HASH: u32 = 5;
    pub const SHT_DYNAMIC: u32 = 6;
    pub const SHT_NOTE: u32 = 7;
    pub const SHT_NOBITS: u32 = 8;
    pub const SHT_REL: u32 = 9;
    pub const SHT_SHLIB: u32 = 10;
    pub const SHT_DYNSYM: u32 = 11;
    pub const SHT_INIT_ARRAY: u32 = 14;
    pub const SHT_FINI_ARRAY: u32 = 15;
    pub const SHT_PREINIT_ARRAY: u32 = 16;
    pub const SHT_GROUP: u32 = 17;
    pub const SHT_SYMTAB_SHNDX: u32 = 18;
    pub const SHT_NUM: u32 = 19;
    pub const SHT_LOOS: u32 = 0x60000000;
    pub const SHT_GNU_ATTRIBUTES: u32 = 0x6ffffff5;
    pub const SHT_GNU_HASH: u32 = 0x6ffffff6;
    pub const SHT_GNU_LIBLIST: u32 = 0x6ffffff7;
    pub const SHT_CHECKSUM: u32 = 0x6ffffff8;
    pub const SHT_GNU_verdef: u32 = 0x6ffffffd;
    pub const SHT_GNU_verneed: u32 = 0x6ffffffe;
    pub const SHT_GNU_versym: u32 = 0x6fffffff;
    pub const SHT_HIOS: u32 = 0x6fffffff;
    pub const SHT_LOPROC: u32 = 0x70000000;
    pub const SHT_HIPROC: u32 = 0x7fffffff;
    pub const SHT_LOUSER: u32 = 0x80000000;
    pub const SHT_HIUSER: u32 = 0x8fffffff;
    // Section flags
    pub const SHF_WRITE: u32 = 0x1;
    pub const SHF_ALLOC: u32 = 0x2;
    pub const SHF_EXECINSTR: u32 = 0x4;
    pub const SHF_MERGE: u32 = 0x10;
    pub const SHF_STRINGS: u32 = 0x20;
    pub const SHF_INFO_LINK: u32 = 0x40;
    pub const SHF_LINK_ORDER: u32 = 0x80;
    pub const SHF_OS_NONCONFORMING: u32 = 0x100;
    pub const SHF_GROUP: u32 = 0x200;
    pub const SHF_TLS: u32 = 0x400;
    pub const SHF_COMPRESSED: u32 = 0x800;
    pub const SHF_MASKOS: u32 = 0x0ff00000;
    pub const SHF_MASKPROC: u32 = 0xf0000000;
    pub const SHF_ORDERED: u32 = 0x40000000;
    pub const SHF_EXCLUDE: u32 = 0x80000000;
    pub const GRP_COMDAT: u32 = 0x1;
    // Symbol binding, type, visibility
    pub const STB_LOCAL: u32 = 0;
    pub const STB_GLOBAL: u32 = 1;
    pub const STB_WEAK: u32 = 2;
    pub const STB_NUM: u32 = 3;
    pub const STB_LOOS: u32 = 10;
    pub const STB_GNU_UNIQUE: u32 = 10;
    pub const STB_HIOS: u32 = 12;
    pub const STB_LOPROC: u32 = 13;
    pub const STB_HIPROC: u32 = 15;
    pub const STT_NOTYPE: u32 = 0;
    pub const STT_OBJECT: u32 = 1;
    pub const STT_FUNC: u32 = 2;
    pub const STT_SECTION: u32 = 3;
    pub const STT_FILE: u32 = 4;
    pub const STT_COMMON: u32 = 5;
    pub const STT_TLS: u32 = 6;
    pub const STT_NUM: u32 = 7;
    pub const STT_LOOS: u32 = 10;
    pub const STT_GNU_IFUNC: u32 = 10;
    pub const STT_HIOS: u32 = 12;
    pub const STT_LOPROC: u32 = 13;
    pub const STT_HIPROC: u32 = 15;
    pub const STN_UNDEF: u32 = 0;
    pub const STV_DEFAULT: u32 = 0;
    pub const STV_INTERNAL: u32 = 1;
    pub const STV_HIDDEN: u32 = 2;
    pub const STV_PROTECTED: u32 = 3;
    // Program header types and flags
    pub const PT_NULL: u32 = 0;
    pub const PT_LOAD: u32 = 1;
    pub const PT_DYNAMIC: u32 = 2;
    pub const PT_INTERP: u32 = 3;
    pub const PT_NOTE: u32 = 4;
    pub const PT_SHLIB: u32 = 5;
    pub const PT_PHDR: u32 = 6;
    pub const PT_TLS: u32 = 7;
    pub const PT_NUM: u32 = 8;
    pub const PT_LOOS: u32 = 0x60000000;
    pub const PT_GNU_EH_FRAME: u32 = 0x6474e550;
    pub const PT_GNU_STACK: u32 = 0x6474e551;
    pub const PT_GNU_RELRO: u32 = 0x6474e552;
    pub const PT_GNU_PROPERTY: u32 = 0x6474e553;
    pub const PT_LOSUNW: u32 = 0x6ffffffa;
    pub const PT_SUNWBSS: u32 = 0x6ffffffa;
    pub const PT_SUNWSTACK: u32 = 0x6ffffffb;
    pub const PT_HISUNW: u32 = 0x6fffffff;
    pub const PT_HIOS: u32 = 0x6fffffff;
    pub const PT_LOPROC: u32 = 0x70000000;
    pub const PT_HIPROC: u32 = 0x7fffffff;
    pub const PN_XNUM: u32 = 0xffff;
    pub const PF_X: u32 = 0x1;
    pub const PF_W: u32 = 0x2;
    pub const PF_R: u32 = 0x4;
    pub const PF_MASKOS: u32 = 0x0ff00000;
    pub const PF_MASKPROC: u32 = 0xf0000000;
    // Note types
    pub const NT_PRSTATUS: u32 = 1;
    pub const NT_FPREGSET: u32 = 2;
    pub const NT_PRPSINFO: u32 = 3;
    pub const NT_GNU_ABI_TAG: u32 = 1;
    pub const NT_GNU_BUILD_ID: u32 = 3;
    pub const NT_GNU_GOLD_VERSION: u32 = 4;
    pub const NT_GNU_PROPERTY_TYPE_0: u32 = 5;
    // Dynamic section tags
    pub const DT_NULL: u32 = 0;
    pub const DT_NEEDED: u32 = 1;
    pub const DT_PLTRELSZ: u32 = 2;
    pub const DT_PLTGOT: u32 = 3;
    pub const DT_HASH: u32 = 4;
    pub const DT_STRTAB: u32 = 5;
    pub const DT_SYMTAB: u32 = 6;
    pub const DT_RELA: u32 = 7;
    pub const DT_RELASZ: u32 = 8;
    pub const DT_RELAENT: u32 = 9;
    pub const DT_STRSZ: u32 = 10;
    pub const DT_SYMENT: u32 = 11;
    pub const DT_INIT: u32 = 12;
    pub const DT_FINI: u32 = 13;
    pub const DT_SONAME: u32 = 14;
    pub const DT_RPATH: u32 = 15;
    pub const DT_SYMBOLIC: u32 = 16;
    pub const DT_REL: u32 = 17;
    pub const DT_RELSZ: u32 = 18;
    pub const DT_RELENT: u32 = 19;
    pub const DT_PLTREL: u32 = 20;
    pub const DT_DEBUG: u32 = 21;
    pub const DT_TEXTREL: u32 = 22;
    pub const DT_JMPREL: u32 = 23;
    pub const DT_BIND_NOW: u32 = 24;
    pub const DT_INIT_ARRAY: u32 = 25;
    pub const DT_FINI_ARRAY: u32 = 26;
    pub const DT_INIT_ARRAYSZ: u32 = 27;
    pub const DT_FINI_ARRAYSZ: u32 = 28;
    pub const DT_RUNPATH: u32 = 29;
    pub const DT_FLAGS: u32 = 30;
    pub const DT_ENCODING: u32 = 32;
    pub const DT_PREINIT_ARRAY: u32 = 32;
    pub const DT_PREINIT_ARRAYSZ: u32 = 33;
    pub const DT_SYMTAB_SHNDX: u32 = 34;
    pub const DT_NUM: u32 = 35;
    pub const DT_LOOS: u32 = 0x6000000d;
    pub const DT_HIOS: u32 = 0x6ffff000;
    pub const DT_LOPROC: u32 = 0x70000000;
    pub const DT_HIPROC: u32 = 0x7fffffff;
    pub const DT_VALRNGLO: u32 = 0x6ffffd00;
    pub const DT_VALRNGHI: u32 = 0x6ffffdff;
    pub const DT_ADDRRNGLO: u32 = 0x6ffffe00;
    pub const DT_GNU_HASH: u32 = 0x6ffffef5;
    pub const DT_TLSDESC_PLT: u32 = 0x6ffffef6;
    pub const DT_TLSDESC_GOT: u32 = 0x6ffffef7;
    pub const DT_ADDRRNGHI: u32 = 0x6ffffeff;
    pub const DT_VERSYM: u32 = 0x6ffffff0;
    pub const DT_RELACOUNT: u32 = 0x6ffffff9;
    pub const DT_RELCOUNT: u32 = 0x6ffffffa;
    pub const DT_FLAGS_1: u32 = 0x6ffffffb;
    pub const DT_VERDEF: u32 = 0x6ffffffc;
    pub const DT_VERDEFNUM: u32 = 0x6ffffffd;
    pub const DT_VERNEED: u32 = 0x6ffffffe;
    pub const DT_VERNEEDNUM: u32 = 0x6fffffff;
    pub const DT_AUXILIARY: u32 = 0x7ffffffd;
    pub const DT_FILTER: u32 = 0x7fffffff;
    // DT_FLAGS and DT_FLAGS_1 bits
    pub const DF_ORIGIN: u32 = 0x1;
    pub const DF_SYMBOLIC: u32 = 0x2;
    pub const DF_TEXTREL: u32 = 0x4;
    pub const DF_BIND_NOW: u32 = 0x8;
    pub const DF_STATIC_TLS: u32 = 0x10;
    pub const DF_1_NOW: u32 = 0x1;
    pub const DF_1_GLOBAL: u32 = 0x2;
    pub const DF_1_GROUP: u32 = 0x4;
    pub const DF_1_NODELETE: u32 = 0x8;
    pub const DF_1_LOADFLTR: u32 = 0x10;
    pub const DF_1_INITFIRST: u32 = 0x20;
    pub const DF_1_NOOPEN: u32 = 0x40;
    pub const DF_1_ORIGIN: u32 = 0x80;
    pub const DF_1_DIRECT: u32 = 0x100;
    pub const DF_1_TRANS: u32 = 0x200;
    pub const DF_1_INTERPOSE: u32 = 0x400;
    pub const DF_1_NODEFLIB: u32 = 0x800;
    pub const DF_1_NODUMP: u32 = 0x1000;
    pub const DF_1_CONFALT: u32 = 0x2000;
    pub const DF_1_ENDFILTEE: u32 = 0x4000;
    pub const DF_1_PIE: u32 = 0x08000000;
    // Symbol versioning
    pub const VER_DEF_NONE: u32 = 0;
    pub const VER_DEF_CURRENT: u32 = 1;
    pub const VER_DEF_NUM: u32 = 2;
    pub const VER_FLG_BASE: u32 = 0x1;
    pub const VER_FLG_WEAK: u32 = 0x2;
    pub const VER_NDX_LOCAL: u32 = 0;
    pub const VER_NDX_GLOBAL: u32 = 1;
    pub const VER_NDX_LORESERVE: u32 = 0xff00;
    pub const VER_NDX_ELIMINATE: u32 = 0xff01;
    pub const VER_NEED_NONE: u32 = 0;
    pub const VER_NEED_CURRENT: u32 = 1;
    pub const VER_NEED_NUM: u32 = 2;
    // x86-64 relocation types (psABI)
    pub const R_X86_64_NONE: u32 = 0;
    pub const R_X86_64_64: u32 = 1;
    pub const R_X86_64_PC32: u32 = 2;
    pub const R_X86_64_GOT32: u32 = 3;
    pub const R_X86_64_PLT32: u32 = 4;
    pub const R_X86_64_COPY: u32 = 5;
    pub const R_X86_64_GLOB_DAT: u32 = 6;
    pub const R_X86_64_JUMP_SLOT: u32 = 7;
    pub const R_X86_64_RELATIVE: u32 = 8;
    pub const R_X86_64_GOTPCREL: u32 = 9;
    pub const R_X86_64_32: u32 = 10;
    pub const R_X86_64_32S: u32 = 11;
    pub const R_X86_64_16: u32 = 12;
    pub const R_X86_64_PC16: u32 = 13;
    pub const R_X86_64_8: u32 = 14;
    pub const R_X86_64_PC8: u32 = 15;
    pub const R_X86_64_DTPMOD64: u32 = 16;
    pub const R_X86_64_DTPOFF64: u32 = 17;
    pub const R_X86_64_TPOFF64: u32 = 18;
    pub const R_X86_64_TLSGD: u32 = 19;
    pub const R_X86_64_TLSLD: u32 = 20;
    pub const R_X86_64_DTPOFF32: u32 = 21;
    pub const R_X86_64_GOTTPOFF: u32 = 22;
    pub const R_X86_64_TPOFF32: u32 = 23;
    pub const R_X86_64_PC64: u32 = 24;
    pub const R_X86_64_GOTOFF64: u32 = 25;
    pub const R_X86_64_GOTPC32: u32 = 26;
    pub const R_X86_64_GOT64: u32 = 27;
    pub const R_X86_64_GOTPCREL64: u32 = 28;
    pub const R_X86_64_GOTPC64: u32 = 29;
    pub const R_X86_64_GOTPLT64: u32 = 30;
    pub const R_X86_64_PLTOFF64: u32 = 31;
    pub const R_X86_64_SIZE32: u32 = 32;
    pub const R_X86_64_SIZE64: u32 = 33;
    pub const R_X86_64_GOTPC32_TLSDESC: u32 = 34;
    pub const R_X86_64_TLSDESC_CALL: u32 = 35;
    pub const R_X86_64_TLSDESC: u32 = 36;
    pub const R_X86_64_IRELATIVE: u32 = 37;
    pub const R_X86_64_RELATIVE64: u32 = 38;
    pub const R_X86_64_GOTPCRELX: u32 = 41;
    pub const R_X86_64_REX_GOTPCRELX: u32 = 42;
    pub const R_X86_64_NUM: u32 = 43;
}
