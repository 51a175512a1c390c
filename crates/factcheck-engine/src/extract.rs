//! Reads numbers, money, percentages, quantities and dates from text. One reader serves claim
//! values and source text, so the same words give the same value on both sides.

use crate::text::{Token, TokenKind, tokenize};
use factcheck_core::{Amount, Bound, DateValue, Interval, Value};
use jiff::civil::Date;
use rust_decimal::Decimal;
use std::str::FromStr;

/// A value found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset where the mention starts (its qualifier included: `more than 40`).
    pub start: usize,
    /// Byte offset after its end.
    pub end: usize,
    /// Index of its first token.
    pub first_token: usize,
    /// Index after its last token.
    pub end_token: usize,
    /// What it means.
    pub value: Value,
}

/// Why a claim value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiteralError {
    /// What went wrong, for the user.
    pub message: String,
}

const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words and suffixes, with their factor; `m` and `b` alone are scales only after a
/// currency (`$500m`), elsewhere `m` is metres.
const SCALES: &[(&str, u64)] = &[
    ("thousand", 1_000),
    ("k", 1_000),
    ("million", 1_000_000),
    ("millions", 1_000_000),
    ("mn", 1_000_000),
    ("mln", 1_000_000),
    ("mm", 1_000_000),
    ("billion", 1_000_000_000),
    ("billions", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("bln", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
    ("tn", 1_000_000_000_000),
    ("trn", 1_000_000_000_000),
];

/// Currency symbols (as punctuation tokens) and their ISO codes.
const CURRENCY_SYMBOLS: &[(char, &str)] =
    &[('$', "USD"), ('€', "EUR"), ('£', "GBP"), ('¥', "JPY"), ('₹', "INR"), ('₽', "RUB"), ('₩', "KRW"), ('₣', "CHF")];

/// Words before `$` that name the dollar (`US$`, `C$`).
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("hk", "HKD"),
    ("nz", "NZD"),
    ("s", "SGD"),
];

/// ISO codes and names written before an amount (`USD 12,100 million`, `Rs 500`).
const CURRENCY_CODES: &[(&str, &str)] = &[
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("inr", "INR"),
    ("rs", "INR"),
    ("chf", "CHF"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("hkd", "HKD"),
    ("rub", "RUB"),
    ("krw", "KRW"),
    ("sek", "SEK"),
    ("nok", "NOK"),
    ("dkk", "DKK"),
    ("brl", "BRL"),
    ("mxn", "MXN"),
    ("zar", "ZAR"),
    ("sgd", "SGD"),
    ("nzd", "NZD"),
    ("musd", "USD"),
];

/// Codes for millions of a currency (`5 MUSD`).
const MILLION_CODES: &[(&str, &str)] = &[("musd", "USD"), ("meur", "EUR"), ("mgbp", "GBP"), ("mchf", "CHF")];

/// Currency names written after an amount (`12.1 billion dollars`).
const CURRENCY_NAMES: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("sterling", "GBP"),
    ("gbp", "GBP"),
    ("yen", "JPY"),
    ("jpy", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("cny", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("inr", "INR"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("chf", "CHF"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("cad", "CAD"),
    ("aud", "AUD"),
];

/// Units written after a number, with their canonical symbol.
const UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("m", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("cm", "cm"),
    ("centimetres", "cm"),
    ("centimeters", "cm"),
    ("mm", "mm"),
    ("millimetres", "mm"),
    ("millimeters", "mm"),
    ("mi", "mi"),
    ("mile", "mi"),
    ("miles", "mi"),
    ("ft", "ft"),
    ("foot", "ft"),
    ("feet", "ft"),
    ("yard", "yd"),
    ("yards", "yd"),
    ("inches", "in"),
    ("inch", "in"),
    ("kg", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilos", "kg"),
    ("g", "g"),
    ("gram", "g"),
    ("grams", "g"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("ton", "t"),
    ("tons", "t"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("pound", "lb"),
    ("pounds", "lb"),
    ("ounce", "oz"),
    ("ounces", "oz"),
    ("oz", "oz"),
    ("mw", "MW"),
    ("megawatt", "MW"),
    ("megawatts", "MW"),
    ("gw", "GW"),
    ("gigawatt", "GW"),
    ("gigawatts", "GW"),
    ("kw", "kW"),
    ("kilowatt", "kW"),
    ("kilowatts", "kW"),
    ("kwh", "kWh"),
    ("mwh", "MWh"),
    ("gwh", "GWh"),
    ("twh", "TWh"),
    ("litre", "l"),
    ("litres", "l"),
    ("liter", "l"),
    ("liters", "l"),
    ("gallon", "gal"),
    ("gallons", "gal"),
    ("barrel", "bbl"),
    ("barrels", "bbl"),
    ("bbl", "bbl"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("ha", "ha"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("mph", "mph"),
    ("kph", "km/h"),
    ("knots", "kn"),
    ("year", "yr"),
    ("years", "yr"),
    ("month", "mo"),
    ("months", "mo"),
    ("week", "wk"),
    ("weeks", "wk"),
    ("day", "d"),
    ("days", "d"),
    ("hour", "h"),
    ("hours", "h"),
    ("minute", "min"),
    ("minutes", "min"),
    ("second", "s"),
    ("seconds", "s"),
    ("kb", "KB"),
    ("kilobyte", "KB"),
    ("kilobytes", "KB"),
    ("mb", "MB"),
    ("megabyte", "MB"),
    ("megabytes", "MB"),
    ("gb", "GB"),
    ("gigabyte", "GB"),
    ("gigabytes", "GB"),
    ("tb", "TB"),
    ("terabyte", "TB"),
    ("terabytes", "TB"),
    ("mbps", "Mbit/s"),
    ("gbps", "Gbit/s"),
];

/// How a word before a figure bends its interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    About,
    Nearly,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

/// Qualifier phrases, longest first so `no more than` wins over `more than`.
const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["close", "to"], Qualifier::Nearly),
    (&["an", "estimated"], Qualifier::About),
    (&["just", "over"], Qualifier::MoreThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["about"], Qualifier::About),
    (&["around"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["estimated"], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["nearly"], Qualifier::Nearly),
    (&["almost"], Qualifier::Nearly),
    (&["~"], Qualifier::About),
];

fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

/// What a figure is a figure of.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Measure {
    Plain,
    Money(Option<String>),
    Percent,
    Unit(String),
}

/// A figure read from tokens, before qualifiers and ranges are applied.
#[derive(Debug, Clone)]
struct Figure {
    first: usize,
    end: usize,
    value: Decimal,
    half: Decimal,
    measure: Measure,
    /// True when a scale, currency, unit or `%` follows the number itself.
    suffixed: bool,
}

/// Reads mentions from the tokens of one text.
struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// A claim value: a bare month (`July`) is a date, not a word.
    literal: bool,
    /// The text has almost no capitals, so `may` and `march` cannot be told from verbs by case.
    uncased: bool,
    /// Tokens that belong to telephone numbers: none of their digits is a figure.
    phone: Vec<bool>,
}

/// Marks the tokens of telephone numbers: runs of three or more digit groups joined by `-`,
/// `.`, brackets or single spaces, with 7 to 15 digits in all and the last group of four
/// (`555-123-4567`, `(212) 555-0100`, `+44 20 7946 0958`).
fn phone_tokens(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut marks = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let mut j = i;
        let mut groups: Vec<usize> = Vec::new();
        while j < tokens.len() {
            let t = &tokens[j];
            let joined = j == i || t.start <= tokens[j - 1].end + 1 && !text[tokens[j - 1].end..t.start].contains('\n');
            if !joined {
                break;
            }
            match t.kind {
                TokenKind::Number if t.norm.bytes().all(|b| b.is_ascii_digit()) => groups.push(t.norm.len()),
                TokenKind::Punct if matches!(t.punct(), Some('-' | '(' | ')' | '+' | '.')) => {}
                _ => break,
            }
            j += 1;
        }
        let digits: usize = groups.iter().sum();
        if groups.len() >= 3
            && (7..=15).contains(&digits)
            && groups.last() == Some(&4)
            && groups.iter().all(|g| *g <= 4)
        {
            marks[i..j].iter_mut().for_each(|m| *m = true);
            i = j;
        } else {
            i += 1;
        }
    }
    marks
}

impl<'a> Reader<'a> {
    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.tokens.get(i)
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.tok(i).and_then(Token::word)
    }

    fn punct(&self, i: usize) -> Option<char> {
        self.tok(i).and_then(Token::punct)
    }

    fn adjacent(&self, a: usize, b: usize) -> bool {
        matches!((self.tok(a), self.tok(b)), (Some(x), Some(y)) if x.end == y.start)
    }

    fn raw(&self, i: usize) -> &'a str {
        self.tok(i).map_or("", |t| &self.text[t.start..t.end])
    }

    fn is_dash(&self, i: usize) -> bool {
        self.punct(i) == Some('-')
    }

    /// A plain integer token without separators.
    fn integer(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number || !t.norm.bytes().all(|b| b.is_ascii_digit()) || t.norm.len() > 9 {
            return None;
        }
        t.norm.parse().ok()
    }

    /// A day of a month (`9`, `9th`), returning the day and the index after it.
    fn day(&self, i: usize) -> Option<(i8, usize)> {
        let n = self.integer(i)?;
        if !(1..=31).contains(&n) || self.raw(i).len() > 2 {
            return None;
        }
        let mut next = i + 1;
        if self.adjacent(i, next) && matches!(self.word(next), Some("st" | "nd" | "rd" | "th")) {
            next += 1;
        }
        Some((n as i8, next))
    }

    /// A four-digit year.
    fn year(&self, i: usize) -> Option<i16> {
        let n = self.integer(i)?;
        (self.raw(i).len() == 4 && (1000..=2999).contains(&n)).then_some(n as i16)
    }

    /// A month name at `i`, returning the month and the index after it (and its period).
    fn month(&self, i: usize) -> Option<(i8, usize)> {
        let w = self.word(i)?;
        let m = lookup(MONTHS, w)?;
        let raw = self.raw(i);
        let mut next = i + 1;
        let abbreviated = w.len() <= 4 && !matches!(w, "may" | "june" | "july");
        if abbreviated && self.punct(next) == Some('.') && self.adjacent(i, next) {
            next += 1;
        }
        // `may` and `march` are verbs too: only a capitalised one is a month, unless the text
        // has no case at all.
        if matches!(w, "may" | "march" | "mar") && !self.uncased && !raw.starts_with(char::is_uppercase) {
            return None;
        }
        Some((m, next))
    }

    fn date_at(&self, i: usize) -> Option<(DateValue, usize)> {
        if let Some(found) = self.iso_date(i).or_else(|| self.slash_date(i)) {
            return Some(found);
        }
        if let Some((month, after_month)) = self.month(i) {
            // Month day[-day][, year]
            if let Some((day, mut next)) = self.day(after_month)
                && !matches!(self.word(next), Some(w) if lookup(SCALES, w).is_some() || lookup(UNITS, w).is_some())
                && self.punct(next) != Some('%')
            {
                let mut last = day;
                if let Some((d2, n2)) = self.range_day(next, day) {
                    last = d2;
                    next = n2;
                }
                let comma = usize::from(self.punct(next) == Some(','));
                if let Some(year) = self.year(next + comma) {
                    return Some((span(year, month, day, last)?, next + comma + 1));
                }
                return Some((DateValue::Yearless { month, first_day: day, last_day: last }, next));
            }
            // Month [,|of] year
            let gap = usize::from(self.punct(after_month) == Some(',') || self.word(after_month) == Some("of"));
            if let Some(year) = self.year(after_month + gap) {
                return Some((span(year, month, 1, 31)?, after_month + gap + 1));
            }
            // A bare month after a preposition (`in July`), or as a whole claim value.
            let before = i.checked_sub(1).and_then(|b| self.word(b));
            let after_preposition = matches!(
                before,
                Some(
                    "in" | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "from"
                        | "during"
                        | "through"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                        | "before"
                        | "after"
                        | "of"
                )
            );
            if (self.literal || after_preposition) && self.tok(i).is_some_and(|t| t.norm.len() > 3 || self.literal) {
                return Some((DateValue::Yearless { month, first_day: 1, last_day: 31 }, after_month));
            }
            return None;
        }
        // day[-day] [of] Month [year]
        if let Some((day, next)) = self.day(i) {
            let (last, next) = self.range_day(next, day).unwrap_or((day, next));
            let of = usize::from(self.word(next) == Some("of"));
            if let Some((month, after_month)) = self.month(next + of) {
                let comma = usize::from(self.punct(after_month) == Some(','));
                if let Some(year) = self.year(after_month + comma) {
                    return Some((span(year, month, day, last)?, after_month + comma + 1));
                }
                return Some((DateValue::Yearless { month, first_day: day, last_day: last }, after_month));
            }
        }
        // A year on its own.
        let year = self.year(i)?;
        if !(1800..=2100).contains(&year) {
            return None;
        }
        let next = i + 1;
        // `1980s` is a decade, `2011 dollars` or `2011%` are not years.
        if self.adjacent(i, next) && self.word(next).is_some() {
            return None;
        }
        if let Some(w) = self.word(next)
            && (lookup(SCALES, w).is_some()
                || lookup(CURRENCY_NAMES, w).is_some()
                || lookup(UNITS, w).is_some()
                || matches!(w, "percent" | "per" | "pct"))
        {
            return None;
        }
        if self.punct(next) == Some('%') || (i > 0 && self.currency_before(i - 1).is_some()) {
            return None;
        }
        if self.punct(next) == Some(',') && self.integer(next + 1).is_some() && self.adjacent(i, next) {
            return None;
        }
        span(year, 1, 1, 31).map(|_| {
            let start = Date::new(year, 1, 1).ok();
            let end = Date::new(year, 12, 31).ok();
            (DateValue::Span { start: start.unwrap_or_default(), end: end.unwrap_or_default() }, next)
        })
    }

    /// `-16`, `and 16`, `to 16`, `through 16` after a day: the last day of a range.
    fn range_day(&self, i: usize, first: i8) -> Option<(i8, usize)> {
        let joined = self.is_dash(i) || matches!(self.word(i), Some("and" | "to" | "through" | "until"));
        if !joined {
            return None;
        }
        let (d2, next) = self.day(i + 1)?;
        // `June 15 and 16 people` is not a range of days.
        if d2 <= first
            || matches!(self.word(next), Some(w) if lookup(UNITS, w).is_some() || lookup(SCALES, w).is_some())
        {
            return None;
        }
        Some((d2, next))
    }

    /// `7/9/2024` (month first, as in US news) and `2024/07/09`.
    fn slash_date(&self, i: usize) -> Option<(DateValue, usize)> {
        if !(self.punct(i + 1) == Some('/')
            && self.punct(i + 3) == Some('/')
            && (i..i + 4).all(|k| self.adjacent(k, k + 1)))
        {
            return None;
        }
        let (a, b, c) = (self.integer(i)?, self.integer(i + 2)?, self.integer(i + 4)?);
        let (year, month, day) = if self.raw(i).len() == 4 {
            (a, b, c)
        } else if self.raw(i + 4).len() == 4 {
            (c, a, b)
        } else if self.raw(i + 4).len() == 2 {
            (2000 + c, a, b)
        } else {
            return None;
        };
        let date = Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
        Some((DateValue::Span { start: date, end: date }, i + 5))
    }

    /// `2024-07-09`.
    fn iso_date(&self, i: usize) -> Option<(DateValue, usize)> {
        let year = self.year(i)?;
        if !(self.is_dash(i + 1) && self.is_dash(i + 3) && (i..i + 4).all(|k| self.adjacent(k, k + 1))) {
            return None;
        }
        if self.raw(i + 2).len() != 2 || self.raw(i + 4).len() != 2 {
            return None;
        }
        let month = self.integer(i + 2)? as i8;
        let day = self.integer(i + 4)? as i8;
        let date = Date::new(year, month, day).ok()?;
        Some((DateValue::Span { start: date, end: date }, i + 5))
    }

    /// A currency named just before token `i`'s figure: `$`, `US$`, `USD`, `€`. Returns the ISO
    /// code and the index of the currency's first token.
    fn currency_before(&self, i: usize) -> Option<(String, usize)> {
        if let Some(c) = self.punct(i) {
            let code = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == c)?.1;
            if c == '$'
                && i > 0
                && self.adjacent(i - 1, i)
                && let Some(prefix) = self.word(i - 1).and_then(|w| lookup(DOLLAR_PREFIXES, w))
            {
                return Some((prefix.to_string(), i - 1));
            }
            return Some((code.to_string(), i));
        }
        let w = self.word(i)?;
        let code = lookup(CURRENCY_CODES, w)?;
        // `rs` and other short codes only count in capitals or right before the figure.
        Some((code.to_string(), i))
    }

    /// A number written in digits, with an optional sign: value, half its last digit's unit,
    /// and the index after it.
    fn digits(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let (value, decimals) = parse_digits(&t.norm)?;
        let half = Decimal::new(5, decimals + 1);
        Some((value, half, i + 1))
    }

    /// A number written in words (`twelve thousand`, `a dozen`, `twenty-five`).
    fn number_words(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
        let mut j = i;
        let mut total: u64 = 0;
        let mut group: u64 = 0;
        let mut any = false;
        let mut last_scale: u64 = 1;
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
                // twenty-five
                if n >= 20
                    && n % 10 == 0
                    && self.is_dash(j)
                    && self.adjacent(j - 1, j)
                    && let Some(unit) = self.word(j + 1).and_then(|u| lookup(SMALL_NUMBERS, u)).filter(|u| *u < 10)
                {
                    group += unit as u64;
                    j += 2;
                }
                continue;
            }
            // `half a million`, `half a dozen`.
            if w == "half" && !any && matches!(self.word(j + 1), Some("a" | "an")) {
                let scale = match self.word(j + 2) {
                    Some("dozen") => Some(12),
                    Some(s) => matches!(s, "million" | "billion" | "trillion").then(|| lookup(SCALES, s)).flatten(),
                    None => None,
                };
                if let Some(scale) = scale {
                    let value = Decimal::from(scale) / Decimal::from(2);
                    let half = if scale == 12 { Decimal::new(5, 1) } else { value / Decimal::from(10) };
                    return Some((value, half, j + 3));
                }
                break;
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
            if w == "dozen" && any {
                group *= 12;
                j += 1;
                continue;
            }
            if w == "hundred" && any {
                group *= 100;
                j += 1;
                continue;
            }
            if w == "and" && any && self.word(j + 1).and_then(|u| lookup(SMALL_NUMBERS, u)).is_some() && group >= 100 {
                j += 1;
                continue;
            }
            if let Some(scale) =
                matches!(w, "thousand" | "million" | "billion" | "trillion").then(|| lookup(SCALES, w)).flatten()
                && any
            {
                total += group.max(1) * scale;
                group = 0;
                last_scale = scale;
                j += 1;
                continue;
            }
            break;
        }
        if !any {
            return None;
        }
        let value = Decimal::from(total + group);
        let half = Decimal::from(last_scale) / Decimal::from(2);
        Some((value, half, j))
    }

    /// A figure starting at `i`: currency, number, scale, and what follows it (`%`, a unit, a
    /// currency name).
    fn figure(&self, i: usize, allow_bare_m: bool) -> Option<Figure> {
        let mut j = i;
        let mut measure = Measure::Plain;
        // A sign: `-5` (a dash glued to the number, not to a word before it) or `minus 5`.
        let number_next = self.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Number);
        // A sign glued to what follows and not to a word before it: `-5`, `-$5 million`, `+12%`.
        let sign = self.punct(j).filter(|c| matches!(c, '-' | '+'));
        let currency_next = self.punct(j + 1).is_some_and(|c| CURRENCY_SYMBOLS.iter().any(|(s, _)| *s == c));
        let glued_sign = sign.is_some()
            && self.adjacent(j, j + 1)
            && (j == 0 || !self.adjacent(j - 1, j))
            && (number_next || currency_next);
        let negative = (glued_sign && sign == Some('-')) || (number_next && self.word(j) == Some("minus"));
        if glued_sign || negative {
            j += 1;
        }
        let mut negative = negative;
        if let Some((code, _)) = self.currency_before(j)
            && (self.tok(j + 1).is_some_and(|t| t.kind == TokenKind::Number) || self.number_words(j + 1).is_some())
        {
            // `US$` is two tokens: the prefix word was already passed by the caller.
            measure = Measure::Money(Some(code));
            j += 1;
            if self.punct(j) == Some('-') && self.adjacent(j, j + 1) {
                negative = true;
                j += 1;
            }
        } else if self.word(j).is_some_and(|w| lookup(DOLLAR_PREFIXES, w).is_some())
            && self.punct(j + 1) == Some('$')
            && self.adjacent(j, j + 1)
        {
            return self.figure(j + 1, allow_bare_m).map(|f| Figure { first: i, ..f });
        }
        if self.tok(j).is_some_and(|t| t.kind == TokenKind::Number) && self.glued_to_word(j) {
            return None;
        }
        if self.phone.get(j).copied().unwrap_or(false) {
            return None;
        }
        let (mut value, mut half, mut next) = match self.fraction(j) {
            Some((v, n)) => (v, Decimal::ZERO, n),
            None => self.digits(j).or_else(|| self.number_words(j))?,
        };
        // `2 1/2`: a whole number and a fraction.
        if let Some((f, n)) = self.fraction(next)
            && !self.adjacent(next - 1, next)
            && half == Decimal::new(5, 1)
        {
            value += f;
            half = Decimal::ZERO;
            next = n;
        }
        let number_end = next;
        let mut suffixed = false;
        // Scale: `billion`, `bn`, `B` (after a currency), `k`.
        if let Some(w) = self.word(next) {
            let attached = self.adjacent(next - 1, next);
            // Money before (`$500m`) or a currency name after (`1m dollars`).
            let is_money = matches!(measure, Measure::Money(_)) || self.currency_after(next + 1).is_some();
            let scale = lookup(SCALES, w)
                .filter(|_| w != "mm" || is_money)
                .filter(|_| w != "k" || attached || is_money)
                .or_else(|| match w {
                    "m" if is_money || (attached && allow_bare_m && self.raw(next) == "M") => Some(1_000_000),
                    "b" if is_money || attached => Some(1_000_000_000),
                    "t" if is_money && attached => Some(1_000_000_000_000),
                    _ => None,
                });
            if let Some(scale) = scale {
                value *= Decimal::from(scale);
                half *= Decimal::from(scale);
                next += 1;
                suffixed = true;
            }
        }
        // What follows: `%`, `percent`, a currency (`1.234,56 €`, `5 MUSD`), a unit.
        let symbol_after =
            self.punct(next).and_then(|c| CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == c)).map(|(_, code)| *code);
        if self.punct(next) == Some('%') {
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
            value *= Decimal::from(1_000_000);
            half *= Decimal::from(1_000_000);
            next += 1;
            suffixed = true;
        } else if let Some(w) = self.word(next) {
            if matches!(self.raw(next), "F" | "C") && matches!(measure, Measure::Plain) {
                // `minus 195 F`: a capital F or C after a figure is a temperature.
                measure = Measure::Unit(if self.raw(next) == "C" { "°C".into() } else { "°F".into() });
                next += 1;
                suffixed = true;
            } else if matches!(w, "percent" | "pct" | "percentage") {
                measure = Measure::Percent;
                next += 1;
                if matches!(self.word(next), Some("point" | "points")) && w == "percentage" {
                    next += 1;
                }
                suffixed = true;
            } else if w == "per" && self.word(next + 1) == Some("cent") {
                measure = Measure::Percent;
                next += 2;
                suffixed = true;
            } else if matches!(measure, Measure::Plain)
                && let Some(code) = self.currency_after(next)
            {
                measure = Measure::Money(Some(code.0.to_string()));
                next = code.1;
                suffixed = true;
            } else if matches!(measure, Measure::Plain)
                && let Some(unit) = lookup(UNITS, w)
                && (w != "m" || !allow_bare_m || self.raw(next) == "m")
                && !(self.word(next + 1) == Some("of") && matches!(w, "pound" | "pounds" | "ton" | "tons"))
            {
                measure = Measure::Unit(unit.to_string());
                next += 1;
                suffixed = true;
                if matches!(unit, "mi" | "km" | "m")
                    && self.punct(next) == Some('/')
                    && self.word(next + 1) == Some("h")
                {
                    measure = Measure::Unit(if unit == "mi" { "mph".into() } else { "km/h".into() });
                    next += 2;
                }
            } else if (w == "degrees" || w == "degree")
                && let Some(scale) = self.word(next + 1).filter(|s| matches!(*s, "celsius" | "c" | "fahrenheit" | "f"))
            {
                measure = Measure::Unit(if scale.starts_with('c') { "°C".into() } else { "°F".into() });
                next += 2;
                suffixed = true;
            }
        } else if self.punct(next) == Some('°') {
            let scale = self.word(next + 1);
            if matches!(scale, Some("c" | "f")) {
                measure = Measure::Unit(if scale == Some("c") { "°C".into() } else { "°F".into() });
                next += 2;
                suffixed = true;
            }
        }
        // Areas and volumes (`square miles`, `square nautical miles`, `cubic metres`), and
        // nautical miles.
        if matches!(measure, Measure::Plain) {
            let mut j = next;
            let power = match self.word(j) {
                Some("square" | "sq") => Some("2"),
                Some("cubic") => Some("3"),
                _ => None,
            };
            if power.is_some() {
                j += 1;
            }
            let nautical = self.word(j) == Some("nautical");
            if nautical {
                j += 1;
            }
            if (power.is_some() || nautical)
                && let Some(unit) = self.word(j).and_then(|u| lookup(UNITS, u))
            {
                let unit = if nautical && unit == "mi" { "nmi" } else { unit };
                measure = Measure::Unit(format!("{unit}{}", power.unwrap_or("")));
                next = j + 1;
                suffixed = true;
            }
        }
        let _ = number_end;
        if negative {
            value = -value;
        }
        Some(Figure { first: i, end: next, value, half, measure, suffixed })
    }

    /// A common fraction at `i` (`1/2`, `3/4`): its value and the index after it.
    fn fraction(&self, i: usize) -> Option<(Decimal, usize)> {
        let (a, b) = (self.integer(i)?, self.integer(i + 2)?);
        let glued = self.punct(i + 1) == Some('/') && self.adjacent(i, i + 1) && self.adjacent(i + 1, i + 2);
        let after_date = self.punct(i + 3) == Some('/');
        (glued && !after_date && (1..b).contains(&a) && matches!(b, 2 | 3 | 4 | 8))
            .then(|| (Decimal::from(a) / Decimal::from(b), i + 3))
    }

    /// True for digits that are part of a name or code rather than a figure: `G7`, `F-16`,
    /// `Covid-19`, `1980s`, `3rd`.
    fn glued_to_word(&self, i: usize) -> bool {
        let before_word = i > 0
            && self.adjacent(i - 1, i)
            && self
                .word(i - 1)
                .is_some_and(|w| lookup(CURRENCY_CODES, w).is_none() && lookup(DOLLAR_PREFIXES, w).is_none());
        let before_hyphenated = i > 1
            && self.is_dash(i - 1)
            && self.adjacent(i - 1, i)
            && self.adjacent(i - 2, i - 1)
            && self.word(i - 2).is_some();
        let after_word = self.adjacent(i, i + 1)
            && self.word(i + 1).is_some_and(|w| {
                lookup(SCALES, w).is_none()
                    && lookup(UNITS, w).is_none_or(|_| w == "s")
                    && lookup(CURRENCY_NAMES, w).is_none()
                    && !matches!(w, "m" | "b" | "t" | "pct")
            });
        before_word || before_hyphenated || after_word
    }

    /// A currency name after a figure (`dollars`, `US dollars`, `euros`, `USD`).
    fn currency_after(&self, i: usize) -> Option<(&'static str, usize)> {
        let w = self.word(i)?;
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
        lookup(CURRENCY_NAMES, w).map(|c| (c, i + 1))
    }

    /// The qualifier phrase ending just before token `i`, with its first token.
    fn qualifier_before(&self, i: usize) -> Option<(Qualifier, usize)> {
        for (words, q) in QUALIFIERS {
            let n = words.len();
            if i < n {
                continue;
            }
            let matches = words.iter().enumerate().all(|(k, w)| {
                let idx = i - n + k;
                self.word(idx) == Some(*w) || (*w == "~" && self.punct(idx) == Some('~'))
            });
            if matches {
                return Some((*q, i - n));
            }
        }
        None
    }

    /// A money amount, percentage, quantity or number at `i`, with qualifiers and ranges.
    fn amount_at(&self, i: usize) -> Option<(Value, usize, usize)> {
        let first = self.figure(i, self.literal)?;
        let mut end = first.end;
        let mut interval = Interval::rounded(first.value, first.half);
        let mut value = first.value;
        let mut measure = first.measure.clone();
        let mut start_tok = first.first;
        // A range: `$10-12 billion`, `10 to 12 percent`, `between 80% and 90%`.
        let between = i > 0 && self.word(i - 1) == Some("between");
        let joiner = (between && self.word(end) == Some("and")) || self.is_dash(end) || self.word(end) == Some("to");
        if joiner
            && let Some(second) = self.figure(end + 1, self.literal)
            && (between
                || (!first.suffixed && second.suffixed)
                || (self.is_dash(end) && first.measure == second.measure && first.suffixed))
            && (matches!(first.measure, Measure::Plain)
                || first.measure == second.measure
                || matches!(second.measure, Measure::Plain))
            && !(self.is_dash(end) && !second.suffixed && !between)
        {
            let (low_value, low_half) = if first.suffixed || first.value.is_zero() {
                (first.value, first.half)
            } else {
                // `$10-12 billion`: the first number takes the second's scale.
                let scale = scale_of(&second, self);
                (first.value * scale, first.half * scale)
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
                if between {
                    start_tok = i - 1;
                }
            }
        } else if let Some((q, q_start)) = self.qualifier_before(first.first) {
            // A qualifier is not taken with a range.
            interval = qualify(q, value, interval);
            start_tok = q_start;
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

    fn read(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            let found = if let Some((date, end)) = self.date_at(i) {
                Some((Value::Date(date), i, end))
            } else {
                self.amount_at(i)
            };
            match found {
                Some((value, first, end)) if end > i => {
                    // A qualifier can reach back over tokens already passed; never over a
                    // mention already taken.
                    let first = first.max(out.last().map_or(0, |m: &Mention| m.end_token));
                    out.push(Mention {
                        start: self.tokens[first].start,
                        end: self.tokens[end - 1].end,
                        first_token: first,
                        end_token: end,
                        value,
                    });
                    i = end;
                }
                _ => i += 1,
            }
        }
        out
    }
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

/// The span of days `first..=last` of `month` in `year`; `None` for days that do not exist.
fn span(year: i16, month: i8, first: i8, last: i8) -> Option<DateValue> {
    let start = Date::new(year, month, first).ok()?;
    let last = if last == 31 { start.days_in_month() } else { last };
    let end = Date::new(year, month, last).ok()?;
    Some(DateValue::Span { start, end })
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
    Decimal::from_str(&plain).ok().map(|d| (d, decimals))
}

/// Finds every number, money amount, percentage, quantity and date in `tokens` of `text`, in
/// order and not overlapping.
pub fn extract(text: &str, tokens: &[Token]) -> Vec<Mention> {
    Reader { text, tokens, literal: false, uncased: is_uncased(text), phone: phone_tokens(text, tokens) }.read()
}

fn is_uncased(text: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters > 0 && upper * 200 < letters
}

/// Reads a claim's value: a typed value when the whole literal is one figure or date, text
/// otherwise. A literal that starts like a figure (a digit, a sign, a currency symbol) but is
/// not one is an error, not text.
pub fn parse_literal(literal: &str) -> Result<Value, LiteralError> {
    let trimmed = literal.trim().trim_end_matches('.');
    let tokens = tokenize(trimmed);
    if tokens.is_empty() {
        return Err(LiteralError { message: "the value is empty".into() });
    }
    let reader = Reader { text: trimmed, tokens: &tokens, literal: true, uncased: true, phone: Vec::new() };
    // A qualifier or `between` may open the literal: read the figure after it, and keep it
    // when its qualifier reaches back to the first token.
    let whole = reader.date_at(0).map(|(d, end)| (Value::Date(d), end)).or_else(|| {
        let mut fallback = None;
        for k in 0..4.min(tokens.len()) {
            if let Some((v, first, end)) = reader.amount_at(k) {
                if first == 0 && end == tokens.len() {
                    return Some((v, end));
                }
                if k == 0 {
                    fallback = Some((v, end));
                }
            }
        }
        fallback
    });
    if let Some((value, end)) = &whole
        && *end == tokens.len()
    {
        return Ok(value.clone());
    }
    // A figure followed by what it counts (`1,000 bitcoin`, `500 soldiers`): the figure, as the
    // source would write it before the same words.
    if let Some((value, end)) = &whole
        && *end > 0
        && tokens[*end].start > tokens[*end - 1].end
        && tokens.len() - end <= 4
        && tokens[*end..].iter().all(|t| t.kind == TokenKind::Word)
    {
        return Ok(value.clone());
    }
    let looks_numeric = trimmed
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '₹' | '+' | '-' | '−' | '.'));
    if looks_numeric {
        let kind = match &whole {
            Some((v, end)) => {
                format!("reads as {} {} but `{}` follows", v.kind().name(), v, trimmed[tokens[*end].start..].trim())
            }
            None => "is not a number, amount, percentage, quantity or date".to_string(),
        };
        return Err(LiteralError { message: format!("`{trimmed}` {kind}") });
    }
    Ok(Value::Text(trimmed.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::dec;

    fn lit(s: &str) -> Value {
        parse_literal(s).unwrap_or_else(|e| panic!("{s}: {}", e.message))
    }

    fn money(s: &str) -> (String, Decimal, Interval) {
        match lit(s) {
            Value::Money { currency, amount } => (currency.unwrap_or_default(), amount.value, amount.interval),
            other => panic!("{s} read as {other:?}"),
        }
    }

    fn mentions(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        extract(text, &tokens).into_iter().map(|m| (text[m.start..m.end].to_string(), m.value.to_string())).collect()
    }

    #[test]
    fn money_notations_agree() {
        let expected = ("USD".to_string(), dec!(12100000000));
        for s in ["$12.1B", "$12.1 billion", "US$12.1bn", "12.1 billion dollars", "USD 12.1 billion", "$12.1bn"] {
            let (c, v, i) = money(s);
            assert_eq!((c, v), expected, "{s}");
            assert_eq!(i, Interval::rounded(dec!(12100000000), dec!(50000000)), "{s}");
        }
        let (c, v, i) = money("USD 12,100 million");
        assert_eq!((c.as_str(), v), ("USD", dec!(12100000000)));
        assert!(i.overlaps(&money("$12.1B").2));
        assert_eq!(money("¥1.8tn").0, "JPY");
        assert_eq!(money("¥1.8tn").1, dec!(1800000000000));
        assert_eq!(money("€500m").1, dec!(500000000));
        assert_eq!(money("£2,000").1, dec!(2000));
        assert_eq!(money("USD34.6 million").1, dec!(34600000));
        assert_eq!(money("US$4.7 billion").1, dec!(4700000000));
        assert_eq!(money("$1MM").1, dec!(1000000));
    }

    #[test]
    fn precision_gives_the_interval() {
        let (_, _, twelve) = money("$12 billion");
        assert_eq!(twelve, Interval::rounded(dec!(12000000000), dec!(500000000)));
    }

    #[test]
    fn percent_number_quantity() {
        assert_eq!(
            lit("12%"),
            Value::Percent(Amount { value: dec!(12), interval: Interval::rounded(dec!(12), dec!(0.5)) })
        );
        assert_eq!(lit("12 percent").to_string(), lit("12%").to_string());
        assert_eq!(lit("12.5 per cent").to_string(), "12.5% [12.45, 12.55)");
        assert_eq!(lit("1,200").to_string(), "1,200 [1,199.5, 1,200.5)");
        assert_eq!(lit("1.2 million").to_string(), "1,200,000 [1,150,000, 1,250,000)");
        assert_eq!(lit("three").to_string(), "3 [2.5, 3.5)");
        assert_eq!(lit("twelve thousand").to_string(), "12,000 [11,500, 12,500)");
        assert_eq!(lit("a dozen").to_string(), "12 [11.5, 12.5)");
        assert_eq!(lit("twenty-five").to_string(), "25 [24.5, 25.5)");
        assert_eq!(lit("40 km").to_string(), "40 [39.5, 40.5) km");
        assert_eq!(lit("3.5 tonnes").to_string(), "3.5 [3.45, 3.55) t");
        assert_eq!(lit("1,000 MW").to_string(), "1,000 [999.5, 1,000.5) MW");
        assert_eq!(lit("20 miles").to_string(), "20 [19.5, 20.5) mi");
        assert_eq!(lit("1,953Kb").to_string(), "1,953 [1,952.5, 1,953.5) KB");
        assert_eq!(lit("minus 80 degrees Fahrenheit").to_string(), "-80 [-80.5, -79.5) °F");
        assert_eq!(lit("-125 C").to_string(), "-125 [-125.5, -124.5) °C");
        assert_eq!(lit("half a million").to_string(), "500,000 [450,000, 550,000)");
        assert_eq!(lit("almost half a million").to_string(), "500,000 [450,000, 500,000]");
        assert_eq!(lit("10,000 square nautical miles").to_string(), "10,000 [9,999.5, 10,000.5) nmi2");
        assert_eq!(lit("1.234,56").to_string(), "1,234.56 [1,234.555, 1,234.565)");
    }

    #[test]
    fn dates() {
        assert_eq!(lit("2024-07-09").to_string(), "2024-07-09");
        assert_eq!(lit("July 9").to_string(), "--07-09 (year not given)");
        assert_eq!(lit("9 July 2024").to_string(), "2024-07-09");
        assert_eq!(lit("Feb. 24, 2022").to_string(), "2022-02-24");
        assert_eq!(lit("February 2022").to_string(), "2022-02-01..2022-02-28");
        assert_eq!(lit("2011").to_string(), "2011-01-01..2011-12-31");
        assert_eq!(lit("June 15-16").to_string(), "--06-15..--06-16 (year not given)");
        assert_eq!(lit("June 15 and 16").to_string(), "--06-15..--06-16 (year not given)");
        assert_eq!(lit("July 9th, 2024").to_string(), "2024-07-09");
    }

    #[test]
    fn qualifiers_bend_the_interval() {
        assert_eq!(lit("more than 40").to_string(), "40 (40, inf)");
        assert_eq!(lit("at least 40").to_string(), "40 [40, inf)");
        assert_eq!(lit("up to $5 billion").to_string(), "USD 5,000,000,000 (-inf, 5,000,000,000]");
        assert_eq!(lit("about 50").to_string(), "50 [45, 55]");
        assert_eq!(lit("nearly 50").to_string(), "50 [45, 50]");
    }

    #[test]
    fn ranges() {
        assert_eq!(lit("$10-12 billion").to_string(), "USD 11,000,000,000 [9,500,000,000, 12,500,000,000]");
        assert_eq!(mentions("between 80% and 90% of voters")[0].1, "85% [79.5, 90.5]");
        // A score is two numbers.
        assert_eq!(mentions("won 28-24 on Sunday").len(), 2);
    }

    #[test]
    fn text_and_errors() {
        assert_eq!(lit("Washington"), Value::Text("Washington".into()));
        assert_eq!(lit("F-16"), Value::Text("F-16".into()));
        assert!(parse_literal("$12.1X").is_err());
        assert_eq!(lit("1,000 bitcoin").to_string(), "1,000 [999.5, 1,000.5)");
        assert!(parse_literal("12.1.1.1").is_err());
        assert!(parse_literal("").is_err());
    }

    #[test]
    fn reads_figures_in_running_text() {
        let text = "Japan’s aid, totaling $12.1 billion since the onset of Russia’s invasion in February 2022, \
                    and the summit in Washington on July 9. Talks on June 15 and 16 drew more than 40 nations \
                    and 12% of voters; the Fukushima crisis of 2011 may recur.";
        let found = mentions(text);
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            ["$12.1 billion", "February 2022", "July 9", "June 15 and 16", "more than 40", "12%", "2011"]
        );
    }

    #[test]
    fn not_amounts() {
        assert!(mentions("the 1980s").is_empty());
        assert_eq!(mentions("one of the nations"), vec![]);
        assert_eq!(mentions("It may rain in May 2020.")[0].0, "May 2020");
    }
}
