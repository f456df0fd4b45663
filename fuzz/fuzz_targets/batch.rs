//! Batch input (CSV or NDJSON) as raw bytes: `validate_batch` in one call and
//! `BatchValidator` fed in chunks must give the same report.
//! After the flags byte (bits 6–7: format), one byte sets the chunk size.
#![no_main]

use hotich::batch::{validate_batch, BatchOptions, BatchValidator, Format};
use hotich_fuzz::{kind, options, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, rest) = split(data);
    let (chunk, input) = split(rest);
    let mut batch_options = BatchOptions::new(options(flags));
    batch_options.format = match flags >> 6 {
        1 => Some(Format::Csv),
        2 => Some(Format::Ndjson),
        _ => None,
    };
    let kind = kind(flags);
    let whole = validate_batch(kind, input, &batch_options);
    let json = whole.to_json();
    hotich_fuzz::assert_json(&json, "BatchReport::to_json");
    assert!(whole.valid <= whole.rows);
    assert!(whole.issues.windows(2).all(|w| w[0].row <= w[1].row), "issues not sorted by row");
    let mut streamed = BatchValidator::new(kind, &batch_options);
    for piece in input.chunks(usize::from(chunk % 16) + 1) {
        streamed.push(piece);
    }
    let streamed = streamed.finish();
    assert_eq!(streamed.to_json(), json, "chunks of {} bytes give another report", chunk % 16 + 1);
});
