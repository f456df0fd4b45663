//! Legacy-encoding repair against the name corpus and oracle fixtures in
//! `tests/text/`, written by `scripts/gen-name-corpus.py` (glibc iconv for
//! TCVN3 and CP1258; the script's own VNI and VIQR encoders, cross-checked
//! with vietnamese-conversion).
//!
//! - Round trip: for every `original<TAB>mojibake` line, `repair(mojibake)`
//!   is exactly the original in NFC with the fixture's encoding. A line of
//!   minority-language words (not plausible Vietnamese) may instead be left
//!   alone, and is counted as missed; a wrong repair always fails.
//! - No false detection: every corpus line, in NFC, NFD, upper and lower case
//!   and without diacritics, stays as it is.
//!
//! Run with `--nocapture` to see the counts.

use std::fs;
use std::path::Path;

use hotich::text::encoding::{is_plausible_vietnamese, repair, Encoding, Repair};
use hotich::text::nfc;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/text").join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[derive(Default, Debug)]
struct Counts {
    lines: usize,
    repaired: usize,
    /// Lines the encoding leaves as they are (ASCII, for most).
    unchanged: usize,
    /// Mojibake that is itself plausible Vietnamese ("Vãn" for "Văn"),
    /// which must be left alone like correct text.
    ambiguous: usize,
    /// Left alone otherwise: minority-language lines with no plausible
    /// Vietnamese word to show, and lines that two encodings read as
    /// different plausible text ("Löu Trí": VNI "Lưu Trí", TCVN3 "Lửu Trớ").
    missed: usize,
    wrong: Vec<String>,
}

fn round_trip(file: &str, encoding: Encoding) -> Counts {
    let text = fixture(file);
    let mut counts = Counts::default();
    for line in data_lines(&text) {
        let (original, mojibake) = line.split_once('\t').expect("original<TAB>mojibake");
        counts.lines += 1;
        let got = repair(mojibake);
        if mojibake == original {
            counts.unchanged += 1;
            if got.is_some() {
                counts.wrong.push(format!("{original:?}: unchanged, but got {got:?}"));
            }
            continue;
        }
        let want = nfc(original).into_owned();
        // Where only Ð differs, "Ð for Đ" is the simpler reading.
        let eth_only = mojibake.replace('Ð', "Đ").replace('ð', "đ") == want;
        match got {
            Some(Repair { encoding: e, text })
                if text == want && (e == encoding || (eth_only && e == Encoding::IcelandicEth)) =>
            {
                counts.repaired += 1
            }
            None if is_plausible_vietnamese(mojibake) => counts.ambiguous += 1,
            None => {
                counts.missed += 1;
                println!("  missed: {original:?} <- {mojibake:?}");
            }
            other => counts.wrong.push(format!("{original:?} <- {mojibake:?}: got {other:?}")),
        }
    }
    println!(
        "{file}: {} lines: {} repaired, {} unchanged by the encoding, {} ambiguous (mojibake is \
         plausible Vietnamese), {} missed, {} wrong",
        counts.lines,
        counts.repaired,
        counts.unchanged,
        counts.ambiguous,
        counts.missed,
        counts.wrong.len()
    );
    counts
}

fn check(file: &str, encoding: Encoding) {
    let counts = round_trip(file, encoding);
    assert!(counts.lines > 2000, "{file}: only {} lines", counts.lines);
    assert!(counts.wrong.is_empty(), "{file}: {} wrong:\n{}", counts.wrong.len(), counts.wrong.join("\n"));
    // Lines left alone are few: under 3 %.
    let alone = counts.ambiguous + counts.missed;
    assert!(alone * 100 < counts.lines * 3, "{file}: {alone} left alone");
}

#[test]
fn repairs_tcvn3() {
    check("tcvn3.txt", Encoding::Tcvn3);
}

#[test]
fn repairs_tcvn3_with_the_abc_habit_for_capitals() {
    check("tcvn3-abc.txt", Encoding::Tcvn3);
}

#[test]
fn repairs_vni() {
    check("vni.txt", Encoding::Vni);
}

#[test]
fn repairs_viqr() {
    check("viqr.txt", Encoding::Viqr);
}

#[test]
fn repairs_cp1258() {
    check("cp1258.txt", Encoding::Cp1258);
}

#[test]
fn repairs_utf8_read_as_windows_1252() {
    let counts = round_trip("utf8-1252.txt", Encoding::Utf8AsWindows1252);
    assert!(counts.wrong.is_empty(), "{}", counts.wrong.join("\n"));
    // UTF-8 needs no plausible words: nothing is missed.
    assert_eq!(counts.missed, 0);
}

#[test]
fn corpus_is_large_and_plausible() {
    let names = fixture("names.txt");
    let lines: Vec<&str> = data_lines(&names).collect();
    assert!(lines.len() >= 2000);
    let implausible: Vec<&&str> = lines.iter().filter(|l| !is_plausible_vietnamese(l)).collect();
    println!("names.txt: {} lines, {} not plausible Vietnamese", lines.len(), implausible.len());
    // Only minority-language names and a few place names are not plausible.
    assert!(implausible.len() < 60, "{implausible:?}");
}

#[test]
fn never_takes_clean_text_for_mojibake() {
    let names = fixture("names.txt");
    let clean = fixture("clean.txt");
    let mut checked = 0;
    let mut false_detections = Vec::new();
    let forms = data_lines(&names)
        .map(|line| ("nfc", line))
        .chain(data_lines(&clean).map(|l| l.split_once('\t').expect("form<TAB>text")));
    for (form, text) in forms {
        checked += 1;
        if let Some(r) = repair(text) {
            false_detections.push(format!("{form} {text:?}: {r:?}"));
        }
    }
    println!("clean text: {checked} lines checked, {} false detections", false_detections.len());
    assert!(checked > 10_000);
    assert!(false_detections.is_empty(), "{}", false_detections.join("\n"));
}
