//! A source text analysed once: sentences, tokens, stems, values, and an index from stems to
//! sentences, so that every claim about it costs a lookup rather than a scan.

use crate::extract::{Mention, extract};
use crate::segment::sentences;
use crate::text::{LineIndex, Token, TokenKind, normalize_line_ends, stem_smol, stems_match, tokenize};
use foldhash::HashMap;
use smol_str::SmolStr;
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
    pub stems: Vec<SmolStr>,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// The values in it, in order.
    pub mentions: Vec<Mention>,
    /// For each stem, the sentences holding it (ascending, no repeats).
    by_stem: HashMap<SmolStr, Vec<usize>>,
    /// For each five-letter stem prefix, the stems that start with it (for near matches).
    by_prefix: HashMap<SmolStr, Vec<SmolStr>>,
    lines: LineIndex,
    /// The text folded for quotes (white space, quotes, dashes), with each folded byte's
    /// offset in `text`: made the first time a quote is checked, then shared by every quote.
    pub(crate) folded: std::sync::OnceLock<(String, Vec<usize>)>,
}

/// The first five characters of `stem`, when it has five or more.
fn prefix(stem: &str) -> Option<&str> {
    let mut chars = stem.char_indices().skip(4);
    let (fifth, c) = chars.next()?;
    Some(&stem[..fifth + c.len_utf8()])
}

impl Document {
    /// Analyses `text`, shown in reports as `path`. Lone carriage returns are read as line
    /// feeds (see [`normalize_line_ends`]), so old Mac text has lines and paragraphs too.
    pub fn analyse(path: impl Into<String>, text: impl Into<String>) -> Document {
        let text = normalize_line_ends(text.into());
        let tokens = tokenize(&text);
        let mentions = extract(&text, &tokens);
        let stems: Vec<SmolStr> = tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => stem_smol(&t.norm),
                TokenKind::Number => t.norm.clone(),
                TokenKind::Punct => SmolStr::default(),
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
        let mut by_stem: HashMap<SmolStr, Vec<usize>> = HashMap::default();
        for (sid, s) in sentence_list.iter().enumerate() {
            for t in s.tokens.clone() {
                if stems[t].is_empty() {
                    continue;
                }
                // Look up before inserting: `entry` would need an owned key, a copy per token.
                match by_stem.get_mut(&stems[t]) {
                    Some(list) if list.last() == Some(&sid) => {}
                    Some(list) => list.push(sid),
                    None => {
                        by_stem.insert(stems[t].clone(), vec![sid]);
                    }
                }
            }
        }
        // Each prefix's stems in ascending order: sorting each short list costs less than
        // sorting every stem of the document.
        let mut by_prefix: HashMap<SmolStr, Vec<SmolStr>> = HashMap::default();
        for s in by_stem.keys() {
            if let Some(p) = prefix(s) {
                match by_prefix.get_mut(p) {
                    Some(list) => list.push(s.clone()),
                    None => {
                        by_prefix.insert(p.into(), vec![s.clone()]);
                    }
                }
            }
        }
        for list in by_prefix.values_mut() {
            list.sort_unstable();
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
            folded: std::sync::OnceLock::new(),
        }
    }

    /// The stems in this document that match `stem` (itself and near derivations).
    pub fn matching_stems(&self, stem: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        if let Some((k, _)) = self.by_stem.get_key_value(stem) {
            out.push(k);
        }
        if let Some(p) = prefix(stem)
            && let Some(list) = self.by_prefix.get(p)
        {
            out.extend(list.iter().filter(|s| s.as_str() != stem && stems_match(stem, s)).map(SmolStr::as_str));
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
        assert_eq!(doc.sentences_with(&[crate::text::stem("negotiating").as_str()]), [1]);
        assert_eq!(doc.mentions.len(), 1);
        assert_eq!(doc.sentences[1].mentions, 0..1);
        assert!(doc.matching_stems(&crate::text::stem("excluded")).contains(&"exclus"));
        assert_eq!(doc.line_col(doc.text.find("The").unwrap()), (3, 1));
    }
}
