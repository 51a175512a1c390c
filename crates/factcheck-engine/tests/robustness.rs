//! Arbitrary text never panics the engine, and evidence always points at whole characters of
//! the source. (Deterministic pseudo-random inputs; a fuzzing campaign is a separate job.)

use factcheck_core::{Claim, ClaimBody, Operator};
use factcheck_engine::{Engine, Source};
use factcheck_text::parse_literal;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "12",
    "12.1",
    "1,200",
    "1.234,56",
    "0",
    "-",
    "–",
    "—",
    "%",
    " percent",
    " per cent",
    " billion",
    "bn",
    "B",
    "m",
    "k",
    " million",
    "July",
    "Feb.",
    "May",
    " 9",
    "2024",
    "-07-",
    "15",
    " and ",
    " to ",
    "between ",
    "more than ",
    "about ",
    "nearly ",
    "up to ",
    "U.S.",
    "Mr.",
    " a.m.",
    ".",
    ". ",
    "! ",
    "? ",
    "\n",
    "\n\n",
    ",",
    ";",
    "(",
    ")",
    "“",
    "”",
    "’s",
    "'",
    "Japan",
    " aid",
    " summit",
    " not ",
    " rose ",
    " fell ",
    "é",
    "日本",
    "🙂",
    "\u{200b}",
    "\t",
    "°C",
    " km",
    " miles",
    " square",
    " nautical",
    "twenty",
    "-five",
    " a dozen",
    " one of",
    "1980s",
    "G7",
    "F-16",
    "3rd",
    "9th",
    "of",
    "from ",
    " 30 ",
    "  ",
];

fn random_text(rng: &mut Rng, len: usize) -> String {
    (0..len).map(|_| rng.pick(PIECES)).collect()
}

fn claim(body: ClaimBody) -> Claim {
    let mut claim = Claim::new("c", body);
    claim.aliases = vec![vec!["Japan".into(), "Tokyo".into()]];
    claim
}

#[test]
fn arbitrary_text_never_panics_and_evidence_is_on_char_boundaries() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..300 {
        let text = random_text(&mut rng, 20 + round % 200);
        let claim_text = random_text(&mut rng, 1 + round % 12);
        let mut claims =
            vec![claim(ClaimBody::Statement(claim_text.clone())), claim(ClaimBody::Quote(claim_text.clone()))];
        if let Ok(value) = parse_literal(&claim_text) {
            for op in [Operator::Eq, Operator::Ne, Operator::Gt, Operator::Approx, Operator::In] {
                claims.push(claim(ClaimBody::Compare { subject: "Japan aid summit".into(), op, value: value.clone() }));
            }
        }
        let engine = Engine::new([Source { path: "s.txt".into(), text: text.clone() }]);
        for r in engine.verify(&claims).results {
            for e in r.evidence {
                assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{text:?}");
                assert_eq!(&text[e.start..e.end], e.matched);
                assert!(e.sentence.is_char_boundary(e.offset_in_sentence));
            }
        }
    }
}

#[test]
fn mentions_are_in_order_and_do_not_overlap() {
    let mut rng = Rng(42);
    for _ in 0..300 {
        let text = random_text(&mut rng, 120);
        let doc = factcheck_engine::document::Document::analyse("s.txt", text.clone());
        let mut last_end = 0;
        for m in doc.mentions() {
            assert!(m.start >= last_end && m.start < m.end, "{text:?}");
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            last_end = m.end;
        }
        for s in doc.sentence_list() {
            assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        }
    }
}

/// Values are read a block of paragraphs at a time, on first use: whatever the order sentences
/// are looked at in, each sentence gets exactly the values that reading the whole text at once
/// puts inside it, and the document's values are those of the whole text.
#[test]
fn values_read_on_demand_are_those_of_the_whole_text() {
    let mut rng = Rng(7);
    for _ in 0..300 {
        let text = random_text(&mut rng, 160);
        let whole = {
            let text = factcheck_text::text::normalize_line_ends(text.clone());
            let tokens = factcheck_text::text::tokenize(&text);
            factcheck_text::extract::extract(&text, &tokens)
        };
        let doc = factcheck_engine::document::Document::analyse("s.txt", text.clone());
        // Last sentence first, so that blocks are read out of order.
        for sid in (0..doc.sentences.len()).rev() {
            let range = &doc.sentence(sid).range;
            let expected: Vec<_> =
                whole.iter().filter(|m| m.start >= range.start && m.end <= range.end).cloned().collect();
            let got: Vec<_> = doc.mentions_in(sid).iter().cloned().collect();
            assert_eq!(got, expected, "{text:?}, sentence {sid}");
        }
        assert_eq!(doc.mentions().collect::<Vec<_>>(), whole, "{text:?}");
    }
}

/// Every input a fuzz target crashed on (tests/crashes/, named after the target and the
/// cause) goes through every entry point without a panic.
#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/crashes");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse_literal(&text);
        let (source, statement) = text.split_once('\0').unwrap_or((&text, &text));
        let engine = Engine::new([Source { path: "s.txt".into(), text: source.to_string() }]);
        let _ = engine.verify_claim(&claim(ClaimBody::Statement(statement.to_string())));
        seen += 1;
    }
    assert!(seen >= 2);
}
