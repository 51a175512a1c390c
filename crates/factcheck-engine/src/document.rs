//! A source text analysed once: sentences, tokens, stems, and an index from stems to
//! sentences, so that every claim about it costs a lookup rather than a scan. Its values are
//! read a block of paragraphs at a time, the first time a claim looks at a sentence of the
//! block: reading values costs as much as the rest of the analysis, and most claims look at a
//! few sentences of their source.
//!
//! Memory is a small multiple of the text whatever the text (a source may come from anyone):
//! byte offsets and token numbers are `u32`, each token keeps its start, its length in a byte
//! and the number of its normalised text (each distinct text once), a sentence keeps its first
//! token, and the text folded for quotes keeps one bit per byte for where characters start.
use crate::extract::{Mention, extract_paragraph, paragraph_starts};
use crate::segment::sentences_of;
use crate::text::{
    LineIndex, Token, TokenAt, TokenKind, is_uncased, normalize_line_ends, stem_smol, stems_match, tokenize_each,
};
use foldhash::HashMap;
use smol_str::SmolStr;
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The longest text analysed, in bytes: offsets are kept as `u32`. A longer text is analysed up
/// to the last character boundary before this (the command line reads sources of 64 MiB by
/// default, and never more than 4 GiB).
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize - 1;

/// The most tokens a sentence has: a longer run without a sentence end (a hostile source of one
/// endless sentence) is cut into sentences of this many tokens, so that the work a claim does
/// on a sentence, and the values read with it, stay bounded. Real sentences have under 200
/// tokens (the longest of the test articles has fewer than 300); four times this is about 10 KB
/// of text.
pub const MAX_SENTENCE_TOKENS: usize = 2_048;

/// Paragraphs are grouped into blocks of at least this many tokens: a block's values are read
/// together, and a block costs a few dozen bytes, which one-line paragraphs (a list of short
/// lines) must not cost each.
const MIN_BLOCK_TOKENS: usize = 128;

/// A paragraph longer than this many tokens is read in blocks cut at sentence ends, so that the
/// values read for one sentence stay a bounded number, and reading them again (when the
/// document keeps as many values as it may) costs about as much as the sentence. Twice the
/// longest sentence: no article has a paragraph of 4,000 tokens (20 KB). Cuts are at sentence
/// ends, so a sentence's values are the same unless a figure runs over the end of a sentence
/// at a cut.
const MAX_BLOCK_TOKENS: usize = 2 * MAX_SENTENCE_TOKENS;

/// A token length that does not fit in a byte: the length is in [`Tokens::long`].
const LONG: u8 = u8::MAX;

/// The tokens of a document, stored apart by field: a start, a length and a number naming the
/// token's normalised text (its kind and stem go with that text), five bytes a token (seven
/// in a text of more than 65,536 distinct words).
#[derive(Debug, Default)]
pub struct Tokens {
    /// The low 16 bits of each token's start.
    starts: Vec<u16>,
    /// The first token starting in each 64 KiB of the text after the first (tokens start in
    /// order, so the high bits of a start are how many of these come at or before it).
    pages: Vec<u32>,
    /// Byte length of each token, [`LONG`] for 255 bytes or more.
    lens: Vec<u8>,
    /// `(token, length)` of the tokens of 255 bytes or more, by token.
    long: Vec<(u32, u32)>,
    /// The number of each token's normalised text in `norms`.
    norm_ids: NormIds,
    norms: Norms,
}

/// Numbers of normalised texts, a token each: two bytes while there are few enough distinct
/// texts (any article), four beyond.
#[derive(Debug)]
enum NormIds {
    Narrow(Vec<u16>),
    Wide(Vec<u32>),
}

impl Default for NormIds {
    fn default() -> Self {
        NormIds::Narrow(Vec::new())
    }
}

impl NormIds {
    fn get(&self, k: usize) -> usize {
        match self {
            NormIds::Narrow(ids) => ids[k] as usize,
            NormIds::Wide(ids) => ids[k] as usize,
        }
    }

    fn push(&mut self, id: u32) {
        match self {
            NormIds::Narrow(ids) => match u16::try_from(id) {
                Ok(id) => ids.push(id),
                Err(_) => {
                    let mut wide: Vec<u32> = Vec::with_capacity(ids.capacity().max(ids.len() + 1));
                    wide.extend(ids.iter().map(|&i| u32::from(i)));
                    wide.push(id);
                    *self = NormIds::Wide(wide);
                }
            },
            NormIds::Wide(ids) => ids.push(id),
        }
    }

    fn shrink_to_fit(&mut self) {
        match self {
            NormIds::Narrow(ids) => ids.shrink_to_fit(),
            NormIds::Wide(ids) => ids.shrink_to_fit(),
        }
    }

    fn heap_bytes(&self) -> usize {
        match self {
            NormIds::Narrow(ids) => ids.capacity() * 2,
            NormIds::Wide(ids) => ids.capacity() * 4,
        }
    }
}

/// Each distinct normalised token text of a document once, with its kind and stem number.
#[derive(Debug, Default)]
struct Norms {
    texts: Vec<SmolStr>,
    kinds: Vec<TokenKind>,
    /// The number of the text's stem in the document's [`StemIndex`]; `u32::MAX` for
    /// punctuation, which has none.
    stems: Vec<u32>,
}

impl Tokens {
    /// How many tokens there are.
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Appends the start of the next token.
    fn push_start(&mut self, start: usize) {
        let page = start >> 16;
        while self.pages.len() < page {
            self.pages.push(self.starts.len() as u32);
        }
        self.starts.push(start as u16);
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// Token `k`. Panics when `k` is out of range, as indexing does.
    pub fn at(&self, k: usize) -> TokenAt<'_> {
        let start = self.start(k);
        let n = self.norm_ids.get(k);
        TokenAt { start, end: start + self.len_of(k), kind: self.norms.kinds[n], norm: &self.norms.texts[n] }
    }

    /// Token `k`, or `None` past the end.
    pub fn get(&self, k: usize) -> Option<TokenAt<'_>> {
        (k < self.len()).then(|| self.at(k))
    }

    fn len_of(&self, k: usize) -> usize {
        match self.lens[k] {
            LONG => self.long.binary_search_by_key(&(k as u32), |&(t, _)| t).map_or(0, |i| self.long[i].1 as usize),
            len => len as usize,
        }
    }

    /// Byte offset of the start of token `k`.
    pub fn start(&self, k: usize) -> usize {
        let low = self.starts[k] as usize;
        if self.pages.is_empty() {
            return low;
        }
        let page = self.pages.partition_point(|&first| first as usize <= k);
        (page << 16) | low
    }

    /// Byte offset after the end of token `k`.
    pub fn end(&self, k: usize) -> usize {
        self.start(k) + self.len_of(k)
    }

    /// The stem of word token `k`, the digits of a number; empty for punctuation.
    pub fn stem<'d>(&self, k: usize, doc: &'d Document) -> &'d str {
        match self.norms.stems[self.norm_ids.get(k)] {
            u32::MAX => "",
            id => &doc.index.names[id as usize],
        }
    }

    /// The number of tokens that start before byte `offset`.
    pub fn starting_before(&self, offset: usize) -> usize {
        // Within the tokens of the page holding `offset`, by their low bits.
        let page = offset >> 16;
        let first = if page == 0 { 0 } else { self.pages.get(page - 1).map_or(self.len(), |&t| t as usize) };
        let end = self.pages.get(page).map_or(self.len(), |&t| t as usize);
        let low = offset & 0xFFFF;
        first + self.starts[first..end].partition_point(|&s| (s as usize) < low)
    }

    /// The number of tokens that end at or before byte `offset` (tokens do not overlap, so
    /// their ends are in order too).
    pub fn ending_by(&self, offset: usize) -> usize {
        let mut i = self.starting_before(offset);
        while i > 0 && self.end(i - 1) > offset {
            i -= 1;
        }
        i
    }

    /// Tokens `range` as [`Token`]s, for the value reader.
    fn materialise(&self, range: Range<usize>) -> Vec<Token> {
        range
            .map(|k| {
                let t = self.at(k);
                Token { start: t.start, end: t.end, kind: t.kind, norm: self.norms.texts[self.norm_ids.get(k)].clone() }
            })
            .collect()
    }

    /// Bytes of heap held, counted from capacities.
    fn heap_bytes(&self) -> usize {
        let smol_heap: usize = self.norms.texts.iter().filter(|t| t.is_heap_allocated()).map(|t| t.len()).sum();
        self.starts.capacity() * 2
            + self.pages.capacity() * 4
            + self.lens.capacity()
            + self.long.capacity() * 8
            + self.norm_ids.heap_bytes()
            + self.norms.texts.capacity() * size_of::<SmolStr>()
            + smol_heap
            + self.norms.kinds.capacity() * size_of::<TokenKind>()
            + self.norms.stems.capacity() * 4
    }
}

/// A sentence of a document, by byte range and token range (see [`Document::sentence`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the document.
    pub range: Range<usize>,
    /// Token indices of the sentence.
    pub tokens: Range<usize>,
}

/// The sentences of a document, in order. A sentence is kept as its first token: it runs to
/// the next sentence's first token, from the start of its first token to the end of its last.
/// The few sentences for which that is not so (a token the segmenter cut through) are kept
/// whole in `odd`.
#[derive(Debug, Default)]
pub struct Sentences {
    /// The first token of each sentence, then the end of the last one's tokens.
    first_tokens: Vec<u32>,
    /// `(sentence, bytes, tokens)` of the sentences not given by `first_tokens`, by sentence.
    odd: Vec<(u32, Range<u32>, Range<u32>)>,
}

impl Sentences {
    /// How many sentences there are.
    pub fn len(&self) -> usize {
        self.first_tokens.len().saturating_sub(1)
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The token range of sentence `sid`.
    fn tokens_of(&self, sid: usize) -> Range<usize> {
        match self.odd_one(sid) {
            Some((_, _, t)) => t.start as usize..t.end as usize,
            None => self.first_tokens[sid] as usize..self.first_tokens[sid + 1] as usize,
        }
    }

    fn odd_one(&self, sid: usize) -> Option<&(u32, Range<u32>, Range<u32>)> {
        if self.odd.is_empty() {
            return None;
        }
        self.odd.binary_search_by_key(&(sid as u32), |(s, _, _)| *s).ok().map(|i| &self.odd[i])
    }

    fn heap_bytes(&self) -> usize {
        self.first_tokens.capacity() * 4 + self.odd.capacity() * size_of::<(u32, Range<u32>, Range<u32>)>()
    }
}

/// A sentence's tokens as the document keeps them (see [`Sentences`]), gathered while the
/// segmenter's ranges are matched with tokens.
struct SentenceBuilder {
    sentences: Sentences,
    /// The last sentence pushed, not yet known to be regular: it is when the next one starts
    /// where its tokens end.
    last: Option<(Range<usize>, Range<usize>)>,
}

impl SentenceBuilder {
    fn push(&mut self, tokens: &Tokens, bytes: Range<usize>, toks: Range<usize>) {
        self.settle_last(tokens, toks.start);
        self.sentences.first_tokens.push(toks.start as u32);
        self.last = Some((bytes, toks));
    }

    /// Records the last sentence as odd if `next_first` (the token after it) or its bytes do
    /// not give it.
    fn settle_last(&mut self, tokens: &Tokens, next_first: usize) {
        if let Some((bytes, toks)) = self.last.take() {
            let regular = toks.end == next_first
                && !toks.is_empty()
                && tokens.start(toks.start) == bytes.start
                && tokens.end(toks.end - 1) == bytes.end;
            if !regular {
                let sid = self.sentences.first_tokens.len() as u32 - 1;
                let (b, t) = (bytes.start as u32..bytes.end as u32, toks.start as u32..toks.end as u32);
                self.sentences.odd.push((sid, b, t));
            }
        }
    }

    fn finish(mut self, tokens: &Tokens) -> Sentences {
        let end = self.last.as_ref().map_or(0, |(_, t)| t.end);
        self.settle_last(tokens, end);
        if !self.sentences.first_tokens.is_empty() {
            self.sentences.first_tokens.push(end as u32);
        }
        self.sentences.first_tokens.shrink_to_fit();
        self.sentences.odd.shrink_to_fit();
        self.sentences
    }
}

/// Paragraphs whose values are read together: whole paragraphs (several when a sentence runs
/// over a paragraph break, or when they are short), or a part of a very long one, always whole
/// sentences.
#[derive(Debug)]
struct Block {
    /// Its first sentence.
    first_sentence: u32,
    /// The values of the block, in order, read on first use.
    mentions: OnceLock<Vec<Mention>>,
}

/// Values of a document: kept by the document, or read for the caller alone when the document
/// keeps as many as it may (as many bytes of values as of text). Either way the same values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mentions<'d> {
    /// Values the document keeps.
    Kept(&'d [Mention]),
    /// Values read for this caller.
    Read(Vec<Mention>),
}

impl std::ops::Deref for Mentions<'_> {
    type Target = [Mention];

    fn deref(&self) -> &[Mention] {
        match self {
            Mentions::Kept(kept) => kept,
            Mentions::Read(read) => read,
        }
    }
}

impl<'d> IntoIterator for Mentions<'d> {
    type Item = Mention;
    type IntoIter = MentionsIntoIter<'d>;

    fn into_iter(self) -> Self::IntoIter {
        match self {
            Mentions::Kept(kept) => MentionsIntoIter::Kept(kept.iter()),
            Mentions::Read(read) => MentionsIntoIter::Read(read.into_iter()),
        }
    }
}

/// The values of [`Mentions`] by value: those kept are copied.
#[derive(Debug)]
pub enum MentionsIntoIter<'d> {
    /// Over values the document keeps.
    Kept(std::slice::Iter<'d, Mention>),
    /// Over values read for this caller.
    Read(std::vec::IntoIter<Mention>),
}

impl Iterator for MentionsIntoIter<'_> {
    type Item = Mention;

    fn next(&mut self) -> Option<Mention> {
        match self {
            MentionsIntoIter::Kept(kept) => kept.next().cloned(),
            MentionsIntoIter::Read(read) => read.next(),
        }
    }
}

impl<'a> IntoIterator for &'a Mentions<'_> {
    type Item = &'a Mention;
    type IntoIter = std::slice::Iter<'a, Mention>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A source text with everything the matcher needs.
#[derive(Debug)]
pub struct Document {
    /// The source as shown in reports.
    pub path: String,
    /// The full text.
    pub text: String,
    /// Its tokens.
    pub tokens: Tokens,
    /// Its sentences, in order.
    pub sentences: Sentences,
    blocks: Vec<Block>,
    /// Bytes of the values the blocks keep (see [`Document::mention_budget`]).
    mention_bytes: AtomicUsize,
    /// The text has almost no capitals (see [`is_uncased`]).
    uncased: bool,
    /// The index of stems: each distinct stem once, with the sentences holding it.
    index: StemIndex,
    lines: LineIndex,
    /// The text folded for quotes: made the first time a quote is checked, then shared by
    /// every quote.
    pub(crate) folded: OnceLock<crate::verify::Folded>,
    /// The runs of capitalised words (`National Genealogical Society`), each as the tokens of
    /// its capitalised words (`of`, `and`, `the`, `for` may join them): made the first time a
    /// claim's initials are looked for, then shared.
    pub(crate) capitalised_runs: OnceLock<Vec<Vec<u32>>>,
    /// The dependency trees of the sentences claims have looked at, parsed the first time.
    trees: std::sync::Mutex<HashMap<u32, std::sync::Arc<factcheck_syntax::Tree>>>,
}

/// The longest sentence parsed for its dependency tree, in bytes (about 600 words).
const MAX_PARSED_BYTES: usize = 4096;

/// True when a blank line stands between token `first` (not the first token) and the one before
/// it: a paragraph opens there (see [`paragraph_starts`]).
fn blank_line_before(text: &str, tokens: &Tokens, first: usize) -> bool {
    first < tokens.len()
        && text.as_bytes()[tokens.end(first - 1)..tokens.start(first)].iter().filter(|&&b| b == b'\n').count() >= 2
}

/// Groups sentences into blocks: a block closes at a sentence that opens a paragraph once it
/// has [`MIN_BLOCK_TOKENS`] tokens, or at any sentence once it has [`MAX_BLOCK_TOKENS`].
fn blocks_of(text: &str, tokens: &Tokens, sentences: &Sentences) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut block_start = 0usize;
    for sid in 0..sentences.len() {
        let first = sentences.tokens_of(sid).start;
        let size = first.saturating_sub(block_start);
        let opens_paragraph = first > 0 && blank_line_before(text, tokens, first);
        if blocks.is_empty() || (size >= MIN_BLOCK_TOKENS && opens_paragraph) || size >= MAX_BLOCK_TOKENS {
            blocks.push(Block { first_sentence: sid as u32, mentions: OnceLock::new() });
            block_start = first;
        }
    }
    blocks.shrink_to_fit();
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
    /// Numbers the stems of the tokens' distinct texts (recording each text's stem number in
    /// `tokens`) and lists the sentences holding each stem.
    fn new(tokens: &mut Tokens, sentences: &Sentences) -> Self {
        // Each distinct text is stemmed once, and each stem numbered once.
        let distinct = tokens.norms.texts.len();
        let mut ids: HashMap<SmolStr, u32> = HashMap::with_capacity_and_hasher(distinct, Default::default());
        let mut names: Vec<SmolStr> = Vec::with_capacity(distinct);
        let norms = &mut tokens.norms;
        norms.stems = norms
            .texts
            .iter()
            .zip(&norms.kinds)
            .map(|(norm, kind)| {
                if *kind == TokenKind::Punct {
                    return u32::MAX;
                }
                let stem = if *kind == TokenKind::Word { stem_smol(norm) } else { norm.clone() };
                *ids.entry(stem).or_insert_with_key(|stem| {
                    names.push(stem.clone());
                    (names.len() - 1) as u32
                })
            })
            .collect();
        names.shrink_to_fit();
        let tokens = &*tokens;
        let pairs = || {
            (0..sentences.len()).flat_map(move |sid| {
                sentences.tokens_of(sid).filter_map(move |k| match tokens.norms.stems[tokens.norm_ids.get(k)] {
                    u32::MAX => None,
                    id => Some((id, sid as u32)),
                })
            })
        };
        let (starts, list) = group(names.len(), pairs());
        StemIndex { ids, names, starts, sentences: list, by_prefix: OnceLock::new() }
    }

    fn heap_bytes(&self) -> usize {
        let smol_heap: usize = self.names.iter().filter(|t| t.is_heap_allocated()).map(|t| t.len()).sum();
        // A hash map holds its capacity of entries and a control byte each.
        self.ids.capacity() * (size_of::<(SmolStr, u32)>() + 1)
            + self.names.capacity() * size_of::<SmolStr>()
            + 2 * smol_heap
            + self.starts.capacity() * 4
            + self.sentences.capacity() * 4
            + self.by_prefix.get().map_or(0, |g| {
                g.ids.capacity() * (size_of::<(SmolStr, u32)>() + 1)
                    + g.starts.capacity() * 4
                    + g.members.capacity() * 4
            })
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
    /// feeds (see [`normalize_line_ends`]), so old Mac text has lines and paragraphs too. A
    /// text longer than [`MAX_TEXT_BYTES`] is cut there.
    pub fn analyse(path: impl Into<String>, text: impl Into<String>) -> Document {
        let mut text = normalize_line_ends(text.into());
        if text.len() > MAX_TEXT_BYTES {
            let mut end = MAX_TEXT_BYTES;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
            text.shrink_to_fit();
        }
        let uncased = is_uncased(&text);
        let tokens = Self::tokens_of(&text);
        let sentences = Self::sentences_of(&text, uncased, &tokens);
        let blocks = blocks_of(&text, &tokens, &sentences);
        let mut tokens = tokens;
        let index = StemIndex::new(&mut tokens, &sentences);
        Document {
            path: path.into(),
            lines: LineIndex::new(&text),
            text,
            tokens,
            sentences,
            blocks,
            mention_bytes: AtomicUsize::new(0),
            uncased,
            index,
            folded: OnceLock::new(),
            capitalised_runs: OnceLock::new(),
            trees: std::sync::Mutex::new(HashMap::default()),
        }
    }

    /// The tokens of `text`, each distinct normalised text numbered once, with its stem.
    fn tokens_of(text: &str) -> Tokens {
        // About one token per five bytes of prose; one distinct text in three tokens.
        let estimate = text.len() / 5;
        let mut tokens = Tokens {
            starts: Vec::with_capacity(estimate),
            lens: Vec::with_capacity(estimate),
            norm_ids: NormIds::Narrow(Vec::with_capacity(estimate)),
            ..Tokens::default()
        };
        let mut ids: HashMap<(TokenKind, SmolStr), u32> =
            HashMap::with_capacity_and_hasher((estimate / 3).min(1 << 20), Default::default());
        tokenize_each(text, |t| {
            let k = tokens.starts.len() as u32;
            let len = t.end - t.start;
            tokens.push_start(t.start);
            tokens.lens.push(u8::try_from(len).ok().filter(|&l| l != LONG).unwrap_or(LONG));
            if len >= LONG as usize {
                tokens.long.push((k, len as u32));
            }
            let next = tokens.norms.texts.len() as u32;
            let id = *ids.entry((t.kind, t.norm)).or_insert_with_key(|(kind, norm)| {
                tokens.norms.texts.push(norm.clone());
                tokens.norms.kinds.push(*kind);
                next
            });
            tokens.norm_ids.push(id);
        });
        drop(ids);
        tokens.starts.shrink_to_fit();
        tokens.pages.shrink_to_fit();
        tokens.lens.shrink_to_fit();
        tokens.long.shrink_to_fit();
        tokens.norm_ids.shrink_to_fit();
        tokens.norms.texts.shrink_to_fit();
        tokens.norms.kinds.shrink_to_fit();
        tokens
    }

    /// The sentences of `text` by their tokens, none longer than [`MAX_SENTENCE_TOKENS`].
    fn sentences_of(text: &str, uncased: bool, tokens: &Tokens) -> Sentences {
        let mut builder = SentenceBuilder { sentences: Sentences::default(), last: None };
        let mut tok = 0;
        for range in sentences_of(text, uncased) {
            while tok < tokens.len() && tokens.start(tok) < range.start {
                tok += 1;
            }
            let first_tok = tok;
            while tok < tokens.len() && tokens.end(tok) <= range.end {
                tok += 1;
            }
            if tok - first_tok <= MAX_SENTENCE_TOKENS {
                builder.push(tokens, range, first_tok..tok);
                continue;
            }
            // An endless sentence: pieces of the most tokens a sentence has, the first from
            // where the sentence starts, the last to where it ends.
            let mut piece = first_tok;
            while piece < tok {
                let end = (piece + MAX_SENTENCE_TOKENS).min(tok);
                let from = if piece == first_tok { range.start } else { tokens.start(piece) };
                let to = if end == tok { range.end } else { tokens.end(end - 1) };
                builder.push(tokens, from..to, piece..end);
                piece = end;
            }
        }
        builder.finish(tokens)
    }

    /// Sentence `sid`. Panics when `sid` is out of range, as indexing does.
    pub fn sentence(&self, sid: usize) -> Sentence {
        match self.sentences.odd_one(sid) {
            Some((_, b, t)) => {
                Sentence { range: b.start as usize..b.end as usize, tokens: t.start as usize..t.end as usize }
            }
            None => {
                let tokens = self.sentences.tokens_of(sid);
                Sentence { range: self.tokens.start(tokens.start)..self.tokens.end(tokens.end - 1), tokens }
            }
        }
    }

    /// Sentence `sid`, or `None` past the last.
    pub fn get_sentence(&self, sid: usize) -> Option<Sentence> {
        (sid < self.sentences.len()).then(|| self.sentence(sid))
    }

    /// Every sentence, in order.
    pub fn sentence_list(&self) -> impl Iterator<Item = Sentence> + '_ {
        (0..self.sentences.len()).map(|sid| self.sentence(sid))
    }

    /// The stem of token `k` (see [`Tokens::stem`]).
    pub fn stem(&self, k: usize) -> &str {
        self.tokens.stem(k, self)
    }

    /// The values of sentence `sid`, in order: those that start and end in it. The first call
    /// for a sentence of a block reads the block's values (see [`Mentions`]).
    pub fn mentions_in(&self, sid: usize) -> Mentions<'_> {
        let Some(sentence) = self.get_sentence(sid) else { return Mentions::Kept(&[]) };
        let b = self.blocks.partition_point(|b| b.first_sentence as usize <= sid).saturating_sub(1);
        let in_sentence = |all: &[Mention]| {
            let first = all.partition_point(|m| m.start < sentence.range.start);
            let count = all[first..].iter().take_while(|m| m.end <= sentence.range.end).count();
            first..first + count
        };
        match self.block_mentions(b) {
            Mentions::Kept(all) => Mentions::Kept(&all[in_sentence(all)]),
            Mentions::Read(mut all) => {
                let range = in_sentence(&all);
                all.truncate(range.end);
                all.drain(..range.start);
                Mentions::Read(all)
            }
        }
    }

    /// Every value of the document, in order (reading those not read yet).
    pub fn mentions(&self) -> impl Iterator<Item = Mention> + '_ {
        (0..self.blocks.len()).flat_map(|b| self.block_mentions(b).into_iter())
    }

    /// The tokens of block `b`: from its first sentence's first token (the first block from the
    /// first token) to the next block's.
    fn block_tokens(&self, b: usize) -> Range<usize> {
        let start = |b: usize| self.sentences.tokens_of(self.blocks[b].first_sentence as usize).start;
        let first = if b == 0 { 0 } else { start(b) };
        let end = if b + 1 < self.blocks.len() { start(b + 1) } else { self.tokens.len() };
        first..end
    }

    /// The values of block `b`: kept from an earlier read, or read now, and kept while the
    /// document's values kept stay within [`Document::mention_budget`].
    fn block_mentions(&self, b: usize) -> Mentions<'_> {
        let block = &self.blocks[b];
        if let Some(kept) = block.mentions.get() {
            return Mentions::Kept(kept);
        }
        let read = self.read_block(b);
        let bytes = read.capacity() * size_of::<Mention>();
        let before = self.mention_bytes.fetch_add(bytes, Ordering::Relaxed);
        if before + bytes > self.mention_budget() {
            self.mention_bytes.fetch_sub(bytes, Ordering::Relaxed);
            return Mentions::Read(read);
        }
        if block.mentions.set(read).is_err() {
            // Another thread kept the same values first.
            self.mention_bytes.fetch_sub(bytes, Ordering::Relaxed);
        }
        block.mentions.get().map_or(Mentions::Kept(&[]), |kept| Mentions::Kept(kept))
    }

    /// The most bytes of values a document keeps: as many as its text, and 256 KiB at least
    /// (the values of an article take a few dozen KiB). A value takes about a hundred bytes,
    /// and a hostile text holds one in ten bytes: kept for every sentence claims look at, the
    /// values of such a text would cost ten times the text. Beyond this, a block's values are
    /// read again each time they are needed (the same values: only the time differs).
    fn mention_budget(&self) -> usize {
        self.text.len().max(256 << 10)
    }

    /// Reads the values of block `b`, paragraph by paragraph.
    fn read_block(&self, b: usize) -> Vec<Mention> {
        let range = self.block_tokens(b);
        let offset = range.start;
        let tokens = self.tokens.materialise(range);
        let starts = paragraph_starts(&self.text, &tokens);
        let mut out = Vec::new();
        for (p, &first) in starts.iter().enumerate() {
            let end = starts.get(p + 1).copied().unwrap_or(tokens.len());
            out.extend(extract_paragraph(&self.text, &tokens, first..end, self.uncased).into_iter().map(|mut m| {
                m.first_token += offset;
                m.end_token += offset;
                m
            }));
        }
        out.shrink_to_fit();
        out
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

    /// About how many sentences hold any of `stems` (each stem's count, summed, at most the
    /// number of sentences): how common a claim word is in this document, without listing the
    /// sentences.
    pub fn sentence_frequency(&self, stems: &[&str]) -> usize {
        let sum: usize =
            stems.iter().filter_map(|s| self.index.ids.get(*s)).map(|&id| self.index.sentences_of(id).len()).sum();
        sum.min(self.sentences.len())
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

    /// At most `cap` of the sentences holding a stem of some term (`terms[t]` lists the stems
    /// of term `t`): those holding the most terms, the earliest first among as many; in
    /// document order. Also gives how many sentences hold one term or more.
    ///
    /// One pass over the stems' lists of sentences, merged; it stops early when `cap`
    /// sentences hold every term and some stem stands in every sentence, since then every
    /// sentence holds a term and none can rank higher.
    pub fn ranked_sentences(&self, terms: &[Vec<&str>], cap: usize) -> (Vec<usize>, usize) {
        // Each stem's list once, with the term it counts for.
        let mut lists: Vec<(usize, &[u32])> = Vec::new();
        let mut seen: Vec<(usize, u32)> = Vec::new();
        for (t, stems) in terms.iter().enumerate() {
            for id in stems.iter().filter_map(|s| self.index.ids.get(*s)) {
                if !seen.contains(&(t, *id)) {
                    seen.push((t, *id));
                    lists.push((t, self.index.sentences_of(*id)));
                }
            }
        }
        lists.retain(|(_, l)| !l.is_empty());
        let mut present: Vec<usize> = lists.iter().map(|(t, _)| *t).collect();
        present.dedup();
        present.sort_unstable();
        present.dedup();
        let most = present.len();
        let everywhere = lists.iter().any(|(_, l)| l.len() == self.sentences.len());
        // `by_count[n]`: the first `cap` sentences holding `n` terms, in order.
        let mut by_count: Vec<Vec<u32>> = vec![Vec::new(); most + 1];
        let mut last_counted = vec![u32::MAX; terms.len()];
        let mut total = 0usize;
        while let Some(sid) = lists.iter().filter_map(|(_, l)| l.first()).min().copied() {
            let mut count = 0;
            for (t, l) in &mut lists {
                if l.first() == Some(&sid) {
                    *l = &l[1..];
                    if last_counted[*t] != sid {
                        last_counted[*t] = sid;
                        count += 1;
                    }
                }
            }
            total += 1;
            if by_count[count].len() < cap {
                by_count[count].push(sid);
                if count == most && by_count[most].len() == cap && everywhere {
                    total = self.sentences.len();
                    break;
                }
            }
        }
        let mut out: Vec<usize> = Vec::with_capacity(cap.min(total));
        for group in by_count.iter().rev() {
            let room = cap - out.len();
            out.extend(group.iter().take(room).map(|&s| s as usize));
        }
        out.sort_unstable();
        (out, total)
    }

    /// 1-based line and column (in characters) of byte offset `at`.
    pub fn line_col(&self, at: usize) -> (u32, u32) {
        self.lines.line_col(&self.text, at)
    }

    /// True when sentence `sid` opens a paragraph: a blank line stands before it, or it is the
    /// first.
    pub(crate) fn opens_paragraph(&self, sid: usize) -> bool {
        let first = self.sentences.tokens_of(sid).start;
        first == 0 || first >= self.tokens.len() || blank_line_before(&self.text, &self.tokens, first)
    }

    /// True when token `k` starts with a capital.
    pub(crate) fn capitalised(&self, k: usize) -> bool {
        self.text[self.tokens.start(k)..].starts_with(char::is_uppercase)
    }

    /// The runs of capitalised words of two words or more (see `capitalised_runs`), made once.
    pub(crate) fn capitalised_runs(&self) -> &[Vec<u32>] {
        self.capitalised_runs.get_or_init(|| {
            let mut runs: Vec<Vec<u32>> = Vec::new();
            for sentence in self.sentence_list() {
                let mut run: Vec<u32> = Vec::new();
                let mut k = sentence.tokens.start;
                while k < sentence.tokens.end {
                    let t = self.tokens.at(k);
                    let capital = t.word().is_some_and(|w| w.chars().count() >= 2)
                        && self.text[t.start..].starts_with(char::is_uppercase);
                    let joiner = !run.is_empty() && matches!(t.word(), Some("of" | "and" | "the" | "for"));
                    if capital {
                        run.push(k as u32);
                    } else if !joiner {
                        if run.len() >= 2 {
                            runs.push(std::mem::take(&mut run));
                        }
                        run.clear();
                    }
                    k += 1;
                }
                if run.len() >= 2 {
                    runs.push(run);
                }
            }
            runs
        })
    }

    /// The dependency tree of sentence `sid` (word spans relative to the sentence's start),
    /// parsed the first time a claim asks for it.
    pub(crate) fn tree(&self, sid: usize) -> std::sync::Arc<factcheck_syntax::Tree> {
        let lock = || self.trees.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(t) = lock().get(&(sid as u32)) {
            return t.clone();
        }
        // Parsed outside the lock: two threads may both parse a sentence, to the same tree. A
        // sentence longer than any a reader writes (a hostile source's one endless line) has
        // no tree: what asks for one then reads as if the tree said nothing.
        let tree = match self.get_sentence(sid) {
            Some(s) if s.range.len() <= MAX_PARSED_BYTES => {
                std::sync::Arc::new(factcheck_syntax::analyse(&self.text[s.range.clone()]))
            }
            _ => std::sync::Arc::default(),
        };
        lock().entry(sid as u32).or_insert(tree).clone()
    }

    /// The sentence holding byte offset `at`.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let n = self.sentences.len();
        // Sentences end in order: the first whose end is past `at`.
        let (mut low, mut high) = (0, n);
        while low < high {
            let mid = (low + high) / 2;
            if self.sentence(mid).range.end <= at {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        (low < n).then_some(low)
    }

    /// An estimate of the heap the document holds, in bytes, from the capacities of its
    /// vectors (the values read so far and the folded text included): what a source costs in
    /// memory beyond its text, for tests that it stays a small multiple of the text.
    pub fn heap_bytes(&self) -> usize {
        let mentions: usize =
            self.blocks.iter().filter_map(|b| b.mentions.get()).map(|m| m.capacity() * size_of::<Mention>()).sum();
        self.text.capacity()
            + self.path.capacity()
            + self.tokens.heap_bytes()
            + self.sentences.heap_bytes()
            + self.blocks.capacity() * size_of::<Block>()
            + mentions
            + self.index.heap_bytes()
            + self.lines.heap_bytes()
            + self.folded.get().map_or(0, crate::verify::Folded::heap_bytes)
            + self.capitalised_runs.get().map_or(0, |runs| runs.iter().map(|r| 24 + 4 * r.capacity()).sum())
            + self
                .trees
                .lock()
                .map_or(0, |t| t.values().map(|t| 64 + t.words.capacity() * size_of::<factcheck_syntax::Word>()).sum())
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
