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
pub(super) const TIME_UNITS: &[&str] = &["yr", "mo", "wk", "d", "h", "min", "s"];

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
    "time", "times", "party", "parties", "place", "places", "term", "terms", "round", "rounds", "world", "century",
    "centuries", "generation", "wave", "way", "ways", "person", "quarter", "quarters", "half", "day", "week",
    "month", "year", "season", "game", "inning", "period", "straight", "consecutive", "row", "mile", "hour",
    "past", "to", "back", "brother", "sister", "son", "daughter", "grade", "floor", "base", "tier", "class",
    "largest", "biggest", "most", "highest", "lowest", "best", "worst", "point", "points", "percentage",
    "ago", "running",
];

/// Words before a fraction word that make it a part of a period or of a game (`the second half`,
/// `the last quarter`, `the past three quarters`), not a share.
pub(super) const NOT_SHARE_BEFORE: &[&str] = &[
    "first", "second", "third", "fourth", "final", "last", "latter", "former", "other", "past", "next", "previous",
    "coming", "consecutive", "straight", "back", "front", "top", "bottom", "upper", "lower", "northern", "southern",
    "eastern", "western", "opening", "closing", "fiscal", "financial", "calendar",
];

/// Words after `of` that make what a fraction word is of a period (`half of 2024`, `a quarter
/// of the year`, `three quarters of this season`), not a whole that is shared.
pub(super) const PERIOD_WORDS: &[&str] = &[
    "year", "years", "decade", "century", "season", "month", "week", "day", "quarter", "term", "session", "game",
    "match", "race", "period", "fiscal", "financial", "calendar", "hour", "minute", "inning", "innings", "half",
];

/// Wholes that are shared, after `three quarters of` (`of voters`, `of adults`): words for
/// people, where `quarters of` would otherwise be periods (`two quarters of growth`).
pub(super) const WHOLE_WORDS: &[&str] = &[
    "people", "adults", "voters", "respondents", "children", "women", "men", "workers", "students", "households",
    "staff", "employees", "members", "patients", "residents", "americans", "parents", "teenagers", "users",
    "companies", "businesses", "homes", "families", "participants", "seats", "cases",
];

/// Words before `three quarters` that make them periods (`for three quarters`, `the three
/// quarters`), not a share.
pub(super) const TIME_PREPOSITIONS: &[&str] = &[
    "for", "in", "over", "within", "after", "during", "before", "through", "throughout", "since", "the", "these",
    "those", "its", "their", "all",
];

/// Counting in dozens after a number (`3 dozen`, `200 dozens`, `five dozs`).
pub(super) const DOZEN_WORDS: &[&str] = &["dozen", "dozens", "doz", "dozs", "dz", "dzs"];
