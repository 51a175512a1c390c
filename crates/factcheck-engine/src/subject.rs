//! Subjects: the content words of a claim that locate the source sentences about it.

use crate::document::Document;
use crate::matcher::How;
use crate::text::{Token, TokenKind, is_negation, is_stop_word, lower_word, stem, tokenize};
use factcheck_core::ValueKind;
use std::collections::HashSet;

/// Words that say which kind of value is wanted and need not appear in the source.
const ATTRIBUTE_WORDS: &[(&str, Option<ValueKind>)] = &[
    ("date", Some(ValueKind::Date)),
    ("day", Some(ValueKind::Date)),
    ("year", Some(ValueKind::Date)),
    ("month", Some(ValueKind::Date)),
    ("when", Some(ValueKind::Date)),
    ("location", Some(ValueKind::Text)),
    ("place", Some(ValueKind::Text)),
    ("venue", Some(ValueKind::Text)),
    ("city", Some(ValueKind::Text)),
    ("town", Some(ValueKind::Text)),
    ("hometown", Some(ValueKind::Text)),
    ("county", Some(ValueKind::Text)),
    ("where", Some(ValueKind::Text)),
    ("name", Some(ValueKind::Text)),
    ("amount", None),
    ("total", None),
    ("number", None),
    ("count", None),
    ("figure", None),
    ("value", None),
    ("size", None),
    ("level", None),
    // A result the source gives as a score (`losing 6-3 6-1`) without the word.
    ("score", None),
    ("scoreline", None),
    ("rate", Some(ValueKind::Percent)),
    ("percentage", Some(ValueKind::Percent)),
    // Dimensions a figure's unit gives (`49 minute speech`, `5 feet 11 inches tall`, `a
    // 31-year-old woman`): the source rarely names them.
    ("length", Some(ValueKind::Quantity)),
    ("duration", Some(ValueKind::Quantity)),
    ("height", Some(ValueKind::Quantity)),
    ("weight", Some(ValueKind::Quantity)),
    ("distance", Some(ValueKind::Quantity)),
    ("age", Some(ValueKind::Number)),
    // A place in an order, which the source writes as an ordinal (`14th`, `second`).
    ("rank", Some(ValueKind::Number)),
    ("ranking", Some(ValueKind::Number)),
    ("position", Some(ValueKind::Number)),
];

/// True for attribute words such as `date`, `location`, `amount`.
pub fn is_attribute_word(word: &str) -> bool {
    ATTRIBUTE_WORDS.iter().any(|(w, _)| *w == word)
}

/// One content word of a subject and the ways the source may write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The word as the claim wrote it (normalised), for explanations.
    pub word: String,
    /// Each alternative is a list of stems that must all stand in the sentence: the word's own
    /// stem, and the stems of each alias.
    pub alternatives: Vec<Vec<String>>,
    /// How each alternative relates to the word (the first is the word itself).
    pub hows: Vec<How>,
    /// True for a number (`Flight 370`, `2014`).
    pub number: bool,
    /// True for a name: a capitalised word not opening the text (`Seattle`, `Kishida`).
    pub name: bool,
    /// True when the claim writes the word with a capital, opening the text or not.
    pub capitalised: bool,
    /// Index of the word's token in the claim text.
    pub token: usize,
    /// True when the claim writes the word with a possessive (`Brown's`): a name ends there.
    pub possessive: bool,
    /// True for an acronym (`NGS`, `SEC`: two to six capitals): a source may spell it out.
    pub acronym: bool,
    /// The word's role in the parse of the claim's own words (see [`Subject::with_roles`]).
    pub role: Role,
    /// The way the word says a figure moved (`Some(true)` for a rise or growth, see
    /// `direction_of_word`), read once: `up` and `down` before a figure stand for it.
    pub moves: Option<bool>,
}

/// What a subject word does in the claim's own words, as its parse says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// It says what the subject is: a name, a modifier of the head.
    #[default]
    Core,
    /// The head of the subject's phrase, a common noun (`director` of `director of the
    /// stage show`, `officer` of `Parse.ly's chief technology officer`): the word a name given
    /// as the value stands by.
    Head,
    /// The verb of a clause that modifies the head (`students who signed up`, `age when she
    /// met Pitt`): claims word such verbs their own way.
    ClauseVerb,
}

/// The content words of a subject, with what they say about the wanted kind.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subject {
    /// Content words, in order, without repeats.
    pub terms: Vec<Term>,
    /// True when the subject names a place (`location`, `city`).
    pub wants_place: bool,
    /// Negation words in the subject or statement.
    pub negations: usize,
    /// Stems of the words, for the polarity lexicon.
    pub stems: Vec<String>,
    /// The first attribute word (`age`, `height`, `date`), which says what kind of figure
    /// the subject has.
    pub attribute: Option<String>,
    /// The claim's qualifiers (see [`crate::matcher::contrast`]): a month, a quarter, a
    /// country... that a value must be tied to.
    pub(crate) qualifiers: Vec<crate::matcher::contrast::Qualifier>,
    /// For statements (see [`Subject::with_opposites`]): each term's antonyms from the
    /// lexicon, as lemmas.
    pub antonyms: Vec<Vec<String>>,
}

impl Subject {
    /// Whether a source value of `kind` can be the subject's, as its attribute word says: an
    /// age is a plain number (`Sapp, 42,`, `a 31-year-old`), a height, length, distance,
    /// weight or duration a quantity with a unit.
    pub fn fits_attribute(&self, kind: ValueKind) -> bool {
        match self.attribute.as_deref() {
            // A count is a plain number: `number of iPods sold` is not `£339`.
            // A score in points is a number, not a time (`within five minutes`).
            Some("age" | "number" | "count" | "rank" | "ranking" | "position" | "score") => kind == ValueKind::Number,
            Some("length" | "duration" | "height" | "weight" | "distance") => kind == ValueKind::Quantity,
            _ => true,
        }
    }
}

impl Subject {
    /// Reads the content words of `text`, leaving out the tokens in `skip` (the figures of a
    /// statement); `aliases` are groups of words that name the same thing.
    pub fn from_text(text: &str, skip: &[std::ops::Range<usize>], aliases: &[Vec<String>]) -> Subject {
        let tokens = tokenize(text);
        Subject::from_tokens(text, &tokens, skip, aliases)
    }

    /// As [`Subject::from_text`], over tokens of `text` already made.
    pub fn from_tokens(
        text: &str,
        tokens: &[Token],
        skip: &[std::ops::Range<usize>],
        aliases: &[Vec<String>],
    ) -> Subject {
        let mut subject = Subject::default();
        let mut seen = HashSet::new();
        for (i, t) in tokens.iter().enumerate() {
            if skip.iter().any(|r| r.contains(&i)) {
                continue;
            }
            // An ordinal in digits (`17th`, `4th quarter`) is a qualifier, compared as one (see
            // `contrast`): the source may write it in words (`fourth quarter`).
            let suffix = |k: usize| tokens.get(k).is_some_and(|n| crate::text::is_ordinal_suffix(&n.norm));
            if (t.kind == TokenKind::Number && suffix(i + 1))
                || (suffix(i) && i > 0 && tokens[i - 1].kind == TokenKind::Number)
            {
                continue;
            }
            // A number in a subject names something (`Flight 370`, `Mariner 4`, `rise in 2012`):
            // it must stand in the sentence as written.
            if t.kind == TokenKind::Number {
                if seen.insert(t.norm.to_string()) {
                    subject.terms.push(Term {
                        word: t.norm.to_string(),
                        alternatives: vec![vec![t.norm.to_string()]],
                        hows: vec![How::Exact],
                        number: true,
                        name: false,
                        capitalised: false,
                        token: i,
                        possessive: false,
                        acronym: false,
                        role: Role::Core,
                        moves: None,
                    });
                }
                continue;
            }
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.norm.as_str();
            let before_figure = tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number);
            if is_negation(w) && !(w == "no" && before_figure) {
                subject.negations += 1;
                continue;
            }
            // A capitalised word inside the claim is part of a name (`Roni Size`, `Ryan
            // Rank`), never the attribute its lower-case word would be.
            let inside_name = i > 0
                && text[t.start..t.end].starts_with(char::is_uppercase)
                && !tokens[i - 1].punct().is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '(' | '-'));
            // `staff numbers`, `sales figures`: the attribute, said of many.
            let w = match w {
                "numbers" | "figures" | "totals" | "amounts" | "counts" | "levels" => &w[..w.len() - 1],
                _ => w,
            };
            if is_attribute_word(w) && !inside_name {
                if subject.attribute.is_none() {
                    subject.attribute = Some(w.to_string());
                }
                if matches!(w, "location" | "place" | "venue" | "city" | "town" | "hometown" | "county" | "where") {
                    subject.wants_place = true;
                }
                continue;
            }
            if is_stop_word(w) || w.chars().count() < 2 {
                continue;
            }
            let s = stem(w);
            subject.stems.push(s.clone());
            if !seen.insert(s.clone()) {
                continue;
            }
            let mut alternatives = vec![vec![s.clone()]];
            let mut hows = vec![How::Exact];
            for group in aliases {
                let group_stems: Vec<Vec<String>> = group.iter().map(|a| phrase_stems(a)).collect();
                if group_stems.iter().any(|g| g.len() == 1 && g[0] == s) {
                    for g in group_stems.into_iter().filter(|g| !g.is_empty() && *g != vec![s.clone()]) {
                        alternatives.push(g);
                        hows.push(How::Alias);
                    }
                }
            }
            let opens =
                i == 0 || tokens[i - 1].punct().is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '(' | '-'));
            let capitalised = text[t.start..t.end].starts_with(char::is_uppercase);
            let name = !opens && capitalised;
            // The words a source may write instead: a name only by its aliases (and a country
            // by its people), any other word by the lexicon.
            let previous_word = (i > 0).then(|| tokens[i - 1].word()).flatten();
            for (alternative, how) in crate::lexical::alternatives(w, previous_word, name).iter() {
                if !alternatives.contains(alternative) {
                    alternatives.push(alternative.clone());
                    hows.push(*how);
                }
            }
            // Shown as written, accents and all (`w` has none).
            let word = lower_word(&text[t.start..t.end]);
            let raw = &text[t.start..t.end];
            let acronym = (2..=6).contains(&raw.chars().count()) && raw.chars().all(|c| c.is_ascii_uppercase());
            let possessive = text[t.start..t.end].ends_with(['\'', '’']) || {
                let raw = &text[t.start..t.end];
                raw.ends_with("'s") || raw.ends_with("’s")
            };
            subject.terms.push(Term {
                word,
                alternatives,
                hows,
                number: false,
                name,
                capitalised,
                token: i,
                possessive,
                acronym,
                role: Role::Core,
                // Growth is a rise here, though not a word that says which way a figure moved
                // (`growth slowed to 3%`).
                moves: direction_of_word(w, &s).or((w == "growth").then_some(true)),
            });
        }
        subject
    }

    /// Weighs each word by its role in the parse of the subject's text: the verb of a clause
    /// that modifies the subject's head (`students who signed up`, `age when she met Pitt`,
    /// `planes ordered so far`) is a [`Role::ClauseVerb`], for a claim words such a verb its
    /// own way (`attracted 900 students`) while the head and the names say which thing it is.
    pub fn with_roles(mut self, text: &str, tokens: &[Token], wants_head: bool) -> Subject {
        let common = self.terms.iter().any(|t| !t.name && !t.number);
        // No real subject is as long as a page; a longer one is read without its parse.
        if !common || self.terms.len() < 2 || text.len() > 4096 {
            return self;
        }
        // Most subjects are a noun phrase with no clause (`Acme revenue 2024`): parsed only
        // when a word may open or make one, or when the head is wanted (`wants_head`: a name
        // claimed as the value).
        let clause_cue = tokens.iter().any(|t| {
            t.word().is_some_and(|w| {
                matches!(w, "who" | "that" | "which" | "when" | "where" | "whose" | "whom")
                    || w.ends_with("ed")
                    || w.ends_with("ing")
            })
        });
        if !clause_cue && !wants_head {
            return self;
        }
        let tree = factcheck_syntax::analyse(text);
        let clause_verb = |w: usize| {
            let word = &tree.words[w];
            word.upos == "VERB" && matches!(word.deprel.as_str(), "acl" | "acl:relcl" | "advcl" | "advcl:relcl")
        };
        for term in &mut self.terms {
            if term.name || term.number {
                continue;
            }
            let word = tokens.get(term.token).and_then(|t| tree.word_at(t.start));
            if word.is_some_and(clause_verb) {
                term.role = Role::ClauseVerb;
            } else if word.is_some_and(|w| tree.words[w].head.is_none() && tree.words[w].upos == "NOUN") {
                term.role = Role::Head;
            }
        }
        self
    }

    /// The longest runs of capitalised words written together, as ranges of term indices
    /// (one word is a run too).
    pub fn capital_runs(&self) -> Vec<std::ops::Range<usize>> {
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, t) in self.terms.iter().enumerate().filter(|(_, t)| t.capitalised) {
            match runs.last_mut() {
                Some(run) if run.end == i && self.terms[i - 1].token + 1 == t.token => run.end = i + 1,
                _ => runs.push(i..i + 1),
            }
        }
        runs
    }

    /// What may be names: every run of two or more capitalised words written together
    /// (`Craig Roberts Scott`, `Jessica Chastain`), as ranges of term indices. Where a name
    /// ends is not known (`Serena Williams Wimbledon titles`), so each part of a longer run of
    /// capitals counts as well (`Serena Williams`, `Williams Wimbledon`).
    pub fn name_runs(&self) -> Vec<std::ops::Range<usize>> {
        // At most eight words a run: a subject in capitals throughout names no one.
        self.capital_runs()
            .into_iter()
            .filter(|run| run.len() <= 8)
            .flat_map(|run| run.clone().flat_map(move |start| (start + 2..=run.end).map(move |end| start..end)))
            .collect()
    }

    /// How many of its terms a sentence must hold to be about this subject: all of one or two;
    /// two of three; then about two thirds (`slack` lowers the share for statements, whose
    /// verbs the source often words differently).
    pub fn needed(&self, share: f64) -> usize {
        let n = self.terms.len();
        if n <= 2 { n } else { ((n as f64) * share).ceil().max(2.0) as usize }
    }
}

/// Content-word stems of an alias phrase.
fn phrase_stems(phrase: &str) -> Vec<String> {
    tokenize(phrase).iter().filter_map(|t| t.word()).filter(|w| !is_stop_word(w)).map(stem).collect()
}

/// Where a subject's terms stand in one sentence (or two adjacent ones).
#[derive(Debug, Clone)]
pub struct Coverage {
    /// The sentences (one, or two adjacent).
    pub sentences: std::ops::Range<usize>,
    /// How many terms stand there.
    pub matched: usize,
    /// Token indices of the words that matched.
    pub positions: Vec<usize>,
    /// The positions of the densest group of them: the words standing together (at most six
    /// tokens apart) that hold the most distinct terms. `net income` in `Acme reported revenue
    /// of $94.8 billion, while net income fell to $20.1 billion` is where `Acme net income`
    /// stands, more than `Acme`.
    pub anchor: Vec<usize>,
    /// Which terms matched, by index.
    pub terms: Vec<bool>,
    /// How each term matched (the strongest of its alternatives found), by index.
    pub hows: Vec<Option<How>>,
    /// Each matched position with the index of its term, in order.
    pub found: Vec<(usize, usize)>,
}

impl Coverage {
    /// The positions that place the subject: its densest group, and the words of terms that
    /// group lacks.
    pub fn placing_positions(&self) -> Vec<usize> {
        // `anchor` is sorted: membership by binary search keeps this linear-logarithmic in a
        // sentence with many matches (a hostile source of one endless sentence).
        let in_anchor = |p: &usize| self.anchor.binary_search(p).is_ok();
        let mut anchored_terms = vec![false; self.terms.len()];
        for (p, t) in &self.found {
            if in_anchor(p) {
                anchored_terms[*t] = true;
            }
        }
        let mut placing: Vec<usize> =
            self.found.iter().filter(|(p, t)| in_anchor(p) || !anchored_terms[*t]).map(|(p, _)| *p).collect();
        placing.sort_unstable();
        placing.dedup();
        placing
    }
}

/// A term's spellings in one document: for each alternative, for each of its words, the
/// document's stems that match that word.
pub type TermStems<'d> = Vec<Vec<Vec<&'d str>>>;

/// Where each of `subject`'s terms stands in sentence range `sentences` of `doc`.
pub fn coverage(
    doc: &Document,
    subject: &Subject,
    sentences: std::ops::Range<usize>,
    stems: &[TermStems<'_>],
) -> Coverage {
    let first = doc.sentence(sentences.start).tokens.start;
    let end = doc.sentence(sentences.end - 1).tokens.end;
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut terms = vec![false; subject.terms.len()];
    let mut hows: Vec<Option<How>> = vec![None; subject.terms.len()];
    for (ti, alternatives) in stems.iter().enumerate() {
        for (ai, alternative) in alternatives.iter().enumerate() {
            // Most of a word's lexical alternatives are not in a given document at all.
            if alternative.iter().any(|variants| variants.is_empty()) {
                continue;
            }
            // Each word of the alternative must stand in the range.
            let mut at_all = Vec::new();
            let all = alternative.iter().all(|variants| {
                let at: Vec<usize> = (first..end).filter(|&k| variants.contains(&doc.stem(k))).collect();
                let any = !at.is_empty();
                at_all.extend(at);
                any
            });
            if all && !alternative.is_empty() {
                terms[ti] = true;
                let how = subject.terms[ti].hows.get(ai).copied().unwrap_or(How::Exact);
                // The strongest way it was found (`How` orders from the strongest).
                hows[ti] = Some(hows[ti].map_or(how, |h| h.min(how)));
                found.extend(at_all.into_iter().map(|p| (p, ti)));
            }
        }
        // `up` and `down` are too common to stand for a rise or a fall anywhere (`set up`),
        // but right before a figure they are the figure's move (`revenues were up over 10%`).
        if let Some(rising) = subject.terms[ti].moves {
            let word = if rising { "up" } else { "down" };
            for k in (first..end).filter(|&k| doc.tokens.at(k).word() == Some(word) && before_figure(doc, k, end)) {
                terms[ti] = true;
                hows[ti] = Some(hows[ti].map_or(How::Curated, |h| h.min(How::Curated)));
                found.push((k, ti));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    let positions: Vec<usize> = {
        let mut p: Vec<usize> = found.iter().map(|(p, _)| *p).collect();
        p.dedup();
        p
    };
    let anchor = densest_group(&found);
    Coverage { sentences, matched: terms.iter().filter(|t| **t).count(), positions, anchor, terms, hows, found }
}

/// True when token `k` of `doc` stands right before a figure (before `end`), over a word that
/// bounds or places it (`up 5%`, `down by 3%`, `up over 10%`; not `up to 10%`, a limit).
fn before_figure(doc: &Document, k: usize, end: usize) -> bool {
    let number = |j: usize| j < end && doc.tokens.at(j).kind == TokenKind::Number;
    let currency = |j: usize| j < end && doc.tokens.at(j).punct().is_some_and(|c| matches!(c, '$' | '£' | '€' | '¥'));
    let figure = |j: usize| number(j) || (currency(j) && number(j + 1));
    let between = |j: usize| {
        j < end
            && matches!(
                doc.tokens.at(j).word(),
                Some("by" | "over" | "almost" | "nearly" | "about" | "around" | "some")
            )
    };
    figure(k + 1) || (between(k + 1) && figure(k + 2))
}

/// News names a person or a body in full once, then by the last word of the name (`Craig
/// Roberts Scott` ... `Scott has 30 years' experience`). Where a sentence holds the last word
/// of one of `runs` (see [`Subject::name_runs`]), capitalised, with another word of the
/// subject, and `introduced[r]` says the full name stands in some sentence of the document,
/// the whole name counts as standing there.
pub fn extend_by_last_name(doc: &Document, cov: &mut Coverage, runs: &[std::ops::Range<usize>], introduced: &[bool]) {
    for (run, _) in runs.iter().zip(introduced).filter(|(_, full)| **full) {
        let last = run.end - 1;
        let capitalised_there = cov.found.iter().any(|&(p, t)| t == last && doc.capitalised(p));
        // The last word alone is too weak a sign (`Isaac` in every sentence of a profile of
        // Oscar Isaac): the rest of the subject must stand there too.
        // A subject that is the name alone (`Darren Campbell's age`: its attribute says which
        // figure) has no rest to stand there.
        let nothing_else = (0..cov.terms.len()).all(|t| run.contains(&t));
        let rest_there = nothing_else || (0..cov.terms.len()).any(|t| !run.contains(&t) && cov.terms[t]);
        if capitalised_there && rest_there {
            for t in run.clone() {
                cov.terms[t] = true;
                if cov.hows[t].is_none() {
                    cov.hows[t] = Some(How::Surname);
                }
            }
        }
    }
    cov.matched = cov.terms.iter().filter(|t| **t).count();
}

/// Which of `runs` the document names in full (its words in a row) in one of `covered` (the
/// coverage of every sentence holding a term), and only ever as that name: where the last
/// word of the name also follows another capitalised word (`Venus Williams` beside `Serena
/// Williams`), it could be either, and is not taken for the claim's.
pub fn names_introduced(
    doc: &Document,
    covered: &[Coverage],
    runs: &[std::ops::Range<usize>],
    stems: &[TermStems<'_>],
) -> Vec<bool> {
    runs.iter()
        .map(|run| {
            let (last, before) = (run.end - 1, run.end - 2);
            // Its words one after the other, each with its capital, as a name is written.
            let in_full = covered.iter().any(|cov| {
                cov.found.iter().any(|&(p, t)| {
                    t == run.start
                        && run
                            .clone()
                            .enumerate()
                            // `found` is sorted: a sentence of a hostile source may hold
                            // thousands of matches.
                            .all(|(k, term)| cov.found.binary_search(&(p + k, term)).is_ok() && doc.capitalised(p + k))
                })
            });
            let another_name = covered.iter().any(|cov| {
                let first_token = doc.sentence(cov.sentences.start).tokens.start;
                // A capital opening the sentence, or on a word such as `The`, names no one.
                cov.found.iter().any(|&(p, t)| {
                    t == last
                        && p > first_token + 1
                        && doc.tokens.at(p - 1).word().is_some_and(|w| !is_stop_word(w))
                        && doc.capitalised(p - 1)
                        // A first name opens the name: `Daily News Rene` (a caption's credit
                        // before the name) names no second Rene.
                        && !(p - 1 > first_token && doc.tokens.at(p - 2).word().is_some() && doc.capitalised(p - 2))
                        && !stems[before].iter().flatten().flatten().any(|v| *v == doc.stem(p - 1))
                })
            });
            in_full && !another_name
        })
        .collect()
}

/// The positions of the groups of `found` (position, term) standing at most six tokens apart
/// that hold the most distinct terms.
fn densest_group(found: &[(usize, usize)]) -> Vec<usize> {
    let mut groups: Vec<Vec<(usize, usize)>> = Vec::new();
    for &(p, t) in found {
        match groups.last_mut() {
            Some(g) if g.last().is_some_and(|(q, _)| p - q <= 6) => g.push((p, t)),
            _ => groups.push(vec![(p, t)]),
        }
    }
    let distinct = |g: &Vec<(usize, usize)>| {
        let mut t: Vec<usize> = g.iter().map(|(_, t)| *t).collect();
        t.sort_unstable();
        t.dedup();
        t.len()
    };
    let best = groups.iter().map(distinct).max().unwrap_or(0);
    groups.iter().filter(|g| distinct(g) == best).flatten().map(|(p, _)| *p).collect()
}

/// For each term, for each alternative, for each stem: the document's stems that match it.
pub fn resolve_stems<'d>(doc: &'d Document, subject: &Subject) -> Vec<TermStems<'d>> {
    subject
        .terms
        .iter()
        .map(|t| t.alternatives.iter().map(|alt| alt.iter().map(|s| doc.matching_stems(s)).collect()).collect())
        .collect()
}

/// The most sentences of one source a claim looks at closely (the coverage of its words, the
/// values there). A hostile source can put a subject's words in millions of sentences, and
/// each costs the claim time and memory; the real articles of the test suite have fewer than
/// 500 sentences in all, so a thousand leaves every real verdict as it was while it bounds
/// the work of a claim to a thousand sentences of at most
/// [`MAX_SENTENCE_TOKENS`](crate::document::MAX_SENTENCE_TOKENS) tokens each.
pub const MAX_CANDIDATES: usize = 1_000;

/// The sentences of one source a claim looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Candidates {
    /// At most [`MAX_CANDIDATES`] sentences holding a term, in document order: those holding
    /// the most terms, the earliest first among as many.
    pub sentences: Vec<usize>,
    /// How many sentences hold one term or more.
    pub sharing: usize,
}

impl Candidates {
    /// True when more sentences share a word with the subject than were looked at.
    pub fn capped(&self) -> bool {
        self.sharing > self.sentences.len()
    }

    /// What an explanation says when the cap was reached in `doc`: which sentences were
    /// looked at, of how many.
    pub fn note(&self, doc: &Document) -> Option<String> {
        self.capped().then(|| {
            format!(
                "looked at the {} sentences of {} that share the most words with the subject, of {} that share some",
                thousands(self.sentences.len()),
                doc.path,
                thousands(self.sharing)
            )
        })
    }
}

/// `n` with a comma between groups of three digits (`5,000,000`).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The sentences worth scoring, at most [`MAX_CANDIDATES`] of them: those holding at least
/// one term, ranked by how many terms they hold (see [`Document::ranked_sentences`]).
pub fn ranked_candidates(doc: &Document, stems: &[TermStems<'_>]) -> Candidates {
    let terms: Vec<Vec<&str>> = stems.iter().map(|t| t.iter().flatten().flatten().copied().collect()).collect();
    let (sentences, sharing) = doc.ranked_sentences(&terms, MAX_CANDIDATES);
    Candidates { sentences, sharing }
}

/// The sentences of [`ranked_candidates`], in document order.
pub fn candidate_sentences(doc: &Document, stems: &[TermStems<'_>]) -> Vec<usize> {
    ranked_candidates(doc, stems).sentences
}

/// At most this many antonyms of one word are looked for (WordNet lists hundreds for a few
/// words, such as the colours of `achromatic`).
const MAX_ANTONYMS: usize = 12;

/// Pairs of words with opposite meaning: one on each side turns a match into a contradiction.
const OPPOSITES: &[(&str, &str)] = &[
    ("rise", "fall"),
    ("rose", "fell"),
    ("increas", "decreas"),
    ("increas", "declin"),
    ("win", "lose"),
    ("won", "lost"),
    ("includ", "exclud"),
    ("approv", "reject"),
    ("accept", "reject"),
    ("gain", "loss"),
    ("higher", "lower"),
    ("allow", "ban"),
    ("support", "oppos"),
    ("grow", "shrink"),
    ("profit", "loss"),
    ("surplus", "deficit"),
    ("larger", "smaller"),
    ("success", "fail"),
    ("agre", "disagre"),
    ("confirm", "deni"),
    ("accept", "deni"),
    ("admit", "deni"),
    ("continu", "suspend"),
    ("continu", "halt"),
    ("resum", "suspend"),
    ("acquit", "convict"),
    ("hire", "fire"),
    ("expand", "cut"),
    ("enter", "exit"),
    ("join", "leav"),
    ("beat", "lost"),
    ("beat", "loss"),
    ("won", "loss"),
    ("win", "loss"),
    ("victori", "defeat"),
    ("rais", "cut"),
    ("rais", "lower"),
    ("rais", "reduc"),
];

impl Subject {
    /// Lets each word be matched by its opposite too (`fell` by `rose`), so that a statement
    /// with a flipped verb still finds its sentence, where the polarity check then rejects it.
    pub fn with_opposites(mut self) -> Subject {
        for term in &mut self.terms {
            let own = term.alternatives[0][0].clone();
            for (a, b) in OPPOSITES {
                let other = if own == *a {
                    b
                } else if own == *b {
                    a
                } else {
                    continue;
                };
                term.alternatives.push(vec![(*other).to_string()]);
                // The polarity check, not the score, tells the opposite apart.
                term.hows.push(How::Exact);
            }
        }
        // The lexicon's antonyms of each word (`slowly`, `fast`), for the polarity check; a
        // name has none.
        self.antonyms = self
            .terms
            .iter()
            .map(|t| {
                if t.name || t.number {
                    return Vec::new();
                }
                // A word with many antonyms has them through loose senses (`united` and
                // `divided`, `cleft`, `forked`...): only a short, precise list is used.
                let all = factcheck_lexicon::antonyms(&t.word);
                if all.len() > MAX_ANTONYMS {
                    return Vec::new();
                }
                let mut stems: Vec<String> = all
                    .into_iter()
                    .filter(|w| w.chars().count() >= 3 && !is_stop_word(w))
                    .map(str::to_string)
                    .collect();
                stems.sort_unstable();
                stems.dedup();
                stems
            })
            .collect();
        self
    }

    /// True when a source sentence (`source`: its tokens' stems; `words`: their normal forms,
    /// in the same order) holds an antonym of one of the statement's words beside another of
    /// its words: the word with `un` or `non` before it (`affected`, `unaffected`), or, where
    /// the word itself is absent, a lexicon antonym (`slowly`, `fast`).
    pub fn opposed_in(&self, source: &[&str], words: &[&str]) -> bool {
        let has = |w: &str| source.contains(&w);
        self.terms.iter().enumerate().any(|(i, t)| {
            if t.name || t.number {
                return false;
            }
            // An opposite counts where it stands by another of the statement's words (`grew
            // too fast` against `grew too slowly`), not anywhere in a long sentence.
            let other_words: Vec<&str> = self
                .terms
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, o)| o.alternatives[0][0].as_str())
                .collect();
            let beside = |k: usize| {
                (k.saturating_sub(3)..(k + 4).min(source.len())).any(|j| j != k && other_words.contains(&source[j]))
            };
            let stem = &t.alternatives[0][0];
            let negated: Vec<String> = ["un", "non"].iter().map(|p| format!("{p}{stem}")).collect();
            let prefixed = source.iter().enumerate().any(|(k, s)| negated.iter().any(|n| n == s) && beside(k))
                || ["un", "non"]
                    .iter()
                    .any(|p| stem.strip_prefix(p).is_some_and(|bare| bare.len() >= 4 && has(bare) && !has(stem)));
            let own = t.alternatives.iter().any(|alt| alt.iter().all(|s| has(s)));
            let antonyms = self.antonyms.get(i).map_or(&[][..], Vec::as_slice);
            // By lemma, not stem: `national` is an antonym of `global`, `Nations` is not.
            let antonym = !own
                && !antonyms.is_empty()
                && words.iter().enumerate().any(|(k, w)| {
                    factcheck_lexicon::lemmas(w).iter().any(|(l, _)| antonyms.iter().any(|a| a == l)) && beside(k)
                });
            prefixed || antonym
        })
    }
}

/// Stems of the verbs news uses for a rise: any of them is the opposite of any of [`FALLING`]
/// (`turnover rose` against `turnover dropped`), not only the verb's own antonym.
const RISING: &[&str] = &[
    "rise", "rose", "risen", "climb", "jump", "gain", "increas", "grew", "grow", "grown", "soar", "surg", "rebound",
    "boost", "higher",
];

/// Stems of the verbs news uses for a fall (see [`RISING`]).
const FALLING: &[&str] = &[
    "fall", "fell", "fallen", "drop", "declin", "decreas", "slid", "slip", "shrank", "shrink", "shrunk", "plung",
    "tumbl", "sank", "slump", "dip", "cut", "lower",
];

/// The direction a word says a figure moved: `Some(true)` for a rise (any of [`RISING`],
/// `up`, `higher`), `Some(false)` for a fall (any of [`FALLING`], `down`, `lower`).
pub(crate) fn direction_of_word(word: &str, stem: &str) -> Option<bool> {
    match word {
        "up" | "higher" => Some(true),
        "down" | "lower" => Some(false),
        _ if RISING.iter().any(|w| of_word(stem, w)) => Some(true),
        _ if FALLING.iter().any(|w| of_word(stem, w)) => Some(false),
        _ => None,
    }
}

/// True when `stem` (of a text) is the listed stem `word`'s: the same, or, for a listed stem of
/// five letters or more, one that starts with it. Short stems must match whole (`win` is not
/// `winter`).
fn of_word(stem: &str, word: &str) -> bool {
    stem == word || (word.len() >= 5 && stem.starts_with(word))
}

/// True when one side uses a word whose opposite the other side uses, and neither uses both.
pub fn opposite_words(claim: &[String], source: &[&str]) -> bool {
    let has = |list: &[&str], w: &str| list.iter().any(|s| of_word(s, w));
    let claim: Vec<&str> = claim.iter().map(String::as_str).collect();
    let any = |list: &[&str], family: &[&str]| family.iter().any(|w| has(list, w));
    let directions = |a: &[&str], b: &[&str]| any(&claim, a) && !any(&claim, b) && any(source, b) && !any(source, a);
    OPPOSITES.iter().any(|(a, b)| {
        (has(&claim, a) && !has(&claim, b) && has(source, b) && !has(source, a))
            || (has(&claim, b) && !has(&claim, a) && has(source, a) && !has(source, b))
    }) || directions(RISING, FALLING)
        || directions(FALLING, RISING)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_without_attributes_and_stop_words() {
        let s = Subject::from_text("the NATO summit date", &[], &[]);
        let words: Vec<&str> = s.terms.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["nato", "summit"]);
        let s = Subject::from_text("NATO summit location", &[], &[]);
        assert!(s.wants_place);
    }

    #[test]
    fn aliases_add_alternatives() {
        let aliases = vec![vec!["Japan".to_string(), "Tokyo".to_string(), "Japanese".to_string()]];
        let s = Subject::from_text("Japan's aid", &[], &aliases);
        assert_eq!(
            s.terms[0].alternatives,
            [vec!["japan".to_string()], vec!["tokyo".to_string()], vec!["japanes".to_string()]]
        );
    }

    #[test]
    fn needed_share() {
        let s = Subject::from_text("countries with security commitments to Ukraine", &[], &[]);
        assert_eq!(s.terms.len(), 4);
        assert_eq!(s.needed(0.66), 3);
        assert_eq!(Subject::from_text("Japan aid", &[], &[]).needed(0.66), 2);
    }

    #[test]
    fn opposites() {
        let claim = vec![stem("rose")];
        assert!(opposite_words(&claim, &["fell"]));
        assert!(!opposite_words(&claim, &["rose", "fell"]));
        assert!(!opposite_words(&claim, &["rose"]));
        // Any verb of a rise is the opposite of any verb of a fall.
        assert!(opposite_words(&[stem("rose")], &[&stem("dropped")]));
        assert!(opposite_words(&[stem("fell")], &[&stem("climbed")]));
        assert!(!opposite_words(&[stem("fell")], &[&stem("climbed"), &stem("dropped")]));
    }
}
