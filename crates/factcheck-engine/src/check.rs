//! `factcheck check`: every sentence of a text (a summary, a draft) is a statement checked
//! against the sources, the same way as a statement in a claim file.

use crate::extract::extract;
use crate::segment::sentences;
use crate::text::{LineIndex, TokenKind, normalize_line_ends, tokenize};
use crate::verify::Engine;
use factcheck_core::{Claim, ClaimBody, ClaimResult, Outcome, Report, Verdict};
use jiff::civil::Date;
use std::collections::HashSet;

/// Which sentences fail the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// Every checkable sentence must be supported: contradicted, conflicting and not found fail.
    ExpectSupported,
    /// Only contradicted (and conflicting) sentences fail.
    FailOnContradicted,
}

/// A text to check, sentence by sentence.
#[derive(Debug, Clone)]
pub struct Draft<'a> {
    /// The text as reports show it.
    pub path: &'a str,
    /// The text.
    pub text: &'a str,
}

/// True when a sentence holds something to check: a figure or date, or a name: a capitalised
/// word that does not open the sentence, or an opening word the sources write as a name.
fn checkable(sentence: &str, source_names: &HashSet<String>) -> bool {
    let tokens = tokenize(sentence);
    if !extract(sentence, &tokens).is_empty() {
        return true;
    }
    tokens.iter().enumerate().any(|(i, t)| {
        let capitalised = t.kind == TokenKind::Word && sentence[t.start..t.end].starts_with(char::is_uppercase);
        let opens = i == 0 || tokens[i - 1].punct().is_some_and(|c| matches!(c, '"' | '“' | '(' | ':'));
        capitalised && t.norm != "i" && (!opens || source_names.contains(t.norm.as_str()))
    })
}

/// The words the documents write with a capital inside a sentence: their names.
fn names_in(engine: &Engine) -> HashSet<String> {
    let mut names = HashSet::new();
    for doc in engine.documents() {
        for s in doc.sentence_list() {
            for k in s.tokens.start + 1..s.tokens.end {
                let t = doc.tokens.at(k);
                if t.kind == TokenKind::Word && doc.text[t.start..t.end].starts_with(char::is_uppercase) {
                    names.insert(t.norm.to_string());
                }
            }
        }
    }
    names
}

impl Engine {
    /// Checks every sentence of `draft` against every source of the engine. Sentences with
    /// nothing to check are reported as skipped, never as failures.
    pub fn check(&self, draft: &Draft<'_>, as_of: Option<Date>, gate: Gate) -> Report {
        let text = normalize_line_ends(draft.text.to_string());
        let draft = &Draft { text: &text, ..*draft };
        let lines = LineIndex::new(draft.text);
        let source_names = names_in(self);
        let sources: Vec<usize> = (0..self.documents().len()).collect();
        let mut results = Vec::new();
        for (n, range) in sentences(draft.text).into_iter().enumerate() {
            let sentence: String = draft.text[range.clone()].split_whitespace().collect::<Vec<_>>().join(" ");
            let (line, column) = lines.line_col(draft.text, range.start);
            // By index, not `lines().nth`: a long draft would be scanned once per sentence.
            let line_text = lines.line_text(draft.text, line).to_string();
            let mut claim = Claim::new(format!("sentence-{}", n + 1), ClaimBody::Statement(sentence.clone()));
            claim.file = draft.path.to_string();
            claim.line = line;
            claim.column = column;
            claim.text = sentence.clone();
            claim.line_text = line_text;
            claim.sources = sources.clone();
            claim.as_of = as_of;
            let result = if checkable(&sentence, &source_names) {
                let mut r = self.verify_claim(&claim);
                let accepted: &[Verdict] = match gate {
                    Gate::ExpectSupported => &[Verdict::Supported],
                    Gate::FailOnContradicted => &[Verdict::Supported, Verdict::NotFound],
                };
                r.outcome = Outcome::of(r.verdict, accepted);
                r
            } else {
                skipped(&claim)
            };
            results.push(result);
        }
        Report { results }
    }
}

fn skipped(claim: &Claim) -> ClaimResult {
    let mut r = crate::verify::result_of(
        claim,
        Verdict::NotFound,
        "no figure, date or name to check".to_string(),
        None,
        Vec::new(),
    );
    r.outcome = Outcome::Skipped;
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::verify::Source;

    const SOURCE: &str = "Japan's aid to Ukraine totals $12.1 billion. The NATO summit opens in Washington on July 9.";

    fn check(text: &str, gate: Gate) -> Report {
        let engine = Engine::new([Source { path: "a.txt".into(), text: SOURCE.into() }]);
        engine.check(&Draft { path: "d.txt", text }, Date::new(2024, 5, 21).ok(), gate)
    }

    #[test]
    fn each_sentence_is_a_statement_with_its_line() {
        let r = check(
            "Japan's aid to Ukraine totals $12.1 billion.\nThe NATO summit opens in Vilnius.\nIt will be great.",
            Gate::ExpectSupported,
        );
        let got: Vec<(u32, Verdict, Outcome)> = r.results.iter().map(|r| (r.line, r.verdict, r.outcome)).collect();
        assert_eq!(
            got,
            [
                (1, Verdict::Supported, Outcome::Pass),
                (2, Verdict::NotFound, Outcome::Fail),
                (3, Verdict::NotFound, Outcome::Skipped),
            ]
        );
        assert!(r.fails_gate(false));
    }

    #[test]
    fn fail_on_contradicted_lets_not_found_pass() {
        let r = check(
            "The NATO summit opens in Vilnius. Japan's aid to Ukraine totals $15 billion.",
            Gate::FailOnContradicted,
        );
        let got: Vec<(Verdict, Outcome)> = r.results.iter().map(|r| (r.verdict, r.outcome)).collect();
        assert_eq!(got, [(Verdict::NotFound, Outcome::Pass), (Verdict::Contradicted, Outcome::Fail)]);
    }
}
