//! `--format junit`: JUnit XML as GitHub's, GitLab's and Jenkins' test reporters read it. A
//! testsuite per claim file (or checked text), a testcase per claim (name: the claim's id,
//! classname: its file). A failing claim is a `<failure>` whose `type` is its rule
//! (`factcheck/contradicted`, ...), whose `message` is its title and explanation on one line,
//! and whose text is the full account with the evidence; a skipped sentence is `<skipped/>`.
//! Times are all zero and there is no timestamp, so the same run gives the same bytes.

use super::{Renderer, one_line, plain_details, rule_id, title};
use factcheck_core::{Outcome, Report};
use quick_junit::{NonSuccessKind, TestCase, TestCaseStatus, TestSuite};
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
                    status.set_message(one_line(&r.explanation));
                    status
                }
                Outcome::Fail => {
                    let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                    // An attribute: XML turns its line breaks into spaces, so none are written.
                    status.set_message(one_line(&format!("{} ({}): {}", title(r), r.severity.name(), r.explanation)));
                    status.set_type(rule_id(r.verdict));
                    status.set_description(plain_details(r));
                    status
                }
            };
            let mut case = TestCase::new(r.id.as_str(), status);
            case.set_classname(r.file.as_str());
            case.set_time(Duration::ZERO);
            match suites.iter_mut().find(|(file, _)| *file == r.file) {
                Some((_, suite)) => {
                    suite.add_test_case(case);
                }
                None => {
                    let mut suite = TestSuite::new(r.file.as_str());
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
