//! Tokens, normalised words and positions: the layer every other part of the engine reads.

use foldhash::HashSet;
use rust_stemmers::{Algorithm, Stemmer};
use smol_str::SmolStr;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, with inner apostrophes (`Japan’s`, `don't`).
    Word,
    /// Digits, with inner `,` or `.` between digits (`12,100`, `12.1`).
    Number,
    /// Any other single character that is not white space (`$`, `%`, `,`, `-`).
    Punct,
}

/// A token of a text, by byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// What it is made of.
    pub kind: TokenKind,
    /// Lower-cased, typographic apostrophes folded; words lose a possessive `'s` or `'`.
    pub norm: SmolStr,
}

impl Token {
    /// The single character of a punctuation token.
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokenKind::Punct => self.norm.chars().next(),
            _ => None,
        }
    }

    /// The normalised text of a word token.
    pub fn word(&self) -> Option<&str> {
        match self.kind {
            TokenKind::Word => Some(&self.norm),
            _ => None,
        }
    }
}

/// A token by value, its normalised text borrowed: what a document gives for one of its
/// tokens (see `Tokens::at` of the engine's analysed documents), and [`Token::view`] for a token of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TokenAt<'d> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// What it is made of.
    pub kind: TokenKind,
    /// Its normalised text (see [`Token::norm`]).
    pub norm: &'d str,
}

impl<'d> TokenAt<'d> {
    /// The single character of a punctuation token.
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokenKind::Punct => self.norm.chars().next(),
            _ => None,
        }
    }

    /// The normalised text of a word token.
    pub fn word(&self) -> Option<&'d str> {
        match self.kind {
            TokenKind::Word => Some(self.norm),
            _ => None,
        }
    }
}

impl Token {
    /// The token as a [`TokenAt`].
    pub fn view(&self) -> TokenAt<'_> {
        TokenAt { start: self.start, end: self.end, kind: self.kind, norm: &self.norm }
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

/// Splits `text` into words, numbers and punctuation. White space separates tokens and is
/// dropped; a letter followed by a digit (or the reverse) starts a new token, so `USD34.6` is
/// `USD` then `34.6` and `12.1bn` is `12.1` then `bn`.
pub fn tokenize(text: &str) -> Vec<Token> {
    // About one token per five bytes of prose.
    let mut tokens = Vec::with_capacity(text.len() / 5);
    tokenize_each(text, |t| tokens.push(t));
    tokens
}

/// [`tokenize`], handing each token to `each` in order rather than keeping them: a document
/// keeps its tokens in a more compact form.
pub fn tokenize_each(text: &str, mut each: impl FnMut(Token)) {
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        let start = i;
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_alphabetic() {
            let mut end = start + c.len_utf8();
            loop {
                // ASCII letters, most of any word, a byte at a time.
                end += text.as_bytes()[end..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let Some(d) = char_at(text, end) else { break };
                let inner_apostrophe =
                    is_apostrophe(d) && char_at(text, end + d.len_utf8()).is_some_and(char::is_alphabetic);
                // A combining accent belongs to the letter before it (`Zoe` + `¨` in text whose
                // accents are stored apart).
                if d.is_alphabetic() || inner_apostrophe || (!d.is_ascii() && is_combining_mark(d)) {
                    end += d.len_utf8();
                } else if d == '&' && initials_joined(text, start, end) {
                    // `AT&T`, `S&P`, `R&B`: one name, though its letters are stop words
                    // (`at`) or too short to count alone.
                    end += 1;
                } else {
                    break;
                }
            }
            // A trailing possessive apostrophe (`countries'`) belongs to the word.
            if text[..end].ends_with('s')
                && let Some(d) = char_at(text, end)
                && is_apostrophe(d)
                && !char_at(text, end + d.len_utf8()).is_some_and(char::is_alphanumeric)
            {
                end += d.len_utf8();
            }
            each(Token { start, end, kind: TokenKind::Word, norm: normalised(&text[start..end]) });
            i = end;
        } else if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(d) = char_at(text, end) {
                let inner_separator =
                    (d == ',' || d == '.') && text.as_bytes().get(end + 1).is_some_and(u8::is_ascii_digit);
                if d.is_ascii_digit() || inner_separator {
                    end += 1;
                } else if let Some(after) = spaced_separator(text, start, end) {
                    // `1, 056` and `1. 3 billion`: figures of text tokenised with a space after
                    // every separator.
                    end = after;
                } else {
                    break;
                }
            }
            let raw = &text[start..end];
            let norm = if raw.contains(char::is_whitespace) {
                SmolStr::from_iter(raw.chars().filter(|c| !c.is_whitespace()))
            } else {
                SmolStr::new(raw)
            };
            each(Token { start, end, kind: TokenKind::Number, norm });
            i = end;
        } else {
            let end = start + c.len_utf8();
            let mut buf = [0u8; 4];
            let norm = SmolStr::new(match c {
                '’' | '‘' | 'ʼ' => "'",
                '“' | '”' | '„' => "\"",
                '–' | '—' | '‒' | '−' => "-",
                _ => c.encode_utf8(&mut buf),
            });
            each(Token { start, end, kind: TokenKind::Punct, norm });
            i = end;
        }
    }
}

/// The character at byte `i` of `text` (a character boundary), without decoding ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() { Some(char::from(b)) } else { text.get(i..)?.chars().next() }
}

/// In text tokenised with a space after every separator, a separator at byte `at` inside the
/// number starting at `start` that is really part of it: `1, 056` (one to three digits, then
/// exactly three) or `1. 3 billion` (a decimal of one or two digits before a scale or unit).
/// Returns the end of the digits after it.
pub fn spaced_separator(text: &str, start: usize, at: usize) -> Option<usize> {
    let sep = text[at..].chars().next()?;
    let before = &text[start..at];
    let lead = before.rsplit([',', '.']).next().unwrap_or(before).trim_start();
    if !matches!(sep, ',' | '.') || !text[at + 1..].starts_with(' ') || lead.is_empty() || lead.len() > 3 {
        return None;
    }
    let digits_start = at + 2;
    let digits = text[digits_start..].bytes().take_while(u8::is_ascii_digit).count();
    let after = digits_start + digits;
    let next = text[after..].chars().next();
    if next.is_some_and(|c| c.is_ascii_digit() || c.is_alphabetic()) {
        return None;
    }
    match sep {
        ',' if digits == 3 && !before.contains('.') => Some(after),
        '.' if (1..=2).contains(&digits) && !before.contains(['.', ',']) => {
            let word: String =
                text[after..].trim_start().chars().take_while(|c| c.is_alphabetic() || *c == '%').collect();
            let scaled = matches!(
                word.to_lowercase().as_str(),
                "million"
                    | "billion"
                    | "trillion"
                    | "percent"
                    | "%"
                    | "per"
                    | "kg"
                    | "km"
                    | "miles"
                    | "metres"
                    | "meters"
                    | "pounds"
                    | "feet"
                    | "tonnes"
                    | "tons"
            ) || text[after..].trim_start().starts_with('%');
            scaled.then_some(after)
        }
        _ => None,
    }
}

/// Whether the `&` at `end` of `text` joins initials into one name: at most three capital
/// letters on each side, nothing between (`AT&T`, `P&O`; not `Marks & Spencer`, not `Q&As`
/// beyond its capitals).
fn initials_joined(text: &str, start: usize, end: usize) -> bool {
    let before = &text.as_bytes()[start..end];
    let after = text.as_bytes()[end + 1..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let capitals = |b: &[u8]| !b.is_empty() && b.len() <= 3 && b.iter().all(u8::is_ascii_uppercase);
    capitals(before) && capitals(&text.as_bytes()[end + 1..end + 1 + after])
}

/// [`normalise_word`] without a heap allocation for the common case: a short word already in
/// lower-case ASCII with no apostrophe.
fn normalised(word: &str) -> SmolStr {
    let bytes = word.as_bytes();
    if bytes.iter().all(u8::is_ascii_lowercase) {
        return SmolStr::new(word);
    }
    // A capitalised ASCII word that fits in a SmolStr is lower-cased on the stack.
    const INLINE: usize = 23;
    if bytes.len() <= INLINE && bytes.iter().all(u8::is_ascii_alphabetic) {
        let mut buf = [0u8; INLINE];
        buf[..bytes.len()].copy_from_slice(bytes);
        buf.make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(&buf[..bytes.len()]) {
            return SmolStr::new(lower);
        }
    }
    SmolStr::from(normalise_word(word))
}

/// Lower-cases a word, folds typographic apostrophes, drops accents and a possessive ending.
/// Accents go (`São` is `sao`, `Zoë` is `zoe` whether its `ë` is one character or two), so
/// that a name matches however the claim or the source spells its accents.
pub fn normalise_word(word: &str) -> String {
    let w = lower_word(word);
    if w.is_ascii() { w } else { w.nfkd().filter(|c| !is_combining_mark(*c)).collect() }
}

/// [`normalise_word`] with its accents kept: a word as explanations show it.
pub fn lower_word(word: &str) -> String {
    let mut w: String = word.chars().map(|c| if is_apostrophe(c) { '\'' } else { c }).collect();
    w = w.to_lowercase();
    if let Some(stripped) = w.strip_suffix("'s") {
        w = stripped.to_string();
    } else if let Some(stripped) = w.strip_suffix('\'') {
        w = stripped.to_string();
    }
    w
}

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The Snowball (Porter 2) stem of a normalised word: `negotiations` and `negotiating` are
/// both `negoti`.
pub fn stem(word: &str) -> String {
    stem_smol(word).into()
}

/// [`stem`] as a [`SmolStr`]: stems are short, so a copy of one needs no heap allocation
/// (document analysis keeps a stem per token).
pub fn stem_smol(word: &str) -> SmolStr {
    // Words repeat: a thread's cache of stems saves most of the stemmer's work. It is cleared
    // when it grows large, so memory stays bounded whatever the text.
    use std::cell::RefCell;
    // foldhash: fast, and seeded per process, so a crafted text cannot force collisions.
    thread_local! {
        static CACHE: RefCell<foldhash::HashMap<String, SmolStr>> = RefCell::new(foldhash::HashMap::default());
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(s) = cache.get(word) {
            return s.clone();
        }
        let s = SmolStr::from(stemmer().stem(word));
        if cache.len() >= 200_000 {
            cache.clear();
        }
        cache.insert(word.to_string(), s.clone());
        s
    })
}

/// True when `text` has so few capitals (under one letter in 200) that sentence starts and
/// names cannot be told by case: a lower-cased source, where `may` and `march` may be verbs.
pub fn is_uncased(text: &str) -> bool {
    // Bytes, not characters: most text is ASCII, and a byte of a multi-byte character is never
    // an ASCII letter; those characters are decoded apart, at their first byte.
    let bytes = text.as_bytes();
    let (mut letters, mut upper) = (0usize, 0usize);
    // Counted with byte-sized counters per 128 bytes, which the compiler turns into vector code.
    for block in bytes.chunks(128) {
        let (mut l, mut u) = (0u8, 0u8);
        for &b in block {
            l += u8::from((b | 0x20).wrapping_sub(b'a') < 26);
            u += u8::from(b.wrapping_sub(b'A') < 26);
        }
        letters += usize::from(l);
        upper += usize::from(u);
    }
    const CHUNK: usize = 64;
    for (k, chunk) in bytes.chunks(CHUNK).enumerate().filter(|(_, chunk)| !chunk.is_ascii()) {
        for (i, _) in chunk.iter().enumerate().filter(|(_, b)| **b >= 0xC0) {
            if let Some(c) = text[k * CHUNK + i..].chars().next().filter(|c| c.is_alphabetic()) {
                letters += 1;
                upper += usize::from(c.is_uppercase());
            }
        }
    }
    letters > 0 && upper * 200 < letters
}

/// True when two stems name the same word family. Beyond equal stems, stems that differ only
/// in their last letter after a common part of five letters or more match (`exclud` of
/// *excluded* and `exclus` of *exclusion*), since the stemmer leaves such derivations apart.
pub fn stems_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 5 && la.max(lb) <= common + 1
}

/// True for the letters that make a number an ordinal (`17th`, `1st`, `22nd`, `3rd`), which the
/// tokenizer gives as a word of their own after the number.
pub fn is_ordinal_suffix(word: &str) -> bool {
    matches!(word, "st" | "nd" | "rd" | "th")
}

/// Words that carry no subject: articles, pronouns, auxiliaries, prepositions, conjunctions.
pub fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "said",
        "says",
        "say",
        "according",
        "per",
        "via",
        "since",
        "upon",
        "may",
        "might",
        "must",
        "shall",
        "would",
        "within",
        "without",
        "s",
        "t",
        "mr",
        "mrs",
        "ms",
        "dr",
        "one",
        "around",
        "nearly",
        "almost",
        "approximately",
        "roughly",
        "least",
        "less",
        "fewer",
        "among",
        "amid",
        "amidst",
        "across",
        "toward",
        "towards",
        "onto",
        "like",
        "now",
        "new",
        "last",
        "first",
    ];
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOP.iter().copied().collect()).contains(word)
}

/// Words that mark negation: on one side only, they turn a match into a contradiction.
pub fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "no" | "never" | "none" | "neither" | "nor" | "nobody" | "nothing" | "cannot")
        || word.ends_with("n't")
}

/// `text` with each lone carriage return (old Mac line ends) turned into a line feed, so that
/// every line break is `\n` or `\r\n`. Byte offsets are unchanged: both are one byte.
pub fn normalize_line_ends(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if c == '\r' && chars.peek() != Some(&'\n') { '\n' } else { c });
    }
    out
}

/// Byte offsets where each line starts, to turn byte offsets into line and column. Offsets are
/// kept as `u32` (four bytes a line of a source of short lines): lines starting past 4 GiB are
/// not indexed, and count as part of the last line indexed.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map_while(|(i, _)| u32::try_from(i + 1).ok()));
        starts.shrink_to_fit();
        LineIndex { starts }
    }

    /// Bytes of heap held.
    pub fn heap_bytes(&self) -> usize {
        self.starts.capacity() * size_of::<u32>()
    }

    /// The text of 1-based line `line` of `text`, without its line end.
    pub fn line_text<'t>(&self, text: &'t str, line: u32) -> &'t str {
        let Some(&start) = self.starts.get((line as usize).saturating_sub(1)) else { return "" };
        let start = start as usize;
        let end = self.starts.get(line as usize).map_or(text.len(), |&next| next as usize - 1);
        text.get(start..end).unwrap_or("").trim_end_matches('\r')
    }

    /// 1-based line and 1-based column in characters of byte offset `at` in `text`. A byte
    /// order mark opening the text is not a character an editor shows, so it is not counted.
    pub fn line_col(&self, text: &str, at: usize) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s as usize <= at).max(1);
        let mut start = self.starts[line - 1] as usize;
        if start == 0 && text.starts_with('\u{feff}') {
            start = '\u{feff}'.len_utf8().min(at);
        }
        let column = text.get(start..at).map_or(at - start, |s| s.chars().count()) + 1;
        (line as u32, column as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_letters_from_digits_and_keeps_separators() {
        let t = tokenize("USD34.6 million, $12.1bn and 12,100.");
        let norms: Vec<&str> = t.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["usd", "34.6", "million", ",", "$", "12.1", "bn", "and", "12,100", "."]);
    }

    #[test]
    fn figures_of_text_tokenised_with_spaces() {
        let t = tokenize("1, 056 matches, $ 1. 7 million, aged 12, 13 and 1990. 5 years, $ 53, 193, 914");
        let numbers: Vec<&str> = t.iter().filter(|t| t.kind == TokenKind::Number).map(|t| t.norm.as_str()).collect();
        assert_eq!(numbers, ["1,056", "1.7", "12", "13", "1990", "5", "53,193,914"]);
    }

    #[test]
    fn initials_joined_by_an_ampersand_are_one_name() {
        let t = tokenize("AT&T and S&P's index, Marks & Spencer, M&Ms");
        let words: Vec<&str> = t.iter().filter_map(|t| t.word()).collect();
        assert_eq!(words, ["at&t", "and", "s&p", "index", "marks", "spencer", "m", "ms"]);
    }

    #[test]
    fn possessives_and_typographic_apostrophes() {
        let t = tokenize("Japan’s aid, Japan's aid, the countries' pact, don’t");
        let words: Vec<&str> = t.iter().filter_map(|t| t.word()).collect();
        assert_eq!(words, ["japan", "aid", "japan", "aid", "the", "countries", "pact", "don't"]);
        assert!(is_negation("don't"));
    }

    #[test]
    fn accents_are_dropped_however_they_are_stored() {
        // `Zoë` precomposed, and as `e` followed by a combining diaeresis.
        let text = "Zo\u{eb} and Zoe\u{308} of S\u{e3}o Paulo, Z\u{fc}rich.";
        let t = tokenize(text);
        let words: Vec<&str> = t.iter().filter_map(|t| t.word()).collect();
        assert_eq!(words, ["zoe", "and", "zoe", "of", "sao", "paulo", "zurich"]);
        assert_eq!(&text[t[2].start..t[2].end], "Zoe\u{308}", "the accent is part of the word");
    }

    #[test]
    fn stems_and_derivations() {
        assert_eq!(stem("negotiations"), stem("negotiating"));
        assert!(stems_match(&stem("excluded"), &stem("exclusion")));
        assert!(!stems_match(&stem("commitment"), &stem("commission")));
        assert!(!stems_match("aid", "aim"));
    }

    #[test]
    fn line_text_by_index() {
        let text = "first\r\nsecond\nthird";
        let idx = LineIndex::new(text);
        assert_eq!(
            [idx.line_text(text, 1), idx.line_text(text, 2), idx.line_text(text, 3)],
            ["first", "second", "third"]
        );
        assert_eq!(idx.line_text(text, 9), "");
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "first\nJapan’s aid $12\n";
        let idx = LineIndex::new(text);
        let at = text.find('$').unwrap();
        assert_eq!(idx.line_col(text, at), (2, 13));
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let bom = "\u{feff}Aid $12\n";
        assert_eq!(LineIndex::new(bom).line_col(bom, bom.find('$').unwrap()), (1, 5));
        assert_eq!(LineIndex::new(bom).line_col(bom, 0), (1, 1));
    }

    #[test]
    fn lone_carriage_returns_become_line_feeds() {
        let text = normalize_line_ends("a\rb\r\nc\r".to_string());
        assert_eq!(text, "a\nb\r\nc\n");
        let idx = LineIndex::new(&text);
        assert_eq!(idx.line_col(&text, text.find('c').unwrap()), (3, 1));
    }
}
