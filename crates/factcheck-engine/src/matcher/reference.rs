//! Words by which a sentence refers back to something named before it: pronouns (`it`, `he`,
//! `their`) and definite descriptions (`the company`, `the 35-year-old actor`, `this
//! aircraft`). News names a person or a body once, then carries on with these, often for
//! several sentences: the matcher lends the named words to the sentences that refer back.

use crate::document::Document;

/// What a referring word can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A person (`he`, `her`, `the actor`, `the suspect`).
    Person,
    /// A body, a thing or a group (`it`, `its`, `the company`, `the plane`).
    Thing,
    /// Either (`they`, `their`: a team, a company or people).
    Either,
}

impl Kind {
    /// True when a word of this kind can stand for a word of kind `other`.
    pub(crate) fn fits(self, other: Kind) -> bool {
        self == Kind::Either || other == Kind::Either || self == other
    }
}

/// Nouns that name a person by a role or a description, as news refers back to someone it has
/// named (`the man`, `the minister`, `the 55-year-old pilot`).
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teenager",
    "suspect",
    "victim",
    "player",
    "minister",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "actor",
    "actress",
    "singer",
    "star",
    "official",
    "chief",
    "executive",
    "director",
    "chairman",
    "chairwoman",
    "leader",
    "senator",
    "governor",
    "mayor",
    "judge",
    "driver",
    "pilot",
    "captain",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "winger",
    "writer",
    "author",
    "rapper",
    "musician",
    "officer",
    "soldier",
    "doctor",
    "patient",
    "student",
    "father",
    "mother",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "founder",
    "chancellor",
    "secretary",
    "candidate",
    "lawmaker",
    "politician",
    "diplomat",
    "ambassador",
    "envoy",
    "champion",
    "athlete",
    "runner",
    "sprinter",
    "batsman",
    "bowler",
    "boxer",
    "fighter",
    "comedian",
    "presenter",
    "producer",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "billionaire",
    "millionaire",
    "investor",
    "analyst",
    "economist",
    "researcher",
    "scientist",
    "professor",
    "teacher",
    "worker",
    "employee",
    "surfer",
    "swimmer",
    "missionary",
    "priest",
    "prince",
    "princess",
    "king",
    "queen",
    "veteran",
    "youngster",
    "rookie",
    "newcomer",
    "mp",
    "premier",
    "incumbent",
    "nominee",
    "defendant",
    "prisoner",
];

/// Nouns that name a body, a group or a thing, as news refers back to one it has named.
const THING_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "bank",
    "agency",
    "airline",
    "carrier",
    "government",
    "ministry",
    "department",
    "club",
    "team",
    "band",
    "study",
    "report",
    "survey",
    "police",
    "council",
    "organisation",
    "organization",
    "retailer",
    "manufacturer",
    "maker",
    "carmaker",
    "insurer",
    "lender",
    "university",
    "hospital",
    "plane",
    "aircraft",
    "jet",
    "flight",
    "ship",
    "vessel",
    "device",
    "phone",
    "handset",
    "console",
    "film",
    "movie",
    "series",
    "programme",
    "album",
    "book",
    "network",
    "channel",
    "broadcaster",
    "studio",
    "label",
    "publisher",
    "newspaper",
    "magazine",
    "site",
    "website",
    "service",
    "store",
    "chain",
    "brand",
    "operator",
    "union",
    "court",
    "committee",
    "board",
    "party",
    "summit",
    "conference",
    "festival",
    "tournament",
    "deal",
    "project",
    "scheme",
    "conglomerate",
    "giant",
    "supermarket",
    "charity",
    "foundation",
    "institute",
    "commission",
    "authority",
    "regulator",
    "watchdog",
    "airport",
    "factory",
    "storm",
    "hurricane",
    "virus",
    "shark",
    "hotel",
    "resort",
    "restaurant",
    "venue",
    "museum",
    "stadium",
    "house",
    "residence",
    "building",
];

/// How many sentences in a row may carry a name on by referring back to the one before (`He`,
/// then `The actor`): news keeps a person in view for a few sentences, and a longer run has
/// likely turned to someone else. Three found nothing more than two on the fixtures and cost
/// about 5% of a verify run.
pub(crate) const CHAIN: usize = 2;

/// The kind of thing `noun` (a lower-cased word, singular or plural) names, if it is one a
/// description refers back with.
pub(crate) fn noun_kind(noun: &str) -> Option<Kind> {
    // Looked up for every word after `the` in every candidate: a table, made once.
    static KINDS: std::sync::OnceLock<std::collections::HashMap<&'static str, Kind>> = std::sync::OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let mut kinds: std::collections::HashMap<&'static str, Kind> =
            THING_NOUNS.iter().map(|n| (*n, Kind::Thing)).collect();
        kinds.extend(PERSON_NOUNS.iter().map(|n| (*n, Kind::Person)));
        kinds
    });
    if let Some(kind) = kinds.get(noun) {
        return Some(*kind);
    }
    // A plural: people (`officials`) may be referred back to by `they`, as a group may.
    let singular = noun.strip_suffix('s').filter(|s| s.len() > 2)?;
    kinds.get(singular).map(|kind| if *kind == Kind::Person { Kind::Either } else { *kind })
}

/// The words of sentence `sid` that refer back to something named before it, each with its
/// token index and kind: a pronoun, or the noun of a description opened by `the`, `this` or
/// `that` (modifiers may stand between, over at most twelve tokens: `the 35-year-old
/// Cuban-Guatemalan actor`).
pub(crate) fn referring(doc: &Document, sid: usize) -> Vec<(usize, Kind)> {
    let tokens = doc.sentence(sid).tokens;
    let mut found = Vec::new();
    let mut k = tokens.start;
    while k < tokens.end {
        let word = doc.tokens.at(k).word();
        match word {
            Some("he" | "his" | "him" | "she" | "her" | "hers") => found.push((k, Kind::Person)),
            // The speaker of a quote or of a transcript's line, named in the sentence before
            // (`Joe: My name's Joseph Worley.` then `I deployed to Iraq...`).
            // `we` is left out: it is as often a country or a team as the speaker's firm (on
            // the fixtures it wins one claim and loses one).
            Some("i" | "my" | "me" | "mine") => found.push((k, Kind::Person)),
            Some("it" | "its") => found.push((k, Kind::Thing)),
            Some("they" | "their" | "them") => found.push((k, Kind::Either)),
            Some("the" | "this" | "that") => {
                // The noun of the description: the first word after `the` (over numbers,
                // hyphens and modifiers) that names a kind of thing.
                let mut j = k + 1;
                let mut steps = 0;
                // `The 71-year-old served...`: with no noun after it, an age stands for the
                // person.
                let mut aged = None;
                let before = found.len();
                while j < tokens.end && steps < 12 {
                    let t = doc.tokens.at(j);
                    if let Some(w) = t.word() {
                        if matches!(w, "old" | "year-old" | "years-old") && j > k + 1 {
                            aged = Some(j);
                        }
                        if let Some(kind) = noun_kind(w) {
                            found.push((j, kind));
                            k = j;
                            break;
                        }
                        if matches!(w, "of" | "and" | "or" | "in" | "to" | "for" | "on" | "at" | "by" | "with") {
                            break;
                        }
                    } else if t.punct().is_some_and(|p| p != '-') {
                        break;
                    }
                    j += 1;
                    steps += 1;
                }
                if found.len() == before
                    && let Some(a) = aged
                {
                    found.push((a, Kind::Person));
                    k = a;
                }
            }
            _ => {}
        }
        k += 1;
    }
    found
}

/// True when sentence `sid` opens by naming someone or something other than the words at
/// `own` (sorted token indices), before the first of its words that refer back (`referring`,
/// from [`referring`]): such a
/// sentence is about the one it names (`Mr Blair's other firsts include becoming the first
/// Labour leader`, `Caldwell said he was not concerned`), and its `the leader` or `he` stand
/// for that one. Only the opening words count (where English puts what a sentence is about):
/// a name further on (`Set in New York, the actor...`, `It started with a Golden Globe
/// nomination`) leaves the sentence about what it refers back to. The sentence's first word
/// counts when it is no common word.
pub(crate) fn names_another(doc: &Document, sid: usize, own: &[usize], referring: &[(usize, Kind)]) -> bool {
    let tokens = doc.sentence(sid).tokens;
    // The words before the first referring word, or before the `the` that opens it (`The
    // former Conservative MP` names no one but the MP).
    let first_reference = referring.first().map_or(tokens.end, |(k, _)| *k);
    let first_reference = (tokens.start..first_reference)
        .find(|&k| matches!(doc.tokens.at(k).word(), Some("the" | "this" | "that")))
        .unwrap_or(first_reference);
    // A name after a preposition is a place or a thing (`Set in New York, the actor...`).
    let opening = (tokens.start..first_reference.min(tokens.start + OPENING))
        .take_while(|&k| !doc.tokens.at(k).word().is_some_and(is_preposition));
    // A country is never the person a word refers to (`US sources claimed that the
    // 54-year-old`): it names another only for words that may stand for a thing.
    let persons_only = referring.iter().all(|(_, kind)| *kind == Kind::Person);
    opening.into_iter().any(|k| {
        let t = doc.tokens.at(k);
        let Some(word) = t.word().filter(|w| w.len() > 1) else { return false };
        if persons_only && super::contrast::country_names(word).is_some() {
            return false;
        }
        doc.text[t.start..t.end].starts_with(|c: char| c.is_uppercase())
            && own.binary_search(&k).is_err()
            // A common word in any of its forms (`Sources claimed that the 54-year-old`).
            && (k > tokens.start || (!crate::text::is_stop_word(word) && factcheck_lexicon::lemmas(word).is_empty()))
    })
}

/// The subject words (term indices of `found`, the (position, term) matches of sentence `sid`)
/// that the sentence names outside its grammatical subject while that subject names someone
/// else: a word referring back in the next sentence stands for what the sentence is about
/// (`Sean Penn has popped the question to Charlize Theron.` then `The actor...` is Penn).
/// The subject is read from the dependency tree, with its appositions and titles (`Former
/// Labour leader Lord Kinnock said`, `Fathi Bin Shatwan, Libya's oil minister, told`).
pub(crate) fn named_second(doc: &Document, sid: usize, found: &[(usize, usize)]) -> Vec<usize> {
    // Parsing is dear: a name can be second only where the sentence gives a name of two
    // capitalised words or more (`Sean Penn`) before the first word the subject holds, none of
    // them the subject's, and not after a preposition (a place: `In New York, Penn said`).
    let tokens = doc.sentence(sid).tokens;
    let Some(first_found) = found.iter().map(|(k, _)| *k).min() else { return Vec::new() };
    let runs = doc.capitalised_runs();
    let from = runs.partition_point(|run| (run[0] as usize) < tokens.start);
    let other_before = runs[from..].iter().take_while(|run| (run[0] as usize) < first_found).any(|run| {
        let start = run[0] as usize;
        let after_preposition = start > tokens.start && doc.tokens.at(start - 1).word().is_some_and(is_preposition);
        !after_preposition && run.iter().all(|&k| !found.iter().any(|(j, _)| *j == k as usize))
    });
    if !other_before {
        return Vec::new();
    }
    let tree = doc.tree(sid);
    let words = &tree.words;
    let Some(root) = words.iter().position(|w| w.head.is_none()) else { return Vec::new() };
    let Some(subject) = words.iter().position(|w| w.head == Some(root) && w.deprel.starts_with("nsubj")) else {
        return Vec::new();
    };
    // Whether word `i` stands in the subject's subtree (a chain of heads no longer than the
    // sentence, as a malformed tree could loop).
    let in_subject = |mut i: usize| {
        for _ in 0..=words.len() {
            if i == subject {
                return true;
            }
            match words[i].head {
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    };
    let start = doc.sentence(sid).range.start;
    let word_of = |k: usize| tree.word_at(doc.tokens.start(k).saturating_sub(start));
    let found_in_subject: Vec<bool> = found.iter().map(|(k, _)| word_of(*k).is_some_and(&in_subject)).collect();
    let names_other = (0..words.len())
        .any(|i| words[i].upos == "PROPN" && in_subject(i) && !found.iter().any(|(k, _)| word_of(*k) == Some(i)));
    if !names_other {
        return Vec::new();
    }
    let mut second: Vec<usize> = found.iter().map(|(_, t)| *t).collect();
    second.retain(|t| !found.iter().zip(&found_in_subject).any(|((_, u), inside)| u == t && *inside));
    second.sort_unstable();
    second.dedup();
    second
}

/// Prepositions after which a capitalised word names a place or a thing rather than who a
/// sentence is about.
pub(crate) fn is_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at" | "from" | "on" | "to" | "for" | "of" | "near" | "by" | "with" | "after" | "before" | "during"
    )
}

/// How many tokens open a sentence, where it names what it is about.
const OPENING: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        let doc = Document::analyse("t.txt", text);
        referring(&doc, 0)
            .into_iter()
            .map(|(k, kind)| {
                let t = doc.tokens.at(k);
                (doc.text[t.start..t.end].to_string(), kind)
            })
            .collect()
    }

    #[test]
    fn pronouns_and_descriptions_refer_back() {
        assert_eq!(
            kinds("Set in 1981, the 35-year-old Cuban-Guatemalan actor plays Abel."),
            vec![("actor".to_string(), Kind::Person)]
        );
        assert_eq!(
            kinds("It was travelling at 32,000 feet, the airline said."),
            vec![("It".to_string(), Kind::Thing), ("airline".to_string(), Kind::Thing)]
        );
        assert_eq!(kinds("Their profits rose."), vec![("Their".to_string(), Kind::Either)]);
        // `the end of the year` names nothing referred back to.
        assert!(kinds("By the end of the year sales rose.").is_empty());
    }

    #[test]
    fn kinds_fit_their_own_and_either() {
        assert!(Kind::Person.fits(Kind::Either));
        assert!(!Kind::Person.fits(Kind::Thing));
        assert_eq!(noun_kind("officials"), Some(Kind::Either));
        assert_eq!(noun_kind("firms"), Some(Kind::Thing));
    }
}
