//! Exit codes: the contract with CI.

/// Every claim passed (or only warnings failed, without `--deny warnings`).
pub const SUCCESS: u8 = 0;
/// At least one claim of severity `error` (or `warning`, with `--deny warnings`) failed.
pub const CLAIMS_FAILED: u8 = 1;
/// The check could not run: bad claim file, missing source, bad arguments.
pub const CHECK_ERROR: u8 = 2;

/// The exit code of a run that loaded: from its summary (the gate of
/// [`factcheck_core::Summary::fails_gate`]) and its snapshots. Buffered and streamed runs,
/// `verify` and `check`, all end here.
pub fn of_run(summary: &factcheck_core::Summary, deny_warnings: bool, snapshots: crate::snapshot::Outcome) -> u8 {
    if snapshots.errors > 0 {
        CHECK_ERROR
    } else if summary.fails_gate(deny_warnings) || snapshots.differ > 0 {
        CLAIMS_FAILED
    } else {
        SUCCESS
    }
}

/// Keeps the claims with any of `tags` (all when `tags` is empty): the one tag filter.
pub fn tagged(tags: &[String]) -> impl Fn(&factcheck_core::Claim) -> bool + '_ {
    move |c| tags.is_empty() || c.tags.iter().any(|t| tags.contains(t))
}

/// The error of a run whose `--tag` matched no claim.
pub fn no_tagged_claims(tags: &[String]) -> String {
    format!("error: no claim has the tag{} {}", if tags.len() == 1 { "" } else { "s" }, tags.join(", "))
}
