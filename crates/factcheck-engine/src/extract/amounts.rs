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
    pub(super) fn digits(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
        let t = self.tok(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let (value, decimals) = parse_digits(&t.norm)?;
        let half = Decimal::new(5, decimals + 1);
        Some((value, half, i + 1))
    }

    /// A number written in words (`twelve thousand`, `a dozen`, `twenty-five`).
    pub(super) fn number_words(&self, i: usize) -> Option<(Decimal, Decimal, usize)> {
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
    pub(super) fn figure(&self, i: usize, allow_bare_m: bool) -> Option<Figure> {
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
    pub(super) fn fraction(&self, i: usize) -> Option<(Decimal, usize)> {
        let (a, b) = (self.integer(i)?, self.integer(i + 2)?);
        let glued = self.punct(i + 1) == Some('/') && self.adjacent(i, i + 1) && self.adjacent(i + 1, i + 2);
        let after_date = self.punct(i + 3) == Some('/');
        (glued && !after_date && (1..b).contains(&a) && matches!(b, 2 | 3 | 4 | 8))
            .then(|| (Decimal::from(a) / Decimal::from(b), i + 3))
    }

    /// True for digits that are part of a name or code rather than a figure: `G7`, `F-16`,
    /// `Covid-19`, `1980s`, `3rd`.
    pub(super) fn glued_to_word(&self, i: usize) -> bool {
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
    pub(super) fn currency_after(&self, i: usize) -> Option<(&'static str, usize)> {
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
    pub(super) fn qualifier_before(&self, i: usize) -> Option<(Qualifier, usize)> {
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
    pub(super) fn amount_at(&self, i: usize) -> Option<(Value, usize, usize)> {
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
    Decimal::from_str(&plain).ok().map(|d| (d, decimals))
}
