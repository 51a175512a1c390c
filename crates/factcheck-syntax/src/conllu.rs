//! Treebanks in CoNLL-U, and how well a model reproduces one.

use crate::Model;
use crate::tagger::UPOS;

/// One sentence of a treebank: its words, tags, heads (0-based; `n` is the root) and labels.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// The words as written.
    pub words: Vec<String>,
    /// Tag numbers (indexes of [`UPOS`]).
    pub tags: Vec<u8>,
    /// The head of each word; the root is `words.len()`.
    pub heads: Vec<u32>,
    /// The relation of each word to its head.
    pub labels: Vec<String>,
}

/// Reads the sentences of a CoNLL-U file; multi-word tokens and empty nodes are skipped.
pub fn read_conllu(text: &str) -> Result<Vec<Sentence>, String> {
    let mut out = Vec::new();
    let mut cur = Sentence { words: vec![], tags: vec![], heads: vec![], labels: vec![] };
    for (no, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                finish(&mut cur);
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence { words: vec![], tags: vec![], heads: vec![], labels: vec![] },
                ));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(format!("line {}: {} columns, not 10", no + 1, cols.len()));
        }
        if cols[0].contains(['-', '.']) {
            continue;
        }
        let tag = UPOS.iter().position(|t| *t == cols[3]).ok_or_else(|| format!("line {}: tag {}", no + 1, cols[3]))?;
        let head: u32 = cols[6].parse().map_err(|_| format!("line {}: head {}", no + 1, cols[6]))?;
        cur.words.push(cols[1].to_string());
        cur.tags.push(tag as u8);
        // Stored 1-based for now; `finish` moves the root to the end.
        cur.heads.push(head);
        cur.labels.push(cols[7].to_string());
    }
    if !cur.words.is_empty() {
        finish(&mut cur);
        out.push(cur);
    }
    Ok(out)
}

fn finish(s: &mut Sentence) {
    let n = s.words.len() as u32;
    for h in &mut s.heads {
        *h = if *h == 0 { n } else { *h - 1 };
    }
}

/// Accuracy of a model on gold words.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    /// Words scored.
    pub words: usize,
    /// Words whose part of speech is right.
    pub upos: usize,
    /// Words whose head is right.
    pub heads: usize,
    /// Words whose head and relation (its universal part, before any `:`) are right.
    pub labelled: usize,
}

impl Scores {
    /// A share of the words in percent.
    pub fn percent(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.words.max(1) as f64
    }
}

/// Tags and parses the gold words of `sentences` and counts what is right.
pub fn evaluate(model: &Model<'_>, sentences: &[Sentence]) -> Scores {
    let mut s = Scores::default();
    for sent in sentences {
        let words: Vec<&str> = sent.words.iter().map(String::as_str).collect();
        let (tags, heads, labels) = model.analyse_words(&words);
        let n = words.len();
        for i in 0..n {
            s.words += 1;
            s.upos += usize::from(tags[i] == sent.tags[i]);
            let gold_head = if sent.heads[i] as usize == n { None } else { Some(sent.heads[i] as usize) };
            if heads[i] == gold_head {
                s.heads += 1;
                let universal = |l: &str| l.split(':').next().unwrap_or("").to_string();
                s.labelled += usize::from(universal(labels[i]) == universal(&sent.labels[i]));
            }
        }
    }
    s
}
