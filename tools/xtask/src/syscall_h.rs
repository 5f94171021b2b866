//! Generates `include/bits/syscall.h` (`__NR_name` and `SYS_name`) from
//! `arch/x86_64/syscalls.tbl`, the single source of syscall numbers.

/// Parses the table: one `name number` row per line; `#` starts a comment.
pub fn rows(table_text: &str) -> Vec<(&str, u32)> {
    table_text
        .lines()
        .filter_map(|line| {
            let line = line.split('#').next().unwrap_or("").trim();
            let mut it = line.split_whitespace();
            let name = it.next()?;
            let nr = it.next()?.parse().ok()?;
            Some((name, nr))
        })
        .collect()
}

/// The text of `bits/syscall.h` for the given table.
pub fn syscall_h(table_text: &str) -> String {
    let rows = rows(table_text);
    let mut out = String::from(
        "/* bits/syscall.h - x86_64 system call numbers (rcc).\n \
         * Generated from arch/x86_64/syscalls.tbl by cargo xtask; do not edit. */\n",
    );
    for (name, nr) in &rows {
        out.push_str(&format!("#define __NR_{name} {nr}\n"));
    }
    out.push('\n');
    for (name, nr) in &rows {
        out.push_str(&format!("#define SYS_{name} {nr}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_and_blanks() {
        let t = "# header\nread 0\n\nwrite 1 # trailing\n  close   3\n";
        assert_eq!(rows(t), vec![("read", 0), ("write", 1), ("close", 3)]);
    }

    #[test]
    fn header_defines_both_spellings() {
        let h = syscall_h("read 0\nexit_group 231\n");
        assert!(h.contains("#define __NR_read 0\n"));
        assert!(h.contains("#define SYS_exit_group 231\n"));
        assert!(h.starts_with("/*"));
    }

    #[test]
    fn real_table_parses() {
        let text = include_str!("../../../arch/x86_64/syscalls.tbl");
        let r = rows(text);
        assert!(r.len() > 300);
        assert!(r.contains(&("getpid", 39)));
    }
}
