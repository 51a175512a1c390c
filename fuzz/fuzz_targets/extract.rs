//! Any text: the analysis never panics, and every mention and sentence lies on character
//! boundaries, in order.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc = factcheck_engine::document::Document::analyse("fuzz.txt", text);
    let mut last = 0;
    for m in &doc.mentions {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end) && m.start >= last && m.start < m.end);
        last = m.end;
    }
    for s in &doc.sentences {
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
    }
});
