//! Any pair of texts (split at the first NUL byte): the second, as a statement and as a text
//! to check, against the first as the source. Never a panic; evidence on character boundaries.
#![no_main]
use factcheck_core::{Claim, ClaimBody};
use factcheck_engine::check::{Draft, Gate};
use factcheck_engine::{Engine, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (source, statement) = text.split_once('\0').unwrap_or((text, text));
    let engine = Engine::new([Source { path: "source.txt".into(), text: source.into() }]);
    let result = engine.verify_claim(&Claim::new("s", ClaimBody::Statement(statement.into())));
    for e in &result.evidence {
        assert!(source.is_char_boundary(e.start) && source.is_char_boundary(e.end));
    }
    let _ = engine.check(&Draft { path: "draft.txt", text: statement }, None, Gate::ExpectSupported);
});
