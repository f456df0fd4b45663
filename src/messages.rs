//! Human text: field labels and the message of every issue, in Vietnamese
//! (the default) and English.
//!
//! Messages follow the GOV.UK error-message style: they name the field and
//! the values involved, say what to do, and do not blame. Each builder
//! renders only the requested language.

use crate::date::{DateError, PartialDate};
use crate::id::IdError;
use crate::text;
use crate::words::{WordsDate, WordsError};
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
pub(crate) use tr;

/// The label of a field, e.g. "ngày sinh của người mẹ" / "mother's date of
/// birth", in lower case for use inside a sentence.
pub fn label(path: &str, locale: Locale) -> String {
    let (group, field) = path.split_once('.').unwrap_or(("", path));
    let role = role_label(group, locale);
    let field_text = field_label(group, field, locale);
    match (role, field_text) {
        (Some(role), Some(f)) => tr!(locale, format!("{f} của {role}"), format!("{role}'s {f}")),
        (None, Some(f)) => tr!(locale, f.to_owned(), format!("the {f}")),
        (Some(role), None) => tr!(locale, format!("trường “{field}” của {role}"), format!("{role}'s field “{field}”")),
        (None, None) => tr!(locale, format!("trường “{path}”"), format!("the field “{path}”")),
    }
}

/// The label with its first letter in upper case, to start a sentence.
pub fn label_cap(path: &str, locale: Locale) -> String {
    capitalize(&label(path, locale))
}

pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => std::iter::once(text::upper_char(first)).chain(chars).collect(),
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
        ("registration", "place.provinceCode") => {
            tr!(locale, "mã tỉnh nơi đăng ký", "province code of the place of registration")
        }
        ("registration", "place.communeCode") => {
            tr!(locale, "mã xã nơi đăng ký", "commune code of the place of registration")
        }
        ("registration", "place.name") => tr!(locale, "tên cơ quan đăng ký", "name of the registering authority"),
        ("death", "date") => tr!(locale, "ngày, tháng, năm chết", "date of death"),
        ("death", "time") => tr!(locale, "giờ chết", "time of death"),
        ("death", "place") => tr!(locale, "nơi chết", "place of death"),
        ("death", "cause") => tr!(locale, "nguyên nhân chết", "cause of death"),
        ("deathNotice", "kind") => tr!(locale, "loại giấy báo tử", "kind of death notice"),
        ("deathNotice", "number") => tr!(locale, "số giấy báo tử", "number of the death notice"),
        ("deathNotice", "date") => tr!(locale, "ngày cấp giấy báo tử", "date of the death notice"),
        ("deathNotice", "issuer") => tr!(locale, "nơi cấp giấy báo tử", "issuer of the death notice"),
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
        "maritalStatus" => tr!(locale, "tình trạng hôn nhân", "marital status"),
        "relationship" => tr!(locale, "quan hệ với người được đăng ký", "relationship to the person registered"),
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
        format!("{} phải là {what} (đã nhận: {received}).{hint}", label_cap(path, locale)),
        format!("{} must be {what} (received: {received}).{hint}", label_cap(path, locale)),
    )
}

pub fn field_too_long(path: &str, chars: usize, max: usize, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} dài {chars} ký tự, vượt quá giới hạn {max} ký tự. Hãy kiểm tra lại nội dung đã dán vào.",
            label_cap(path, locale)
        ),
        format!(
            "{} is {chars} characters long, over the limit of {max}. Check what was pasted into it.",
            label_cap(path, locale)
        ),
    )
}

pub fn field_unknown(path: &str, kind: Kind, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "Trường “{path}” không có trong mẫu hồ sơ {} nên không được kiểm tra. Kiểm tra lại tên trường.",
            kind_name(kind, locale)
        ),
        format!(
            "“{path}” is not a field of a {} record, so it was not checked. Check the field's name.",
            kind_name(kind, locale)
        ),
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
            format!("năm {y} nằm ngoài khoảng {}–{}", crate::date::MIN_YEAR, crate::date::MAX_YEAR),
            format!("the year {y} is outside {}–{}", crate::date::MIN_YEAR, crate::date::MAX_YEAR),
        ),
        DateError::Month(m) => tr!(locale, format!("không có tháng {m}"), format!("there is no month {m}")),
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
        format!("{} phải là một ngày có thật ({} {}: {reason}).", label_cap(path, locale), "đã nhập", quote(value)),
        format!("{} must be a real date (entered {}: {reason}).", label_cap(path, locale), quote(value)),
    )
}

pub fn date_future(path: &str, value: PartialDate, today: crate::date::Date, locale: Locale) -> String {
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
pub fn date_before(path: &str, value: PartialDate, other_path: &str, other: PartialDate, locale: Locale) -> String {
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
pub fn parent_born_after_child(path: &str, value: PartialDate, child: PartialDate, locale: Locale) -> String {
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

pub fn id_sex(path: &str, digit: u16, id_sex: Sex, sex_path: &str, declared: Sex, locale: Locale) -> String {
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

pub fn id_birth_year(path: &str, id_year: i32, date_path: &str, year: i32, locale: Locale) -> String {
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
        format!("{} phải là “nam” hoặc “nữ” (đã nhập {}).", label_cap(path, locale), quote(value)),
        format!("{} must be “male” or “female” (entered {}).", label_cap(path, locale), quote(value)),
    )
}

/// The ID's sex digit contradicts the sex a role implies (a mother is female).
pub fn id_sex_role(path: &str, digit: u16, id_sex: Sex, group: &str, implied: Sex, locale: Locale) -> String {
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

// ---- required, names, registration, parents ------------------------------------

pub fn required(path: &str, locale: Locale) -> String {
    tr!(locale, format!("Nhập {}.", label(path, locale)), format!("Enter {}.", label(path, locale)))
}

fn describe_char(ch: char) -> String {
    if ch.is_whitespace() || ch.is_control() {
        format!("U+{:04X}", ch as u32)
    } else {
        format!("“{ch}” (U+{:04X})", ch as u32)
    }
}

pub fn name_chars(path: &str, ch: char, position: usize, locale: Locale) -> String {
    let what = describe_char(ch);
    let kind = match (ch.is_ascii_digit(), locale) {
        (true, Locale::Vi) => "chữ số",
        (true, Locale::En) => "the digit",
        (false, Locale::Vi) => "ký tự",
        (false, Locale::En) => "the character",
    };
    tr!(
        locale,
        format!(
            "{} chỉ được gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch nối (-), nhưng có {kind} {what} ở vị trí {position}. Hãy xóa hoặc sửa ký tự này.",
            label_cap(path, locale)
        ),
        format!(
            "{} can only hold letters, spaces, apostrophes (') and hyphens (-), but has {kind} {what} at position {position}. Remove or correct it.",
            label_cap(path, locale)
        ),
    )
}

pub fn name_look_alike(path: &str, ch: char, position: usize, latin: char, char_name: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} có chữ “{ch}” ở vị trí {position} là {char_name} (chữ của hệ chữ khác), trông giống chữ La-tinh “{latin}”. Hãy gõ lại bằng bàn phím tiếng Việt hoặc dùng gợi ý sửa.",
            label_cap(path, locale)
        ),
        format!(
            "{} has “{ch}” at position {position}, which is {char_name} (another script) and looks like the Latin “{latin}”. Retype it with a Vietnamese keyboard or use the suggested fix.",
            label_cap(path, locale)
        ),
    )
}

pub fn name_invisible(path: &str, ch: char, position: usize, char_name: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} có ký tự ẩn {char_name} (U+{:04X}) ở vị trí {position}, thường do sao chép từ nơi khác. Hãy dùng gợi ý sửa hoặc gõ lại tên.",
            label_cap(path, locale),
            ch as u32
        ),
        format!(
            "{} has the hidden character {char_name} (U+{:04X}) at position {position}, usually from copy and paste. Use the suggested fix or retype the name.",
            label_cap(path, locale),
            ch as u32
        ),
    )
}

pub fn parent_age(group: &str, age: i32, too_young: bool, limit: i32, locale: Locale) -> String {
    let who = person(group, locale);
    match (too_young, locale) {
        (true, Locale::Vi) => format!(
            "Theo ngày sinh đã khai, {who} mới {age} tuổi khi sinh con (dưới {limit} tuổi). Hãy kiểm tra lại năm sinh của {who} và của trẻ."
        ),
        (true, Locale::En) => format!(
            "By the dates entered, {who} was {age} at the child's birth (under {limit}). Check the year of birth of {who} and of the child."
        ),
        (false, Locale::Vi) => format!(
            "Theo ngày sinh đã khai, {who} đã {age} tuổi khi sinh con (trên {limit} tuổi). Hãy kiểm tra lại năm sinh của {who}."
        ),
        (false, Locale::En) => {
            format!("By the dates entered, {who} was {age} at the child's birth (over {limit}). Check the year of birth of {who}.")
        }
    }
}

pub fn registration_late(days: i64, deadline: i64, event: &str, law: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "Ngày đăng ký ở sau {} {days} ngày, quá thời hạn {deadline} ngày ({law}). Nếu đây là đăng ký quá hạn, hãy chọn loại đăng ký “quá hạn”; nếu không, hãy kiểm tra lại hai ngày.",
            label(event, locale)
        ),
        format!(
            "The registration date is {days} days after {}, past the {deadline}-day deadline ({law}). If this is a late registration, set the type to “late”; otherwise check both dates.",
            label(event, locale)
        ),
    )
}

pub fn registration_book_year(book: &str, book_year: i32, year: i32, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "Quyển số {} ghi năm {book_year}, nhưng ngày đăng ký thuộc năm {year}. Sổ hộ tịch mở theo từng năm: hãy kiểm tra lại quyển số hoặc ngày đăng ký.",
            quote(book)
        ),
        format!(
            "The book number {} says {book_year}, but the registration date is in {year}. Register books are kept by calendar year: check the book number or the registration date.",
            quote(book)
        ),
    )
}

pub fn registration_type(value: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!("Loại đăng ký phải là “đúng hạn” (on-time), “quá hạn” (late) hoặc “đăng ký lại” (re-registration); đã nhập {}.", quote(value)),
        format!("The type of registration must be “on-time”, “late” or “re-registration”; {} was entered.", quote(value)),
    )
}

pub fn id_place_mismatch(path: &str, code: &str, province_code: &str, expected: &[String], locale: Locale) -> String {
    let list = expected.join(", ");
    tr!(
        locale,
        format!(
            "Ba chữ số đầu của {} ({code}) không phải mã của tỉnh nơi đăng ký khai sinh ({province_code}; mã số định danh tương ứng: {list}). Hãy kiểm tra lại số định danh hoặc nơi đăng ký.",
            label(path, locale)
        ),
        format!(
            "The first three digits of {} ({code}) are not the code of the province where the birth was registered ({province_code}; matching ID codes: {list}). Check the ID number or the place of registration.",
            label(path, locale)
        ),
    )
}

// ---- dates in words -------------------------------------------------------------

/// The parts a date in words gave, as figures: `15/03/2016`, `03/2016`, `2016`.
fn words_figures(w: WordsDate) -> String {
    match (w.day, w.month) {
        (Some(d), Some(m)) => format!("{d:02}/{m:02}/{}", w.year),
        (Some(d), None) => format!("{d:02}/…/{}", w.year),
        (None, Some(m)) => format!("{m:02}/{}", w.year),
        (None, None) => w.year.to_string(),
    }
}

pub fn words_invalid(path: &str, value: &str, err: &WordsError, locale: Locale) -> String {
    let reason = match err {
        WordsError::Empty | WordsError::Structure => tr!(
            locale,
            "cần có dạng “ngày … tháng … năm …”, ví dụ “ngày mười lăm tháng ba năm hai nghìn không trăm mười sáu”"
                .to_owned(),
            "it needs the form “ngày … tháng … năm …”, e.g. “ngày mười lăm tháng ba năm hai nghìn không trăm mười sáu”"
                .to_owned(),
        ),
        WordsError::TooLong => tr!(
            locale,
            format!("dài quá {} ký tự", crate::words::MAX_CHARS),
            format!("it is over {} characters long", crate::words::MAX_CHARS),
        ),
        WordsError::UnknownWord(w) => tr!(
            locale,
            format!("từ “{w}” không phải một phần của ngày tháng"),
            format!("“{w}” is not a word of a date"),
        ),
        WordsError::Number(n) => {
            tr!(locale, format!("“{n}” không phải cách đọc số đúng"), format!("“{n}” is not a well-formed number"))
        }
        WordsError::Day(d) => tr!(locale, format!("không có ngày {d}"), format!("there is no day {d}")),
        WordsError::Month(m) => tr!(locale, format!("không có tháng {m}"), format!("there is no month {m}")),
        WordsError::Year(y) => tr!(
            locale,
            format!("năm {y} nằm ngoài khoảng {}–{}", crate::date::MIN_YEAR, crate::date::MAX_YEAR),
            format!("the year {y} is outside {}–{}", crate::date::MIN_YEAR, crate::date::MAX_YEAR),
        ),
        WordsError::NoSuchDay { year, month, day } => tr!(
            locale,
            format!("tháng {month}/{year} không có ngày {day}"),
            format!("month {month}/{year} has no day {day}"),
        ),
    };
    tr!(
        locale,
        format!("Không đọc được {} {}: {reason}.", label(path, locale), quote(value)),
        format!("{} {} cannot be read: {reason}.", label_cap(path, locale), quote(value)),
    )
}

pub fn words_mismatch(path: &str, words: WordsDate, date_path: &str, date: PartialDate, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} ({}) khác {} ({}). Hãy sửa cho hai cách ghi nói cùng một ngày.",
            label_cap(path, locale),
            words_figures(words),
            label(date_path, locale),
            date.to_vietnamese()
        ),
        format!(
            "{} ({}) differs from {} ({}). Make both say the same date.",
            label_cap(path, locale),
            words_figures(words),
            label(date_path, locale),
            date.to_vietnamese()
        ),
    )
}

// ---- ethnicity and nationality --------------------------------------------------------

pub fn ethnicity_unknown(path: &str, value: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} {} không có trong danh mục 54 dân tộc Việt Nam. Nhập tên dân tộc (ví dụ “Kinh”, “Tày”, “H'Mông”), mã hai chữ số (ví dụ “01”) hoặc “người nước ngoài”.",
            label_cap(path, locale),
            quote(value)
        ),
        format!(
            "{} {} is not one of the 54 ethnic groups of Vietnam. Enter a group's name (e.g. “Kinh”, “Tày”, “H'Mông”), its two-digit code (e.g. “01”) or “người nước ngoài” (foreigner).",
            label_cap(path, locale),
            quote(value)
        ),
    )
}

pub fn ethnicity_parents(child: &str, parents: &[&str], locale: Locale) -> String {
    let list = parents.join(tr!(locale, " và ", " and "));
    tr!(
        locale,
        format!(
            "Dân tộc của trẻ ({child}) khác dân tộc của cha, mẹ ({list}). Theo Bộ luật Dân sự Điều 29, dân tộc của con theo dân tộc của cha hoặc mẹ: hãy kiểm tra lại."
        ),
        format!(
            "The child's ethnicity ({child}) is not the parents' ({list}). Under the Civil Code Art. 29 a child takes the father's or the mother's group: check it."
        ),
    )
}

pub fn nationality_unknown(path: &str, value: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} {} không phải tên hay mã một quốc gia. Nhập tên nước (ví dụ “Việt Nam”, “Hoa Kỳ”) hoặc mã ISO hai chữ cái (ví dụ “VN”).",
            label_cap(path, locale),
            quote(value)
        ),
        format!(
            "{} {} is not a country's name or code. Enter the country's name (e.g. “Việt Nam”, “Hoa Kỳ”) or its two-letter ISO code (e.g. “VN”).",
            label_cap(path, locale),
            quote(value)
        ),
    )
}

// ---- marriage and death ----------------------------------------------------------------

pub fn marriage_age(
    spouse: &str,
    age: i32,
    minimum: i32,
    sex: Sex,
    law: &str,
    severity: crate::report::Severity,
    locale: Locale,
) -> String {
    let who = person(spouse, locale);
    let contested = severity == crate::report::Severity::Warning;
    match (contested, locale) {
        (false, Locale::Vi) => format!(
            "Vào ngày đăng ký, {who} mới {age} tuổi, chưa đủ {minimum} tuổi là tuổi kết hôn của {} theo {law}. Hãy kiểm tra lại ngày sinh và ngày đăng ký.",
            sex_word(sex, locale)
        ),
        (false, Locale::En) => format!(
            "On the registration date {who} was {age}, under {minimum}, the marriage age for a {} under {law}. Check the date of birth and the registration date.",
            sex_word(sex, locale)
        ),
        (true, Locale::Vi) => format!(
            "Vào ngày đăng ký, {who} {age} tuổi, chưa đủ {minimum} tuổi tròn. {law} ghi “từ {minimum} tuổi trở lên”, có cách hiểu là bước sang tuổi {minimum}: cần người kiểm tra."
        ),
        (true, Locale::En) => format!(
            "On the registration date {who} was {age}, not yet a full {minimum}. {law} says “from {minimum} years”, which some read as entering that year: a person should check."
        ),
    }
}

pub fn marriage_same_sex(sex: Sex, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "Cả hai người kết hôn đều là {}: việc kết hôn giữa những người cùng giới tính không đăng ký được. Hãy kiểm tra lại giới tính của hai người.",
            sex_word(sex, locale)
        ),
        format!(
            "Both spouses are {}: a marriage between people of the same sex cannot be registered. Check both spouses' sex.",
            sex_word(sex, locale)
        ),
    )
}

pub fn marriage_prohibited_married(spouse: &str, locale: Locale) -> String {
    let who = person(spouse, locale);
    tr!(
        locale,
        format!("Tình trạng hôn nhân cho thấy {who} đang có vợ hoặc có chồng: người đang có vợ, có chồng không được kết hôn với người khác."),
        format!("The marital status says {who} is married already: a married person cannot marry someone else."),
    )
}

pub fn marital_status_invalid(path: &str, value: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} phải là “chưa kết hôn”, “đang có vợ/chồng”, “đã ly hôn” hoặc “góa”; đã nhập {}.",
            label_cap(path, locale),
            quote(value)
        ),
        format!(
            "{} must be “single”, “married”, “divorced” or “widowed”; {} was entered.",
            label_cap(path, locale),
            quote(value)
        ),
    )
}

pub fn time_invalid(path: &str, value: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} phải có dạng giờ:phút theo 24 giờ, ví dụ 07:30 hoặc 23:05 (đã nhập {}).",
            label_cap(path, locale),
            quote(value)
        ),
        format!(
            "{} must be hours:minutes on the 24-hour clock, e.g. 07:30 or 23:05 (entered {}).",
            label_cap(path, locale),
            quote(value)
        ),
    )
}

pub fn name_encoding(path: &str, value: &str, repaired: &str, encoding: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} {} có vẻ là tiếng Việt ở bảng mã cũ {encoding}. Có phải là “{repaired}”? Hãy dùng gợi ý sửa hoặc gõ lại bằng Unicode.",
            label_cap(path, locale),
            quote(value)
        ),
        format!(
            "{} {} looks like Vietnamese in the legacy encoding {encoding}. Did you mean “{repaired}”? Use the suggested fix or retype it in Unicode.",
            label_cap(path, locale),
            quote(value)
        ),
    )
}

// ---- places ----------------------------------------------------------------------------

pub fn place_unchecked(locale: Locale) -> String {
    tr!(
        locale,
        "Chưa kiểm tra mã đơn vị hành chính vì bộ dữ liệu đơn vị hành chính chưa được tải. Hồ sơ vẫn có thể nộp; máy chủ sẽ kiểm tra.".to_owned(),
        "The administrative-unit codes were not checked because the units data is not loaded. The record can still be submitted; the server will check it.".to_owned(),
    )
}

pub fn place_code_format(path: &str, code: &str, digits: usize, locale: Locale) -> String {
    tr!(
        locale,
        format!("{} phải gồm đúng {digits} chữ số (đã nhập {}).", label_cap(path, locale), quote(code)),
        format!("{} must be exactly {digits} digits (entered {}).", label_cap(path, locale), quote(code)),
    )
}

pub fn place_unknown(path: &str, code: &str, complete: bool, locale: Locale) -> String {
    match (complete, locale) {
        (true, Locale::Vi) => format!("{} {code} không phải mã của đơn vị hành chính nào. Hãy kiểm tra lại mã.", label_cap(path, locale)),
        (true, Locale::En) => format!("{} {code} is not the code of any administrative unit. Check the code.", label_cap(path, locale)),
        (false, Locale::Vi) => format!(
            "{} {code} không có trong dữ liệu đơn vị hành chính (đầy đủ từ 30/6/2025); có thể là đơn vị đã sáp nhập trước đó. Hãy kiểm tra lại mã.",
            label_cap(path, locale)
        ),
        (false, Locale::En) => format!(
            "{} {code} is not in the administrative-unit data (complete from 30 June 2025); it may be a unit merged earlier. Check the code.",
            label_cap(path, locale)
        ),
    }
}

pub fn place_not_in_force(path: &str, code: &str, on: PartialDate, hint: Option<String>, locale: Locale) -> String {
    let hint = hint.map(|h| tr!(locale, format!(" ({h})"), format!(" ({h})"))).unwrap_or_default();
    tr!(
        locale,
        format!(
            "{} {code} không còn hoặc chưa có hiệu lực vào ngày {}{hint}. Hãy dùng mã của đơn vị có hiệu lực vào ngày đó.",
            label_cap(path, locale),
            on.to_vietnamese()
        ),
        format!(
            "{} {code} was not in force on {}{hint}. Use the code of the unit in force on that date.",
            label_cap(path, locale),
            on.to_iso()
        ),
    )
}

pub fn place_hierarchy(path: &str, unit: &str, upper: &str, on: PartialDate, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} là {unit}, không thuộc {upper} vào ngày {}. Hãy kiểm tra lại các mã.",
            label_cap(path, locale),
            on.to_vietnamese()
        ),
        format!("{} is {unit}, which was not in {upper} on {}. Check the codes.", label_cap(path, locale), on.to_iso()),
    )
}

// ---- batches ----------------------------------------------------------------------------

/// "cột 3 (“child.fullName”)" / "column 3 (“child.fullName”)".
fn batch_column(column: crate::batch::Column<'_>, locale: Locale) -> String {
    let n = column.number;
    match (column.name.filter(|name| !name.is_empty()), locale) {
        (Some(name), Locale::Vi) => format!("cột {n} ({})", quote(name)),
        (Some(name), Locale::En) => format!("column {n} ({})", quote(name)),
        (None, Locale::Vi) => format!("cột {n}"),
        (None, Locale::En) => format!("column {n}"),
    }
}

/// Header columns, each as "“name” (cột 3)", at most 20 then "and N more".
fn batch_columns(columns: &[(usize, &str)], locale: Locale) -> String {
    const LISTED: usize = 20;
    let mut list: Vec<String> = columns
        .iter()
        .take(LISTED)
        .map(|&(n, name)| match (name.is_empty(), locale) {
            (false, Locale::Vi) => format!("{} (cột {n})", quote(name)),
            (false, Locale::En) => format!("{} (column {n})", quote(name)),
            (true, Locale::Vi) => format!("cột {n} không có tên"),
            (true, Locale::En) => format!("column {n}, which has no name"),
        })
        .collect();
    let more = columns.len().saturating_sub(LISTED);
    if more > 0 {
        list.push(tr!(locale, format!("và {more} cột khác"), format!("and {more} more")));
    }
    list.join(", ")
}

/// Why JSON text could not be read, in words.
fn json_reason(kind: crate::json::ParseErrorKind, locale: Locale) -> String {
    use crate::json::ParseErrorKind as K;
    match kind {
        K::UnexpectedEnd => {
            tr!(locale, "dòng hết khi bản ghi chưa đóng", "the line ends before the record is closed").to_owned()
        }
        K::UnexpectedByte(b) if b.is_ascii_graphic() => {
            tr!(locale, format!("ký tự “{}” không đúng chỗ", b as char), format!("unexpected “{}”", b as char))
        }
        K::UnexpectedByte(b) => {
            tr!(locale, format!("byte 0x{b:02X} không đúng chỗ"), format!("unexpected byte 0x{b:02X}"))
        }
        K::TooDeep => tr!(
            locale,
            format!("lồng nhau sâu quá {} cấp", crate::json::MAX_DEPTH),
            format!("nested deeper than {} levels", crate::json::MAX_DEPTH),
        ),
        K::BadEscape => tr!(locale, "chuỗi thoát sau dấu \\ không hợp lệ", "an invalid escape after \\").to_owned(),
        K::BadNumber => tr!(locale, "số không đúng dạng JSON", "a number not in JSON form").to_owned(),
        K::ControlInString => tr!(
            locale,
            "ký tự điều khiển (như dấu tab) trong chuỗi",
            "a control character (such as a tab) inside a string"
        )
        .to_owned(),
        K::TrailingData => tr!(locale, "có dữ liệu sau bản ghi", "data after the record").to_owned(),
    }
}

pub fn batch_input(received: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "Dữ liệu cần kiểm tra phải là văn bản CSV hoặc NDJSON, dạng chuỗi hoặc Uint8Array (đã nhận: {received}). Với một tệp, hãy truyền await file.text() hoặc new Uint8Array(await file.arrayBuffer())."
        ),
        format!(
            "A batch must be CSV or NDJSON text, as a string or a Uint8Array (received: {received}). For a file, pass await file.text() or new Uint8Array(await file.arrayBuffer())."
        ),
    )
}

/// `batch.row_format`: why the row starting on `line` of the file was not
/// read, or (`header`) why the CSV header may be misread.
pub fn batch_row_format(fault: crate::batch::RowFault<'_>, line: u32, header: bool, locale: Locale) -> String {
    use crate::batch::RowFault as F;
    let not_read = match (header, locale) {
        (false, Locale::Vi) => "nên không đọc được hàng này",
        (false, Locale::En) => "so the row was not read",
        (true, Locale::Vi) => "nên tên các cột của dòng tiêu đề có thể bị đọc sai",
        (true, Locale::En) => "so the column names of the header may be misread",
    };
    const REQUOTE_VI: &str = "Đặt cả ô trong dấu ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (\"\").";
    const REQUOTE_EN: &str = "Put the whole cell in double quotes and write each quote inside it twice (\"\").";
    match fault {
        F::Cells { found, expected } => tr!(
            locale,
            format!(
                "Hàng này có {found} ô nhưng dòng tiêu đề có {expected} cột (dòng {line} của tệp), nên không đọc được. Kiểm tra dấu phẩy thừa hoặc thiếu; ô có dấu phẩy phải đặt trong dấu ngoặc kép."
            ),
            format!(
                "This row has {found} cells but the header has {expected} columns (line {line} of the file), so it was not read. Look for a missing or extra comma; a cell holding a comma must be in double quotes."
            ),
        ),
        F::Unclosed(column) => tr!(
            locale,
            format!(
                "Dấu ngoặc kép mở ô ở {} (dòng {line} của tệp) không được đóng: phần còn lại của tệp đã bị đọc vào ô này, {not_read}. Thêm dấu ngoặc kép đóng, hoặc viết dấu ngoặc kép trong ô thành hai dấu (\"\").",
                batch_column(column, locale)
            ),
            format!(
                "The double quote that opens the cell in {} (line {line} of the file) is never closed: the rest of the file was read into that cell, {not_read}. Add the closing quote, or write a quote inside a cell twice (\"\").",
                batch_column(column, locale)
            ),
        ),
        F::TextAfterQuote(column) => tr!(
            locale,
            format!(
                "Ô ở {} có chữ sau dấu ngoặc kép đóng (dòng {line} của tệp), {not_read}. {REQUOTE_VI}",
                batch_column(column, locale)
            ),
            format!(
                "The cell in {} has text after its closing double quote (line {line} of the file), {not_read}. {REQUOTE_EN}",
                batch_column(column, locale)
            ),
        ),
        F::StrayQuote(column) => tr!(
            locale,
            format!(
                "Ô ở {} có dấu ngoặc kép giữa nội dung không đặt trong ngoặc kép (dòng {line} của tệp), {not_read}. {REQUOTE_VI}",
                batch_column(column, locale)
            ),
            format!(
                "The cell in {} has a double quote inside unquoted text (line {line} of the file), {not_read}. {REQUOTE_EN}",
                batch_column(column, locale)
            ),
        ),
        F::TooLong => tr!(
            locale,
            format!(
                "Hàng bắt đầu ở dòng {line} của tệp dài hơn 1 MiB, {not_read}; thường do thiếu một dấu ngoặc kép đóng. Kiểm tra các dấu ngoặc kép ở hàng này."
            ),
            format!(
                "The row starting on line {line} of the file is over 1 MiB long, {not_read}; usually a closing double quote is missing. Check the quotes of this row."
            ),
        ),
        F::Utf8 { column, byte, offset } => {
            let position = offset.saturating_add(1);
            let place = match (column, locale) {
                (Some(c), Locale::Vi) => format!("Ô ở {} có", batch_column(c, locale)),
                (Some(c), Locale::En) => format!("The cell in {} has", batch_column(c, locale)),
                (None, Locale::Vi) => "Hàng này có".to_owned(),
                (None, Locale::En) => "This row has".to_owned(),
            };
            tr!(
                locale,
                format!(
                    "{place} byte 0x{byte:02X} ở vị trí {position}, không phải chữ UTF-8 hợp lệ (dòng {line} của tệp), {not_read}. Lưu tệp với bảng mã UTF-8 (trong Excel: “CSV UTF-8”) rồi kiểm tra lại."
                ),
                format!(
                    "{place} the byte 0x{byte:02X} at position {position}, which is not valid UTF-8 text (line {line} of the file), {not_read}. Save the file as UTF-8 (in Excel: “CSV UTF-8”) and check it again."
                ),
            )
        }
        F::Json(err) => {
            let reason = json_reason(err.kind, locale);
            let position = err.offset.saturating_add(1);
            tr!(
                locale,
                format!(
                    "Dòng {line} của tệp không phải một bản ghi JSON ({reason}, ở vị trí {position}), nên không đọc được. Mỗi dòng phải là một đối tượng JSON đầy đủ, ví dụ {{\"child\": {{\"fullName\": \"…\"}}}}."
                ),
                format!(
                    "Line {line} of the file is not a JSON record ({reason}, at position {position}), so it was not read. Each line must hold one whole JSON object, e.g. {{\"child\": {{\"fullName\": \"…\"}}}}."
                ),
            )
        }
    }
}

pub fn batch_unknown_columns(columns: &[(usize, &str)], none_known: bool, kind: Kind, locale: Locale) -> String {
    let n = columns.len();
    let list = batch_columns(columns, locale);
    let example = match kind {
        Kind::Birth => "child.fullName",
        Kind::Marriage => "husband.fullName",
        Kind::Death => "deceased.fullName",
    };
    let header = match (none_known, locale) {
        (true, Locale::Vi) => " Dòng đầu tiên của tệp phải là dòng tiêu đề gồm tên các trường.",
        (true, Locale::En) => " The first line of the file must be a header of field names.",
        (false, _) => "",
    };
    tr!(
        locale,
        format!(
            "Dòng tiêu đề có {n} cột không phải trường của hồ sơ {} nên không được đọc: {list}. Kiểm tra tên cột (dạng {example}, registration.date).{header}",
            kind_name(kind, locale)
        ),
        format!(
            "The header has {n} column(s) that are not fields of a {} record, so they were not read: {list}. Check the column names (in the form {example}, registration.date).{header}",
            kind_name(kind, locale)
        ),
    )
}

pub fn batch_duplicate_columns(columns: &[(usize, &str)], locale: Locale) -> String {
    let list = batch_columns(columns, locale);
    tr!(
        locale,
        format!(
            "Dòng tiêu đề có cột cho một trường mà một cột trước đã cho: {list}. Chỉ cột trước được đọc; hãy xóa hoặc đổi tên cột thừa."
        ),
        format!(
            "The header has columns for a field an earlier column already gives: {list}. Only the earlier column is read; remove or rename the others."
        ),
    )
}

pub fn batch_duplicate_number(book: &str, number: &str, other_row: u32, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "Số đăng ký {number} của quyển số {} đã dùng ở hàng {other_row}. Mỗi số trong một quyển chỉ ghi cho một việc đăng ký: kiểm tra lại số đăng ký hoặc quyển số ở cả hai hàng.",
            quote(book)
        ),
        format!(
            "Registration number {number} of book {} is already used in row {other_row}. A number of a book belongs to one registration only: check the number or the book in both rows.",
            quote(book)
        ),
    )
}

pub fn batch_duplicate_id(path: &str, id: &str, other_row: u32, other_path: &str, locale: Locale) -> String {
    tr!(
        locale,
        format!(
            "{} ({id}) đã được ghi ở hàng {other_row} làm {} cho một người có họ tên khác. Mỗi người có một số định danh riêng: kiểm tra lại số định danh hoặc họ tên ở cả hai hàng.",
            label_cap(path, locale),
            label(other_path, locale)
        ),
        format!(
            "{} ({id}) is given in row {other_row} as {}, for a person with another name. Each person has a number of their own: check the number or the name in both rows.",
            label_cap(path, locale),
            label(other_path, locale)
        ),
    )
}

pub fn batch_sequence(
    book: &str,
    number: u32,
    date: PartialDate,
    previous: u32,
    previous_date: PartialDate,
    previous_row: u32,
    locale: Locale,
) -> String {
    tr!(
        locale,
        format!(
            "Số đăng ký {number} đứng sau số {previous} (hàng {previous_row}) trong quyển số {}, nhưng ngày đăng ký ({}) lại trước ngày đăng ký của số {previous} ({}). Các số trong một quyển tăng theo ngày đăng ký: kiểm tra lại số đăng ký hoặc ngày đăng ký.",
            quote(book),
            date.to_vietnamese(),
            previous_date.to_vietnamese()
        ),
        format!(
            "Registration number {number} comes after number {previous} (row {previous_row}) in book {}, but its registration date ({}) is before that of number {previous} ({}). Numbers in a book rise with the registration date: check the number or the date.",
            quote(book),
            date.to_iso(),
            previous_date.to_iso()
        ),
    )
}

/// `batch.gap`: the missing ranges (first, last) of a book, `more` ranges
/// not listed, `missing` numbers in all.
pub fn batch_gap(book: &str, ranges: &[(u32, u32)], more: usize, missing: u64, locale: Locale) -> String {
    let mut list: Vec<String> =
        ranges.iter().map(|&(a, b)| if a == b { a.to_string() } else { format!("{a}–{b}") }).collect();
    if more > 0 {
        list.push(tr!(locale, format!("… và {more} khoảng khác"), format!("… and {more} more ranges")));
    }
    let list = list.join(", ");
    let numbers = if missing == 1 { "number" } else { "numbers" };
    tr!(
        locale,
        format!(
            "Quyển số {} thiếu {missing} số đăng ký nằm giữa số nhỏ nhất và lớn nhất đã có: {list}. Có thể các việc đăng ký này chưa được số hóa: hãy bổ sung, hoặc kiểm tra lại số đăng ký.",
            quote(book)
        ),
        format!(
            "Book {} is missing {missing} registration {numbers} between the lowest and the highest present: {list}. These registrations may not be digitised yet: add them, or check the numbers.",
            quote(book)
        ),
    )
}
