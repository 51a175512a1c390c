//! Exit codes: the contract with CI.

/// Every claim passed (or only warnings failed, without `--deny warnings`).
pub const SUCCESS: u8 = 0;
/// At least one claim of severity `error` (or `warning`, with `--deny warnings`) failed.
pub const CLAIMS_FAILED: u8 = 1;
/// The check could not run: bad claim file, missing source, bad arguments.
pub const CHECK_ERROR: u8 = 2;
