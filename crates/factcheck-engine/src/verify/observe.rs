//! What a sentence says about a target: which of its values is tied to the subject's words
//! (distance, counted nouns, ages, scores, ranks, a change's ends), and the words, places and
//! names that answer a claim whose value is words.

use super::*;

/// A figure at most this far from the subject's words (see [`distance`]: 0 when it counts a
/// subject word or stands before `of` one, `24 million saw him`, `five nominations`) is tied to
/// them tightly (see [`crate::matcher::TIGHT_MARGIN`]). 1 and 2 (a subject word right before
/// it) also let through contradictions of neighbouring figures on the fixtures.
pub(super) const TIGHT_TIE: usize = 0;

/// The mention that mention `k` converts, when `k` stands in brackets right after it, alone or
/// after other conversions (`1,546 trillion rials ($175.6bn; £93.6bn)`): else `k` itself.
pub(super) fn conversion_host(doc: &Document, mentions: &[Mention], k: usize) -> usize {
    let mut j = k;
    while j > 0 {
        let between = mentions[j - 1].end_token..mentions[j].first_token;
        let puncts: Vec<Option<char>> = between.clone().map(|t| doc.tokens.at(t).punct()).collect();
        if puncts.len() != 1 {
            break;
        }
        match puncts[0] {
            Some('(') => return j - 1,
            Some(';' | ',') => j -= 1,
            _ => break,
        }
    }
    k
}

/// True when mention `m` is written as an age: `51-year-old`, `51 years old`, `aged 51`.
fn written_as_age(doc: &Document, m: &Mention) -> bool {
    let word = |k: usize| doc.tokens.get(k).and_then(|t| t.word());
    let after: Vec<&str> = (m.end_token..m.end_token + 4).filter_map(word).collect();
    (m.first_token > 0 && word(m.first_token - 1) == Some("aged"))
        || matches!(after.as_slice(), ["year" | "years", "old", ..])
}

/// How far a mention stands from the subject: the token distance to the nearest word of the
/// subject's densest group, with clause boundaries counted as far, so that the value tied to
/// the subject is the nearest one in the same clause. English puts a value after what it
/// measures (`gusts exceed 34 mph`), so a subject word before the value counts one more and a
/// word after it two more; but a subject word right after the value, or after `of`, is the
/// closest tie of all (`30 ships`, `20 percent of gains`), if it is in the densest group or
/// of a term that group lacks.
pub(super) fn distance(doc: &Document, cov: &Coverage, placing: &[usize], m: &Mention) -> usize {
    // Only words that place the subject: `32% rise in 2013 and the 30% rise in 2012` ties
    // `rise in 2012` to 30%, though a `rise` follows 32% too.
    let at = |p: usize| placing.binary_search(&p).is_ok();
    let of_after = doc.tokens.get(m.end_token).is_some_and(|t| t.word() == Some("of"));
    // The value counts the noun after it, not a modifier of that noun: `64 full racks` counts
    // racks, and gives nothing to a subject whose word is `full`.
    let counts_it = |k: usize| {
        at(k)
            && doc.tokens.get(k + 1).is_none_or(|next| match next.word() {
                Some(w) if !is_stop_word(w) => at(k + 1),
                _ => true,
            })
    };
    // A conversion in brackets after the figure stands between it and its noun (`a 684bn yen
    // ($6.4bn) loss`): the noun after the brackets is the one it counts.
    let after = match doc.tokens.get(m.end_token) {
        Some(t) if t.punct() == Some('(') => (m.end_token + 1..(m.end_token + 8).min(doc.tokens.len()))
            .find(|&k| doc.tokens.at(k).punct() == Some(')'))
            .map_or(m.end_token, |close| close + 1),
        _ => m.end_token,
    };
    if counts_it(m.end_token) || (after > m.end_token && after < doc.tokens.len() && counts_it(after)) {
        return 0;
    }
    if of_after && at(m.end_token + 1) {
        return 0;
    }
    // A figure set off by commas right after a word of the subject is that word's (`French,
    // 39%, and British, 31%, consumers`, `Rene, 37, said`).
    let comma = |k: usize| doc.tokens.get(k).is_some_and(|t| t.punct() == Some(','));
    if m.first_token >= 2 && comma(m.first_token - 1) && at(m.first_token - 2) && comma(m.end_token) {
        return 0;
    }
    // The nearest anchor word on each side is the nearest of its side: a farther one has as
    // many tokens and boundaries between, and more. Boundaries are counted over at most 64
    // tokens, so that one endless sentence costs linear time.
    let before = cov.anchor.partition_point(|&p| p < m.first_token).checked_sub(1).map(|i| cov.anchor[i]);
    let after = cov.anchor.get(cov.anchor.partition_point(|&p| p < m.end_token)).copied();
    [before, after]
        .into_iter()
        .flatten()
        .map(|p| {
            let after = p >= m.end_token;
            let (a, b) = if after { (m.end_token, p) } else { (p + 1, m.first_token) };
            let mut d = b.saturating_sub(a) + if after { 2 } else { 1 };
            for k in a..b.min(a + 64) {
                d += match doc.tokens.at(k).punct() {
                    Some(';' | ':' | '(' | ')' | '[' | ']') => 10,
                    Some('-') if k > 0 && (doc.tokens.at(k - 1).end != doc.tokens.at(k).start) => 10,
                    Some(',') => 3,
                    _ => match doc.tokens.at(k).word() {
                        Some("while" | "whereas" | "but" | "although" | "which" | "compared" | "versus" | "vs") => 5,
                        _ => 0,
                    },
                };
            }
            d
        })
        .min()
        .unwrap_or(usize::MAX)
}

/// How many tokens before the `at` of an age a verb of a life's events may stand (`died in
/// 1994 at 72`: 3).
const AGE_EVENT_REACH: usize = 4;

/// How many tokens after the word `age` a figure may stand to be the age it names (`the
/// pension age for council workers from 60 to 65`: 7).
const AGE_WORD_REACH: usize = 8;

/// A figure at most this many arcs of the sentence's dependency tree from a word of the
/// subject is tied to it tightly: its own noun or verb (`save £6m`, `rates range from $500`),
/// or one step beyond (`sold 750,000 copies`, `cost £1.7m` of `Labour's campaign`). On the
/// fixtures, 1 arc wins 4 claims, 2 arcs 9, 3 arcs 7.
pub(super) const TREE_TIE_ARCS: usize = 2;

/// A name the claim gives as its value is given the subject's role by a role word at most this
/// many arcs from it (`coach Jim Caldwell`: one).
pub(super) const ROLE_ARCS: usize = 1;

/// A sentence's dependency tree, with where it starts in the document.
pub(super) struct Syntax {
    tree: std::sync::Arc<factcheck_syntax::Tree>,
    base: usize,
}

impl Syntax {
    pub(super) fn of(doc: &Document, sid: usize) -> Syntax {
        Syntax { tree: doc.tree(sid), base: doc.sentence(sid).range.start }
    }

    /// The tree word of document token `k`.
    fn word(&self, doc: &Document, k: usize) -> Option<usize> {
        self.tree.word_at(doc.tokens.start(k).checked_sub(self.base)?)
    }

    /// Whether document token `k` is a noun in the tree.
    fn is_noun(&self, doc: &Document, k: usize) -> bool {
        self.word(doc, k).is_some_and(|w| self.tree.words[w].upos == "NOUN")
    }

    /// True when token `k` of the document is tagged a verb or an auxiliary.
    pub(super) fn is_verb(&self, doc: &Document, k: usize) -> bool {
        self.word(doc, k).is_some_and(|w| matches!(self.tree.words[w].upos, "VERB" | "AUX"))
    }

    /// The word of the figure at bytes `at` that its other words hang from (`$` of `$2.3
    /// billion`).
    fn head_of(&self, at: &Range<usize>) -> Option<usize> {
        let words: Vec<usize> = (0..self.tree.words.len())
            .filter(|&w| {
                let span = &self.tree.words[w].span;
                span.start + self.base < at.end && at.start < span.end + self.base
            })
            .collect();
        words
            .iter()
            .copied()
            .find(|&w| self.tree.words[w].head.is_none_or(|h| !words.contains(&h)))
            .or(words.first().copied())
    }

    /// The fewest arcs between the figure at bytes `at` and a word of `anchor` (document
    /// tokens) in this sentence.
    pub(super) fn path(&self, doc: &Document, at: &Range<usize>, anchor: &[usize]) -> Option<usize> {
        let value = self.head_of(at)?;
        anchor
            .iter()
            .filter(|&&k| doc.tokens.start(k) < at.start || doc.tokens.start(k) >= at.end)
            .filter_map(|&k| self.word(doc, k))
            .map(|w| self.tree.path_length(value, w))
            .min()
    }
}

/// How many tokens may stand between the ends of a change `from X ... to Y` (`from 10,276
/// cases worth £808m to 8,177 cases`): what the first end counts, and a value of another kind.
const CHANGE_GAP: usize = 6;

/// How far before a value its change's `from` or `to` may stand (`from 10,276 cases worth
/// £808m to 8,177 cases worth £644m`: the sums change too).
const CHANGE_LEAD: usize = 4;

/// The other end of a change `from X to Y`, if `mentions[k]` (the values of one sentence) is
/// one end of one: `X` after `from`, `Y` of the same kind after `to`, at most [`CHANGE_GAP`]
/// tokens on, in the same clause, with only words and values of another kind between; each
/// end may stand a few words after its `from` or `to` ([`CHANGE_LEAD`]).
pub(super) fn change_partner(doc: &Document, mentions: &[Mention], k: usize) -> Option<usize> {
    let kind = mentions[k].value.kind();
    // Words, or tokens of a value of another kind: what may stand inside a change.
    let plain = |j: usize| {
        doc.tokens.at(j).word().is_some()
            || mentions.iter().any(|n| n.value.kind() != kind && (n.first_token..n.end_token).contains(&j))
    };
    // Where the word `word` stands before mention `m`, over plain tokens only, from `after` on.
    let lead = |m: &Mention, word: &str, after: usize| {
        (m.first_token.saturating_sub(CHANGE_LEAD).max(after)..m.first_token)
            .rev()
            .take_while(|&j| plain(j))
            .find(|&j| doc.tokens.at(j).word() == Some(word))
    };
    let linked = |a: usize, b: usize| {
        let (ma, mb) = (&mentions[a], &mentions[b]);
        ma.value.kind() == mb.value.kind()
            && mentions[a + 1..b].iter().all(|n| n.value.kind() != kind)
            && lead(ma, "from", 0).is_some()
            && lead(mb, "to", ma.end_token).is_some_and(|to| {
                let gap = ma.end_token..to;
                gap.len() <= CHANGE_GAP && gap.clone().all(&plain)
            })
    };
    if let Some(b) = (k + 1..mentions.len().min(k + 4)).find(|&b| linked(k, b)) {
        return Some(b);
    }
    (k.saturating_sub(3)..k).rev().find(|&a| linked(a, k))
}

/// The positions in `tokens` at which `cov` found a term of `subject` that `keep` accepts (the
/// words a tree tie may start from: common words, or the head noun).
pub(super) fn term_positions(
    cov: &Coverage,
    subject: &Subject,
    tokens: Range<usize>,
    keep: impl Fn(&crate::subject::Term) -> bool,
) -> Vec<usize> {
    cov.found
        .iter()
        .filter(|(p, t)| tokens.contains(p) && subject.terms.get(*t).is_some_and(&keep))
        .map(|(p, _)| *p)
        .collect()
}

/// A common word of a subject: no name, no number.
pub(super) fn common_word(t: &crate::subject::Term) -> bool {
    !t.capitalised && !t.number
}

/// Stems of subject words that ask for the earlier value of a change or a revision
/// (`previous month's rate`, `the original estimate`).
const EARLIER_WORDS: &[&str] = &["previous", "prior", "earlier", "before", "origin", "initi", "former", "old", "estim"];

/// How far at most a figure stands from the subject when a member of the claim's qualifiers
/// right after it places it (`139,000 in September`): as near as a subject word right before
/// it.
const QUALIFIER_PLACES: usize = 2;

/// How much farther the whole of `N of M X` stands from a subject worded by what follows it.
const PART_FAR: usize = 8;

/// True when `mentions[k]` is the whole of `N of M` (`16 million of the country's 24 million`):
/// the mention before it is followed by `of` and at most three words or apostrophes (a
/// determiner, a possessive) before this one.
fn whole_of_part(doc: &Document, mentions: &[Mention], k: usize) -> bool {
    let (part, whole) = (&mentions[k - 1], &mentions[k]);
    let between = part.end_token..whole.first_token;
    !between.is_empty()
        && between.len() <= 4
        && doc.tokens.at(part.end_token).word() == Some("of")
        && between.skip(1).all(|j| {
            let t = doc.tokens.at(j);
            t.word().is_some_and(|w| !matches!(w, "and" | "or" | "to" | "from")) || t.punct() == Some('\'')
        })
}

/// How much farther the earlier value of a change or revision stands from a subject that does
/// not ask for it (`up to 5.5% from 5.4%`, `to 139,000 instead of 96,000`), and the later value
/// from one that does (`previous rate`).
const EARLIER_FAR: usize = 8;

/// Whether `mentions[k]` is the earlier value of a change or a revision: after `from` when a
/// value after `to` comes just before it (`rose to 5.5% from 5.4%`), before `to` in `from X to
/// Y`, or after `instead of`, `down from`, `up from` (`to 139,000 instead of 96,000`).
pub(super) fn earlier_value(doc: &Document, mentions: &[Mention], k: usize) -> bool {
    let m = &mentions[k];
    let word = |i: usize| doc.tokens.get(i).and_then(|t| t.word());
    let before = |n: usize| m.first_token.checked_sub(n).and_then(word);
    // `... to 5.5% from 5.4%`
    let after_to_value = k > 0 && {
        let prev = &mentions[k - 1];
        before(1) == Some("from")
            && prev.end_token + 1 == m.first_token
            && prev.first_token.checked_sub(1).and_then(word) == Some("to")
    };
    // `from 25 percent to 30 percent`
    let from_end = change_partner(doc, mentions, k).is_some_and(|p| p > k);
    let instead = before(1) == Some("of") && before(2) == Some("instead");
    let up_or_down_from = before(1) == Some("from") && matches!(before(2), Some("up" | "down"));
    after_to_value || from_end || instead || up_or_down_from
}

/// Which of a sentence's values of the wanted kind is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pick {
    /// The one tied to the subject (a compact claim: the sentence may hold figures of other
    /// things).
    Nearest,
    /// Any that fits, else the nearest (a statement: its own words place its figures, and a
    /// sentence that holds the figure supports it).
    AnyAgreeing,
}

/// What a statement's plain number counts: constrains which source numbers it compares with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Counted {
    /// No constraint (compact claims).
    Any,
    /// The figure counts nothing named (`Sapp, 42,`): it compares only with numbers that
    /// count nothing either and follow the same word (`Sapp, 42` with `Sapp, 42`, not with
    /// `mile 17`; `2-0` with `2 - 0`).
    After(Option<String>),
    /// The figure counts these (stems: `two counts` counts `count`); a source number that
    /// counts any of them compares.
    Noun(Vec<String>),
    /// The figure is one side of a score (`4-1`: 0 for the first, 1 for the second): it
    /// compares with the same side of a score in the source, whatever words stand around.
    Score(u8),
    /// The figure is an age (`an 18-year-old`): it compares with ages (`Alvarez, 18,`).
    Age,
}

/// What stands around a source's figure, for [`Counted`]: the nouns it counts, the word before
/// it, its side of a score, whether it is written as an age.
#[derive(Debug, Clone, Copy)]
pub(super) struct Around<'a> {
    pub(super) nouns: &'a [&'a str],
    pub(super) before: Option<&'a str>,
    pub(super) score: Option<u8>,
    pub(super) age: bool,
}

impl<'a> Around<'a> {
    /// Mention `k` of `mentions`, in `doc`, with the nouns it counts.
    pub(super) fn of(doc: &'a Document, mentions: &[Mention], k: usize, nouns: &'a [&'a str]) -> Around<'a> {
        let m = &mentions[k];
        Around {
            nouns,
            before: word_before(doc, m.first_token),
            score: score_side(doc, mentions, k),
            age: age_holder(doc, m).is_some(),
        }
    }
}

/// Which side of a score (`30-20`, `2–1`: two whole numbers joined by a dash, with no space)
/// mention `k` of `mentions` is, if it is one: 0 for the first, 1 for the second.
pub(super) fn score_side(words: &impl Words, mentions: &[Mention], k: usize) -> Option<u8> {
    let whole =
        |m: &Mention| matches!(&m.value, Value::Number(a) if a.value.fract().is_zero() && a.value < 1000.into());
    let joined = |a: &Mention, b: &Mention| {
        whole(a)
            && whole(b)
            && b.first_token == a.end_token + 1
            && words.token(a.end_token).punct() == Some('-')
            && words.token(a.end_token).start == words.token(a.end_token - 1).end
            && words.token(b.first_token).start == words.token(a.end_token).end
    };
    if k + 1 < mentions.len() && joined(&mentions[k], &mentions[k + 1]) {
        Some(0)
    } else if k > 0 && joined(&mentions[k - 1], &mentions[k]) {
        Some(1)
    } else {
        None
    }
}

/// The stems of the words a number counts: the first content words among the next few tokens
/// (two at most, for compounds: `4,323 motorcycle deaths`), over hyphens and words such as
/// `other` (`34-year-old`, `two other people`); none when anything else comes first (`Sapp,
/// 42, was`).
pub(super) fn counted_nouns(words: &impl Words, end: usize) -> Vec<&str> {
    let mut nouns = Vec::new();
    // `220 a week`, `30 per day`: a rate of what the number counts, which it does not name.
    let word = |k: usize| (k < words.count()).then(|| words.token(k).word()).flatten();
    if matches!(word(end), Some("a" | "an" | "per" | "each"))
        && word(end + 1).is_some_and(|w| matches!(w, "day" | "week" | "month" | "year" | "hour" | "minute" | "night"))
    {
        return nouns;
    }
    for k in end..(end + 4).min(words.count()) {
        let token = words.token(k);
        if token.punct() == Some('-') && nouns.is_empty() {
            continue;
        }
        let Some(w) = token.word() else { break };
        if is_negation(w)
            || matches!(
                w,
                "and"
                    | "or"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "was"
                    | "were"
                    | "as"
                    | "when"
                    | "while"
                    | "because"
                    | "but"
                    | "since"
                    | "after"
                    | "before"
                    | "than"
                    | "from"
                    // A time of the figure (`17 million last year`), not what it counts.
                    | "last"
                    | "next"
                    | "ago"
            )
        {
            break;
        }
        if !is_stop_word(w) {
            nouns.push(words.stem(k));
            if nouns.len() == 2 {
                break;
            }
        } else if !nouns.is_empty() {
            break;
        }
    }
    nouns
}

/// What mention `k` of a sentence's `mentions` counts (see [`counted_nouns`]); a number that
/// counts nothing named, after a number that does, counts the same (`14,100 robots in the
/// first quarter but only 11,250 in the fourth`: the noun is not repeated).
pub(super) fn counted_with_ellipsis<'d>(doc: &'d Document, mentions: &[Mention], k: usize) -> Vec<&'d str> {
    let nouns = counted_nouns(doc, mentions[k].end_token);
    if !nouns.is_empty() || !matches!(mentions[k].value, Value::Number(_)) {
        return nouns;
    }
    mentions[..k]
        .iter()
        .rev()
        .filter(|m| matches!(m.value, Value::Number(_)))
        .map(|m| counted_nouns(doc, m.end_token))
        .find(|n| !n.is_empty())
        .unwrap_or_default()
}

/// The stem of the content word (or the number) just before token `first`, over hyphens,
/// commas and words such as `a` (`side` in `his side to a 2-0 win`, `2` for the `0` of `2-0`).
pub(super) fn word_before(words: &impl Words, first: usize) -> Option<&str> {
    word_before_at(words, first).map(|k| {
        let t = words.token(k);
        if t.kind == TokenKind::Number { t.norm } else { words.stem(k) }
    })
}

/// Where [`word_before`]'s word stands: its token.
pub(super) fn word_before_at(words: &impl Words, first: usize) -> Option<usize> {
    for k in (first.saturating_sub(4)..first).rev() {
        let t = words.token(k);
        match t.kind {
            TokenKind::Number => return Some(k),
            TokenKind::Word if !is_stop_word(t.norm) => return Some(k),
            TokenKind::Word => {}
            TokenKind::Punct if matches!(t.punct(), Some('-' | ',')) => {}
            TokenKind::Punct => return None,
        }
    }
    None
}

/// Whether number `m` is written as an age, and whose: `None` when it is not one; else the
/// tokens that may name whom it is the age of (none when the words do not say: `aged 35`,
/// `turned 35`): the noun after `35-year-old` (`the 35-year-old actor`) and the word before
/// the comma of an apposition (`Chastain, 37,`, `Budi Sutiono, the pilot's 55-year-old
/// brother`).
pub(super) fn age_holder(words: &impl Words, m: &Mention) -> Option<Vec<usize>> {
    if !matches!(m.value, Value::Number(_)) {
        return None;
    }
    let count = words.count();
    let word = |k: usize| (k < count).then(|| words.token(k).word()).flatten();
    let punct = |k: usize| (k < count).then(|| words.token(k).punct()).flatten();
    // `35-year-old`, `35 years old`, `35-years-old`: the holder is the first content word after.
    let mut k = m.end_token;
    if punct(k) == Some('-') {
        k += 1;
    }
    // An age group (`over 16-year-olds`) is a noun of its own: the age of whoever it names.
    if matches!(word(k), Some("year-olds" | "years-olds"))
        || (matches!(word(k), Some("year" | "years")) && punct(k + 1) == Some('-') && word(k + 2) == Some("olds"))
        || (matches!(word(k), Some("year" | "years")) && word(k + 1) == Some("olds"))
    {
        return Some(Vec::new());
    }
    // A hyphenated word is one token (`year-old`), words apart are several (`years old`).
    let one_word = matches!(word(k), Some("year-old" | "years-old"));
    if one_word || matches!(word(k), Some("year" | "years")) {
        let mut j = k + 1;
        if !one_word && punct(j) == Some('-') {
            j += 1;
        }
        if one_word {
            j = k;
        }
        if one_word || word(j) == Some("old") {
            // The noun it modifies, over a few modifiers (`Cuban-Guatemalan actor`); none
            // when the phrase ends there (`who is 35 years old`).
            let noun = (j + 1..(j + 6).min(count))
                .take_while(|&n| word(n).is_some() || punct(n) == Some('-'))
                .find(|&n| word(n).is_some_and(|w| reference::noun_kind(w).is_some()));
            // `Budi Sutiono, the pilot's 55-year-old brother`: the description is set beside
            // the name it describes, which holds the age.
            let beside = (m.first_token.saturating_sub(5)..m.first_token)
                .rev()
                .take_while(|&b| punct(b).is_none_or(|p| p == ','))
                .find(|&b| punct(b) == Some(','))
                .and_then(|comma| comma.checked_sub(1));
            return Some(noun.into_iter().chain(beside.filter(|_| noun.is_some())).collect());
        }
        return None;
    }
    let before = m.first_token.checked_sub(1);
    match before.and_then(word) {
        Some("aged" | "age" | "turned" | "turns" | "turning") => return Some(Vec::new()),
        Some("of") if m.first_token >= 2 && word(m.first_token - 2) == Some("age") => return Some(Vec::new()),
        _ => {}
    }
    // An apposition: `Chastain, 37,` or `Chastain (37)`, closed by a comma, a bracket or the
    // sentence's end.
    let opened = before.and_then(punct).filter(|p| matches!(p, ',' | '('));
    let closed = punct(m.end_token).is_some_and(|p| matches!(p, ',' | ')' | '.' | ';')) || m.end_token >= count;
    // `died in 1994 at 72`, `retired at 35`: after `at`, in a clause of a life's events.
    let life_event = |j: usize| matches!(word(j), Some("died" | "dies" | "retired" | "retires" | "married"));
    if let Some(at) = before.filter(|&b| word(b) == Some("at"))
        && (closed || word(m.end_token) == Some("and"))
        && (at.saturating_sub(AGE_EVENT_REACH)..at).any(life_event)
    {
        return Some(Vec::new());
    }
    if opened.is_some() && closed && m.first_token >= 2 && word(m.first_token - 2).is_some() {
        return Some(vec![m.first_token - 2]);
    }
    None
}

/// Whether a word of `subject` names `unit` (`years` names `yr`).
pub(super) fn names_unit(subject: &Subject, unit: &str) -> bool {
    subject.terms.iter().any(|t| crate::extract::unit_of_word(&t.word) == Some(unit))
}

/// Whether token `k` is an adjective that modifies the count noun after it (`successive`,
/// `consecutive`, `straight`).
fn is_modifier(doc: &Document, k: usize) -> bool {
    matches!(doc.tokens.at(k).word(), Some("successive" | "consecutive" | "straight" | "full" | "whole"))
}

/// The ordinals of sentence `sid` as numbers (`14th`, `second`), for ranks.
pub(super) fn ordinals_in(doc: &Document, sid: usize) -> impl Iterator<Item = Mention> + '_ {
    const WORDS: &[&str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let tokens = doc.sentence(sid).tokens;
    tokens.clone().filter_map(move |k| {
        let t = doc.tokens.at(k);
        let (n, end_token) = if t.kind == TokenKind::Number {
            doc.tokens
                .get(k + 1)
                .filter(|s| s.start == t.end && s.word().is_some_and(crate::text::is_ordinal_suffix))?;
            (doc.text[t.start..t.end].parse::<u32>().ok()?, k + 2)
        } else {
            let w = t.word()?;
            (WORDS.iter().position(|o| *o == w)? as u32 + 1, k + 1)
        };
        // `the first half`, `the third time`: an ordinal of a stretch of time orders no rank.
        let of_time = doc.tokens.get(end_token).and_then(|n| n.word()).is_some_and(|w| {
            matches!(
                w,
                "half"
                    | "quarter"
                    | "time"
                    | "times"
                    | "round"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "period"
                    | "set"
                    | "game"
                    | "leg"
                    | "innings"
                    | "minute"
                    | "term"
                    | "century"
                    | "anniversary"
            )
        });
        if of_time {
            return None;
        }
        let end = doc.tokens.at(end_token - 1).end;
        Some(Mention {
            start: t.start,
            end,
            first_token: k,
            end_token,
            value: Value::Number(factcheck_core::Amount::exact(n.into())),
        })
    })
}

/// Stems of nouns that count anything a count claim may be about (`40 people`, `3,000 units`).
pub(super) const GENERIC_COUNTED: &[&str] = &["peopl", "person", "men", "women", "unit", "item", "time", "case", "one"];

/// Stems of the words right before a figure that make it the size of a change (`down 0.89
/// points`, `rose 5%`, `gaining 45.4 points to 10,360`), not a level: any form of the verb.
const CHANGE_MARKS: &[&str] = &[
    "up", "down", "by", "rise", "rose", "fell", "fall", "gain", "lost", "lose", "ad", "add", "shed", "jump", "climb",
    "drop", "slip", "increas", "decreas", "surg", "soar", "plung", "tumbl", "declin", "grew", "grow", "slump", "sank",
    "sink", "risen", "fallen", "grown", "slid", "dip", "shrank", "shrunk",
];

/// Stems of the words for a rise or a fall, of which a subject may ask the size (see
/// [`CHANGE_WORDS`], which also holds rates and losses).
const MOVE_WORDS: &[&str] = &["rise", "rose", "fall", "fell", "increas", "decreas", "jump", "drop", "declin"];

/// Stems of subject words that are about a change, whose figure a [`CHANGE_MARKS`] figure is.
const CHANGE_WORDS: &[&str] = &[
    "chang", "rise", "rose", "fall", "fell", "increas", "decreas", "growth", "grew", "gain", "loss", "lost", "drop",
    "cut", "declin", "jump", "up", "down",
];

/// True for a subject word that is about a change (`rise`, `growth`): it says that a figure
/// changed, not what.
pub(super) fn change_word(term: &crate::subject::Term) -> bool {
    term.alternatives.iter().flatten().any(|a| CHANGE_WORDS.contains(&a.as_str()))
}

/// How much farther a figure stands from the subject when it is in another clause of the
/// sentence than the one naming the subject, and that clause has a figure too (`Universal is
/// to start producing films on the HD-DVD format in 2005, and Paramount will start releasing
/// titles in 2006` for Paramount).
const OTHER_CLAUSE_FAR: usize = 8;

/// The clause of a sentence each of its tokens stands in, counted from 0: clauses are split at
/// `;`, at a comma before `and`, `but` or `while`, and at `while` and `whereas`: where news
/// joins two facts about two things.
fn clauses_of(doc: &Document, sentence: &crate::document::Sentence) -> Vec<usize> {
    let mut clause = 0;
    let mut out = Vec::with_capacity(sentence.tokens.len());
    for k in sentence.tokens.clone() {
        let t = doc.tokens.at(k);
        let joins = |j: usize| {
            j < sentence.tokens.end && matches!(doc.tokens.at(j).word(), Some("and" | "but" | "while" | "whereas"))
        };
        let breaks = t.punct() == Some(';')
            || (t.punct() == Some(',') && joins(k + 1))
            || (matches!(t.word(), Some("while" | "whereas"))
                && !(k > sentence.tokens.start && doc.tokens.at(k - 1).punct() == Some(',')));
        if breaks {
            clause += 1;
        }
        out.push(clause);
    }
    out
}

/// How much farther a change's figure stands from a subject that is not about a change.
const CHANGE_FAR: usize = 30;

/// What sentence `cov` of `doc` says about `target`: at most one observation per sentence.
/// A candidate as [`observe`] reads it: its sentence's coverage of the subject, and how the
/// matcher's features found each subject word (in the sentence or in its context).
pub(super) struct Candidate<'a> {
    pub cov: &'a Coverage,
    pub hows: &'a [Option<How>],
}

pub(super) fn observe(
    doc: &Document,
    d: usize,
    candidate: Candidate<'_>,
    subject: &Subject,
    target: &Target,
    as_of: Option<Date>,
    pick: Pick,
) -> Vec<Observation> {
    let Candidate { cov, hows } = candidate;
    let sentence = &doc.sentence(cov.sentences.start);
    let mut mentions = doc.mentions_in(cov.sentences.start);
    // A rank is written as an ordinal (`the 14th friendliest city`), which is no figure
    // elsewhere: read here, for a bare number of a `rank` claim, in place of its figures.
    let bare_number = matches!(target, Target::Amount { proto: Value::Number(_), .. });
    if bare_number && matches!(subject.attribute.as_deref(), Some("rank" | "ranking" | "position")) {
        // Besides ordinals, a rank is a number after `number`, `No.` or `ranked`; a bare number
        // (a shirt number in brackets, a count) is none.
        let ranked = |m: &Mention| {
            (m.first_token..m.first_token + 1).any(|k| {
                (k >= 1 && matches!(doc.tokens.at(k - 1).word(), Some("number" | "no" | "ranked" | "rank" | "ranking")))
                    || (k >= 2
                        && doc.tokens.at(k - 1).punct() == Some('.')
                        && doc.tokens.at(k - 2).word() == Some("no"))
            })
        };
        let mut with_ordinals: Vec<Mention> = mentions.iter().filter(|m| ranked(m)).cloned().collect();
        with_ordinals.extend(
            ordinals_in(doc, cov.sentences.start)
                .filter(|o| !mentions.iter().any(|m| m.first_token <= o.first_token && o.first_token < m.end_token)),
        );
        with_ordinals.sort_by_key(|m| m.first_token);
        mentions = crate::document::Mentions::Read(with_ordinals);
    } else if bare_number {
        // An ordinal of a subject's word counts it so far (`his 13th successive win in a
        // final` for a streak of wins): the number of a count whose noun is the subject's, over
        // one modifier.
        // Not an ordinal of a name (`the First Corinthian Baptist Church`, `110th Street`), nor
        // one the subject says itself (`the first Academy Awards`).
        let capital = |k: usize| doc.capitalised(k);
        let counts_a_subject_word = |o: &Mention| {
            (o.first_token..o.end_token).all(|k| cov.positions.binary_search(&k).is_err() && !capital(k))
                && (o.end_token..(o.end_token + 2).min(sentence.tokens.end))
                    .find(|&j| doc.tokens.at(j).word().is_some_and(|w| !is_stop_word(w)) && !is_modifier(doc, j))
                    .is_some_and(|j| !capital(j) && cov.positions.binary_search(&j).is_ok())
        };
        let ordinals: Vec<Mention> = ordinals_in(doc, cov.sentences.start)
            .filter(|o| !mentions.iter().any(|m| m.first_token <= o.first_token && o.first_token < m.end_token))
            .filter(counts_a_subject_word)
            .collect();
        if !ordinals.is_empty() {
            let mut with_ordinals: Vec<Mention> = mentions.iter().cloned().collect();
            with_ordinals.extend(ordinals);
            with_ordinals.sort_by_key(|m| m.first_token);
            mentions = crate::document::Mentions::Read(with_ordinals);
        }
    }
    let base = |at: Range<usize>, value: Option<Value>, agrees: bool| Observation {
        doc: d,
        sentences: cov.sentences.clone(),
        at,
        value,
        agrees,
        tie: None,
    };
    match target {
        Target::Amount { .. } | Target::Date { .. } | Target::AnyOf(_) => {
            // A figure in brackets right after another is its conversion (`2,500 miles (4,000
            // km)`): it stands where that one stands.
            let placing = cov.placing_positions();
            // A bare number of a claim takes its kind from the subject's attribute word (`age`,
            // `height`); a figure with a unit or currency has its own.
            let bare = matches!(target, Target::Amount { proto: Value::Number(_), .. });
            let mut distances: Vec<usize> = Vec::new();
            let wants_earlier = subject
                .terms
                .iter()
                .any(|t| t.alternatives.iter().flatten().any(|a| EARLIER_WORDS.contains(&a.as_str())));
            // A subject that is not about a change (`closing level`) is not the figure of one
            // (`closed down 0.89 points ... at 10,385.48`).
            let about_a_change = subject
                .terms
                .iter()
                .any(|t| t.alternatives.iter().flatten().any(|a| CHANGE_WORDS.contains(&a.as_str())));
            // A subject about a rise or a fall (`rise in file destruction`), not a rate of
            // growth or a loss.
            let about_a_move =
                subject.terms.iter().any(|t| t.alternatives.iter().flatten().any(|a| MOVE_WORDS.contains(&a.as_str())));
            // Only an amount is a change's size (`by 2008` is a date).
            let changed = |m: &Mention| {
                !matches!(m.value, Value::Date(_))
                    && m.first_token > sentence.tokens.start
                    && doc.tokens.at(m.first_token - 1).word().is_some()
                    && CHANGE_MARKS.contains(&doc.stem(m.first_token - 1))
            };
            let sentence_qualifiers = if subject.qualifiers.is_empty() {
                Vec::new()
            } else {
                contrast::of_sentence(doc, cov.sentences.start)
            };
            // A member of the claim's qualifiers right after a figure places it (`to 139,000 in
            // September` for a September figure): over `in`, `for`, `during`, `of`, `the`.
            let placed_by_qualifier = |m: &Mention| {
                !matches!(m.value, Value::Date(_))
                    && sentence_qualifiers.iter().any(|s| {
                        s.at >= m.end_token
                            && s.at <= m.end_token + 2
                            && (m.end_token..s.at).all(|j| {
                                matches!(doc.tokens.at(j).word(), Some("in" | "for" | "during" | "of" | "the"))
                            })
                            && subject.qualifiers.iter().any(|q| q.set == s.set && q.of == s.of && q.member == s.member)
                    })
            };
            // The clause that names the subject (a capitalised word of the claim written with
            // its capital inside the sentence), where the sentence has several: its figures are
            // the subject's, not those of a clause about another.
            let first = sentence.tokens.start;
            // The word itself, not a name the text lends it (`Phobos and Deimos`).
            let itself = |p: usize, t: usize| {
                subject.terms[t]
                    .alternatives
                    .first()
                    .and_then(|a| a.first())
                    .is_some_and(|s| crate::text::stems_match(doc.stem(p), s))
            };
            // The owner (`Paramount's first HD-DVD releases`) or else a name that is no acronym
            // (`widest Deimos`) names the thing; an acronym more often names a kind of thing
            // (`HD-DVD`).
            let names = |t: usize| {
                let term = &subject.terms[t];
                term.capitalised && (term.possessive || (term.name && !term.acronym))
            };
            let named_at = cov
                .found
                .iter()
                .filter(|&&(p, t)| {
                    p > first && names(t) && hows[t] == Some(How::Exact) && doc.capitalised(p) && itself(p, t)
                })
                .max_by_key(|&&(p, t)| (subject.terms[t].possessive, std::cmp::Reverse(p)));
            let clauses = named_at.and_then(|_| {
                let clauses = clauses_of(doc, sentence);
                (clauses.last() != Some(&0)).then_some(clauses)
            });
            // A candidate of two sentences has words in the second too: no clause of the first.
            let clause_of = |k: usize| clauses.as_ref().and_then(|c| c.get(k.checked_sub(first)?).copied());
            let name_clause = named_at.and_then(|&(p, _)| clause_of(p));
            let kind_of = |m: &Mention| std::mem::discriminant(&m.value);
            for (k, m) in mentions.iter().enumerate() {
                let converts = k > 0
                    && m.first_token >= 2
                    && doc.tokens.at(m.first_token - 1).punct() == Some('(')
                    && mentions[k - 1].end_token == m.first_token - 1;
                let mut d = distance(doc, cov, &placing, m);
                // The claim's attribute word right after the figure places it (`3.5 million in
                // total`, `aged 35`).
                if subject.attribute.as_deref().is_some_and(|a| {
                    (m.end_token..(m.end_token + 2).min(sentence.tokens.end))
                        .any(|j| doc.tokens.at(j).word() == Some(a))
                }) {
                    d = 0;
                }
                if changed(m) && !about_a_change {
                    d = d.saturating_add(CHANGE_FAR);
                }
                // And a level is not the size of a rise or a fall that the sentence gives beside
                // it (`destroyed nearly 37,000 files - up 22,000 on four years ago` for the rise).
                if about_a_move && !changed(m) && !matches!(m.value, Value::Date(_)) && mentions.iter().any(changed) {
                    d = d.saturating_add(CHANGE_FAR);
                }
                // Of a change's or a revision's two values, the one the subject does not ask
                // for stands farther.
                let earlier = earlier_value(doc, &mentions, k);
                let paired = earlier
                    || (k + 1 < mentions.len() && earlier_value(doc, &mentions, k + 1))
                    || (k > 0 && earlier_value(doc, &mentions, k - 1));
                if paired && earlier != wants_earlier {
                    d = d.saturating_add(EARLIER_FAR);
                }
                // The whole of `N of M X` (`16 million of the country's 24 million people are
                // malnourished`) is not what a subject worded by what follows (`malnourished`)
                // counts: the part is.
                if k > 0 && whole_of_part(doc, &mentions, k) && cov.positions.iter().any(|&p| p > m.end_token) {
                    d = d.saturating_add(PART_FAR);
                }
                if placed_by_qualifier(m) {
                    d = d.min(QUALIFIER_PLACES);
                }
                if let Some(named) = name_clause
                    && clause_of(m.first_token) != Some(named)
                    && mentions.iter().any(|n| kind_of(n) == kind_of(m) && clause_of(n.first_token) == Some(named))
                {
                    d = d.saturating_add(OTHER_CLAUSE_FAR);
                }
                distances.push(if converts { d.min(distances[distances.len() - 1]) } else { d });
            }
            let value_tokens: Vec<Range<usize>> = mentions.iter().map(|m| m.first_token..m.end_token).collect();
            // A conversion in brackets is placed where the figure it converts stands.
            let own_member = |k: usize| {
                let m = &mentions[conversion_host(doc, &mentions, k)];
                !contrast::belongs_to_other(
                    doc,
                    &subject.qualifiers,
                    &sentence_qualifiers,
                    m.first_token..m.end_token,
                    &value_tokens,
                )
            };
            // An age is written as one (`35-year-old`, `aged 35`, `Isaac, 35,`) and belongs to
            // whom it stands by: a bare number of an `age` claim compares only with those, and
            // a bare number of another claim never with one (`The 51-year-old premier has marked
            // his 2,838th day` for his days in office).
            let ages = bare && subject.attribute.as_deref() == Some("age");
            let not_an_age = bare && !matches!(target, Target::Amount { counted: Counted::Age, .. });
            // A count (`number of iPods sold`) is not a number that counts something else (`two
            // versions`, `about 1,200 troops`): a source number that counts a noun counts one
            // of the subject's words, or a word that counts anything (`people`).
            let counts = bare && matches!(subject.attribute.as_deref(), Some("number" | "count"));
            // A term's alternatives hold stems already.
            let subject_word = |n: &str| {
                subject.terms.iter().any(|t| t.alternatives.iter().flatten().any(|a| crate::text::stems_match(a, n)))
            };
            let counts_the_subject = |k: usize| {
                let nouns = counted_with_ellipsis(doc, &mentions, k);
                // Or names it in brackets after the nouns (`4 amino acids (called bases)`).
                let bracketed = (mentions[k].end_token..(mentions[k].end_token + 4).min(doc.tokens.len()))
                    .find(|&j| doc.tokens.at(j).punct() == Some('('))
                    .is_some_and(|open| {
                        (open + 1..(open + 5).min(doc.tokens.len()))
                            .take_while(|&j| doc.tokens.at(j).punct() != Some(')'))
                            .any(|j| subject_word(doc.stem(j)))
                    });
                nouns.is_empty() || bracketed || nouns.iter().any(|n| GENERIC_COUNTED.contains(n) || subject_word(n))
            };
            // The holder may be the last word of a name whose other words the subject holds
            // (`Nathaly Cartas Leon, 20,` for `Nathaly Cartas's age`).
            let capital = |k: usize| doc.tokens.at(k).word().is_some() && doc.capitalised(k);
            let in_name = |k: usize| {
                capital(k)
                    && (k.saturating_sub(3)..k).rev().take_while(|&j| capital(j)).any(|j| cov.positions.contains(&j))
            };
            // Or an age the sentence names with the word itself, of a subject that is no one's
            // age (`raise the pension age for council workers from 60 to 65`): a figure a few
            // words after `age` in its clause.
            let after_age_word = |m: &Mention| {
                (m.first_token.saturating_sub(AGE_WORD_REACH).max(sentence.tokens.start)..m.first_token)
                    .rev()
                    .take_while(|&j| !matches!(doc.tokens.at(j).punct(), Some(',' | ';' | ':' | '(' | ')')))
                    .any(|j| doc.tokens.at(j).word() == Some("age"))
            };
            let holds_age = |m: &Mention| match age_holder(doc, m) {
                None => after_age_word(m),
                Some(holders) => {
                    holders.is_empty()
                        || holders
                            .iter()
                            .any(|&k| cov.positions.contains(&k) || cov.anchor.binary_search(&k).is_ok() || in_name(k))
                }
            };
            // A figure that is one of the subject's own words (`three` of `Rojava's three
            // territories`, `50%` of `pensioners on 50% marginal tax rates`) is not its value:
            // its words and numbers stand in the subject, whatever its symbols.
            let own_word = |m: &Mention| {
                let mut counted = (m.first_token..m.end_token)
                    .filter(|&k| matches!(doc.tokens.at(k).kind, TokenKind::Number | TokenKind::Word))
                    .peekable();
                counted.peek().is_some() && counted.all(|k| cov.positions.contains(&k))
            };
            let mut judged: Vec<(usize, usize, bool)> = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| !own_word(m))
                .filter(|(k, _)| own_member(*k))
                .filter(|(_, m)| !bare || subject.fits_attribute(m.value.kind()))
                .filter(|(_, m)| if ages { holds_age(m) } else { !not_an_age || !written_as_age(doc, m) })
                .filter(|(k, _)| !counts || counts_the_subject(*k))
                .filter_map(|(k, m)| {
                    let nouns = counted_with_ellipsis(doc, &mentions, k);
                    let around = Around::of(doc, &mentions, k, &nouns);
                    target.judge(&m.value, as_of, around).map(|agrees| (distances[k], k, agrees))
                })
                .collect();
            // No figure of the claim's kind: a bare number compares with an amount of money or
            // a quantity on the amount alone (the explanation says the currency or unit was not
            // checked).
            // An amount of money only where the sentence holds the words that say what is
            // counted: a film's takings in yen are not its admissions.
            let counted_there = subject
                .terms
                .iter()
                .zip(hows)
                .all(|(t, h)| t.name || t.capitalised || h.is_some_and(|h| h.in_sentence()));
            if judged.is_empty() && pick == Pick::Nearest {
                judged = mentions
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| own_member(*k))
                    .filter(|(_, m)| !bare || subject.fits_attribute(m.value.kind()))
                    .filter(|(_, m)| if ages { holds_age(m) } else { !not_an_age || !written_as_age(doc, m) })
                    // A quantity only for a subject that names an amount (`size`, `total`) or its
                    // unit (`years the mural was hidden` for `37 years`): a bare count of things
                    // (`guest rooms = 20`) is no `750-foot` spa.
                    .filter(|(_, m)| match &m.value {
                        Value::Quantity { unit, .. } => subject.attribute.is_some() || names_unit(subject, unit),
                        Value::Money { .. } => counted_there,
                        _ => true,
                    })
                    .filter_map(|(k, m)| target.judge_amount_only(&m.value).map(|agrees| (distances[k], k, agrees)))
                    .collect();
            }
            // The nearest value, unless another is about as near and fits the claim: the
            // sentence does not then clearly give the subject the value that does not fit.
            // Both ends of a change (`from 25 percent to 30 percent`) are as near as either.
            let mut nearest = judged.iter().copied().min();
            if pick == Pick::AnyAgreeing {
                nearest = judged.iter().copied().filter(|j| j.2).min().or(nearest);
            }
            // A precise value beats a vaguer one that contains it in the same sentence (`held
            // in July, opened on July 19`): the sentence gives the precise one.
            if let Some((_, k0, _)) = nearest {
                let vaguer = |k: usize| strictly_contains(&mentions[k0].value, &mentions[k].value, as_of);
                if let Some(precise) = judged.iter().copied().filter(|(_, k, _)| vaguer(*k)).min() {
                    nearest = Some(precise);
                }
            }
            if let Some((d0, k0, false)) = nearest {
                // The earlier end speaks for a subject about the change or the earlier value
                // only (`rate = 5.4%` is not `up to 5.5% from 5.4%`).
                let partner = change_partner(doc, &mentions, k0)
                    .filter(|&p| about_a_change || wants_earlier || !earlier_value(doc, &mentions, p));
                nearest = judged
                    .iter()
                    .find(|(d, k, agrees)| *agrees && (*d == d0 || Some(*k) == partner))
                    .copied()
                    .or(nearest);
            }
            // A list of words and figures (`in: [2.3.0+, 4.0]`): a word item standing in the
            // sentence fits, whatever its figures.
            if let Target::AnyOf(items) = target
                && nearest.is_none_or(|n| !n.2)
                && let Some(at) = items.iter().find_map(|t| words_in(doc, sentence, t))
            {
                return vec![base(at, None, true)];
            }
            match nearest {
                Some((tie, k, agrees)) => {
                    let m = &mentions[k];
                    // Shown as compared: a yearless date with the year `as_of` gives it.
                    let value = match &m.value {
                        Value::Date(d) => Value::Date(d.resolve(as_of)),
                        other => other.clone(),
                    };
                    vec![Observation { tie: Some(tie), ..base(m.start..m.end, Some(value), agrees) }]
                }
                // `in: [Washington, Vilnius]` and other lists of words.
                None => match target {
                    Target::AnyOf(items) => items
                        .iter()
                        .filter_map(|t| words_in(doc, sentence, t))
                        .take(1)
                        .map(|at| base(at, None, true))
                        .collect(),
                    _ => vec![],
                },
            }
        }
        Target::Words { text, negate, .. } if is_score(text) => {
            // A score is the same scores in the same order (`6-3 6-1`); another score beside
            // the subject's words is the subject's result, which the claim's does not fit.
            let runs = scores_in(doc, sentence);
            if let Some((at, _)) = runs.iter().find(|(_, score)| score == text) {
                return vec![base(at.clone(), Some(Value::Text(text.clone())), !negate)];
            }
            let placing = cov.placing_positions();
            let gap = |at: &Range<usize>| {
                let (first, last) = (doc.tokens.starting_before(at.start), doc.tokens.starting_before(at.end - 1));
                placing.iter().map(|&p| if p < first { first - p } else { p.saturating_sub(last) }).min()
            };
            runs.into_iter()
                .filter_map(|(at, score)| gap(&at).filter(|&g| g <= SCORE_REACH).map(|g| (g, at, score)))
                .min_by_key(|(g, _, _)| *g)
                .map(|(_, at, score)| base(at, Some(Value::Text(score)), *negate))
                .into_iter()
                .collect()
        }
        Target::Words { text, negate, .. } => {
            // A name in brackets right after a name of the subject is that one's (`Terence
            // Fletcher (J.K. Simmons)`, `his producer Aaron Rapoport (Seth Rogen)`): the value,
            // whatever other names the sentence holds.
            if let Some(name) = bracketed_after_name(doc, sentence, cov, subject) {
                let at = doc.tokens.at(name.start).start..doc.tokens.at(name.end - 1).end;
                let bracket = crate::document::Sentence { range: at.clone(), tokens: name };
                let agrees = words_in(doc, &bracket, target).is_some();
                let shown = if agrees { text.clone() } else { doc.text[at.clone()].to_string() };
                return vec![Observation { tie: Some(0), ..base(at, Some(Value::Text(shown)), agrees != *negate) }];
            }
            let a_place = subject.wants_place || contrast::country_names(&text.to_lowercase()).is_some();
            // The head noun written with another member of a set the claim names (`France
            // coach, Bernard Laporte` for `Wales coach`): the sentence is about another's role.
            if text.starts_with(char::is_uppercase) && !a_place && !subject.qualifiers.is_empty() {
                let heads = head_positions(doc, cov, subject, cov.sentences.start);
                // The sentence's qualifiers are read only where a head noun stands to qualify.
                let sentence_qualifiers =
                    if heads.is_empty() { Vec::new() } else { contrast::of_sentence(doc, cov.sentences.start) };
                let before_head = |s: &contrast::Qualifier| heads.iter().any(|&h| s.at + 1 == h);
                let claims = |s: &contrast::Qualifier, own: bool| {
                    subject.qualifiers.iter().any(|q| q.set == s.set && (q.member == s.member) == own)
                };
                let another =
                    sentence_qualifiers.iter().any(|s| before_head(s) && claims(s, false) && !claims(s, true));
                let own = sentence_qualifiers.iter().any(|s| before_head(s) && claims(s, true));
                if another && !own {
                    return vec![];
                }
            }
            if let Some(at) = words_in(doc, sentence, target) {
                // The claimed name stands there, but the tree gives the subject's head noun
                // another name (`London Rene and Natalie Guercio pose in the office of their
                // lawyer, Scott Rynecki` for `lawyer = Natalie Guercio`): the sentence gives the
                // role to that one.
                // Only where the head noun stands there as a noun (`designed by Sydney Opera
                // House mastermind Jørn Utzon` has a verb for `designer`), and not one arc from
                // the claimed name itself. The tree is read only once another name is there.
                let sid = cov.sentences.start;
                let heads = if text.starts_with(char::is_uppercase) && !a_place {
                    head_positions(doc, cov, subject, sid)
                } else {
                    Vec::new()
                };
                let gives_another = |other: &Range<usize>| {
                    let syntax = Syntax::of(doc, sid);
                    heads.iter().any(|&k| syntax.is_noun(doc, k))
                        && syntax.path(doc, &at, &heads).is_none_or(|p| p > ROLE_ARCS)
                        && (other.end <= at.start || at.end <= other.start)
                };
                if !heads.is_empty()
                    && let Some(other) = name_by_tree(doc, sid, &mentions, cov, subject)
                    && gives_another(&other)
                {
                    let name = doc.text[other.clone()].to_string();
                    return vec![Observation { tie: Some(0), ..base(other, Some(Value::Text(name)), *negate) }];
                }
                return vec![base(at, Some(Value::Text(text.clone())), !negate)];
            }
            // A value of a contrast set (`Conservative`, `British`, `right leg`) where the
            // sentence gives the subject another member of its set (`Labour MP Jean Corston`,
            // `the venue's American owner`, `Rodgers' left leg`).
            if let Some(at) = other_member(doc, cov, text, &subject.qualifiers, subject.wants_place) {
                let member = doc.text[at.clone()].to_string();
                return vec![base(at, Some(Value::Text(member)), *negate)];
            }
            // A place claim whose sentence names another place (`in Vilnius`).
            if subject.wants_place
                && let Some(at) = place_in(doc, sentence, &mentions, cov)
            {
                let name = doc.text[at.clone()].to_string();
                return vec![base(at, Some(Value::Text(name)), *negate)];
            }
            // A name claim (`British Ambassador = Tatang Zaenudin`) whose sentence gives
            // another name beside the subject (`Moazzam Malik, the British Ambassador`).
            // Every word of the subject but its names must stand in the sentence: the words
            // say which name it is (`director of Hide and Seek` is not its star). Or they stand
            // in the sentence before or the headline, and the name is the head noun's own (see
            // [`name_at_head`]: `PCS leader Mark Serwotka`, the union named the sentence before).
            let stated_in = |hows: &[Option<How>]| subject.terms.iter().zip(hows).all(|(t, h)| t.name || h.is_some());
            let in_sentence = stated_in(&cov.hows);
            if text.starts_with(char::is_uppercase) && !a_place && (in_sentence || stated_in(hows)) {
                // Places have their own reading (`place_in`): a country or city named beside a
                // summit is often another party to it.
                let own = name_at_head(doc, sentence, &mentions, cov, subject)
                    .or_else(|| in_sentence.then(|| name_beside(doc, sentence, &mentions, cov)).flatten());
                if let Some(at) = own {
                    let name = doc.text[at.clone()].to_string();
                    return vec![base(at, Some(Value::Text(name)), *negate)];
                }
            }
            // A name that the sentence's tree hangs from a word of the subject, or that word
            // from it (`Deputy Prime Minister John Prescott`, `the information commissioner
            // Richard Thomas`), is the subject's, though the claim's verb is worded otherwise.
            if text.starts_with(char::is_uppercase)
                && !a_place
                && let Some(at) = name_by_tree(doc, cov.sentences.start, &mentions, cov, subject)
            {
                let name = doc.text[at.clone()].to_string();
                return vec![Observation { tie: Some(0), ..base(at, Some(Value::Text(name)), *negate) }];
            }
            vec![]
        }
        Target::AllOf(items) => {
            // Each item found as words, or as a figure or date of the sentence that fits it.
            let item_in = |t: &Target| {
                words_in(doc, sentence, t).or_else(|| {
                    mentions.iter().enumerate().find_map(|(k, m)| {
                        let nouns = counted_nouns(doc, m.end_token);
                        let around = Around::of(doc, &mentions, k, &nouns);
                        (t.judge(&m.value, as_of, around) == Some(true)).then_some(m.start..m.end)
                    })
                })
            };
            let found: Vec<Range<usize>> = items.iter().filter_map(item_in).collect();
            if found.len() == items.len() && !found.is_empty() {
                let at =
                    found.iter().map(|r| r.start).min().unwrap_or(0)..found.iter().map(|r| r.end).max().unwrap_or(0);
                vec![base(at, None, true)]
            } else if found.len() >= 2 {
                // The sentence gives the list, without every item claimed.
                let at =
                    found.iter().map(|r| r.start).min().unwrap_or(0)..found.iter().map(|r| r.end).max().unwrap_or(0);
                vec![base(at, None, false)]
            } else {
                vec![]
            }
        }
    }
}

/// The tokens of a name in brackets right after a capitalised word of the subject that sentence
/// `cov` holds (`Fletcher (J.K. Simmons)`): a name the sentence gives that one, as a cast list
/// gives an actor to a role. At most six tokens of capitalised words, initials and hyphens.
pub(super) fn bracketed_after_name(
    doc: &Document,
    sentence: &crate::document::Sentence,
    cov: &Coverage,
    subject: &Subject,
) -> Option<Range<usize>> {
    let capital = |k: usize| {
        let t = doc.tokens.at(k);
        t.word().is_some() && doc.text[t.start..].starts_with(char::is_uppercase)
    };
    cov.found
        .iter()
        .filter(|(p, t)| sentence.tokens.contains(p) && subject.terms.get(*t).is_some_and(|t| t.capitalised))
        .find_map(|&(p, _)| {
            let mut end = p + 1;
            while end < sentence.tokens.end && capital(end) {
                end += 1;
            }
            if end + 2 >= sentence.tokens.end || doc.tokens.at(end).punct() != Some('(') || !capital(end + 1) {
                return None;
            }
            let inner = end + 1;
            let mut close = inner;
            while close < sentence.tokens.end.min(inner + 7) {
                let t = doc.tokens.at(close);
                match t.punct() {
                    Some(')') => break,
                    Some('.' | '-') => {}
                    _ if capital(close) => {}
                    _ => return None,
                }
                close += 1;
            }
            // Initials in brackets (`Leadership Conference of Women Religious (LCWR)`) are the
            // name's own short form, not another name.
            let text = &doc.text[doc.tokens.at(inner).start..doc.tokens.at(close.max(inner + 1) - 1).end];
            let initials = text.chars().all(|c| c.is_uppercase() || c == '.' || c == '-');
            (close < sentence.tokens.end && doc.tokens.at(close).punct() == Some(')') && !initials)
                .then_some(inner..close)
        })
}

/// How near (in tokens) to a word of the subject another member of a value's contrast set
/// must stand to be the subject's: `Labour MP Jean Corston`, not a party named further on.
pub(super) const MEMBER_BESIDE: usize = 6;

/// Byte range of the member of a contrast set that sentence `cov` gives beside the subject's
/// words, when the claimed value `text` is another member of that set (see [`observe`]). A
/// member the subject names itself (`Argentina` of `country supplying Su-24s to Argentina`) is
/// the subject's, not another value.
pub(super) fn other_member(
    doc: &Document,
    cov: &Coverage,
    text: &str,
    subject_qualifiers: &[contrast::Qualifier],
    wants_place: bool,
) -> Option<Range<usize>> {
    let own = contrast::of_claim(text, &tokenize(text));
    if own.is_empty() {
        return None;
    }
    let placing = cov.placing_positions();
    let near = |at: usize| placing.iter().map(|&p| p.abs_diff(at)).min().unwrap_or(usize::MAX);
    let sentence = contrast::of_sentence(doc, cov.sentences.start);
    let same_set = |s: &contrast::Qualifier| own.iter().any(|o| o.set == s.set && o.of == s.of);
    let claimed = |s: &contrast::Qualifier| own.iter().any(|o| o.set == s.set && o.member == s.member);
    if sentence.iter().any(claimed) {
        return None;
    }
    let the_subjects = |s: &contrast::Qualifier| {
        subject_qualifiers.iter().any(|q| q.set == s.set && q.member == s.member) || cov.positions.contains(&s.at)
    };
    // `Russia's exclusion` names an owner, not a value; a place claim wants a place (`in
    // Bournemouth`).
    let possessive = |s: &contrast::Qualifier| {
        let t = doc.tokens.at(s.at);
        doc.text[t.start..t.end].ends_with(['\'', '’']) || doc.text[t.end..].starts_with(['\'', '’'])
    };
    let placed = |s: &contrast::Qualifier| !wants_place || s.set != contrast::Set::Country || s.of == "in";
    let other = sentence
        .iter()
        .filter(|s| same_set(s) && !the_subjects(s) && !possessive(s) && placed(s) && near(s.at) <= MEMBER_BESIDE)
        .min_by_key(|s| near(s.at))?;
    let t = doc.tokens.at(other.at);
    Some(t.start..t.end)
}

/// How near (in tokens) to the subject's words a score must stand to be its result (`losing
/// 6-3 6-1` after `Agassi was often bamboozled by the Austrian's drop shots in San Jose`).
pub(super) const SCORE_REACH: usize = 12;

/// True when a claimed text is a score as [`factcheck_text::extract::score_literal`] writes one
/// (`6-3 6-1`): read for each candidate of a words claim, so without allocating.
pub(super) fn is_score(text: &str) -> bool {
    let side = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    !text.is_empty() && text.split(' ').all(|part| part.split_once('-').is_some_and(|(a, b)| side(a) && side(b)))
}

/// The scores a sentence gives, each run of them in a row (`6-3 6-1`, `7-5, 6-3`) with its
/// byte range and its text written as a claimed score is (`6-3 6-1`).
pub(super) fn scores_in(doc: &Document, sentence: &crate::document::Sentence) -> Vec<(Range<usize>, String)> {
    let side = |k: usize| {
        k < sentence.tokens.end && {
            let t = doc.tokens.at(k);
            t.kind == crate::text::TokenKind::Number && t.norm.len() <= 3 && t.norm.bytes().all(|b| b.is_ascii_digit())
        }
    };
    // A pair `N-N` starting at token `k`, written tight (`6-3`, `6–3`).
    let pair = |k: usize| {
        side(k)
            && side(k + 2)
            && matches!(doc.tokens.at(k + 1).punct(), Some('-' | '–' | '—'))
            && doc.tokens.at(k + 1).start == doc.tokens.at(k).end
            && doc.tokens.at(k + 2).start == doc.tokens.at(k + 1).end
    };
    let mut runs = Vec::new();
    let mut k = sentence.tokens.start;
    while k < sentence.tokens.end {
        if !pair(k) {
            k += 1;
            continue;
        }
        let first = k;
        let mut scores = Vec::new();
        let mut end = k;
        while pair(k) {
            scores.push(format!("{}-{}", doc.tokens.at(k).norm, doc.tokens.at(k + 2).norm));
            end = k + 3;
            k = if k + 3 < sentence.tokens.end && doc.tokens.at(k + 3).punct() == Some(',') { k + 4 } else { k + 3 };
        }
        // A span of days, ages or a share (`3-5 December`, `aged 18-24`, `10-15%`) or a date
        // (`12-10-2004`) is no score; nor a year's span (`2004-05`, too many digits).
        // A `-`, `/` or `%` at token `j`, written against token `k` beside it (`j + 1 == k` or
        // `k + 1 == j`).
        let glued = |j: usize, k: usize| {
            let (left, right) = (doc.tokens.at(j.min(k)), doc.tokens.at(j.max(k)));
            matches!(doc.tokens.at(j).punct(), Some('-' | '/' | '%')) && right.start == left.end
        };
        let after = if end < sentence.tokens.end { doc.tokens.at(end).norm } else { "" };
        let before = if first > sentence.tokens.start { doc.tokens.at(first - 1).norm } else { "" };
        let span = (end < sentence.tokens.end && glued(end, end - 1))
            || (first > sentence.tokens.start && glued(first - 1, first))
            || contrast::is_month(after)
            || crate::extract::unit_of_word(after).is_some()
            || matches!(after, "percent" | "per" | "years" | "year" | "days" | "minutes")
            || matches!(before, "aged" | "ages" | "between" | "from");
        if !span {
            runs.push((doc.tokens.at(first).start..doc.tokens.at(end - 1).end, scores.join(" ")));
        }
        k = end;
    }
    runs
}

/// Byte range of the first run of a words target's stems in the sentence, all present.
pub(super) fn words_in(doc: &Document, sentence: &crate::document::Sentence, target: &Target) -> Option<Range<usize>> {
    let Target::Words { stems, text, .. } = target else {
        return None;
    };
    if is_score(text) {
        return scores_in(doc, sentence).into_iter().find(|(_, score)| score == text).map(|(at, _)| at);
    }
    if stems.is_empty() {
        return None;
    }
    let mut range: Option<Range<usize>> = None;
    for s in stems {
        // Digits must be the same digits; words may be other forms of the word.
        let digits = s.starts_with(|c: char| c.is_ascii_digit());
        let same = |k: usize| if digits { doc.stem(k) == s.as_str() } else { crate::text::stems_match(doc.stem(k), s) };
        let k = sentence.tokens.clone().find(|&k| same(k))?;
        let t = doc.tokens.at(k);
        range = Some(match range {
            None => t.start..t.end,
            Some(r) => r.start.min(t.start)..r.end.max(t.end),
        });
    }
    range
}

/// How far from the subject's words a name may stand to be the one the sentence gives it:
/// across a comma and `the` (`Moazzam Malik, the British Ambassador`) or `of` (`Rand Paul of
/// Kentucky`).
pub(super) const NAME_REACH: usize = 3;

/// A run of capitalised words standing beside the subject's words (at most [`NAME_REACH`]
/// tokens from the densest group of them), that is none of them nor part of a figure or
/// date: the name a sentence gives its subject. A single capitalised word opening the
/// sentence is not taken (its capital may only open the sentence).
pub(super) fn name_beside(
    doc: &Document,
    sentence: &crate::document::Sentence,
    mentions: &[Mention],
    cov: &Coverage,
) -> Option<Range<usize>> {
    let anchor = if cov.anchor.is_empty() { &cov.positions } else { &cov.anchor };
    let mut best: Option<(usize, Range<usize>)> = None;
    for run in name_runs(doc, sentence, mentions, cov) {
        // A lone letter is part of a code (`F` of `F-16`), not a name.
        let letter = run.len() == 1 && doc.tokens.at(run.start).norm.chars().count() == 1;
        if (run.start == sentence.tokens.start && run.len() == 1) || letter {
            continue;
        }
        let gap = anchor
            .iter()
            .map(|&p| if p < run.start { run.start - p - 1 } else { p.saturating_sub(run.end) })
            .min()
            .unwrap_or(usize::MAX);
        if gap <= NAME_REACH && best.as_ref().is_none_or(|(g, _)| gap < *g) {
            best = Some((gap, run));
        }
    }
    best.map(|(_, run)| doc.tokens.at(run.start).start..doc.tokens.at(run.end - 1).end)
}

/// The name a sentence gives the subject's head noun (see [`crate::subject::Role::Head`]) by
/// standing right beside it: after it as a title (`PCS leader Mark Serwotka`, `analysts
/// Gartner`), or between `the` and it, over the subject's words that modify it (`the Geneva
/// motor show`). A run of capitalised words that is none of the subject's words (see
/// [`name_runs`]).
pub(super) fn name_at_head(
    doc: &Document,
    sentence: &crate::document::Sentence,
    mentions: &[Mention],
    cov: &Coverage,
    subject: &Subject,
) -> Option<Range<usize>> {
    let heads = head_positions(doc, cov, subject, cov.sentences.start);
    if heads.is_empty() {
        return None;
    }
    let subject_word = |k: usize| cov.positions.binary_search(&k).is_ok();
    let before_head = |run: &Range<usize>| {
        let mut k = run.end;
        while k < sentence.tokens.end && subject_word(k) && !heads.contains(&k) {
            k += 1;
        }
        heads.contains(&k)
            && run.start > sentence.tokens.start
            && matches!(doc.tokens.at(run.start - 1).word(), Some("the" | "a" | "an"))
    };
    name_runs(doc, sentence, mentions, cov)
        .into_iter()
        .find(|run| heads.contains(&(run.start.wrapping_sub(1))) || before_head(run))
        .map(|run| doc.tokens.at(run.start).start..doc.tokens.at(run.end - 1).end)
}

/// The runs of capitalised words of a sentence (as token ranges) that may be a name the
/// sentence gives its subject: none of the subject's words, no part of a figure or date, and no
/// country (a country beside the subject is another party to it, `Japan's aid to Ukraine`).
fn name_runs(
    doc: &Document,
    sentence: &crate::document::Sentence,
    mentions: &[Mention],
    cov: &Coverage,
) -> Vec<Range<usize>> {
    let in_mention = |k: usize| mentions.iter().any(|m| (m.first_token..m.end_token).contains(&k));
    let is_name_word = |k: usize| {
        let t = doc.tokens.at(k);
        t.word().is_some_and(|w| !is_stop_word(w))
            && doc.text[t.start..].starts_with(char::is_uppercase)
            && cov.positions.binary_search(&k).is_err()
            && !in_mention(k)
            && !contrast::is_member(t.norm)
    };
    let mut runs = Vec::new();
    let mut k = sentence.tokens.start;
    while k < sentence.tokens.end {
        if !is_name_word(k) {
            k += 1;
            continue;
        }
        let start = k;
        while k < sentence.tokens.end && is_name_word(k) {
            k += 1;
        }
        runs.push(start..k);
    }
    runs
}

/// A run of two or more capitalised words (none of the subject's, no figure) one arc of the
/// sentence's tree from the head noun of the subject (see [`crate::subject::Role::Head`])
/// that the sentence holds: the name the sentence gives that word (see [`observe`]).
fn name_by_tree(
    doc: &Document,
    sid: usize,
    mentions: &[Mention],
    cov: &Coverage,
    subject: &Subject,
) -> Option<Range<usize>> {
    let sentence = doc.sentence(sid);
    let roles = head_positions(doc, cov, subject, sid);
    if roles.is_empty() {
        return None;
    }
    let mut syntax = None;
    for run in name_runs(doc, &sentence, mentions, cov).into_iter().filter(|r| r.len() >= 2) {
        let at = doc.tokens.at(run.start).start..doc.tokens.at(run.end - 1).end;
        // Parsed only once a name is there to tie.
        let syntax = match &syntax {
            Some(s) => s,
            None => syntax.insert(Syntax::of(doc, sid)),
        };
        if syntax.path(doc, &at, &roles).is_some_and(|p| p <= ROLE_ARCS) {
            return Some(at);
        }
    }
    None
}

/// Where in sentence `sid` candidate `cov` found the subject's head noun (a common word: see
/// [`crate::subject::Role::Head`]).
fn head_positions(doc: &Document, cov: &Coverage, subject: &Subject, sid: usize) -> Vec<usize> {
    term_positions(cov, subject, doc.sentence(sid).tokens.clone(), |t| {
        t.role == crate::subject::Role::Head && !t.capitalised
    })
}

/// Words for a place that a name follows after `of` (`the Norwegian town of Lillehammer`).
const PLACE_NOUNS: &[&str] =
    &["town", "city", "village", "county", "state", "region", "province", "capital", "island", "district", "borough"];

/// A capitalised name that is not one of the subject's words nor a date, near the subject's
/// words, read as a place: after `in` or `at`, over `the` (`at the Geneva motor show`) and over
/// a word for a place with `of` (`in the Norwegian town of Lillehammer`); or before `-based`
/// (`Edinburgh-based developer`).
pub(super) fn place_in(
    doc: &Document,
    sentence: &crate::document::Sentence,
    mentions: &[Mention],
    cov: &Coverage,
) -> Option<Range<usize>> {
    let in_mention = |k: usize| mentions.iter().any(|m| (m.first_token..m.end_token).contains(&k));
    let word = |k: usize| if k < sentence.tokens.end { doc.tokens.at(k).word() } else { None };
    let name_word = |k: usize| {
        k < sentence.tokens.end
            && doc.tokens.at(k).word().is_some()
            && doc.text[doc.tokens.at(k).start..].starts_with(char::is_uppercase)
            && cov.positions.binary_search(&k).is_err()
            && !in_mention(k)
    };
    let run_from = |first: usize| {
        let mut end = first;
        while name_word(end) {
            end += 1;
        }
        end
    };
    for k in sentence.tokens.clone() {
        // Only a name close to the subject's words is its place (`summit ... in Washington`).
        let close = || near(&cov.positions, k.saturating_sub(6), k + 6);
        // `Edinburgh-based`: the name right before a hyphen and `based`.
        if name_word(k)
            && doc.tokens.get(k + 1).is_some_and(|t| t.punct() == Some('-') && t.start == doc.tokens.at(k).end)
            && word(k + 2) == Some("based")
            && close()
        {
            return Some(doc.tokens.at(k).start..doc.tokens.at(k).end);
        }
        if !matches!(word(k), Some("in" | "at")) || k + 1 >= sentence.tokens.end || !close() {
            continue;
        }
        let mut first = k + 1;
        if word(first) == Some("the") {
            first += 1;
            // Over at most two words to a word for a place and `of`.
            if let Some(noun) = (first..first + 3).find(|&j| word(j).is_some_and(|w| PLACE_NOUNS.contains(&w)))
                && (first..noun).all(|j| word(j).is_some())
                && word(noun + 1) == Some("of")
                && run_from(noun + 2) > noun + 2
            {
                first = noun + 2;
            }
        }
        let end = run_from(first);
        // `in Ukraine's quest` names an owner, not a place.
        let possessive = end > first
            && doc.text[doc.tokens.at(end - 1).start..doc.tokens.at(end - 1).end].ends_with(['s', '\''])
            && doc.text[doc.tokens.at(end - 1).start..doc.tokens.at(end - 1).end].contains(['\'', '’']);
        if end > first && !possessive {
            return Some(doc.tokens.at(first).start..doc.tokens.at(end - 1).end);
        }
    }
    None
}
