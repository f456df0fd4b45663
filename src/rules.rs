//! The rule catalogue: every issue code the engine can emit, with its default
//! severity, a one-line description in Vietnamese and English, and its legal
//! basis. [`Code`] is the only way to raise an issue, so nothing can be
//! emitted that is not listed here (a test also checks that every code is
//! exercised by the shared vectors).

use crate::json::write_string;
use crate::report::Severity;
use crate::Locale;

/// A stable machine code of an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    RecordType,
    FieldType,
    FieldTooLong,
    FieldUnknown,
    DateInvalid,
    DateFuture,
    DateOrder,
    IdFormat,
    IdPlaceCode,
    IdSex,
    IdBirthYear,
    IdDuplicate,
    SexInvalid,
}

/// One entry of the catalogue, as `rules()` returns it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    pub description: &'static str,
    pub basis: &'static str,
}

struct Entry {
    code: &'static str,
    severity: Severity,
    vi: &'static str,
    en: &'static str,
    basis: &'static str,
}

const ID_STRUCTURE: &str =
    "Nghị định 137/2015/NĐ-CP Điều 13 (cấu trúc số định danh cá nhân: mã nơi đăng ký khai sinh, \
     mã thế kỷ và giới tính, năm sinh, số ngẫu nhiên)";

impl Code {
    /// Every code, in catalogue order.
    pub const ALL: [Code; 13] = [
        Code::RecordType,
        Code::FieldType,
        Code::FieldTooLong,
        Code::FieldUnknown,
        Code::DateInvalid,
        Code::DateFuture,
        Code::DateOrder,
        Code::IdFormat,
        Code::IdPlaceCode,
        Code::IdSex,
        Code::IdBirthYear,
        Code::IdDuplicate,
        Code::SexInvalid,
    ];

    /// The code as it appears in issues, e.g. `id.birth_year`.
    pub fn as_str(self) -> &'static str {
        self.entry().code
    }

    /// The severity an issue with this code has unless a rule says otherwise.
    pub fn default_severity(self) -> Severity {
        self.entry().severity
    }

    /// The code for a string, if it is one of the catalogue's.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The catalogue entry in the given locale.
    pub fn rule(self, locale: Locale) -> Rule {
        let e = self.entry();
        Rule {
            code: e.code,
            severity: e.severity,
            description: match locale {
                Locale::Vi => e.vi,
                Locale::En => e.en,
            },
            basis: e.basis,
        }
    }

    fn entry(self) -> Entry {
        use Severity::{Error, Warning};
        let (code, severity, vi, en, basis) = match self {
            Code::RecordType => (
                "record.type",
                Error,
                "Hồ sơ phải là một đối tượng JSON với các nhóm trường theo mẫu (ví dụ child, mother, registration).",
                "The record must be a JSON object with the groups of fields of its kind (e.g. child, mother, registration).",
                "Kỹ thuật: hợp đồng API của hotich (không phải quy định pháp luật)",
            ),
            Code::FieldType => (
                "field.type",
                Error,
                "Giá trị của trường phải là văn bản (chuỗi), hoặc đối tượng với nhóm trường.",
                "A field's value must be text (a string), or an object for a group of fields.",
                "Kỹ thuật: hợp đồng API của hotich (không phải quy định pháp luật)",
            ),
            Code::FieldTooLong => (
                "field.too_long",
                Error,
                "Giá trị dài quá 1.000 ký tự: không phải nội dung của một trường hộ tịch.",
                "The value is over 1,000 characters: not the content of a civil-status field.",
                "Kỹ thuật: giới hạn an toàn của hotich (pháp luật không quy định độ dài; Thông tư 04/2020/TT-BTP Điều 6 chỉ yêu cầu tên không quá dài)",
            ),
            Code::FieldUnknown => (
                "field.unknown",
                Warning,
                "Trường không thuộc mẫu hồ sơ này nên không được kiểm tra (có thể gõ sai tên trường).",
                "The field is not part of this kind of record and was not checked (its name may be misspelt).",
                "Kỹ thuật: hợp đồng API của hotich (không phải quy định pháp luật)",
            ),
            Code::DateInvalid => (
                "date.invalid",
                Error,
                "Ngày không có thật trên lịch dương hoặc không đúng dạng (YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY, MM/YYYY).",
                "Not a real Gregorian calendar date, or not in an accepted form (YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY, MM/YYYY).",
                "Nghị định 123/2015/NĐ-CP Điều 4 (ngày, tháng, năm được xác định theo dương lịch)",
            ),
            Code::DateFuture => (
                "date.future",
                Error,
                "Ngày của sự kiện hoặc ngày đăng ký ở sau ngày hôm nay.",
                "An event or registration date is after today.",
                "Luật Hộ tịch 2014 Điều 5 khoản 1 (sự kiện hộ tịch được đăng ký trung thực, chính xác: chỉ đăng ký sự kiện đã xảy ra)",
            ),
            Code::DateOrder => (
                "date.order",
                Error,
                "Các ngày không theo đúng trình tự: đăng ký trước khi sự kiện xảy ra, cha hoặc mẹ sinh sau con.",
                "Dates out of order: registered before the event happened, a parent born after the child.",
                "Luật Hộ tịch 2014 Điều 5 khoản 1 (trung thực, chính xác) và Điều 16 khoản 2 (ghi nội dung khai sinh sau khi nhận giấy chứng sinh)",
            ),
            Code::IdFormat => (
                "id.format",
                Error,
                "Số định danh cá nhân phải gồm đúng 12 chữ số (có thể có dấu cách giữa các nhóm số).",
                "A personal ID number is exactly 12 digits (spaces between groups of digits are allowed).",
                "Luật Căn cước 2023 Điều 12 (số định danh cá nhân gồm 12 chữ số); Nghị định 137/2015/NĐ-CP Điều 13",
            ),
            Code::IdPlaceCode => (
                "id.place_code",
                Warning,
                "Ba chữ số đầu của số định danh không phải một trong 63 mã tỉnh; có thể đúng nếu khai sinh ở nước ngoài (bảng mã quốc gia CHƯA XÁC NHẬN), nên chỉ cảnh báo.",
                "The first three digits are not one of the 63 province codes; this may be right for a birth registered abroad (the country-code table is UNCONFIRMED), so this only warns.",
                "Thông tư 07/2016/TT-BCA Phụ lục I (mã tỉnh); Nghị định 137/2015/NĐ-CP Điều 13 (mã quốc gia nơi đăng ký khai sinh: bảng mã CHƯA XÁC NHẬN)",
            ),
            Code::IdSex => (
                "id.sex",
                Error,
                "Chữ số thứ tư của số định danh (mã thế kỷ và giới tính) chỉ giới tính khác với giới tính đã khai.",
                "The fourth digit of the personal ID number (century and sex) gives the other sex than the one entered.",
                ID_STRUCTURE,
            ),
            Code::IdBirthYear => (
                "id.birth_year",
                Error,
                "Mã thế kỷ và hai chữ số năm sinh trong số định danh không cho ra năm sinh đã khai.",
                "The century digit and the two year digits of the personal ID number do not give the year of birth entered.",
                ID_STRUCTURE,
            ),
            Code::IdDuplicate => (
                "id.duplicate",
                Error,
                "Cùng một số định danh cá nhân được ghi cho hai người khác nhau trong một hồ sơ.",
                "The same personal ID number is given for two different people in one record.",
                "Luật Căn cước 2023 Điều 12 (mỗi công dân có một số định danh cá nhân duy nhất, không lặp lại)",
            ),
            Code::SexInvalid => (
                "sex.invalid",
                Error,
                "Giới tính phải là nam hoặc nữ (male/female).",
                "Sex must be male or female (nam/nữ).",
                "Luật Hộ tịch 2014 Điều 14 khoản 1 điểm a (giới tính của người được khai sinh); Nghị định 123/2015/NĐ-CP Điều 4 (xác định theo Giấy chứng sinh)",
            ),
        };
        Entry {
            code,
            severity,
            vi,
            en,
            basis,
        }
    }
}

/// The whole catalogue in the given locale.
pub fn rules(locale: Locale) -> Vec<Rule> {
    Code::ALL.iter().map(|c| c.rule(locale)).collect()
}

/// The whole catalogue as a JSON array of `{code, severity, description, basis}`.
pub fn rules_json(locale: Locale) -> String {
    let mut out = String::from("[");
    for (i, rule) in rules(locale).iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"code\":");
        write_string(rule.code, &mut out);
        out.push_str(",\"severity\":");
        write_string(rule.severity.as_str(), &mut out);
        out.push_str(",\"description\":");
        write_string(rule.description, &mut out);
        out.push_str(",\"basis\":");
        write_string(rule.basis, &mut out);
        out.push('}');
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        for (i, a) in Code::ALL.iter().enumerate() {
            assert_eq!(Code::from_name(a.as_str()), Some(*a));
            for b in Code::ALL.iter().skip(i + 1) {
                assert_ne!(a.as_str(), b.as_str());
            }
        }
    }

    #[test]
    fn every_rule_has_a_basis_and_both_languages() {
        for code in Code::ALL {
            let vi = code.rule(Locale::Vi);
            let en = code.rule(Locale::En);
            assert!(
                !vi.basis.is_empty() && !vi.description.is_empty() && !en.description.is_empty()
            );
            assert_ne!(vi.description, en.description, "{}", code.as_str());
        }
    }
}
