//! The words and symbols the value reader knows: months, number words, scales, currencies,
//! units and qualifiers.

pub(super) const MONTHS: &[(&str, i8)] = &[
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

/// Words that name a part of a period, and which third they name (0 the first, 1 the middle, 2
/// the last): `early March`, `mid-2014`, `late 2014`, `the end of 2000`. `early`, `mid` and
/// `late` stand before the period, the others before `of` and the period.
pub(super) const PERIOD_PARTS: &[(&str, i8)] =
    &[("early", 0), ("mid", 1), ("late", 2), ("beginning", 0), ("start", 0), ("middle", 1), ("end", 2)];

pub(super) const SMALL_NUMBERS: &[(&str, u32)] = &[
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
    ("nought", 0),
    ("naught", 0),
];

/// Words before `one` that may make it a pronoun (`the one you mentioned`, `which one do you
/// prefer`, `no one`) rather than a count (`the one person who`).
pub(super) const PRONOUN_DETERMINERS: &[&str] =
    &["the", "this", "that", "which", "each", "every", "another", "same", "last", "next", "whichever", "no"];

/// Words after `one` that show it stands for a noun (`the one you`, `that one is`): pronouns,
/// verbs of being and doing, prepositions and conjunctions.
pub(super) const AFTER_PRONOUN_ONE: &[&str] = &[
    "you", "i", "we", "they", "he", "she", "it", "who", "whom", "that", "which", "is", "was", "are", "were", "do",
    "does", "did", "has", "had", "have", "will", "would", "can", "could", "should", "might", "must", "in", "on", "at",
    "for", "with", "from", "to", "and", "or", "but", "else",
];

/// Scale words spelled out, with their factor: the ones that may follow another scale (`lakh
/// crore`, `thousand million`) or continue a number (`4 thousand 3 hundred and 21`).
pub(super) const WORD_SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("lakh", 100_000),
    ("lakhs", 100_000),
    ("million", 1_000_000),
    ("crore", 10_000_000),
    ("crores", 10_000_000),
    ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
];

/// Scale words and suffixes, with their factor; `m` and `b` alone are scales only after a
/// currency (`$500m`), elsewhere `m` is metres.
pub(super) const SCALES: &[(&str, u64)] = &[
    ("hundred", 100),
    ("thousand", 1_000),
    ("lakh", 100_000),
    ("lakhs", 100_000),
    ("crore", 10_000_000),
    ("crores", 10_000_000),
    ("mil", 1_000_000),
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
    ("tln", 1_000_000_000_000),
];

/// Currency symbols (as punctuation tokens) and their ISO codes.
pub(super) const CURRENCY_SYMBOLS: &[(char, &str)] = &[
    ('$', "USD"),
    ('€', "EUR"),
    ('£', "GBP"),
    ('¥', "JPY"),
    ('₹', "INR"),
    ('₽', "RUB"),
    ('₩', "KRW"),
    ('₣', "CHF"),
    ('₡', "CRC"),
    ('₾', "GEL"),
    ('₭', "LAK"),
    ('₺', "TRY"),
    ('₦', "NGN"),
    ('₱', "PHP"),
    ('₪', "ILS"),
    ('₫', "VND"),
    ('₴', "UAH"),
    ('฿', "THB"),
];

pub(super) use super::currencies::*;

/// Words before `$` that name the dollar (`US$`, `C$`).
pub(super) const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("hk", "HKD"),
    ("nz", "NZD"),
    ("s", "SGD"),
    ("r", "BRL"),
    ("mex", "MXN"),
    ("mxn", "MXN"),
    ("aud", "AUD"),
    ("cad", "CAD"),
    ("nzd", "NZD"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
];

/// Dollar prefixes that may stand apart from the `$` (`hk $ 10.05 billion`, `c $ 300 million`
/// in text tokenised with spaces). `a`, `s` and `us` may not: `a $5 bill`, `cost us $5`.
pub(super) const SPACED_DOLLAR_PREFIXES: &[&str] =
    &["c", "ca", "hk", "nz", "mex", "mxn", "aud", "cad", "nzd", "hkd", "sgd"];

/// ISO codes and names written before an amount (`USD 12,100 million`, `Rs 500`).
pub(super) const CURRENCY_CODES: &[(&str, &str)] = &[
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
pub(super) const MILLION_CODES: &[(&str, &str)] = &[("musd", "USD"), ("meur", "EUR"), ("mgbp", "GBP"), ("mchf", "CHF")];

/// Currency names written after an amount (`12.1 billion dollars`).
pub(super) const CURRENCY_NAMES: &[(&str, &str)] = &[
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
    ("rmb", "CNY"),
    ("元", "CNY"),
    ("kuai", "CNY"),
    ("markka", "FIM"),
    ("markkaa", "FIM"),
    ("peseta", "ESP"),
    ("pesetas", "ESP"),
    ("guilder", "NLG"),
    ("guilders", "NLG"),
    ("lira", "TRY"),
    ("baht", "THB"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("naira", "NGN"),
    ("zloty", "PLN"),
    ("forint", "HUF"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("hryvnia", "UAH"),
];

/// Words that make a currency name national (`swiss francs`, `turkish lira`): they change
/// nothing but are part of the amount.
pub(super) const CURRENCY_ADJECTIVES: &[&str] =
    &["swiss", "dutch", "turkish", "chinese", "finnish", "indian", "japanese", "russian", "thai", "israeli"];

/// A hundredth of a currency, written after an amount (`50 cents`, `470 pence`).
pub(super) const CURRENCY_SUBUNITS: &[(&str, &str)] =
    &[("cent", "USD"), ("cents", "USD"), ("penny", "GBP"), ("pence", "GBP"), ("pennies", "GBP")];

/// Units written after a number, with their canonical symbol.
pub(super) const UNITS: &[(&str, &str)] = &[
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
    ("dm", "dm"),
    ("decimetre", "dm"),
    ("decimetres", "dm"),
    ("decimeter", "dm"),
    ("decimeters", "dm"),
    ("mm", "mm"),
    ("millimetres", "mm"),
    ("millimeters", "mm"),
    ("µm", "µm"),
    ("μm", "µm"),
    ("micrometres", "µm"),
    ("micrometers", "µm"),
    ("micron", "µm"),
    ("microns", "µm"),
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
    ("gramme", "g"),
    ("grammes", "g"),
    ("mg", "mg"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("milligramme", "mg"),
    ("milligrammes", "mg"),
    ("µg", "µg"),
    ("μg", "µg"),
    ("microgram", "µg"),
    ("micrograms", "µg"),
    ("microgramme", "µg"),
    ("microgrammes", "µg"),
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
    ("ml", "ml"),
    ("millilitre", "ml"),
    ("millilitres", "ml"),
    ("milliliter", "ml"),
    ("milliliters", "ml"),
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
    ("kmph", "km/h"),
    ("celsius", "°C"),
    ("celcius", "°C"),
    ("centigrade", "°C"),
    ("centigrate", "°C"),
    ("fahrenheit", "°F"),
    ("farenheit", "°F"),
    ("fahrenheight", "°F"),
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
    ("min", "min"),
    ("mins", "min"),
    ("hr", "h"),
    ("hrs", "h"),
    ("h", "h"),
    ("sec", "s"),
    ("secs", "s"),
    ("ms", "ms"),
    ("millisecond", "ms"),
    ("milliseconds", "ms"),
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
    ("bit", "bit"),
    ("bits", "bit"),
];

/// Units of time: a figure hyphenated to one (`28-year-old`, `a 10-day visit`) stays a plain
/// number, as news compares such counts with plain numbers.
pub(super) const TIME_UNITS: &[&str] = &["yr", "mo", "wk", "d", "h", "min", "s", "ms"];

/// Short time units that count only in lower case (`15 min`, `2 hrs`; `the SEC`, `MIN` are
/// not).
pub(super) const LOWER_CASE_ONLY_UNITS: &[&str] = &["min", "mins", "hr", "hrs", "h", "sec", "secs", "ms"];

/// The time after `per` or `/` in a rate (`MB/s`, `requests per hour`), with its symbol and its
/// length in milliseconds.
pub(super) const RATE_TIMES: &[(&str, &str, u32)] = &[
    ("ms", "ms", 1),
    ("millisecond", "ms", 1),
    ("s", "s", 1_000),
    ("sec", "s", 1_000),
    ("second", "s", 1_000),
    ("min", "min", 60_000),
    ("minute", "min", 60_000),
    ("h", "h", 3_600_000),
    ("hr", "h", 3_600_000),
    ("hour", "h", 3_600_000),
    ("d", "d", 86_400_000),
    ("day", "d", 86_400_000),
    ("wk", "wk", 604_800_000),
    ("week", "wk", 604_800_000),
];

/// Units of length whose speeds per second or millisecond are read (`50 km/ms`, `3 m/s`); per
/// hour they are `km/h` and `mph`.
pub(super) const LENGTH_RATE_UNITS: &[&str] = &["m", "km", "cm", "mm"];

/// Units of data whose rates are read (`4 GB/s`) and compared across prefixes, with their size
/// in bytes or bits (bytes and bits are 8 apart).
pub(super) const DATA_UNITS: &[(&str, u64)] = &[
    ("B", 8),
    ("KB", 8_000),
    ("MB", 8_000_000),
    ("GB", 8_000_000_000),
    ("TB", 8_000_000_000_000),
    ("bit", 1),
    ("Kbit", 1_000),
    ("Mbit", 1_000_000),
    ("Gbit", 1_000_000_000),
];

/// Things counted in rates (`100 requests per hour`, `50 req/s`), with the rate's symbol.
pub(super) const RATE_NOUNS: &[(&str, &str)] = &[
    ("request", "req"),
    ("requests", "req"),
    ("req", "req"),
    ("reqs", "req"),
    ("query", "queries"),
    ("queries", "queries"),
    ("transaction", "tx"),
    ("transactions", "tx"),
    ("tx", "tx"),
    ("txn", "tx"),
    ("txns", "tx"),
    ("operation", "ops"),
    ("operations", "ops"),
    ("ops", "ops"),
    ("message", "msg"),
    ("messages", "msg"),
    ("msg", "msg"),
    ("msgs", "msg"),
    ("event", "events"),
    ("events", "events"),
    ("call", "calls"),
    ("calls", "calls"),
];

/// Words after a metre figure that show it is a race or a length (`the 400m hurdles`), though
/// plural: `m` stays metres before them.
pub(super) const METRE_EVENTS: &[&str] = &[
    "hurdles",
    "relays",
    "heats",
    "sprints",
    "races",
    "splits",
    "lengths",
    "laps",
    "freestyle",
    "medley",
    "backstroke",
    "breaststroke",
    "butterfly",
    "individual",
];

/// Plural nouns without an `s` that a million may count (`2m people`).
pub(super) const PLURALS_WITHOUT_S: &[&str] =
    &["people", "men", "women", "children", "cattle", "sheep", "fish", "staff", "police", "personnel", "livestock"];

/// Words before a figure glued to a letter that make it a seat, a grade or a code rather than a
/// temperature or an amount (`seat 12C`, `grade 4F`).
pub(super) const SLOT_WORDS: &[&str] = &[
    "seat",
    "seats",
    "row",
    "room",
    "apartment",
    "apt",
    "flat",
    "gate",
    "class",
    "grade",
    "size",
    "vitamin",
    "type",
    "model",
    "unit",
    "suite",
    "platform",
    "bay",
    "level",
    "block",
    "building",
    "floor",
    "stand",
    "pier",
    "terminal",
    "track",
    "exit",
    "form",
    "section",
    "chapter",
    "item",
    "no",
    "number",
];

/// Words after a glued capital `K` that make it a race or a resolution (`10K run`, `4K TV`).
pub(super) const K_THINGS: &[&str] = &[
    "run",
    "runs",
    "race",
    "races",
    "runner",
    "runners",
    "walk",
    "tv",
    "tvs",
    "television",
    "video",
    "videos",
    "resolution",
    "display",
    "displays",
    "screen",
    "screens",
    "monitor",
    "monitors",
    "stream",
    "streaming",
    "content",
    "camera",
    "cameras",
    "footage",
    "hdr",
    "ultra",
    "uhd",
    "oled",
    "gaming",
    "projector",
    "blu",
];

/// Words after a figure glued to `C` or `F` that make it a form, a code or a part rather than
/// a temperature (`the 13F filing`, `a 4F pencil`).
pub(super) const LETTER_CODE_NOUNS: &[&str] = &[
    "filing",
    "filings",
    "form",
    "forms",
    "report",
    "reports",
    "holdings",
    "return",
    "returns",
    "visa",
    "visas",
    "pencil",
    "pencils",
    "battery",
    "batteries",
    "cell",
    "cells",
    "rating",
    "grade",
    "seat",
    "model",
    "series",
];

/// Figures glued to a letter that are forms, not measures: the SEC's `13F` holdings report.
pub(super) const LETTER_CODES: &[&str] = &["13F"];

/// Video resolutions written with a `p` (`1080p`): not pence.
pub(super) const RESOLUTIONS: &[u32] = &[144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320];

/// Week days: a figure after one is not part of a name (`on Tuesday 300 people came`).
pub(super) const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Local currency signs written as letters before an amount, with their code and how they are
/// written (`RM42 million`, `Rp 5,000`).
pub(super) const LETTER_SIGNS: &[(&str, &str)] = &[("RM", "MYR"), ("Rp", "IDR"), ("RP", "IDR")];

/// A currency a shared name can be: the name itself, a code of the name (`riyal` and `SAR`), or
/// the same code. `a` and `b` are what [`Value::Money`] holds: a code, or a shared name that
/// the text did not resolve (`300 riyals`).
///
/// [`Value::Money`]: factcheck_core::Value::Money
pub fn currencies_agree(a: &str, b: &str) -> bool {
    let codes_of = |name: &str| super::currencies::UNIT_NAMES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c);
    a == b || codes_of(a).is_some_and(|c| c.contains(&b)) || codes_of(b).is_some_and(|c| c.contains(&a))
}

/// How many of unit `to` make one of unit `from`, for rates of data or of counted things
/// (`GB/s` and `MB/s`, `req/min` and `req/h`): `None` for units that do not convert. Other
/// units are never converted.
pub fn rate_ratio(from: &str, to: &str) -> Option<rust_decimal::Decimal> {
    use rust_decimal::Decimal;
    let (from_base, from_time) = from.split_once('/')?;
    let (to_base, to_time) = to.split_once('/')?;
    let seconds = |t: &str| RATE_TIMES.iter().find(|(_, s, _)| *s == t).map(|(_, _, n)| Decimal::from(*n));
    let size = |u: &str| DATA_UNITS.iter().find(|(s, _)| *s == u).map(|(_, n)| Decimal::from(*n));
    let base = match (size(from_base), size(to_base)) {
        (Some(a), Some(b)) => a / b,
        (None, None) if from_base == to_base && RATE_NOUNS.iter().any(|(_, s)| *s == from_base) => Decimal::ONE,
        _ => return None,
    };
    Some(base * seconds(to_time)? / seconds(from_time)?)
}

/// How a word before a figure bends its interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Qualifier {
    About,
    Nearly,
    MoreThan,
    AtLeast,
    LessThan,
    AtMost,
}

/// Verbs after which `up to` is a rise to a figure (`went up to 5.5%`), not a bound on it.
pub(super) const MOVED_UP: &[&str] = &[
    "went", "gone", "goes", "go", "going", "moved", "moves", "edged", "crept", "ticked", "shot", "rose", "risen",
    "climbed", "jumped", "pushed", "revised", "came", "come", "soared", "stepped", "bumped",
];

/// Qualifier phrases, longest first so `no more than` wins over `more than`.
pub(super) const QUALIFIERS: &[(&[&str], Qualifier)] = &[
    (&["less", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["fewer", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["smaller", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["lower", "than", "or", "equal", "to"], Qualifier::AtMost),
    (&["greater", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["more", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["larger", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["bigger", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["higher", "than", "or", "equal", "to"], Qualifier::AtLeast),
    (&["at", "least", "or", "equal", "to"], Qualifier::AtLeast),
    (&["at", "most", "or", "equal", "to"], Qualifier::AtMost),
    (&["less", "or", "equal", "than"], Qualifier::AtMost),
    (&["smaller", "or", "equal", "than"], Qualifier::AtMost),
    (&["lower", "or", "equal", "than"], Qualifier::AtMost),
    (&["less", "or", "equal", "to"], Qualifier::AtMost),
    (&["smaller", "or", "equal", "to"], Qualifier::AtMost),
    (&["greater", "or", "equal", "than"], Qualifier::AtLeast),
    (&["bigger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["larger", "or", "equal", "than"], Qualifier::AtLeast),
    (&["higher", "or", "equal", "than"], Qualifier::AtLeast),
    (&["more", "or", "equal", "than"], Qualifier::AtLeast),
    (&["greater", "or", "equal", "to"], Qualifier::AtLeast),
    (&["bigger", "or", "equal", "to"], Qualifier::AtLeast),
    (&["larger", "or", "equal", "to"], Qualifier::AtLeast),
    (&["higher", "or", "equal", "to"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["not", "more", "than"], Qualifier::AtMost),
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["larger", "than"], Qualifier::MoreThan),
    (&["bigger", "than"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["less", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["smaller", "than"], Qualifier::LessThan),
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
    (&["exceed"], Qualifier::MoreThan),
    (&["exceeds"], Qualifier::MoreThan),
    (&["exceeded"], Qualifier::MoreThan),
    (&["surpass"], Qualifier::MoreThan),
    (&["surpasses"], Qualifier::MoreThan),
    (&["surpassed"], Qualifier::MoreThan),
    (&["surpassing"], Qualifier::MoreThan),
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

/// Words after a figure that bound it (`200 or more`, `65 and over`, `5,000 or less`, `40 or
/// so`), after `or` or `and`.
pub(super) const POSTFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("more", Qualifier::AtLeast),
    ("greater", Qualifier::AtLeast),
    ("higher", Qualifier::AtLeast),
    ("larger", Qualifier::AtLeast),
    ("bigger", Qualifier::AtLeast),
    ("above", Qualifier::AtLeast),
    ("over", Qualifier::AtLeast),
    ("up", Qualifier::AtLeast),
    ("less", Qualifier::AtMost),
    ("fewer", Qualifier::AtMost),
    ("lower", Qualifier::AtMost),
    ("smaller", Qualifier::AtMost),
    ("below", Qualifier::AtMost),
    ("under", Qualifier::AtMost),
    ("so", Qualifier::About),
];

/// Words before `from` that make `from X to Y` a range (`ranging from 5 to 10`) rather than a
/// change (`rose from 5 to 10`, `the increase was from 5% to 7%`).
pub(super) const RANGE_FROM_WORDS: &[&str] =
    &["range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying", "anywhere"];

/// Every word the value reader takes as a scale (`billion`, `bn`), a unit (`tonnes`), a
/// currency (`euros`, `usd`) or a percentage (`percent`), lower-cased: the words a figure may be
/// followed by in a claim value, which a misspelt one (`bilion`) is most likely meant to be.
pub fn value_words() -> impl Iterator<Item = &'static str> {
    const PERCENT_WORDS: &[&str] = &["percent", "percents", "pct", "percentage"];
    SCALES
        .iter()
        .map(|(w, _)| *w)
        .chain(UNITS.iter().map(|(w, _)| *w))
        .chain(CURRENCY_NAMES.iter().map(|(w, _)| *w))
        .chain(CURRENCY_CODES.iter().map(|(w, _)| *w))
        .chain(PERCENT_WORDS.iter().copied())
}

/// The unit a word names (`years` names `yr`, `miles` names `mi`), if it names one.
pub fn unit_of_word(word: &str) -> Option<&'static str> {
    UNITS.iter().find(|(w, _)| *w == word).map(|(_, unit)| *unit)
}

/// True when a token of normalised text `norm` may make a value: it holds a digit or a fraction
/// glyph (`½`), or is a number word (`two`, `dozen`), a scale (`million`), a fraction (`half`,
/// `third`) or a month (`July`). Every value the reader finds holds such a token, so a sentence
/// with none holds no value and need not be read.
pub fn may_make_value(norm: &str) -> bool {
    let word = norm;
    norm.chars().any(|c| c.is_ascii_digit() || FRACTION_GLYPHS.iter().any(|(g, _, _)| *g == c))
        || SMALL_NUMBERS.iter().any(|(w, _)| *w == word)
        || WORD_SCALES.iter().any(|(w, _)| *w == word)
        || FRACTION_DENOMINATORS.iter().any(|(w, _)| *w == word)
        || MONTHS.iter().any(|(w, _)| *w == word)
        || matches!(word, "dozen" | "dozens" | "couple" | "pair" | "score" | "scores")
}

/// The scale and percentage words long enough that a word one slip away from them is more likely
/// a misspelling than another word (`bilion`, `milion`, `percnt`; not `lakhs`, one letter from
/// `lakes`, nor units such as `yards`, one from `wards`).
pub fn misspellable_value_words() -> impl Iterator<Item = &'static str> {
    SCALES.iter().map(|(w, _)| *w).filter(|w| w.len() >= 6 && !w.starts_with("crore")).chain([
        "percent",
        "percents",
        "percentage",
    ])
}

/// Words that name a part of a whole (`half`, `thirds`, `a quarter`), with the whole's number
/// of parts: the denominators of fractions in words.
pub(super) const FRACTION_DENOMINATORS: &[(&str, u32)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fourth", 4),
    ("fourths", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
    ("hundredth", 100),
    ("hundredths", 100),
];

/// Vulgar fraction characters (`½`, `¾`, `⅔`), with numerator and denominator.
pub(super) const FRACTION_GLYPHS: &[(char, u32, u32)] = &[
    ('½', 1, 2),
    ('⅓', 1, 3),
    ('⅔', 2, 3),
    ('¼', 1, 4),
    ('¾', 3, 4),
    ('⅕', 1, 5),
    ('⅖', 2, 5),
    ('⅗', 3, 5),
    ('⅘', 4, 5),
    ('⅙', 1, 6),
    ('⅚', 5, 6),
    ('⅐', 1, 7),
    ('⅛', 1, 8),
    ('⅜', 3, 8),
    ('⅝', 5, 8),
    ('⅞', 7, 8),
    ('⅑', 1, 9),
    ('⅒', 1, 10),
];

/// Words after a fraction word that make it an ordinal or a period rather than a share (`a
/// third time`, `a third party`, `half time`, `a quarter century`, `a third term`).
pub(super) const NOT_SHARE_AFTER: &[&str] = &[
    "time",
    "times",
    "party",
    "parties",
    "place",
    "places",
    "term",
    "terms",
    "round",
    "rounds",
    "world",
    "century",
    "centuries",
    "generation",
    "wave",
    "way",
    "ways",
    "person",
    "quarter",
    "quarters",
    "half",
    "day",
    "week",
    "month",
    "year",
    "season",
    "game",
    "inning",
    "period",
    "straight",
    "consecutive",
    "row",
    "mile",
    "hour",
    "past",
    "to",
    "back",
    "brother",
    "sister",
    "son",
    "daughter",
    "grade",
    "floor",
    "base",
    "tier",
    "class",
    "largest",
    "biggest",
    "most",
    "highest",
    "lowest",
    "best",
    "worst",
    "point",
    "points",
    "percentage",
    "ago",
    "running",
];

/// Words before a fraction word that make it a part of a period or of a game (`the second half`,
/// `the last quarter`, `the past three quarters`), not a share.
pub(super) const NOT_SHARE_BEFORE: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "final",
    "last",
    "latter",
    "former",
    "other",
    "past",
    "next",
    "previous",
    "coming",
    "consecutive",
    "straight",
    "back",
    "front",
    "top",
    "bottom",
    "upper",
    "lower",
    "northern",
    "southern",
    "eastern",
    "western",
    "opening",
    "closing",
    "fiscal",
    "financial",
    "calendar",
];

/// Words after `of` that make what a fraction word is of a period (`half of 2024`, `a quarter
/// of the year`, `three quarters of this season`), not a whole that is shared.
pub(super) const PERIOD_WORDS: &[&str] = &[
    "year",
    "years",
    "decade",
    "century",
    "season",
    "month",
    "week",
    "day",
    "quarter",
    "term",
    "session",
    "game",
    "match",
    "race",
    "period",
    "fiscal",
    "financial",
    "calendar",
    "hour",
    "minute",
    "inning",
    "innings",
    "half",
];

/// Wholes that are shared, after `three quarters of` (`of voters`, `of adults`): words for
/// people, where `quarters of` would otherwise be periods (`two quarters of growth`).
pub(super) const WHOLE_WORDS: &[&str] = &[
    "people",
    "adults",
    "voters",
    "respondents",
    "children",
    "women",
    "men",
    "workers",
    "students",
    "households",
    "staff",
    "employees",
    "members",
    "patients",
    "residents",
    "americans",
    "parents",
    "teenagers",
    "users",
    "companies",
    "businesses",
    "homes",
    "families",
    "participants",
    "seats",
    "cases",
];

/// Words before `three quarters` that make them periods (`for three quarters`, `the three
/// quarters`), not a share.
pub(super) const TIME_PREPOSITIONS: &[&str] = &[
    "for",
    "in",
    "over",
    "within",
    "after",
    "during",
    "before",
    "through",
    "throughout",
    "since",
    "the",
    "these",
    "those",
    "its",
    "their",
    "all",
];

/// Counting in dozens after a number (`3 dozen`, `200 dozens`, `five dozs`).
pub(super) const DOZEN_WORDS: &[&str] = &["dozen", "dozens", "doz", "dozs", "dz", "dzs"];

#[cfg(test)]
mod tests {
    use super::super::parse_literal;
    use super::{currencies_agree, rate_ratio};
    use rust_decimal::Decimal;

    fn lit(s: &str) -> String {
        parse_literal(s).unwrap_or_else(|e| panic!("{s}: {}", e.message)).to_string()
    }

    #[test]
    fn claim_values_of_issue_13_read_as_in_text() {
        assert_eq!(lit("4 GB/s"), "4 [3.5, 4.5) GB/s");
        assert_eq!(lit("2,000 MB/s"), "2,000 [1,999.5, 2,000.5) MB/s");
        assert_eq!(lit("50 req/s"), "50 [49.5, 50.5) req/s");
        assert_eq!(lit("100 requests per hour"), "100 [99.5, 100.5) req/h");
        assert_eq!(lit("$670-billion"), "USD 670,000,000,000 [669,500,000,000, 670,500,000,000)");
        assert_eq!(lit("SAR 42 million"), "SAR 42,000,000 [41,500,000, 42,500,000)");
        assert_eq!(lit("300 riyals"), "riyal 300 [299.5, 300.5)");
        assert_eq!(lit("300 Saudi riyals"), "SAR 300 [299.5, 300.5)");
        assert_eq!(lit("2bn rand"), "ZAR 2,000,000,000 [1,500,000,000, 2,500,000,000)");
        assert_eq!(lit("40C"), "40 [39.5, 40.5) °C");
        assert_eq!(lit("99p"), "GBP 0.99 [0.985, 0.995)");
        assert_eq!(lit("4.5pc"), "4.5% [4.45, 4.55)");
        assert_eq!(lit("1'000'000"), "1,000,000 [999,999.5, 1,000,000.5)");
        assert_eq!(lit("10K"), "10,000 [9,500, 10,500)");
        assert_eq!(lit("15 min"), "15 [14.5, 15.5) min");
        assert_eq!(lit("2m people"), "2,000,000 [1,500,000, 2,500,000)");
        assert_eq!(lit("12,500 square feet"), "12,500 [12,499.5, 12,500.5) ft2");
        // Names stay text.
        assert_eq!(lit("Boeing 737"), "\"Boeing 737\"");
    }

    #[test]
    fn shared_names_agree_with_their_codes() {
        assert!(
            currencies_agree("riyal", "SAR") && currencies_agree("QAR", "riyal") && currencies_agree("riyal", "riyal")
        );
        assert!(
            !currencies_agree("riyal", "AED")
                && !currencies_agree("riyal", "dirham")
                && !currencies_agree("SAR", "QAR")
        );
        assert!(
            currencies_agree("peso", "MXN") && currencies_agree("krone", "NOK") && currencies_agree("dinar", "KWD")
        );
    }

    #[test]
    fn rates_convert() {
        assert_eq!(rate_ratio("GB/s", "MB/s"), Some(Decimal::from(1000)));
        // A sixtieth, to Decimal's 28 digits.
        let sixtieth = rate_ratio("req/h", "req/min").unwrap();
        assert!((sixtieth * Decimal::from(60) - Decimal::ONE).abs() < Decimal::new(1, 20));
        assert_eq!(rate_ratio("MB/s", "Mbit/s"), Some(Decimal::from(8)));
        assert_eq!(rate_ratio("req/s", "tx/s"), None);
        assert_eq!(rate_ratio("km", "m"), None);
    }
}
