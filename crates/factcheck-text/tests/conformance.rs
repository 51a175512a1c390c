//! Conformance of the value reader (`factcheck_text::extract`) with Microsoft Recognizers-Text's
//! English test specs (`tests/conformance/recognizers-text/`, see its PROVENANCE.md).
//!
//! Each spec case is an input and the values the reference reads in it. A case is in scope
//! unless a rule below says a news fact-checker does not need it; an in-scope case passes when
//! factcheck reads every expected value over the expected words. The results are compared with
//! the committed baseline, `conformance.md`: fewer passing cases in any file fails the test, and
//! any other change asks for the baseline to be regenerated:
//!
//! ```sh
//! FACTCHECK_UPDATE_CONFORMANCE=1 cargo test -p factcheck-text --test conformance
//! FACTCHECK_CONFORMANCE_VERBOSE=1 cargo test -p factcheck-text --test conformance -- --nocapture
//! ```
//!
//! The verbose run lists every failing in-scope case; `FACTCHECK_CONFORMANCE_VERBOSE=all` also
//! lists every out-of-scope case with the rule that put it out.

use factcheck_core::interval::format_decimal;
use factcheck_core::{Bound, DateValue, Interval, Value};
use factcheck_text::extract::{Mention, extract};
use factcheck_text::text::tokenize;
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde_json::Value as Json;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::str::FromStr;

// ---------------------------------------------------------------------------------------------
// The spec files
// ---------------------------------------------------------------------------------------------

/// Which Recognizers model a spec file tests, which decides how its expectations read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Model {
    Number,
    Percent,
    NumberRange,
    Currency,
    Dimension,
    Temperature,
    DateExtractor,
    DateParser,
    DatePeriodParser,
    DateTime,
}

impl Model {
    fn is_date(self) -> bool {
        matches!(self, Model::DateExtractor | Model::DateParser | Model::DatePeriodParser | Model::DateTime)
    }
}

struct SpecFile {
    path: &'static str,
    model: Model,
    /// The pass rate on in-scope cases aimed at (issue 13's, else issue 3's), in percent.
    target: Option<u32>,
}

const SPECS: &[SpecFile] = &[
    SpecFile { path: "Number/NumberModel.json", model: Model::Number, target: Some(95) },
    SpecFile { path: "Number/PercentModel.json", model: Model::Percent, target: Some(98) },
    SpecFile { path: "Number/NumberRangeModel.json", model: Model::NumberRange, target: Some(80) },
    SpecFile { path: "NumberWithUnit/CurrencyModel.json", model: Model::Currency, target: Some(97) },
    SpecFile { path: "NumberWithUnit/DimensionModel.json", model: Model::Dimension, target: Some(90) },
    SpecFile { path: "NumberWithUnit/TemperatureModel.json", model: Model::Temperature, target: None },
    SpecFile { path: "DateTime/DateExtractor.json", model: Model::DateExtractor, target: Some(97) },
    SpecFile { path: "DateTime/DateParser.json", model: Model::DateParser, target: Some(97) },
    SpecFile { path: "DateTime/DatePeriodParser.json", model: Model::DatePeriodParser, target: Some(90) },
    SpecFile { path: "DateTime/DateTimeModel.json", model: Model::DateTime, target: Some(92) },
];

const UPDATE_VAR: &str = "FACTCHECK_UPDATE_CONFORMANCE";
const VERBOSE_VAR: &str = "FACTCHECK_CONFORMANCE_VERBOSE";
const REGENERATE: &str = "FACTCHECK_UPDATE_CONFORMANCE=1 cargo test -p factcheck-text --test conformance";
/// Failing examples listed per file in conformance.md.
const EXAMPLES: usize = 8;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

// ---------------------------------------------------------------------------------------------
// Out-of-scope rules
// ---------------------------------------------------------------------------------------------

/// A reason to leave a case out: pattern checks on the case's input, expected text, type and
/// resolution, never a list of inputs.
struct Rule {
    id: &'static str,
    about: &'static str,
}

const REFERENCE_FAILS: Rule = Rule {
    id: "reference-fails",
    about: "marked `NotSupported` for `dotnet`, the reference implementation: its own output differs, \
            so the expectation is not a settled reading",
};
const NOT_A_DATE: Rule = Rule {
    id: "time-duration-set",
    about: "DateTimeModel results other than `date` and `daterange`: times of day, date-times, \
            durations, recurring sets, time zones. factcheck reads calendar dates only",
};
const UNRESOLVED: Rule = Rule {
    id: "unresolved",
    about: "the reference resolves no dates: seasons, fiscal and school years, impossible dates \
            (`Feb 30`, `31st of this month` in November)",
};
const OPEN_ENDED: Rule = Rule {
    id: "open-ended",
    about: "open-ended date ranges (`since August`, `before 2018`, `no later than January 1, 2010`): a \
            date value has two ends; in a claim the qualifier is the operator",
};
const RELATIVE: Rule = Rule {
    id: "relative",
    about: "dates relative to the time of writing or offset from another date (`tomorrow`, `next week`, \
            `this September`, `3 days ago`, `in 2 weeks`, `2 weeks before May 13 1999`): the text does \
            not state the date, calendar arithmetic on the article's date does. Found by relative \
            words, by a count of days/weeks/months/years, or by a resolved year the text never names",
};
const YEAR_IN_WORDS: Rule = Rule {
    id: "year-in-words",
    about: "years written in words (`nineteen seventy eight`, `two thousand and eighteen`): news style \
            writes years in figures",
};
const WEEKDAY_WEEK: Rule = Rule {
    id: "weekday-week",
    about: "weekdays and weeks (`Friday`, `the first Friday of July`, `Friday the 22nd`, `the week of \
            April 10th`, `week 31`): a weekday alone names no date, and week numbering is a calendar \
            convention. A weekday beside a month and a day (`Monday, January 12th, 2016`) stays in scope",
};
const NAMED_DAY: Rule = Rule {
    id: "named-day",
    about: "named days without month or day number (`Christmas`, `Independence Day`, `Easter 2018`)",
};
const NUMERIC_DAY_MONTH: Rule = Rule {
    id: "numeric-day-month",
    about: "a day and month in figures without a year (`4/22`, `22/04`, `4.22`, `from 10/1 to 11/7`): in \
            running news text these are scores, ratios or decimals",
};
const DAY_ONLY: Rule =
    Rule { id: "day-only", about: "a day of the month without its month (`on 15`, `the 27th`, `the second`)" };
const COMPACT_DATE: Rule = Rule {
    id: "compact-date",
    about: "dates run together in eight digits (`20161016`, `report-20170302.html`): identifiers and file \
            names, not news text",
};
const FRACTION: Rule = Rule {
    id: "exotic-fraction",
    about: "fractions factcheck does not read: improper and compound ones in words (`twenty-three fifths`, \
            `one hundred thirty fifths`, `two and fifty-four hundredths`, `twenty and three and three \
            fifths`), parts past tenths other than hundredths (`a trillionth`, `three twenty-firsts`, \
            `two out of five hundreds`), `one over 20`; and a count the reference \
            reads apart from the whole after it (`more than 2` in `more than 2 in 5`, a share in \
            factcheck). Fractions alone are shares, read as percentages (`two thirds` is 66.67%)",
};
const POWER: Rule =
    Rule { id: "power", about: "scientific notation and powers (`1e10`, `1.1^23`, subtype `power`): not news writing" };
const CODE_OR_ADDRESS: Rule = Rule {
    id: "code-or-address",
    about: "digits of a name, code, phone number, address or date read as separate numbers \
            (`SCP-173`, `192.168.1.2`, `+1-222-2222/2222`, `5/17/2018`): factcheck keeps `F-16` and \
            `Covid-19` out of figures on purpose",
};
const PERCENT_FIRST: Rule = Rule {
    id: "percent-first",
    about: "`percent` before its number (`percent of 10`, `per cent of twenty-two`): not English news \
            usage",
};
const NO_ISO_CURRENCY: Rule = Rule {
    id: "no-iso-currency",
    about: "currencies with no ISO 4217 code (bitcoin, satoshi, `sen`): factcheck's money is ISO-coded",
};
const ANGLE: Rule = Rule { id: "angle", about: "angles (`90 degrees`, `0.8rad`, `a half turn`): not news measures" };
const ORDINAL: Rule = Rule {
    id: "ordinal",
    about: "ordinals read as numbers (`between the tenth and the fifteenth`): ranks, not quantities",
};
const MATH_SYMBOLS: Rule =
    Rule { id: "math-symbols", about: "comparison symbols (`x>10`, `<= 30`, `=2019`): query syntax, not news text" };
const UNKNOWN_UNIT: Rule =
    Rule { id: "unknown-unit", about: "a Recognizers unit this runner has no factcheck symbol for (none at present)" };

/// Every rule, in the order they are listed in conformance.md.
const RULES: &[&Rule] = &[
    &REFERENCE_FAILS,
    &NOT_A_DATE,
    &UNRESOLVED,
    &OPEN_ENDED,
    &RELATIVE,
    &YEAR_IN_WORDS,
    &WEEKDAY_WEEK,
    &NAMED_DAY,
    &NUMERIC_DAY_MONTH,
    &DAY_ONLY,
    &COMPACT_DATE,
    &FRACTION,
    &POWER,
    &CODE_OR_ADDRESS,
    &PERCENT_FIRST,
    &NO_ISO_CURRENCY,
    &ANGLE,
    &ORDINAL,
    &MATH_SYMBOLS,
    &UNKNOWN_UNIT,
];

// ---------------------------------------------------------------------------------------------
// Word lists for the rules
// ---------------------------------------------------------------------------------------------

const MONTH_WORDS: &str = "january jan february feb march mar april apr may june jun july jul august aug \
    september sep sept october oct november nov december dec";

const WEEKDAY_WORDS: &str = "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri \
    saturday sat sunday sun";

const RELATIVE_WORDS: &str = "today tonight tomorrow tmrw yesterday now ago later hence next last past previous \
    prior this coming upcoming current same that rest remaining within earlier following \
    otd my date";

const PERIOD_WORDS: &str = "day days week weeks month months year years fortnight fortnights decade decades";

const WEEK_WORDS: &str = "week weeks weekend weekends workweek fortnight";

const CARDINAL_WORDS: &str = "a an one two three four five six seven eight nine ten eleven twelve fifteen twenty \
    thirty forty fifty few couple several";

/// Number words that can write a day of the month (`May twenty one`, `the second`).
const DAY_WORDS: &str = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen \
    fifteen sixteen seventeen eighteen nineteen twenty thirty first second third fourth \
    fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth \
    fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth";

const ORDINAL_WORDS: &str = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth \
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth \
    twentieth thirtieth fortieth fiftieth hundredth thousandth";

/// Words that follow a century word in a year written out (`nineteen seventy`, `nineteen oh one`).
const YEAR_TAIL_WORDS: &str = "zero oh ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen \
    nineteen twenty thirty forty fifty sixty seventy eighty ninety";

const CENTURY_WORDS: &str = "seventeen eighteen nineteen twenty";

/// Words that name the parts of a fraction in words (`halves`, `quarters`, `fifths`).
const FRACTION_WORDS: &str = "halves quarters thirds fourths fifths sixths sevenths eighths ninths tenths hundredths";

/// Parts factcheck does not read (past tenths, other than hundredths).
const EXOTIC_PARTS: &str = "trillionth trillionths billionth billionths millionth millionths thousandth thousandths \
    firsts";

/// Number words that cannot be the numerator of a part alone: `twenty fifths` is improper, and
/// `hundred thirty fifths` compound.
const LARGE_NUMBER_WORDS: &str = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen \
    twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion";

const SMALL_NUMBER_WORDS: &str = "one two three four five six seven eight nine";

/// Units whose quantities are durations, not dimensions.
const TIME_UNITS: &str = "yr mo wk d h min s";

/// Recognizers currency names without an ISO code, and what they are in factcheck: the codes
/// accepted, and how many of the unit make one of the currency.
fn currency_of(unit: &str) -> Option<(&'static [&'static str], u32)> {
    Some(match unit {
        "Dollar" => (&["USD"], 1),
        "Pound" => (&["GBP"], 1),
        "Franc" => (&["CHF", "FRF", "BEF", "LUF", "XOF", "XAF"], 1),
        "Rupee" => (&["INR", "PKR", "LKR", "NPR"], 1),
        "Cent" => (&["USD"], 100),
        "Pence" | "Penny" => (&["GBP"], 100),
        "Finnish markka" => (&["FIM"], 1),
        "Peseta" => (&["ESP"], 1),
        "Netherlands guilder" => (&["NLG"], 1),
        _ => return None,
    })
}

/// Recognizers dimension and temperature unit names and factcheck's canonical symbols.
fn unit_of(unit: &str) -> Option<&'static [&'static str]> {
    Some(match unit {
        "Meter" => &["m"],
        "Kilometer" => &["km"],
        "Decimeter" => &["dm"],
        "Millimeter" => &["mm"],
        "Picometer" => &["pm"],
        "Mile" => &["mi"],
        "Foot" => &["ft"],
        "Inch" => &["in"],
        "Square meter" => &["m2"],
        "Square kilometer" => &["km2"],
        "Acre" => &["acre"],
        "Cubic foot" => &["ft3"],
        "Kilogram" => &["kg"],
        "Gram" => &["g"],
        "Microgram" => &["µg"],
        "Pound" => &["lb"],
        "Ounce" => &["oz"],
        "Dram" => &["dr"],
        "Ton" | "Metric ton" => &["t"],
        "Gallon" => &["gal"],
        "Milliliter" => &["ml"],
        "Barrel" => &["bbl"],
        "Tablespoon" => &["tbsp"],
        "Teaspoon" => &["tsp"],
        "Cup" => &["cup"],
        "Bit" => &["bit"],
        "Megabit" => &["Mbit"],
        "Megabyte" => &["MB"],
        "Mile per hour" => &["mph"],
        "Kilometer per hour" => &["km/h"],
        "Meter per millisecond" => &["m/ms"],
        "Centimeter per millisecond" => &["cm/ms"],
        "Kilometer per millisecond" => &["km/ms"],
        "C" => &["°C"],
        "F" => &["°F"],
        // A temperature whose scale is not written.
        "Degree" => &["°", "°C", "°F"],
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Expectations
// ---------------------------------------------------------------------------------------------

/// A date or period the reference expects. `end` is its last day or the day after it (the
/// reference's ends are exclusive for periods).
#[derive(Debug, Clone, Copy)]
struct ExpDate {
    start: Date,
    end: Date,
    /// The year is not in the text (Timex `XXXX`): only month and day are compared.
    yearless: bool,
    /// A range between two points (Timex `(a,b,P..)`), whose end may be the start of its last
    /// month or year (`2014-2018` ends 2018-01-01).
    range: bool,
    /// Names a part of a period (`end of March`, `mid 1989`): whose bounds are a convention.
    part: bool,
}

#[derive(Debug, Clone)]
enum Want {
    /// A number, read by itself or inside money, a percentage or a quantity.
    Number(Decimal),
    Percent(Decimal),
    /// The ends of a number range, `None` where it is open.
    Range(Option<Decimal>, Option<Decimal>),
    Money(Vec<String>, Decimal),
    Quantity(&'static [&'static str], Decimal),
    /// Any date over the expected words (DateExtractor gives no values).
    AnyDate,
    Date(ExpDate),
}

/// One value a case expects: where (bytes of the input) and what.
#[derive(Debug, Clone)]
struct Expect {
    start: usize,
    end: usize,
    text: String,
    want: Want,
}

/// A spec case, parsed.
struct Case {
    input: String,
    as_of: Option<Date>,
    results: Vec<Json>,
    not_supported: String,
}

enum Outcome {
    OutOfScope(&'static Rule),
    Pass,
    Fail { expected: String, read: String },
}

fn str_field<'a>(v: &'a Json, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Json::as_str)
}

fn parse_case(v: &Json) -> Case {
    let input = str_field(v, "Input").unwrap_or_default().to_string();
    let as_of = v.get("Context").and_then(|c| str_field(c, "ReferenceDateTime")).and_then(parse_date);
    let results = v.get("Results").and_then(Json::as_array).cloned().unwrap_or_default();
    let not_supported = ["NotSupported", "NotSupportedByDesign"]
        .iter()
        .filter_map(|k| str_field(v, k))
        .collect::<Vec<_>>()
        .join(",")
        .to_lowercase();
    Case { input, as_of, results, not_supported }
}

/// `2016-11-07`, `2016-11-07T00:00:00`, `2016-11-07 15:50:06`.
fn parse_date(s: &str) -> Option<Date> {
    let day = s.get(..10)?;
    let mut parts = day.split('-');
    let y: i16 = parts.next()?.parse().ok()?;
    let m: i8 = parts.next()?.parse().ok()?;
    let d: i8 = parts.next()?.parse().ok()?;
    // The reference writes 0001-01-01 for a date that does not exist (`Feb 30`).
    if y <= 1 {
        return None;
    }
    Date::new(y, m, d).ok()
}

/// A decimal written as `75000000`, `-5`, `1E-12`, `1.232E+15` or `100%`, or a JSON number.
fn parse_number(v: &Json) -> Option<Decimal> {
    let s = match v {
        Json::String(s) => s.clone(),
        Json::Number(n) => n.to_string(),
        _ => return None,
    };
    let s = s.trim().trim_end_matches('%');
    if s.contains(['e', 'E']) { Decimal::from_scientific(s).ok() } else { Decimal::from_str(s).ok() }
}

/// Byte offset of the `n`th character of `s`.
fn byte_at(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// Where the result stands in the input, in bytes: from `Start` and `End` (inclusive) or
/// `Length`, in characters; or, if those do not hold the text, its first occurrence.
fn locate(input: &str, result: &Json, text: &str) -> (usize, usize) {
    let start = result.get("Start").and_then(Json::as_u64).unwrap_or(0) as usize;
    let end = match (result.get("End").and_then(Json::as_u64), result.get("Length").and_then(Json::as_u64)) {
        (Some(e), _) => e as usize + 1,
        (None, Some(l)) => start + l as usize,
        (None, None) => start + text.chars().count(),
    };
    let (b0, b1) = (byte_at(input, start), byte_at(input, end));
    if input[b0..b1].to_lowercase() == text.to_lowercase() {
        return (b0, b1);
    }
    let lower = input.to_lowercase();
    match lower.find(&text.to_lowercase()).filter(|_| lower.len() == input.len()) {
        Some(at) => (at, at + text.len()),
        None => (b0, b1),
    }
}

/// Lower-case words of a text, split at anything that is not a letter or digit and between
/// letters and digits (`mar3` is `mar`, `3`; `1970s` is `1970`, `s`).
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut cur_digit = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            let digit = c.is_ascii_digit();
            if !cur.is_empty() && digit != cur_digit {
                out.push(std::mem::take(&mut cur));
            }
            cur_digit = digit;
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// True when `w` is one of the space-separated words of `list`.
fn in_list(list: &str, w: &str) -> bool {
    list.split_whitespace().any(|x| x == w)
}

fn has_any(ws: &[String], list: &str) -> bool {
    ws.iter().any(|w| in_list(list, w))
}

fn is_digits(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// Two numbers joined by `/`, `.` or `-` (`4/22`, `4.22`, `10-1`).
fn has_numeric_date(text: &str) -> bool {
    let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    chars.windows(3).any(|w| w[0].is_ascii_digit() && matches!(w[1], '/' | '.' | '-') && w[2].is_ascii_digit())
}

/// A day of the month, in figures (`15`, `27th`) or words (`second`, `twenty one`).
fn has_day_number(ws: &[String]) -> bool {
    ws.iter().any(|w| {
        (is_digits(w) && w.len() <= 2 && w.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n)))
            || in_list(DAY_WORDS, w.as_str())
    })
}

/// A four-digit year in figures, or a numeric date of three parts (`05/05/89`).
fn names_year_in_figures(text: &str, ws: &[String]) -> bool {
    let four =
        ws.iter().any(|w| is_digits(w) && w.len() >= 4) || ws.windows(2).any(|p| p[0] == "year" && is_digits(&p[1]));
    let numeric_parts = text.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty()).count();
    four || (has_numeric_date(text) && numeric_parts >= 3)
}

/// The text names `year`: its four digits inside a number, or its last two as a number.
fn names_year(ws: &[String], year: i16) -> bool {
    let full = format!("{year:04}");
    let short = format!("{:02}", year.rem_euclid(100));
    ws.iter().any(|w| is_digits(w) && (w.contains(&full) || *w == short || w.parse::<i64>() == Ok(i64::from(year))))
}

fn year_in_words(ws: &[String]) -> bool {
    let century =
        ws.windows(2).any(|p| in_list(CENTURY_WORDS, p[0].as_str()) && in_list(YEAR_TAIL_WORDS, p[1].as_str()));
    century || has_any(ws, "thousand hundred")
}

/// A count before a period word: `3 days`, `two weeks`, `4 business days`, `a month`; not an
/// ordinal (`the 15th day`, `twenty third day`).
fn has_offset(ws: &[String]) -> bool {
    let cardinal = |w: &str| is_digits(w) || in_list(CARDINAL_WORDS, w);
    let ordinal = |w: &str| matches!(w, "st" | "nd" | "rd" | "th") || in_list(ORDINAL_WORDS, w);
    (1..ws.len()).any(|i| {
        in_list(PERIOD_WORDS, ws[i].as_str())
            && (cardinal(&ws[i - 1]) || (i >= 2 && cardinal(&ws[i - 2]) && !ordinal(&ws[i - 1])))
    })
}

/// The text is a bare period noun (`the day`, `my week`, `the year`).
fn bare_period(ws: &[String]) -> bool {
    let rest: Vec<&String> =
        ws.iter().filter(|w| !matches!(w.as_str(), "the" | "for" | "on" | "in" | "of" | "before" | "after")).collect();
    rest.len() == 1 && in_list(PERIOD_WORDS, rest[0].as_str())
}

/// The years written in a Timex (`2016-11`, `(2016-11-01,2017-02-01,P3M)`).
fn timex_years(timex: &str) -> Vec<i16> {
    timex
        .trim_start_matches('(')
        .split(',')
        .filter_map(|p| p.get(..4).filter(|y| is_digits(y)).and_then(|y| y.parse().ok()))
        .collect()
}

/// A quarter or half year (`Q3`, `2016 H2`, `the third quarter`).
fn is_quarter(ws: &[String]) -> bool {
    has_any(ws, "quarter quarters")
        || ws.windows(2).any(|p| matches!(p[0].as_str(), "q" | "h") && matches!(p[1].as_str(), "1" | "2" | "3" | "4"))
}

/// Timex parts that name weeks or weekdays (`2016-W45`, `XXXX-WXX-5`), durations aside.
fn timex_has_week(timex: &str) -> bool {
    timex
        .trim_start_matches('(')
        .trim_end_matches(')')
        .split(',')
        .filter(|p| !p.starts_with('P'))
        .any(|p| p.contains('W'))
}

/// Applies the date rules to one expected result (text lower-cased, Timex when known).
fn date_scope(text: &str, timex: Option<&str>, exp: Option<&ExpDate>) -> Option<&'static Rule> {
    let ws = words(text);
    let has_month = has_any(&ws, MONTH_WORDS);
    let numeric = has_numeric_date(text);
    let weekday = has_any(&ws, WEEKDAY_WORDS);
    let year_figures = names_year_in_figures(text, &ws);
    if has_any(&ws, RELATIVE_WORDS) || has_offset(&ws) || bare_period(&ws) {
        return Some(&RELATIVE);
    }
    if ws.iter().any(|w| is_digits(w) && w.len() == 8) {
        return Some(&COMPACT_DATE);
    }
    if year_in_words(&ws) && !year_figures {
        return Some(&YEAR_IN_WORDS);
    }
    let week = has_any(&ws, WEEK_WORDS) || text.contains("w/c") || timex.is_some_and(timex_has_week);
    if week || (weekday && !(has_day_number(&ws) && (has_month || numeric))) {
        return Some(&WEEKDAY_WEEK);
    }
    if !has_month && !numeric && !is_quarter(&ws) {
        if !year_figures {
            return Some(if has_day_number(&ws) { &DAY_ONLY } else { &NAMED_DAY });
        }
        // `Easter 2018`: a year and a single day the text does not spell out.
        if !has_day_number(&ws) && exp.is_some_and(|e| e.start == e.end) {
            return Some(&NAMED_DAY);
        }
    }
    if !has_month && numeric && !year_figures && timex.is_none_or(|t| t.contains("XXXX")) {
        return Some(&NUMERIC_DAY_MONTH);
    }
    // A year the reference resolved but the text never names came from the reference date.
    if let Some(years) = timex.map(timex_years)
        && !years.is_empty()
        && !years.iter().any(|y| names_year(&ws, *y))
    {
        return Some(&RELATIVE);
    }
    None
}

/// Applies the number rules to one expected result.
fn number_scope(case: &Case, model: Model, result: &Json, text: &str, span: (usize, usize)) -> Option<&'static Rule> {
    let ws = words(text);
    let subtype = result.get("Resolution").and_then(|r| str_field(r, "subtype"));
    if exotic_fraction(&case.input, &ws, span) {
        return Some(&FRACTION);
    }
    if subtype == Some("power") {
        return Some(&POWER);
    }
    if model == Model::NumberRange && text.contains(['<', '>', '=']) {
        return Some(&MATH_SYMBOLS);
    }
    if ws.iter().any(|w| in_list(ORDINAL_WORDS, w.as_str()))
        || ws.windows(2).any(|p| is_digits(&p[0]) && matches!(p[1].as_str(), "st" | "nd" | "rd" | "th"))
    {
        return Some(&ORDINAL);
    }
    if glued(&case.input, span) {
        return Some(&CODE_OR_ADDRESS);
    }
    if model == Model::Percent && (ws.first().is_some_and(|w| w.starts_with("percent")) || text.starts_with("per cent"))
    {
        return Some(&PERCENT_FIRST);
    }
    if model == Model::Dimension
        && result
            .get("Resolution")
            .and_then(|r| str_field(r, "subtype"))
            .is_some_and(|s| s.eq_ignore_ascii_case("angle"))
    {
        return Some(&ANGLE);
    }
    None
}

/// A fraction factcheck does not read (see [`FRACTION`]) in the words `ws` of the expected
/// text at `span` of `input`.
fn exotic_fraction(input: &str, ws: &[String], (_, end): (usize, usize)) -> bool {
    let number = |x: &str| is_digits(x) || in_list(DAY_WORDS, x) || in_list(LARGE_NUMBER_WORDS, x);
    let over = ws.windows(3).any(|w| number(&w[0]) && w[1] == "over" && number(&w[2]));
    let improper = ws.iter().enumerate().any(|(k, w)| {
        in_list(FRACTION_WORDS, w)
            && k > 0
            && (in_list(LARGE_NUMBER_WORDS, &ws[k - 1])
                || in_list(SMALL_NUMBER_WORDS, &ws[k - 1])
                    && k > 1
                    && (in_list(LARGE_NUMBER_WORDS, &ws[k - 2]) || in_list(SMALL_NUMBER_WORDS, &ws[k - 2])))
    });
    // `more than 2` of `more than 2 in 5`: the reference leaves out the whole.
    let after = words(&input[end..]);
    let count = |w: &str| -> Option<u64> {
        const WORDS: &str = "zero one two three four five six seven eight nine ten eleven twelve";
        w.parse().ok().or_else(|| WORDS.split(' ').position(|x| x == w).map(|n| n as u64))
    };
    let cut_ratio = !ws.iter().any(|w| w == "in")
        && after.first().is_some_and(|w| w == "in")
        && match (ws.last().and_then(|w| count(w)), after.get(1).and_then(|w| count(w))) {
            (Some(part), Some(whole)) => part <= whole && !(1000..=2100).contains(&whole),
            _ => false,
        };
    // `two out of five hundreds`: hundreds as parts; `twenty and three`: an old-style compound.
    let odd_parts = ws.windows(2).any(|p| number(&p[0]) && p[1] == "hundreds");
    let old_compound = ws.windows(3).any(|w| {
        in_list(LARGE_NUMBER_WORDS, &w[0]) && w[0].ends_with('y') && w[1] == "and" && in_list(SMALL_NUMBER_WORDS, &w[2])
    });
    over || improper || cut_ratio || odd_parts || old_compound || has_any(ws, EXOTIC_PARTS)
}

/// The expected figure is glued to a word (`SCP-173`) or is one part of digits joined by `/`,
/// `.` or `-` (`192.168.1.2`, `5/17/2018`, `+1-222`).
fn glued(input: &str, (start, end): (usize, usize)) -> bool {
    let before: Vec<char> = input[..start].chars().rev().take(2).collect();
    let after: Vec<char> = input[end..].chars().take(2).collect();
    let letter_before = before.first().is_some_and(|c| c.is_alphabetic())
        || (before.first() == Some(&'-') && before.get(1).is_some_and(|c| c.is_alphabetic()));
    let joined = |pair: &[char]| {
        pair.first().is_some_and(|c| matches!(c, '/' | '.' | '-')) && pair.get(1).is_some_and(char::is_ascii_digit)
    };
    let first_digit = input[start..end].starts_with(|c: char| c.is_ascii_digit());
    letter_before && first_digit || joined(&before) || joined(&after)
}

/// What one expected result asks for, `Ok(None)` when it names no figure (`dollar` alone), or
/// the rule that puts it out of scope.
fn expectation(model: Model, case: &Case, result: &Json) -> Result<Option<Expect>, &'static Rule> {
    let text = str_field(result, "Text").unwrap_or_default().to_string();
    let (start, end) = locate(&case.input, result, &text);
    let lower = text.to_lowercase();
    let resolution = result.get("Resolution").cloned().unwrap_or(Json::Null);
    let make = |want| Ok(Some(Expect { start, end, text: text.clone(), want }));
    if model.is_date() {
        return date_expectation(model, result, &lower).and_then(make);
    }
    let value = resolution.get("value").and_then(parse_number);
    let Some(value) = value else {
        // `dollar`, `celsius`, `a small percent`: no figure to read.
        return Ok(None);
    };
    if let Some(rule) = number_scope(case, model, result, &lower, (start, end)) {
        return Err(rule);
    }
    match model {
        Model::Number => make(Want::Number(value)),
        Model::Percent => make(Want::Percent(value)),
        Model::NumberRange => unreachable!("ranges are read by range_expectation"),
        Model::Currency => {
            let unit = str_field(&resolution, "unit").unwrap_or_default();
            let iso = str_field(&resolution, "isoCurrency");
            let (codes, per) = match iso {
                Some(code) => (vec![code.to_string()], 1),
                None => {
                    let (codes, per) = currency_of(unit).ok_or(&NO_ISO_CURRENCY)?;
                    (codes.iter().map(|c| c.to_string()).collect(), per)
                }
            };
            make(Want::Money(codes, value / Decimal::from(per)))
        }
        Model::Dimension | Model::Temperature => {
            let unit = str_field(&resolution, "unit").unwrap_or_default();
            make(Want::Quantity(unit_of(unit).ok_or(&UNKNOWN_UNIT)?, value))
        }
        _ => unreachable!("dates are read by date_expectation"),
    }
}

/// A number range: `(20,35]`, `[30,)`, `(,100]`.
fn range_expectation(case: &Case, result: &Json) -> Result<Option<Expect>, &'static Rule> {
    let text = str_field(result, "Text").unwrap_or_default().to_string();
    let (start, end) = locate(&case.input, result, &text);
    let Some(value) = result.get("Resolution").and_then(|r| str_field(r, "value")) else { return Ok(None) };
    let inner = value.trim_matches(|c| matches!(c, '(' | ')' | '[' | ']'));
    let Some((low, high)) = inner.split_once(',') else { return Ok(None) };
    let end_of = |s: &str| if s.trim().is_empty() { None } else { parse_number(&Json::String(s.trim().to_string())) };
    let (low, high) = (end_of(low), end_of(high));
    if let Some(rule) = number_scope(case, Model::NumberRange, result, &text.to_lowercase(), (start, end)) {
        return Err(rule);
    }
    Ok(Some(Expect { start, end, text, want: Want::Range(low, high) }))
}

fn date_expectation(model: Model, result: &Json, lower: &str) -> Result<Want, &'static Rule> {
    match model {
        Model::DateExtractor => date_scope(lower, None, None).map_or(Ok(Want::AnyDate), Err),
        Model::DateParser | Model::DatePeriodParser => {
            let value = result.get("Value").cloned().unwrap_or(Json::Null);
            let timex = str_field(&value, "Timex").unwrap_or_default();
            let future = value.get("FutureResolution").cloned().unwrap_or(Json::Null);
            let (start, end) = if model == Model::DateParser {
                let d = str_field(&future, "date");
                (d, d)
            } else {
                (str_field(&future, "startDate"), str_field(&future, "endDate"))
            };
            let exp = ExpDate { part: names_part(lower), ..resolved(timex, start, end)? };
            date_scope(lower, Some(timex), Some(&exp)).map_or(Ok(Want::Date(exp)), Err)
        }
        Model::DateTime => {
            let type_name = str_field(result, "TypeName").or_else(|| str_field(result, "Typename")).unwrap_or_default();
            if !matches!(type_name, "datetimeV2.date" | "datetimeV2.daterange") {
                return Err(&NOT_A_DATE);
            }
            let values = result.get("Resolution").and_then(|r| r.get("values")).and_then(Json::as_array);
            let first = values.and_then(|v| v.first()).cloned().unwrap_or(Json::Null);
            let timex = str_field(&first, "timex").unwrap_or_default();
            let (start, end) = match str_field(&first, "value") {
                Some(v) => (Some(v), Some(v)),
                None => (str_field(&first, "start"), str_field(&first, "end")),
            };
            let exp = ExpDate { part: names_part(lower), ..resolved(timex, start, end)? };
            date_scope(lower, Some(timex), Some(&exp)).map_or(Ok(Want::Date(exp)), Err)
        }
        _ => unreachable!("not a date model"),
    }
}

/// The reference's resolution as an expected date, or why it has none.
fn resolved(timex: &str, start: Option<&str>, end: Option<&str>) -> Result<ExpDate, &'static Rule> {
    let (start, end) = match (start.map(parse_date), end.map(parse_date)) {
        (None, None) => return Err(&UNRESOLVED),
        (Some(None), _) | (_, Some(None)) => return Err(&UNRESOLVED),
        (Some(Some(s)), Some(Some(e))) => (s, e),
        _ => return Err(&OPEN_ENDED),
    };
    Ok(ExpDate { start, end, yearless: timex.contains("XXXX"), range: timex.starts_with('('), part: false })
}

// ---------------------------------------------------------------------------------------------
// Judging a case
// ---------------------------------------------------------------------------------------------

fn same(a: Decimal, b: Decimal) -> bool {
    let scale = b.abs().max(Decimal::ONE);
    (a - b).abs() <= scale * Decimal::new(1, 9)
}

/// The number a mention states: its amount, or the year of a whole-year date (`2011`).
fn number_of(value: &Value) -> Option<Decimal> {
    if let Some(a) = value.amount() {
        return Some(a.value);
    }
    match value {
        Value::Date(DateValue::Span { start, end })
            if start.month() == 1 && start.day() == 1 && *end == start.last_of_year() =>
        {
            Some(Decimal::from(start.year()))
        }
        _ => None,
    }
}

/// True when `value` is the share `fraction` of a whole: a fraction alone (`two thirds`, `3/4`,
/// `more than half`) reads as a percentage to four digits (66.67%).
fn is_share(value: &Value, fraction: Decimal) -> bool {
    let Value::Percent(a) = value else { return false };
    let want = fraction * Decimal::ONE_HUNDRED;
    (a.value - want).abs() <= (want.abs() / Decimal::from(1000)).max(Decimal::new(1, 12))
}

/// True when an interval is a figure's own precision (or exact), not a range or a qualifier.
fn is_rounding(interval: &Interval, value: Decimal) -> bool {
    match (interval.low, interval.high) {
        (Bound::Inclusive(l), Bound::Inclusive(h)) => l == value && h == value,
        (Bound::Inclusive(l), Bound::Exclusive(h)) => value - l == h - value,
        _ => false,
    }
}

fn range_end_ok(read: Option<Decimal>, want: Option<Decimal>) -> bool {
    match (read, want) {
        (None, None) => true,
        (Some(r), Some(w)) => (r - w).abs() <= (w.abs() / Decimal::TEN).max(Decimal::new(5, 1)),
        _ => false,
    }
}

/// Words that name a part of a period (`early March`, `the end of 2000`, `mid-November`).
const PART_WORDS: &str = "early mid late beginning end start middle";

fn names_part(lower: &str) -> bool {
    has_any(&words(lower), PART_WORDS)
}

/// A part of a period against the reference's: factcheck takes thirds (a month's days 1-10,
/// 11-20, 21 to its end; a year's four months), the reference halves of a month (`end of March`
/// is March 16-31) and of a year in some cases. Each end may be off by up to half the span
/// factcheck read (half a third of the period), the reference's end exclusive or not. Yearless
/// ones are laid in the reference's year first.
fn part_ok(e: &ExpDate, start: Date, end: Date) -> bool {
    let (start, end) = if e.yearless {
        let shift = jiff::Span::new().years(i64::from(e.start.year() - start.year()));
        match (start.checked_add(shift), end.checked_add(shift)) {
            (Ok(s), Ok(t)) => (s, t),
            _ => return false,
        }
    } else {
        (start, end)
    };
    let tolerance = i64::from((end - start).get_days() + 1) / 2;
    let off = |a: Date, b: Date| i64::from((a - b).get_days()).abs();
    let last = e.end.yesterday().unwrap_or(e.end);
    off(start, e.start) <= tolerance && off(end, last).min(off(end, e.end)) <= tolerance
}

fn month_day(d: Date) -> (i8, i8) {
    (d.month(), d.day())
}

fn date_ok(e: &ExpDate, read: DateValue) -> bool {
    let (start, end, read_yearless) = match read {
        DateValue::Span { start, end } => (start, end, false),
        DateValue::Yearless { month, first_day, last_day } => {
            // Without a reference date: any leap year gives month and day.
            let Ok(s) = Date::new(2000, month, first_day) else { return false };
            let last = last_day.min(s.days_in_month());
            let Ok(t) = Date::new(2000, month, last) else { return false };
            (s, t, true)
        }
        DateValue::YearlessSpan { .. } => match read.resolve(Date::new(2000, 1, 1).ok()) {
            DateValue::Span { start, end } => (start, end, true),
            _ => return false,
        },
        // The reference resolves no fiscal years.
        DateValue::Fiscal { .. } => return false,
    };
    if e.part {
        return (e.yearless || !read_yearless) && part_ok(e, start, end);
    }
    if read_yearless && !e.yearless {
        return false;
    }
    let eq = |a: Date, b: Date| if e.yearless { month_day(a) == month_day(b) } else { a == b };
    if !eq(start, e.start) {
        return false;
    }
    let mut ends = vec![e.end];
    if let Ok(before) = e.end.yesterday() {
        ends.push(before);
    }
    if e.range && e.end.day() == 1 {
        ends.push(e.end.last_of_month());
        if e.end.month() == 1 {
            ends.push(e.end.last_of_year());
        }
    }
    ends.into_iter().any(|x| eq(end, x))
}

fn matches(want: &Want, m: &Mention, as_of: Option<Date>) -> bool {
    match want {
        // A fraction alone is a share, read as a percentage: `two thirds` is 66.67%.
        Want::Number(v) => number_of(&m.value).is_some_and(|x| same(x, *v)) || is_share(&m.value, *v),
        Want::Percent(v) => matches!(&m.value, Value::Percent(a) if same(a.value, *v)),
        Want::Range(low, high) => m.value.amount().is_some_and(|a| {
            let ends = |scale: Decimal| {
                range_end_ok(a.interval.low_value().map(|l| l / scale), *low)
                    && range_end_ok(a.interval.high_value().map(|h| h / scale), *high)
            };
            // A range of shares (`more than half`) is read in percent.
            ends(Decimal::ONE) || matches!(m.value, Value::Percent(_)) && ends(Decimal::ONE_HUNDRED)
        }),
        Want::Money(codes, v) => matches!(
            &m.value,
            Value::Money { currency: Some(c), amount } if codes.iter().any(|k| k == c) && same(amount.value, *v)
        ),
        Want::Quantity(units, v) => matches!(
            &m.value,
            Value::Quantity { unit, amount } if units.contains(&unit.as_str()) && same(amount.value, *v)
        ),
        Want::AnyDate => matches!(m.value, Value::Date(_)),
        Want::Date(e) => match m.value {
            Value::Date(d) => date_ok(e, d.resolve(as_of)),
            _ => false,
        },
    }
}

/// The mentions that count as "a value of this file's kind" for cases that expect none.
fn of_kind(model: Model, value: &Value) -> bool {
    match model {
        Model::Number => matches!(value, Value::Number(_)),
        Model::Percent => matches!(value, Value::Percent(_)),
        Model::NumberRange => value.amount().is_some_and(|a| !is_rounding(&a.interval, a.value)),
        Model::Currency => matches!(value, Value::Money { .. }),
        Model::Dimension => {
            matches!(value, Value::Quantity { unit, .. } if !unit.starts_with('°') && !in_list(TIME_UNITS, unit))
        }
        Model::Temperature => matches!(value, Value::Quantity { unit, .. } if unit.starts_with('°')),
        _ => matches!(value, Value::Date(_)),
    }
}

/// The mentions shown as "what factcheck read" for a file.
fn shown(model: Model, value: &Value) -> bool {
    if model.is_date() { matches!(value, Value::Date(_)) } else { value.amount().is_some() }
}

fn judge(model: Model, case: &Case) -> Outcome {
    if case.not_supported.contains("dotnet") {
        return Outcome::OutOfScope(&REFERENCE_FAILS);
    }
    let mut expects = Vec::new();
    for result in &case.results {
        let found = if model == Model::NumberRange {
            range_expectation(case, result)
        } else {
            expectation(model, case, result)
        };
        match found {
            Ok(Some(e)) => expects.push(e),
            Ok(None) => {}
            Err(rule) => return Outcome::OutOfScope(rule),
        }
    }
    let tokens = tokenize(&case.input);
    let mentions = extract(&case.input, &tokens);
    let read = || describe_read(model, &case.input, &mentions, &expects);
    if expects.is_empty() {
        return if mentions.iter().any(|m| of_kind(model, &m.value)) {
            Outcome::Fail { expected: "no value".into(), read: read() }
        } else {
            Outcome::Pass
        };
    }
    let mut used = vec![false; mentions.len()];
    for e in &expects {
        let hit = mentions
            .iter()
            .enumerate()
            .position(|(k, m)| !used[k] && m.start < e.end && e.start < m.end && matches(&e.want, m, case.as_of));
        match hit {
            Some(k) => used[k] = true,
            None => {
                let expected = expects.iter().map(describe_expect).collect::<Vec<_>>().join("; ");
                return Outcome::Fail { expected, read: read() };
            }
        }
    }
    Outcome::Pass
}

// ---------------------------------------------------------------------------------------------
// Descriptions
// ---------------------------------------------------------------------------------------------

fn tick(s: &str) -> String {
    format!("`{}`", s.replace('`', "'").replace('\n', " "))
}

fn describe_date(d: Date, yearless: bool) -> String {
    if yearless { format!("--{:02}-{:02}", d.month(), d.day()) } else { d.to_string() }
}

fn describe_expect(e: &Expect) -> String {
    let want = match &e.want {
        Want::Number(v) => format_decimal(*v),
        Want::Percent(v) => format!("{}%", format_decimal(*v)),
        Want::Range(low, high) => format!(
            "range {}..{}",
            low.map_or("-inf".to_string(), format_decimal),
            high.map_or("inf".to_string(), format_decimal)
        ),
        Want::Money(codes, v) => format!("{} {}", codes.join("/"), format_decimal(*v)),
        Want::Quantity(units, v) => format!("{} {}", format_decimal(*v), units[0]),
        Want::AnyDate => "a date".to_string(),
        Want::Date(d) if d.start == d.end => describe_date(d.start, d.yearless),
        Want::Date(d) => format!(
            "{}{}..{} (end exclusive)",
            if d.range { "range " } else { "" },
            describe_date(d.start, d.yearless),
            describe_date(d.end, d.yearless)
        ),
    };
    format!("{} = {want}", tick(&e.text))
}

fn describe_value(value: &Value) -> String {
    let amount = |a: &factcheck_core::Amount| {
        if is_rounding(&a.interval, a.value) {
            format_decimal(a.value)
        } else {
            format!("{} {}", format_decimal(a.value), a.interval)
        }
    };
    match value {
        Value::Number(a) => amount(a),
        Value::Percent(a) => format!("{}%", amount(a)),
        Value::Money { currency, amount: a } => format!("{} {}", currency.as_deref().unwrap_or("?"), amount(a)),
        Value::Quantity { unit, amount: a } => format!("{} {unit}", amount(a)),
        other => other.to_string(),
    }
}

/// What factcheck read: over the expected words, or, in a case that expects no value, every
/// value of the file's kind (the first few).
fn describe_read(model: Model, input: &str, mentions: &[Mention], expects: &[Expect]) -> String {
    const MAX: usize = 5;
    let relevant = |m: &&Mention| {
        if expects.is_empty() {
            of_kind(model, &m.value)
        } else {
            shown(model, &m.value) && expects.iter().any(|e| m.start < e.end && e.start < m.end)
        }
    };
    let read: Vec<String> = mentions
        .iter()
        .filter(relevant)
        .map(|m| format!("{} → {}", tick(&input[m.start..m.end]), describe_value(&m.value)))
        .collect();
    match read.len() {
        0 if expects.is_empty() => "nothing".to_string(),
        0 => "nothing there".to_string(),
        n if n > MAX => format!("{}; … ({} more)", read[..MAX].join("; "), n - MAX),
        _ => read.join("; "),
    }
}

/// The input, cut to a window around its first expected value when it is long.
fn excerpt(case: &Case) -> String {
    const MAX: usize = 110;
    let chars: Vec<char> = case.input.chars().collect();
    if chars.len() <= MAX {
        return tick(case.input.trim());
    }
    let first = case.results.first().and_then(|r| r.get("Start")).and_then(Json::as_u64).unwrap_or(0) as usize;
    let from = first.saturating_sub(45).min(chars.len() - MAX);
    let to = from + MAX;
    let mut s: String = chars[from..to].iter().collect();
    s = s.trim().to_string();
    format!("{}{}{}", if from > 0 { "…" } else { "" }, tick(&s), if to < chars.len() { "…" } else { "" })
}

// ---------------------------------------------------------------------------------------------
// Running and reporting
// ---------------------------------------------------------------------------------------------

struct Failure {
    input: String,
    expected: String,
    read: String,
}

struct FileReport {
    spec: &'static SpecFile,
    cases: usize,
    in_scope: usize,
    passed: usize,
    /// Out-of-scope cases per rule id.
    out: Vec<(&'static str, usize)>,
    /// Each out-of-scope input with its rule, for `FACTCHECK_CONFORMANCE_VERBOSE=all`.
    out_cases: Vec<(&'static str, String)>,
    failures: Vec<Failure>,
}

fn run_file(spec: &'static SpecFile) -> FileReport {
    let path = repo_root().join("tests/conformance/recognizers-text").join(spec.path);
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json: Json = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
        .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
    let cases = json.as_array().unwrap_or_else(|| panic!("{}: not a list of cases", path.display()));
    let mut report = FileReport {
        spec,
        cases: cases.len(),
        in_scope: 0,
        passed: 0,
        out: Vec::new(),
        out_cases: Vec::new(),
        failures: Vec::new(),
    };
    for v in cases {
        let case = parse_case(v);
        match judge(spec.model, &case) {
            Outcome::OutOfScope(rule) => {
                match report.out.iter_mut().find(|(id, _)| *id == rule.id) {
                    Some((_, n)) => *n += 1,
                    None => report.out.push((rule.id, 1)),
                }
                report.out_cases.push((rule.id, excerpt(&case)));
            }
            Outcome::Pass => {
                report.in_scope += 1;
                report.passed += 1;
            }
            Outcome::Fail { expected, read } => {
                report.in_scope += 1;
                report.failures.push(Failure { input: excerpt(&case), expected, read });
            }
        }
    }
    report
}

fn rate(passed: usize, in_scope: usize) -> String {
    if in_scope == 0 {
        return "—".to_string();
    }
    // One decimal, rounded half up, in integers so the text never depends on float printing.
    let tenths = (passed * 1000 + in_scope / 2) / in_scope;
    format!("{}.{}%", tenths / 10, tenths % 10)
}

fn table(reports: &[FileReport]) -> String {
    let mut s = String::from("| file | cases | in scope | passed | rate | target |\n|---|---:|---:|---:|---:|---:|\n");
    for r in reports {
        let target = r.spec.target.map_or("—".to_string(), |t| format!("{t}%"));
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} |",
            r.spec.path,
            r.cases,
            r.in_scope,
            r.passed,
            rate(r.passed, r.in_scope),
            target
        );
    }
    let (cases, in_scope, passed) =
        reports.iter().fold((0, 0, 0), |(c, i, p), r| (c + r.cases, i + r.in_scope, p + r.passed));
    let _ = writeln!(s, "| total | {cases} | {in_scope} | {passed} | {} | |", rate(passed, in_scope));
    s
}

fn render(reports: &[FileReport]) -> String {
    let mut s = String::new();
    s.push_str(
        "# Conformance: Recognizers-Text (English)\n\n\
         How well factcheck's value reader (`factcheck_text::extract`) reads the numbers, money, \
         percentages, quantities and dates of Microsoft Recognizers-Text's English test specs \
         (`tests/conformance/recognizers-text/`, MIT, see its `PROVENANCE.md`). Each case is an input \
         and the values the reference reads in it. Cases a news fact-checker does not need are out of \
         scope (rules below); the rate is passed / in scope. This file is generated by \
         `crates/factcheck-text/tests/conformance.rs` and is its baseline: `cargo test` fails when a \
         file passes fewer cases than here, and asks for a regeneration when the results change \
         otherwise.\n\n",
    );
    let _ = writeln!(s, "```sh\n{REGENERATE}   # regenerate this file");
    let _ = writeln!(
        s,
        "{VERBOSE_VAR}=1 cargo test -p factcheck-text --test conformance -- --nocapture   # every failing case\n\
         {VERBOSE_VAR}=all cargo test -p factcheck-text --test conformance -- --nocapture   # and every \
         out-of-scope case, by rule\n```\n"
    );
    s.push_str("## Results\n\n");
    s.push_str(&table(reports));
    s.push_str(
        "\nTargets are issue 13's (issue 3's for NumberRange and Dimension), on in-scope cases; \
         DateTimeModel counts only its `date` and `daterange` cases, and Temperature has no target.\n\n",
    );
    s.push_str(
        "## How a case is judged\n\n\
         - An in-scope case passes when, for every value it expects, factcheck reads a mention that \
           overlaps the expected words (byte offsets; qualifiers such as `more than` or a leading `on` \
           may make either side longer) and has the expected value. Mentions the case does not expect \
           are not counted against it, except in cases that expect no value: those pass only when \
           factcheck reads no value of the file's kind.\n\
         - Numbers (NumberModel): the mention's number, alone or inside money, a percentage or a \
           quantity (`$20` reads 20), or the year of a whole-year date (`2018`). Percent: a percentage \
           with the same number. Number ranges: any figure whose interval has the same open or bounded \
           ends, each within 10% (at least 0.5) of the reference's, so precision (`20` is [19.5, 20.5)) \
           and the reference's half-open `[20,30)` for `between 20 and 30` both fit; a case expecting \
           no range fails on any qualified or ranged figure.\n\
         - Currency: money with the same amount and an ISO code for the reference's unit (`Dollar` \
           USD, `Pound` GBP, `Rupee` INR/PKR/LKR/NPR, `Franc` any franc, `Cent` USD/100, `Pence` and \
           `Penny` GBP/100, `Finnish markka` FIM, `Peseta` ESP, `Netherlands guilder` NLG, otherwise the \
           reference's `isoCurrency`). Dimension and Temperature: a quantity with the same amount and \
           factcheck's symbol for the unit (`Kilometer` km, `Mile` mi, `Ton` and `Metric ton` t, \
           `Square meter` m2, `Cubic foot` ft3, `Megabyte` MB, `Megabit` Mbit, `Kilometer per hour` \
           km/h, `C` °C, `F` °F, `Degree` any of °, °C, °F, ...). Durations (h, d, yr, ...) are not \
           dimensions.\n\
         - Dates: DateExtractor gives no values, so any date over the words passes. The parsers and \
           DateTimeModel give the reference date of the case (`Context.ReferenceDateTime`), which \
           resolves factcheck's yearless dates (`DateValue::resolve`); a Timex without a year \
           (`XXXX-10-02`) is compared by month and day, others by full date. The start must match; the \
           end may be the reference's end or the day before it (the reference's period ends are \
           exclusive: `June 2016` ends 2016-07-01), or, for a range, the last day of the month or year \
           starting on the reference's end (`2014-2018` ends 2018-01-01 there, 2018-12-31 in factcheck).\n\
         - A result with no value (`dollar` alone, `celsius` in `convert 10 celsius to fahrenheit`, \
           `a small percent`) names no figure and is dropped; a case left with none expects no value.\n\
         - A case is out of scope when any of its results is, by the first rule that applies.\n\n",
    );
    s.push_str("## Out of scope\n\n| rule | what and why | cases |\n|---|---|---:|\n");
    for rule in RULES {
        let n: usize = reports.iter().flat_map(|r| r.out.iter()).filter(|(id, _)| *id == rule.id).map(|(_, n)| n).sum();
        let _ = writeln!(s, "| `{}` | {} | {n} |", rule.id, rule.about);
    }
    s.push_str("\nOut-of-scope cases per file:\n\n");
    for r in reports {
        let mut parts: Vec<String> = Vec::new();
        for rule in RULES {
            if let Some((_, n)) = r.out.iter().find(|(id, _)| *id == rule.id) {
                parts.push(format!("`{}` {n}", rule.id));
            }
        }
        let list = if parts.is_empty() { "none".to_string() } else { parts.join(", ") };
        let _ = writeln!(s, "- {}: {list}", r.spec.path);
    }
    s.push_str("\n## Failing examples\n\nUp to eight in-scope failures per file, spread over the file.\n");
    for r in reports {
        let _ = writeln!(s, "\n### {} ({} failing)\n", r.spec.path, r.failures.len());
        if r.failures.is_empty() {
            s.push_str("None.\n");
            continue;
        }
        let n = r.failures.len();
        let picks: Vec<usize> =
            if n <= EXAMPLES { (0..n).collect() } else { (0..EXAMPLES).map(|k| k * n / EXAMPLES).collect() };
        for k in picks {
            let f = &r.failures[k];
            let _ = writeln!(s, "- {}: expected {}; read {}", f.input, f.expected, f.read);
        }
    }
    s
}

/// `passed` per file in a conformance.md table.
fn baseline_passed(md: &str) -> Vec<(String, usize)> {
    md.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            // ["", file, cases, in scope, passed, rate, target, ""]
            if cells.len() < 7 || !cells[1].ends_with(".json") {
                return None;
            }
            Some((cells[1].to_string(), cells[4].parse().ok()?))
        })
        .collect()
}

#[test]
fn recognizers_text_conformance() {
    let reports: Vec<FileReport> = SPECS.iter().map(run_file).collect();
    let md = render(&reports);
    println!("{}", table(&reports));
    if let Some(verbose) = std::env::var_os(VERBOSE_VAR) {
        for r in &reports {
            if verbose == "all" {
                println!("## {} (out of scope)", r.spec.path);
                for (rule, input) in &r.out_cases {
                    println!("- [{rule}] {input}");
                }
            }
            println!("## {} ({} failing)", r.spec.path, r.failures.len());
            for f in &r.failures {
                println!("- {}: expected {}; read {}", f.input, f.expected, f.read);
            }
        }
    }
    let path = repo_root().join("conformance.md");
    if std::env::var_os(UPDATE_VAR).is_some() {
        std::fs::write(&path, &md).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let baseline = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; generate it with `{REGENERATE}`", path.display()))
        .replace("\r\n", "\n");
    if baseline == md {
        return;
    }
    let before = baseline_passed(&baseline);
    let mut regressions = Vec::new();
    for r in &reports {
        if let Some((_, was)) = before.iter().find(|(file, _)| file == r.spec.path)
            && r.passed < *was
        {
            regressions.push(format!("  {}: {} cases pass, the baseline has {was}", r.spec.path, r.passed));
        }
    }
    assert!(
        regressions.is_empty(),
        "conformance regressed against conformance.md:\n{}\n(run with {VERBOSE_VAR}=1 and --nocapture to list \
         the failing cases; if the loss is intended, regenerate with `{REGENERATE}`)",
        regressions.join("\n")
    );
    panic!(
        "conformance results changed and no file passes fewer cases than conformance.md says: regenerate it \
         with `{REGENERATE}` and commit it"
    );
}
