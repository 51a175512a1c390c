//! `--format jsonl`: one JSON object a line, a claim each (the objects of the `json` report's
//! `claims`), then `{"summary": ...}`. Written as claims are verified, so memory does not grow
//! with the run, and read back line by line (a map over document shards, a log pipeline).

use super::Stream;
use super::json::{claim_json, summary_json};
use factcheck_core::{ClaimResult, Summary};
use serde_json::json;
use std::io::{self, Write};

/// The JSON Lines report.
pub struct Jsonl;

impl Stream for Jsonl {
    fn result(&self, r: &ClaimResult, out: &mut dyn Write) -> io::Result<()> {
        crate::escape::write_json(out, &claim_json(r), false)?;
        writeln!(out)
    }

    fn summary(&self, s: &Summary, out: &mut dyn Write) -> io::Result<()> {
        crate::escape::write_json(out, &json!({ "version": 1, "summary": summary_json(s) }), false)?;
        writeln!(out)
    }
}
