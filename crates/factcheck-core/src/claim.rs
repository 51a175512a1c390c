//! Claims as the loader reads them from claim files.

use crate::report::Verdict;
use crate::value::Value;
use jiff::civil::Date;
use rust_decimal::Decimal;
use std::fmt;

/// How a compact or structured claim relates its subject to its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    /// `=`: the source's value is compatible with the claim's.
    Eq,
    /// `!=`: the source's value is incompatible with the claim's.
    Ne,
    /// `~` or `≈`: compatible within 10% (on top of any `tolerance`).
    Approx,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `in`: the source's value lies in a range, or is one of a list.
    In,
    /// `includes`: the source's list contains every item of the claim's list.
    Includes,
}

impl Operator {
    /// The operator as written in a claim file.
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::Eq => "=",
            Operator::Ne => "!=",
            Operator::Approx => "~",
            Operator::Lt => "<",
            Operator::Le => "<=",
            Operator::Gt => ">",
            Operator::Ge => ">=",
            Operator::In => "in",
            Operator::Includes => "includes",
        }
    }
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// How much a failing claim matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Severity {
    /// Fails the run (the default).
    #[default]
    Error,
    /// Reported; fails the run only with `--deny warnings`.
    Warning,
    /// Reported, never fails the run.
    Info,
}

impl Severity {
    /// The name used in claim files and reports.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// An explicit widening of the claim's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tolerance {
    /// A fraction of the value (`5%` is 0.05).
    Relative(Decimal),
    /// An amount in the value's own unit (`0.1B` is 100,000,000).
    Absolute(Decimal),
    /// A number of days, for dates (`2 days`).
    Days(i64),
}

/// What a claim asserts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimBody {
    /// `SUBJECT OP VALUE`, compact or structured.
    Compare {
        /// The words naming what the value is about.
        subject: String,
        /// How the source's value must relate to `value`.
        op: Operator,
        /// The claimed value.
        value: Value,
    },
    /// A sentence whose figures and content words are checked.
    Statement(String),
    /// Text that must appear verbatim in the source.
    Quote(String),
}

impl ClaimBody {
    /// The form's name in reports: the value kind for comparisons, else `statement` or `quote`.
    pub fn kind_name(&self) -> &'static str {
        match self {
            ClaimBody::Compare { value, .. } => value.kind().name(),
            ClaimBody::Statement(_) => "statement",
            ClaimBody::Quote(_) => "quote",
        }
    }
}

/// One claim of a claim file, with everything needed to verify and report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Unique within its file.
    pub id: String,
    /// The claim file as the user named it (relative, `/`-separated).
    pub file: String,
    /// 1-based line of the claim's text in its file.
    pub line: u32,
    /// 1-based column (in characters) of the claim's text in its file.
    pub column: u32,
    /// The claim as written, for reports (`Japan aid = $12.1B`).
    pub text: String,
    /// The text of the claim's line in its file, for the snippets of reports.
    pub line_text: String,
    /// What it asserts.
    pub body: ClaimBody,
    /// The verdict that makes it pass.
    pub expect: Verdict,
    /// How much a failure matters.
    pub severity: Severity,
    /// Optional widening of the claimed value.
    pub tolerance: Option<Tolerance>,
    /// Groups of words that name the same thing (file-level and claim-level, merged).
    pub aliases: Vec<Vec<String>>,
    /// Indices of the sources it is checked against, in the run's source list.
    pub sources: Vec<usize>,
    /// The date the sources were written: resolves dates without a year.
    pub as_of: Option<Date>,
    /// The author's note.
    pub note: Option<String>,
    /// Words for `--tag` filtering.
    pub tags: Vec<String>,
}

impl Claim {
    /// A claim with the defaults of a claim file: expect `supported`, severity `error`, checked
    /// against the first source, no position. For claims made by tools rather than read from a
    /// file (the sentences of a text to check, tests).
    pub fn new(id: impl Into<String>, body: ClaimBody) -> Claim {
        Claim {
            id: id.into(),
            file: String::new(),
            line: 0,
            column: 0,
            text: String::new(),
            line_text: String::new(),
            body,
            expect: Verdict::Supported,
            severity: Severity::Error,
            tolerance: None,
            aliases: Vec::new(),
            sources: vec![0],
            as_of: None,
            note: None,
            tags: Vec::new(),
        }
    }
}
