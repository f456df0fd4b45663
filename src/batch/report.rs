//! What a batch returns: the issues of every row, and a summary that sorts
//! the rows by how much work they need ("easy first, hard later").

use crate::json::write_string;
use crate::report::{Issue, Severity};
use crate::rules::Code;

/// An issue of one row. Row 0 is the file as a whole (the CSV header, a gap
/// in a book's numbering); data rows are numbered from 1, header excluded.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchIssue {
    pub row: u32,
    pub issue: Issue,
}

/// How many rows need what.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Triage {
    /// Rows without any issue.
    pub clean: u32,
    /// Rows whose every issue comes with a `suggestion`: a click fixes them.
    pub fixable: u32,
    /// Rows with an issue that needs a person.
    pub review: u32,
}

/// Counts over the whole batch.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// How many issues of each code, in catalogue order; codes not raised
    /// are left out.
    pub by_code: Vec<(Code, u32)>,
    pub triage: Triage,
    /// The fixable rows, in order.
    pub fixable_rows: Vec<u32>,
    /// The rows to review, in order.
    pub review_rows: Vec<u32>,
}

/// The issues by row, each row's in the order given: a stable radix sort
/// of their positions, 16 bits of the row at a time (one pass while rows
/// stay below 65,536). Time and memory are linear in the issues, whatever
/// the rows; a general stable sort would add its code to the wasm module
/// for this one use.
fn sorted_by_row(issues: Vec<BatchIssue>) -> Vec<BatchIssue> {
    const DIGITS: usize = 1 << 16;
    let rows: Vec<u32> = issues.iter().map(|i| i.row).collect();
    let mut order: Vec<usize> = (0..issues.len()).collect();
    let mut sorted = vec![0usize; issues.len()];
    let passes = if rows.iter().any(|&r| r >= 1 << 16) { 2 } else { 1 };
    for shift in [0u32, 16].into_iter().take(passes) {
        let digit = |i: usize| rows.get(i).map_or(0, |&r| usize::from((r >> shift) as u16));
        // starts[d] ends as the next position for digit d.
        let mut starts = vec![0usize; DIGITS];
        for &i in &order {
            if let Some(n) = starts.get_mut(digit(i)) {
                *n = n.saturating_add(1);
            }
        }
        let mut total = 0usize;
        for start in &mut starts {
            let count = *start;
            *start = total;
            total = total.saturating_add(count);
        }
        for &i in &order {
            if let Some(at) = starts.get_mut(digit(i)) {
                if let Some(slot) = sorted.get_mut(*at) {
                    *slot = i;
                }
                *at = at.saturating_add(1);
            }
        }
        std::mem::swap(&mut order, &mut sorted);
    }
    let mut taken: Vec<Option<BatchIssue>> = issues.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| taken.get_mut(i).and_then(Option::take)).collect()
}

/// The result of validating a batch.
#[derive(Clone, Debug, PartialEq)]
pub struct BatchReport {
    /// Data rows read, unreadable ones included.
    pub rows: u32,
    /// Rows without an `error` issue.
    pub valid: u32,
    /// Every issue, by row (row 0 first), each row's in the order found.
    pub issues: Vec<BatchIssue>,
    pub summary: Summary,
}

impl BatchReport {
    /// Sorts the issues by row and counts them.
    pub(crate) fn new(rows: u32, issues: Vec<BatchIssue>) -> BatchReport {
        let issues = sorted_by_row(issues);
        let mut counts = vec![0u32; Code::ALL.len()];
        let mut summary = Summary::default();
        let mut invalid = 0u32;
        for group in issues.chunk_by(|a, b| a.row == b.row) {
            for i in group {
                if let Some(n) = counts.get_mut(i.issue.code as usize) {
                    *n = n.saturating_add(1);
                }
            }
            let Some(row) = group.first().map(|i| i.row).filter(|&r| r > 0) else { continue };
            if group.iter().any(|i| i.issue.severity == Severity::Error) {
                invalid = invalid.saturating_add(1);
            }
            if group.iter().all(|i| i.issue.suggestion.is_some()) {
                summary.fixable_rows.push(row);
            } else {
                summary.review_rows.push(row);
            }
        }
        summary.by_code = Code::ALL.iter().zip(counts).filter(|(_, n)| *n > 0).map(|(c, n)| (*c, n)).collect();
        let count = |rows: &[u32]| u32::try_from(rows.len()).unwrap_or(u32::MAX);
        summary.triage.fixable = count(&summary.fixable_rows);
        summary.triage.review = count(&summary.review_rows);
        summary.triage.clean = rows.saturating_sub(summary.triage.fixable).saturating_sub(summary.triage.review);
        BatchReport { rows, valid: rows.saturating_sub(invalid), issues, summary }
    }

    /// The report as JSON text in the contract's shape:
    /// `{rows, valid, issues: [{row, path, code, …}], summary: {byCode,
    /// triage: {clean, fixable, review}, fixableRows, reviewRows}}`.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(self.issues.len().saturating_mul(200).saturating_add(256));
        out.push_str("{\"rows\":");
        out.push_str(&self.rows.to_string());
        out.push_str(",\"valid\":");
        out.push_str(&self.valid.to_string());
        out.push_str(",\"issues\":[");
        for (i, issue) in self.issues.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"row\":");
            out.push_str(&issue.row.to_string());
            out.push(',');
            issue.issue.write_members(&mut out);
            out.push('}');
        }
        out.push_str("],\"summary\":{\"byCode\":{");
        for (i, (code, n)) in self.summary.by_code.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_string(code.as_str(), &mut out);
            out.push(':');
            out.push_str(&n.to_string());
        }
        let t = self.summary.triage;
        out.push_str(&format!(
            "}},\"triage\":{{\"clean\":{},\"fixable\":{},\"review\":{}}}",
            t.clean, t.fixable, t.review
        ));
        out.push_str(",\"fixableRows\":");
        write_rows(&self.summary.fixable_rows, &mut out);
        out.push_str(",\"reviewRows\":");
        write_rows(&self.summary.review_rows, &mut out);
        out.push_str("}}");
        out
    }
}

fn write_rows(rows: &[u32], out: &mut String) {
    out.push('[');
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&r.to_string());
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue(row: u32, code: Code, suggestion: Option<&str>) -> BatchIssue {
        BatchIssue {
            row,
            issue: Issue {
                path: "child.fullName".to_owned(),
                code,
                severity: code.default_severity(),
                message: "m".to_owned(),
                related: Vec::new(),
                suggestion: suggestion.map(str::to_owned),
            },
        }
    }

    #[test]
    fn triage_sorts_rows_by_the_work_they_need() {
        let issues = vec![
            issue(3, Code::NameMixedScript, Some("Hà")),
            issue(2, Code::Required, None),
            issue(0, Code::BatchUnknownColumn, None),
            issue(2, Code::NameMixedScript, Some("Hà")),
            issue(4, Code::EthnicityParents, None),
        ];
        let r = BatchReport::new(5, issues);
        assert_eq!(r.issues.iter().map(|i| i.row).collect::<Vec<_>>(), [0, 2, 2, 3, 4]);
        assert_eq!(r.summary.triage, Triage { clean: 2, fixable: 1, review: 2 });
        assert_eq!(r.summary.fixable_rows, [3]);
        assert_eq!(r.summary.review_rows, [2, 4]);
        assert_eq!(r.valid, 3);
        let json = r.to_json();
        assert!(json.starts_with("{\"rows\":5,\"valid\":3,\"issues\":[{\"row\":0,\"path\":"), "{json}");
        assert!(json.ends_with(
            "\"triage\":{\"clean\":2,\"fixable\":1,\"review\":2},\"fixableRows\":[3],\"reviewRows\":[2,4]}}"
        ));
        assert!(json.contains("\"byCode\":{\"required\":1,\"name.mixed_script\":2,"), "{json}");
    }

    #[test]
    fn issues_are_sorted_by_row_keeping_each_rows_order() {
        let rows = [3, 0, 1, 3, 0, 7, 1];
        let issues: Vec<BatchIssue> = rows
            .iter()
            .enumerate()
            .map(|(i, &row)| BatchIssue {
                row,
                issue: Issue { message: i.to_string(), ..issue(row, Code::Required, None).issue },
            })
            .collect();
        let sorted: Vec<(u32, String)> = sorted_by_row(issues).into_iter().map(|i| (i.row, i.issue.message)).collect();
        let expected = [(0, "1"), (0, "4"), (1, "2"), (1, "6"), (3, "0"), (3, "3"), (7, "5")];
        assert_eq!(sorted, expected.map(|(r, m)| (r, m.to_owned())));
        assert!(sorted_by_row(Vec::new()).is_empty());
        // Rows past 65,535 take the second pass.
        let rows = [70_000, 3, 65_536, 70_000, 65_535, 3, u32::MAX, 0];
        let issues = rows.iter().map(|&row| issue(row, Code::Required, None)).collect();
        let got: Vec<u32> = sorted_by_row(issues).iter().map(|i| i.row).collect();
        assert_eq!(got, [0, 3, 3, 65_535, 65_536, 70_000, 70_000, u32::MAX]);
    }
}
