//! A source text analysed once: sentences, tokens, stems, and an index from stems to
//! sentences, so that every claim about it costs a lookup rather than a scan. Its values are
//! read a block of paragraphs at a time, the first time a claim looks at a sentence of the
//! block: reading values costs as much as the rest of the analysis, and most claims look at a
//! few sentences of their source.

use crate::extract::{Mention, extract_paragraph, paragraph_starts};
use crate::segment::sentences_of;
use crate::text::{LineIndex, Token, TokenKind, is_uncased, normalize_line_ends, stem_smol, stems_match, tokenize};
use foldhash::HashMap;
use smol_str::SmolStr;
use std::ops::Range;
use std::sync::OnceLock;

/// A sentence of a document, by byte range and token range.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the document.
    pub range: Range<usize>,
    /// Token indices of the sentence.
    pub tokens: Range<usize>,
    /// Index of the block of paragraphs holding the sentence.
    block: usize,
}

/// Paragraphs whose values are read together: one paragraph, or several when a sentence runs
/// over a paragraph break, so that every sentence lies in one block.
#[derive(Debug)]
struct Block {
    /// Indices into [`Document::paragraphs`].
    paragraphs: Range<usize>,
    /// The values of the block, in order, read on first use.
    mentions: OnceLock<Vec<Mention>>,
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
    /// The first token of each paragraph (see [`paragraph_starts`]).
    paragraphs: Vec<usize>,
    blocks: Vec<Block>,
    /// The text has almost no capitals (see [`is_uncased`]).
    uncased: bool,
    /// For each stem, the sentences holding it (ascending, no repeats).
    by_stem: HashMap<SmolStr, Vec<usize>>,
    /// For each five-letter stem prefix, the stems that start with it (for near matches).
    by_prefix: HashMap<SmolStr, Vec<SmolStr>>,
    lines: LineIndex,
    /// The text folded for quotes (white space, quotes, dashes), with each folded byte's
    /// offset in `text`: made the first time a quote is checked, then shared by every quote.
    pub(crate) folded: OnceLock<(String, Vec<usize>)>,
}

/// Groups the paragraphs (given by their first tokens) into blocks such that no sentence
/// runs over a block's end, and records each sentence's block.
fn blocks_of(paragraphs: &[usize], sentences: &mut [Sentence]) -> Vec<Block> {
    // A paragraph start strictly inside a sentence joins its paragraph to the one before.
    let mut joined = vec![false; paragraphs.len()];
    let mut p = 0;
    for s in sentences.iter() {
        while p < paragraphs.len() && paragraphs[p] <= s.tokens.start {
            p += 1;
        }
        while p < paragraphs.len() && paragraphs[p] < s.tokens.end {
            joined[p] = true;
            p += 1;
        }
    }
    let mut blocks: Vec<Block> = Vec::new();
    for (p, &join) in joined.iter().enumerate() {
        match blocks.last_mut() {
            Some(last) if join => last.paragraphs.end = p + 1,
            _ => blocks.push(Block { paragraphs: p..p + 1, mentions: OnceLock::new() }),
        }
    }
    // Each sentence's block: the one holding its first token.
    let mut b = 0;
    for s in sentences.iter_mut() {
        while b + 1 < blocks.len() && paragraphs[blocks[b + 1].paragraphs.start] <= s.tokens.start {
            b += 1;
        }
        s.block = b;
    }
    blocks
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
        let uncased = is_uncased(&text);
        let paragraphs = paragraph_starts(&text, &tokens);
        let stems: Vec<SmolStr> = tokens
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => stem_smol(&t.norm),
                TokenKind::Number => t.norm.clone(),
                TokenKind::Punct => SmolStr::default(),
            })
            .collect();
        let mut sentence_list = Vec::new();
        let mut tok = 0;
        for range in sentences_of(&text, uncased) {
            while tok < tokens.len() && tokens[tok].start < range.start {
                tok += 1;
            }
            let first_tok = tok;
            while tok < tokens.len() && tokens[tok].end <= range.end {
                tok += 1;
            }
            sentence_list.push(Sentence { range, tokens: first_tok..tok, block: 0 });
        }
        let blocks = blocks_of(&paragraphs, &mut sentence_list);
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
            paragraphs,
            blocks,
            uncased,
            by_stem,
            by_prefix,
            folded: OnceLock::new(),
        }
    }

    /// The values of sentence `sid`, in order: those that start and end in it. The first call
    /// for a sentence of a block reads the block's values.
    pub fn mentions_in(&self, sid: usize) -> &[Mention] {
        let Some(sentence) = self.sentences.get(sid) else { return &[] };
        let Some(block) = self.blocks.get(sentence.block) else { return &[] };
        let all = self.block_mentions(block);
        let first = all.partition_point(|m| m.start < sentence.range.start);
        let count = all[first..].iter().take_while(|m| m.end <= sentence.range.end).count();
        &all[first..first + count]
    }

    /// Every value of the document, in order (reading those not read yet).
    pub fn mentions(&self) -> impl Iterator<Item = &Mention> {
        self.blocks.iter().flat_map(|b| self.block_mentions(b))
    }

    fn block_mentions<'a>(&'a self, block: &'a Block) -> &'a [Mention] {
        block.mentions.get_or_init(|| {
            let mut out = Vec::new();
            for p in block.paragraphs.clone() {
                let end = self.paragraphs.get(p + 1).copied().unwrap_or(self.tokens.len());
                out.extend(extract_paragraph(&self.text, &self.tokens, self.paragraphs[p]..end, self.uncased));
            }
            out
        })
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
        assert_eq!(doc.mentions().count(), 1);
        assert_eq!(doc.mentions_in(1).len(), 1);
        assert!(doc.mentions_in(0).is_empty());
        assert!(doc.matching_stems(&crate::text::stem("excluded")).contains(&"exclus"));
        assert_eq!(doc.line_col(doc.text.find("The").unwrap()), (3, 1));
    }
}
