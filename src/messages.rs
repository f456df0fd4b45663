//! Human text: field labels and the message of every issue, in Vietnamese
//! (the default) and English.
//!
//! Messages follow the GOV.UK error-message style: they name the field and
//! the values involved, say what to do, and do not blame. Each builder
//! renders only the requested language.

use crate::date::{DateError, PartialDate};
use crate::id::IdError;
use crate::{Kind, Locale, Sex};

/// Picks the text for the locale; both arms are built lazily by the caller's
/// `format!` only for the branch taken.
macro_rules! tr {
    ($locale:expr, $vi:expr, $en:expr $(,)?) => {
        match $locale {
            Locale::Vi => $vi,
            Locale::En => $en,
        }
    };
}

/// The label of a field, e.g. "ngày sinh của người mẹ" / "mother's date of
/// birth", in lower case for use inside a sentence.
pub fn label(path: &str, locale: Locale) -> String {
    let (group, field) = path.split_once('.').unwrap_or(("", path));
    let role = role_label(group, locale);
    let field_text = field_label(group, field, locale);
    match (role, field_text) {
        (Some(role), Some(f)) => tr!(locale, format!("{f} của {role}"), format!("{role}'s {f}")),
        (None, Some(f)) => tr!(locale, f.to_owned(), format!("the {f}")),
        (Some(role), None) => tr!(
            locale,
            format!("trường “{field}” của {role}"),
            format!("{role}'s field “{field}”")
        ),
        (None, None) => tr!(
            locale,
            format!("trường “{path}”"),
            format!("the field “{path}”")
        ),
    }
}

/// The label with its first letter in upper case, to start a sentence.
pub fn label_cap(path: &str, locale: Locale) -> String {
    capitalize(&label(path, locale))
}

pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn role_label(group: &str, locale: Locale) -> Option<&'static str> {
    Some(match group {
        "child" => tr!(locale, "trẻ", "the child"),
        "mother" => tr!(locale, "người mẹ", "the mother"),
        "father" => tr!(locale, "người cha", "the father"),
        "declarant" => tr!(locale, "người đi khai", "the declarant"),
        "husband" => tr!(locale, "người chồng", "the husband"),
        "wife" => tr!(locale, "người vợ", "the wife"),
        "deceased" => tr!(locale, "người chết", "the deceased"),
        _ => return None,
    })
}

fn field_label(group: &str, field: &str, locale: Locale) -> Option<&'static str> {
    Some(match (group, field) {
        ("registration", "date") => tr!(locale, "ngày đăng ký", "registration date"),
        ("registration", "number") => tr!(locale, "số đăng ký", "registration number"),
        ("registration", "book") => tr!(locale, "quyển số", "book number"),
        ("registration", "type") => tr!(locale, "loại đăng ký", "type of registration"),
        ("registration", "place") => tr!(locale, "nơi đăng ký", "place of registration"),
        ("registration", "place.provinceCode") => tr!(
            locale,
            "mã tỉnh nơi đăng ký",
            "province code of the place of registration"
        ),
        ("registration", "place.communeCode") => tr!(
            locale,
            "mã xã nơi đăng ký",
            "commune code of the place of registration"
        ),
        ("registration", "place.name") => tr!(
            locale,
            "tên cơ quan đăng ký",
            "name of the registering authority"
        ),
        (_, field) => return person_field_label(field, locale),
    })
}

fn person_field_label(field: &str, locale: Locale) -> Option<&'static str> {
    Some(match field {
        "fullName" => tr!(locale, "họ, chữ đệm và tên", "full name"),
        "sex" => tr!(locale, "giới tính", "sex"),
        "birthDate" => tr!(locale, "ngày, tháng, năm sinh", "date of birth"),
        "birthDateInWords" => tr!(locale, "ngày sinh viết bằng chữ", "date of birth in words"),
        "birthPlace" => tr!(locale, "nơi sinh", "place of birth"),
        "hometown" => tr!(locale, "quê quán", "home town"),
        "ethnicity" => tr!(locale, "dân tộc", "ethnicity"),
        "nationality" => tr!(locale, "quốc tịch", "nationality"),
        "residence" => tr!(locale, "nơi cư trú", "place of residence"),
        "personalId" => tr!(locale, "số định danh cá nhân", "personal ID number"),
        "relationship" => tr!(
            locale,
            "quan hệ với người được đăng ký",
            "relationship to the person registered"
        ),
        _ => return None,
    })
}

/// "trẻ" / "the child" for a person group, for sentences about a person.
pub fn person(group: &str, locale: Locale) -> String {
    role_label(group, locale).map_or_else(|| group.to_owned(), str::to_owned)
}

pub fn kind_name(kind: Kind, locale: Locale) -> &'static str {
    match kind {
        Kind::Birth => tr!(locale, "khai sinh", "birth"),
        Kind::Marriage => tr!(locale, "kết hôn", "marriage"),
        Kind::Death => tr!(locale, "khai tử", "death"),
    }
}

fn sex_word(sex: Sex, locale: Locale) -> &'static str {
    match sex {
        Sex::Male => tr!(locale, "nam", "male"),
        Sex::Female => tr!(locale, "nữ", "female"),
    }
}

/// Quotes a value typed by the user, shortened if long.
pub fn quote(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() > MAX {
        let head: String = value.chars().take(MAX).collect();
        format!("“{head}…”")
    } else {
        format!("“{value}”")
    }
}

// ---- record and field shape -------------------------------------------------

pub fn record_type(kind: Kind, received: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!("Hồ sơ {} phải là một đối tượng JSON (đã nhận: {received}). Hãy gửi một đối tượng có các nhóm trường theo mẫu.", kind_name(kind, locale)),
        format!("A {} record must be a JSON object (received: {received}). Send an object with the record's groups of fields.", kind_name(kind, locale)),
    )
}

pub fn field_type(path: &str, received: &str, expected_group: bool, locale: Locale) -> String {
    let what = match (expected_group, locale) {
        (true, Locale::Vi) => "một đối tượng chứa các trường",
        (true, Locale::En) => "an object holding its fields",
        (false, Locale::Vi) => "văn bản (chuỗi ký tự)",
        (false, Locale::En) => "text (a string)",
    };
    let hint = if path.ends_with("personalId") && received.starts_with("number") {
        tr!(
            locale,
            " Nhập số định danh dạng văn bản để giữ các chữ số 0 ở đầu.",
            " Send the ID number as text so that its leading zeros are kept."
        )
    } else {
        ""
    };
    tr!(
        locale,
        format!(
            "{} phải là {what} (đã nhận: {received}).{hint}",
            label_cap(path, locale)
        ),
        format!(
            "{} must be {what} (received: {received}).{hint}",
            label_cap(path, locale)
        ),
    )
}

pub fn field_too_long(path: &str, chars: usize, max: usize, locale: Locale) -> String {
    tr!(
        locale,
        format!("{} dài {chars} ký tự, vượt quá giới hạn {max} ký tự. Hãy kiểm tra lại nội dung đã dán vào.", label_cap(path, locale)),
        format!("{} is {chars} characters long, over the limit of {max}. Check what was pasted into it.", label_cap(path, locale)),
    )
}

pub fn field_unknown(path: &str, kind: Kind, locale: Locale) -> String {
    tr!(
        locale,
        format!("Trường “{path}” không có trong mẫu hồ sơ {} nên không được kiểm tra. Kiểm tra lại tên trường.", kind_name(kind, locale)),
        format!("“{path}” is not a field of a {} record, so it was not checked. Check the field's name.", kind_name(kind, locale)),
    )
}

// ---- dates ------------------------------------------------------------------

pub fn date_invalid(path: &str, value: &str, err: DateError, locale: Locale) -> String {
    let reason = match err {
        DateError::Format => tr!(
            locale,
            "không đúng dạng ngày; dùng dạng 15/03/2016, 03/2016, 2016 hoặc 2016-03-15".to_owned(),
            "not in a date form; use 15/03/2016, 03/2016, 2016 or 2016-03-15".to_owned(),
        ),
        DateError::Year(y) => tr!(
            locale,
            format!(
                "năm {y} nằm ngoài khoảng {}–{}",
                crate::date::MIN_YEAR,
                crate::date::MAX_YEAR
            ),
            format!(
                "the year {y} is outside {}–{}",
                crate::date::MIN_YEAR,
                crate::date::MAX_YEAR
            ),
        ),
        DateError::Month(m) => tr!(
            locale,
            format!("không có tháng {m}"),
            format!("there is no month {m}")
        ),
        DateError::Day { year, month, day } => {
            let days = crate::date::days_in_month(year, month as u8);
            tr!(
                locale,
                format!("tháng {month}/{year} chỉ có {days} ngày, không có ngày {day}"),
                format!("month {month}/{year} has {days} days, so there is no day {day}"),
            )
        }
    };
    tr!(
        locale,
        format!(
            "{} phải là một ngày có thật ({} {}: {reason}).",
            label_cap(path, locale),
            "đã nhập",
            quote(value)
        ),
        format!(
            "{} must be a real date (entered {}: {reason}).",
            label_cap(path, locale),
            quote(value)
        ),
    )
}

pub fn date_future(
    path: &str,
    value: PartialDate,
    today: crate::date::Date,
    locale: Locale,
) -> String {
    tr!(
        locale,
        format!(
            "{} ({}) ở sau ngày hôm nay ({}). Hãy kiểm tra lại ngày, tháng, năm.",
            label_cap(path, locale),
            value.to_vietnamese(),
            PartialDate::from(today).to_vietnamese()
        ),
        format!(
            "{} ({}) is after today ({today}). Check the day, month and year.",
            label_cap(path, locale),
            value.to_iso()
        ),
    )
}

/// `path` (dated `value`) is before `other_path` (dated `other`), which
/// cannot be.
pub fn date_before(
    path: &str,
    value: PartialDate,
    other_path: &str,
    other: PartialDate,
    locale: Locale,
) -> String {
    tr!(
        locale,
        format!(
            "{} ({}) ở trước {} ({}). Hãy kiểm tra lại hai ngày này.",
            label_cap(path, locale),
            value.to_vietnamese(),
            label(other_path, locale),
            other.to_vietnamese()
        ),
        format!(
            "{} ({}) is before {} ({}). Check both dates.",
            label_cap(path, locale),
            value.to_iso(),
            label(other_path, locale),
            other.to_iso()
        ),
    )
}

/// A parent (`path`, born `value`) was born after the child (born `child`).
pub fn parent_born_after_child(
    path: &str,
    value: PartialDate,
    child: PartialDate,
    locale: Locale,
) -> String {
    tr!(
        locale,
        format!(
            "{} ({}) ở sau ngày sinh của trẻ ({}): cha, mẹ phải sinh trước con. Hãy kiểm tra lại năm sinh.",
            label_cap(path, locale),
            value.to_vietnamese(),
            child.to_vietnamese()
        ),
        format!(
            "{} ({}) is after the child's date of birth ({}): a parent is born before the child. Check the year of birth.",
            label_cap(path, locale),
            value.to_iso(),
            child.to_iso()
        ),
    )
}

// ---- personal ID ------------------------------------------------------------

pub fn id_format(path: &str, value: &str, err: &IdError, locale: Locale) -> String {
    match err {
        IdError::NotDigit(c) => tr!(
            locale,
            format!("{} chỉ gồm chữ số, nhưng có ký tự “{c}” (đã nhập {}). Nhập đúng 12 chữ số.", label_cap(path, locale), quote(value)),
            format!("{} has only digits, but “{c}” was entered (in {}). Enter exactly 12 digits.", label_cap(path, locale), quote(value)),
        ),
        IdError::Length(9) => tr!(
            locale,
            format!(
                "{} gồm 12 chữ số; {} có 9 chữ số, giống số Chứng minh nhân dân cũ. Nhập số định danh 12 chữ số.",
                label_cap(path, locale),
                quote(value)
            ),
            format!(
                "{} has 12 digits; {} has 9, like an old identity card (CMND) number. Enter the 12-digit personal ID number.",
                label_cap(path, locale),
                quote(value)
            ),
        ),
        IdError::Length(n) => tr!(
            locale,
            format!("{} phải gồm đúng 12 chữ số (đã nhập {n} chữ số: {}).", label_cap(path, locale), quote(value)),
            format!("{} must be exactly 12 digits (entered {n} digits: {}).", label_cap(path, locale), quote(value)),
        ),
    }
}

pub fn id_place_code(path: &str, code: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "Ba chữ số đầu của {} ({code}) không phải mã tỉnh nào trong 63 mã tỉnh. Nếu việc khai sinh được đăng ký ở nước ngoài thì có thể đúng; nếu không, hãy kiểm tra lại số.",
            label(path, locale)
        ),
        format!(
            "The first three digits of {} ({code}) are not one of the 63 province codes. This can be right for a birth registered abroad; otherwise check the number.",
            label(path, locale)
        ),
    )
}

pub fn id_sex(
    path: &str,
    digit: u16,
    id_sex: Sex,
    sex_path: &str,
    declared: Sex,
    locale: Locale,
) -> String {
    tr!(
        locale,
        format!(
            "Chữ số thứ tư của {} ({digit}) là mã của giới tính {}, nhưng {} đã khai là {}. Kiểm tra lại số định danh hoặc giới tính.",
            label(path, locale),
            sex_word(id_sex, locale),
            label(sex_path, locale),
            sex_word(declared, locale)
        ),
        format!(
            "The fourth digit of {} ({digit}) stands for {}, but {} entered is {}. Check the ID number or the sex.",
            label(path, locale),
            sex_word(id_sex, locale),
            label(sex_path, locale),
            sex_word(declared, locale)
        ),
    )
}

pub fn id_birth_year(
    path: &str,
    id_year: i32,
    date_path: &str,
    year: i32,
    locale: Locale,
) -> String {
    tr!(
        locale,
        format!(
            "Năm sinh trong {} ({id_year}) khác năm sinh đã khai ở {} ({year}). Kiểm tra lại số định danh hoặc ngày sinh.",
            label(path, locale),
            label(date_path, locale)
        ),
        format!(
            "The year of birth in {} ({id_year}) differs from {} entered ({year}). Check the ID number or the date of birth.",
            label(path, locale),
            label(date_path, locale)
        ),
    )
}

pub fn id_duplicate(path: &str, other_path: &str, id: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} trùng với {} ({id}), nhưng đây là hai người khác nhau: mỗi người có một số riêng. Kiểm tra lại số của từng người.",
            label_cap(path, locale),
            label(other_path, locale)
        ),
        format!(
            "{} is the same as {} ({id}), but these are two different people, and each has a number of their own. Check each person's number.",
            label_cap(path, locale),
            label(other_path, locale)
        ),
    )
}

// ---- sex --------------------------------------------------------------------

pub fn sex_invalid(path: &str, value: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} phải là “nam” hoặc “nữ” (đã nhập {}).",
            label_cap(path, locale),
            quote(value)
        ),
        format!(
            "{} must be “male” or “female” (entered {}).",
            label_cap(path, locale),
            quote(value)
        ),
    )
}

/// The ID's sex digit contradicts the sex a role implies (a mother is female).
pub fn id_sex_role(
    path: &str,
    digit: u16,
    id_sex: Sex,
    group: &str,
    implied: Sex,
    locale: Locale,
) -> String {
    tr!(
        locale,
        format!(
            "Chữ số thứ tư của {} ({digit}) là mã của giới tính {}, nhưng {} là {}. Kiểm tra lại số định danh (có thể đã ghi nhầm số của người khác).",
            label(path, locale),
            sex_word(id_sex, locale),
            person(group, locale),
            sex_word(implied, locale)
        ),
        format!(
            "The fourth digit of {} ({digit}) stands for {}, but {} is {}. Check the ID number (it may be another person's).",
            label(path, locale),
            sex_word(id_sex, locale),
            person(group, locale),
            sex_word(implied, locale)
        ),
    )
}
