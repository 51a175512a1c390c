//! A source text analysed once: sentences, tokens, stems, values, and an index from stems to
//! sentences, so that every claim about it costs a lookup rather than a scan.

use crate::extract::{Mention, extract};
use crate::segment::sentences;
use crate::text::{LineIndex, Token, TokenKind, stem, stems_match, tokenize};
use foldhash::HashMap;
use std::ops::Range;

/// A sentence of a document, by byte range and token range.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the document.
    pub range: Range<usize>,
    /// Token indices of the sentence.
    pub tokens: Range<usize>,
    /// Mention indices of the sentence.
    pub mentions: Range<usize>,
}

/// A source text with everything the matcher needs.
#[derive(Debug)]
pub struct Document {
    /// The source as shown in reports.
    pub path: String,
    /// The full text.
    pub text: String,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// The stem of each word token, the digits of each number; empty for punctuation.
    pub stems: Vec<String>,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// The values in it, in order.
    pub mentions: Vec<Mention>,
    /// For each stem, the sentences holding it (ascending, no repeats).
    by_stem: HashMap<String, Vec<usize>>,
    /// For each five-letter stem prefix, the stems that start with it (for near matches).
    by_prefix: HashMap<String, Vec<String>>,
    lines: LineIndex,
}

fn prefix(stem: &str) -> Option<String> {
    (stem.chars().count() >= 5).then(|| stem.chars().take(5).collect())
}

impl Document {
    /// Analyses `text`, shown in reports as `path`.
    pub fn analyse(path: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let tokens = tokenize(&text);
        let mentions = extract(&text, &tokens);
        let stems: Vec<String> = tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => stem(&t.norm),
                TokenKind::Number => t.norm.to_string(),
                TokenKind::Punct => String::new(),
            })
            .collect();
        let mut sentence_list = Vec::new();
        let (mut tok, mut men) = (0, 0);
        for range in sentences(&text) {
            while tok < tokens.len() && tokens[tok].start < range.start {
                tok += 1;
            }
            let first_tok = tok;
            while tok < tokens.len() && tokens[tok].end <= range.end {
                tok += 1;
            }
            while men < mentions.len() && mentions[men].start < range.start {
                men += 1;
            }
            let first_men = men;
            while men < mentions.len() && mentions[men].end <= range.end {
                men += 1;
            }
            sentence_list.push(Sentence { range, tokens: first_tok..tok, mentions: first_men..men });
        }
        let mut by_stem: HashMap<String, Vec<usize>> = HashMap::default();
        for (sid, s) in sentence_list.iter().enumerate() {
            for t in s.tokens.clone() {
                if stems[t].is_empty() {
                    continue;
                }
                let list = by_stem.entry(stems[t].clone()).or_default();
                if list.last() != Some(&sid) {
                    list.push(sid);
                }
            }
        }
        let mut by_prefix: HashMap<String, Vec<String>> = HashMap::default();
        let mut known: Vec<&String> = by_stem.keys().collect();
        known.sort();
        for s in known {
            if let Some(p) = prefix(s) {
                by_prefix.entry(p).or_default().push(s.clone());
            }
        }
        Document {
            path: path.into(),
            lines: LineIndex::new(&text),
            text,
            tokens,
            stems,
            sentences: sentence_list,
            mentions,
            by_stem,
            by_prefix,
        }
    }

    /// The stems in this document that match `stem` (itself and near derivations).
    pub fn matching_stems(&self, stem: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if let Some((k, _)) = self.by_stem.get_key_value(stem) {
            out.push(k);
        }
        if let Some(p) = prefix(stem)
            && let Some(list) = self.by_prefix.get(&p)
        {
            out.extend(list.iter().filter(|s| s.as_str() != stem && stems_match(stem, s)).map(String::as_str));
        }
        out
    }

    /// The sentences holding any of `stems`.
    pub fn sentences_with(&self, stems: &[&str]) -> Vec<usize> {
        let mut out: Vec<usize> = stems.iter().filter_map(|s| self.by_stem.get(*s)).flatten().copied().collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// 1-based line and column (in characters) of byte offset `at`.
    pub fn line_col(&self, at: usize) -> (u32, u32) {
        self.lines.line_col(&self.text, at)
    }

    /// The sentence holding byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= at);
        (i < self.sentences.len()).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_sentences_by_stem() {
        let doc =
            Document::analyse("a.txt", "Japan gave aid. Negotiations continued in July 2024.\n\nThe exclusion stands.");
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.sentences_with(&["japan"]), [0]);
        assert_eq!(doc.sentences_with(&[stem("negotiating").as_str()]), [1]);
        assert_eq!(doc.mentions.len(), 1);
        assert_eq!(doc.sentences[1].mentions, 0..1);
        assert!(doc.matching_stems(&stem("excluded")).contains(&"exclus"));
        assert_eq!(doc.line_col(doc.text.find("The").unwrap()), (3, 1));
    }
}
