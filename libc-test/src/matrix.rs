//! Cell outcomes and the rules that turn a row of outcomes into verdicts.

use crate::spec::{self, Spec};
use std::fmt;

/// The four ways every test is built and run, in matrix column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Libc {
    RccStatic,
    RccDynamic,
    Musl,
    Glibc,
}

impl Libc {
    pub const ALL: [Libc; 4] = [Libc::RccStatic, Libc::RccDynamic, Libc::Musl, Libc::Glibc];

    pub fn name(self) -> &'static str {
        match self {
            Libc::RccStatic => "rcc-static",
            Libc::RccDynamic => "rcc-dynamic",
            Libc::Musl => "musl",
            Libc::Glibc => "glibc",
        }
    }

    pub fn is_rcc(self) -> bool {
        matches!(self, Libc::RccStatic | Libc::RccDynamic)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// What happened to one test built and run against one libc.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    FailExit(i32),
    FailStdout,
    /// Died by an unexpected signal, or survived when a signal was expected (see `FailExit`).
    Signal(i32),
    Build,
    Timeout,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Outcome::Pass => f.write_str("pass"),
            Outcome::FailExit(code) => write!(f, "FAIL(exit {code})"),
            Outcome::FailStdout => f.write_str("FAIL(stdout)"),
            Outcome::Signal(sig) => f.write_str(&spec::signal_name(*sig)),
            Outcome::Build => f.write_str("BUILD"),
            Outcome::Timeout => f.write_str("TIMEOUT"),
        }
    }
}

impl Outcome {
    /// Parses the form printed by `Display` (used by the known-differences file).
    pub fn parse(text: &str) -> Option<Outcome> {
        match text {
            "pass" => Some(Outcome::Pass),
            "FAIL(stdout)" => Some(Outcome::FailStdout),
            "BUILD" => Some(Outcome::Build),
            "TIMEOUT" => Some(Outcome::Timeout),
            _ => {
                if let Some(code) = text
                    .strip_prefix("FAIL(exit ")
                    .and_then(|t| t.strip_suffix(')'))
                {
                    return code.parse().ok().map(Outcome::FailExit);
                }
                if let Some(n) = text.strip_prefix("SIG").and_then(|n| n.parse().ok()) {
                    return Some(Outcome::Signal(n));
                }
                spec::signal_number(text).map(Outcome::Signal)
            }
        }
    }
}

/// How a finished child process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    Exited(i32),
    Signaled(i32),
    TimedOut,
}

/// Compares a finished run against the test's expectations.
pub fn classify(spec: &Spec, ended: &Ended, stdout: &[u8]) -> Outcome {
    match *ended {
        Ended::TimedOut => return Outcome::Timeout,
        Ended::Signaled(sig) => {
            if !spec.expect_signal.contains(&sig) {
                return Outcome::Signal(sig);
            }
        }
        Ended::Exited(code) => {
            if !spec.expect_signal.is_empty() || code != spec.expect_exit {
                return Outcome::FailExit(code);
            }
        }
    }
    match &spec.expect_stdout {
        Some(want) if want.as_bytes() != stdout => Outcome::FailStdout,
        _ => Outcome::Pass,
    }
}

/// The judgement of one rcc cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Did what was required.
    Pass,
    /// Did what the known-differences file says it does.
    Known,
    /// Required outcome not met.
    Fail { required: Outcome },
    /// A known difference is listed, but the cell now does what is required without it.
    Stale { listed: Outcome },
    /// Neither the listed nor the required outcome.
    KnownMismatch { listed: Outcome, required: Outcome },
}

impl Verdict {
    pub fn passed(&self) -> bool {
        matches!(self, Verdict::Pass | Verdict::Known)
    }
}

/// A test that fails on both reference libcs is broken: it says nothing about rcc.
pub fn is_broken(musl: &Outcome, glibc: &Outcome) -> bool {
    *musl != Outcome::Pass && *glibc != Outcome::Pass
}

/// What an rcc cell must do when no known difference is listed: pass where either reference
/// libc passes and musl passes; follow musl where only glibc passes. A broken test gives no
/// reference, so rcc must still pass it.
pub fn required(musl: &Outcome, glibc: &Outcome) -> Outcome {
    if *glibc == Outcome::Pass && *musl != Outcome::Pass {
        musl.clone()
    } else {
        Outcome::Pass
    }
}

/// Judges one rcc cell against the reference libcs and an optional known difference.
pub fn judge(musl: &Outcome, glibc: &Outcome, rcc: &Outcome, listed: Option<&Outcome>) -> Verdict {
    let required = required(musl, glibc);
    match listed {
        None if *rcc == required => Verdict::Pass,
        None => Verdict::Fail { required },
        Some(listed) if rcc == listed => Verdict::Known,
        Some(listed) if *rcc == required => Verdict::Stale {
            listed: listed.clone(),
        },
        Some(listed) => Verdict::KnownMismatch {
            listed: listed.clone(),
            required,
        },
    }
}

/// A known difference listed for a reference libc must still happen.
pub fn reference_row_holds(actual: &Outcome, listed: &Outcome) -> bool {
    actual == listed
}

#[cfg(test)]
mod tests {
    use super::*;
    use Outcome::*;

    fn spec(src: &str) -> Spec {
        spec::parse(src).unwrap()
    }

    #[test]
    fn outcome_text_round_trips() {
        for o in [
            Pass,
            FailExit(1),
            FailExit(255),
            FailStdout,
            Signal(6),
            Signal(11),
            Signal(40),
            Build,
            Timeout,
        ] {
            assert_eq!(Outcome::parse(&o.to_string()), Some(o.clone()), "{o}");
        }
        assert_eq!(Outcome::parse("SIGABRT"), Some(Signal(6)));
        assert_eq!(Outcome::parse("fail"), None);
        assert_eq!(Outcome::parse("FAIL(exit x)"), None);
    }

    #[test]
    fn classify_exit_and_signal() {
        let plain = spec("");
        assert_eq!(classify(&plain, &Ended::Exited(0), b""), Pass);
        assert_eq!(classify(&plain, &Ended::Exited(1), b""), FailExit(1));
        assert_eq!(classify(&plain, &Ended::Signaled(11), b""), Signal(11));
        assert_eq!(classify(&plain, &Ended::TimedOut, b""), Timeout);

        let exit42 = spec("// rcc-test: expect-exit=42\n");
        assert_eq!(classify(&exit42, &Ended::Exited(42), b""), Pass);
        assert_eq!(classify(&exit42, &Ended::Exited(0), b""), FailExit(0));

        let sig = spec("// rcc-test: expect-signal=SIGABRT|SIGSEGV\n");
        assert_eq!(classify(&sig, &Ended::Signaled(6), b""), Pass);
        assert_eq!(classify(&sig, &Ended::Signaled(11), b""), Pass);
        assert_eq!(classify(&sig, &Ended::Signaled(7), b""), Signal(7));
        assert_eq!(classify(&sig, &Ended::Exited(0), b""), FailExit(0));
    }

    #[test]
    fn classify_stdout() {
        let s = spec("// rcc-test: expect-stdout=a\\nb\\n\n");
        assert_eq!(classify(&s, &Ended::Exited(0), b"a\nb\n"), Pass);
        assert_eq!(classify(&s, &Ended::Exited(0), b"a\nb"), FailStdout);
        assert_eq!(classify(&s, &Ended::Exited(3), b"a\nb\n"), FailExit(3));
        let empty = spec("// rcc-test: expect-stdout=\n");
        assert_eq!(classify(&empty, &Ended::Exited(0), b"x"), FailStdout);
        // Without an expectation, stdout is not checked.
        assert_eq!(classify(&spec(""), &Ended::Exited(0), b"x"), Pass);
    }

    #[test]
    fn failing_on_musl_and_glibc_is_broken() {
        assert!(is_broken(&FailExit(1), &Signal(11)));
        assert!(is_broken(&Build, &Build));
        assert!(!is_broken(&Pass, &FailExit(1)));
        assert!(!is_broken(&FailExit(1), &Pass));
        assert!(!is_broken(&Pass, &Pass));
    }

    #[test]
    fn both_pass_means_rcc_must_pass() {
        assert_eq!(judge(&Pass, &Pass, &Pass, None), Verdict::Pass);
        assert_eq!(
            judge(&Pass, &Pass, &Build, None),
            Verdict::Fail { required: Pass }
        );
    }

    #[test]
    fn only_one_passes_means_follow_musl() {
        // musl passes, glibc does not: rcc must pass.
        assert_eq!(judge(&Pass, &FailExit(1), &Pass, None), Verdict::Pass);
        assert!(!judge(&Pass, &FailExit(1), &FailExit(1), None).passed());
        // glibc passes, musl does not: rcc must do what musl does.
        assert_eq!(
            judge(&FailExit(2), &Pass, &FailExit(2), None),
            Verdict::Pass
        );
        assert_eq!(
            judge(&FailExit(2), &Pass, &Pass, None),
            Verdict::Fail {
                required: FailExit(2)
            }
        );
    }

    #[test]
    fn known_difference_rules() {
        // Listed and still happening: passes as known.
        assert_eq!(
            judge(&Pass, &Pass, &FailExit(1), Some(&FailExit(1))),
            Verdict::Known
        );
        // Following glibc where musl fails, by listing `pass`.
        assert_eq!(
            judge(&FailExit(1), &Pass, &Pass, Some(&Pass)),
            Verdict::Known
        );
        // Listed but fixed: stale row, which is a failure.
        let stale = judge(&Pass, &Pass, &Pass, Some(&FailExit(1)));
        assert_eq!(
            stale,
            Verdict::Stale {
                listed: FailExit(1)
            }
        );
        assert!(!stale.passed());
        // Listed, but the cell does something else again.
        let other = judge(&Pass, &Pass, &Signal(11), Some(&FailExit(1)));
        assert_eq!(
            other,
            Verdict::KnownMismatch {
                listed: FailExit(1),
                required: Pass
            }
        );
        assert!(!other.passed());
    }

    #[test]
    fn reference_rows() {
        assert!(reference_row_holds(&FailExit(1), &FailExit(1)));
        assert!(!reference_row_holds(&Pass, &FailExit(1)));
    }
}
