//! `--format json`: one object with `version`, `summary` and a flat list of `claims`.

use super::Renderer;
use factcheck_core::{ClaimResult, Report, Summary, Verdict};
use serde_json::{Value, json};
use std::io::{self, Write};

/// The JSON report, version 1.
pub struct Json;

impl Renderer for Json {
    fn render(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let claims: Vec<Value> = report.results.iter().map(claim_json).collect();
        let doc = json!({ "version": 1, "summary": summary_json(&report.summary()), "claims": claims });
        crate::escape::write_json(out, &doc, true)?;
        writeln!(out)
    }
}

/// The `summary` object: claims, a count per verdict, passed, failed, skipped.
pub fn summary_json(summary: &Summary) -> Value {
    let mut counts = serde_json::Map::new();
    counts.insert("claims".into(), json!(summary.total));
    for (v, n) in Verdict::ALL.iter().zip(summary.verdicts) {
        counts.insert(v.name().into(), json!(n));
    }
    counts.insert("passed".into(), json!(summary.passed));
    counts.insert("failed".into(), json!(summary.failed));
    counts.insert("skipped".into(), json!(summary.skipped));
    Value::Object(counts)
}

/// One claim's object in the `claims` list.
pub fn claim_json(r: &ClaimResult) -> Value {
    json!({
        "file": r.file,
        "id": r.id,
        "line": r.line,
        "column": r.column,
        "claim": r.claim,
        "kind": r.kind,
        "expect": r.expect.name(),
        "verdict": r.verdict.name(),
        "outcome": r.outcome.name(),
        "severity": r.severity.name(),
        "explanation": r.explanation,
        "claim_value": r.claim_value,
        "note": r.note,
        "evidence": r.evidence.iter().map(|e| json!({
            "source": e.source,
            "start": e.start,
            "end": e.end,
            "line": e.line,
            "column": e.column,
            "sentence": e.sentence,
            "matched": e.matched,
            "value": e.value,
            "agrees": e.agrees,
        })).collect::<Vec<_>>(),
        "near": r.near.iter().map(|n| json!({
            "source": n.source,
            "line": n.line,
            "column": n.column,
            "sentence": n.sentence,
            "has": n.has,
            "lacks": n.lacks,
            "why": n.why,
        })).collect::<Vec<_>>(),
    })
}
