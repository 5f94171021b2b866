//! Per-test metadata: the `// rcc-test: key=value` lines at the top of a C test file.

use std::fmt;

/// What a test asks of the runner, parsed from its leading comment lines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spec {
    /// Extra command-line arguments (after argv[0]).
    pub args: Vec<String>,
    /// Environment variables added to the fixed base environment.
    pub env: Vec<(String, String)>,
    /// Expected exit status when no signal is expected.
    pub expect_exit: i32,
    /// Any of these signals is the expected way for the program to die.
    pub expect_signal: Vec<i32>,
    /// Exact expected stdout, if the test states one.
    pub expect_stdout: Option<String>,
    /// Extra compiler flags.
    pub cflags: Vec<String>,
    /// Bytes fed to the program's stdin (otherwise /dev/null).
    pub stdin: Option<String>,
    /// Timeout in seconds.
    pub timeout_secs: u64,
}

/// A malformed metadata line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

const MARKER: &str = "rcc-test:";

/// Parses the metadata in the leading comment block of `source`. Parsing stops at the first
/// line that is neither blank nor a `//` comment.
pub fn parse(source: &str) -> Result<Spec, SpecError> {
    let mut spec = Spec {
        timeout_secs: 10,
        ..Spec::default()
    };
    for (index, raw) in source.lines().enumerate() {
        let line_no = index + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix("//") else {
            break;
        };
        let Some(body) = comment.trim_start().strip_prefix(MARKER) else {
            continue;
        };
        let err = |message: String| SpecError {
            line: line_no,
            message,
        };
        let body = body.trim();
        let (key, value) = body
            .split_once('=')
            .ok_or_else(|| err(format!("expected key=value, got `{body}`")))?;
        let key = key.trim();
        match key {
            "args" => spec.args.extend(value.split_whitespace().map(String::from)),
            "env" => {
                for item in value.split_whitespace() {
                    let (k, v) = item
                        .split_once('=')
                        .ok_or_else(|| err(format!("env item `{item}` is not K=V")))?;
                    if k.is_empty() {
                        return Err(err(format!("env item `{item}` has an empty name")));
                    }
                    spec.env.push((k.to_string(), v.to_string()));
                }
            }
            "expect-exit" => {
                spec.expect_exit = value
                    .trim()
                    .parse()
                    .ok()
                    .filter(|v| (0..=255).contains(v))
                    .ok_or_else(|| err(format!("bad exit status `{value}`")))?;
            }
            "expect-signal" => {
                for name in value.split('|') {
                    let sig = signal_number(name.trim())
                        .ok_or_else(|| err(format!("unknown signal `{name}`")))?;
                    spec.expect_signal.push(sig);
                }
            }
            "expect-stdout" => {
                let text = unescape(value).map_err(err)?;
                spec.expect_stdout = Some(spec.expect_stdout.take().unwrap_or_default() + &text);
            }
            "cflags" => spec
                .cflags
                .extend(value.split_whitespace().map(String::from)),
            "stdin" => {
                let text = unescape(value).map_err(err)?;
                spec.stdin = Some(spec.stdin.take().unwrap_or_default() + &text);
            }
            "timeout" => {
                spec.timeout_secs = value
                    .trim()
                    .parse()
                    .ok()
                    .filter(|&t| t > 0)
                    .ok_or_else(|| err(format!("bad timeout `{value}`")))?;
            }
            _ => return Err(err(format!("unknown key `{key}`"))),
        }
    }
    if !spec.expect_signal.is_empty() && spec.expect_exit != 0 {
        return Err(SpecError {
            line: 0,
            message: "expect-exit and expect-signal are exclusive".into(),
        });
    }
    Ok(spec)
}

/// Expands `\n`, `\t`, `\\`, `\0`, `\s` (space) and `\xHH` escapes.
pub fn unescape(text: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('0') => out.push('\0'),
            Some('s') => out.push(' '),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                let byte = u8::from_str_radix(&hex, 16)
                    .ok()
                    .filter(|_| hex.len() == 2)
                    .ok_or_else(|| format!("bad \\x escape `\\x{hex}`"))?;
                out.push(char::from(byte));
            }
            Some(other) => return Err(format!("unknown escape `\\{other}`")),
            None => return Err("trailing backslash".into()),
        }
    }
    Ok(out)
}

const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
];

/// `SIGABRT` -> 6 (x86_64 Linux numbering).
pub fn signal_number(name: &str) -> Option<i32> {
    SIGNALS.iter().find(|(n, _)| *n == name).map(|&(_, s)| s)
}

/// 6 -> `SIGABRT`; unknown numbers (real-time signals) print as `SIG<n>`.
pub fn signal_name(sig: i32) -> String {
    SIGNALS
        .iter()
        .find(|&&(_, s)| s == sig)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| format!("SIG{sig}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_no_metadata() {
        let spec = parse("#include <unistd.h>\nint main(void) { return 0; }\n").unwrap();
        assert_eq!(spec.expect_exit, 0);
        assert!(spec.expect_signal.is_empty());
        assert_eq!(spec.expect_stdout, None);
        assert_eq!(spec.timeout_secs, 10);
        assert!(spec.args.is_empty() && spec.env.is_empty() && spec.cflags.is_empty());
    }

    #[test]
    fn parses_every_key() {
        let src = "// argv test\n\
                   // rcc-test: args=a b  c\n\
                   // rcc-test: env=K=V X=1=2\n\
                   //rcc-test: expect-exit=42\n\
                   // rcc-test: expect-stdout=one\\ntwo\\n\n\
                   // rcc-test: cflags=-fstack-protector-all -O0\n\
                   // rcc-test: stdin=in\\x41\n\
                   // rcc-test: timeout=3\n\
                   #include <t.h>\n\
                   // rcc-test: args=ignored-after-code\n";
        let spec = parse(src).unwrap();
        assert_eq!(spec.args, ["a", "b", "c"]);
        assert_eq!(
            spec.env,
            [("K".into(), "V".into()), ("X".into(), "1=2".into())]
        );
        assert_eq!(spec.expect_exit, 42);
        assert_eq!(spec.expect_stdout.as_deref(), Some("one\ntwo\n"));
        assert_eq!(spec.cflags, ["-fstack-protector-all", "-O0"]);
        assert_eq!(spec.stdin.as_deref(), Some("inA"));
        assert_eq!(spec.timeout_secs, 3);
    }

    #[test]
    fn empty_expected_stdout_is_an_expectation() {
        let spec = parse("// rcc-test: expect-stdout=\n").unwrap();
        assert_eq!(spec.expect_stdout.as_deref(), Some(""));
    }

    #[test]
    fn signal_alternatives() {
        let spec = parse("// rcc-test: expect-signal=SIGABRT|SIGSEGV\n").unwrap();
        assert_eq!(spec.expect_signal, [6, 11]);
        assert!(parse("// rcc-test: expect-signal=SIGNOPE\n").is_err());
    }

    #[test]
    fn rejects_bad_lines() {
        assert_eq!(parse("\n// rcc-test: colour=blue\n").unwrap_err().line, 2);
        assert!(parse("// rcc-test: expect-exit=256\n").is_err());
        assert!(parse("// rcc-test: expect-exit=x\n").is_err());
        assert!(parse("// rcc-test: env=NOEQUALS\n").is_err());
        assert!(parse("// rcc-test: args\n").is_err());
        assert!(parse("// rcc-test: expect-stdout=a\\q\n").is_err());
        assert!(parse("// rcc-test: expect-exit=1\n// rcc-test: expect-signal=SIGABRT\n").is_err());
    }

    #[test]
    fn signal_names_round_trip() {
        assert_eq!(signal_name(11), "SIGSEGV");
        assert_eq!(signal_number("SIGABRT"), Some(6));
        assert_eq!(signal_name(40), "SIG40");
    }
}
