//! `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.
//!
//! One run of the tool `factcheck`, with one rule per way a claim can fail
//! (`factcheck/contradicted`, `factcheck/conflicting`, `factcheck/not_found`,
//! `factcheck/unexpected-support`) and `factcheck/expected-verdict` for the results of passing
//! claims. Each failing claim is one result, of level `error`, `warning` or `note` after its
//! severity, located at the claim's line and column in its claim file (the URI is the path as in
//! the report, relative, percent-encoded where a URI needs it). Each piece of evidence is a
//! related location in its source: start and end line and column (columns count Unicode code
//! points, as `columnKind` says), the byte offset and length, the matched text as the snippet,
//! and the sentence as the context region. With `all`, passing claims are results of kind
//! `pass` and skipped ones of kind `notApplicable`; SARIF requires level `none` for both. The
//! tool names where it is published (`informationUri`), and each rule says fully when a claim
//! breaks it (`fullDescription`) and links to the README's account of verdicts (`helpUri`).

use super::{Renderer, evidence_summary, position_after, rule_id, title};
use factcheck_core::{ClaimResult, Evidence, Outcome, Report, Severity};
use serde_sarif::sarif::{
    self, ArtifactContent, ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation,
    PropertyBag, Region, ReportingConfiguration, ReportingDescriptor, ResultKind, ResultLevel, Run, Tool,
    ToolComponent,
};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The SARIF report.
pub struct Sarif {
    /// Also give passing (and skipped) claims a result.
    pub all: bool,
}

/// Where the schema of the log is published (the address SARIF viewers know).
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The rule of a passing or skipped claim's result.
const EXPECTED_VERDICT: &str = "factcheck/expected-verdict";

/// Where factcheck is published: `repository` in Cargo.toml when the package sets it, else the
/// placeholder the CI recipe (docs/ci/github-actions.yml) names, so that a SARIF viewer's link
/// leads to a fork's own page once it says where it lives.
const REPOSITORY: &str = if env!("CARGO_PKG_REPOSITORY").is_empty() {
    "https://github.com/your-org/factcheck"
} else {
    env!("CARGO_PKG_REPOSITORY")
};

/// The README section that explains verdicts: every rule's help links to it (the repository's
/// page shows the README, and keeps its heading anchors, whatever the default branch is called).
const VERDICTS_HELP: &str = "#verdicts-and-exit-codes";

/// A rule of the SARIF log.
struct Rule {
    /// The rule id, as results and the other formats name it.
    id: &'static str,
    /// Its name in PascalCase, as SARIF asks.
    name: &'static str,
    /// One sentence.
    short: &'static str,
    /// What the rule is: when a claim breaks it.
    full: &'static str,
    /// What to do about a result.
    help: &'static str,
}

/// The rules: one per way a claim can fail, then the one of passing and skipped claims.
const RULES: [Rule; 5] = [
    Rule {
        id: "factcheck/contradicted",
        name: "Contradicted",
        short: "The source contradicts the claim.",
        full: "A claim is contradicted when every value its source states for the claim's subject falls outside the claim's value (with its operator and tolerance), or, for a statement, when the source sentence it rests on says the opposite. It fails unless it has `expect: contradicted`.",
        help: "The source states only values for the claim's subject that do not fit the claim. Correct the claim, or set `expect: contradicted` if it is meant to be false.",
    },
    Rule {
        id: "factcheck/conflicting",
        name: "Conflicting",
        short: "The source both supports and contradicts the claim.",
        full: "A claim is conflicting when its source states, in different places, values for the claim's subject that fit the claim and values that do not. It fails unless it has `expect: conflicting`.",
        help: "The source states values for the claim's subject that fit the claim in one place and do not in another. Check which one the claim means.",
    },
    Rule {
        id: "factcheck/not_found",
        name: "NotFound",
        short: "The source says nothing the claim can be checked against.",
        full: "A claim is not found when no sentence of its source holds the claim's subject with a value (or, for a quote, the quoted words; for a statement, its names and figures) that can be compared with the claim. It fails unless it has `expect: not_found`.",
        help: "No sentence of the source holds the claim's subject with a comparable value. Reword the subject (or add aliases), or point the claim at the right source.",
    },
    Rule {
        id: "factcheck/unexpected-support",
        name: "UnexpectedSupport",
        short: "The source supports a claim expected not to be supported.",
        full: "A claim whose `expect` is `contradicted`, `conflicting` or `not_found` fails when its source states a value that fits it, and no value that does not.",
        help: "The claim's `expect` says the source should not support it, but it does. Fix the claim or its `expect`.",
    },
    Rule {
        id: EXPECTED_VERDICT,
        name: "ExpectedVerdict",
        short: "The claim gets the verdict it expects.",
        full: "A claim passes when its verdict (supported, contradicted, conflicting or not_found) is its `expect` (by default, supported); a sentence of `factcheck check` with no figure, date or name has nothing to check.",
        help: "Results of this rule are claims that passed (kind `pass`) or had nothing to check (kind `notApplicable`); they are listed with --sarif-all.",
    },
];

impl Renderer for Sarif {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<ReportingDescriptor> = RULES
            .iter()
            .map(|rule| {
                ReportingDescriptor::builder()
                    .id(rule.id)
                    .name(rule.name)
                    .short_description(MultiformatMessageString::builder().text(rule.short).build())
                    .full_description(MultiformatMessageString::builder().text(rule.full).build())
                    .help(MultiformatMessageString::builder().text(rule.help).build())
                    .help_uri(format!("{REPOSITORY}{VERDICTS_HELP}"))
                    .default_configuration(ReportingConfiguration::builder().level(serde_json::json!("error")).build())
                    .build()
            })
            .collect();
        let results: Vec<sarif::Result> =
            report.results.iter().filter(|r| self.all || r.outcome == Outcome::Fail).map(result).collect();
        let driver = ToolComponent::builder()
            .name("factcheck")
            .semantic_version(env!("CARGO_PKG_VERSION"))
            .information_uri(REPOSITORY)
            .rules(rules)
            .build();
        let run = Run::builder()
            .tool(Tool::builder().driver(driver).build())
            .column_kind(serde_json::json!("unicodeCodePoints"))
            .results(results)
            .build();
        let log = sarif::Sarif::builder().schema(SCHEMA).version(serde_json::json!("2.1.0")).runs(vec![run]).build();
        crate::escape::write_json(out, &log, true)?;
        writeln!(out)
    }
}

fn result(r: &ClaimResult) -> sarif::Result {
    let (kind, level, rule) = match r.outcome {
        Outcome::Fail => (
            ResultKind::Fail,
            match r.severity {
                Severity::Error => ResultLevel::Error,
                Severity::Warning => ResultLevel::Warning,
                Severity::Info => ResultLevel::Note,
            },
            rule_id(r.verdict),
        ),
        Outcome::Pass => (ResultKind::Pass, ResultLevel::None, EXPECTED_VERDICT),
        Outcome::Skipped => (ResultKind::NotApplicable, ResultLevel::None, EXPECTED_VERDICT),
    };
    let rule_index = RULES.iter().position(|r| r.id == rule).unwrap_or(0) as i64;
    let mut text = format!("{}: {}", title(r), r.explanation);
    text.push_str(&format!("\nclaim: {}", r.claim));
    if let Some(v) = &r.claim_value {
        text.push_str(&format!("\nclaim value: {v}"));
    }
    if let Some(note) = &r.note {
        text.push_str(&format!("\nnote: {}", note.trim_end()));
    }
    let claim_region = Region::builder().start_line(i64::from(r.line)).start_column(i64::from(r.column)).build();
    let location = Location::builder()
        .physical_location(
            PhysicalLocation::builder().artifact_location(artifact(&r.file)).region(claim_region).build(),
        )
        .build();
    let related: Vec<Location> =
        r.evidence.iter().enumerate().map(|(i, e)| evidence_location(i as i64 + 1, e, r)).collect();
    let mut properties = BTreeMap::new();
    properties.insert("id".to_string(), serde_json::json!(r.id));
    properties.insert("claim".to_string(), serde_json::json!(r.claim));
    properties.insert("claimKind".to_string(), serde_json::json!(r.kind));
    properties.insert("expect".to_string(), serde_json::json!(r.expect.name()));
    properties.insert("verdict".to_string(), serde_json::json!(r.verdict.name()));
    properties.insert("severity".to_string(), serde_json::json!(r.severity.name()));
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert("factcheckClaim/v1".to_string(), format!("{}#{}", r.file, r.id));
    let builder = sarif::Result::builder()
        .rule_id(rule)
        .rule_index(rule_index)
        .kind(kind)
        .level(level)
        .message(Message::builder().text(text).build())
        .locations(vec![location])
        .partial_fingerprints(fingerprints)
        .properties(PropertyBag::builder().additional_properties(properties).build());
    if related.is_empty() { builder.build() } else { builder.related_locations(related).build() }
}

fn evidence_location(id: i64, e: &Evidence, r: &ClaimResult) -> Location {
    let (end_line, end_column) = position_after(e.line, e.column, &e.matched);
    let region = Region::builder()
        .start_line(i64::from(e.line))
        .start_column(i64::from(e.column))
        .end_line(i64::from(end_line))
        .end_column(i64::from(end_column))
        .byte_offset(e.start as i64)
        .byte_length((e.end - e.start) as i64)
        .snippet(ArtifactContent::builder().text(e.matched.clone()).build())
        .build();
    let mut physical = PhysicalLocation::builder().artifact_location(artifact(&e.source)).region(region).build();
    // The sentence as context, when its first column is known: when it starts on the line of
    // the matched text.
    let before = e.sentence.get(..e.offset_in_sentence).unwrap_or("");
    if !before.contains('\n') && before.chars().count() < e.column as usize {
        let start_column = e.column - before.chars().count() as u32;
        let (end_line, end_column) = position_after(e.line, start_column, &e.sentence);
        physical.context_region = Some(
            Region::builder()
                .start_line(i64::from(e.line))
                .start_column(i64::from(start_column))
                .end_line(i64::from(end_line))
                .end_column(i64::from(end_column))
                .snippet(ArtifactContent::builder().text(e.sentence.clone()).build())
                .build(),
        );
    }
    Location::builder()
        .id(id)
        .physical_location(physical)
        .message(Message::builder().text(evidence_summary(e, r.verdict)).build())
        .build()
}

fn artifact(path: &str) -> ArtifactLocation {
    ArtifactLocation::builder().uri(uri(path)).build()
}

/// A relative path as a URI reference: `/` kept, unreserved characters kept, everything else
/// (spaces, `%`, `:`, `#`, non-ASCII, ...) percent-encoded as UTF-8.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("claims/pact.yaml"), "claims/pact.yaml");
        assert_eq!(uri("my claims/Løvås 100%.yaml"), "my%20claims/L%C3%B8v%C3%A5s%20100%25.yaml");
        assert_eq!(uri("c:x#y"), "c%3Ax%23y");
    }
}
