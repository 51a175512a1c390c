//! `--format junit`: JUnit XML as GitHub's, GitLab's and Jenkins' test reporters read it. A
//! testsuite per claim file (or checked text), a testcase per claim (name: the claim's id,
//! classname: its file; `file` and `line`: where the claim stands, which GitLab and the common
//! GitHub JUnit reporters read to link or annotate the claim's line). A failing claim is a `<failure>` whose `type` is its rule
//! (`factcheck/contradicted`, ...), whose `message` is its title and explanation on one line,
//! and whose text is the full account with the evidence; a skipped sentence is `<skipped/>`.
//! Times are all zero and there is no timestamp, so the same run gives the same bytes.
//!
//! User text is escaped as for a terminal (see [`crate::escape::terminal`]): quick-junit drops
//! the C0 controls XML 1.0 forbids and strips ANSI escape sequences, payload and all, so that a
//! reviewer would not see them, and it leaves C1 controls and bidirectional overrides as they
//! are; escaped, they are all shown for what they are.

use super::{Renderer, one_line, plain_details, rule_id, title};
use crate::escape::terminal;
use factcheck_core::{Outcome, Report};
use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite, XmlString};
use std::io::{self, Write};
use std::time::Duration;

/// The JUnit XML report.
pub struct Junit;

impl Renderer for Junit {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        // Suites in the order their files first appear (the report is already in file order).
        let mut suites: Vec<(&str, TestSuite)> = Vec::new();
        for r in &report.results {
            let status = match r.outcome {
                Outcome::Pass => TestCaseStatus::success(),
                Outcome::Skipped => {
                    let mut status = TestCaseStatus::skipped();
                    status.set_message(terminal(&one_line(&r.explanation)));
                    status
                }
                Outcome::Fail => {
                    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    // An attribute: XML turns its line breaks into spaces, so none are written.
                    let message = one_line(&format!("{} ({}): {}", title(r), r.severity.name(), r.explanation));
                    status.set_message(terminal(&message));
                    status.set_type(rule_id(r.verdict));
                    // Already escaped.
                    status.set_description(plain_details(r));
                    status
                }
            };
            let mut case = TestCase::new(terminal(&r.id), status);
            case.set_classname(terminal(&r.file));
            // Not in the JUnit schema, but the attributes the reporters that link a test case to
            // its source read (GitLab, mikepenz/action-junit-report, dorny/test-reporter).
            case.extra.insert(XmlString::new("file"), XmlString::new(terminal(&r.file)));
            case.extra.insert(XmlString::new("line"), XmlString::new(r.line.to_string()));
            case.set_time(Duration::ZERO);
            match suites.iter_mut().find(|(file, _)| *file == r.file) {
                Some((_, suite)) => {
                    suite.add_test_case(case);
                }
                None => {
                    let mut suite = TestSuite::new(terminal(&r.file));
                    suite.set_time(Duration::ZERO);
                    suite.add_test_case(case);
                    suites.push((&r.file, suite));
                }
            }
        }
        let mut junit = quick_junit::Report::new("factcheck");
        junit.set_time(Duration::ZERO);
        junit.add_test_suites(suites.into_iter().map(|(_, suite)| suite));
        junit.serialize(&mut *out).map_err(io::Error::other)?;
        out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::hostile;

    #[test]
    fn controls_are_shown_not_dropped() {
        let mut out = Vec::new();
        Junit.render(&Report { results: vec![hostile::result()] }, &mut out).unwrap();
        let text = String::from_utf8_lossy(&out);
        assert!(!crate::escape::has_raw_controls(&out), "{text}");
        // quick-junit would strip the OSC sequence, payload and all; escaped, it is seen.
        assert!(text.contains("\\u{1b}]0;pwned\\u{7}\\u{1b}[2J \\u{9b}2J \\u{7f} \\u{202e}x"), "{text}");
        assert!(text.contains("Japan\\n::add-mask::Japan"), "{text}");
    }
}
