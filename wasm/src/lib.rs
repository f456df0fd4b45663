//! The WebAssembly boundary of hotich: the JavaScript API of the project's
//! contract, as thin wrappers over the `hotich` crate.
//!
//! Values cross once each way: arguments become JSON text in
//! `js/boundary.js` (which never throws, whatever it is given) and results
//! come back as JSON text for `JSON.parse`. No rule lives here. A call throws
//! only for a wrong `kind` or wrong options (a `TypeError` with a clear
//! message); bad records are reported as issues.

// A panic in wasm poisons the module for the rest of the page's life, so
// non-test code may not unwrap, index unchecked or overflow. The few
// arithmetic exceptions carry #[allow] with the bound that makes them safe.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

use std::cell::RefCell;
use std::sync::Arc;

use hotich::batch::{self, BatchOptions};
use hotich::json::{self, Value};
use hotich::units::{self, UnitPack};
use hotich::{Date, Kind, Locale, Options};
use js_sys::{ArrayBuffer, TypeError, Uint8Array, JSON};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/boundary.js")]
extern "C" {
    #[wasm_bindgen(js_name = toJson)]
    fn to_json(value: &JsValue) -> String;
}

/// A JavaScript value as a hotich JSON value. The boundary script only
/// writes valid JSON, so a parse failure is a bug; it still degrades to a
/// value the rules report instead of a trap.
fn read(value: &JsValue) -> Value {
    json::parse(&to_json(value))
        .unwrap_or_else(|e| Value::Object(vec![("$type".to_owned(), Value::String(format!("unreadable value ({e})")))]))
}

fn type_error(message: impl std::fmt::Display) -> JsValue {
    TypeError::new(&message.to_string()).into()
}

fn kind(value: &JsValue) -> Result<Kind, JsValue> {
    match value.as_string() {
        Some(name) => Kind::parse(&name).map_err(type_error),
        None => Err(type_error(format!(
            "kind must be the string \"birth\", \"marriage\" or \"death\", not {}",
            value.js_typeof().as_string().unwrap_or_default()
        ))),
    }
}

/// Today in Vietnam: the default of `options.today`.
fn today() -> Result<Date, JsValue> {
    Date::in_vietnam_at(js_sys::Date::now())
        .ok_or_else(|| type_error("the system clock reads a date outside 1800–2999: pass options.today"))
}

/// The options with the loaded administrative units.
fn with_units(mut options: Options) -> Options {
    options.units = UNITS.with(|u| u.borrow().clone());
    options
}

fn options(value: &JsValue) -> Result<Options, JsValue> {
    Ok(with_units(Options::from_value(&read(value), today()?).map_err(type_error)?))
}

fn output(json_text: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json_text)
}

/// `validate(kind, record, options?)` → `Report`.
#[wasm_bindgen]
pub fn validate(kind_name: JsValue, record: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let kind = kind(&kind_name)?;
    let options = options(&opts)?;
    output(&hotich::validate(kind, &read(&record), &options).to_json())
}

/// `validateField(kind, path, value, record?, options?)` → `Issue[]`.
#[wasm_bindgen(js_name = validateField)]
pub fn validate_field(
    kind_name: JsValue,
    path: JsValue,
    value: JsValue,
    record: JsValue,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let kind = kind(&kind_name)?;
    let options = options(&opts)?;
    let Some(path) = path.as_string() else {
        return Err(type_error("path must be a string such as \"child.personalId\""));
    };
    let record = read(&record);
    let issues = hotich::validate_field(kind, &path, &read(&value), Some(&record), &options);
    let mut out = String::new();
    hotich::report::write_issues(&issues, &mut out);
    output(&out)
}

/// `parsePersonalId(id)` → `{ placeCode, province, sex, birthYear }` or `null`.
#[wasm_bindgen(js_name = parsePersonalId)]
pub fn parse_personal_id(id: JsValue) -> Result<JsValue, JsValue> {
    match id.as_string().and_then(|s| hotich::parse_personal_id(&s)) {
        Some(info) => output(&info.to_json()),
        None => Ok(JsValue::NULL),
    }
}

/// `compareRecords(kind, registerEntry, populationRecord, options?)` →
/// `{ verdict, fields: [{ path, result, reason }] }`.
#[wasm_bindgen(js_name = compareRecords)]
pub fn compare_records(
    kind_name: JsValue,
    register: JsValue,
    population: JsValue,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let kind = kind(&kind_name)?;
    let options = options(&opts)?;
    output(&hotich::compare::compare_records(kind, &read(&register), &read(&population), &options).to_json())
}

/// `normalizeName(s)`: NFC, trimmed, single spaces; tone placement kept.
/// Anything but a string gives `""`.
#[wasm_bindgen(js_name = normalizeName)]
pub fn normalize_name(s: JsValue) -> String {
    s.as_string().map(|s| hotich::text::normalize_name(&s)).unwrap_or_default()
}

/// `nameKey(s)`: the comparison key (placement-, case- and space-insensitive).
/// Anything but a string gives `""`.
#[wasm_bindgen(js_name = nameKey)]
pub fn name_key(s: JsValue) -> String {
    s.as_string().map(|s| hotich::text::name_key(&s)).unwrap_or_default()
}

thread_local! {
    /// The administrative-units pack, once `loadUnits` has been given it.
    static UNITS: RefCell<Option<Arc<UnitPack>>> = const { RefCell::new(None) };
}

/// `loadUnits(bytes)`: reads the units pack (`units.bin`, shipped beside the
/// module) for the place rules, `lookupUnit` and `successors`;
/// `loadUnits(null)` unloads it. Returns `{ units, description, completeFrom }`
/// or `null`; a damaged pack throws an `Error` and leaves the previous one.
#[wasm_bindgen(js_name = loadUnits)]
pub fn load_units(bytes: JsValue) -> Result<JsValue, JsValue> {
    if bytes.is_null() || bytes.is_undefined() {
        UNITS.with(|u| u.replace(None));
        return Ok(JsValue::NULL);
    }
    let Some(array) = bytes.dyn_ref::<js_sys::Uint8Array>() else {
        return Err(type_error("loadUnits takes the bytes of units.bin as a Uint8Array, or null"));
    };
    let pack = UnitPack::from_bytes(&array.to_vec())
        .map_err(|e| JsValue::from(js_sys::Error::new(&format!("units.bin cannot be read: {e}"))))?;
    let mut out = format!("{{\"units\":{},\"description\":", pack.units().count());
    json::write_string(pack.description(), &mut out);
    out.push_str(",\"completeFrom\":");
    match pack.complete_from() {
        Some(d) => json::write_string(&d.to_string(), &mut out),
        None => out.push_str("null"),
    }
    out.push('}');
    UNITS.with(|u| u.replace(Some(Arc::new(pack))));
    output(&out)
}

/// The loaded pack and a `YYYY-MM-DD` date, or the error to throw.
fn pack_and_date(date: &JsValue) -> Result<(Arc<UnitPack>, Date), JsValue> {
    let pack = UNITS.with(|u| u.borrow().clone()).ok_or_else(|| {
        JsValue::from(js_sys::Error::new("the units pack is not loaded: call loadUnits(bytes) first"))
    })?;
    let date = date
        .as_string()
        .and_then(|d| Date::parse_iso(&d))
        .ok_or_else(|| type_error("date must be a date as \"YYYY-MM-DD\""))?;
    Ok((pack, date))
}

/// `lookupUnit(code, date)` → `{ code, name, type, level, parents, validFrom, validTo }`
/// of the unit `code` named on `date`, or `null`.
#[wasm_bindgen(js_name = lookupUnit)]
pub fn lookup_unit(code: JsValue, date: JsValue) -> Result<JsValue, JsValue> {
    let (pack, date) = pack_and_date(&date)?;
    match code.as_string().and_then(|c| pack.lookup(&c, date)) {
        Some(unit) => output(&unit.to_json()),
        None => Ok(JsValue::NULL),
    }
}

/// `successors(code, date)` → `[{ code, name, level, whole }]`: the units
/// that took over the unit `code` named on `date`.
#[wasm_bindgen]
pub fn successors(code: JsValue, date: JsValue) -> Result<JsValue, JsValue> {
    let (pack, date) = pack_and_date(&date)?;
    let list = code.as_string().map(|c| pack.successors(&c, date)).unwrap_or_default();
    output(&units::successors_json(&list))
}

/// `rules(locale?)` → the rule catalogue.
#[wasm_bindgen]
pub fn rules(locale: JsValue) -> Result<JsValue, JsValue> {
    let locale = match locale.as_string() {
        None if locale.is_undefined() || locale.is_null() => Locale::Vi,
        Some(name) => Locale::parse(&name)
            .ok_or_else(|| type_error(format!("locale must be \"vi\" or \"en\", not \"{name}\"")))?,
        None => return Err(type_error("locale must be \"vi\" or \"en\"")),
    };
    output(&hotich::rules::rules_json(locale))
}

// ---- batches ----------------------------------------------------------------------------

/// The options of `validate` plus `format`.
fn batch_options(value: &JsValue) -> Result<BatchOptions, JsValue> {
    let mut batch = BatchOptions::from_value(&read(value), today()?).map_err(type_error)?;
    batch.options = with_units(batch.options);
    Ok(batch)
}

/// The bytes of a batch or chunk: a string (crossing once, as UTF-8), a
/// `Uint8Array` (a Node `Buffer` is one) or an `ArrayBuffer`.
fn input_bytes(value: &JsValue) -> Option<Vec<u8>> {
    if let Some(text) = value.as_string() {
        return Some(text.into_bytes());
    }
    if let Some(bytes) = value.dyn_ref::<Uint8Array>() {
        return Some(bytes.to_vec());
    }
    value.dyn_ref::<ArrayBuffer>().map(|buffer| Uint8Array::new(buffer).to_vec())
}

/// The JavaScript type of a value, for messages (`null` apart).
fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_owned()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// `validateBatch(kind, input, options?)` → `BatchReport`: a whole CSV or
/// NDJSON file, parsed and validated inside the module. An input that is not
/// text or bytes is a `batch.input` issue, not a throw.
#[wasm_bindgen(js_name = validateBatch)]
pub fn validate_batch(kind_name: JsValue, input: JsValue, opts: JsValue) -> Result<JsValue, JsValue> {
    let kind = kind(&kind_name)?;
    let options = batch_options(&opts)?;
    let report = match input_bytes(&input) {
        Some(bytes) => batch::validate_batch(kind, &bytes, &options),
        None => batch::not_text(&type_name(&input), options.options.locale),
    };
    output(&report.to_json())
}

/// `new BatchValidator(kind, options?)`: a batch validated as it streams in,
/// chunk by chunk (`push`), then `finish()`. Memory holds one chunk, the row
/// being read and the cross-record indexes, never the whole file.
#[wasm_bindgen(js_name = BatchValidator)]
pub struct StreamingBatch {
    /// `None` once `finish()` has been called.
    inner: Option<batch::BatchValidator>,
}

#[wasm_bindgen(js_class = BatchValidator)]
impl StreamingBatch {
    /// Throws a `TypeError` for a wrong `kind` or options, like `validate`.
    #[wasm_bindgen(constructor)]
    pub fn new(kind_name: JsValue, opts: JsValue) -> Result<StreamingBatch, JsValue> {
        let kind = kind(&kind_name)?;
        let options = batch_options(&opts)?;
        Ok(StreamingBatch { inner: Some(batch::BatchValidator::new(kind, &options)) })
    }

    /// `push(chunk)` → `{ bytes, rows }` done so far. A chunk may end
    /// anywhere, even inside a character; one that is not a string,
    /// `Uint8Array` or `ArrayBuffer` is a `TypeError` and changes nothing.
    pub fn push(&mut self, chunk: JsValue) -> Result<JsValue, JsValue> {
        let validator = self.inner.as_mut().ok_or_else(|| finished("push"))?;
        let bytes = input_bytes(&chunk).ok_or_else(|| {
            type_error(format!(
                "BatchValidator.push() takes a string, a Uint8Array or an ArrayBuffer, not {}",
                type_name(&chunk)
            ))
        })?;
        output(&validator.push(&bytes).to_json())
    }

    /// `finish()` → the `BatchReport`, as `validateBatch` returns it.
    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        let validator = self.inner.take().ok_or_else(|| finished("finish"))?;
        output(&validator.finish().to_json())
    }
}

/// The `Error` of a call on a finished `BatchValidator`.
fn finished(method: &str) -> JsValue {
    let message = format!(
        "BatchValidator.{method}(): finish() was already called; create a new BatchValidator for another batch"
    );
    js_sys::Error::new(&message).into()
}
