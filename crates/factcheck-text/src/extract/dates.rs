//! Dates: `July 9`, `9 July 2024`, `Feb. 24, 2022`, `February 2022`, years, quarters, ranges
//! of days, ISO and numeric dates (`2024-07-09`, `21/04/2016`, `13.5.2015`, `05-aug-2016`),
//! days in words (`fourth of May`, `May twenty-first`) and ranges of two dates
//! (`2014-2018`, `from May to Oct 2020`, `between Feb 1st and March 2019`).
//!
//! A date is read in pieces first (a day, a month, a year, a quarter, a decade, a part of one
//! of these, each possibly without month or year), then two pieces joined by `to`, `-`,
//! `through`, ... become one span, the first borrowing a missing month and year from the second
//! (`Oct. 2 to October 22, 2016`). Two ends without a year make a yearless span, across months
//! too (`from August to October`, `from November to February`), which `as_of` resolves.
//!
//! - Decades: `the 1990s`, `1990's`, `the '90s` are 1990-01-01..1999-12-31; a two-digit decade
//!   takes its century as two-digit years do (`'90s` the 1990s, `'20s` the 2020s). `1000s of`
//!   is a count, not a decade.
//! - Parts of a period: `early`, `the beginning of`, `the start of` name its first third; `mid`,
//!   `the middle of` its middle third; `late`, `the end of` its last third. Thirds of a month
//!   are days 1-10, 11-20 and 21 to its end (`mid-November` is November 11-20); of a year, its
//!   months (`late 2014` is September to December, `mid-2014` May to August); of a decade, 40
//!   months (`the late 1990s` is 1996-09-01..1999-12-31). A part stands only before a period
//!   (`the late president`, `early voting` and `mid` alone are not dates).
//! - Fiscal years: `fiscal 2015`, `fiscal year 2015`, `FY2023`, `FY 2023`, `FY23`, `the 2015
//!   fiscal year` are [`DateValue::Fiscal`], compared only with fiscal years. `FY2015-16` names
//!   two years and is not read.

use super::Reader;
use super::lexicon::{CURRENCY_NAMES, MONTHS, PERIOD_PARTS, SCALES, SMALL_NUMBERS, UNITS};
use super::lookup;
use crate::text::TokenKind;
use factcheck_core::DateValue;
use jiff::civil::Date;

/// Days of the month as ordinal words; `twenty-first` is `twenty` and `first`.
const ORDINAL_DAYS: &[(&str, i8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Which quarter or half: `the third quarter of 2016`, `the first half of 2016`.
const PART_ORDINALS: &[(&str, i8)] = &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4)];

/// Weekdays, skipped between a range's joiner and its second date (`until Wed, 22 of Jan`).
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Words that join the two ends of a range of dates (`and` only after `between`).
const RANGE_WORDS: &[&str] = &["to", "till", "until", "through", "thru"];

/// Words that may follow a day written in words: anything else (`March twenty people`) makes
/// the number a count, not a day.
const AFTER_WORD_DAY: &[&str] = &["to", "till", "until", "through", "thru", "and", "of", "in"];

/// Part of a date as the text gives it: any of year, month and day may be missing, to be
/// borrowed from the other end of a range.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// First and last year.
    years: Option<(i16, i16)>,
    /// First month (of the first year) and last month (of the last year); `None` for whole
    /// years, and for a day whose month is not given (`from 4 to January 22`).
    months: Option<(i8, i8)>,
    /// First day of the first month and last day of the last month; `None` for whole months.
    days: Option<(i8, i8)>,
    /// Names a date on its own; a bare `May` without a preposition, `5/1` or `4` need the
    /// other end of a range to be read as dates.
    alone: bool,
    /// Is a range already (`2014-2018`, `June 15-16`).
    ranged: bool,
    /// A month and day in figures without a year (`10/1`): one end of a yearless span across
    /// months only after `from` or `between` (`10/1 to 11/7` alone is more often odds).
    numeric_day: bool,
    /// A month and day in figures that could as well be a fraction (`1/2`, `3/4`): never one
    /// end of a yearless span across months (`from 1/2 to 3/4`).
    fraction_like: bool,
    /// Index after its last token.
    end: usize,
}

impl Piece {
    fn new(years: Option<(i16, i16)>, months: Option<(i8, i8)>, days: Option<(i8, i8)>, end: usize) -> Piece {
        Piece { years, months, days, alone: true, ranged: false, numeric_day: false, fraction_like: false, end }
    }

    fn year(y: i16, end: usize) -> Piece {
        Piece::new(Some((y, y)), None, None, end)
    }

    fn day(year: Option<i16>, month: i8, day: i8, end: usize) -> Piece {
        Piece::new(year.map(|y| (y, y)), Some((month, month)), Some((day, day)), end)
    }

    /// A day without its month.
    fn bare_day(&self) -> bool {
        self.months.is_none() && self.days.is_some()
    }

    /// The date it names, when it names one without help.
    fn value(&self) -> Option<DateValue> {
        if self.bare_day() {
            return None;
        }
        let (d1, d2) = self.days.unwrap_or((1, 31));
        match self.years {
            Some((y1, y2)) => {
                let (m1, m2) = self.months.unwrap_or((1, 12));
                between_dates(y1, m1, d1, y2, m2, d2)
            }
            None => {
                let (m1, m2) = self.months?;
                if m1 != m2 {
                    return yearless_span(m1, d1, m2, d2);
                }
                // A leap year, so that `Feb 29` without a year is a day.
                (d1 <= d2 && Date::new(2024, m1, d1).is_ok() && d2 <= 31).then_some(DateValue::Yearless {
                    month: m1,
                    first_day: d1,
                    last_day: d2,
                })
            }
        }
    }

    /// The first (`k` 0), middle (1) or last (2) third of the period it names: days 1-10,
    /// 11-20 and 21 to the end of a month; a third of the months of a year, a quarter or a
    /// decade. `None` for a day, a range, or a period of months not divisible by three.
    fn third(&self, k: i32) -> Option<Piece> {
        if self.days.is_some() || self.ranged {
            return None;
        }
        let one_year = self.years.is_none_or(|(y1, y2)| y1 == y2);
        if let Some((m1, m2)) = self.months
            && m1 == m2
            && one_year
        {
            let days = [(1, 10), (11, 20), (21, 31)][k as usize];
            return Some(Piece::new(self.years, self.months, Some(days), self.end));
        }
        let (y1, y2) = self.years?;
        let (m1, m2) = self.months.unwrap_or((1, 12));
        let first = i32::from(y1) * 12 + i32::from(m1) - 1;
        let last = i32::from(y2) * 12 + i32::from(m2) - 1;
        let n = last - first + 1;
        if n < 3 || n % 3 != 0 {
            return None;
        }
        let (a, b) = (first + k * n / 3, first + (k + 1) * n / 3 - 1);
        let ym = |x: i32| ((x / 12) as i16, (x % 12 + 1) as i8);
        let ((ya, ma), (yb, mb)) = (ym(a), ym(b));
        Some(Piece::new(Some((ya, yb)), Some((ma, mb)), None, self.end))
    }
}

/// Days from `m1-d1` to `m2-d2` of a year not given, across months; the end before the start
/// is in the next year. `None` when a day exists in no year.
fn yearless_span(m1: i8, d1: i8, m2: i8, d2: i8) -> Option<DateValue> {
    Date::new(2024, m1, d1).ok()?;
    Date::new(2024, m2, 1).ok()?;
    (m1 != m2 && (1..=31).contains(&d2)).then_some(DateValue::YearlessSpan {
        start_month: m1,
        start_day: d1,
        end_month: m2,
        end_day: d2,
    })
}

/// The span from `y1-m1-d1` to `y2-m2-d2`, a last day of 31 meaning the month's last day;
/// `None` when a day does not exist or the span runs backwards.
fn between_dates(y1: i16, m1: i8, d1: i8, y2: i16, m2: i8, d2: i8) -> Option<DateValue> {
    let start = Date::new(y1, m1, d1).ok()?;
    let last_month = Date::new(y2, m2, 1).ok()?;
    let d2 = if d2 == 31 { last_month.days_in_month() } else { d2 };
    let end = Date::new(y2, m2, d2).ok()?;
    (start <= end).then_some(DateValue::Span { start, end })
}

/// Joins the two ends of a range: the first borrows a missing month and year from the second,
/// the second a missing year from the first. A first end that comes after the second with a
/// borrowed year is in the year before (`Nov-Feb 2017` starts in November 2016). `prefixed`
/// when `from` or `between` opens the range.
fn merge(a: &Piece, b: &Piece, prefixed: bool) -> Option<DateValue> {
    if b.bare_day() || (a.bare_day() && b.days.is_none()) {
        return None;
    }
    let m1 = a.months.map(|m| m.0).or_else(|| a.days.and(b.months.map(|m| m.0)));
    let m2 = b.months.map(|m| m.1);
    let d1 = a.days.map_or(1, |d| d.0);
    let d2 = b.days.map_or(31, |d| d.1);
    let (y1, y2, borrowed) = match (a.years, b.years) {
        (Some((y1, _)), Some((_, y2))) => (y1, y2, false),
        (None, Some((y1, y2))) => (y1, y2, true),
        (Some((y1, y2)), None) => (y1, y2, false),
        (None, None) => {
            // Without a year: days of one month (`Oct. 2 to October 22`), or a span across
            // months (`from August to October`, `from November to February`), both ends with
            // their month.
            let (m1, m2) = (m1?, m2?);
            if m1 != m2 {
                let figures = a.numeric_day || b.numeric_day;
                let doubtful = a.fraction_like || b.fraction_like || (figures && !prefixed);
                return if doubtful { None } else { yearless_span(m1, d1, m2, d2) };
            }
            return (a.days.is_some() && b.days.is_some() && d1 < d2).then_some(DateValue::Yearless {
                month: m1,
                first_day: d1,
                last_day: d2,
            });
        }
    };
    let (m1, m2) = (m1.unwrap_or(1), m2.unwrap_or(12));
    // A second end without a year that comes before the first is in the year after
    // (`from November 2016 to February`).
    let next_year = a.years.is_some() && b.years.is_none();
    between_dates(y1, m1, d1, y2, m2, d2)
        .or_else(|| borrowed.then(|| between_dates(y1 - 1, m1, d1, y2, m2, d2))?)
        .or_else(|| next_year.then(|| between_dates(y1, m1, d1, y2 + 1, m2, d2))?)
}

/// One part of a numeric date (`2016`, `04`, `aug`).
#[derive(Debug, Clone, Copy)]
enum Part {
    /// Digits: their value and how many.
    Num(u32, usize),
    /// A month name.
    Month(i8),
}

/// A two-digit year: 30 to 99 are the 1900s, 00 to 29 the 2000s (`05/05/89`, `3-7-07`).
fn pivot(yy: u32) -> i16 {
    if yy < 30 { 2000 + yy as i16 } else { 1900 + yy as i16 }
}

impl Reader<'_> {
    /// A day of a month (`9`, `9th`), returning the day and the index after it.
    pub(super) fn day(&self, i: usize) -> Option<(i8, usize)> {
        let n = self.integer(i)?;
        if !(1..=31).contains(&n) || self.raw(i).len() > 2 {
            return None;
        }
        let mut next = i + 1;
        if self.adjacent(i, next) && self.word(next).is_some_and(crate::text::is_ordinal_suffix) {
            next += 1;
        }
        Some((n as i8, next))
    }

    /// A day in words (`first`, `twenty-first`, `twenty one`), with the index after it and
    /// whether it is an ordinal.
    fn word_day(&self, i: usize) -> Option<(i8, usize, bool)> {
        let w = self.word(i)?;
        if let Some(d) = lookup(ORDINAL_DAYS, w) {
            return Some((d, i + 1, true));
        }
        let tens = match w {
            "twenty" => 20,
            "thirty" => 30,
            _ => {
                let n = lookup(SMALL_NUMBERS, w).filter(|n| (1..=19).contains(n))?;
                return Some((n as i8, i + 1, false));
            }
        };
        let k = if self.is_dash(i + 1) && self.adjacent(i, i + 1) { i + 2 } else { i + 1 };
        if let Some(u) = self.word(k) {
            let unit = lookup(ORDINAL_DAYS, u).filter(|d| *d <= 9).map(|d| (d, true));
            let unit =
                unit.or_else(|| lookup(SMALL_NUMBERS, u).filter(|n| (1..=9).contains(n)).map(|n| (n as i8, false)));
            if let Some((d, ordinal)) = unit {
                return (tens + d <= 31).then_some((tens + d, k + 1, ordinal));
            }
        }
        Some((tens, i + 1, false))
    }

    /// True when a day in words ending before `k` stands as a day: what follows is not a word
    /// it could count (`March twenty people`), nor glued to it by a dash (`first-time`).
    fn free_after(&self, k: usize) -> bool {
        match self.tok(k) {
            None => true,
            Some(t) if t.kind == TokenKind::Word => AFTER_WORD_DAY.contains(&t.norm.as_str()),
            Some(_) => !(self.is_dash(k) && self.adjacent(k - 1, k)),
        }
    }

    /// A four-digit year.
    pub(super) fn year(&self, i: usize) -> Option<i16> {
        let n = self.integer(i)?;
        (self.raw(i).len() == 4 && (1000..=2999).contains(&n)).then_some(n as i16)
    }

    /// A month name at `i`, returning the month and the index after it (and its period).
    pub(super) fn month(&self, i: usize) -> Option<(i8, usize)> {
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

    /// A year after a date: `, 2016`, `of 2016`, `in 2020`, or right after it.
    fn trailing_year(&self, k: usize) -> Option<(i16, usize)> {
        // `April of 87`: two digits after `of`, nothing after them that they could count.
        if self.word(k) == Some("of")
            && self.raw(k + 1).len() == 2
            && let Some(yy) = self.integer(k + 1)
            && self.tok(k + 2).is_none_or(|t| t.kind == TokenKind::Punct && matches!(t.punct(), Some(',' | '.' | ';')))
        {
            return Some((pivot(yy), k + 2));
        }
        let gap = usize::from(self.punct(k) == Some(',') || matches!(self.word(k), Some("of" | "in")));
        let year = self.year(k + gap)?;
        // `in` takes a year only where news has years; `in 1000 cases` is a count.
        if self.word(k) == Some("in") && !(1800..=2100).contains(&year) {
            return None;
        }
        Some((year, k + gap + 1))
    }

    /// Reads the date at `i`, a single one or a range, returning it and the index after it.
    pub(super) fn date_at(&self, i: usize) -> Option<(DateValue, usize)> {
        if let Some(fiscal) = self.fiscal_at(i) {
            return Some(fiscal);
        }
        // `from 2014 to 2018`, `between 2007 and 2009`: the word is part of the range, and
        // without a range it is left to the date after it.
        let prefixed = matches!(self.word(i), Some("from" | "between"));
        let (value, end, ranged) = if prefixed { self.range_at(i + 1, true)? } else { self.range_at(i, false)? };
        if prefixed && !ranged {
            return None;
        }
        let first = if prefixed { i + 1 } else { i };
        // Digits glued by `-` or `/` to more digits are a code or a phone number
        // (`138-2010-2015`, `133-03-03-2020`), not a date.
        let glued = |a: usize, b: usize| {
            self.tok(a).is_some_and(|t| t.kind == TokenKind::Number)
                && self.tok(b).is_some_and(|t| t.kind == TokenKind::Number)
        };
        let sep =
            |k: usize| matches!(self.punct(k), Some('-' | '/')) && self.adjacent(k - 1, k) && self.adjacent(k, k + 1);
        if first >= 2 && sep(first - 1) && glued(first - 2, first) {
            return None;
        }
        if sep(end) && glued(end - 1, end + 1) {
            return None;
        }
        Some((value, end))
    }

    /// A date or a range of two dates at `i`: its value, the index after it and whether it is
    /// a range. `prefixed` when `from` or `between` opens it, which allows `and` as a joiner
    /// and a first end that is a day alone (`from 4 to January 22`).
    fn range_at(&self, i: usize, prefixed: bool) -> Option<(DateValue, usize, bool)> {
        let a = self.piece(i, prefixed)?;
        if let Some(j) = self.joiner(a.end, prefixed)
            && let Some(b) = self.piece(j, false)
            && let Some(value) = merge(&a, &b, prefixed)
        {
            return Some((value, b.end, true));
        }
        if a.ranged || a.alone {
            return a.value().map(|v| (v, a.end, a.ranged));
        }
        None
    }

    /// The index after the word or dash that joins the ends of a range at `k`, and after a
    /// `the` or a weekday that opens the second end.
    fn joiner(&self, k: usize, prefixed: bool) -> Option<usize> {
        let joined = matches!(self.punct(k), Some('-' | '~'))
            || matches!(self.word(k), Some(w) if RANGE_WORDS.contains(&w))
            || (prefixed && self.word(k) == Some("and"));
        if !joined {
            return None;
        }
        let mut j = k + 1;
        if self.word(j) == Some("the") {
            j += 1;
        }
        if self.word(j).is_some_and(|w| WEEKDAYS.contains(&w)) {
            j += 1 + usize::from(self.punct(j + 1) == Some(','));
        }
        Some(j)
    }

    /// One end of a date: the longest reading at `i`.
    fn piece(&self, i: usize, allow_bare_day: bool) -> Option<Piece> {
        self.numeric_piece(i)
            .or_else(|| self.spaced_month_of_year(i))
            .or_else(|| self.part_piece(i))
            .or_else(|| self.third_piece(i))
            .or_else(|| self.month_piece(i))
            .or_else(|| self.day_piece(i, allow_bare_day))
            .or_else(|| self.decade_piece(i))
            .or_else(|| self.year_piece(i))
    }

    /// A fiscal year at `i`: `fiscal 2015`, `fiscal year 2015`, `FY2023`, `FY 2023`, `FY23`,
    /// `2015 fiscal year`; not `FY2015-16` or `fiscal 2015/16`, which name two years.
    fn fiscal_at(&self, i: usize) -> Option<(DateValue, usize)> {
        let (year, end) = match self.word(i) {
            Some("fiscal") => {
                let k = i + 1 + usize::from(self.word(i + 1) == Some("year"));
                (self.year(k)?, k + 1)
            }
            Some("fy") => match self.raw(i + 1).len() {
                4 => (self.year(i + 1)?, i + 2),
                2 if self.adjacent(i, i + 1) => (pivot(self.integer(i + 1)?), i + 2),
                _ => return None,
            },
            _ => {
                let year = self.year(i)?;
                if self.word(i + 1) != Some("fiscal") || self.word(i + 2) != Some("year") {
                    return None;
                }
                (year, i + 3)
            }
        };
        if matches!(self.punct(end), Some('-' | '/')) && self.adjacent(end - 1, end) && self.tok(end + 1).is_some() {
            return None;
        }
        Some((DateValue::Fiscal { year }, end))
    }

    /// A part of a period: `early March`, `mid-November`, `late 2014`, `mid-2014`, `the end of
    /// March`, `the beginning of 2000`, `the middle of the 1990s`, `the late 1990s` (see the
    /// module's conventions). Only before a month, a year, a quarter or a decade.
    fn third_piece(&self, i: usize) -> Option<Piece> {
        let j = i + usize::from(self.word(i) == Some("the"));
        let w = self.word(j)?;
        let k = i32::from(lookup(PERIOD_PARTS, w)?);
        let next = if matches!(w, "early" | "mid" | "late") {
            j + 1 + usize::from(self.is_dash(j + 1) && self.adjacent(j, j + 1))
        } else {
            if self.word(j + 1) != Some("of") {
                return None;
            }
            j + 2 + usize::from(self.word(j + 2) == Some("the"))
        };
        let period = self
            .decade_piece(next)
            .or_else(|| self.part_piece(next))
            .or_else(|| self.month_piece(next))
            .or_else(|| self.year_piece(next))?;
        // A month alone that is a name: `the end of May's term`, `the late May Smith`.
        let last = period.end - 1;
        let possessive = self.tok(last).is_some_and(|t| t.norm.len() != self.raw(last).len());
        let name_follows = !self.uncased
            && self
                .tok(period.end)
                .is_some_and(|t| t.kind == TokenKind::Word && self.raw(period.end).starts_with(char::is_uppercase));
        if period.years.is_none() && (possessive || name_follows) {
            return None;
        }
        period.third(k)
    }

    /// A decade: `1990s`, `1990's`, `the '90s` (see the module's conventions); not `1000s of`.
    fn decade_piece(&self, i: usize) -> Option<Piece> {
        let i = i + usize::from(self.word(i) == Some("the"));
        let (first, next) = if self.punct(i) == Some('\'') && self.adjacent(i, i + 1) && self.raw(i + 1).len() == 2 {
            (pivot(self.integer(i + 1)?), i + 2)
        } else if self.raw(i).len() == 4 {
            (i16::try_from(self.integer(i)?).ok()?, i + 1)
        } else {
            return None;
        };
        if first % 10 != 0 || !(1000..=2990).contains(&first) {
            return None;
        }
        let k = next + usize::from(self.punct(next) == Some('\'') && self.adjacent(next - 1, next));
        if self.word(k) != Some("s") || !self.adjacent(k - 1, k) || self.word(k + 1) == Some("of") {
            return None;
        }
        Some(Piece::new(Some((first, first + 9)), None, None, k + 1))
    }

    /// A quarter or half token: `Q1`, `q3`, `H2` (a letter glued to one digit), as months.
    fn part_token(&self, i: usize) -> Option<((i8, i8), usize)> {
        let w = self.word(i)?;
        if !self.adjacent(i, i + 1) || self.raw(i + 1).len() != 1 {
            return None;
        }
        let n = self.integer(i + 1)? as i8;
        let months = match w {
            "q" if (1..=4).contains(&n) => (3 * n - 2, 3 * n),
            "h" if (1..=2).contains(&n) => (6 * n - 5, 6 * n),
            _ => return None,
        };
        // `Q1s`, `H2O`: a word goes on.
        (!self.adjacent(i + 1, i + 2) || self.tok(i + 2).is_some_and(|t| t.kind == TokenKind::Punct))
            .then_some((months, i + 2))
    }

    /// A quarter or half of a year: `Q1 2016`, `q1-2019`, `q1 of 2017`, `the third quarter of
    /// 2016`, `the first half of 2016`. Without a year a quarter (not a half) is read only after `in`,
    /// `during`, `by` or `for` (`during Q3`).
    fn part_piece(&self, i: usize) -> Option<Piece> {
        if let Some((months, k)) = self.part_token(i) {
            let gap = usize::from(self.word(k) == Some("of") || (self.is_dash(k) && self.adjacent(k - 1, k)));
            if let Some(year) = self.year(k + gap) {
                return Some(Piece::new(Some((year, year)), Some(months), None, k + gap + 1));
            }
            // `in Q3`, `during Q2`: a quarter of a year not given, a span of months `as_of`
            // resolves. A half alone (`during H2`) is left: `H2` is as often a name.
            let before = i.checked_sub(1).and_then(|b| self.word(b));
            let quarter = self.word(i) == Some("q");
            let yearless =
                quarter && ((self.literal && i == 0) || matches!(before, Some("in" | "during" | "by" | "for")));
            return yearless.then(|| Piece::new(None, Some(months), None, k));
        }
        let k = i + usize::from(self.word(i) == Some("the"));
        // `the third month of 2021`
        if self.word(k + 1) == Some("month")
            && self.word(k + 2) == Some("of")
            && let Some(m) = lookup(ORDINAL_DAYS, self.word(k)?).filter(|m| *m <= 12)
        {
            let year = self.year(k + 3)?;
            return Some(Piece::new(Some((year, year)), Some((m, m)), None, k + 4));
        }
        let n = lookup(PART_ORDINALS, self.word(k)?)?;
        let months = match self.word(k + 1)? {
            "quarter" => (3 * n - 2, 3 * n),
            "half" if n <= 2 => (6 * n - 5, 6 * n),
            _ => return None,
        };
        if self.word(k + 2) != Some("of") {
            return None;
        }
        let year = self.year(k + 3)?;
        Some(Piece::new(Some((year, year)), Some(months), None, k + 4))
    }

    /// Dates of figures and month names glued by one kind of separator: `2024-07-09`,
    /// `21/04/2016`, `9-18-15`, `13.5.2015`, `2016-11`, `11/2016`, `05-aug-2016`, `jan-1`,
    /// `Dec/2018`, `2019-20` (a season), and `5/1` (a day only as the end of a range).
    fn numeric_piece(&self, i: usize) -> Option<Piece> {
        let mut parts: Vec<Part> = Vec::new();
        let mut sep = None;
        let mut k = i;
        // The index after the last part read.
        let mut end = i;
        // One token with dots: `13.5.2015`, `2015.5.13`.
        if let Some(t) = self.tok(i)
            && t.kind == TokenKind::Number
            && t.norm.matches('.').count() == 2
        {
            for p in t.norm.split('.') {
                parts.push(Part::Num(p.parse().ok()?, p.len()));
            }
            sep = Some('.');
            end = i + 1;
        } else {
            while let Some(t) = self.tok(k) {
                let part = match t.kind {
                    TokenKind::Number if t.norm.bytes().all(|b| b.is_ascii_digit()) && t.norm.len() <= 4 => {
                        Part::Num(t.norm.parse().ok()?, t.norm.len())
                    }
                    // `11/12,2016`: the day and year in one token end the date.
                    TokenKind::Number if parts.len() == 1 => {
                        let (d, y) = t.norm.split_once(',')?;
                        if d.len() > 2
                            || !matches!(y.len(), 2 | 4)
                            || !(d.bytes().chain(y.bytes())).all(|b| b.is_ascii_digit())
                        {
                            return None;
                        }
                        parts.push(Part::Num(d.parse().ok()?, d.len()));
                        parts.push(Part::Num(y.parse().ok()?, y.len()));
                        end = k + 1;
                        break;
                    }
                    TokenKind::Word if !parts.iter().any(|p| matches!(p, Part::Month(_))) => {
                        match lookup(MONTHS, &t.norm) {
                            Some(m) => Part::Month(m),
                            None => break,
                        }
                    }
                    _ => break,
                };
                parts.push(part);
                k += 1;
                end = k;
                if parts.len() == 3 {
                    break;
                }
                let s = self.punct(k);
                let next_is_part = matches!(self.tok(k + 1), Some(t) if t.kind != TokenKind::Punct);
                if matches!(s, Some('-' | '/'))
                    && (sep.is_none() || sep == s)
                    && self.adjacent(k - 1, k)
                    && self.adjacent(k, k + 1)
                    && next_is_part
                {
                    sep = s;
                    k += 1;
                } else {
                    break;
                }
            }
            if parts.len() < 2 {
                return None;
            }
        }
        let sep = sep?;
        let k = end;
        let to_i8 = |n: u32| i8::try_from(n).ok();
        let to_i16 = |n: u32| i16::try_from(n).ok();
        match parts.as_slice() {
            // With a month name: the four-digit figure is the year, the other the day.
            [a, b, c] if [a, b, c].iter().any(|p| matches!(p, Part::Month(_))) => {
                let month = [a, b, c].iter().find_map(|p| if let Part::Month(m) = p { Some(*m) } else { None })?;
                let nums: Vec<(u32, usize)> = [a, b, c]
                    .iter()
                    .filter_map(|p| if let Part::Num(n, l) = p { Some((*n, *l)) } else { None })
                    .collect();
                let (year, day) = match nums.as_slice() {
                    [(y, 4), (d, 1 | 2)] | [(d, 1 | 2), (y, 4)] => (to_i16(*y)?, *d),
                    // `05-aug-16`: day, month, two-digit year.
                    [(d, 1 | 2), (y, 2)] if matches!(b, Part::Month(_)) => (pivot(*y), *d),
                    _ => return None,
                };
                let date = Date::new(year, month, to_i8(day)?).ok()?;
                Some(Piece::day(Some(date.year()), month, date.day(), k))
            }
            [Part::Num(a, la), Part::Num(b, lb), Part::Num(c, lc)] => {
                let (year, month, day) = if *la == 4 {
                    if *lb > 2 || *lc > 2 {
                        return None;
                    }
                    (to_i16(*a)?, *b, *c)
                } else if *la <= 2 && *lb <= 2 && (*lc == 4 || (*lc == 2 && sep != '.')) {
                    let year = if *lc == 4 { to_i16(*c)? } else { pivot(*c) };
                    // Month first, as in US news, unless the first cannot be a month; with dots
                    // day first, as in the European usage that writes them (`13.5.2015`).
                    if *a > 12 || sep == '.' { (year, *b, *a) } else { (year, *a, *b) }
                } else {
                    return None;
                };
                let date = Date::new(year, to_i8(month)?, to_i8(day)?).ok()?;
                Some(Piece::day(Some(year), date.month(), date.day(), k))
            }
            [Part::Month(m), Part::Num(n, l)] | [Part::Num(n, l), Part::Month(m)] => match l {
                4 => {
                    let year = to_i16(*n)?;
                    Some(Piece::new(Some((year, year)), Some((*m, *m)), None, k))
                }
                1 | 2 if (1..=31).contains(n) => Some(Piece::day(None, *m, to_i8(*n)?, k)),
                _ => None,
            },
            [Part::Num(a, 4), Part::Num(b, lb)] if *lb <= 2 => {
                let year = to_i16(*a)?;
                if !(1000..=2999).contains(&year) {
                    return None;
                }
                // `2019-20`: a season or fiscal year, the next year in two digits.
                if sep == '-' && *lb == 2 && *b == (*a + 1) % 100 {
                    let mut p = Piece::new(Some((year, year + 1)), None, None, k);
                    p.ranged = true;
                    return Some(p);
                }
                (1..=12).contains(b).then(|| Piece::new(Some((year, year)), Some((*b as i8, *b as i8)), None, k))
            }
            [Part::Num(a, la), Part::Num(b, 4)] if *la <= 2 && (1..=12).contains(a) => {
                let year = to_i16(*b)?;
                Some(Piece::new(Some((year, year)), Some((*a as i8, *a as i8)), None, k))
            }
            // `5/1`: a month and day without a year, a date only with a year after it or as the
            // first end of a range; alone it is a score or a fraction.
            [Part::Num(a, la), Part::Num(b, lb)] if sep == '/' && *la <= 2 && *lb <= 2 => {
                let (m, d) = (to_i8(*a)?, to_i8(*b)?);
                Date::new(2024, m, d).ok()?;
                if self.punct(k) == Some(',')
                    && let Some(year) = self.year(k + 1)
                {
                    let date = Date::new(year, m, d).ok()?;
                    return Some(Piece::day(Some(year), m, date.day(), k + 2));
                }
                let mut p = Piece::day(None, m, d, k);
                p.alone = false;
                p.numeric_day = true;
                p.fraction_like = m < d && d <= 10;
                Some(p)
            }
            _ => None,
        }
    }

    /// A month of a year written with a spaced hyphen or slash: `2016 - 11`, `2016 /11`,
    /// `11 / 2016`. Taken only when no word follows, which would make the figure a count
    /// (`in 2016 - 11 states`), and only with a plain hyphen: a long dash is prose.
    fn spaced_month_of_year(&self, i: usize) -> Option<Piece> {
        let (sep, j) = (i + 1, i + 2);
        if !(self.raw(sep) == "-" || self.raw(sep) == "/") || (self.adjacent(i, sep) && self.adjacent(sep, j)) {
            return None;
        }
        if self.tok(j + 1).is_some_and(|t| t.kind != TokenKind::Punct)
            || matches!(self.punct(j + 1), Some('-' | '/' | '%'))
        {
            return None;
        }
        let (year, month) = match (self.year(i), self.year(j)) {
            (Some(y), None) if self.raw(j).len() <= 2 => (y, self.integer(j)?),
            (None, Some(y)) if self.raw(i).len() <= 2 => (y, self.integer(i)?),
            _ => return None,
        };
        if !(1800..=2100).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        Some(Piece::new(Some((year, year)), Some((month as i8, month as i8)), None, j + 1))
    }

    /// A date that opens with its month: `July 9`, `Oct. 2`, `June 15-16, 2024`, `January 12,2016`,
    /// `May twenty-first`, `june the 28th`, `July of 1995`, `February 2022`, or `July` alone.
    fn month_piece(&self, i: usize) -> Option<Piece> {
        let (month, after_month) = self.month(i)?;
        if let Some((first, mut next)) = self.day_after_month(after_month) {
            // `January 12,2016`: the day and the year in one token.
            if let Some(year) = self.comma_year(next - 1) {
                return Some(Piece::day(Some(year), month, first, next));
            }
            let mut last = first;
            if let Some((d2, n2)) = self.range_day(next, first) {
                last = d2;
                next = n2;
            }
            let (year, end) = match self.trailing_year(next) {
                Some((y, end)) => (Some((y, y)), end),
                None => (None, next),
            };
            let mut p = Piece::new(year, Some((month, month)), Some((first, last)), end);
            p.ranged = last > first;
            return Some(p);
        }
        // Month [,|of|in] year
        if let Some((year, end)) = self.trailing_year(after_month) {
            return Some(Piece::new(Some((year, year)), Some((month, month)), None, end));
        }
        // A bare month after a preposition (`in July`), or as a whole claim value; elsewhere
        // only as one end of a range (`from May to Oct 2020`). After `early`, `mid` or `late`
        // it is a part of the month (`third_piece`), or a name (`the late May Smith`).
        // `in the april`: the preposition before `the`.
        let word_before = |k: usize| k.checked_sub(1).and_then(|b| self.word(b));
        let before = match word_before(i) {
            Some("the") => word_before(i - 1),
            other => other,
        };
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
                    | "last"
                    | "next"
                    | "this"
                    | "before"
                    | "after"
                    | "of"
            )
        );
        let mut p = Piece::new(None, Some((month, month)), None, after_month);
        p.alone = (self.literal || after_preposition)
            && self.tok(i).is_some_and(|t| t.norm.len() > 3 || t.norm == "may" || self.literal);
        Some(p)
    }

    /// The day after a month name at `k`, with the index after it.
    fn day_after_month(&self, k: usize) -> Option<(i8, usize)> {
        let numeric_ok = |next: usize| {
            !matches!(self.word(next), Some(w) if lookup(SCALES, w).is_some() || lookup(UNITS, w).is_some())
                && self.punct(next) != Some('%')
        };
        // `July 9`, `July 9th`, `June the 28th`
        let the = usize::from(self.word(k) == Some("the"));
        if let Some((day, next)) = self.day(k + the)
            && numeric_ok(next)
        {
            return Some((day, next));
        }
        if let Some(day) = self.comma_day(k) {
            return Some((day, k + 1));
        }
        // `october. 2` (a full name needs no period) and `october, 1st`: only when nothing
        // follows the day that it could count (`in October. 2 people`).
        if matches!(self.punct(k), Some('.' | ','))
            && let Some((day, next)) = self.day(k + 1)
            && (self.punct(k) == Some('.') || next == k + 3)
            && self.tok(next).is_none_or(|t| t.kind != TokenKind::Word)
            && numeric_ok(next)
        {
            return Some((day, next));
        }
        // `May twenty-first`, `may the eleventh`, `jan twenty two`
        if let Some((day, next, _)) = self.word_day(k + the)
            && self.free_after(next)
        {
            return Some((day, next));
        }
        None
    }

    /// The day of a `12,2016` token (a day and year run together by a comma).
    fn comma_day(&self, k: usize) -> Option<i8> {
        self.comma_year(k)?;
        let (d, _) = self.tok(k)?.norm.split_once(',')?;
        let d: i8 = d.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }

    /// The year of a `12,2016` token: one or two digits, a comma, four digits.
    fn comma_year(&self, k: usize) -> Option<i16> {
        let t = self.tok(k)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let (d, y) = t.norm.split_once(',')?;
        if d.is_empty() || d.len() > 2 || y.len() != 4 || !y.bytes().chain(d.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i16 = y.parse().ok()?;
        (1000..=2999).contains(&year).then_some(year)
    }

    /// A date that opens with its day: `9 July 2024`, `4th of July`, `15-16 June`,
    /// `16. Nov. 2016`, `fourth of May`, `the twenty third day of September`, `28 june in 2020`.
    /// With `allow_bare_day`, a day without a month (`from 4 to January 22`).
    fn day_piece(&self, i: usize, allow_bare_day: bool) -> Option<Piece> {
        let (day, next, in_words) = match self.day(i) {
            Some((d, n)) => (d, n, false),
            None => {
                // An ordinal word, not a fraction (`a third of March's budget`).
                let (d, n, ordinal) = self.word_day(i)?;
                let fraction = i > 0 && matches!(self.word(i - 1), Some("a" | "an" | "one" | "every" | "per"));
                if !ordinal || fraction {
                    return None;
                }
                (d, n, true)
            }
        };
        let (last, next) = self.range_day(next, day).unwrap_or((day, next));
        let mut k = next;
        // `16. Nov. 2016`: a day with a period, taken only with a month and a year after it.
        let dotted = !in_words && self.punct(k) == Some('.') && self.adjacent(k - 1, k);
        k += usize::from(dotted);
        let of = if self.word(k) == Some("day") && self.word(k + 1) == Some("of") {
            2
        } else {
            usize::from(self.word(k) == Some("of"))
        };
        // A day in words needs its `of`: `first May` is more often a count of Mays.
        if in_words && of == 0 {
            return None;
        }
        let Some((month, after_month)) = self.month(k + of) else {
            if allow_bare_day && !in_words && !dotted {
                let mut p = Piece::new(None, None, Some((day, last)), next);
                p.alone = false;
                return Some(p);
            }
            return None;
        };
        let year = self.trailing_year(after_month);
        if dotted && year.is_none() {
            return None;
        }
        let (years, end) = match year {
            Some((y, end)) => (Some((y, y)), end),
            None => (None, after_month),
        };
        let mut p = Piece::new(years, Some((month, month)), Some((day, last)), end);
        p.ranged = last > day;
        Some(p)
    }

    /// A date that opens with its year: `2016 Q3`, `2017-q1`, `2016H2`, `2016 june`, or a year
    /// alone (`2011`, but not `1980s`, `2011 dollars` or `2011%`).
    fn year_piece(&self, i: usize) -> Option<Piece> {
        let year = self.year(i)?;
        let next = i + 1;
        // `2017-q1`, `2016H2`, `2016 Q3`
        let gap = usize::from(self.is_dash(next) && self.adjacent(i, next));
        if let Some((months, end)) = self.part_token(next + gap) {
            return Some(Piece::new(Some((year, year)), Some(months), None, end));
        }
        // `2016 june`; `May` only where no word follows it, since in cased text it is often
        // a name (`in 2017 May called an election`).
        if !self.adjacent(i, next)
            && let Some((month, end)) = self.month(next)
            && (self.uncased
                || self.word(next) != Some("may")
                || self.tok(end).is_none_or(|t| t.kind != TokenKind::Word))
        {
            return Some(Piece::new(Some((year, year)), Some((month, month)), None, end));
        }
        // `2016, nov`: a month after a comma, with no word after it (`In 2015, August Wilson`).
        if self.punct(next) == Some(',')
            && let Some((month, end)) = self.month(next + 1)
            && self.tok(end).is_none_or(|t| t.kind == TokenKind::Punct)
        {
            return Some(Piece::new(Some((year, year)), Some((month, month)), None, end));
        }
        if !(1800..=2100).contains(&year) {
            return None;
        }
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
        Some(Piece::year(year, next))
    }

    /// `-16`, `and 16`, `to 16`, `through seventeenth` after a day: the last day of a range.
    pub(super) fn range_day(&self, i: usize, first: i8) -> Option<(i8, usize)> {
        let joined = self.is_dash(i) || matches!(self.word(i), Some("and" | "to" | "through" | "until" | "till"));
        if !joined {
            return None;
        }
        // `from April the ninth till the seventeenth`
        let i = i + usize::from(self.word(i + 1) == Some("the"));
        let (d2, next) = self.day(i + 1).or_else(|| {
            let (d, n, _) = self.word_day(i + 1).filter(|(_, n, _)| self.free_after(*n))?;
            Some((d, n))
        })?;
        // `June 15 and 16 people` is not a range of days.
        if d2 <= first
            || matches!(self.word(next), Some(w) if lookup(UNITS, w).is_some() || lookup(SCALES, w).is_some())
        {
            return None;
        }
        Some((d2, next))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{extract, parse_literal};
    use crate::text::tokenize;

    /// The value of a claim literal, as displayed.
    fn lit(s: &str) -> String {
        parse_literal(s).map(|v| v.to_string()).unwrap_or_else(|e| panic!("{s}: {}", e.message))
    }

    /// Every date mention of a text: its words and its value.
    fn dates(text: &str) -> Vec<(String, String)> {
        let tokens = tokenize(text);
        extract(text, &tokens)
            .into_iter()
            .filter(|m| matches!(m.value, factcheck_core::Value::Date(_)))
            .map(|m| (text[m.start..m.end].to_string(), m.value.to_string()))
            .collect()
    }

    #[test]
    fn ranges_of_two_dates_are_one_span() {
        assert_eq!(lit("2014-2018"), "2014-01-01..2018-12-31");
        assert_eq!(lit("from 2014 till 2018"), "2014-01-01..2018-12-31");
        assert_eq!(lit("between 2007 and 2009"), "2007-01-01..2009-12-31");
        assert_eq!(lit("Oct. 2 to October 22"), "--10-02..--10-22 (year not given)");
        assert_eq!(lit("January 12, 2016 - 01/22/2016"), "2016-01-12..2016-01-22");
        assert_eq!(lit("Jan-Feb 2017"), "2017-01-01..2017-02-28");
        assert_eq!(lit("Nov-Feb 2017"), "2016-11-01..2017-02-28");
        assert_eq!(lit("from May to Oct 2020"), "2020-05-01..2020-10-31");
        assert_eq!(lit("10/1/2018 - 10/7/2018"), "2018-10-01..2018-10-07");
        assert_eq!(lit("from 5/1-5/7, 2020"), "2020-05-01..2020-05-07");
        assert_eq!(lit("26 june to 28 june in 2020"), "2020-06-26..2020-06-28");
        assert_eq!(lit("between Feb 1st and March 2019"), "2019-02-01..2019-03-31");
        assert_eq!(lit("from 4 to January 22, 1995"), "1995-01-04..1995-01-22");
        assert_eq!(lit("the 2019-20 season"), "\"the 2019-20 season\"");
        assert_eq!(dates("the 2019-20 season")[0].1, "2019-01-01..2020-12-31");
    }

    #[test]
    fn a_range_does_not_swallow_other_figures() {
        assert_eq!(dates("from 2010 to 2,500 cases"), [("2010".to_string(), "2010-01-01..2010-12-31".to_string())]);
        assert!(dates("rose from 4 to 12 percent").is_empty());
        // Two years without `between` stay two.
        assert_eq!(dates("in 2014 and 2018").len(), 2);
        // Two months of no year are a yearless span, both months given.
        assert_eq!(
            dates("from March to May"),
            [("from March to May".to_string(), "--03..--05 (year not given)".to_string())]
        );
        assert!(dates("between August and the end").is_empty());
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(lit("21/04/2016"), "2016-04-21");
        assert_eq!(lit("21-04-2016"), "2016-04-21");
        assert_eq!(lit("13.5.2015"), "2015-05-13");
        assert_eq!(lit("2015.5.13"), "2015-05-13");
        assert_eq!(lit("9-18-15"), "2015-09-18");
        assert_eq!(lit("3-7-07"), "2007-03-07");
        assert_eq!(lit("05/05/89"), "1989-05-05");
        assert_eq!(lit("2018-7-6"), "2018-07-06");
        assert_eq!(lit("11/12,2016"), "2016-11-12");
        assert_eq!(lit("2015-3"), "2015-03-01..2015-03-31");
        assert_eq!(lit("2016/11"), "2016-11-01..2016-11-30");
        assert_eq!(lit("11-2016"), "2016-11-01..2016-11-30");
        assert_eq!(lit("2016 - 11"), "2016-11-01..2016-11-30");
    }

    #[test]
    fn month_names_inside_numeric_dates() {
        assert_eq!(lit("jan-1"), "--01-01 (year not given)");
        assert_eq!(lit("Oct/2"), "--10-02 (year not given)");
        assert_eq!(lit("28-nov"), "--11-28 (year not given)");
        assert_eq!(lit("october. 2"), "--10-02 (year not given)");
        assert_eq!(lit("october, 1st"), "--10-01 (year not given)");
        assert_eq!(lit("january12,2016"), "2016-01-12");
        assert_eq!(lit("2019-sep-1"), "2019-09-01");
        assert_eq!(lit("05-aug-2016"), "2016-08-05");
        assert_eq!(lit("23/sep/2020"), "2020-09-23");
        assert_eq!(lit("Dec/2018"), "2018-12-01..2018-12-31");
        assert_eq!(lit("16. Nov. 2016"), "2016-11-16");
    }

    #[test]
    fn days_in_words() {
        assert_eq!(lit("fourth of may"), "--05-04 (year not given)");
        assert_eq!(lit("jan first"), "--01-01 (year not given)");
        assert_eq!(lit("may twenty one"), "--05-21 (year not given)");
        assert_eq!(lit("May twenty-first"), "--05-21 (year not given)");
        assert_eq!(lit("twenty second of June 2017"), "2017-06-22");
        assert_eq!(lit("twenty third day of September"), "--09-23 (year not given)");
        assert_eq!(lit("april ninth through seventeenth"), "--04-09..--04-17 (year not given)");
    }

    #[test]
    fn quarters_and_halves() {
        assert_eq!(lit("Q1 2016"), "2016-01-01..2016-03-31");
        assert_eq!(lit("2017-q1"), "2017-01-01..2017-03-31");
        assert_eq!(lit("2019 H2"), "2019-07-01..2019-12-31");
        assert_eq!(lit("2016H2"), "2016-07-01..2016-12-31");
        assert_eq!(lit("the third quarter of 2016"), "2016-07-01..2016-09-30");
        assert_eq!(lit("the first half of 2016"), "2016-01-01..2016-06-30");
        assert_eq!(lit("the third month of 2021"), "2021-03-01..2021-03-31");
        assert!(dates("H2O and Q1 results").is_empty());
    }

    #[test]
    fn years_after_of_and_in_or_before_the_month() {
        assert_eq!(lit("july 4th of 1995"), "1995-07-04");
        assert_eq!(lit("28 june in 2020"), "2020-06-28");
        assert_eq!(lit("2016 june"), "2016-06-01..2016-06-30");
        // `May` after a year is a name when a word follows it.
        assert_eq!(dates("In 2017 May called an election")[0].0, "2017");
    }

    #[test]
    fn codes_and_counts_are_not_dates() {
        assert!(dates("Tel: 000 111 82-2100").is_empty());
        assert!(dates("The code of this object is 133-03-03-2020").is_empty());
        assert!(dates("2015-1-32 is a wrong date").is_empty());
        assert!(dates("In March twenty-one people died").iter().all(|(t, _)| t == "March"));
        assert!(dates("In October. 2 people were hurt").iter().all(|(t, _)| t == "October"));
        // A fraction, not a day (`May's` alone is the month, after `of`).
        assert_eq!(dates("a third of May's budget")[0].0, "May's");
        assert_eq!(dates("passed in 2016 - 11 states followed")[0].0, "2016");
        assert!(dates("the 4-4-2 formation won 28-24").is_empty());
    }

    #[test]
    fn fiscal_years() {
        assert_eq!(lit("fiscal 2015"), "FY2015");
        assert_eq!(lit("FY2023"), "FY2023");
        assert_eq!(lit("FY23"), "FY2023");
        assert_eq!(lit("FY 2023"), "FY2023");
        assert_eq!(lit("fiscal year 2015"), "FY2015");
        assert_eq!(dates("in the 2015 fiscal year")[0], ("2015 fiscal year".to_string(), "FY2015".to_string()));
        // Two years in one: not read as either.
        assert!(dates("in FY2015-16 revenue").iter().all(|(_, v)| !v.starts_with("FY")));
        assert!(dates("fiscal policy in 2015").iter().all(|(_, v)| v == "2015-01-01..2015-12-31"));
    }

    #[test]
    fn decades() {
        assert_eq!(lit("the 1990s"), "1990-01-01..1999-12-31");
        assert_eq!(lit("1990's"), "1990-01-01..1999-12-31");
        assert_eq!(lit("the '90s"), "1990-01-01..1999-12-31");
        assert_eq!(lit("the 2000s"), "2000-01-01..2009-12-31");
        assert_eq!(dates("in the 1990s, sales fell")[0].0, "the 1990s");
        assert_eq!(dates("Listen to 1990s music")[0].0, "1990s");
        assert_eq!(dates("the 2000s-era phones")[0].1, "2000-01-01..2009-12-31");
        // A count of thousands, and a number with an `s` that is no decade.
        assert!(dates("2000s of fans came").is_empty());
        assert!(dates("in the 1995s").is_empty());
    }

    #[test]
    fn parts_of_periods() {
        assert_eq!(lit("mid-2014"), "2014-05-01..2014-08-31");
        assert_eq!(lit("late 2014"), "2014-09-01..2014-12-31");
        assert_eq!(lit("early 2014"), "2014-01-01..2014-04-30");
        assert_eq!(lit("the end of 2000"), "2000-09-01..2000-12-31");
        assert_eq!(lit("mid-November"), "--11-11..--11-20 (year not given)");
        assert_eq!(lit("early March"), "--03-01..--03-10 (year not given)");
        assert_eq!(lit("late November"), "--11-21..--11-30 (year not given)");
        assert_eq!(lit("late February 2015"), "2015-02-21..2015-02-28");
        assert_eq!(lit("the end of March"), "--03-21..--03-31 (year not given)");
        assert_eq!(lit("the late 1990s"), "1996-09-01..1999-12-31");
        assert_eq!(lit("from 2007 to the end of 2008"), "2007-01-01..2008-12-31");
        assert_eq!(lit("from early March to late May"), "--03..--05 (year not given)");
        assert_eq!(lit("the late president"), "\"the late president\"");
        assert!(dates("early voting began").is_empty());
        assert!(dates("the late president spoke").is_empty());
        assert!(dates("a mid-size car").is_empty());
        assert!(dates("at the end of the day").is_empty());
        // `May` the name.
        assert!(dates("before the end of May's term").iter().all(|(t, _)| t == "May's"));
        assert!(dates("the late May Smith spoke").is_empty());
    }

    #[test]
    fn yearless_spans_across_months() {
        assert_eq!(lit("between August and October"), "--08..--10 (year not given)");
        assert_eq!(lit("from September to November"), "--09..--11 (year not given)");
        assert_eq!(lit("from Sep to Nov"), "--09..--11 (year not given)");
        assert_eq!(lit("from November to February"), "--11..--02 (year not given)");
        assert_eq!(lit("between January 1st and April 5th"), "--01-01..--04-05 (year not given)");
        assert_eq!(lit("from 10/25 to 01/25"), "--10-25..--01-25 (year not given)");
        assert_eq!(lit("from September to November 2015"), "2015-09-01..2015-11-30");
        assert_eq!(lit("from November 2016 to February"), "2016-11-01..2017-02-28");
        assert_eq!(dates("sales rose during Q3")[0].1, "--07..--09 (year not given)");
        assert_eq!(lit("Q3"), "--07..--09 (year not given)");
        // Both months are needed, and fractions are not days.
        assert!(dates("between August and").is_empty());
        assert!(dates("rose from 1/2 to 3/4").is_empty());
        // Without `from` or `between`, figures across months are more often odds.
        assert!(dates("odds of 10/1 to 11/7").is_empty());
    }
}
