//! Verdicts, evidence and the report every output format is rendered from.

use crate::claim::Severity;

/// What the source says about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The source states a compatible value for the subject.
    Supported,
    /// The source states only incompatible values for the subject.
    Contradicted,
    /// The source states both compatible and incompatible values, in different places.
    Conflicting,
    /// The source says nothing about the subject that can be compared with the claim.
    NotFound,
}

impl Verdict {
    /// Every verdict, in report order.
    pub const ALL: [Verdict; 4] = [Verdict::Supported, Verdict::Contradicted, Verdict::Conflicting, Verdict::NotFound];

    /// The name used in claim files and reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Conflicting => "conflicting",
            Verdict::NotFound => "not_found",
        }
    }

    /// Reads a verdict name as written in `expect:`.
    pub fn from_name(name: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.name() == name)
    }
}

/// Whether a claim got the verdict it expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The verdict equals the claim's `expect`.
    Pass,
    /// It does not.
    Fail,
    /// Nothing in it could be checked (a sentence of `factcheck check` with no figure, date or
    /// name): reported, never a failure.
    Skipped,
}

impl Outcome {
    /// The outcome of `verdict` for a claim that accepts the verdicts `accepted` (its `expect`;
    /// for `factcheck check --fail-on contradicted`, `supported` and `not_found`): the one rule
    /// that makes a claim pass or fail.
    pub fn of(verdict: Verdict, accepted: &[Verdict]) -> Outcome {
        if accepted.contains(&verdict) { Outcome::Pass } else { Outcome::Fail }
    }

    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail => "fail",
            Outcome::Skipped => "skipped",
        }
    }
}

/// One place in a source that a verdict rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The source as the user can open it (relative, `/`-separated).
    pub source: String,
    /// Byte range of the matched text in the source.
    pub start: usize,
    /// End of that byte range (exclusive).
    pub end: usize,
    /// 1-based line of the matched text.
    pub line: u32,
    /// 1-based column, in characters, of the matched text.
    pub column: u32,
    /// The sentence (or two adjacent sentences) holding it.
    pub sentence: String,
    /// 1-based line where `sentence` starts.
    pub sentence_line: u32,
    /// Byte offset of the matched text within `sentence`.
    pub offset_in_sentence: usize,
    /// The matched text itself.
    pub matched: String,
    /// The source's value, normalised; `None` for quotes and words.
    pub value: Option<String>,
    /// Whether this evidence agrees with the claim.
    pub agrees: bool,
}

/// A claim's verdict with everything a reader needs to judge it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimResult {
    /// The claim file.
    pub file: String,
    /// The claim's id.
    pub id: String,
    /// 1-based line of the claim's text in its file.
    pub line: u32,
    /// 1-based column of the claim's text in its file.
    pub column: u32,
    /// The claim as written.
    pub claim: String,
    /// The text of the claim's line in its file, for snippets.
    pub line_text: String,
    /// `money`, `date`, ..., `statement` or `quote`.
    pub kind: &'static str,
    /// The verdict that makes it pass.
    pub expect: Verdict,
    /// The verdict found.
    pub verdict: Verdict,
    /// Whether the verdict is the expected one.
    pub outcome: Outcome,
    /// How much a failure matters.
    pub severity: Severity,
    /// One sentence saying why the verdict is what it is.
    pub explanation: String,
    /// The claim's value, normalised (with operator and tolerance applied).
    pub claim_value: Option<String>,
    /// The places in the sources the verdict rests on; for `not_found`, none.
    pub evidence: Vec<Evidence>,
    /// For a `not_found`, the source sentences that came closest to the claim's subject
    /// (at most three, the closest first); otherwise none.
    pub near: Vec<NearMiss>,
    /// The author's note.
    pub note: Option<String>,
}

/// A source sentence that came close to a claim found `not_found`, and what kept it from
/// answering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    /// The source, as reports show it.
    pub source: String,
    /// 1-based line of the sentence's start.
    pub line: u32,
    /// 1-based column (in characters) of the sentence's start.
    pub column: u32,
    /// The sentence.
    pub sentence: String,
    /// The subject's words the sentence holds (how, where not as written).
    pub has: Vec<String>,
    /// The subject's words it lacks.
    pub lacks: Vec<String>,
    /// Why it does not answer the claim, in a few words.
    pub why: String,
}

/// Counts of a report, for the summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Claims checked.
    pub total: usize,
    /// Claims per verdict, in [`Verdict::ALL`] order (skipped claims left out).
    pub verdicts: [usize; 4],
    /// Claims whose verdict was the expected one.
    pub passed: usize,
    /// Claims whose verdict was not the expected one, of any severity.
    pub failed: usize,
    /// Claims with nothing to check.
    pub skipped: usize,
    /// Failing claims per severity, in `error`, `warning`, `info` order: what the gate reads.
    pub failed_by_severity: [usize; 3],
}

impl Summary {
    /// True when the run must fail: a failing claim of severity `error`, or of severity
    /// `warning` when warnings are denied. This is the one place the gate is decided, for a
    /// whole report and for the sum of a streamed run's batches alike.
    pub fn fails_gate(&self, deny_warnings: bool) -> bool {
        let [errors, warnings, _infos] = self.failed_by_severity;
        errors > 0 || (deny_warnings && warnings > 0)
    }

    /// Adds the counts of `other` (a later batch of the same run).
    pub fn add(&mut self, other: &Summary) {
        self.total += other.total;
        for (a, b) in self.verdicts.iter_mut().zip(other.verdicts) {
            *a += b;
        }
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
        for (a, b) in self.failed_by_severity.iter_mut().zip(other.failed_by_severity) {
            *a += b;
        }
    }
}

/// Every claim's result, in a stable order: file, then claim order in the file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// The results.
    pub results: Vec<ClaimResult>,
}

impl Report {
    /// Counts per verdict and outcome.
    pub fn summary(&self) -> Summary {
        let mut s = Summary { total: self.results.len(), ..Summary::default() };
        for r in &self.results {
            // A skipped claim has no verdict worth counting.
            if r.outcome != Outcome::Skipped {
                let i = Verdict::ALL.iter().position(|v| *v == r.verdict).unwrap_or(0);
                s.verdicts[i] += 1;
            }
            match r.outcome {
                Outcome::Pass => s.passed += 1,
                Outcome::Fail => {
                    s.failed += 1;
                    s.failed_by_severity[match r.severity {
                        Severity::Error => 0,
                        Severity::Warning => 1,
                        Severity::Info => 2,
                    }] += 1;
                }
                Outcome::Skipped => s.skipped += 1,
            }
        }
        s
    }

    /// Whether the run must fail: [`Summary::fails_gate`] of this report's summary.
    pub fn fails_gate(&self, deny_warnings: bool) -> bool {
        self.summary().fails_gate(deny_warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(outcome: Outcome, severity: Severity) -> ClaimResult {
        ClaimResult {
            file: "c.yaml".into(),
            id: "x".into(),
            line: 1,
            column: 1,
            claim: "a = 1".into(),
            line_text: "  claim: a = 1".into(),
            kind: "number",
            expect: Verdict::Supported,
            verdict: if outcome == Outcome::Pass { Verdict::Supported } else { Verdict::NotFound },
            outcome,
            severity,
            explanation: String::new(),
            claim_value: None,
            evidence: vec![],
            near: vec![],
            note: None,
        }
    }

    #[test]
    fn gate_depends_on_severity() {
        let warn =
            Report { results: vec![result(Outcome::Pass, Severity::Error), result(Outcome::Fail, Severity::Warning)] };
        assert!(!warn.fails_gate(false));
        assert!(warn.fails_gate(true));
        let info = Report { results: vec![result(Outcome::Fail, Severity::Info)] };
        assert!(!info.fails_gate(true));
        let err = Report { results: vec![result(Outcome::Fail, Severity::Error)] };
        assert!(err.fails_gate(false));
        let s = warn.summary();
        assert_eq!((s.total, s.passed, s.failed, s.verdicts), (2, 1, 1, [1, 0, 0, 1]));
    }

    #[test]
    fn the_gate_of_batches_added_up_is_the_gate_of_the_whole() {
        let batches = [
            Report { results: vec![result(Outcome::Pass, Severity::Error), result(Outcome::Fail, Severity::Info)] },
            Report { results: vec![result(Outcome::Fail, Severity::Warning)] },
        ];
        let mut sum = Summary::default();
        for b in &batches {
            sum.add(&b.summary());
        }
        let whole = Report { results: batches.iter().flat_map(|b| b.results.clone()).collect() };
        assert_eq!(sum, whole.summary());
        for deny in [false, true] {
            assert_eq!(sum.fails_gate(deny), whole.fails_gate(deny));
        }
        assert!(!sum.fails_gate(false) && sum.fails_gate(true));
        assert_eq!(Outcome::of(Verdict::NotFound, &[Verdict::Supported, Verdict::NotFound]), Outcome::Pass);
        assert_eq!(Outcome::of(Verdict::Contradicted, &[Verdict::Supported]), Outcome::Fail);
    }

    #[test]
    fn verdict_names_round_trip() {
        for v in Verdict::ALL {
            assert_eq!(Verdict::from_name(v.name()), Some(v));
        }
        assert_eq!(Verdict::from_name("true"), None);
    }
}
