//! Validating a whole file of records: CSV or NDJSON, at once or streamed.
//!
//! ```
//! use hotich::batch::{validate_batch, BatchOptions};
//! use hotich::{Date, Kind, Options};
//!
//! let options = BatchOptions::new(Options::new(Date::new(2026, 1, 1).unwrap()));
//! let csv = "child.fullName,child.personalId\nNguyễn Thị Hà,07431600012\n";
//! let report = validate_batch(Kind::Birth, csv.as_bytes(), &options);
//! assert_eq!(report.rows, 1);
//! assert_eq!(report.issues[0].row, 1);
//! ```
//!
//! [`BatchValidator`] takes the same input in chunks of any size — a chunk may
//! end inside a UTF-8 sequence, a quoted field or a CRLF — and gives the same
//! report as one call; [`validate_batch`] is one push and `finish`.
//!
//! Input:
//! - the format is [`BatchOptions::format`], or else NDJSON when the first
//!   byte that is not white space is `{`, CSV otherwise; a UTF-8 byte order
//!   mark at the start is skipped, and so are blank lines;
//! - CSV (RFC 4180; the parser is `batch/csv.rs`): the first line is a header
//!   of dotted field paths such as `child.fullName`, a place given as codes by
//!   its members (`registration.place.provinceCode`); an empty cell is an
//!   absent field. Columns that are not fields of the kind are reported once
//!   (`batch.unknown_column`, row 0) and not read, so they raise no
//!   `field.unknown` on each row; of two columns for one field only the
//!   earlier is read (`batch.duplicate_column`);
//! - NDJSON: one JSON record per line.
//!
//! Rows: data rows are numbered from 1 (the CSV header and blank lines not
//! counted; a CSV row may span lines inside quotes). Row 0 is the file as a
//! whole: header issues and gaps in a book's numbering. A row that cannot be
//! read — wrong number of cells, broken quoting, invalid UTF-8, a line that
//! is not JSON, a row over [`MAX_ROW_BYTES`] — is one `batch.row_format`
//! issue naming the line of the file, and the batch goes on with the next
//! row. Every other row is validated by the same code as `validate`, and its
//! parsed fields feed the cross-record rules of `batch/cross.rs` (which
//! row their issues are attached to is documented there: the later of two
//! rows, with `related: ["row N"]` naming the earlier).
//!
//! Triage ([`Triage`]): a row is `clean` with no issue, `fixable` when every
//! issue has a `suggestion`, `review` otherwise (so an unreadable row is
//! `review`).
//!
//! Memory: the input is never held whole. A streamed batch keeps the current
//! row (at most [`MAX_ROW_BYTES`]), the issues found, and the cross-record
//! indexes: 24 bytes per row with a book and number, plus 16 bytes per
//! distinct personal ID in the row — 72 bytes for a birth row with the
//! child's, mother's and father's IDs (the declarant who is the father adds
//! none) — and up to twice that while a vector grows, plus each distinct book
//! once. Measured with [`BatchValidator::index_bytes`] over 100,000 such rows
//! (the ignored test `batch::tests::throughput`): 115 bytes per row.
//!
//! Rows are counted in a `u32`: a batch has at most 4,294,967,295 rows.

mod cross;
mod csv;
mod ndjson;
mod report;

use std::fmt;

use crate::check;
use crate::json::{self, ParseError, Value};
use crate::messages;
use crate::report::Issue;
use crate::rules::Code;
use crate::{Date, Kind, Locale, Options, OptionsError};

pub use report::{BatchIssue, BatchReport, Summary, Triage};

/// The longest row read, in bytes; a longer one is a `batch.row_format`
/// issue (usually an unclosed quote that swallowed the rest of the file).
pub const MAX_ROW_BYTES: usize = 1 << 20;

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The format of a batch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Ndjson,
}

impl Format {
    /// Parses `"csv"` or `"ndjson"`.
    pub fn parse(name: &str) -> Option<Format> {
        match name {
            "csv" => Some(Format::Csv),
            "ndjson" => Some(Format::Ndjson),
            _ => None,
        }
    }
}

/// How to validate a batch: the options of `validate` and the format.
#[derive(Clone, Debug)]
pub struct BatchOptions {
    pub options: Options,
    /// `None`: detected from the first byte that is not white space.
    pub format: Option<Format>,
}

/// Batch options that cannot be used: the call is wrong, not the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BatchOptionsError {
    /// An option of `validate` is wrong.
    Options(OptionsError),
    /// `format` is not `"csv"` or `"ndjson"`.
    Format(String),
    /// A key that no batch option has.
    UnknownKey(String),
}

impl fmt::Display for BatchOptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BatchOptionsError::Options(e) => e.fmt(f),
            BatchOptionsError::Format(v) => write!(f, "options.format must be \"csv\" or \"ndjson\", not {v}"),
            BatchOptionsError::UnknownKey(k) => write!(
                f,
                "unknown option \"{k}\": the batch options are \"today\", \"locale\", \"ethnicityCodes\" and \"format\""
            ),
        }
    }
}

impl std::error::Error for BatchOptionsError {}

impl BatchOptions {
    /// The given options, the format detected.
    pub fn new(options: Options) -> BatchOptions {
        BatchOptions { options, format: None }
    }

    /// Reads the options of `validate` plus `format` from a JSON value
    /// (`null` means all defaults).
    pub fn from_value(value: &Value, default_today: Date) -> Result<BatchOptions, BatchOptionsError> {
        let Value::Object(members) = value else {
            return Options::from_value(value, default_today)
                .map(BatchOptions::new)
                .map_err(BatchOptionsError::Options);
        };
        let (format, rest): (Vec<_>, Vec<_>) = members.iter().cloned().partition(|(k, _)| k == "format");
        let options = Options::from_value(&Value::Object(rest), default_today).map_err(|e| match e {
            OptionsError::UnknownKey(k) => BatchOptionsError::UnknownKey(k),
            other => BatchOptionsError::Options(other),
        })?;
        let format = match format.last().map(|(_, v)| v) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => {
                let shown = || format!("\"{}\"", s.chars().take(40).collect::<String>());
                Some(Format::parse(s).ok_or_else(|| BatchOptionsError::Format(shown()))?)
            }
            Some(other) => return Err(BatchOptionsError::Format(other.type_name().to_owned())),
        };
        Ok(BatchOptions { options, format })
    }
}

/// How far a streamed batch has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Bytes pushed so far.
    pub bytes: u64,
    /// Rows completed so far.
    pub rows: u32,
}

impl Progress {
    /// `{"bytes": …, "rows": …}`.
    pub fn to_json(&self) -> String {
        format!("{{\"bytes\":{},\"rows\":{}}}", self.bytes, self.rows)
    }
}

/// Why a row cannot be read, for its `batch.row_format` message.
#[derive(Clone, Copy, Debug)]
pub(crate) enum RowFault<'a> {
    /// A CSV row with another number of cells than the header.
    Cells { found: usize, expected: usize },
    /// A `"` inside a CSV cell that does not start with one.
    StrayQuote(Column<'a>),
    /// Text after the closing quote of a CSV cell.
    TextAfterQuote(Column<'a>),
    /// A quoted CSV cell never closed.
    Unclosed(Column<'a>),
    /// Longer than [`MAX_ROW_BYTES`].
    TooLong,
    /// Not UTF-8: the column (CSV), the byte and its offset in the cell or line.
    Utf8 { column: Option<Column<'a>>, byte: u8, offset: usize },
    /// An NDJSON line that is not JSON.
    Json(&'a ParseError),
}

impl<'a> RowFault<'a> {
    /// The fault of a CSV problem; `column` names a column by its number.
    fn of(problem: csv::Problem, column: impl Fn(usize) -> Column<'a>) -> RowFault<'a> {
        match problem {
            csv::Problem::StrayQuote { column: n } => RowFault::StrayQuote(column(n)),
            csv::Problem::TextAfterQuote { column: n } => RowFault::TextAfterQuote(column(n)),
            csv::Problem::Unclosed { column: n } => RowFault::Unclosed(column(n)),
            csv::Problem::TooLong => RowFault::TooLong,
        }
    }
}

/// A CSV column for messages: its 1-based number and its header name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Column<'a> {
    pub number: usize,
    pub name: Option<&'a str>,
}

/// An issue of a batch rule, with the code's severity and no suggestion.
fn issue(code: Code, path: &str, message: String, related: Vec<String>) -> Issue {
    Issue { path: path.to_owned(), code, severity: code.default_severity(), message, related, suggestion: None }
}

/// The rows read so far: per-row validation and what it found.
#[derive(Debug)]
struct Rows {
    kind: Kind,
    options: Options,
    count: u32,
    issues: Vec<BatchIssue>,
    index: cross::Index,
}

impl Rows {
    fn next_row(&mut self) -> u32 {
        self.count = self.count.saturating_add(1);
        self.count
    }

    /// Validates the next row.
    fn record(&mut self, record: &Value) {
        let row = self.next_row();
        let issues = match check::check_row(self.kind, record, &self.options) {
            Ok(c) => {
                self.index.add(row, &c);
                c.into_issues()
            }
            Err(report) => report.issues,
        };
        self.issues.extend(issues.into_iter().map(|issue| BatchIssue { row, issue }));
    }

    /// Reports `row` as unreadable, or row 0, the header, as misread.
    fn unreadable_at(&mut self, row: u32, path: &str, fault: RowFault<'_>, line: u32) {
        let message = messages::batch_row_format(fault, line, row == 0, self.options.locale);
        self.issue(row, Code::BatchRowFormat, path, message);
    }

    /// Reports the next row as unreadable.
    fn unreadable(&mut self, path: &str, fault: RowFault<'_>, line: u32) {
        let row = self.next_row();
        self.unreadable_at(row, path, fault, line);
    }

    fn issue(&mut self, row: u32, code: Code, path: &str, message: String) {
        self.issues.push(BatchIssue { row, issue: issue(code, path, message, Vec::new()) });
    }

    /// An NDJSON line.
    fn line(&mut self, line: ndjson::Line<'_>) {
        if line.too_long {
            return self.unreadable("", RowFault::TooLong, line.line);
        }
        match std::str::from_utf8(line.bytes) {
            Ok(text) => match json::parse(text) {
                Ok(record) => self.record(&record),
                Err(e) => self.unreadable("", RowFault::Json(&e), line.line),
            },
            Err(e) => {
                let offset = e.valid_up_to();
                let byte = line.bytes.get(offset).copied().unwrap_or_default();
                self.unreadable("", RowFault::Utf8 { column: None, byte, offset }, line.line);
            }
        }
    }
}

/// How a CSV column is read.
#[derive(Debug)]
enum Reading {
    /// Into the field `path`, at `route` (member indexes) in the template.
    Field { path: String, route: Vec<usize> },
    /// Not read: unknown or repeated.
    Skipped,
}

/// The columns of a CSV file, from its header, and the record each row is
/// read into (one tree of strings, refilled row after row).
#[derive(Debug)]
struct Table {
    names: Vec<String>,
    columns: Vec<Reading>,
    template: Value,
}

/// The string at `route` in `tree`.
fn slot<'a>(tree: &'a mut Value, route: &[usize]) -> Option<&'a mut String> {
    let mut cur = tree;
    for &i in route {
        let Value::Object(members) = cur else { return None };
        cur = &mut members.get_mut(i)?.1;
    }
    match cur {
        Value::String(s) => Some(s),
        _ => None,
    }
}

/// True when a header name is a field of the kind, or a member of a place
/// field given as codes (`registration.place.provinceCode`).
fn is_field(fields: &[&[check::Field]], name: &str) -> bool {
    fields.iter().flat_map(|g| g.iter()).any(|&(path, ty)| {
        let member = name.strip_prefix(path).and_then(|rest| rest.strip_prefix('.'));
        path == name || (ty == check::FieldType::Place && member.is_some_and(|m| check::PLACE_MEMBERS.contains(&m)))
    })
}

/// True when `path` cannot be added to `tree`: it is there already, or it is
/// inside a field given as text (`registration.place` and then
/// `registration.place.provinceCode`), or holds fields (the other way round).
fn taken(tree: &Value, path: &str) -> bool {
    let mut cur = tree;
    for key in path.split('.') {
        match cur.get(key) {
            None => return false,
            Some(next @ Value::Object(_)) => cur = next,
            Some(_) => return true,
        }
    }
    true
}

/// The member indexes that lead to `path` in `tree`.
fn route(tree: &Value, path: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = tree;
    for key in path.split('.') {
        let Value::Object(members) = cur else { break };
        let Some(i) = members.iter().rposition(|(k, _)| k == key) else { break };
        out.push(i);
        let Some((_, next)) = members.get(i) else { break };
        cur = next;
    }
    out
}

impl Table {
    /// Reads the header; reports its problems on row 0.
    fn from_header(header: csv::Record<'_>, rows: &mut Rows) -> Table {
        let names: Vec<String> = header.fields().map(|f| String::from_utf8_lossy(f).trim().to_owned()).collect();
        if let Some(problem) = header.problem {
            let fault = RowFault::of(problem, |number| Column { number, name: None });
            rows.unreadable_at(0, "", fault, header.line);
        }
        let fields = check::fields_of(rows.kind);
        let mut columns = Vec::with_capacity(names.len());
        let mut template = Value::Object(Vec::new());
        let (mut unknown, mut repeated) = (Vec::new(), Vec::new());
        for (i, name) in names.iter().enumerate() {
            let column = (i.saturating_add(1), name.as_str());
            if !is_field(fields, name) {
                unknown.push(column);
                columns.push(Reading::Skipped);
            } else if taken(&template, name) {
                repeated.push(column);
                columns.push(Reading::Skipped);
            } else {
                template.set_pointer(name, Value::String(String::new()));
                columns.push(Reading::Field { path: name.clone(), route: route(&template, name) });
            }
        }
        let (kind, locale) = (rows.kind, rows.options.locale);
        if !unknown.is_empty() {
            let none_known = unknown.len() == names.len();
            let message = messages::batch_unknown_columns(&unknown, none_known, kind, locale);
            rows.issue(0, Code::BatchUnknownColumn, "", message);
        }
        if !repeated.is_empty() {
            rows.issue(0, Code::BatchDuplicateColumn, "", messages::batch_duplicate_columns(&repeated, locale));
        }
        Table { names, columns, template }
    }

    fn column(&self, number: usize) -> Column<'_> {
        let name = number.checked_sub(1).and_then(|i| self.names.get(i)).map(String::as_str);
        Column { number, name }
    }

    /// The field path of a column (1-based), for an issue's `path`.
    fn path(&self, number: usize) -> &str {
        match number.checked_sub(1).and_then(|i| self.columns.get(i)) {
            Some(Reading::Field { path, .. }) => path,
            _ => "",
        }
    }

    /// Reads a data row into the template and validates it.
    fn row(&mut self, record: csv::Record<'_>, rows: &mut Rows) {
        if let Some(problem) = record.problem {
            let path = problem.column().map_or("", |n| self.path(n));
            return rows.unreadable(path, RowFault::of(problem, |n| self.column(n)), record.line);
        }
        if record.len() != self.columns.len() {
            let fault = RowFault::Cells { found: record.len(), expected: self.columns.len() };
            return rows.unreadable("", fault, record.line);
        }
        for (i, (reading, cell)) in self.columns.iter().zip(record.fields()).enumerate() {
            let Reading::Field { path, route } = reading else { continue };
            match std::str::from_utf8(cell) {
                Ok(text) => {
                    if let Some(s) = slot(&mut self.template, route) {
                        s.clear();
                        s.push_str(text);
                    }
                }
                Err(e) => {
                    let offset = e.valid_up_to();
                    let byte = cell.get(offset).copied().unwrap_or_default();
                    let column = Some(self.column(i.saturating_add(1)));
                    return rows.unreadable(path, RowFault::Utf8 { column, byte, offset }, record.line);
                }
            }
        }
        rows.record(&self.template);
    }
}

/// What reads the bytes.
#[derive(Debug)]
enum Reader {
    /// Before the first byte that is not white space, which decides the
    /// format; `line` counts the blank lines skipped.
    Start {
        line: u32,
    },
    Csv {
        parser: csv::Parser,
        table: Option<Table>,
    },
    Ndjson(ndjson::Splitter),
}

/// A batch validated as it streams in: [`push`](Self::push) chunks, then
/// [`finish`](Self::finish).
#[derive(Debug)]
pub struct BatchValidator {
    format: Option<Format>,
    /// The first bytes, held until it is known whether they are a BOM;
    /// `None` once that is settled.
    head: Option<Vec<u8>>,
    reader: Reader,
    rows: Rows,
    bytes: u64,
}

impl BatchValidator {
    pub fn new(kind: Kind, options: &BatchOptions) -> BatchValidator {
        BatchValidator {
            format: options.format,
            head: Some(Vec::with_capacity(BOM.len())),
            reader: Reader::Start { line: 1 },
            rows: Rows {
                kind,
                options: options.options.clone(),
                count: 0,
                issues: Vec::new(),
                index: cross::Index::new(kind),
            },
            bytes: 0,
        }
    }

    /// Reads the next chunk of the input.
    pub fn push(&mut self, mut chunk: &[u8]) -> Progress {
        self.bytes = self.bytes.saturating_add(u64::try_from(chunk.len()).unwrap_or(u64::MAX));
        if let Some(head) = &mut self.head {
            let (start, rest) = chunk.split_at(BOM.len().saturating_sub(head.len()).min(chunk.len()));
            head.extend_from_slice(start);
            chunk = rest;
            if head.len() < BOM.len() {
                return self.progress();
            }
            self.settle_head();
        }
        self.feed(chunk);
        self.progress()
    }

    /// Ends the input and returns the report.
    pub fn finish(mut self) -> BatchReport {
        self.settle_head();
        match &mut self.reader {
            Reader::Start { .. } => {}
            Reader::Csv { parser, table } => parser.finish(&mut |r| read_csv(table, r, &mut self.rows)),
            Reader::Ndjson(splitter) => splitter.finish(&mut |l| self.rows.line(l)),
        }
        let Rows { count, mut issues, index, options, .. } = self.rows;
        issues.extend(index.finish(options.locale));
        BatchReport::new(count, issues)
    }

    /// How far the batch has got.
    pub fn progress(&self) -> Progress {
        Progress { bytes: self.bytes, rows: self.rows.count }
    }

    /// Bytes held by the cross-record indexes.
    pub fn index_bytes(&self) -> usize {
        self.rows.index.bytes()
    }

    /// Feeds the held first bytes, without the BOM if they are one.
    fn settle_head(&mut self) {
        if let Some(head) = self.head.take() {
            self.feed(head.strip_prefix(BOM).unwrap_or(&head));
        }
    }

    fn feed(&mut self, mut bytes: &[u8]) {
        if let Reader::Start { line } = self.reader {
            let blank = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
            let (skipped, rest) = bytes.split_at(blank);
            let line = line.saturating_add(count_lf(skipped));
            let Some(&first) = rest.first() else {
                self.reader = Reader::Start { line };
                return;
            };
            let detected = if first == b'{' { Format::Ndjson } else { Format::Csv };
            self.reader = match self.format.unwrap_or(detected) {
                Format::Csv => Reader::Csv { parser: csv::Parser::starting_at(line), table: None },
                Format::Ndjson => Reader::Ndjson(ndjson::Splitter::starting_at(line)),
            };
            bytes = rest;
        }
        match &mut self.reader {
            Reader::Start { .. } => {}
            Reader::Csv { parser, table } => parser.push(bytes, &mut |r| read_csv(table, r, &mut self.rows)),
            Reader::Ndjson(splitter) => splitter.push(bytes, &mut |l| self.rows.line(l)),
        }
    }
}

fn count_lf(bytes: &[u8]) -> u32 {
    u32::try_from(bytes.iter().filter(|&&b| b == b'\n').count()).unwrap_or(u32::MAX)
}

/// A CSV record: the header first, then data rows.
fn read_csv(table: &mut Option<Table>, record: csv::Record<'_>, rows: &mut Rows) {
    match table {
        Some(t) => t.row(record, rows),
        None => *table = Some(Table::from_header(record, rows)),
    }
}

/// Validates a whole batch held in memory.
pub fn validate_batch(kind: Kind, input: &[u8], options: &BatchOptions) -> BatchReport {
    let mut v = BatchValidator::new(kind, options);
    v.push(input);
    v.finish()
}

/// The report for an input that is neither text nor bytes (the wasm boundary
/// names what it received, e.g. `number`): one `batch.input` issue on row 0.
pub fn not_text(received: &str, locale: Locale) -> BatchReport {
    let issue = issue(Code::BatchInput, "", messages::batch_input(received, locale), Vec::new());
    BatchReport::new(0, vec![BatchIssue { row: 0, issue }])
}

#[cfg(test)]
mod tests;
