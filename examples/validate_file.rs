//! Validates a CSV or NDJSON file natively and prints the triage and the
//! time taken: the native counterpart of `validateBatch`, for data teams and
//! for profiling the rules without the wasm boundary.
//!
//! ```text
//! cargo run --release --example validate_file -- birth FILE [--repeat N] [--records]
//! ```
//!
//! `--records` reads FILE as NDJSON and validates each line on its own, as
//! `validate` does (report and normalized record written as JSON), instead
//! of as one batch.

use std::time::Instant;

use hotich::batch::{validate_batch, BatchOptions};
use hotich::{Date, Kind, Options};

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(kind), Some(path)) = (args.first(), args.get(1)) else {
        return Err("usage: validate_file birth|marriage|death FILE [--repeat N]".to_owned());
    };
    let kind = Kind::parse(kind).map_err(|e| e.to_string())?;
    let (mut repeat, mut records) = (1, false);
    let mut rest = args.iter().skip(2);
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--repeat" => repeat = rest.next().and_then(|n| n.parse::<u32>().ok()).ok_or("--repeat takes a number")?,
            "--records" => records = true,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let input = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let today = Date::new(2026, 1, 1).ok_or("bad date")?;
    let options = BatchOptions::new(Options::new(today));
    if records {
        let text = String::from_utf8(input).map_err(|e| e.to_string())?;
        for _ in 0..repeat.max(1) {
            let start = Instant::now();
            let (mut count, mut bytes) = (0u32, 0usize);
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                bytes += hotich::validate_json(kind, line, &options.options).to_json().len();
                count += 1;
            }
            let seconds = start.elapsed().as_secs_f64();
            let per_record = seconds * 1e6 / f64::from(count.max(1));
            println!("{count} records in {seconds:.3} s: {per_record:.1} µs a record; {bytes} bytes of reports");
        }
        return Ok(());
    }
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        let report = validate_batch(kind, &input, &options);
        let seconds = start.elapsed().as_secs_f64();
        let t = report.summary.triage;
        println!(
            "{} rows in {:.3} s: {:.0} rows/s, {:.1} MB/s; clean {}, fixable {}, review {}, issues {}",
            report.rows,
            seconds,
            f64::from(report.rows) / seconds,
            input.len() as f64 / seconds / 1e6,
            t.clean,
            t.fixable,
            t.review,
            report.issues.len()
        );
    }
    Ok(())
}
