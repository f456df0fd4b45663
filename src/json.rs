//! A small JSON reader and writer.
//!
//! Records reach the rules as JSON text: the wasm boundary serialises the
//! caller's object once (one crossing instead of one per field), batch input
//! arrives as NDJSON, and the native API takes the same text. The reader is
//! strict RFC 8259 with two limits that keep hostile input harmless: nesting
//! deeper than [`MAX_DEPTH`] is an error instead of a stack overflow, and every
//! failure is a [`ParseError`] value, never a panic.

// Reviewed exception to the crate's arithmetic lint: positions and depths are bounded by the input length and MAX_DEPTH.
#![allow(clippy::arithmetic_side_effects)]

use std::fmt;

/// How deeply arrays and objects may nest. Records are at most three levels
/// deep; anything past this is not a record.
pub const MAX_DEPTH: usize = 32;

/// A JSON value. Objects keep their members in input order; when a key is
/// repeated, [`Value::get`] returns the last one, as `JSON.parse` does.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, kept as its JSON text: no rule computes with numbers, and
    /// float parsing and printing would cost the wasm module ~20 KB.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object, or `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value at a dotted path such as `child.birthDate`.
    pub fn pointer(&self, path: &str) -> Option<&Value> {
        path.split('.').try_fold(self, |v, key| v.get(key))
    }

    /// The value as a string slice, if it is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A short English name of the value's type, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    /// Sets the value at a dotted path, creating objects on the way and
    /// replacing any non-object in between.
    pub fn set_pointer(&mut self, path: &str, value: Value) {
        let mut cur = self;
        let mut keys = path.split('.').peekable();
        while let Some(key) = keys.next() {
            if !matches!(cur, Value::Object(_)) {
                *cur = Value::Object(Vec::new());
            }
            let Value::Object(members) = cur else { return };
            let pos = match members.iter().rposition(|(k, _)| k == key) {
                Some(pos) => pos,
                None => {
                    members.push((key.to_owned(), Value::Null));
                    members.len().saturating_sub(1)
                }
            };
            let Some((_, slot)) = members.get_mut(pos) else {
                return;
            };
            if keys.peek().is_none() {
                *slot = value;
                return;
            }
            cur = slot;
        }
    }

    /// Appends the value as compact JSON text.
    pub fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_string(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    /// The value as compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// Appends `s` as a JSON string literal.
pub fn write_string(s: &str, out: &mut String) {
    out.reserve(s.len().saturating_add(2));
    out.push('"');
    let mut rest = s;
    // Copy each run of characters that need no escape at once.
    while let Some(i) = rest.bytes().position(|b| b == b'"' || b == b'\\' || b < 0x20) {
        let Some((run, tail)) = rest.split_at_checked(i) else { break };
        out.push_str(run);
        let mut chars = tail.chars();
        match chars.next() {
            Some('"') => out.push_str("\\\""),
            Some('\\') => out.push_str("\\\\"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some('\t') => out.push_str("\\t"),
            Some(c) => {
                use fmt::Write;
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            None => {}
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out.push('"');
}

/// Why JSON text could not be read, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Byte offset of the problem in the input.
    pub offset: usize,
    pub kind: ParseErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The input ended inside a value.
    UnexpectedEnd,
    /// A byte that cannot start or continue a value here.
    UnexpectedByte(u8),
    /// Arrays or objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A malformed `\` escape, or an unpaired surrogate in one.
    BadEscape,
    /// A number that is not valid JSON.
    BadNumber,
    /// A raw control character inside a string.
    ControlInString,
    /// Something after the value other than white space.
    TrailingData,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ParseErrorKind::UnexpectedEnd => "unexpected end of input".to_owned(),
            ParseErrorKind::UnexpectedByte(b) if b.is_ascii_graphic() => {
                format!("unexpected '{}'", b as char)
            }
            ParseErrorKind::UnexpectedByte(b) => format!("unexpected byte 0x{b:02x}"),
            ParseErrorKind::TooDeep => format!("nested deeper than {MAX_DEPTH} levels"),
            ParseErrorKind::BadEscape => "invalid escape sequence".to_owned(),
            ParseErrorKind::BadNumber => "invalid number".to_owned(),
            ParseErrorKind::ControlInString => "control character in string".to_owned(),
            ParseErrorKind::TrailingData => "data after the value".to_owned(),
        };
        write!(f, "{what} at byte {}", self.offset)
    }
}

impl std::error::Error for ParseError {}

/// Parses one JSON value; white space around it is allowed.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut p = Parser { text, bytes: text.as_bytes(), pos: 0 };
    p.skip_ws();
    let value = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error(ParseErrorKind::TrailingData));
    }
    Ok(value)
}

struct Parser<'a> {
    /// The input, whose slices between ASCII bytes are text as they are.
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, kind: ParseErrorKind) -> ParseError {
        ParseError { offset: self.pos, kind }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn next(&mut self) -> Result<u8, ParseError> {
        let b = self.peek().ok_or_else(|| self.error(ParseErrorKind::UnexpectedEnd))?;
        self.pos += 1;
        Ok(b)
    }

    fn expect(&mut self, want: u8) -> Result<(), ParseError> {
        match self.next()? {
            b if b == want => Ok(()),
            b => {
                self.pos -= 1;
                Err(self.error(ParseErrorKind::UnexpectedByte(b)))
            }
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Result<Value, ParseError> {
        for &want in word {
            self.expect(want)?;
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        match self.peek() {
            None => Err(self.error(ParseErrorKind::UnexpectedEnd)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.object(depth + 1),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b) => Err(self.error(ParseErrorKind::UnexpectedByte(b))),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error(ParseErrorKind::TooDeep));
        }
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.next()? {
                b',' => continue,
                b']' => return Ok(Value::Array(items)),
                b => {
                    self.pos -= 1;
                    return Err(self.error(ParseErrorKind::UnexpectedByte(b)));
                }
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error(ParseErrorKind::TooDeep));
        }
        self.expect(b'{')?;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(match self.peek() {
                    Some(b) => self.error(ParseErrorKind::UnexpectedByte(b)),
                    None => self.error(ParseErrorKind::UnexpectedEnd),
                });
            }
            let key = self.string()?;
            self.skip_ws();
            self.expect(b':')?;
            self.skip_ws();
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_ws();
            match self.next()? {
                b',' => continue,
                b'}' => return Ok(Value::Object(members)),
                b => {
                    self.pos -= 1;
                    return Err(self.error(ParseErrorKind::UnexpectedByte(b)));
                }
            }
        }
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error(ParseErrorKind::BadNumber)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(ParseErrorKind::BadNumber));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error(ParseErrorKind::BadNumber));
            }
            self.digits();
        }
        let text = self.bytes.get(start..self.pos).and_then(|b| std::str::from_utf8(b).ok());
        text.map(|t| Value::Number(t.to_owned())).ok_or(ParseError { offset: start, kind: ParseErrorKind::BadNumber })
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.expect(b'"')?;
        let mut out = String::new();
        loop {
            // Copy the run up to the next quote, backslash or control byte at once.
            let run_start = self.pos;
            let rest = self.bytes.get(run_start..).unwrap_or_default();
            let run_len = rest.iter().position(|&b| b == b'"' || b == b'\\' || b < 0x20).unwrap_or(rest.len());
            self.pos = run_start.saturating_add(run_len);
            // The run ends before an ASCII byte (or at the end): a whole text.
            let run = self.text.get(run_start..self.pos).unwrap_or_default();
            match self.next()? {
                // Most strings are one run: one allocation of the right size.
                b'"' if out.is_empty() => return Ok(run.to_owned()),
                b'"' => {
                    out.push_str(run);
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(run);
                    self.escape(&mut out)?;
                }
                _ => {
                    self.pos -= 1;
                    return Err(self.error(ParseErrorKind::ControlInString));
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), ParseError> {
        let c = match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                match first {
                    0xD800..=0xDBFF => {
                        self.expect(b'\\').map_err(|_| self.error(ParseErrorKind::BadEscape))?;
                        self.expect(b'u').map_err(|_| self.error(ParseErrorKind::BadEscape))?;
                        let second = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&second) {
                            return Err(self.error(ParseErrorKind::BadEscape));
                        }
                        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                        char::from_u32(code).ok_or_else(|| self.error(ParseErrorKind::BadEscape))?
                    }
                    _ => char::from_u32(first).ok_or_else(|| self.error(ParseErrorKind::BadEscape))?,
                }
            }
            _ => {
                self.pos -= 1;
                return Err(self.error(ParseErrorKind::BadEscape));
            }
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0u32;
        for _ in 0..4 {
            let d = match self.next()? {
                b @ b'0'..=b'9' => b - b'0',
                b @ b'a'..=b'f' => b - b'a' + 10,
                b @ b'A'..=b'F' => b - b'A' + 10,
                _ => return Err(self.error(ParseErrorKind::BadEscape)),
            };
            n = n * 16 + u32::from(d);
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let text = r#"{"a":[1,2.5,-3e2,true,false,null],"b":"x\"\\\n\u00e9\ud83d\ude00","c":{}}"#;
        let v = parse(text).unwrap();
        assert_eq!(v.get("b").unwrap().as_str(), Some("x\"\\\né😀"));
        assert_eq!(parse(&v.to_json()).unwrap(), v);
    }

    #[test]
    fn last_duplicate_key_wins() {
        let v = parse(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(v.get("a"), Some(&Value::Number("2".to_owned())));
    }

    #[test]
    fn errors_are_values() {
        for bad in ["", "{", "[1,]", "01", "1.", "\"\\x\"", "\"\\ud800\"", "nul", "{\"a\" 1}", "1 2", "\"\u{1}\""] {
            assert!(parse(bad).is_err(), "{bad:?} should fail");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep).unwrap_err().kind, ParseErrorKind::TooDeep);
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
    }

    #[test]
    fn set_pointer_creates_path() {
        let mut v = Value::Null;
        v.set_pointer("a.b", Value::Bool(true));
        v.set_pointer("a.c", Value::Null);
        v.set_pointer("a.b", Value::Bool(false));
        assert_eq!(v.to_json(), r#"{"a":{"b":false,"c":null}}"#);
    }
}
