//! Contrast sets: words that name one of several things of a kind (a month, a year, a quarter,
//! a country, a party, a measure of profit), so that a sentence naming another member of the
//! set, and not the claim's, is about something else. `Acme first-quarter net loss` is not
//! stated by "net loss for the fourth quarter was $340 million", nor `UK jobless rate` by a
//! sentence about the US one.

use crate::document::Document;
use crate::text::{Token, TokenKind};

/// A kind of qualifier whose members exclude one another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Set {
    /// January to December.
    Month,
    /// A four-digit year, 1800 to 2100.
    Year,
    /// An ordinal before a part of a period or a contest: `first quarter`, `second half`,
    /// `third round`. Only an ordinal before the same word as the claim's clashes: `first` of
    /// `the first time` says nothing about quarters.
    Ordinal,
    /// Spring, summer, autumn, winter.
    Season,
    /// A country or its people (`Japan`, `Japanese`: one member).
    Country,
    /// A political party.
    Party,
    /// A measure of profit or pay: pre-tax, after-tax, net, gross, operating, underlying.
    Measure,
    /// Before or after.
    Order,
    /// Left or right.
    Side,
    /// Men or women, male or female.
    Sex,
}

/// Countries with their people and other names, one member each: the first word is the
/// member's canonical name.
const COUNTRIES: &[&[&str]] = &[
    &["afghanistan", "afghan", "afghans"],
    &["argentina", "argentine", "argentinian"],
    &["australia", "australian", "australians"],
    &["austria", "austrian"],
    &["belgium", "belgian"],
    &["brazil", "brazilian"],
    &["britain", "british", "uk", "briton", "britons"],
    &["canada", "canadian", "canadians"],
    &["china", "chinese"],
    &["denmark", "danish"],
    &["egypt", "egyptian"],
    &["england", "english"],
    &["france", "french"],
    &["germany", "german", "germans"],
    &["greece", "greek"],
    &["india", "indian", "indians"],
    &["indonesia", "indonesian"],
    &["iran", "iranian"],
    &["iraq", "iraqi"],
    &["ireland", "irish"],
    &["israel", "israeli"],
    &["italy", "italian"],
    &["japan", "japanese"],
    &["malaysia", "malaysian"],
    &["mexico", "mexican"],
    &["netherlands", "dutch"],
    &["nigeria", "nigerian"],
    &["norway", "norwegian"],
    &["pakistan", "pakistani"],
    &["poland", "polish"],
    &["russia", "russian", "russians"],
    &["scotland", "scottish", "scots"],
    &["singapore", "singaporean"],
    &["spain", "spanish"],
    &["sweden", "swedish"],
    &["switzerland", "swiss"],
    &["turkey", "turkish"],
    &["ukraine", "ukrainian", "ukrainians"],
    &["us", "usa", "america", "american", "americans"],
    &["wales", "welsh"],
];

/// Parties, one member each.
const PARTIES: &[&[&str]] = &[
    &["labour"],
    &["conservative", "conservatives", "tory", "tories"],
    &["libdem", "lib", "liberal"],
    &["republican", "republicans", "gop"],
    &["democrat", "democrats", "democratic"],
    &["snp"],
    &["ukip"],
];

const MONTHS: &[&[&str]] = &[
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sep", "sept"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

const ORDINALS: &[&[&str]] = &[
    &["first", "1st", "inaugural"],
    &["second", "2nd"],
    &["third", "3rd"],
    &["fourth", "4th"],
    &["fifth", "5th"],
    &["sixth", "6th"],
    &["seventh", "7th"],
    &["eighth", "8th"],
    &["ninth", "9th"],
    &["tenth", "10th"],
];

const SEASONS: &[&[&str]] = &[&["spring"], &["summer"], &["autumn"], &["winter"]];
const MEASURES: &[&[&str]] = &[&["pretax"], &["aftertax"], &["net"], &["gross"], &["operating"], &["underlying"]];
const ORDER: &[&[&str]] = &[&["before"], &["after"]];
const SIDES: &[&[&str]] = &[&["left"], &["right"]];
const SEXES: &[&[&str]] = &[&["men", "man", "male", "males"], &["women", "woman", "female", "females"]];

/// The names of the country `word` names (`japan`, `japanese`, `tokyo`), if it names one.
pub(crate) fn country_names(word: &str) -> Option<&'static [&'static str]> {
    COUNTRIES.iter().find(|m| m.contains(&word)).copied()
}

/// True when `word` (lower case) names a month (`december`, `dec`).
pub(crate) fn is_month(word: &str) -> bool {
    MONTHS.iter().any(|m| m.contains(&word))
}

/// True when `word` (lower case) is a member of a contrast set.
pub(crate) fn is_member(word: &str) -> bool {
    member_of_word(word).is_some()
}

/// Which member of which set a word (lower-cased, as tokens normalise it) names.
fn member_of_word(word: &str) -> Option<(Set, &'static str)> {
    let tables: [(Set, &[&[&str]]); 9] = [
        (Set::Month, MONTHS),
        (Set::Season, SEASONS),
        (Set::Country, COUNTRIES),
        (Set::Party, PARTIES),
        (Set::Measure, MEASURES),
        (Set::Order, ORDER),
        (Set::Side, SIDES),
        (Set::Sex, SEXES),
        (Set::Ordinal, ORDINALS),
    ];
    tables.into_iter().find_map(|(set, members)| members.iter().find(|m| m.contains(&word)).map(|m| (set, m[0])))
}

/// One qualifier of a claim or a sentence: its set, its member, and for an ordinal the word it
/// orders (`quarter`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Qualifier {
    pub set: Set,
    pub member: String,
    /// The word an ordinal orders (its normal form), else empty.
    pub of: String,
    /// Where it stands: its first token (in the claim's tokens, or the document's).
    pub at: usize,
    /// True for a qualifier of a statement that is one of the statement's own figures: it
    /// places the other figures, but does not set a sentence apart (the figure check
    /// compares it).
    pub figure: bool,
    /// True for a year a sentence compares its figures with (`compared with a loss of 984m
    /// euros in 2003`, `up from 17.5% in 2003`): the sentence's own period is another, often
    /// unnamed, so the year does not set the sentence apart from a claim of another year.
    pub baseline: bool,
}

impl Qualifier {
    /// A qualifier read from text (not one of a statement's own figures).
    fn read(set: Set, member: impl Into<String>, of: impl Into<String>, at: usize) -> Qualifier {
        Qualifier { set, member: member.into(), of: of.into(), at, figure: false, baseline: false }
    }

    /// True for a year named relative to the text's own (`this year`, `next year`, `a year
    /// earlier`): which year it is, the text alone does not say, so it places a figure (a
    /// figure of `next year` is not the one of 2006) but never sets a sentence apart.
    pub(crate) fn relative(&self) -> bool {
        self.set == Set::Year && self.member.ends_with(" year")
    }
}

/// The year a phrase names relative to the text's (`current year` is `this year`), from the
/// word before `year`.
/// `previous year` and `following year` are read from the year the text names beside them (see
/// [`with_years_resolved`]).
fn relative_year(before: &str) -> Option<&'static str> {
    match before {
        "this" | "current" => Some("this year"),
        "next" | "coming" => Some("next year"),
        "last" | "past" => Some("last year"),
        "previous" | "prior" => Some("previous year"),
        "following" => Some("following year"),
        _ => None,
    }
}

/// Reads `previous year` and `following year` (`the previous fiscal year`, `a year earlier`)
/// from the one year the same text names as such (`in the 12 months to 30 September 2004, after
/// reaching $377bn in the previous fiscal year`: 2003). `last year` and `next year` count from
/// the day the text was written, which it does not say: they stay relative.
fn with_years_resolved(mut found: Vec<Qualifier>) -> Vec<Qualifier> {
    let mut years = found.iter().filter(|q| q.set == Set::Year && !q.relative()).map(|q| q.member.as_str());
    let Some(year) = years.next().and_then(|y| y.parse::<i32>().ok()) else { return found };
    if years.any(|y| y != year.to_string()) {
        return found;
    }
    for q in found.iter_mut().filter(|q| q.relative()) {
        match q.member.as_str() {
            "previous year" => q.member = (year - 1).to_string(),
            "following year" => q.member = (year + 1).to_string(),
            _ => {}
        }
    }
    found
}

/// How many tokens before a year a word of comparison may stand to make it the year compared
/// with (`compared with a loss of 984m euros in 2003`: 9, the figure being three tokens).
const BASELINE_REACH: usize = 10;

/// Reads the qualifiers of a run of tokens, given as `(kind, norm, is_capitalised)` through
/// `at`: words of the sets, years, `pre-tax` and `after-tax` (three tokens), ordinals with the
/// word they order (`fourth-quarter`, `first half`, `Q4` as the fourth quarter).
fn qualifiers_of(len: usize, at: impl Fn(usize) -> (TokenKind, String, bool)) -> Vec<Qualifier> {
    let mut out: Vec<Qualifier> = Vec::new();
    let word_after = |k: usize| -> Option<String> {
        let mut j = k + 1;
        if j < len && at(j).1 == "-" {
            j += 1;
        }
        (j < len && at(j).0 == TokenKind::Word).then(|| at(j).1)
    };
    // `in` when the word at `k` is a place (`in the UK`), else empty.
    let place_word = |k: usize| {
        let before = |j: usize| (j < k).then(|| at(k - 1 - j).1);
        let placed = before(0).as_deref() == Some("in")
            || (before(0).as_deref() == Some("the") && before(1).as_deref() == Some("in"));
        if placed { "in" } else { "" }
    };
    // A year after `compared with` (or `than`, `against`, or `from` before a figure: `up from
    // £275 million in 2014`, not `exports from the plant ... in 2015`) in the same clause is
    // the one the figures are compared with.
    let figure_at = |j: usize| {
        j < len
            && (at(j).0 == TokenKind::Number
                || (matches!(at(j).1.as_str(), "$" | "£" | "€" | "¥")
                    && j + 1 < len
                    && at(j + 1).0 == TokenKind::Number))
    };
    let after_comparison = |k: usize| {
        (k.saturating_sub(BASELINE_REACH)..k)
            .rev()
            // Not past a `to`: `from 7% in 2003 to 9% in 2004` compares 2004 with 2003.
            .take_while(|&j| !matches!(at(j).1.as_str(), ";" | ":" | "." | "but" | "while" | "and" | "to"))
            .any(|j| match at(j).1.as_str() {
                "compared" | "against" | "versus" => true,
                // `more than £9m in 2004` bounds a figure of 2004.
                "than" => {
                    !(j > 0 && matches!(at(j - 1).1.as_str(), "more" | "less" | "fewer" | "over" | "under" | "rather"))
                }
                "from" => figure_at(j + 1),
                _ => false,
            })
    };
    let mut k = 0;
    while k < len {
        let (kind, norm, capitalised) = at(k);
        match kind {
            TokenKind::Number => {
                // `17th President`, `16th-century`: an ordinal in digits, with the word it orders.
                if k + 1 < len
                    && crate::text::is_ordinal_suffix(&at(k + 1).1)
                    && let Ok(n @ 1..=999) = norm.parse::<usize>()
                {
                    let member = if n <= ORDINALS.len() { ORDINALS[n - 1][0].to_string() } else { format!("{n}th") };
                    if let Some(of) = word_after(k + 1) {
                        out.push(Qualifier::read(Set::Ordinal, member, of, k));
                    }
                    k += 2;
                    continue;
                }
                if norm.len() == 4
                    && let Ok(year) = norm.parse::<u32>()
                    && (1800..=2100).contains(&year)
                {
                    let mut year = Qualifier::read(Set::Year, norm.as_str(), "", k);
                    year.baseline = after_comparison(k);
                    out.push(year);
                }
            }
            TokenKind::Word => {
                // `next year`, `the current year`; `a year earlier` and `a year ago` are last
                // year.
                let before = |j: usize| if k >= j { at(k - j).1 } else { String::new() };
                let after = if k + 1 < len { at(k + 1).1 } else { String::new() };
                // Over a kind of year (`the previous fiscal year`).
                let kind = usize::from(matches!(before(1).as_str(), "fiscal" | "financial" | "calendar" | "tax"));
                let (word, first) = (before(1 + kind), k.saturating_sub(1 + kind));
                let relative = match norm.as_str() {
                    "year" if after == "ago" && word == "a" => Some(("last year", first)),
                    "year"
                        if matches!(after.as_str(), "earlier" | "before") && matches!(word.as_str(), "a" | "the") =>
                    {
                        Some(("previous year", first))
                    }
                    "year" if after == "after" && word == "the" => Some(("following year", first)),
                    "year" => relative_year(&word).map(|m| (m, first)),
                    _ => None,
                };
                if let Some((member, first)) = relative {
                    out.push(Qualifier::read(Set::Year, member, "", first));
                    k += 1;
                    continue;
                }
                // `pre-tax`, `after-tax`: one member, three tokens.
                if matches!(norm.as_str(), "pre" | "after") && k + 2 < len && at(k + 1).1 == "-" && at(k + 2).1 == "tax"
                {
                    let member = if norm == "pre" { "pretax" } else { "aftertax" };
                    out.push(Qualifier::read(Set::Measure, member, "", k));
                    k += 3;
                    continue;
                }
                // `Q4`: the fourth quarter.
                if norm == "q"
                    && k + 1 < len
                    && at(k + 1).0 == TokenKind::Number
                    && let Ok(n @ 1..=4) = at(k + 1).1.parse::<usize>()
                {
                    out.push(Qualifier::read(Set::Ordinal, ORDINALS[n - 1][0], "quarter", k));
                    k += 2;
                    continue;
                }
                // `the final quarter` is the fourth, `the last half of 2004` the second; `last
                // quarter` alone is the latest one, which may be any.
                if matches!(norm.as_str(), "final" | "last")
                    && let Some(of) = word_after(k)
                    && matches!(of.as_str(), "quarter" | "half")
                    && (norm == "final" || (k + 2 < len && at(k + 2).1 == "of"))
                {
                    let member = if of == "quarter" { ORDINALS[3][0] } else { ORDINALS[1][0] };
                    out.push(Qualifier::read(Set::Ordinal, member, of, k));
                    k += 1;
                    continue;
                }
                // `Liberal Democrats`: one party, not the Democrats.
                if norm == "liberal" && k + 1 < len && matches!(at(k + 1).1.as_str(), "democrat" | "democrats") {
                    out.push(Qualifier::read(Set::Party, "libdem", "", k));
                    k += 2;
                    continue;
                }
                if let Some((set, member)) = member_of_word(&norm) {
                    // `may` and `march` are months only with a capital; `us` a country only so
                    // (`US`, `U.S.` arrives as `u`, `s`).
                    let needs_capital = matches!(member, "may" | "march" | "us") || set == Set::Party;
                    if needs_capital && !capitalised {
                        k += 1;
                        continue;
                    }
                    // `before the merger` orders a figure; `before it disappeared` is a
                    // conjunction and orders nothing.
                    let next_is_the =
                        k + 1 < len && matches!(at(k + 1).1.as_str(), "the" | "a" | "an" | "its" | "their");
                    if set == Set::Order && !next_is_the {
                        k += 1;
                        continue;
                    }
                    if set == Set::Ordinal {
                        if let Some(of) = word_after(k) {
                            out.push(Qualifier::read(set, member, of, k));
                        }
                    } else if set == Set::Country {
                        // `in the UK` places a figure; `Japan` of `Japan's aid to Ukraine` is who
                        // gives it. Only members used the same way are compared.
                        let of = place_word(k).to_string();
                        out.push(Qualifier::read(set, member, of, k));
                    } else {
                        out.push(Qualifier::read(set, member, "", k));
                    }
                } else if norm == "u" && k + 2 < len && at(k + 1).1 == "." && at(k + 2).1 == "s" {
                    let of = place_word(k).to_string();
                    out.push(Qualifier::read(Set::Country, "us", of, k));
                    k += 3;
                    continue;
                }
            }
            TokenKind::Punct => {}
        }
        k += 1;
    }
    out
}

/// The qualifiers of a claim's text.
pub(crate) fn of_claim(text: &str, tokens: &[Token]) -> Vec<Qualifier> {
    with_years_resolved(qualifiers_of(tokens.len(), |k| {
        let t = &tokens[k];
        (t.kind, t.norm.to_string(), text[t.start..t.end].starts_with(char::is_uppercase))
    }))
}

/// The qualifiers of sentence `sid` of `doc`, placed at the document's tokens.
pub(crate) fn of_sentence(doc: &Document, sid: usize) -> Vec<Qualifier> {
    let tokens = doc.sentence(sid).tokens;
    let first = tokens.start;
    let mut found = qualifiers_of(tokens.len(), |k| {
        let t = doc.tokens.at(first + k);
        (t.kind, t.norm.to_string(), doc.text[t.start..].starts_with(char::is_uppercase))
    });
    for q in &mut found {
        q.at += first;
    }
    with_years_resolved(found)
}

/// True when a value of sentence `sentence` (its tokens `value`) belongs to another member of
/// one of the claim's sets than the claim's own: in "14,100 robots in the first quarter but
/// only 11,250 in the fourth quarter", 14,100 is the first quarter's. The value goes with the
/// member nearest to it, counting clause breaks and words of contrast as far (see [`gap`]).
pub(crate) fn belongs_to_other(
    doc: &Document,
    claim: &[Qualifier],
    sentence: &[Qualifier],
    value: std::ops::Range<usize>,
    values: &[std::ops::Range<usize>],
) -> bool {
    // Another member that stands right before a value of its own (`the Conservatives'
    // £3.13m`) places that one, not others: `UKIP spent £2.36m - second only to the
    // Conservatives' £3.13m` does not give the Conservatives £2.36m.
    // So does one right after a value of its own, over a preposition (`up from 17.5% in the
    // third quarter` places 17.5%, not the 18% before it).
    let linking = |k: usize| matches!(doc.tokens.at(k).word(), Some("in" | "for" | "during" | "of" | "the"));
    let right_after =
        |v: &std::ops::Range<usize>, s: &Qualifier| v.end < s.at && s.at - v.end <= 3 && (v.end..s.at).all(linking);
    let places_another =
        |s: &Qualifier| values.iter().any(|v| *v != value && (v.start == s.at + 1 || right_after(v, s)));
    // A value that is itself a qualifier (the year of `In 2013, ...`) is placed by nothing.
    if sentence.iter().any(|s| value.contains(&s.at)) {
        return false;
    }
    // A country places a figure only as a place (`in the UK`), not as who acts.
    claim.iter().filter(|q| q.set != Set::Country || q.of == "in").any(|q| {
        let same_kind = |s: &&Qualifier| s.set == q.set && s.of == q.of;
        let claimed = |m: &str| claim.iter().any(|c| c.set == q.set && c.of == q.of && c.member == m);
        // A year named relative to the text's is another than the claim's own only where the
        // sentence names the claim's year as such too (`3.1% in 2006` beside `2.9% next year`):
        // else it may be the claim's year in other words.
        let named_as_such = q.relative() || sentence.iter().any(|s| same_kind(&s) && s.member == q.member);
        let nearest = |own: bool| {
            sentence
                .iter()
                .filter(same_kind)
                .filter(|s| claimed(&s.member) == own)
                .filter(|s| own || !s.relative() || named_as_such)
                .filter(|s| own || !places_another(s))
                .map(|s| gap(doc, s.at, value.clone()))
                .min()
        };
        match (nearest(true), nearest(false)) {
            (Some(own), Some(other)) => other < own,
            _ => false,
        }
    })
}

/// How far token `p` stands from the tokens `value`: the tokens between, with a clause break
/// (`;`, `:`, brackets) counting 10, a comma or `and` 3, and a word of contrast (`but`,
/// `while`, `against`, `compared`, `versus`, `whereas`, `from`) 5.
fn gap(doc: &Document, p: usize, value: std::ops::Range<usize>) -> usize {
    if value.contains(&p) {
        return 0;
    }
    let (a, b) = if p < value.start { (p + 1, value.start) } else { (value.end, p) };
    let mut d = b.saturating_sub(a);
    for k in a..b.min(a + 64) {
        let t = doc.tokens.at(k);
        d += match t.punct() {
            Some(';' | ':' | '(' | ')') => 10,
            Some(',') => 3,
            _ => match t.word() {
                Some("but" | "while" | "whereas" | "against" | "compared" | "versus" | "vs" | "from") => 5,
                // `a pre-tax profit of £44 million and a net profit of £31 million`.
                Some("and") => 3,
                _ => 0,
            },
        };
    }
    d
}

/// The first of the claim's qualifiers that the sentence contradicts: the sentence names
/// another member of its set (for an ordinal, before the same word) and not the claim's own.
pub(crate) fn clash<'c>(claim: &'c [Qualifier], sentence: &[Qualifier]) -> Option<(&'c Qualifier, Qualifier)> {
    claim.iter().filter(|q| !q.figure && !q.relative()).find_map(|q| {
        let same_kind = |s: &&Qualifier| s.set == q.set && s.of == q.of && !s.relative();
        let own = sentence.iter().filter(same_kind).any(|s| s.member == q.member);
        // Another member that the claim does not name itself (`Japan aid to Ukraine` names
        // two countries: a sentence with only Ukraine lacks Japan, it does not name another).
        let claimed = |m: &str| claim.iter().any(|c| c.set == q.set && c.of == q.of && c.member == m);
        let other = sentence.iter().filter(same_kind).find(|s| !claimed(&s.member) && !s.baseline);
        match (own, other) {
            (false, Some(other)) => Some((q, other.clone())),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn claim(text: &str) -> Vec<Qualifier> {
        of_claim(text, &tokenize(text))
    }

    #[test]
    fn a_year_compared_with_sets_no_sentence_apart() {
        let profit = claim("2004 net profit");
        let compared = claim("It announced net profits of 400m euros, compared with a loss of 984m euros in 2003.");
        assert!(clash(&profit, &compared).is_none());
        assert!(clash(&profit, &claim("It made a loss of 984m euros in 2003.")).is_some());
        // `from` compares only before a figure.
        let exports = claim("2013 exports");
        assert!(
            clash(&exports, &claim("Exports from the plant were £310 million in 2015, up from £275 million in 2014."))
                .is_some()
        );
        assert!(clash(&claim("2004 sales"), &claim("Sales rose to £9m, up from £7m in 2003.")).is_none());
        // A bound's `than` compares nothing, nor is the end of a change the year compared with.
        assert!(clash(&claim("2003 sales"), &claim("Sales were more than £9m in 2004.")).is_some());
        assert!(clash(&claim("2005 sales"), &claim("Sales rose from £7m in 2003 to £9m in 2004.")).is_some());
    }

    #[test]
    fn the_final_quarter_is_the_fourth() {
        let q4 = claim("Acme fourth-quarter net loss");
        assert!(clash(&q4, &claim("Its net loss in the final quarter was $340 million.")).is_none());
        assert!(clash(&q4, &claim("Its net loss in the last quarter of 2004 was $340 million.")).is_none());
        assert!(
            clash(&claim("Acme third-quarter net loss"), &claim("Its net loss in the final quarter grew.")).is_some()
        );
        // The latest quarter may be any.
        assert!(clash(&claim("Acme third-quarter net loss"), &claim("Its net loss last quarter grew.")).is_none());
    }

    #[test]
    fn quarters_clash_only_on_the_same_word() {
        let c = claim("Acme first-quarter net loss");
        let s = claim("Its net loss for the fourth quarter was $340 million.");
        let (q, other) = clash(&c, &s).expect("a clash");
        assert_eq!((q.member.as_str(), other.member.as_str()), ("first", "fourth"));
        assert!(clash(&c, &claim("For the first time, its net loss in the quarter grew.")).is_none());
        assert!(clash(&claim("Acme Q4 net loss"), &s).is_none());
    }

    #[test]
    fn years_months_countries_parties_measures() {
        assert!(clash(&claim("2014 revenue"), &claim("Revenue in 2015 was $3 billion.")).is_some());
        assert!(clash(&claim("2014 revenue"), &claim("Revenue in 2014, up from 2013, was $3 billion.")).is_none());
        assert!(clash(&claim("November sales"), &claim("Sales in December rose 4%.")).is_some());
        assert!(clash(&claim("UK jobless rate"), &claim("The U.S. jobless rate fell to 5%.")).is_some());
        assert!(clash(&claim("Japanese aid"), &claim("Japan gave $12.1 billion in aid.")).is_none());
        assert!(clash(&claim("Japan aid to Ukraine"), &claim("The aid to Ukraine was $4 billion.")).is_none());
        assert!(clash(&claim("Labour vote share"), &claim("The Conservatives won 33% of the vote.")).is_some());
        assert!(clash(&claim("pre-tax profit"), &claim("Net profit was $2 billion.")).is_some());
        assert!(clash(&claim("his left hip"), &claim("injuries to his right hip")).is_some());
        // `inaugural` is the first.
        let second = claim("the second College Football Playoff");
        assert!(clash(&second, &claim("a semifinal in the inaugural College Football Playoff")).is_some());
        assert!(clash(&claim("the first Playoff"), &claim("the inaugural Playoff")).is_none());
        // A country as a place (`in the UK`) is compared only with countries as places.
        assert!(clash(&claim("market share in the UK"), &claim("Its share in the US was 11%.")).is_some());
        assert!(clash(&claim("market share in the UK"), &claim("US firms took 11%.")).is_none());
        // `may` is a month only with its capital.
        assert!(clash(&claim("May sales"), &claim("Sales may rise in June.")).is_some());
        assert!(clash(&claim("June sales"), &claim("Sales may rise.")).is_none());
    }
}
