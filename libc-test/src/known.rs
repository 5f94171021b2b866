//! The known-differences file: `test<TAB>libc<TAB>expected-outcome<TAB>reason` rows.

use crate::matrix::{Libc, Outcome};

/// One accepted difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// `area/name`, the test's path under `tests/` without `.c`.
    pub test: String,
    pub libc: Libc,
    pub expected: Outcome,
    pub reason: String,
    /// 1-based line in the file, for messages.
    pub line: usize,
}

/// Parses the file. The libc column is `rcc-static`, `rcc-dynamic`, `musl`, `glibc`, or `rcc`
/// (both rcc columns). Blank lines and `#` comments are ignored; every row needs a reason.
pub fn parse(text: &str) -> Result<Vec<Row>, String> {
    let mut rows: Vec<Row> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        if fields.len() != 4 {
            return Err(format!(
                "line {line}: expected 4 tab-separated fields, got {}",
                fields.len()
            ));
        }
        let test = fields[0].trim();
        let reason = fields[3].trim();
        if test.is_empty() || reason.is_empty() {
            return Err(format!("line {line}: empty test name or reason"));
        }
        let libcs: &[Libc] = match fields[1].trim() {
            "rcc" => &[Libc::RccStatic, Libc::RccDynamic],
            "rcc-static" => &[Libc::RccStatic],
            "rcc-dynamic" => &[Libc::RccDynamic],
            "musl" => &[Libc::Musl],
            "glibc" => &[Libc::Glibc],
            other => return Err(format!("line {line}: unknown libc `{other}`")),
        };
        let expected = Outcome::parse(fields[2].trim())
            .ok_or_else(|| format!("line {line}: unknown outcome `{}`", fields[2].trim()))?;
        for &libc in libcs {
            if rows.iter().any(|r| r.test == test && r.libc == libc) {
                return Err(format!(
                    "line {line}: duplicate row for {test} {}",
                    libc.name()
                ));
            }
            rows.push(Row {
                test: test.to_string(),
                libc,
                expected: expected.clone(),
                reason: reason.to_string(),
                line,
            });
        }
    }
    Ok(rows)
}

/// The row for one cell, if any.
pub fn lookup<'a>(rows: &'a [Row], test: &str, libc: Libc) -> Option<&'a Row> {
    rows.iter().find(|r| r.test == test && r.libc == libc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_skips_comments() {
        let text = "# header\n\
                    \n\
                    startup/auxv\trcc\tFAIL(exit 1)\tno AT_RANDOM yet\n\
                    string/mem\tglibc\tSIGSEGV\tglibc crashes on this\n";
        let rows = parse(text).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].libc, Libc::RccStatic);
        assert_eq!(rows[1].libc, Libc::RccDynamic);
        assert_eq!(rows[0].expected, Outcome::FailExit(1));
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[2].expected, Outcome::Signal(11));
        assert_eq!(
            lookup(&rows, "string/mem", Libc::Glibc).unwrap().reason,
            "glibc crashes on this"
        );
        assert!(lookup(&rows, "string/mem", Libc::Musl).is_none());
    }

    #[test]
    fn rejects_malformed_rows() {
        assert!(parse("a\trcc\tpass\n").is_err());
        assert!(parse("a\tuclibc\tpass\tr\n").is_err());
        assert!(parse("a\trcc\tbroken\tr\n").is_err());
        assert!(parse("a\trcc\tpass\t \n").is_err());
        assert!(parse("a\trcc\tpass\tr\na\trcc-static\tBUILD\tr\n").is_err());
    }
}
