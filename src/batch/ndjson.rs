//! A push splitter for NDJSON: bytes go in as they arrive, in chunks of any
//! size, and complete lines come out (without their LF or CRLF).
//!
//! Lines holding only white space are skipped. A line longer than
//! [`MAX_ROW_BYTES`] comes out empty and marked too long, so memory stays
//! bounded whatever the input. Reading the JSON of a line is the consumer's.

use super::MAX_ROW_BYTES;

/// One non-blank line.
#[derive(Clone, Copy, Debug)]
pub struct Line<'a> {
    /// The line's bytes, without the line end; empty when `too_long`.
    pub bytes: &'a [u8],
    /// The line of the file, 1-based.
    pub line: u32,
    pub too_long: bool,
}

/// The splitter's state between chunks.
#[derive(Debug)]
pub struct Splitter {
    /// The current line so far.
    buffer: Vec<u8>,
    too_long: bool,
    /// The line being read, 1-based.
    line: u32,
}

impl Splitter {
    /// A splitter whose first line is line `line` of the file.
    pub fn starting_at(line: u32) -> Splitter {
        Splitter { buffer: Vec::new(), too_long: false, line }
    }

    /// Feeds a chunk; `emit` is called with each line it completes.
    pub fn push(&mut self, mut bytes: &[u8], emit: &mut impl FnMut(Line<'_>)) {
        while !bytes.is_empty() {
            let end = bytes.iter().position(|&b| b == b'\n');
            let (text, rest) = bytes.split_at(end.unwrap_or(bytes.len()));
            if !self.too_long {
                if self.buffer.len().saturating_add(text.len()) > MAX_ROW_BYTES {
                    self.too_long = true;
                    self.buffer.clear();
                } else {
                    self.buffer.extend_from_slice(text);
                }
            }
            match rest.split_first() {
                Some((_, after)) => {
                    self.end_line(emit);
                    bytes = after;
                }
                None => break,
            }
        }
    }

    /// Ends the input: the last line, if it has no line end.
    pub fn finish(&mut self, emit: &mut impl FnMut(Line<'_>)) {
        self.end_line(emit);
    }

    fn end_line(&mut self, emit: &mut impl FnMut(Line<'_>)) {
        let text = self.buffer.strip_suffix(b"\r").unwrap_or(&self.buffer);
        if self.too_long || !text.iter().all(u8::is_ascii_whitespace) {
            emit(Line { bytes: text, line: self.line, too_long: self.too_long });
        }
        self.buffer.clear();
        self.too_long = false;
        self.line = self.line.saturating_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(chunks: &[&[u8]]) -> Vec<(u32, String, bool)> {
        let mut out = Vec::new();
        let mut s = Splitter::starting_at(1);
        let mut emit = |l: Line<'_>| out.push((l.line, String::from_utf8_lossy(l.bytes).into_owned(), l.too_long));
        for chunk in chunks {
            s.push(chunk, &mut emit);
        }
        s.finish(&mut emit);
        out
    }

    #[test]
    fn splits_lines_and_skips_blank_ones() {
        let got = lines(&[b"{\"a\":1}\r\n\n  \t\r\n{\"b\":\"\xe1\xbb\x87\"}\n{"]);
        assert_eq!(
            got,
            [(1, "{\"a\":1}".to_owned(), false), (4, "{\"b\":\"ệ\"}".to_owned(), false), (5, "{".to_owned(), false)]
        );
    }

    #[test]
    fn long_lines_are_marked_and_dropped() {
        let long = format!("{}\n{{}}\n", "x".repeat(MAX_ROW_BYTES + 1));
        let got = lines(&[long.as_bytes()]);
        assert_eq!(got, [(1, String::new(), true), (2, "{}".to_owned(), false)]);
    }

    #[test]
    fn any_split_gives_the_same_lines() {
        let input = "{\"x\":\"ồ\"}\r\n\r\n [1]\n{\"y\":2}".as_bytes();
        let whole = lines(&[input]);
        for i in 0..=input.len() {
            let (a, b) = input.split_at(i);
            assert_eq!(lines(&[a, b]), whole, "split at {i}");
        }
    }
}
