//! Runs the shared test vectors (`tests/vectors/*.json`) natively.
//!
//! The same files are run by `tests/node/vectors.test.mjs` against the Node
//! package and by `tests/browser/run.mjs` in Chromium; all three follow
//! `tests/js/harness.mjs`, whose header documents the format. Each runner
//! writes how many vectors it ran to `target/vector-counts/`, and the test
//! command checks that the three counts agree.

use std::fs;
use std::path::Path;

use hotich::batch::BatchOptions;
use hotich::{json, Date, Kind, Options};
use serde_json::{Map, Value as J};

fn expand(v: &J) -> J {
    match v {
        J::Object(m) if m.contains_key("$repeat") => {
            let unit = m.get("$repeat").and_then(J::as_str).unwrap_or("");
            let times = m.get("times").and_then(J::as_u64).unwrap_or(0) as usize;
            J::String(unit.repeat(times))
        }
        J::Object(m) => J::Object(m.iter().map(|(k, v)| (k.clone(), expand(v))).collect()),
        J::Array(a) => J::Array(a.iter().map(expand).collect()),
        other => other.clone(),
    }
}

fn to_hotich(v: &J) -> json::Value {
    json::parse(&v.to_string()).expect("serde_json writes JSON hotich reads")
}

/// The units pack, loaded once, as a page that fetched it would have it.
fn units() -> std::sync::Arc<hotich::units::UnitPack> {
    static PACK: std::sync::OnceLock<std::sync::Arc<hotich::units::UnitPack>> = std::sync::OnceLock::new();
    PACK.get_or_init(|| {
        let bytes = fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/units.bin")).unwrap();
        std::sync::Arc::new(hotich::units::UnitPack::from_bytes(&bytes).unwrap())
    })
    .clone()
}

/// The vector's options; the units pack is loaded unless `"units": false`.
fn options(vector: &J) -> Result<Options, String> {
    let v = vector.get("options").cloned().unwrap_or(J::Null);
    let options = Options::from_value(&to_hotich(&v), fallback_today()).map_err(|e| e.to_string())?;
    Ok(with_units(options, vector))
}

/// No vector may depend on the real date: a fixed fallback that no vector
/// relies on keeps the run reproducible.
fn fallback_today() -> Date {
    Date::new(2000, 1, 1).unwrap()
}

fn with_units(mut options: Options, vector: &J) -> Options {
    if vector.get("units") != Some(&J::Bool(false)) {
        options.units = Some(units());
    }
    options
}

/// The options of a `validateBatch` vector (`format` besides the others).
fn batch_options(vector: &J) -> Result<BatchOptions, String> {
    let v = vector.get("options").cloned().unwrap_or(J::Null);
    let batch = BatchOptions::from_value(&to_hotich(&v), fallback_today()).map_err(|e| e.to_string())?;
    Ok(BatchOptions { options: with_units(batch.options, vector), ..batch })
}

/// The input of a `validateBatch` vector: `inputBytes` (strings as UTF-8
/// and arrays of byte values, concatenated), else `input` as text; an `Err`
/// when `input` is not text, with the JavaScript type it would have.
fn batch_input(v: &J) -> Result<Vec<u8>, &'static str> {
    if let Some(parts) = v.get("inputBytes").and_then(J::as_array) {
        let mut out = Vec::new();
        for part in parts {
            match part {
                J::String(s) => out.extend_from_slice(s.as_bytes()),
                J::Array(bytes) => out.extend(bytes.iter().map(|b| u8::try_from(b.as_u64().unwrap()).unwrap())),
                other => panic!("inputBytes part {other}"),
            }
        }
        return Ok(out);
    }
    match v.get("input") {
        Some(J::String(s)) => Ok(s.clone().into_bytes()),
        None => Err("undefined"),
        Some(J::Null) => Err("null"),
        Some(J::Bool(_)) => Err("boolean"),
        Some(J::Number(_)) => Err("number"),
        Some(_) => Err("object"),
    }
}

/// An issue as `row|path|code` (batch issues) or `path|code`.
fn issue_key(i: &J) -> String {
    let row = i.get("row").map_or_else(String::new, |r| format!("{r}|"));
    format!("{row}{}|{}", i["path"].as_str().unwrap_or(""), i["code"].as_str().unwrap_or(""))
}

fn compare_issues(got: &[J], want: &[J], failures: &mut Vec<String>) {
    let mut g: Vec<String> = got.iter().map(issue_key).collect();
    let mut w: Vec<String> = want.iter().map(issue_key).collect();
    g.sort();
    w.sort();
    if g != w {
        failures.push(format!("issues: got {g:?}, want {w:?}"));
        return;
    }
    for want in want {
        let Some(got) = got.iter().find(|i| issue_key(i) == issue_key(want)) else {
            continue;
        };
        for field in ["severity", "suggestion"] {
            if let Some(w) = want.get(field) {
                if got.get(field) != Some(w) {
                    failures.push(format!("{}: {field} {:?}, want {w:?}", issue_key(want), got.get(field)));
                }
            }
        }
        if let Some(w) = want.get("message").and_then(J::as_str) {
            let msg = got["message"].as_str().unwrap_or("");
            if !msg.contains(w) {
                failures.push(format!("{}: message {msg:?} does not contain {w:?}", issue_key(want)));
            }
        }
    }
}

/// `want` is contained in `got`: every member of a `want` object is in `got`.
fn contains(got: &J, want: &J) -> bool {
    match (got, want) {
        (J::Object(g), J::Object(w)) => w.iter().all(|(k, wv)| g.get(k).is_some_and(|gv| contains(gv, wv))),
        _ => got == want,
    }
}

fn run_vector(v: &J) -> Vec<String> {
    let mut failures = Vec::new();
    let f = v.get("fn").and_then(J::as_str).unwrap_or("validate");
    let kind_name = v.get("kind").and_then(J::as_str).unwrap_or("");
    let throws = v.get("throws").and_then(J::as_str);
    let outcome: Result<J, String> = (|| match f {
        "validate" => {
            let kind = Kind::parse(kind_name).map_err(|e| e.to_string())?;
            let options = options(v)?;
            let record = v.get("record").map_or_else(|| "null".to_owned(), J::to_string);
            let report = hotich::validate_json(kind, &record, &options);
            Ok(serde_json::from_str(&report.to_json()).unwrap())
        }
        "validateField" => {
            let kind = Kind::parse(kind_name).map_err(|e| e.to_string())?;
            let options = options(v)?;
            let value = to_hotich(v.get("value").unwrap_or(&J::Null));
            let record = v.get("record").map(to_hotich);
            let path = v["path"].as_str().unwrap_or("");
            let issues = hotich::validate_field(kind, path, &value, record.as_ref(), &options);
            let mut out = String::new();
            hotich::report::write_issues(&issues, &mut out);
            Ok(serde_json::from_str(&out).unwrap())
        }
        "parsePersonalId" => {
            let input = v["input"].as_str().unwrap_or("");
            Ok(hotich::parse_personal_id(input).map_or(J::Null, |info| serde_json::from_str(&info.to_json()).unwrap()))
        }
        "rules" => {
            let locale = v.get("locale").and_then(J::as_str).unwrap_or("vi");
            let locale = hotich::Locale::parse(locale).ok_or("bad locale")?;
            Ok(serde_json::from_str(&hotich::rules::rules_json(locale)).unwrap())
        }
        "compareRecords" => {
            let kind = Kind::parse(kind_name).map_err(|e| e.to_string())?;
            let options = options(v)?;
            let register = to_hotich(v.get("register").unwrap_or(&J::Null));
            let population = to_hotich(v.get("population").unwrap_or(&J::Null));
            let comparison = hotich::compare::compare_records(kind, &register, &population, &options);
            Ok(serde_json::from_str(&comparison.to_json()).unwrap())
        }
        "normalizeName" => Ok(J::String(hotich::text::normalize_name(v["input"].as_str().unwrap_or("")))),
        "nameKey" => {
            let key = |field: &str| v.get(field).and_then(J::as_str).map(hotich::text::name_key);
            Ok(serde_json::json!({
                "input": key("input"),
                "sameAs": key("outputSameAs"),
                "differentFrom": key("outputDifferentFrom"),
            }))
        }
        "validateBatch" => {
            let kind = Kind::parse(kind_name).map_err(|e| e.to_string())?;
            let options = batch_options(v)?;
            let report = match batch_input(v) {
                Ok(bytes) => hotich::batch::validate_batch(kind, &bytes, &options),
                Err(received) => hotich::batch::not_text(received, options.options.locale),
            };
            Ok(serde_json::from_str(&report.to_json()).unwrap())
        }
        other => panic!("unknown fn {other:?}"),
    })();
    match (outcome, throws) {
        (Err(e), Some(_)) => {
            if let Some(part) = v.get("throwsMessage").and_then(J::as_str) {
                if !e.contains(part) {
                    failures.push(format!("error {e:?} does not contain {part:?}"));
                }
            }
        }
        (Err(e), None) => failures.push(format!("unexpected error: {e}")),
        (Ok(_), Some(t)) => failures.push(format!("expected a {t}, got a result")),
        (Ok(got), None) => check_result(f, v, &got, &mut failures),
    }
    failures
}

fn check_result(f: &str, v: &J, got: &J, failures: &mut Vec<String>) {
    match f {
        "validate" => {
            let issues = got["issues"].as_array().cloned().unwrap_or_default();
            compare_issues(&issues, v["expect"].as_array().map_or(&[][..], |a| a), failures);
            let has_error = issues.iter().any(|i| i["severity"] == "error");
            if got["valid"] != J::Bool(!has_error) {
                failures.push("valid disagrees with the severities".into());
            }
            if let Some(want) = v.get("valid") {
                if &got["valid"] != want {
                    failures.push(format!("valid: got {}, want {want}", got["valid"]));
                }
            }
            if let Some(want) = v.get("normalized") {
                if !contains(&got["normalized"], want) {
                    failures.push(format!("normalized: got {}, want {want}", got["normalized"]));
                }
            }
        }
        "validateField" => {
            compare_issues(
                got.as_array().map_or(&[][..], |a| a),
                v["expect"].as_array().map_or(&[][..], |a| a),
                failures,
            );
        }
        "compareRecords" => {
            if got["verdict"] != v["verdict"] {
                failures.push(format!("verdict: got {}, want {}", got["verdict"], v["verdict"]));
            }
            let results: Map<String, J> = got["fields"]
                .as_array()
                .map_or(&[][..], |a| a)
                .iter()
                .map(|f| (f["path"].as_str().unwrap_or("").to_owned(), f["result"].clone()))
                .collect();
            if J::Object(results.clone()) != v["fields"] {
                failures.push(format!("fields: got {}, want {}", J::Object(results), v["fields"]));
            }
            if let Some(part) = v.get("reasonContains").and_then(J::as_str) {
                let reasons = got["fields"].as_array().map_or(&[][..], |a| a);
                if !reasons.iter().any(|f| f["reason"].as_str().is_some_and(|r| r.contains(part))) {
                    failures.push(format!("no reason contains {part:?}"));
                }
            }
        }
        "nameKey" => {
            if !got["sameAs"].is_null() && got["sameAs"] != got["input"] {
                failures.push(format!("keys differ: {} vs {}", got["input"], got["sameAs"]));
            }
            if !got["differentFrom"].is_null() && got["differentFrom"] == got["input"] {
                failures.push(format!("keys are equal: {}", got["input"]));
            }
        }
        "parsePersonalId" | "normalizeName" if got != &v["output"] => {
            failures.push(format!("got {got}, want {}", v["output"]));
        }
        "validateBatch" => {
            let issues = got["issues"].as_array().map_or(&[][..], |a| a);
            compare_issues(issues, v["expect"].as_array().map_or(&[][..], |a| a), failures);
            let mut failing: Vec<u64> = issues
                .iter()
                .filter(|i| i["severity"] == "error")
                .filter_map(|i| i["row"].as_u64())
                .filter(|&r| r > 0)
                .collect();
            failing.dedup();
            if got["valid"].as_u64() != got["rows"].as_u64().map(|rows| rows - failing.len() as u64) {
                failures.push("valid disagrees with the severities".into());
            }
            for field in ["rows", "valid"] {
                if let Some(want) = v.get(field) {
                    if &got[field] != want {
                        failures.push(format!("{field}: got {}, want {want}", got[field]));
                    }
                }
            }
            if let Some(want) = v.get("summary") {
                if !contains(&got["summary"], want) {
                    failures.push(format!("summary: got {}, want {want}", got["summary"]));
                }
            }
        }
        "rules" => {
            let codes: Vec<&str> = got.as_array().unwrap().iter().filter_map(|r| r["code"].as_str()).collect();
            for want in v["includes"].as_array().map_or(&[][..], |a| a) {
                if !codes.contains(&want.as_str().unwrap_or("")) {
                    failures.push(format!("catalogue lacks {want}"));
                }
            }
        }
        _ => {}
    }
}

/// Every vector of every file, with the file's defaults applied.
fn load() -> Vec<(String, J)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let doc: J = serde_json::from_str(&fs::read_to_string(&file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let defaults = doc.get("defaults").and_then(J::as_object).cloned().unwrap_or_default();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for v in doc["vectors"].as_array().unwrap_or_else(|| panic!("{name}: no vectors")) {
            let mut merged: Map<String, J> = defaults.clone();
            for (k, val) in v.as_object().unwrap() {
                merged.insert(k.clone(), val.clone());
            }
            out.push((
                format!("{name}: {}", merged.get("name").and_then(J::as_str).unwrap_or("?")),
                expand(&J::Object(merged)),
            ));
        }
    }
    out
}

#[test]
fn shared_vectors() {
    let vectors = load();
    let mut failed = Vec::new();
    for (name, v) in &vectors {
        let failures = run_vector(v);
        if !failures.is_empty() {
            failed.push(format!("{name}\n    {}", failures.join("\n    ")));
        }
    }
    let count_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/vector-counts");
    fs::create_dir_all(&count_dir).unwrap();
    fs::write(count_dir.join("rust.txt"), vectors.len().to_string()).unwrap();
    println!("shared vectors run natively: {}", vectors.len());
    assert!(failed.is_empty(), "{} of {} vectors failed:\n{}", failed.len(), vectors.len(), failed.join("\n"));
}

/// Every code in the catalogue is exercised by at least one vector, and every
/// code a vector expects is in the catalogue.
#[test]
fn catalogue_and_vectors_agree() {
    let vectors = load();
    let mut seen = std::collections::BTreeSet::new();
    for (name, v) in &vectors {
        for e in v.get("expect").and_then(J::as_array).map_or(&[][..], |a| a) {
            let code = e["code"].as_str().unwrap_or("");
            assert!(hotich::Code::from_name(code).is_some(), "{name}: {code} is not in the catalogue");
            seen.insert(code.to_owned());
        }
    }
    let missing: Vec<_> = hotich::Code::ALL.iter().map(|c| c.as_str()).filter(|c| !seen.contains(*c)).collect();
    assert!(missing.is_empty(), "codes no vector exercises: {missing:?}");
}

/// The README's table of issue codes lists exactly the catalogue.
#[test]
fn readme_lists_every_code() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme.split("### Issue codes").nth(1).and_then(|s| s.split("\n## ").next()).unwrap();
    let listed: std::collections::BTreeSet<&str> = section
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once('`').map(|(code, _)| code))
        .filter(|code| code.contains('.') || *code == "required")
        .collect();
    let catalogue: std::collections::BTreeSet<&str> = hotich::Code::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(listed, catalogue);
}
