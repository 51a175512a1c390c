//! The data model of factcheck: claims, typed values as intervals, verdicts, evidence and the
//! report. Nothing here reads files or writes to a terminal; the loader fills these types, the
//! engine decides verdicts, and the CLI renders reports.

pub mod claim;
pub mod interval;
pub mod report;
pub mod value;

pub use claim::{Claim, ClaimBody, Operator, Severity, Tolerance};
pub use interval::{Bound, Interval};
pub use report::{ClaimResult, Evidence, NearMiss, Outcome, Report, Summary, Verdict};
pub use value::{Amount, DateValue, Value, ValueKind};
