//! What validation returns: issues and the report that carries them.

use crate::json::{write_string, Value};
use crate::rules::Code;

/// How serious an issue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Blocks the registration: the record cannot be right as it is.
    Error,
    /// Asks a person to look: the record may be right.
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem found in a record.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// Dotted path of the field, e.g. `child.personalId`; empty for the
    /// whole record.
    pub path: String,
    pub code: Code,
    pub severity: Severity,
    /// Human text in the requested locale, naming the field and the values.
    pub message: String,
    /// The other fields a cross-field rule looked at.
    pub related: Vec<String>,
    /// A proposed corrected value, where one is known.
    pub suggestion: Option<String>,
}

impl Issue {
    /// Appends the issue as a JSON object in the contract's shape.
    pub fn write_json(&self, out: &mut String) {
        out.push('{');
        self.write_members(out);
        out.push('}');
    }

    /// Appends the members of the issue's JSON object, without the braces
    /// (a batch puts its `row` first).
    pub fn write_members(&self, out: &mut String) {
        out.push_str("\"path\":");
        write_string(&self.path, out);
        out.push_str(",\"code\":");
        write_string(self.code.as_str(), out);
        out.push_str(",\"severity\":");
        write_string(self.severity.as_str(), out);
        out.push_str(",\"message\":");
        write_string(&self.message, out);
        if !self.related.is_empty() {
            out.push_str(",\"related\":[");
            for (i, r) in self.related.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(r, out);
            }
            out.push(']');
        }
        if let Some(s) = &self.suggestion {
            out.push_str(",\"suggestion\":");
            write_string(s, out);
        }
    }
}

/// The result of validating one record.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// True exactly when no issue has severity [`Severity::Error`].
    pub valid: bool,
    pub issues: Vec<Issue>,
    /// The record with every readable value in canonical form (ISO dates,
    /// 12-digit IDs, `male`/`female`), or `None` when the record was not an
    /// object.
    pub normalized: Option<Value>,
}

impl Report {
    pub(crate) fn new(issues: Vec<Issue>, normalized: Option<Value>) -> Report {
        let valid = issues.iter().all(|i| i.severity != Severity::Error);
        Report { valid, issues, normalized }
    }

    /// The report as JSON text in the contract's shape.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        out.push_str("{\"valid\":");
        out.push_str(if self.valid { "true" } else { "false" });
        out.push_str(",\"issues\":");
        write_issues(&self.issues, &mut out);
        if let Some(n) = &self.normalized {
            out.push_str(",\"normalized\":");
            n.write(&mut out);
        }
        out.push('}');
        out
    }
}

/// Appends a JSON array of issues.
pub fn write_issues(issues: &[Issue], out: &mut String) {
    out.push('[');
    for (i, issue) in issues.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        issue.write_json(out);
    }
    out.push(']');
}
