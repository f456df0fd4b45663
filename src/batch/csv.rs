//! A push parser for CSV (RFC 4180): bytes go in as they arrive, in chunks of
//! any size, and complete records come out.
//!
//! The parser is a state machine over bytes, so a chunk may end anywhere —
//! inside a quoted field, between the CR and LF of a line end, inside a
//! multi-byte UTF-8 sequence — and the records are the same as if the whole
//! file came at once. It reads:
//! - fields separated by `,`, records ended by CRLF, LF or a lone CR;
//! - quoted fields holding commas, line ends and quotes written as `""`;
//! - a last record without a line end.
//!
//! Lines with nothing on them are skipped. UTF-8 is not checked here: every
//! delimiter is ASCII, which never occurs inside a multi-byte sequence, so the
//! consumer checks each record's text once.
//!
//! Broken quoting does not stop the parser. A record with a quote inside an
//! unquoted field, text after a closing quote, or a quote that is never closed
//! comes out with its [`Problem`], and the next record starts at the next line
//! end outside quotes. A record longer than [`MAX_ROW_BYTES`] keeps only its
//! problem, so memory stays bounded whatever the input.

use super::MAX_ROW_BYTES;

/// Why a record cannot be read as it is. Columns are 1-based.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A `"` inside a field that did not start with one.
    StrayQuote { column: usize },
    /// Text after the closing quote of a quoted field, before the next comma.
    TextAfterQuote { column: usize },
    /// A quoted field still open at the end of the input.
    Unclosed { column: usize },
    /// The record is longer than [`MAX_ROW_BYTES`].
    TooLong,
}

impl Problem {
    /// The column the problem is in, if it is in one.
    pub fn column(self) -> Option<usize> {
        match self {
            Problem::StrayQuote { column } | Problem::TextAfterQuote { column } | Problem::Unclosed { column } => {
                Some(column)
            }
            Problem::TooLong => None,
        }
    }
}

/// One record: its fields and where it starts.
#[derive(Clone, Copy, Debug)]
pub struct Record<'a> {
    data: &'a [u8],
    ends: &'a [usize],
    /// The line of the file the record starts on, 1-based.
    pub line: u32,
    pub problem: Option<Problem>,
}

impl<'a> Record<'a> {
    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// The bytes of the fields, in order, unquoted.
    pub fn fields(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        let data = self.data;
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts.zip(self.ends.iter().copied()).map(move |(start, end)| data.get(start..end).unwrap_or_default())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// At the start of a field.
    FieldStart,
    /// Inside a field that did not start with a quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a `"` inside a quoted field: the closing quote, or the
    /// first half of `""`.
    QuoteInQuoted,
    /// Just after a CR that ended a record: an LF here belongs to it.
    AfterCr,
}

/// The parser's state between chunks.
#[derive(Debug)]
pub struct Parser {
    state: State,
    /// The current record's field bytes, concatenated.
    data: Vec<u8>,
    /// Where each completed field of the current record ends in `data`.
    ends: Vec<usize>,
    /// Bytes of the current record so far, delimiters included.
    size: usize,
    /// True once the current record has any byte (an empty line has none).
    started: bool,
    problem: Option<Problem>,
    /// The line the parser is on, and the one the current record began on.
    line: u32,
    record_line: u32,
}

impl Default for Parser {
    fn default() -> Parser {
        Parser {
            state: State::FieldStart,
            data: Vec::new(),
            ends: Vec::new(),
            size: 0,
            started: false,
            problem: None,
            line: 1,
            record_line: 1,
        }
    }
}

/// The bytes that end an unquoted run.
fn is_special(b: u8) -> bool {
    matches!(b, b',' | b'"' | b'\r' | b'\n')
}

impl Parser {
    /// Starts the line count at `line` (the lines skipped before the parser
    /// was created).
    pub fn starting_at(line: u32) -> Parser {
        Parser { line, record_line: line, ..Parser::default() }
    }

    /// Feeds a chunk; `emit` is called with each record it completes.
    pub fn push(&mut self, mut bytes: &[u8], emit: &mut impl FnMut(Record<'_>)) {
        while let Some((&b, rest)) = bytes.split_first() {
            match self.state {
                State::AfterCr | State::FieldStart => {
                    bytes = rest;
                    if self.state == State::AfterCr && b == b'\n' {
                        self.state = State::FieldStart;
                        continue;
                    }
                    self.state = State::FieldStart;
                    match b {
                        b'"' => self.begin(State::Quoted),
                        b',' => {
                            self.started = true;
                            self.end_field();
                        }
                        b'\r' | b'\n' => self.end_record(b, emit),
                        _ => {
                            self.begin(State::Unquoted);
                            self.take(&[b]);
                        }
                    }
                }
                State::Unquoted => {
                    let n = bytes.iter().position(|&c| is_special(c)).unwrap_or(bytes.len());
                    let (text, after) = bytes.split_at(n);
                    self.take(text);
                    bytes = after;
                    let Some((&b, rest)) = bytes.split_first() else { break };
                    bytes = rest;
                    match b {
                        b',' => {
                            self.end_field();
                            self.state = State::FieldStart;
                        }
                        b'"' => {
                            self.note(Problem::StrayQuote { column: self.column() });
                            self.take(&[b]);
                        }
                        _ => self.end_record(b, emit),
                    }
                }
                State::Quoted => {
                    let n = bytes.iter().position(|&c| c == b'"').unwrap_or(bytes.len());
                    let (text, after) = bytes.split_at(n);
                    self.count_lines(text);
                    self.take(text);
                    bytes = after;
                    if let Some((_, rest)) = bytes.split_first() {
                        bytes = rest;
                        self.state = State::QuoteInQuoted;
                    }
                }
                State::QuoteInQuoted => {
                    bytes = rest;
                    match b {
                        b'"' => {
                            self.take(&[b]);
                            self.state = State::Quoted;
                        }
                        b',' => {
                            self.end_field();
                            self.state = State::FieldStart;
                        }
                        b'\r' | b'\n' => self.end_record(b, emit),
                        _ => {
                            self.note(Problem::TextAfterQuote { column: self.column() });
                            self.take(&[b]);
                            self.state = State::Unquoted;
                        }
                    }
                }
            }
        }
    }

    /// Ends the input: the last record, if it has no line end.
    pub fn finish(&mut self, emit: &mut impl FnMut(Record<'_>)) {
        if self.started {
            let column = self.column();
            self.end_field();
            if self.state == State::Quoted {
                // The root cause, even of a record that then grew too long.
                self.problem = Some(Problem::Unclosed { column });
            }
            self.emit(emit);
        }
        self.state = State::FieldStart;
    }

    /// The 1-based column of the field being read.
    fn column(&self) -> usize {
        self.ends.len().saturating_add(1)
    }

    /// Marks the record as begun and enters `state`.
    fn begin(&mut self, state: State) {
        self.started = true;
        self.state = state;
    }

    /// Keeps the first problem of a record.
    fn note(&mut self, problem: Problem) {
        self.problem.get_or_insert(problem);
    }

    /// Counts `n` more bytes of the record; past [`MAX_ROW_BYTES`] the record
    /// is too long and keeps nothing more.
    fn grow(&mut self, n: usize) -> bool {
        self.size = self.size.saturating_add(n);
        if self.size > MAX_ROW_BYTES {
            self.problem = Some(Problem::TooLong);
        }
        self.problem != Some(Problem::TooLong)
    }

    /// Appends field bytes, unless the record has grown too long.
    fn take(&mut self, bytes: &[u8]) {
        if self.grow(bytes.len()) {
            self.data.extend_from_slice(bytes);
        }
    }

    /// Ends a field (the delimiter counts as one byte of the record).
    fn end_field(&mut self) {
        if self.grow(1) {
            self.ends.push(self.data.len());
        }
    }

    fn count_lines(&mut self, text: &[u8]) {
        let lf = text.iter().filter(|&&c| c == b'\n').count();
        self.line = self.line.saturating_add(u32::try_from(lf).unwrap_or(u32::MAX));
    }

    /// A line end outside quotes: ends the record (an empty line has none).
    fn end_record(&mut self, terminator: u8, emit: &mut impl FnMut(Record<'_>)) {
        if self.started {
            self.end_field();
            self.emit(emit);
        }
        self.line = self.line.saturating_add(1);
        self.record_line = self.line;
        self.state = if terminator == b'\r' { State::AfterCr } else { State::FieldStart };
    }

    fn emit(&mut self, emit: &mut impl FnMut(Record<'_>)) {
        emit(Record { data: &self.data, ends: &self.ends, line: self.record_line, problem: self.problem });
        self.data.clear();
        self.ends.clear();
        self.size = 0;
        self.started = false;
        self.problem = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `input` pushed in the given chunks, as
    /// (line, fields, problem).
    fn parse_chunks(chunks: &[&[u8]]) -> Vec<(u32, Vec<String>, Option<Problem>)> {
        let mut out = Vec::new();
        let mut p = Parser::default();
        let mut emit = |r: Record<'_>| {
            let fields = r.fields().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
            out.push((r.line, fields, r.problem));
        };
        for chunk in chunks {
            p.push(chunk, &mut emit);
        }
        p.finish(&mut emit);
        out
    }

    fn parse(input: &str) -> Vec<(u32, Vec<String>, Option<Problem>)> {
        parse_chunks(&[input.as_bytes()])
    }

    fn fields(input: &str) -> Vec<Vec<String>> {
        parse(input).into_iter().map(|(_, f, _)| f).collect()
    }

    #[test]
    fn plain_fields_and_line_ends() {
        assert_eq!(fields("a,b\n1,2\n"), [["a", "b"], ["1", "2"]]);
        assert_eq!(fields("a,b\r\n1,2\r\n"), [["a", "b"], ["1", "2"]]);
        assert_eq!(fields("a,b\r1,2"), [["a", "b"], ["1", "2"]]);
        assert_eq!(fields("a,,\n"), [["a", "", ""]]);
        assert_eq!(fields(",\n"), [["", ""]]);
    }

    #[test]
    fn quoted_fields() {
        assert_eq!(fields("\"Hà Nội, Việt Nam\",x\n"), [["Hà Nội, Việt Nam", "x"]]);
        assert_eq!(fields("\"say \"\"hi\"\"\"\n"), [["say \"hi\""]]);
        assert_eq!(fields("\"two\nlines\",\"cr\r\nlf\"\n"), [["two\nlines", "cr\r\nlf"]]);
        assert_eq!(fields("\"\",\"\"\n"), [["", ""]]);
        assert_eq!(fields("\"last\""), [["last"]]);
    }

    #[test]
    fn empty_lines_are_skipped_and_lines_counted() {
        let got = parse("\n\na\r\n\r\n\"x\ny\"\nb\n\n");
        let lines: Vec<u32> = got.iter().map(|(l, _, _)| *l).collect();
        assert_eq!(lines, [3, 5, 7]);
        assert_eq!(parse(""), []);
        assert_eq!(parse("\r\n\n"), []);
    }

    #[test]
    fn broken_quoting_is_a_problem_of_one_record() {
        let got = parse("ab\"c,d\n\"x\"y,z\nok,1\n\"open,2\nmore\n");
        assert_eq!(got[0].2, Some(Problem::StrayQuote { column: 1 }));
        assert_eq!(got[0].1, ["ab\"c", "d"]);
        assert_eq!(got[1].2, Some(Problem::TextAfterQuote { column: 1 }));
        assert_eq!(got[2], (3, vec!["ok".to_owned(), "1".to_owned()], None));
        assert_eq!(got[3].2, Some(Problem::Unclosed { column: 1 }));
        assert_eq!(got[3].0, 4);
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn long_records_keep_only_their_problem() {
        let long = format!("a,{}\nb,c\n", "x".repeat(MAX_ROW_BYTES));
        let got = parse(&long);
        assert_eq!(got[0].2, Some(Problem::TooLong));
        assert_eq!(got[1], (2, vec!["b".to_owned(), "c".to_owned()], None));
        let unclosed = format!("\"{}", "y\n".repeat(MAX_ROW_BYTES));
        assert_eq!(parse(&unclosed)[0].2, Some(Problem::Unclosed { column: 1 }));
    }

    #[test]
    fn any_split_gives_the_same_records() {
        let input = "h1,h2\r\n\"a,\"\"b\"\"\r\nc\",ế\r\n\nx\"y,\"z\"w\r\n\"ồ\",\"";
        let whole = parse(input);
        let bytes = input.as_bytes();
        for i in 0..=bytes.len() {
            let (a, b) = bytes.split_at(i);
            assert_eq!(parse_chunks(&[a, b]), whole, "split at {i}");
        }
        let singles: Vec<&[u8]> = bytes.chunks(1).collect();
        assert_eq!(parse_chunks(&singles), whole);
    }
}
