//! Reads numbers, money, percentages, quantities and dates from text. One reader serves claim
//! values and source text, so the same words give the same value on both sides.

mod amounts;
mod currencies;
mod dates;
mod lexicon;

pub use lexicon::{currencies_agree, may_make_value, misspellable_value_words, rate_ratio, unit_of_word, value_words};

use crate::text::{Token, TokenKind, is_uncased, tokenize};
use factcheck_core::Value;
use std::ops::Range;

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

fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
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
    /// Tokens of web addresses: nothing in them is a figure or a date (`%28` in a URL is an
    /// escaped bracket, not a percentage).
    url: Vec<bool>,
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

/// Marks the tokens of web addresses: whitespace-free stretches holding `://` or starting with
/// `www.`.
///
/// Only the stretch of `text` that `tokens` cover is read (`extract` calls this once per
/// paragraph: reading the whole text each time made analysis quadratic in its length). White
/// space stands before the first token and after the last, so the stretches are the same as in
/// the whole text.
fn url_tokens(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut marks = vec![false; tokens.len()];
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return marks };
    let span = &text[first.start..last.end];
    if !span.contains("://") && !span.contains("www.") {
        return marks;
    }
    let mut start = first.start;
    for chunk in span.split(char::is_whitespace) {
        let end = start + chunk.len();
        if chunk.contains("://") || chunk.starts_with("www.") {
            for (t, m) in tokens.iter().zip(marks.iter_mut()) {
                if t.start >= start && t.end <= end {
                    *m = true;
                }
            }
        }
        // Every whitespace character splits; step over the one after this chunk.
        start = end + text[end..].chars().next().map_or(0, char::len_utf8);
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

    fn read(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if self.url.get(i).copied().unwrap_or(false) {
                i += 1;
                continue;
            }
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

/// Finds every number, money amount, percentage, quantity and date in `tokens` of `text`, in
/// order and not overlapping.
pub fn extract(text: &str, tokens: &[Token]) -> Vec<Mention> {
    let uncased = is_uncased(text);
    let starts = paragraph_starts(text, tokens);
    let mut out = Vec::new();
    for (k, &first) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(tokens.len());
        out.extend(extract_paragraph(text, tokens, first..end, uncased));
    }
    out
}

/// The index of the first token of each paragraph of `tokens`: a figure never spans a
/// paragraph break (`2000` ending one paragraph and `Jan.` opening the next are not one
/// date), so each paragraph is read on its own. Empty when there are no tokens.
pub fn paragraph_starts(text: &str, tokens: &[Token]) -> Vec<usize> {
    let mut starts = Vec::new();
    if !tokens.is_empty() {
        starts.push(0);
    }
    for k in 1..tokens.len() {
        let gap = &text.as_bytes()[tokens[k - 1].end..tokens[k].start];
        if gap.iter().filter(|&&b| b == b'\n').count() >= 2 {
            starts.push(k);
        }
    }
    starts
}

/// The values in the paragraph made of `tokens[paragraph]`, with token indices into the
/// whole of `tokens`. `uncased` is [`is_uncased`] of the whole text.
pub fn extract_paragraph(text: &str, tokens: &[Token], paragraph: Range<usize>, uncased: bool) -> Vec<Mention> {
    let first = paragraph.start;
    let tokens = &tokens[paragraph];
    let reader = Reader {
        text,
        tokens,
        literal: false,
        uncased,
        phone: phone_tokens(text, tokens),
        url: url_tokens(text, tokens),
    };
    let mut mentions = reader.read();
    for m in &mut mentions {
        m.first_token += first;
        m.end_token += first;
    }
    mentions
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
    let reader =
        Reader { text: trimmed, tokens: &tokens, literal: true, uncased: true, phone: Vec::new(), url: Vec::new() };
    // A qualifier or `between` may open the literal: read the figure after it, and keep it
    // when its qualifier reaches back to the first token.
    let whole = reader.date_at(0).map(|(d, end)| (Value::Date(d), end)).or_else(|| {
        let mut fallback = None;
        // Up to five words of qualifier: `less than or equal to 30`.
        for k in 0..6.min(tokens.len()) {
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
    // An ordinal (`4th`, `21st place`) ranks rather than counts: it is text, found in the
    // source as written.
    let ordinal = tokens.len() >= 2
        && tokens[0].kind == TokenKind::Number
        && tokens[1].start == tokens[0].end
        && tokens[1].word().is_some_and(crate::text::is_ordinal_suffix);
    // A score (`2-1`, `6-3 6-1`): a name for a result, read as text and found as written.
    if let Some(score) = score_literal(trimmed) {
        return Ok(Value::Text(score));
    }
    let looks_numeric = trimmed
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '₹' | '+' | '-' | '−' | '.'));
    if looks_numeric && !ordinal {
        let kind = match &whole {
            Some((v, end)) => {
                format!("reads as {} {} but `{}` follows", v.kind().name(), v, trimmed[tokens[*end].start..].trim())
            }
            None => {
                out_of_range(trimmed).unwrap_or("is not a number, amount, percentage, quantity or date").to_string()
            }
        };
        // A literal of 400 digits is named by its ends.
        let shown = match (trimmed.char_indices().nth(30), trimmed.char_indices().rev().nth(9)) {
            (Some((head, _)), Some((tail, _))) if tail > head => format!("{}…{}", &trimmed[..head], &trimmed[tail..]),
            _ => trimmed.to_string(),
        };
        return Err(LiteralError { message: format!("`{shown}` {kind}") });
    }
    Ok(Value::Text(trimmed.to_string()))
}

/// The scores of a literal made only of scores (`2-1`, `30-20`, `6-3 6-1`, `7–5, 6–3`):
/// pairs of whole numbers of at most three digits joined by a hyphen or a dash, written as
/// `6-3 6-1` (a hyphen, one space between them). `None` for anything else.
pub fn score_literal(literal: &str) -> Option<String> {
    let mut scores = Vec::new();
    for part in literal.split(|c: char| c.is_whitespace() || c == ',').filter(|p| !p.is_empty()) {
        let (a, b) = part.split_once(['-', '–', '—'])?;
        let side = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
        if !side(a) || !side(b) {
            return None;
        }
        scores.push(format!("{a}-{b}"));
    }
    (!scores.is_empty()).then(|| scores.join(" "))
}

/// Why a literal that looks like a figure is not read, when it is a figure factcheck does not
/// read at all: scientific notation, or more digits than figures in text have.
fn out_of_range(literal: &str) -> Option<&'static str> {
    let digits = literal.trim_start_matches(|c: char| !c.is_ascii_digit());
    let mantissa = digits.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if let Some(exponent) = mantissa.strip_prefix(['e', 'E'])
        && exponent.trim_start_matches(['+', '-']).starts_with(|c: char| c.is_ascii_digit())
    {
        return Some("is in scientific notation, which factcheck does not read: write the figure out");
    }
    let number: String = digits.chars().take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.')).collect();
    let (whole, fraction) = number.split_once('.').unwrap_or((&number, ""));
    let whole_digits = whole.trim_start_matches(['0', ',']).chars().filter(char::is_ascii_digit).count();
    if whole_digits > 15 {
        Some(
            "has too many digits: factcheck reads figures of up to 15 digits; write a larger one with a scale word (`$1.2 trillion`)",
        )
    } else if fraction.len() > 12 {
        Some("has too many decimal places: factcheck reads at most 12")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use factcheck_core::{Amount, Interval};
    use rust_decimal::{Decimal, dec};

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
    fn one_standing_for_a_noun_is_no_number() {
        assert!(mentions("The meet was a lacklustre one.").is_empty());
        assert!(mentions("It was the only one that sold.").is_empty());
        let counted = mentions("They sold a further one hundred cars, and scored one.");
        let values: Vec<&str> = counted.iter().map(|(text, _)| text.as_str()).collect();
        assert_eq!(values, ["one hundred", "one"]);
        for counts in ["He said that only one was found.", "This year one in five voted.", "Each season one left."] {
            assert_eq!(mentions(counts).len(), 1, "{counts}");
        }
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
        // A rise to a figure is no bound on it.
        assert_eq!(
            mentions("The rate went up to 5.5% from 5.4%, and may reach up to 6%."),
            [
                ("5.5%".to_string(), "5.5% [5.45, 5.55)".to_string()),
                ("5.4%".to_string(), "5.4% [5.35, 5.45)".to_string()),
                ("up to 6%".to_string(), "6% (-inf, 6]".to_string())
            ]
        );
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
        assert_eq!(lit("4th"), Value::Text("4th".into()));
        assert_eq!(lit("21st place"), Value::Text("21st place".into()));
        assert!(parse_literal("4x").is_err());
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
    fn figures_do_not_span_paragraphs() {
        assert_eq!(
            mentions("in 2000\n\nJan. brought snow"),
            [("2000".to_string(), "2000-01-01..2000-12-31".to_string())]
        );
    }

    #[test]
    fn literals_out_of_range_say_why() {
        let message = |s: &str| parse_literal(s).unwrap_err().message;
        assert!(message("1e400").contains("scientific notation"));
        assert!(message("$1.5E+9").contains("scientific notation"));
        assert!(message(&"9".repeat(400)).contains("too many digits"));
        assert!(message("$79228162514264337593543950335B").contains("too many digits"));
        assert!(message("0.0000000000000000000000000001").contains("decimal places"));
        assert!(message("12.1.3").contains("not a number"));
        assert!(parse_literal("999,999,999,999,999").is_ok());
    }

    #[test]
    fn not_amounts() {
        // A decade is a date, not a number.
        assert_eq!(mentions("the 1980s"), [("the 1980s".to_string(), "1980-01-01..1989-12-31".to_string())]);
        assert_eq!(mentions("one of the nations"), vec![]);
        assert_eq!(mentions("It may rain in May 2020.")[0].0, "May 2020");
    }
}
