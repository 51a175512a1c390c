//! Amounts: numbers in digits and words, scales, currencies, units, qualifiers and ranges.

use super::Reader;
use super::lexicon::*;
use super::lookup;
use crate::text::TokenKind;
use factcheck_core::{Amount, Bound, Interval, Value};
use rust_decimal::Decimal;
use std::str::FromStr;

/// What a figure is a figure of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Measure {
    Plain,
    Money(Option<String>),
    Percent,
    Unit(String),
}

/// A figure read from tokens, before qualifiers and ranges are applied.
#[derive(Debug, Clone)]
pub(super) struct Figure {
    first: usize,
    end: usize,
    value: Decimal,
    half: Decimal,
    measure: Measure,
    /// True when a scale, currency, unit or `%` follows the number itself.
    suffixed: bool,
}

impl Reader<'_> {
    /// A currency named just before token `i`'s figure: `$`, `US$`, `USD`, `€`. Returns the ISO
    /// code and the index of the currency's first token.
    pub(super) fn currency_before(&self, i: usize) -> Option<(String, usize)> {
        if let Some(c) = self.punct(i) {
            let code = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == c)?.1;
            if c == '$'
                && i > 0
                && self.dollar_after_prefix(i - 1) == Some(i)
                && let Some(prefix) = self.word(i - 1).and_then(|w| lookup(DOLLAR_PREFIXES, w))
            {
                return Some((prefix.to_string(), i - 1));
            }
            return Some((code.to_string(), i));
        }
        Some((self.code_word(i)?.to_string(), i))
    }

    /// A number written in digits, with an optional sign: value, half its last digit's unit,
    /// and the index after it. Also `.08` (a decimal without its zero) and `1 234 567` (spaces
    /// between groups of three, when there are two groups or the group is `000`, so that
    /// `March 3 100 people` stays two numbers).
    pub(super) fn digits(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
        let t = self.tok(i)?;
        if t.kind == TokenKind::Punct && t.norm == "." {
            // `.08`: a point glued to digits and not to what comes before it.
            let n = self.tok(i + 1)?;
            if n.kind != TokenKind::Number
                || !n.norm.bytes().all(|b| b.is_ascii_digit())
                || !self.adjacent(i, i + 1)
                || (i > 0 && self.adjacent(i - 1, i))
                || self.glued_to_word(i + 1)
            {
                return None;
            }
            let value = Decimal::from_str(&format!("0.{}", n.norm)).ok()?;
            return Some((value, Decimal::try_new(5, n.norm.len() as u32 + 1).ok()?, i + 2));
        }
        if t.kind != TokenKind::Number {
            return None;
        }
        if let Some(found) = self.spaced_groups(i).or_else(|| self.apostrophe_groups(i)) {
            return Some(found);
        }
        let (value, decimals) = parse_digits(&t.norm)?;
        let half = Decimal::try_new(5, decimals + 1).ok()?;
        Some((value, half, i + 1))
    }

    /// `1 234 567`, `40 000`, `1 234 567.89`: digit groups of three after one to three digits,
    /// each after exactly one space.
    fn spaced_groups(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
        let t = self.tok(i)?;
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if t.norm.len() > 3 || !all_digits(&t.norm) {
            return None;
        }
        // The gap before token `k`: a plain space, or a narrow or thin space, which typography
        // puts only between digit groups.
        let gap = |k: usize| match &self.text[self.tokens[k - 1].end..self.tokens[k].start] {
            " " | "\u{a0}" => Some(false),
            "\u{202f}" | "\u{2009}" => Some(true),
            _ => None,
        };
        // Inside a run that started earlier (`1999 100 000`): not a number of its own.
        if i > 0 && self.tok(i - 1).is_some_and(|p| p.kind == TokenKind::Number) && gap(i).is_some() {
            return None;
        }
        let mut joined = t.norm.to_string();
        let mut k = i + 1;
        let mut groups = Vec::new();
        let mut typographic = false;
        while let Some(g) = self.tok(k) {
            if g.kind != TokenKind::Number || gap(k).is_none() || self.phone.get(k).copied().unwrap_or(false) {
                break;
            }
            typographic |= gap(k) == Some(true);
            let (int, frac) = g.norm.split_once('.').unwrap_or((&g.norm, ""));
            if int.len() != 3 || !all_digits(int) || !(frac.is_empty() || all_digits(frac)) {
                break;
            }
            joined.push_str(&g.norm);
            groups.push(g.norm.as_str());
            k += 1;
            if !frac.is_empty() {
                break;
            }
        }
        let accepted = groups.len() >= 2 || typographic || groups.first().is_some_and(|g| g.starts_with("000"));
        if !accepted || self.glued_to_word(k - 1) {
            return None;
        }
        let (value, decimals) = parse_digits(&joined)?;
        Some((value, Decimal::try_new(5, decimals + 1).ok()?, k))
    }

    /// A number written in words (`twelve thousand`, `a dozen`, `twenty-five`, `two hundred
    /// point zero three`, `a quarter million`, `three lakh crore`).
    pub(super) fn number_words(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
        let first = self.word(i)?;
        // `the one you mentioned`, `which one do you`, `no one`: a pronoun, not a count (but
        // `the one person who` counts).
        if first == "one"
            && i > 0
            && let Some(before) = self.word(i - 1).filter(|w| PRONOUN_DETERMINERS.contains(w))
            && (before == "no"
                || self.word(i + 1).is_none_or(|w| AFTER_PRONOUN_ONE.contains(&w))
                    && !self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Number || self.is_dash(i + 1)))
        {
            return None;
        }
        // `a lacklustre one.`, `the only one who`: a pronoun after a determiner and a word that
        // describes it.
        // Not after a word that times or limits a count (`this year one in five`, `each season
        // one`, `that only one was found`), and only where nothing follows that `one` could
        // count or share (`one in five`).
        if first == "one"
            && i > 1
            && matches!(self.word(i - 2), Some("a" | "an" | "the" | "another"))
            && self.word(i - 1).is_some_and(|w| {
                lookup(SMALL_NUMBERS, w).is_none()
                    && lookup(WORD_SCALES, w).is_none()
                    && !matches!(w, "year" | "season" | "time" | "day" | "week" | "month")
            })
            && !self.raw(i - 1).starts_with(char::is_uppercase)
            && self.word(i + 1).is_none_or(|w| matches!(w, "that" | "which" | "who" | "whom"))
            && !self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Number || self.is_dash(i + 1))
        {
            return None;
        }
        // `came to nought`, `all for naught`: idioms, not zero.
        if matches!(first, "nought" | "naught") && i > 0 && matches!(self.word(i - 1), Some("to" | "for")) {
            return None;
        }
        // `the Six Nations`, `of the Big Four Banks`: a number word with a capital between a
        // word in lower case and a capitalised word is part of a name (a title-case headline,
        // `All Five Matches`, keeps its figures).
        let capital = |k: usize| self.raw(k).starts_with(char::is_uppercase);
        let lower_word = |k: usize| self.word(k).is_some() && !capital(k);
        if capital(i)
            && i > 0
            && lower_word(i - 1)
            && self.word(i + 1).is_some_and(|w| lookup(SMALL_NUMBERS, w).is_none())
            && capital(i + 1)
        {
            return None;
        }
        let mut j = i;
        let mut total: u64 = 0;
        let mut group: u64 = 0;
        let mut any = false;
        let mut last_scale: u64 = 1;
        // Where an `and` after a scale was taken (`two thousand and two hundred`), to undo it
        // when a scale as large follows (`one million and two million` is two numbers).
        let mut after_and: Option<(usize, u64, u64, u64)> = None;
        // The hundreds before an `and` inside a group (`three hundred and two`): `dozens` after
        // it count only what follows (`three hundred and two dozens` is 324).
        let mut hundreds_before_and: Option<u64> = None;
        while let Some(w) = self.word(j) {
            if let Some(n) = lookup(SMALL_NUMBERS, w) {
                // `one of the nations` is not a count.
                if w == "one" && matches!(self.word(j + 1), Some("of" | "another" | "day" | "time")) {
                    break;
                }
                group += n as u64;
                any = true;
                last_scale = 1;
                j += 1;
                // twenty-five, and `fifty - two` in text tokenised with spaces.
                if n >= 20
                    && n % 10 == 0
                    && self.is_dash(j)
                    && self.adjacent(j - 1, j) == self.adjacent(j, j + 1)
                    && let Some(unit) =
                        self.word(j + 1).and_then(|u| lookup(SMALL_NUMBERS, u)).filter(|u| (1..10).contains(u))
                {
                    group += unit as u64;
                    j += 2;
                }
                continue;
            }
            // `half a million`, `half million`, `a quarter million`, `three quarters billion`.
            if (!any || lookup(FRACTION_DENOMINATORS, w).is_some())
                && let Some(found) = self.fraction_of_scale(j, (any && total == 0).then_some(group))
            {
                return Some(found);
            }
            if (w == "a" || w == "an") && !any {
                if let Some(next) = self.word(j + 1)
                    && (next == "dozen" || matches!(next, "hundred" | "thousand" | "million" | "billion" | "trillion"))
                {
                    group = 1;
                    any = true;
                    j += 1;
                    continue;
                }
                break;
            }
            if DOZEN_WORDS.contains(&w) && any {
                let before = hundreds_before_and.filter(|h| *h < group).unwrap_or(0);
                group = before.checked_add((group - before).checked_mul(12)?)?;
                j += 1;
                continue;
            }
            if w == "hundred" && any {
                group = group.checked_mul(100)?;
                j += 1;
                continue;
            }
            if w == "and"
                && any
                && (group >= 100 || (group == 0 && total > 0))
                && self.word(j + 1).and_then(|u| lookup(SMALL_NUMBERS, u)).is_some()
                // `two million and three fifths`: a fraction after `and` is read by `figure`.
                && self.fraction_phrase(j + 1).is_none()
            {
                if group == 0 {
                    after_and = Some((j, total, group, last_scale));
                } else {
                    hundreds_before_and = Some(group);
                }
                j += 1;
                continue;
            }
            if w == "point" && any && !(i > 0 && self.word(i - 1) == Some("at")) {
                // `two hundred point zero three`, `nine point nought four`, `point seventy-one`.
                let mut k = j + 1;
                let mut decimals = String::new();
                while let Some(d) = self.word(k).and_then(|u| lookup(SMALL_NUMBERS, u)).filter(|d| *d < 10) {
                    decimals.push(char::from(b'0' + d as u8));
                    k += 1;
                }
                if decimals.is_empty()
                    && let Some((v, _, e)) = self.number_words(k)
                    && (Decimal::from(10)..Decimal::from(100)).contains(&v)
                {
                    decimals = v.to_string();
                    k = e;
                }
                if decimals.is_empty() {
                    break;
                }
                let places = decimals.len() as u32;
                let mut value =
                    Decimal::from(total.checked_add(group)?) + Decimal::from_str(&format!("0.{decimals}")).ok()?;
                let mut half = Decimal::try_new(5, places + 1).ok()?;
                if let Some(scale) = self.word(k).and_then(|w| lookup(WORD_SCALES, w)).filter(|s| *s >= 1000) {
                    value = value.checked_mul(Decimal::from(scale))?;
                    half = half.checked_mul(Decimal::from(scale))?;
                    k += 1;
                }
                return Some((value, half, k));
            }
            if let Some(scale) = lookup(WORD_SCALES, w).filter(|s| *s >= 1000)
                && any
            {
                if let Some((at, t, g, s)) = after_and
                    && scale >= s
                {
                    // Undo the `and`: the number ends before it.
                    j = at;
                    total = t;
                    group = g;
                    last_scale = s;
                    break;
                }
                if group == 0
                    && j > i
                    && self.word(j - 1).and_then(|p| lookup(WORD_SCALES, p)).is_some()
                    && scale > last_scale
                {
                    // `three lakh crore`, `a thousand million`: scales multiply.
                    total = total.checked_mul(scale)?;
                    last_scale = last_scale.checked_mul(scale)?;
                } else {
                    total = total.checked_add(group.max(1).checked_mul(scale)?)?;
                    last_scale = scale;
                }
                group = 0;
                j += 1;
                continue;
            }
            break;
        }
        if !any {
            return None;
        }
        let value = Decimal::from(total.checked_add(group)?);
        let half = Decimal::from(last_scale) / Decimal::from(2);
        Some((value, half, j))
    }

    /// `half a million`, `half million`, `a quarter million`, `three quarters billion`, `half a
    /// dozen`, `a quarter of a million`, `two thirds of a million` at `j`; `count` is the number
    /// of parts already read (`three`, `two`).
    fn fraction_of_scale(&self, j: usize, count: Option<u64>) -> Option<(Decimal, Decimal, usize)> {
        let (fraction, word_end) = match count {
            None => {
                let (num, den, end, kind) = self.fraction_phrase(j)?;
                if kind == FractionKind::Numeral {
                    return None;
                }
                (Decimal::from(num) / Decimal::from(den), end)
            }
            Some(n) => {
                let w = self.word(j)?;
                let den = lookup(FRACTION_DENOMINATORS, w)?;
                if n == 0 || n >= u64::from(den) || (n == 1) == w.ends_with('s') {
                    return None;
                }
                (Decimal::from(n) / Decimal::from(den), j + 1)
            }
        };
        let of = usize::from(self.word(word_end) == Some("of"));
        let article = usize::from(matches!(self.word(word_end + of), Some("a" | "an")));
        if of == 1 && article == 0 {
            return None;
        }
        let k = word_end + of + article;
        let scale = match self.word(k)? {
            "dozen" => 12,
            s => lookup(WORD_SCALES, s).filter(|s| *s >= 1000)?,
        };
        let value = fraction.checked_mul(Decimal::from(scale))?.round_dp(12);
        let half = if scale == 12 { Decimal::new(5, 1) } else { value / Decimal::from(10) };
        Some((value, half, k + 1))
    }

    /// A fraction in words at `j`: `half` (or `quarter`, only before a scale), `a third`, `an
    /// eighth`, `two thirds`, `one-fifth`, `three quarters`. Returns numerator, denominator, the
    /// index after it and how the numerator is written. Only proper fractions (`five thirds` is
    /// not read).
    pub(super) fn fraction_phrase(&self, j: usize) -> Option<(u32, u32, usize, FractionKind)> {
        let w = self.word(j)?;
        if let Some(den) = lookup(FRACTION_DENOMINATORS, w) {
            return matches!(w, "half" | "quarter").then_some((1, den, j + 1, FractionKind::Bare));
        }
        let (num, kind) = if matches!(w, "a" | "an") {
            (1, FractionKind::Article)
        } else {
            (lookup(SMALL_NUMBERS, w).filter(|n| (1..20).contains(n))?, FractionKind::Numeral)
        };
        let mut k = j + 1;
        // `two-thirds`, `one - fourth`, `two-and-a-half`.
        if self.is_dash(k) && self.adjacent(k - 1, k) == self.adjacent(k, k + 1) {
            k += 1;
        }
        let dw = self.word(k)?;
        let den = lookup(FRACTION_DENOMINATORS, dw)?;
        if (num == 1) == dw.ends_with('s') || num >= den {
            return None;
        }
        Some((num, den, k + 1, kind))
    }

    /// A fraction in words at `j` standing alone (`two thirds`, `a third of adults`, `half an
    /// hour`): its value and the index after it. Not before a scale (`half a million` is a
    /// number, read by `number_words`), and not where the words are an ordinal or a part of a
    /// period (`a third time`, `the second half`, `a quarter of 2024`, `half-time`).
    fn fraction_words(&self, j: usize) -> Option<(Decimal, usize)> {
        let (num, den, end, kind) = self.fraction_phrase(j)?;
        let value = Decimal::from(num) / Decimal::from(den);
        let of = usize::from(self.word(end) == Some("of"));
        let article = usize::from(matches!(self.word(end + of), Some("a" | "an")));
        let after = self.word(end + of + article);
        if article == 1 && after.is_some_and(|w| lookup(WORD_SCALES, w).is_some() || DOZEN_WORDS.contains(&w)) {
            return None;
        }
        if article == 1 && after.is_some_and(|u| u.len() > 1 && lookup(UNITS, u).is_some()) {
            return Some((value, end));
        }
        self.share_context(j, end, kind).then_some((value, end))
    }

    /// True when the fraction in words over `start..end` is a share of a whole by what stands
    /// around it: `of` a whole after it (not of a period: `half of 2024`), `by` before it
    /// (`fell by a fifth`), a qualifier (`more than half`), `half the`, or a numerator in words
    /// (`two thirds`, `one fifth`); or it is a claim's whole value.
    fn share_context(&self, start: usize, end: usize, kind: FractionKind) -> bool {
        if (self.is_dash(end) && self.adjacent(end - 1, end))
            || self.word(end).is_some_and(|w| NOT_SHARE_AFTER.contains(&w))
            || (start > 0 && self.word(start - 1).is_some_and(|w| NOT_SHARE_BEFORE.contains(&w)))
        {
            return false;
        }
        let of = self.word(end) == Some("of");
        if of && self.period_after(end + 1) {
            return false;
        }
        let den = self.word(end - 1).unwrap_or_default();
        let quarters = den.starts_with("quarter");
        // `two quarters of growth` are periods: quarters of a whole name it (`of the staff`,
        // `of Americans`, `of voters`).
        if quarters && of && !self.names_a_whole(end + 1) {
            return false;
        }
        let framed = of
            || (self.literal && end == self.tokens.len())
            || (start > 0 && self.word(start - 1) == Some("by"))
            || self.qualifier_before(start).is_some();
        // `three-quarters said`, `three quarters agreed`; but `for three quarters`, `the three
        // quarters` are periods.
        let hyphenated = self.is_dash(start + 1);
        let after_time_word = start > 0 && self.word(start - 1).is_some_and(|w| TIME_PREPOSITIONS.contains(&w));
        match kind {
            FractionKind::Numeral => framed || !quarters || hyphenated || !after_time_word && !of,
            // `a half` is never an ordinal; `a third` and `a fifth` often are.
            FractionKind::Article => framed || den == "half",
            FractionKind::Bare => {
                framed
                    || self.word(end).is_some_and(|w| {
                        matches!(
                            w,
                            "the" | "its" | "their" | "his" | "her" | "our" | "your" | "all" | "those" | "these"
                        )
                    })
            }
        }
    }

    /// True when what follows `of` at `k` is a period (`2024`, `the year`, `this season`,
    /// `March`), which a fraction of it divides rather than shares.
    fn period_after(&self, k: usize) -> bool {
        let mut k = k;
        while self.word(k).is_some_and(|w| {
            matches!(w, "the" | "this" | "that" | "last" | "next" | "its" | "their" | "each" | "every" | "current")
        }) {
            k += 1;
        }
        if let Some(y) = self.integer(k)
            && self.raw(k).len() == 4
            && (1800..=2100).contains(&y)
        {
            return true;
        }
        self.word(k).is_some_and(|w| PERIOD_WORDS.contains(&w) || lookup(MONTHS, w).is_some())
    }

    /// True when the words at `k`, after `of`, name a whole that is shared: a determiner or
    /// pronoun (`the`, `its`, `them`), a capitalised name (`Americans`), or a word for people.
    fn names_a_whole(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| {
            WHOLE_WORDS.contains(&w)
                || matches!(w, "the" | "its" | "their" | "his" | "her" | "our" | "your" | "all" | "those" | "these")
                || matches!(w, "them" | "us" | "you" | "a" | "an" | "this" | "that")
                || self.raw(k).starts_with(char::is_uppercase)
        })
    }

    /// A vulgar fraction character at `i` (`½`, `⅔`): its value and the index after it.
    fn glyph(&self, i: usize) -> Option<(Decimal, usize)> {
        let c = self.punct(i)?;
        let (_, a, b) = FRACTION_GLYPHS.iter().find(|(g, _, _)| *g == c)?;
        Some(((Decimal::from(*a) / Decimal::from(*b)).round_dp(12), i + 1))
    }

    /// `and a half`, `and three quarters`, `-and-a-half` after a whole number at `i`: the
    /// fraction and the index after it.
    fn and_a_fraction(&self, i: usize) -> Option<(Decimal, usize)> {
        let k = if self.word(i) == Some("and") {
            i + 1
        } else if self.is_dash(i)
            && self.word(i + 1) == Some("and")
            && self.is_dash(i + 2)
            && self.adjacent(i, i + 1)
            && self.adjacent(i + 2, i + 3)
        {
            i + 3
        } else {
            return None;
        };
        let (num, den, end, kind) = self.fraction_phrase(k)?;
        if kind == FractionKind::Bare {
            return None;
        }
        Some((Decimal::from(num) / Decimal::from(den), end))
    }

    /// `in three`, `in 10`, `out of 10`, `-in-four` after a count: the whole it is a part of, and the index
    /// after it. Not a year (`one in 2024`), nor a span of time or a measure (`2 in 10 years`).
    fn ratio_of(&self, i: usize) -> Option<(Decimal, usize)> {
        let k = match self.word(i) {
            Some("in") => i + 1,
            Some("out") if self.word(i + 1) == Some("of") => i + 2,
            // `one-in-four`.
            None if self.is_dash(i) && self.word(i + 1) == Some("in") && self.is_dash(i + 2) => i + 3,
            _ => return None,
        };
        let (of, half, end) = self.digits(k).or_else(|| self.number_words(k))?;
        if !of.fract().is_zero() || of < Decimal::TWO || half != Decimal::new(5, 1) && half < Decimal::from(500) {
            return None;
        }
        let year = self.integer(k).is_some_and(|y| self.raw(k).len() == 4 && (1000..=2100).contains(&y));
        let measured = self.punct(end) == Some('%')
            || self.word(end).is_some_and(|w| {
                lookup(UNITS, w).is_some()
                    || lookup(SCALES, w).is_some()
                    || PERIOD_WORDS.contains(&w)
                    || matches!(w, "percent" | "per")
            });
        // `a score of 78 out of 100`, `rated 4 out of 5 stars`: a mark on a scale, not a share. A
        // share of a whole names what it counts (`9 out of 10 doctors`, `out of 10 agreed`); a
        // mark stands alone or names its scale.
        // (A claim's value ends where its phrase does: `9 out of 10` there is a share.)
        let score = self.word(i) == Some("out")
            && match self.word(end) {
                None => !self.literal && self.tok(end).is_some(),
                Some(w) => matches!(w, "points" | "stars" | "marks" | "score"),
            };
        (!year && !measured && !score).then_some((of, end))
    }

    /// A figure starting at `i`: currency, number, scale, and what follows it (`%`, a unit, a
    /// currency name).
    pub(super) fn figure(&self, i: usize, allow_bare_m: bool) -> Option<Figure> {
        let mut j = i;
        let mut measure = Measure::Plain;
        let number_at = |k: usize| self.tok(k).is_some_and(|t| t.kind == TokenKind::Number);
        let number_next = number_at(j + 1);
        // A sign glued to what follows and not to a word before it: `-5`, `-$5 million`, `+12%`.
        let sign = self.punct(j).filter(|c| matches!(c, '-' | '+'));
        let currency_next = self.punct(j + 1).is_some_and(|c| CURRENCY_SYMBOLS.iter().any(|(s, _)| *s == c));
        let glued_sign = sign.is_some()
            && self.adjacent(j, j + 1)
            && (j == 0 || !self.adjacent(j - 1, j))
            && (number_next || currency_next);
        // `minus 5`, `minus one`, `negative ten`; but `tested negative two times` is a result.
        let sign_word = match self.word(j) {
            Some("minus") => true,
            Some("negative") => !(j > 0 && matches!(self.word(j - 1), Some("test" | "tests" | "tested" | "testing"))),
            _ => false,
        };
        let words_next = self.word(j + 1).is_some_and(|w| lookup(SMALL_NUMBERS, w).is_some());
        let negative = (glued_sign && sign == Some('-')) || (sign_word && (number_next || words_next));
        if glued_sign || negative {
            j += 1;
        }
        let mut negative = negative;
        if let Some((code, _)) = self.currency_before(j)
            && (number_at(j + 1) || self.number_words(j + 1).is_some())
        {
            // `US$` is two tokens: the prefix word was already passed by the caller.
            measure = Measure::Money(Some(code));
            j += 1;
            if self.punct(j) == Some('-') && self.adjacent(j, j + 1) {
                negative = true;
                j += 1;
            }
        } else if let Some(dollar) = self.dollar_after_prefix(j) {
            return self.figure(dollar, allow_bare_m).map(|f| Figure { first: i, ..f });
        }
        if number_at(j) && self.glued_to_word(j) {
            return None;
        }
        if self.phone.get(j).copied().unwrap_or(false) {
            return None;
        }
        // A fraction alone (`3/4`, `⅔`, `two thirds`) is a share of a whole, read as a
        // percentage below, unless a unit or a scale makes it an amount (`3/4 of a mile`, `half
        // a million`, read by `number_words`).
        let plain = matches!(measure, Measure::Plain) && !negative;
        let symbols = self.fraction(j).or_else(|| self.glyph(j));
        let alone = symbols.or_else(|| if plain { self.fraction_words(j) } else { None });
        let proper = alone.is_some();
        // `1/2 cup`, `½ teaspoon`: a fraction in figures before a noun other than `of` is an
        // amount of it, not a share.
        let amount_of_noun = symbols.is_some_and(|(_, n)| self.word(n).is_some_and(|w| w != "of"));
        let (mut value, mut half, mut next) = match alone {
            Some((v, n)) => (v, Decimal::ZERO, n),
            None => self.digits(j).or_else(|| self.number_words(j))?,
        };
        let whole = !proper && half == Decimal::new(5, 1) && value.fract().is_zero();
        let mut mixed = false;
        // `MAUD 60`: millions of the currency.
        if j > 0 && matches!(measure, Measure::Money(_)) && self.million_code(j - 1).is_some() {
            value = value.checked_mul(Decimal::from(1_000_000))?;
            half = half.checked_mul(Decimal::from(1_000_000))?;
        }
        // `2 1/2`: a whole number and a fraction.
        if let Some((f, n)) = self.fraction(next)
            && !self.adjacent(next - 1, next)
            && half == Decimal::new(5, 1)
        {
            value += f;
            half = Decimal::ZERO;
            next = n;
            mixed = true;
        }
        // `2½`, `3 ¼`: a whole number and a fraction character.
        if !mixed
            && whole
            && let Some((f, n)) = self.glyph(next)
        {
            value += f;
            half = Decimal::ZERO;
            next = n;
            mixed = true;
        }
        // `one and a half`, `two-and-a-half`, `five and three quarters`, `a million and a half`:
        // a whole number and a fraction in words (of the scale the number ends with).
        if !mixed
            && !proper
            && value.fract().is_zero()
            && let Some((f, n)) = self.and_a_fraction(next)
        {
            let own = self.word(next - 1).and_then(|w| lookup(WORD_SCALES, w)).filter(|s| *s >= 1000 && next - 1 > j);
            // `one billion and a half million`: the fraction of a smaller scale of its own.
            let after = self.word(n).and_then(|w| lookup(WORD_SCALES, w)).filter(|s| *s >= 1000);
            let (scale, n) = match (own, after) {
                (Some(own), Some(after)) if after < own => (after, n + 1),
                (Some(own), _) => (own, n),
                _ => (1, n),
            };
            value += (f * Decimal::from(scale)).round_dp(12);
            half = Decimal::ZERO;
            next = n;
            mixed = true;
        }
        // `one in three`, `nine in 10`, `9 out of 10`: a share of a whole.
        if whole
            && !mixed
            && plain
            && let Some((of, n)) = self.ratio_of(next)
            && value >= Decimal::ONE
            && value <= of
        {
            let (value, half) = share(value / of);
            return Some(Figure { first: i, end: n, value, half, measure: Measure::Percent, suffixed: true });
        }
        // `3 dozen`, `200 dozens`: counting in dozens (`three dozen` is read by `number_words`).
        if whole
            && !mixed
            && self.tok(j).is_some_and(|t| t.kind == TokenKind::Number)
            && self.word(next).is_some_and(|w| DOZEN_WORDS.contains(&w))
        {
            value = value.checked_mul(Decimal::from(12))?;
            next += 1;
        }
        // `3/4 of a mile`, `half an hour`: a fraction of one unit is a quantity.
        if proper {
            let k = next + usize::from(self.word(next) == Some("of"));
            if matches!(self.word(k), Some("a" | "an"))
                && self.word(k + 1).is_some_and(|u| u.len() > 1 && lookup(UNITS, u).is_some())
            {
                next = k + 1;
            }
        }
        let decimal_written = (j..next).any(|k| self.tok(k).is_some_and(|t| t.norm.contains('.')));
        let mut suffixed = false;
        let mut scaled = false;
        // `$670-billion`, `a 12-million-strong`: a scale word hyphenated to the number.
        if self.hyphenated_scale(next) {
            next += 1;
        }
        // Scale: `billion`, `bn`, `B` (after a currency), `k`, `M`.
        if let Some(w) = self.word(next) {
            let attached = self.adjacent(next - 1, next);
            // Money before (`$500m`) or a currency name after (`1m dollars`).
            let is_money = matches!(measure, Measure::Money(_)) || self.currency_after(next + 1).is_some();
            // A capital `M` is mega, never the metre: `10M`, `1,674,200.5 M`.
            let capital_m = self.raw(next) == "M"
                && (attached || allow_bare_m || !self.tok(next + 1).is_some_and(|t| t.kind == TokenKind::Word));
            let scale = lookup(SCALES, w)
                .filter(|_| w != "mm" || is_money)
                // `k` apart from its number only after a decimal (`2.33 k`): `5 K` is a race.
                .filter(|_| w != "k" || attached || is_money || decimal_written)
                .filter(|_| !self.k_names_a_thing(next))
                .filter(|_| w != "mil" || attached || is_money)
                .or(match w {
                    "m" if is_money || capital_m || self.million_m(i, next) => Some(1_000_000),
                    "b" if is_money || attached => Some(1_000_000_000),
                    "t" if is_money && attached => Some(1_000_000_000_000),
                    _ => None,
                });
            if let Some(scale) = scale {
                value = value.checked_mul(Decimal::from(scale))?;
                half = half.checked_mul(Decimal::from(scale))?;
                next += 1;
                suffixed = true;
                scaled = true;
                // `three lakh crore`, `13 thousand million`: scales multiply.
                if lookup(WORD_SCALES, w).is_some()
                    && let Some(more) =
                        self.word(next).and_then(|m| lookup(WORD_SCALES, m)).filter(|m| *m > scale && *m >= 1000)
                {
                    value = value.checked_mul(Decimal::from(more))?;
                    half = half.checked_mul(Decimal::from(more))?;
                    next += 1;
                } else if let Some(word_scale) = lookup(WORD_SCALES, w) {
                    // `4 thousand 3 hundred and 21`, `6 crore and two hundred`.
                    let (v, h, n) = self.scale_continuation(next, word_scale, value, half);
                    value = v;
                    half = h;
                    next = n;
                }
            }
        }
        // `3 million and a half`, `5 billion and three quarters`: a fraction of the scale.
        if scaled
            && !mixed
            && let Some(scale) = self.word(next - 1).and_then(|w| lookup(WORD_SCALES, w)).filter(|s| *s >= 1000)
            && let Some((f, n)) = self.and_a_fraction(next)
        {
            value += (f * Decimal::from(scale)).round_dp(12);
            half = Decimal::ZERO;
            next = n;
        }
        // `3-inch`, `six-mile`, `12-cent`, `one-yen`, `30-year prison term`: a unit or currency
        // hyphenated to the number (an age is not a span of time: `28-year-old` and the age
        // group `16-year-olds` stay counts), also `10 - foot` in text tokenised with spaces
        // around every hyphen.
        let old = |k: usize| matches!(self.word(k), Some("old" | "olds"));
        let an_age = |unit: usize| old(unit + 1) || (self.is_dash(unit + 1) && old(unit + 2));
        if self.is_dash(next)
            && self.adjacent(next - 1, next) == self.adjacent(next, next + 1)
            && self.word(next + 1).is_some_and(|w| {
                lookup(UNITS, w).is_some_and(|u| w.len() > 1 && !(TIME_UNITS.contains(&u) && an_age(next + 1)))
                    || lookup(CURRENCY_NAMES, w).is_some()
                    || lookup(CURRENCY_SUBUNITS, w).is_some()
            })
            && matches!(measure, Measure::Plain)
        {
            next += 1;
        }
        // What follows: `%`, `percent`, a currency (`1.234,56 €`, `5 MUSD`), a unit.
        let symbol_after =
            self.punct(next).and_then(|c| CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == c)).map(|(_, code)| *code);
        if let Some(suffix) = self.letter_suffix(next).filter(|_| matches!(measure, Measure::Plain)) {
            // `40C`, `104F`, `99p`, `4.5pc`: a letter glued to the number.
            (measure, value, half) = suffix.apply(value, half);
            next += 1;
            suffixed = true;
        } else if self.punct(next) == Some('%') {
            measure = Measure::Percent;
            next += 1;
            suffixed = true;
        } else if let Some(code) = symbol_after.filter(|_| matches!(measure, Measure::Plain))
            && !self.tok(next + 1).is_some_and(|t| t.kind == TokenKind::Number && self.adjacent(next, next + 1))
        {
            measure = Measure::Money(Some(code.to_string()));
            next += 1;
            suffixed = true;
        } else if let Some(code) =
            self.word(next).and_then(|w| lookup(MILLION_CODES, w)).filter(|_| matches!(measure, Measure::Plain))
        {
            measure = Measure::Money(Some(code.to_string()));
            value = value.checked_mul(Decimal::from(1_000_000))?;
            half = half.checked_mul(Decimal::from(1_000_000))?;
            next += 1;
            suffixed = true;
        } else if let Some(w) = self.word(next) {
            if matches!(self.raw(next), "F" | "C")
                && matches!(measure, Measure::Plain)
                // `800,000 F-Series`, `PA 23456 F Block`: a model or a code, not a temperature.
                && !(self.is_dash(next + 1) && self.adjacent(next, next + 1))
                && value.abs() < Decimal::from(10_000)
            {
                // `minus 195 F`: a capital F or C after a figure is a temperature.
                measure = Measure::Unit(if self.raw(next) == "C" { "°C".into() } else { "°F".into() });
                next += 1;
                suffixed = true;
            } else if matches!(w, "percent" | "percents" | "pct" | "percentage") {
                measure = Measure::Percent;
                next += 1;
                if matches!(self.word(next), Some("point" | "points")) && w != "pct" {
                    // `3.2 percentage points`: a difference of two percentages, not a change.
                    measure = Measure::Unit(PERCENTAGE_POINTS.into());
                    next += 1;
                }
                suffixed = true;
            } else if w == "per" && self.word(next + 1) == Some("cent") {
                measure = Measure::Percent;
                next += 2;
                if matches!(self.word(next), Some("point" | "points")) {
                    measure = Measure::Unit(PERCENTAGE_POINTS.into());
                    next += 1;
                }
                suffixed = true;
            } else if matches!(measure, Measure::Plain)
                && let Some(code) = lookup(CURRENCY_SUBUNITS, w)
            {
                // `50 cents`, `470 pence`: hundredths of the dollar and the pound.
                measure = Measure::Money(Some(code.to_string()));
                value /= Decimal::from(100);
                half /= Decimal::from(100);
                next += 1;
                suffixed = true;
            } else if matches!(measure, Measure::Plain)
                && scaled
                && matches!(w, "pound" | "pounds")
                && self.word(next + 1) != Some("of")
            {
                // `361 million pounds` is money: weights in millions are `pounds of` something.
                measure = Measure::Money(Some("GBP".into()));
                next += 1;
                suffixed = true;
            } else if matches!(measure, Measure::Plain)
                && let Some(code) = self.currency_after(next)
            {
                measure = Measure::Money(Some(code.0.to_string()));
                next = code.1;
                suffixed = true;
                // `75 USD million`.
                if !scaled
                    && let Some(scale) = self.word(next).and_then(|w| lookup(WORD_SCALES, w)).filter(|s| *s >= 1000)
                {
                    value = value.checked_mul(Decimal::from(scale))?;
                    half = half.checked_mul(Decimal::from(scale))?;
                    next += 1;
                    scaled = true;
                }
            } else if matches!(measure, Measure::Plain) && self.raw(next) == "t" && self.adjacent(next - 1, next) {
                // `100t`: tonnes, written only glued to the number (a glued `t` after money is
                // trillions, read above).
                measure = Measure::Unit("t".into());
                next += 1;
                suffixed = true;
            } else if matches!(measure, Measure::Plain)
                && let Some(unit) = lookup(UNITS, w)
                && (w != "m" || !allow_bare_m || self.raw(next) == "m")
                // `5G` is a network generation and `5 G` is not grams: the gram is `g`.
                && (w != "g" || self.raw(next) == "g")
                && (!LOWER_CASE_ONLY_UNITS.contains(&w) || self.raw(next) == w)
                && !(self.word(next + 1) == Some("of") && matches!(w, "pound" | "pounds" | "ton" | "tons"))
            {
                measure = Measure::Unit(unit.to_string());
                next += 1;
                suffixed = true;
                if let Some(power) =
                    self.tok(next).filter(|t| t.kind == TokenKind::Number && self.adjacent(next - 1, next))
                {
                    // `km2`, `24703m2`; but `24703m212` is a code.
                    if matches!(power.norm.as_str(), "2" | "3")
                        && matches!(unit, "km" | "m" | "cm" | "mm" | "dm" | "mi" | "ft")
                    {
                        measure = Measure::Unit(format!("{unit}{}", power.norm));
                        next += 1;
                    } else {
                        return None;
                    }
                }
                if let Some(speed) = self.per_hour(next).filter(|_| matches!(unit, "mi" | "km" | "m")) {
                    measure = Measure::Unit(if unit == "mi" { "mph".into() } else { "km/h".into() });
                    next = speed;
                }
            } else if matches!(w, "degrees" | "degree" | "deg") && matches!(measure, Measure::Plain) {
                let after = next
                    + 1
                    + usize::from(
                        w == "deg"
                            && self.punct(next + 1) == Some('.')
                            && self.adjacent(next, next + 1)
                            && self.word(next + 2).is_some_and(is_temperature_scale),
                    );
                if let Some(scale) = self.word(after).filter(|s| is_temperature_scale(s)) {
                    measure = Measure::Unit(if scale.starts_with('c') { "°C".into() } else { "°F".into() });
                    next = after + 1;
                    suffixed = true;
                } else if self.word(next + 1) != Some("of") {
                    // `98 degrees`: degrees of no named scale (`six degrees of separation` is
                    // not a measure).
                    measure = Measure::Unit("°".into());
                    next += 1;
                    suffixed = true;
                }
            }
        } else if self.punct(next) == Some('°') {
            let scale = self.word(next + 1).filter(|_| self.adjacent(next, next + 1));
            if matches!(scale, Some("c" | "f")) {
                measure = Measure::Unit(if scale == Some("c") { "°C".into() } else { "°F".into() });
                next += 2;
            } else {
                measure = Measure::Unit("°".into());
                next += 1;
            }
            suffixed = true;
        } else if let Some(open) = self.punct(next).filter(|c| matches!(c, '(' | '[' | '{' | '<'))
            && matches!(measure, Measure::Plain)
            && let Some(unit) = self.word(next + 1).and_then(|w| lookup(UNITS, w))
            && self.punct(next + 2)
                == Some(match open {
                    '(' => ')',
                    '[' => ']',
                    '{' => '}',
                    _ => '>',
                })
        {
            // `20 (kg)`: the unit in brackets, as in tables.
            measure = Measure::Unit(unit.to_string());
            next += 3;
            suffixed = true;
        }
        // Areas and volumes (`square miles`, `square nautical miles`, `cubic metres`), nautical
        // miles and metric tons.
        if matches!(measure, Measure::Plain) {
            let mut j = next;
            // `12,500-square-foot`: the area hyphenated to the number and to its unit.
            let hyphen = |k: usize| self.is_dash(k) && self.adjacent(k - 1, k) && self.adjacent(k, k + 1);
            if hyphen(j) && matches!(self.word(j + 1), Some("square" | "sq" | "cubic")) {
                j += 1;
            }
            let power = match self.word(j) {
                Some("square" | "sq") => Some("2"),
                Some("cubic") => Some("3"),
                _ => None,
            };
            if power.is_some() {
                j += 1;
                if hyphen(j) {
                    j += 1;
                }
            }
            let qualifier = self.word(j).filter(|w| matches!(*w, "nautical" | "metric"));
            if qualifier.is_some() {
                j += 1;
            }
            if (power.is_some() || qualifier.is_some())
                && let Some(unit) = self.word(j).and_then(|u| lookup(UNITS, u))
                && (qualifier != Some("metric") || unit == "t")
            {
                let unit = if qualifier == Some("nautical") && unit == "mi" { "nmi" } else { unit };
                measure = Measure::Unit(format!("{unit}{}", power.unwrap_or("")));
                next = j + 1;
                suffixed = true;
            }
        }
        // `4 GB/s`, `100 requests per hour`, `50 req/s`: rates.
        if let Some((unit, end)) = self.rate(&measure, next) {
            measure = Measure::Unit(unit);
            next = end;
            suffixed = true;
        }
        // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 dollars 50.`
        if let Measure::Money(_) = measure
            && !scaled
            && value.fract().is_zero()
            && let Some((cents, end)) = self.cents_after(next, i)
        {
            value += cents;
            half = Decimal::new(5, 3);
            next = end;
        }
        // `5 ft 2 in`, `5 feet and 2 inches`.
        if measure == Measure::Unit("ft".into())
            && !scaled
            && let Some((inches, end)) = self.inches_after(next)
        {
            value += inches / Decimal::from(12);
            half = Decimal::new(5, 1) / Decimal::from(12);
            next = end;
        }
        // A fraction alone, of no unit or scale: a share of a whole, as a percentage.
        if proper && plain && !scaled && !amount_of_noun && matches!(measure, Measure::Plain) {
            (value, half) = share(value);
            measure = Measure::Percent;
            suffixed = true;
        }
        if negative {
            value = -value;
        }
        Some(Figure { first: i, end: next, value, half, measure, suffixed })
    }

    /// The `$` at or after a dollar prefix at `j` (`US$`, `C$`, `hk $`, `Mex$`): its index.
    fn dollar_after_prefix(&self, j: usize) -> Option<usize> {
        let w = self.word(j)?;
        lookup(DOLLAR_PREFIXES, w)?;
        (self.punct(j + 1) == Some('$') && (self.adjacent(j, j + 1) || SPACED_DOLLAR_PREFIXES.contains(&w)))
            .then_some(j + 1)
    }

    /// `per hour`, `an hour`, `/h`, `/hr`, `per hr` at `i`: the index after it.
    fn per_hour(&self, i: usize) -> Option<usize> {
        let by = self.punct(i) == Some('/') || matches!(self.word(i), Some("per" | "an" | "a"));
        (by && matches!(self.word(i + 1), Some("h" | "hr" | "hour"))).then_some(i + 2)
    }

    /// After a number with a spelled scale (`4 thousand`, `6 crore`), what continues it: a
    /// smaller number with its own scale (`3 hundred`, `and two hundred`), or after `hundred`,
    /// `and` with a number under a hundred (`and 21`). Returns value, half and end.
    fn scale_continuation(
        &self,
        mut next: usize,
        mut last: u64,
        mut value: Decimal,
        mut half: Decimal,
    ) -> (Decimal, Decimal, usize) {
        loop {
            let and = self.word(next) == Some("and");
            let k = next + usize::from(and);
            let piece = if self.tok(k).is_some_and(|t| t.kind == TokenKind::Number) {
                self.integer(k).filter(|_| !self.glued_to_word(k)).map(|n| {
                    let own = self.word(k + 1).and_then(|w| lookup(WORD_SCALES, w));
                    (Decimal::from(n) * Decimal::from(own.unwrap_or(1)), k + 1 + usize::from(own.is_some()), own)
                })
            } else {
                self.number_words(k)
                    .filter(|(v, _, _)| v.fract().is_zero())
                    .map(|(v, _, e)| (v, e, self.word(e - 1).and_then(|w| lookup(WORD_SCALES, w))))
            };
            match piece {
                Some((v, e, Some(own))) if own < last && v > Decimal::ZERO && v < Decimal::from(last) => {
                    value += v;
                    half = Decimal::from(own) / Decimal::from(2);
                    next = e;
                    last = own;
                }
                Some((v, e, None)) if and && last == 100 && v >= Decimal::ONE && v < Decimal::from(100) => {
                    return (value + v, Decimal::new(5, 1), e);
                }
                _ => return (value, half, next),
            }
        }
    }

    /// The cents after a whole amount of money at `i` (`50 cents`, `and forty-five cents`, or
    /// a bare `50` ending the clause): their value in the currency and the index after them.
    /// `start` is where the amount began: after `between` or `from`, `and 12` is a range.
    fn cents_after(&self, i: usize, start: usize) -> Option<(Decimal, usize)> {
        let and = self.word(i) == Some("and");
        let k = i + usize::from(and);
        let (v, e) = if self.tok(k).is_some_and(|t| t.kind == TokenKind::Number) {
            (self.integer(k).filter(|_| self.raw(k).len() <= 2 && !self.glued_to_word(k))?, k + 1)
        } else {
            let (v, _, e) = self.number_words(k)?;
            (u32::try_from(v.to_string().parse::<u64>().ok()?).ok()?, e)
        };
        if !(1..100).contains(&v) {
            return None;
        }
        if self.word(e).is_some_and(|w| lookup(CURRENCY_SUBUNITS, w).is_some()) {
            return Some((Decimal::new(i64::from(v), 2), e + 1));
        }
        let ends_clause = self.tok(e).is_none() || matches!(self.punct(e), Some('.' | ',' | ';' | '!' | '?' | ')'));
        let range_word = start > 0 && matches!(self.word(start - 1), Some("between" | "from"));
        (ends_clause && !range_word).then(|| (Decimal::new(i64::from(v), 2), e))
    }

    /// `2 in`, `and 2 inches` after feet at `i`: inches under twelve and the index after them.
    fn inches_after(&self, i: usize) -> Option<(Decimal, usize)> {
        let k = i + usize::from(self.word(i) == Some("and"));
        let (v, _, e) = self.digits(k).or_else(|| self.number_words(k))?;
        (v < Decimal::from(12) && matches!(self.word(e), Some("in" | "inch" | "inches"))).then_some((v, e + 1))
    }

    /// A common fraction at `i` (`1/2`, `3/4`): its value and the index after it.
    pub(super) fn fraction(&self, i: usize) -> Option<(Decimal, usize)> {
        let (a, b) = (self.integer(i)?, self.integer(i + 2)?);
        let glued = self.punct(i + 1) == Some('/') && self.adjacent(i, i + 1) && self.adjacent(i + 1, i + 2);
        let after_date = self.punct(i + 3) == Some('/');
        // `1/5 of adults`, `3/100 of the seats`: hundredths only of a whole.
        let of_whole = self.word(i + 3) == Some("of") && !self.period_after(i + 4);
        (glued && !after_date && (1..b).contains(&a) && (b <= 10 || b == 100 && of_whole))
            .then(|| ((Decimal::from(a) / Decimal::from(b)).round_dp(12), i + 3))
    }

    /// True for digits that are part of a name or code rather than a figure: `G7`, `F-16`,
    /// `Covid-19`, `1980s`, `3rd`.
    pub(super) fn glued_to_word(&self, i: usize) -> bool {
        // A currency code glued to a figure is money (`USD34.6`); any other word makes a code
        // or a name (`A24 Films`, `MH370`): a dollar prefix is money only with its `$` (`A$5`).
        let before_word =
            i > 0 && self.adjacent(i - 1, i) && self.word(i - 1).is_some() && self.code_word(i - 1).is_none();
        // `F-16`, `scp2-173`; but not `5k-20k`, where the word is the scale of a number.
        let before_hyphenated = i > 1
            && self.is_dash(i - 1)
            && self.adjacent(i - 1, i)
            && self.adjacent(i - 2, i - 1)
            && (self.word(i - 2).is_some_and(|w| {
                !(i > 2
                    && self.adjacent(i - 3, i - 2)
                    && self.tok(i - 3).is_some_and(|t| t.kind == TokenKind::Number)
                    && (lookup(SCALES, w).is_some() || lookup(UNITS, w).is_some() || matches!(w, "m" | "b")))
            }) || (self.tok(i - 2).is_some_and(|t| t.kind == TokenKind::Number)
                && i > 2
                && self.adjacent(i - 3, i - 2)
                && self.word(i - 3).is_some()));
        let after_word = self.adjacent(i, i + 1)
            && self.word(i + 1).is_some_and(|w| {
                (lookup(SCALES, w).is_none()
                    && lookup(UNITS, w).is_none_or(|_| w == "s")
                    && lookup(CURRENCY_NAMES, w).is_none()
                    && lookup(CURRENCY_SUBUNITS, w).is_none()
                    && !matches!(w, "m" | "b" | "t" | "pct"))
                    // `5G`, `4G`: network generations.
                    || self.raw(i + 1) == "G"
            })
            && self.letter_suffix(i + 1).is_none();
        before_word || before_hyphenated || after_word || self.k_names_a_thing(i + 1)
    }

    /// A currency name after a figure (`dollars`, `US dollars`, `euros`, `USD`).
    pub(super) fn currency_after(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.word(i)?;
        // `3 USD50`: a code glued to the next number is that number's.
        if self.tok(i + 1).is_some_and(|t| t.kind == TokenKind::Number) && self.adjacent(i, i + 1) {
            return None;
        }
        if matches!(w, "pound" | "pounds") && self.word(i + 1) == Some("sterling") {
            return Some(("GBP", i + 2));
        }
        if w == "british" && matches!(self.word(i + 1), Some("pound" | "pounds")) {
            return Some(("GBP", i + 2));
        }
        if CURRENCY_ADJECTIVES.contains(&w) {
            return self.currency_after(i + 1);
        }
        if matches!(w, "us" | "u.s" | "american" | "canadian" | "australian" | "hong" | "singapore" | "new") {
            let (code, next) = self.currency_after(i + 1)?;
            let code = match (w, code) {
                ("canadian", "USD") => "CAD",
                ("australian", "USD") => "AUD",
                ("singapore", "USD") => "SGD",
                _ => code,
            };
            return Some((code, next));
        }
        lookup(CURRENCY_NAMES, w).map(|c| (c, i + 1)).or_else(|| self.iso_currency_after(i))
    }

    /// The qualifier phrase ending just before token `i`, with its first token.
    pub(super) fn qualifier_before(&self, i: usize) -> Option<(Qualifier, usize)> {
        for (words, q) in QUALIFIERS {
            let n = words.len();
            if i < n {
                continue;
            }
            // `went up to 5.5%`: a rise to the figure, not a bound on it.
            let moved_up =
                *words == ["up", "to"] && i > n && self.word(i - n - 1).is_some_and(|w| MOVED_UP.contains(&w));
            if self.phrase_at(i - n, words) && !moved_up {
                return Some((*q, i - n));
            }
        }
        None
    }

    /// The qualifier phrase starting at token `i`, with the index after it.
    fn qualifier_at(&self, i: usize) -> Option<(Qualifier, usize)> {
        QUALIFIERS.iter().find(|(words, _)| self.phrase_at(i, words)).map(|(words, q)| (*q, i + words.len()))
    }

    fn phrase_at(&self, i: usize, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.word(i + k) == Some(*w) || (*w == "~" && self.punct(i + k) == Some('~')))
    }

    /// A bound after a figure ending at `i` (`or more`, `and over`, `or less than`, `or so`):
    /// the qualifier and the index after it. Not when a figure follows (`or more than 60` is
    /// the next figure's qualifier).
    fn qualifier_after(&self, i: usize) -> Option<(Qualifier, usize)> {
        let conj = self.word(i).filter(|w| matches!(*w, "or" | "and"))?;
        let w = self.word(i + 1)?;
        let q = lookup(POSTFIX_QUALIFIERS, w)?;
        if (w == "so" && conj != "or") || (w == "up" && conj != "and") {
            return None;
        }
        let mut end = i + 2;
        if self.word(end) == Some("than") {
            end += 1;
        }
        if self.figure(end, self.literal).is_some() || self.figure(i + 2, self.literal).is_some() {
            return None;
        }
        // `and less than or equal to 40`: the qualifier of the next figure.
        if let Some((_, k)) = self.qualifier_at(i + 1)
            && self.figure(k, self.literal).is_some()
        {
            return None;
        }
        Some((q, end))
    }

    /// A money amount, percentage, quantity or number at `i`, with qualifiers and ranges.
    pub(super) fn amount_at(&self, i: usize) -> Option<(Value, usize, usize)> {
        let first = self.figure(i, self.literal)?;
        if self.number_in_name(&first) {
            return None;
        }
        let mut end = first.end;
        let mut interval = Interval::rounded(first.value, first.half);
        let mut value = first.value;
        let mut measure = first.measure.clone();
        let mut start_tok = first.first;
        // A range: `$10-12 billion`, `10 to 12 percent`, `between 80% and 90%`, `ranging from 5
        // to 10`, `20 through 100`, `20~100`.
        let between = i > 0 && self.word(i - 1) == Some("between");
        let ranged_from = i > 1
            && self.word(i - 1) == Some("from")
            && self.word(i - 2).is_some_and(|w| RANGE_FROM_WORDS.contains(&w));
        let through = matches!(self.word(end), Some("through" | "thru")) || self.punct(end) == Some('~');
        let joiner = (between && self.word(end) == Some("and"))
            || self.is_dash(end)
            || self.word(end) == Some("to")
            || through
            || (ranged_from && matches!(self.word(end), Some("till" | "until")));
        let open = between || ranged_from || through;
        let second = if joiner { self.figure(end + 1, self.literal) } else { None };
        let plain_dash_range = |second: &Figure| {
            // `1000-5000`: plain numbers on both sides of a dash are a range only when rising
            // and in the thousands: `28-24` and `5-4` are scores and votes.
            self.is_dash(end)
                && !first.suffixed
                && !second.suffixed
                && matches!((&first.measure, &second.measure), (Measure::Plain, Measure::Plain))
                && first.value >= Decimal::from(1000)
                && first.value < second.value
                && first.value.fract().is_zero()
                && second.value.fract().is_zero()
        };
        if let Some(second) = second
            && (open
                || (!first.suffixed && second.suffixed)
                || (self.is_dash(end) && first.measure == second.measure && first.suffixed)
                || plain_dash_range(&second))
            && (matches!(first.measure, Measure::Plain)
                || first.measure == second.measure
                || matches!(second.measure, Measure::Plain))
            && !(self.is_dash(end) && !second.suffixed && !open && !plain_dash_range(&second))
        {
            let (low_value, low_half) =
                if first.suffixed || first.value.is_zero() || scale_of(&first, self) > Decimal::ONE {
                    (first.value, first.half)
                } else {
                    // `$10-12 billion`: the first number takes the second's scale.
                    let scale = scale_of(&second, self);
                    (first.value.checked_mul(scale)?, first.half.checked_mul(scale)?)
                };
            let mut m = first.measure.clone();
            if matches!(m, Measure::Plain) {
                m = second.measure.clone();
            }
            if low_value <= second.value {
                measure = m;
                interval = Interval::closed(low_value - low_half, second.value + second.half);
                value = (low_value + second.value) / Decimal::from(2);
                end = second.end;
                if between || ranged_from {
                    start_tok = i - 1;
                }
            }
        } else {
            // A qualifier is not taken with a range; a bound after the figure (`200 or more`)
            // wins over one before it (`about 500 or more`).
            let before = self.qualifier_before(first.first);
            if let Some((q, after)) = self.qualifier_after(end) {
                interval = qualify(q, value, interval);
                end = after;
                if let Some((_, q_start)) = before {
                    start_tok = q_start;
                }
            } else if let Some((q, q_start)) = before {
                interval = qualify(q, value, interval);
                start_tok = q_start;
                // `more than 10 and less than 40`, `at most 100 and at least 20`: two bounds
                // of one range.
                if let Some((second, bound)) = self.second_bound(end, q, &first) {
                    let other = qualify(bound, second.value, Interval::rounded(second.value, second.half));
                    let (low, high) = if is_lower(q) { (interval, other) } else { (other, interval) };
                    let low_value = if is_lower(q) { first.value } else { second.value };
                    let high_value = if is_lower(q) { second.value } else { first.value };
                    if low_value < high_value {
                        interval = Interval { low: low.low, high: high.high };
                        value = (low_value + high_value) / Decimal::from(2);
                        if matches!(measure, Measure::Plain) {
                            measure = second.measure.clone();
                        }
                        end = second.end;
                    }
                }
            }
        }
        let amount = Amount { value, interval };
        let v = match measure {
            Measure::Plain => Value::Number(amount),
            Measure::Money(currency) => Value::Money { currency, amount },
            Measure::Percent => Value::Percent(amount),
            Measure::Unit(unit) => Value::Quantity { unit, amount },
        };
        Some((v, start_tok, end))
    }

    /// The other bound of a two-sided range after a figure qualified by `q` and ending at `i`:
    /// `and`, `but` or a comma, a qualifier of the other direction, and a figure of the same
    /// kind (or a plain number).
    fn second_bound(&self, i: usize, q: Qualifier, first: &Figure) -> Option<(Figure, Qualifier)> {
        if !(matches!(self.word(i), Some("and" | "but")) || self.punct(i) == Some(','))
            || q == Qualifier::About
            || q == Qualifier::Nearly
        {
            return None;
        }
        let (bound, k) = self.qualifier_at(i + 1)?;
        if matches!(bound, Qualifier::About | Qualifier::Nearly) || is_lower(bound) == is_lower(q) {
            return None;
        }
        let second = self.figure(k, self.literal)?;
        let compatible = first.measure == second.measure
            || matches!(second.measure, Measure::Plain)
            || matches!(first.measure, Measure::Plain);
        compatible.then_some((second, bound))
    }
}

/// How a fraction in words writes its numerator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FractionKind {
    /// `half` alone.
    Bare,
    /// `a third`, `an eighth`.
    Article,
    /// `two thirds`, `one-fifth`.
    Numeral,
}

/// The unit of a difference of two percentages (`3.2 percentage points`): a quantity, so never
/// compared with a percentage (`3.2%`) nor with a change stated in per cent.
pub(super) const PERCENTAGE_POINTS: &str = "pp";

/// A share of a whole, `fraction` of it (`2/3`), as a percentage and the half-width of the
/// interval it stands for: to four significant digits (66.67), give or take a fortieth of it
/// (2.5%: two thirds is [65, 68.34), so `67%` fits it and `70%` does not), the rounding a writer
/// does in calling a share `two thirds` or `one in three`.
fn share(fraction: Decimal) -> (Decimal, Decimal) {
    let percent = (fraction * Decimal::ONE_HUNDRED).round_sf(4).unwrap_or_default().normalize();
    let fortieth = percent / Decimal::from(40);
    let half = match fortieth.round_dp(2) {
        h if h.is_zero() => fortieth.round_sf(2).unwrap_or_default(),
        h => h,
    };
    let half = half.normalize();
    (percent, half)
}

/// A letter glued to a number that makes it a measure (`40C`, `104F`, `99p`, `4.5pc`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LetterSuffix {
    Celsius,
    Fahrenheit,
    Pence,
    Percent,
}

impl LetterSuffix {
    /// The measure, value and half of a figure of `value` and `half` with this suffix.
    fn apply(self, value: Decimal, half: Decimal) -> (Measure, Decimal, Decimal) {
        let hundred = Decimal::from(100);
        match self {
            LetterSuffix::Celsius => (Measure::Unit("°C".into()), value, half),
            LetterSuffix::Fahrenheit => (Measure::Unit("°F".into()), value, half),
            LetterSuffix::Pence => (Measure::Money(Some("GBP".into())), value / hundred, half / hundred),
            LetterSuffix::Percent => (Measure::Percent, value, half),
        }
    }
}

/// Issue 13: currencies of the ISO list, shorthand suffixes, rates and numbers that are part of
/// names.
impl Reader<'_> {
    /// The currency a word before an amount names: a code of [`CURRENCY_CODES`] in any case, a
    /// letter sign (`RM`, `Rp`), or any other ISO 4217 code written in capitals (`SAR`, `QAR`).
    pub(super) fn code_word(&self, i: usize) -> Option<&'static str> {
        let w = self.word(i)?;
        if let Some(code) = lookup(CURRENCY_CODES, w) {
            return Some(code);
        }
        let raw = self.raw(i);
        if let Some(code) = lookup(LETTER_SIGNS, raw) {
            return Some(code);
        }
        if let Some(code) = self.million_code(i) {
            return Some(code);
        }
        if raw.len() != 3 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        ISO_CODES.binary_search_by(|(k, _)| (*k).cmp(w)).ok().map(|k| ISO_CODES[k].1)
    }

    /// `MAUD`, `MUSD` before an amount: `M` and an ISO code in capitals, millions of that
    /// currency (`MAUD 60` is AUD 60 million).
    fn million_code(&self, i: usize) -> Option<&'static str> {
        let raw = self.raw(i);
        let code = raw.strip_prefix('M').filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))?;
        self.word(i)?;
        let lower = code.to_ascii_lowercase();
        ISO_CODES.binary_search_by(|(k, _)| (*k).cmp(lower.as_str())).ok().map(|k| ISO_CODES[k].1)
    }

    /// A currency of the ISO list named after an amount at `i`: a full name (`Saudi riyals`,
    /// `South African rand`), a unit's name (`dirhams`, `rand`) or a code in capitals (`42
    /// million SAR`), with the index after it. A name several currencies share stays that name
    /// (`riyal`); a name that is also an English word (`real`, `won`, `mark`) counts only after a
    /// scale word (`5 billion won`) or in a full name.
    fn iso_currency_after(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.word(i)?;
        for (words, unit, code) in FULL_NAMES {
            if self.phrase_at(i, words)
                && self.tokens.get(i + words.len()).and_then(|t| t.word()).is_some_and(|u| {
                    let u: &str = u;
                    lookup(UNIT_FORMS, u).unwrap_or(u.strip_suffix('s').unwrap_or(u)) == *unit
                })
            {
                return Some((code, i + words.len() + 1));
            }
        }
        if let Some(unit) = lookup(UNIT_FORMS, w) {
            let after_scale =
                i > 0 && self.word(i - 1).is_some_and(|p| lookup(SCALES, p).is_some() || matches!(p, "m" | "b"));
            if WORD_NAMES.contains(&unit) && !after_scale {
                return None;
            }
            let codes = lookup(UNIT_NAMES, unit)?;
            return Some((if codes.len() == 1 { codes[0] } else { unit }, i + 1));
        }
        let raw = self.raw(i);
        if raw.len() == 3 && raw.bytes().all(|b| b.is_ascii_uppercase()) {
            return ISO_CODES.binary_search_by(|(k, _)| (*k).cmp(w)).ok().map(|k| (ISO_CODES[k].1, i + 1));
        }
        None
    }

    /// A scale word hyphenated to the number ending before `next` (`$670-billion`,
    /// `$1-million`).
    fn hyphenated_scale(&self, next: usize) -> bool {
        next > 0
            && self.is_dash(next)
            && self.adjacent(next - 1, next)
            && self.adjacent(next, next + 1)
            && self.word(next + 1).and_then(|w| lookup(WORD_SCALES, w)).is_some_and(|s| s >= 1000)
    }

    /// A lower-case `m` glued to the number before `next` that is a million, not metres: before
    /// a plural noun (`2m people`, `5m viewers`, `2m barrels a day`, `2m tonnes`), but not after
    /// `a` (`a 2m wall`) nor before a race (`the 400m hurdles`).
    fn million_m(&self, start: usize, next: usize) -> bool {
        if self.raw(next) != "m" || next == 0 || !self.adjacent(next - 1, next) {
            return false;
        }
        if start > 0 && matches!(self.word(start - 1), Some("a" | "an")) {
            return false;
        }
        let Some(noun) = self.word(next + 1) else { return false };
        if self.adjacent(next, next + 1) || !self.raw(next + 1).starts_with(|c: char| c.is_lowercase()) {
            return false;
        }
        let plural = PLURALS_WITHOUT_S.contains(&noun)
            || (noun.len() > 3
                && noun.ends_with('s')
                && !noun.ends_with("ss")
                && !noun.ends_with("us")
                && !noun.ends_with("ways")
                && !noun.ends_with("wards")
                && !crate::text::is_stop_word(noun));
        plural && !METRE_EVENTS.contains(&noun)
    }

    /// A capital `K` at `k`, glued to a number, that names a race or a resolution (`10K run`,
    /// `4K TV`, `ran the 10K`) rather than thousands.
    pub(super) fn k_names_a_thing(&self, k: usize) -> bool {
        if self.raw(k) != "K" || k == 0 || !self.adjacent(k - 1, k) {
            return false;
        }
        if !self.tok(k - 1).is_some_and(|t| t.kind == TokenKind::Number) {
            return false;
        }
        let next_word = self.word(k + 1).filter(|_| !self.adjacent(k, k + 1));
        next_word.is_some_and(|w| K_THINGS.contains(&w))
            || (k > 1 && matches!(self.word(k - 2), Some("a" | "an" | "the")) && next_word.is_none())
    }

    /// A letter at `i` glued to the number before it that makes the figure a temperature, pence
    /// or a percentage: `40C`, `104F` (within the range of weather and bodies), `99p` (not a
    /// video resolution, `1080p`, nor a time, `3p.m.`), `4.5pc` (lower case: `PC` is a
    /// computer). Not after a seat or a grade (`seat 12C`) nor a name (`Class 3C`).
    pub(super) fn letter_suffix(&self, i: usize) -> Option<LetterSuffix> {
        if i == 0 || !self.adjacent(i - 1, i) {
            return None;
        }
        let number = self.tok(i - 1).filter(|t| t.kind == TokenKind::Number)?;
        // Nothing glued after the letter but the punctuation that ends a clause.
        if self.tok(i + 1).is_some() && self.adjacent(i, i + 1) {
            let ends = match self.punct(i + 1) {
                Some(',' | ';' | ')' | '!' | '?' | '"' | '\'') => true,
                Some('.') => !(self.tok(i + 2).is_some() && self.adjacent(i + 1, i + 2)),
                _ => false,
            };
            if !ends {
                return None;
            }
        }
        if i >= 2 && (self.word(i - 2).is_some_and(|w| SLOT_WORDS.contains(&w)) || self.name_word_before(i - 1)) {
            return None;
        }
        if matches!(self.raw(i), "C" | "F")
            && (LETTER_CODES.contains(&&self.text[number.start..self.tokens[i].end])
                || self.word(i + 1).is_some_and(|w| LETTER_CODE_NOUNS.contains(&w)))
        {
            return None;
        }
        let (value, _) = parse_digits(&number.norm)?;
        let suffix = match self.raw(i) {
            "C" if value <= Decimal::from(90) => LetterSuffix::Celsius,
            "F" if value <= Decimal::from(140) => LetterSuffix::Fahrenheit,
            "p" if value < Decimal::from(1000) && !RESOLUTIONS.iter().any(|r| Decimal::from(*r) == value) => {
                LetterSuffix::Pence
            }
            "pc" if value <= Decimal::from(1000) => LetterSuffix::Percent,
            _ => return None,
        };
        Some(suffix)
    }

    /// A rate after a figure whose measure so far is `measure`, at `next`: a unit of data per
    /// time (`4 GB/s`, `2,000 MB per second`) or a counted thing per time (`100 requests per
    /// hour`, `50 req/s`). Its unit and the index after it.
    fn rate(&self, measure: &Measure, next: usize) -> Option<(String, usize)> {
        match measure {
            Measure::Unit(u) if DATA_UNITS.iter().any(|(s, _)| s == u) => {
                let (t, end) = self.per_time(next)?;
                Some((format!("{u}/{t}"), end))
            }
            Measure::Unit(u) if LENGTH_RATE_UNITS.contains(&u.as_str()) => {
                let (t, end) = self.per_time(next).filter(|(t, _)| matches!(*t, "s" | "ms"))?;
                Some((format!("{u}/{t}"), end))
            }
            Measure::Plain => {
                let noun = self.word(next).and_then(|w| lookup(RATE_NOUNS, w))?;
                let (t, end) = self.per_time(next + 1)?;
                Some((format!("{noun}/{t}"), end))
            }
            _ => None,
        }
    }

    /// `/s`, `/min`, `per hour`, `per day` at `i`: the time's symbol and the index after it.
    fn per_time(&self, i: usize) -> Option<(&'static str, usize)> {
        // `MB/s`, and `km / s` in text tokenised with spaces around every slash.
        let slash = self.punct(i) == Some('/') && i > 0 && self.adjacent(i - 1, i) == self.adjacent(i, i + 1);
        if !slash && self.word(i) != Some("per") {
            return None;
        }
        let t = self.word(i + 1)?;
        RATE_TIMES.iter().find(|(w, _, _)| *w == t).map(|(_, s, _)| (*s, i + 2))
    }

    /// `1'000'000`: digit groups of three joined by apostrophes (Swiss style).
    fn apostrophe_groups(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
        let t = self.tok(i)?;
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if t.norm.len() > 3 || !all_digits(&t.norm) {
            return None;
        }
        let mut joined = t.norm.to_string();
        let mut k = i + 1;
        while self.punct(k) == Some('\'') && self.adjacent(k - 1, k) && self.adjacent(k, k + 1) {
            let Some(g) = self.tok(k + 1).filter(|g| g.kind == TokenKind::Number) else { break };
            let (int, frac) = g.norm.split_once('.').unwrap_or((&g.norm, ""));
            if int.len() != 3 || !all_digits(int) || !(frac.is_empty() || all_digits(frac)) {
                break;
            }
            joined.push_str(&g.norm);
            k += 2;
            if !frac.is_empty() {
                break;
            }
        }
        if k == i + 1 || self.glued_to_word(k - 1) {
            return None;
        }
        let (value, decimals) = parse_digits(&joined)?;
        Some((value, Decimal::try_new(5, decimals + 1).ok()?, k))
    }

    /// True when figure `f` is part of a name: a bare number right after a capitalised word
    /// that does not open its sentence and is no month, week day, unit, currency, number word
    /// or qualifier (`S&P 500`, `Boeing 737`, `Section 230`, `iPhone 15`), unless a plural noun
    /// follows it (`Britain 500 people`): then it counts.
    fn number_in_name(&self, f: &Figure) -> bool {
        if self.uncased || self.literal || f.suffixed || !matches!(f.measure, Measure::Plain) || f.end != f.first + 1 {
            return false;
        }
        if !self.tok(f.first).is_some_and(|t| t.kind == TokenKind::Number) || !self.name_word_before(f.first) {
            return false;
        }
        // A score (`Packers 30-20`, `Aberdeen 4-1`): two small whole numbers joined by a dash.
        let small = |k: usize| {
            self.tok(k).is_some_and(|t| t.kind == TokenKind::Number)
                && self.text[self.tokens[k].start..self.tokens[k].end].parse::<u32>().is_ok_and(|n| n < 200)
        };
        if self.punct(f.end) == Some('-')
            && self.adjacent(f.first, f.end)
            && self.adjacent(f.end, f.end + 1)
            && small(f.first)
            && small(f.end + 1)
        {
            return false;
        }
        let counts = self.word(f.end).filter(|_| !self.adjacent(f.end - 1, f.end)).is_some_and(|w| {
            PLURALS_WITHOUT_S.contains(&w)
                || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !crate::text::is_stop_word(w))
        });
        !counts
    }

    /// True when the token before `n` is a capitalised word that names something (`Boeing`,
    /// `iPhone`, `P` of `S&P`): see [`Reader::number_in_name`].
    fn name_word_before(&self, n: usize) -> bool {
        if n == 0 {
            return false;
        }
        let w = n - 1;
        let Some(word) = self.word(w) else { return false };
        let raw = self.raw(w);
        if &self.text[self.tokens[w].end..self.tokens[n].start] != " " || !raw.chars().any(char::is_uppercase) {
            return false;
        }
        let opens_sentence = w == 0
            || matches!(self.punct(w - 1), Some('.' | '!' | '?' | ':' | ';' | '"' | '(' | '[' | '-' | '•' | '*'))
            || self.text[self.tokens[w - 1].end..self.tokens[w].start].contains('\n');
        // Text in capitals (`SALES ROSE 500`) names nothing by its case.
        let shouting = raw.len() > 1
            && raw.chars().all(|c| !c.is_lowercase())
            && w > 0
            && self.raw(w - 1).chars().any(char::is_alphabetic)
            && self.raw(w - 1).chars().all(|c| !c.is_lowercase());
        !(opens_sentence
            || shouting
            || word == "i"
            || lookup(MONTHS, word).is_some()
            || WEEKDAYS.contains(&word)
            || lookup(UNITS, word).is_some()
            || lookup(SCALES, word).is_some()
            || lookup(SMALL_NUMBERS, word).is_some()
            || lookup(CURRENCY_NAMES, word).is_some()
            || self.code_word(w).is_some()
            || self.qualifier_before(n).is_some())
    }
}

/// True for qualifiers that set a lower bound (`more than`, `at least`).
fn is_lower(q: Qualifier) -> bool {
    matches!(q, Qualifier::MoreThan | Qualifier::AtLeast)
}

/// `celsius`, `c`, `fahrenheit`, `f` and their misspellings: the scale after `degrees`.
fn is_temperature_scale(w: &str) -> bool {
    matches!(w, "c" | "f") || lookup(UNITS, w).is_some_and(|u| u == "°C" || u == "°F")
}

/// The scale word's factor of a figure (1 when it has none).
fn scale_of(f: &Figure, r: &Reader<'_>) -> Decimal {
    (f.first..f.end)
        .filter_map(|k| r.word(k))
        .find_map(|w| {
            lookup(SCALES, w).or(match w {
                "m" => Some(1_000_000),
                "b" => Some(1_000_000_000),
                _ => None,
            })
        })
        .map_or(Decimal::ONE, Decimal::from)
}

fn qualify(q: Qualifier, value: Decimal, precision: Interval) -> Interval {
    let tenth = value.abs() / Decimal::from(10);
    match q {
        Qualifier::About => {
            let band = Interval::closed(value - tenth, value + tenth);
            Interval {
                low: if precision.low_value().is_some_and(|l| l < value - tenth) { precision.low } else { band.low },
                high: if precision.high_value().is_some_and(|h| h > value + tenth) {
                    precision.high
                } else {
                    band.high
                },
            }
        }
        Qualifier::Nearly => Interval::closed(value - tenth, value),
        Qualifier::MoreThan => Interval { low: Bound::Exclusive(value), high: Bound::Unbounded },
        Qualifier::AtLeast => Interval { low: Bound::Inclusive(value), high: Bound::Unbounded },
        Qualifier::LessThan => Interval { low: Bound::Unbounded, high: Bound::Exclusive(value) },
        Qualifier::AtMost => Interval { low: Bound::Unbounded, high: Bound::Inclusive(value) },
    }
}

/// Reads `12,100`, `12.1`, `1.234,56` and `12,5` (European), returning the value and the
/// number of decimals written.
fn parse_digits(s: &str) -> Option<(Decimal, u32)> {
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let plain: String = if commas > 0 && dots > 0 {
        // Whichever separator comes last is the decimal one.
        if s.rfind(',') > s.rfind('.') { s.replace('.', "").replace(',', ".") } else { s.replace(',', "") }
    } else if commas > 0 {
        let groups: Vec<&str> = s.split(',').collect();
        if groups[1..].iter().all(|g| g.len() == 3) {
            s.replace(',', "")
        } else if commas == 1 {
            s.replace(',', ".")
        } else {
            return None;
        }
    } else if dots > 1 {
        let groups: Vec<&str> = s.split('.').collect();
        if groups[1..].iter().all(|g| g.len() == 3) {
            s.replace('.', "")
        } else {
            return None;
        }
    } else {
        s.to_string()
    };
    let decimals = plain.split_once('.').map_or(0, |(_, f)| f.len() as u32);
    // Figures in text are far below a quadrillion and have few decimals; longer digit runs are
    // codes, and bounding them keeps every later scale and interval within Decimal's range.
    let value = Decimal::from_str(&plain).ok()?;
    (decimals <= 12 && value.abs() < Decimal::from(1_000_000_000_000_000u64)).then_some((value, decimals))
}

#[cfg(test)]
mod tests {
    use super::super::{extract, parse_literal};
    use crate::text::tokenize;

    /// The literal's value as the engine displays it.
    fn lit(s: &str) -> String {
        parse_literal(s).unwrap_or_else(|e| panic!("{s}: {}", e.message)).to_string()
    }

    /// Each mention of `text`: its words and its value.
    fn mentions(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        extract(text, &tokens).into_iter().map(|m| (text[m.start..m.end].to_string(), m.value.to_string())).collect()
    }

    fn values(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|(_, v)| v).collect()
    }

    #[test]
    fn compound_money_and_hundredths() {
        assert_eq!(lit("50 cents"), "USD 0.5 [0.495, 0.505)");
        assert_eq!(lit("470 pence"), "GBP 4.7 [4.695, 4.705)");
        assert_eq!(lit("3 dollars 50 cents"), "USD 3.5 [3.495, 3.505)");
        assert_eq!(lit("thirteen dollars and forty-five cents"), "USD 13.45 [13.445, 13.455)");
        assert_eq!(values("it costs only 15 dollars 50."), ["USD 15.5 [15.495, 15.505)"]);
        // A count after `and` is not cents, nor is the end of a range.
        assert_eq!(values("He paid 40 dollars and 12 students came").len(), 2);
        assert_eq!(values("sold for between $10 and 12.")[0], "USD 11 [9.5, 12.5]");
    }

    #[test]
    fn currencies_by_name_prefix_and_symbol() {
        assert!(lit("c $ 16.4 million").starts_with("CAD 16,400,000"));
        assert!(lit("hk $ 10.05 billion").starts_with("HKD 10,050,000,000"));
        assert!(lit("Mex$ 10 million").starts_with("MXN 10,000,000"));
        assert!(lit("nzd$15").starts_with("NZD 15"));
        assert!(lit("420 million finnish markka").starts_with("FIM 420,000,000"));
        assert!(lit("10,000 swiss francs").starts_with("CHF 10,000"));
        assert!(lit("10 turkish lira").starts_with("TRY 10"));
        assert!(lit("100 ₡").starts_with("CRC 100"));
        assert!(lit("100元").starts_with("CNY 100"));
        assert!(lit("75 USD million").starts_with("USD 75,000,000"));
        assert!(lit("half million usd").starts_with("USD 500,000"));
        assert!(lit("three quarters billion us dollars").starts_with("USD 750,000,000"));
        assert!(lit("35 lakh rupees").starts_with("INR 3,500,000"));
        assert!(lit("one-yen").starts_with("JPY 1 "));
        // `3 USD50`: the code glued to 50 is its currency.
        assert_eq!(mentions("3 USD50 cards")[1].0, "USD50");
        // Pounds after a scale are money; pounds of something are weight.
        assert!(lit("361 million pounds").starts_with("GBP 361,000,000"));
        assert_eq!(values("361 million pounds of pork"), ["361,000,000 [360,500,000, 361,500,000)"]);
        assert_eq!(lit("200 pounds"), "200 [199.5, 200.5) lb");
    }

    #[test]
    fn numbers_in_words_and_digits() {
        assert_eq!(lit("two hundred point zero three"), "200.03 [200.025, 200.035)");
        assert_eq!(lit("nine point nought four"), "9.04 [9.035, 9.045)");
        assert_eq!(lit("two thousand and two hundred"), "2,200 [2,199.5, 2,200.5)");
        assert_eq!(lit("fifty - two"), "52 [51.5, 52.5)");
        assert_eq!(lit("minus one"), "-1 [-1.5, -0.5)");
        assert_eq!(lit("negative ten"), "-10 [-10.5, -9.5)");
        assert_eq!(lit("322 hundred"), "32,200 [32,150, 32,250)");
        assert_eq!(lit("4 thousand 3 hundred and 21"), "4,321 [4,320.5, 4,321.5)");
        assert_eq!(lit("13 lakh"), "1,300,000 [1,250,000, 1,350,000)");
        assert_eq!(lit("three lakh crore"), "3,000,000,000,000 [2,500,000,000,000, 3,500,000,000,000)");
        assert_eq!(lit(".08"), "0.08 [0.075, 0.085)");
        assert_eq!(lit("2.33 k"), "2,330 [2,325, 2,335)");
        assert_eq!(lit("2mil"), "2,000,000 [1,500,000, 2,500,000)");
        assert_eq!(lit("10M"), "10,000,000 [9,500,000, 10,500,000)");
        assert_eq!(
            values("1 234 567 and 40 000"),
            ["1,234,567 [1,234,566.5, 1,234,567.5)", "40,000 [39,999.5, 40,000.5)"]
        );
        // Typographic narrow spaces group digits even once.
        assert_eq!(values("1\u{202f}234"), ["1,234 [1,233.5, 1,234.5)"]);
        // A day before a count, and a year before a number, stay apart.
        assert_eq!(values("On March 3 100 protesters came").len(), 2);
        // Pronouns and idioms are no numbers.
        assert_eq!(values("the one person who knew"), ["1 [0.5, 1.5)"]);
        assert_eq!(values("only one person survived"), ["1 [0.5, 1.5)"]);
        for text in [
            "Which one do you prefer?",
            "No one was hurt",
            "That one is good.",
            "It came to nought",
            "Verizon's 5G network",
        ] {
            assert!(mentions(text).is_empty(), "{text}");
        }
        assert_eq!(values("tested negative two times"), ["2 [1.5, 2.5)"]);
    }

    #[test]
    fn bounds_and_ranges() {
        assert_eq!(lit("200 or more"), "200 [200, inf)");
        assert_eq!(lit("5000 or less"), "5,000 (-inf, 5,000]");
        assert_eq!(lit("65 and over"), "65 [65, inf)");
        assert_eq!(lit("less than or equal to 30"), "30 (-inf, 30]");
        assert_eq!(lit("exceeded 3000"), "3,000 (3,000, inf)");
        assert_eq!(values("greater than 100 and smaller than 300"), ["200 (100, 300)"]);
        assert_eq!(values("at most 100 and at least 20"), ["60 [20, 100]"]);
        // Bounds that do not meet stay two figures.
        assert_eq!(values("more than 40 and less than 10").len(), 2);
        assert_eq!(values("The range is 1000-5000")[0], "3,000 [999.5, 5,000.5]");
        assert_eq!(values("20 through 100")[0], "60 [19.5, 100.5]");
        assert_eq!(values("20~100")[0], "60 [19.5, 100.5]");
        assert_eq!(values("5k-20k")[0], "12,500 [4,500, 20,500]");
        assert_eq!(values("prices ranging from 200 to 3000")[0], "1,600 [199.5, 3,000.5]");
        assert_eq!(values("the increase was from 5% to 7%").len(), 2);
        // A change and a score are not ranges.
        assert_eq!(values("sales rose from 200 to 300").len(), 2);
        assert_eq!(values("the House passed it 218-210").len(), 2);
        assert_eq!(values("a 5-4 ruling").len(), 2);
    }

    #[test]
    fn units_and_temperatures() {
        assert_eq!(lit("3-inch"), "3 [2.5, 3.5) in");
        assert_eq!(lit("six-mile"), "6 [5.5, 6.5) mi");
        assert_eq!(values("the 10 - foot - deep enclosure"), ["10 [9.5, 10.5) ft"]);
        assert_eq!(values("a 28-year-old"), ["28 [27.5, 28.5)"]);
        assert_eq!(values("tests for over 16-year-olds"), ["16 (16, inf)"]);
        assert_eq!(lit("75ml"), "75 [74.5, 75.5) ml");
        assert_eq!(lit("100t"), "100 [99.5, 100.5) t");
        assert_eq!(lit("190 km2"), "190 [189.5, 190.5) km2");
        assert_eq!(lit("120 μg"), "120 [119.5, 120.5) µg");
        assert_eq!(lit("65 µm"), "65 [64.5, 65.5) µm");
        assert_eq!(lit("65 μm"), "65 [64.5, 65.5) µm");
        assert_eq!(lit("65 microns"), "65 [64.5, 65.5) µm");
        assert_eq!(lit("16,000 metric tons"), "16,000 [15,999.5, 16,000.5) t");
        assert_eq!(lit("188 miles an hour"), "188 [187.5, 188.5) mph");
        assert_eq!(lit("10 kilometers per hour"), "10 [9.5, 10.5) km/h");
        assert_eq!(lit("20 (kg)"), "20 [19.5, 20.5) kg");
        assert!(lit("5 ft 2 in").starts_with("5.1666"));
        assert!(mentions("24703m212").is_empty());
        assert_eq!(lit("90 fahrenheit"), "90 [89.5, 90.5) °F");
        assert_eq!(lit("10.5 celcius"), "10.5 [10.45, 10.55) °C");
        assert_eq!(lit("40 deg celsius"), "40 [39.5, 40.5) °C");
        assert_eq!(lit("98 degrees"), "98 [97.5, 98.5) °");
        assert_eq!(lit("85°"), "85 [84.5, 85.5) °");
        assert_eq!(values("six degrees of separation"), ["6 [5.5, 6.5)"]);
        // A number word with a capital inside a name is no figure; a title-case headline keeps
        // its figures.
        assert_eq!(values("Wales lost all five matches in the Six Nations."), ["5 [4.5, 5.5)"]);
        assert_eq!(values("Wales Lose All Five Matches"), ["5 [4.5, 5.5)"]);
        assert_eq!(values("more than 800,000 F-Series pickups"), ["800,000 (800,000, inf)"]);
        assert_eq!(values("PA 23456 F Block"), ["23,456 [23,455.5, 23,456.5)"]);
    }

    #[test]
    fn nothing_in_web_addresses() {
        assert!(mentions("see https://www.test.com/search?q=30%25%2020%").is_empty());
        assert_eq!(values("Visit www.site.com/2019/05 for 30% off"), ["30% [29.5, 30.5)"]);
        // Each paragraph finds the addresses in it, wherever it stands in the text.
        assert_eq!(
            values("Prices rose 5% in May.\n\nSee https://example.com/a%28b/2019 for 12 more.\n\nwww.x.org/40 and 7%"),
            ["5% [4.5, 5.5)", "--05 (year not given)", "12 [11.5, 12.5)", "7% [6.5, 7.5)"]
        );
    }
}
