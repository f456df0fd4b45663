//! The WebAssembly boundary of hotich: the JavaScript API of the project's
//! contract, as thin wrappers over the `hotich` crate.
//!
//! Values cross once each way: arguments become JSON text in
//! `js/boundary.js` (which never throws, whatever it is given) and results
//! come back as JSON text for `JSON.parse`. No rule lives here. A call throws
//! only for a wrong `kind` or wrong options (a `TypeError` with a clear
//! message); bad records are reported as issues.

use hotich::json::{self, Value};
use hotich::{Date, Kind, Locale, Options};
use js_sys::{TypeError, JSON};
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

fn options(value: &JsValue) -> Result<Options, JsValue> {
    let today = Date::in_vietnam_at(js_sys::Date::now())
        .ok_or_else(|| type_error("the system clock reads a date outside 1800–2999: pass options.today"))?;
    Options::from_value(&read(value), today).map_err(type_error)
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
