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
    /// The index of stems: each distinct stem once, with the sentences holding it.
    index: StemIndex,
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

/// Each distinct stem of a document with the sentences holding it, in flat lists: a document
/// has a thousand or so stems, and a list apiece would cost an allocation to make and to free
/// for each (freeing documents was a twelfth of a large run).
#[derive(Debug, Default)]
struct StemIndex {
    /// Stem to its number.
    ids: HashMap<SmolStr, u32>,
    /// Stems by number.
    names: Vec<SmolStr>,
    /// The sentences holding stem `i`: `sentences[starts[i]..starts[i + 1]]`, ascending.
    starts: Vec<u32>,
    sentences: Vec<u32>,
    /// Stem numbers grouped by their first five characters (stems of four or fewer are
    /// left out), made the first time a near match is looked for.
    by_prefix: OnceLock<PrefixGroups>,
}

/// Stem numbers grouped by prefix: the members of group `n` are
/// `members[starts[n]..starts[n + 1]]`.
#[derive(Debug, Default)]
struct PrefixGroups {
    ids: HashMap<SmolStr, u32>,
    starts: Vec<u32>,
    members: Vec<u32>,
}

impl StemIndex {
    /// Numbers the stems of `tokens` (`stems[t]` is that of token `t`, `None` for punctuation)
    /// and lists the sentences holding each.
    fn new(stems: &[Option<u32>], names: Vec<SmolStr>, ids: HashMap<SmolStr, u32>, sentences: &[Sentence]) -> Self {
        let pairs = || {
            sentences
                .iter()
                .enumerate()
                .flat_map(move |(sid, s)| stems[s.tokens.clone()].iter().flatten().map(move |&id| (id, sid as u32)))
        };
        let (starts, list) = group(names.len(), pairs());
        StemIndex { ids, names, starts, sentences: list, by_prefix: OnceLock::new() }
    }

    fn sentences_of(&self, id: u32) -> &[u32] {
        let i = id as usize;
        &self.sentences[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The stems sharing the first five characters of `stem`.
    fn with_prefix(&self, stem: &str) -> impl Iterator<Item = &SmolStr> {
        let groups = self.by_prefix.get_or_init(|| {
            let mut prefixes: HashMap<SmolStr, u32> =
                HashMap::with_capacity_and_hasher(self.names.len(), Default::default());
            let mut pairs = Vec::with_capacity(self.names.len());
            for (id, name) in self.names.iter().enumerate() {
                if let Some(p) = prefix(name) {
                    let next = prefixes.len() as u32;
                    let n = *prefixes.entry(SmolStr::from(p)).or_insert(next);
                    pairs.push((n, id as u32));
                }
            }
            let (starts, members) = group(prefixes.len(), pairs.into_iter());
            PrefixGroups { ids: prefixes, starts, members }
        });
        let members = match prefix(stem).and_then(|p| groups.ids.get(p)) {
            Some(&n) => &groups.members[groups.starts[n as usize] as usize..groups.starts[n as usize + 1] as usize],
            None => &[][..],
        };
        members.iter().map(|&id| &self.names[id as usize])
    }
}

/// Groups `(key, value)` pairs by key (keys below `keys`), keeping each key's values in the
/// order given and dropping a value repeated right after itself: the values of key `k` are
/// `values[starts[k]..starts[k + 1]]`.
fn group(keys: usize, pairs: impl Iterator<Item = (u32, u32)> + Clone) -> (Vec<u32>, Vec<u32>) {
    let mut last = vec![u32::MAX; keys];
    let mut starts = vec![0u32; keys + 1];
    for (k, v) in pairs.clone() {
        if last[k as usize] != v {
            last[k as usize] = v;
            starts[k as usize + 1] += 1;
        }
    }
    for k in 0..keys {
        starts[k + 1] += starts[k];
    }
    let mut next = starts.clone();
    let mut values = vec![0u32; starts[keys] as usize];
    last.fill(u32::MAX);
    for (k, v) in pairs {
        if last[k as usize] != v {
            last[k as usize] = v;
            values[next[k as usize] as usize] = v;
            next[k as usize] += 1;
        }
    }
    (starts, values)
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
        // Each distinct word is stemmed once per document, and each stem numbered once.
        // About one distinct word in three tokens: room enough that the maps seldom grow.
        let distinct = tokens.len() / 3;
        let mut ids: HashMap<SmolStr, u32> = HashMap::with_capacity_and_hasher(distinct, Default::default());
        let mut names: Vec<SmolStr> = Vec::with_capacity(distinct);
        let mut by_word: HashMap<&str, u32> = HashMap::with_capacity_and_hasher(distinct, Default::default());
        let stem_ids: Vec<Option<u32>> = tokens
            .iter()
            .map(|t| {
                if t.kind == TokenKind::Punct {
                    return None;
                }
                if let Some(&id) = by_word.get(t.norm.as_str()) {
                    return Some(id);
                }
                let stem = if t.kind == TokenKind::Word { stem_smol(&t.norm) } else { t.norm.clone() };
                let id = *ids.entry(stem).or_insert_with_key(|stem| {
                    names.push(stem.clone());
                    (names.len() - 1) as u32
                });
                by_word.insert(t.norm.as_str(), id);
                Some(id)
            })
            .collect();
        drop(by_word);
        let stems: Vec<SmolStr> =
            stem_ids.iter().map(|id| id.map_or_else(SmolStr::default, |id| names[id as usize].clone())).collect();
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
        let index = StemIndex::new(&stem_ids, names, ids, &sentence_list);
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
            index,
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
        if let Some((k, _)) = self.index.ids.get_key_value(stem) {
            out.push(k);
        }
        let mut near: Vec<&str> =
            self.index.with_prefix(stem).map(SmolStr::as_str).filter(|s| *s != stem && stems_match(stem, s)).collect();
        near.sort_unstable();
        out.extend(near);
        out
    }

    /// The sentences holding any of `stems`.
    pub fn sentences_with(&self, stems: &[&str]) -> Vec<usize> {
        let mut out: Vec<usize> = stems
            .iter()
            .filter_map(|s| self.index.ids.get(*s))
            .flat_map(|&id| self.index.sentences_of(id))
            .map(|&sid| sid as usize)
            .collect();
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
