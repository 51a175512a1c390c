//! Words as Universal Dependencies counts them: `don't` is `do` + `n't`, `Acme's` is `Acme` +
//! `'s`, `$5` is `$` + `5`, `well-known` is `well` + `-` + `known`, while `2.3`, `1,000`,
//! `U.S.` and `Mr.` stay whole. The tagger and the parser were trained on words cut this way.

use std::ops::Range;

/// Prefixes that UD English keeps joined to the rest of the word by their hyphen.
const JOINED_PREFIXES: &[&str] = &["e", "co", "non", "anti", "pre", "re", "ex", "mid", "post", "pro", "self", "vice"];

/// Clitics split off the end of a word, longest first.
const CLITICS: &[&str] =
    &["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m", "'"];

/// The words of `text` as byte ranges, in order.
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                chunk(text, s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunk(text, s, text.len(), &mut out);
    }
    out
}

fn is_leading_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '$'
            | '£'
            | '€'
            | '¥'
            | '#'
            | '«'
            | '<'
            | '*'
            | '—'
            | '–'
            | '-'
            | '…'
            | ':'
            | ';'
            | ','
            | '.'
            | '!'
            | '?'
            | '/'
            | '&'
            | '@'
            | '+'
            | '~'
    )
}

fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '.'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '%'
            | '»'
            | '>'
            | '*'
            | '—'
            | '–'
            | '-'
            | '…'
            | '/'
    )
}

/// Cuts one whitespace-free chunk `text[from..to]` into words.
fn chunk(text: &str, mut from: usize, mut to: usize, out: &mut Vec<Range<usize>>) {
    // Leading punctuation, one character a word (a run of dashes or dots is one word).
    while from < to {
        let c = text[from..to].chars().next().unwrap_or(' ');
        if !is_leading_punct(c) || from + c.len_utf8() == to {
            break;
        }
        // `.5` and `-3` are numbers, `'90s` a decade.
        let next = text[from + c.len_utf8()..to].chars().next().unwrap_or(' ');
        if matches!(c, '.' | '-' | '\'' | '’') && next.is_ascii_digit() {
            break;
        }
        let mut end = from + c.len_utf8();
        if matches!(c, '-' | '.' | '—' | '–' | '*') {
            while text[end..to].starts_with(c) {
                end += c.len_utf8();
            }
        }
        out.push(from..end);
        from = end;
    }
    // Trailing punctuation, kept in order.
    let mut trailing = Vec::new();
    while from < to {
        let c = text[from..to].chars().next_back().unwrap_or(' ');
        if !is_trailing_punct(c) || from + c.len_utf8() == to {
            break;
        }
        let body = &text[from..to - c.len_utf8()];
        let number_follows = text[to..].trim_start().starts_with(|c: char| c.is_ascii_digit());
        if c == '.' && keeps_full_stop(body, number_follows) {
            break;
        }
        // `'s`-less possessive plural (`workers'`) splits; a closing quote after a letter too.
        let mut start = to - c.len_utf8();
        if matches!(c, '-' | '.' | '—' | '–' | '*') {
            while text[from..start].ends_with(c) && start - c.len_utf8() > from {
                start -= c.len_utf8();
            }
        }
        trailing.push(start..to);
        to = start;
    }
    if from < to {
        inner(text, from, to, out);
    }
    out.extend(trailing.into_iter().rev());
}

/// Whether the full stop after `body` is part of the word: an initial, or an abbreviation as
/// the sentence segmenter knows them (`No.` only before a number).
fn keeps_full_stop(body: &str, number_follows: bool) -> bool {
    if body.is_empty() {
        return false;
    }
    // `U.S`, `a.m`, `J`: letters with inner stops, or one capital letter.
    if body.contains('.') && body.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let mut chars = body.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    factcheck_text::segment::is_abbreviation(&body.to_lowercase(), number_follows)
}

/// Splits clitics off the end and hyphens out of the middle of `text[from..to]`.
fn inner(text: &str, from: usize, to: usize, out: &mut Vec<Range<usize>>) {
    let word = &text[from..to];
    let lower = word.to_lowercase();
    for clitic in CLITICS {
        if lower.len() > clitic.len() && lower.ends_with(clitic) && lower.len() == word.len() {
            let cut = to - clitic.len();
            let stem = &text[from..cut];
            // `'` alone is only a possessive after an `s` (`workers'`).
            if *clitic == "'" && !stem.ends_with(['s', 'S']) {
                continue;
            }
            if stem.chars().all(|c| c.is_alphabetic()) {
                // `can't` and `won't` are `ca` + `n't`, `wo` + `n't`: the cut is right.
                hyphens(text, from, cut, out);
                out.push(cut..to);
                return;
            }
        }
    }
    hyphens(text, from, to, out);
}

/// Splits `well-known` into three words; `e-mail`, `co-founder`, `1-0` and `713-853-3989`
/// stay whole.
fn hyphens(text: &str, from: usize, to: usize, out: &mut Vec<Range<usize>>) {
    let word = &text[from..to];
    let parts: Vec<&str> = word.split('-').collect();
    let splits = parts.len() > 1
        && parts.iter().all(|p| !p.is_empty())
        && parts.iter().any(|p| p.chars().any(char::is_alphabetic))
        && !JOINED_PREFIXES.contains(&parts[0].to_ascii_lowercase().as_str());
    if !splits {
        out.push(from..to);
        return;
    }
    let mut at = from;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push(at..at + 1);
            at += 1;
        }
        out.push(at..at + part.len());
        at += part.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn words_are_cut_as_ud_english_cuts_them() {
        assert_eq!(
            cut("Acme's revenue didn't rise $2.3 billion (12%) in the U.S. last year."),
            [
                "Acme", "'s", "revenue", "did", "n't", "rise", "$", "2.3", "billion", "(", "12", "%", ")", "in", "the",
                "U.S.", "last", "year", "."
            ]
        );
        assert_eq!(
            cut("Mr. Smith, a 35-year-old e-mail user, said: \"No.\""),
            [
                "Mr.", "Smith", ",", "a", "35", "-", "year", "-", "old", "e-mail", "user", ",", "said", ":", "\"",
                "No", ".", "\""
            ]
        );
        assert_eq!(
            cut("They won 2-1 at 713-853-3989 -- workers' pay"),
            ["They", "won", "2-1", "at", "713-853-3989", "--", "workers", "'", "pay"]
        );
    }

    #[test]
    fn every_byte_outside_words_is_whitespace() {
        let text = "“Quoted,” he said — the £600m deal... (finally)!";
        let mut at = 0;
        for r in words(text) {
            assert!(text[at..r.start].chars().all(char::is_whitespace), "{text:?} {r:?}");
            assert!(r.end > r.start);
            at = r.end;
        }
        assert!(text[at..].chars().all(char::is_whitespace));
    }
}
