//! The rule catalogue: every issue code the engine can emit, with its default
//! severity, a one-line description in Vietnamese and English, and its legal
//! basis. [`Code`] is the only way to raise an issue, so nothing can be
//! emitted that is not listed here (a test also checks that every code is
//! exercised by the shared vectors).

use crate::json::write_string;
use crate::report::Severity;
use crate::Locale;

/// Declares [`Code`] and [`Code::ALL`] from one list, so no code can be
/// left out of the catalogue.
macro_rules! codes {
    ($($variant:ident),* $(,)?) => {
        /// A stable machine code of an issue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant),*
        }

        impl Code {
            /// Every code, in catalogue order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];
        }
    };
}

codes! {
    RecordType,
    FieldType,
    FieldTooLong,
    FieldUnknown,
    Required,
    DateInvalid,
    DateFuture,
    DateOrder,
    DateWordsMismatch,
    IdFormat,
    IdPlaceCode,
    IdPlaceMismatch,
    IdSex,
    IdBirthYear,
    IdDuplicate,
    SexInvalid,
    NameChars,
    NameMixedScript,
    NameEncoding,
    PlaceUnknown,
    PlaceNotInForce,
    PlaceHierarchy,
    PlaceUnchecked,
    EthnicityUnknown,
    EthnicityParents,
    NationalityUnknown,
    ParentAge,
    MarriageAge,
    MarriageSameSex,
    MarriageProhibited,
    MaritalStatusInvalid,
    DeathTime,
    RegistrationLate,
    RegistrationBookYear,
    RegistrationType,
    BatchInput,
    BatchRowFormat,
    BatchUnknownColumn,
    BatchDuplicateColumn,
    BatchDuplicateNumber,
    BatchDuplicateId,
    BatchSequence,
    BatchGap,
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

const REGISTER_BOOK: &str =
    "Luật Hộ tịch 2014 Điều 4 khoản 3 (Sổ hộ tịch); Thông tư 04/2020/TT-BTP (cách ghi Sổ hộ tịch: số đăng ký theo thứ tự \
     liên tục trong quyển, theo ngày đăng ký; điều khoản CHƯA XÁC NHẬN)";

impl Code {
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
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
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
            Code::Required => (
                "required",
                Error,
                "Thiếu một trường bắt buộc của việc đăng ký (hoặc chỉ có dấu cách).",
                "A field the registration cannot be made without is missing or blank.",
                "Khai sinh: Luật Hộ tịch 2014 Điều 14 khoản 1 (nội dung đăng ký khai sinh); kết hôn: Điều 17 khoản 2; \
                 khai tử: Nghị định 123/2015/NĐ-CP Điều 4 khoản 2 (sửa đổi bởi Nghị định 07/2025/NĐ-CP)",
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
            Code::DateWordsMismatch => (
                "date.words_mismatch",
                Error,
                "Ngày sinh viết bằng chữ không nói cùng một ngày với ngày sinh viết bằng số.",
                "The date of birth in words does not say the same date as the date of birth in figures.",
                "Thông tư 04/2020/TT-BTP (mẫu Giấy khai sinh: ngày, tháng, năm sinh ghi bằng số và bằng chữ); \
                 Luật Hộ tịch 2014 Điều 5 khoản 1 (chính xác)",
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
            Code::IdPlaceMismatch => (
                "id.place_mismatch",
                Warning,
                "Ba chữ số đầu của số định danh của trẻ không phải mã tỉnh nơi đăng ký khai sinh (theo danh mục có hiệu lực vào ngày đăng ký). \
                 Chỉ cảnh báo: mã cấp cho trẻ đăng ký từ 01/7/2025 ở tỉnh sáp nhập CHƯA XÁC NHẬN.",
                "The first three digits of the child's ID are not the code of the province where the birth was registered (as the codes stood \
                 on the registration date). Only a warning: which code a birth registered in a merged province from 1 July 2025 gets is UNCONFIRMED.",
                "Nghị định 137/2015/NĐ-CP Điều 13 (mã tỉnh nơi đăng ký khai sinh); Thông tư 07/2016/TT-BCA Phụ lục I; \
                 Nghị quyết 202/2025/QH15 (sắp xếp tỉnh từ 01/7/2025)",
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
            Code::NameChars => (
                "name.chars",
                Error,
                "Tên chỉ được gồm chữ cái (tiếng Việt, tiếng dân tộc, chữ La-tinh của tên người nước ngoài), dấu cách, dấu nháy và dấu gạch nối; \
                 không có chữ số, ký hiệu hay chữ của hệ chữ khác.",
                "A name holds only letters (Vietnamese, minority languages, the Latin letters of foreign names), spaces, apostrophes and hyphens: \
                 no digits, symbols or letters of another script.",
                "Bộ luật Dân sự 2015 Điều 26 khoản 3 (tên bằng tiếng Việt hoặc tiếng dân tộc khác của Việt Nam; không đặt tên bằng số, \
                 bằng một ký tự mà không phải là chữ)",
            ),
            Code::NameMixedScript => (
                "name.mixed_script",
                Error,
                "Tên có chữ trông giống chữ La-tinh nhưng thuộc hệ chữ khác (Kirin, Hy Lạp) hoặc ký tự vô hình (khoảng trắng không ngắt, \
                 ký tự độ rộng 0, ký tự điều khiển hướng); có gợi ý sửa.",
                "A name holds letters that look Latin but are Cyrillic or Greek, or invisible characters (no-break spaces, zero-width or \
                 bidirectional controls); a fix is suggested.",
                "Bộ luật Dân sự 2015 Điều 26 khoản 3 (tên bằng tiếng Việt hoặc tiếng dân tộc của Việt Nam); Luật Hộ tịch 2014 Điều 5 khoản 1 \
                 (đăng ký chính xác)",
            ),
            Code::NameEncoding => (
                "name.encoding",
                Warning,
                "Chữ có vẻ là tiếng Việt ở bảng mã cũ (TCVN3/ABC, VNI, VIQR, CP1258, UTF-8 bị đọc sai, Ð thay cho Đ); `suggestion` là \
                 chữ đã sửa. Báo thay cho name.chars với giá trị đó.",
                "The text looks like Vietnamese in a legacy encoding (TCVN3/ABC, VNI, VIQR, CP1258, UTF-8 misread, Ð for Đ); \
                 `suggestion` holds the repaired text. Reported instead of name.chars for that value.",
                "Luật Hộ tịch 2014 Điều 5 khoản 1 (chính xác) và Điều 60 khoản 2 (sổ hộ tịch là gốc khi số hóa); TCVN 5712:1993, \
                 RFC 1456 (bảng mã)",
            ),
            Code::PlaceUnknown => (
                "place.unknown",
                Error,
                "Mã đơn vị hành chính không đúng dạng (tỉnh 2, huyện 3, xã 5 chữ số) hoặc chưa từng có. Với ngày trước khi bộ dữ liệu \
                 đầy đủ (30/6/2025) chỉ cảnh báo: mã có thể thuộc đơn vị đã bị sáp nhập trước đó.",
                "An administrative-unit code of the wrong shape (province 2, district 3, commune 5 digits) or that never existed. For \
                 dates before the data is complete (30 June 2025) only a warning: the code may belong to a unit merged earlier.",
                "Quyết định 124/2004/QĐ-TTg (bảng danh mục và mã số đơn vị hành chính); Quyết định 19/2025/QĐ-TTg (từ 01/7/2025)",
            ),
            Code::PlaceNotInForce => (
                "place.not_in_force",
                Error,
                "Mã đơn vị hành chính có tồn tại nhưng không có hiệu lực vào ngày liên quan (ví dụ tỉnh 74 Bình Dương sau 01/7/2025; \
                 mọi mã huyện sau 01/7/2025).",
                "An administrative-unit code that existed, but not on the relevant date (e.g. province 74 Bình Dương after 1 July \
                 2025; any district code after 1 July 2025).",
                "Quyết định 124/2004/QĐ-TTg Điều 2 (mã số gắn với đơn vị, không dùng lại khi đơn vị còn tồn tại); Nghị quyết \
                 202/2025/QH15 và Quyết định 19/2025/QĐ-TTg (đơn vị từ 01/7/2025)",
            ),
            Code::PlaceHierarchy => (
                "place.hierarchy",
                Error,
                "Xã (hoặc huyện) không thuộc huyện, tỉnh đã ghi vào ngày liên quan.",
                "The commune (or district) was not in the given district or province on the relevant date.",
                "Quyết định 124/2004/QĐ-TTg (mã số theo cấp tỉnh, huyện, xã); Quyết định 19/2025/QĐ-TTg (tỉnh, xã từ 01/7/2025)",
            ),
            Code::PlaceUnchecked => (
                "place.unchecked",
                Warning,
                "Hồ sơ có mã đơn vị hành chính nhưng bộ dữ liệu đơn vị hành chính chưa được tải, nên các quy tắc về nơi chốn không được \
                 kiểm tra.",
                "The record gives administrative-unit codes, but the units data pack is not loaded, so the place rules were not run.",
                "Kỹ thuật: bộ dữ liệu đơn vị hành chính được tải khi cần (loadUnits)",
            ),
            Code::EthnicityUnknown => (
                "ethnicity.unknown",
                Error,
                "Dân tộc không phải một trong 54 dân tộc (theo tên, tên gọi khác hoặc mã của danh mục QĐ 1019/QĐ-TCTK năm 2008, \
                 hoặc QĐ 121-TCTK/PPCĐ năm 1979 khi chọn), cũng không phải “người nước ngoài”.",
                "The ethnicity is not one of the 54 groups (by name, other name, or code of QĐ 1019/QĐ-TCTK of 2008, or of \
                 QĐ 121-TCTK/PPCĐ of 1979 when chosen), nor “foreigner”.",
                "Luật Hộ tịch 2014 Điều 14 khoản 1 (dân tộc); Quyết định 1019/QĐ-TCTK ngày 12/11/2008 (danh mục các dân tộc Việt Nam), \
                 QCVN 109:2017/BTTTT Phụ lục E",
            ),
            Code::EthnicityParents => (
                "ethnicity.parents",
                Warning,
                "Dân tộc của trẻ không phải dân tộc của cha hay của mẹ (trong số cha, mẹ đã biết dân tộc).",
                "The child's ethnicity is neither the father's nor the mother's (among the parents whose ethnicity is known).",
                "Bộ luật Dân sự 2015 Điều 29 khoản 2 (dân tộc của con được xác định theo dân tộc của cha đẻ, mẹ đẻ)",
            ),
            Code::NationalityUnknown => (
                "nationality.unknown",
                Error,
                "Quốc tịch không phải một quốc gia đã biết (mã ISO 3166-1 hai hoặc ba chữ cái, hoặc tên nước bằng tiếng Việt).",
                "The nationality is not a known country (an ISO 3166-1 alpha-2 or alpha-3 code, or the country's Vietnamese name).",
                "Luật Hộ tịch 2014 Điều 14 khoản 1 (quốc tịch); Luật Quốc tịch Việt Nam 2008 Điều 15–18; QCVN 109:2017/BTTTT Phụ lục H \
                 (mã quốc gia ISO 3166-1)",
            ),
            Code::ParentAge => (
                "parent.age",
                Warning,
                "Tuổi của mẹ khi sinh con dưới 12 hoặc trên 60, hoặc tuổi của cha dưới 12 hoặc trên 90 (tính theo ngày sinh có thể sớm nhất \
                 và muộn nhất): có thể là nhầm năm sinh, cần người kiểm tra.",
                "The mother's age at the birth is under 12 or over 60, or the father's under 12 or over 90 (by the earliest and latest day \
                 the dates can mean): possibly a wrong year; a person should check.",
                "Luật Hộ tịch 2014 Điều 5 khoản 1 (trung thực, chính xác); ngưỡng do hotich chọn, không phải quy định pháp luật",
            ),
            Code::MarriageAge => (
                "marriage.age",
                Error,
                "Người kết hôn chưa đủ tuổi kết hôn theo luật có hiệu lực vào ngày đăng ký: từ 2015, nam đủ 20, nữ đủ 18 tuổi (lỗi); \
                 2001–2014 và 1987–2000, “nam từ hai mươi, nữ từ mười tám tuổi trở lên” có cách hiểu khác nhau nên thiếu dưới một năm chỉ \
                 cảnh báo; 1960–1986 (Luật 1959, văn bản CHƯA XÁC NHẬN) chỉ cảnh báo; trước 1960 không kiểm tra.",
                "A spouse is under the marriage age of the law in force on the registration date: from 2015 a man full 20, a woman full \
                 18 (error); 2001–2014 and 1987–2000 the wording \"from twenty / eighteen years\" is read in two ways, so less than a year \
                 short only warns; 1960–1986 (1959 law, text UNCONFIRMED) only warns; before 1960 not checked.",
                "Luật HNGĐ 2014 Điều 8 khoản 1 điểm a (từ 01/01/2015); Luật HNGĐ 2000 Điều 9 (2001–2014); Luật HNGĐ 1986 Điều 5 \
                 (03/01/1987–2000, CHƯA XÁC NHẬN); Luật HNGĐ 1959 (CHƯA XÁC NHẬN); tuổi khi chỉ biết năm hoặc tháng sinh: \
                 TTLT 01/2016/TTLT-TANDTC-VKSNDTC-BTP Điều 2",
            ),
            Code::MarriageSameSex => (
                "marriage.same_sex",
                Error,
                "Hai người kết hôn cùng giới tính: không đăng ký được (từ 2015 Nhà nước không thừa nhận; 2001–2014 bị cấm); trước 2001 \
                 chỉ cảnh báo.",
                "Both spouses are of one sex: this cannot be registered (from 2015 the State does not recognise it; 2001–2014 it was \
                 prohibited); before 2001 only a warning.",
                "Luật HNGĐ 2014 Điều 8 khoản 2; Luật HNGĐ 2000 Điều 10 khoản 5",
            ),
            Code::MarriageProhibited => (
                "marriage.prohibited",
                Error,
                "Một bên đang có vợ hoặc có chồng (theo tình trạng hôn nhân đã khai). Quan hệ họ hàng, nuôi dưỡng cần dữ liệu ngoài hồ sơ \
                 nên không được kiểm tra.",
                "A spouse is married already (by the marital status given). Kinship and adoptive relations need data outside the \
                 record and are not checked.",
                "Luật HNGĐ 2014 Điều 5 khoản 2 điểm c (cấm người đang có vợ, có chồng kết hôn)",
            ),
            Code::MaritalStatusInvalid => (
                "marital_status.invalid",
                Error,
                "Tình trạng hôn nhân phải là chưa kết hôn, đang có vợ/chồng, đã ly hôn hoặc góa (single/married/divorced/widowed).",
                "Marital status must be single, married, divorced or widowed.",
                "Nghị định 123/2015/NĐ-CP Điều 21–23 (giấy xác nhận tình trạng hôn nhân)",
            ),
            Code::DeathTime => (
                "death.time",
                Error,
                "Giờ chết phải có dạng giờ:phút theo 24 giờ (ví dụ 07:30, 23:05).",
                "The time of death must be hours:minutes on the 24-hour clock (e.g. 07:30, 23:05).",
                "Nghị định 123/2015/NĐ-CP Điều 4 khoản 2 (giờ, ngày, tháng, năm chết)",
            ),
            Code::RegistrationLate => (
                "registration.late",
                Warning,
                "Đăng ký sau thời hạn của pháp luật có hiệu lực vào ngày đăng ký (khai sinh 60 ngày, khai tử 15 ngày) mà loại đăng ký \
                 không ghi là đăng ký quá hạn hoặc đăng ký lại.",
                "Registered after the deadline of the law in force on the registration date (birth 60 days, death 15 days) while the \
                 registration type does not say late or re-registration.",
                "Khai sinh: Luật Hộ tịch 2014 Điều 15 khoản 1 (từ 01/01/2016); Nghị định 158/2005/NĐ-CP Điều 14 (01/4/2006–31/12/2015); \
                 Nghị định 83/1998/NĐ-CP (25/10/1998–31/3/2006, thời hạn 60 ngày CHƯA XÁC NHẬN); trước 25/10/1998 không kiểm tra. \
                 Khai tử: Luật Hộ tịch 2014 Điều 33",
            ),
            Code::RegistrationBookYear => (
                "registration.book_year",
                Error,
                "Năm ghi trong quyển số (ví dụ 01/2016, 01-TP/HT-2015-GH) khác năm đăng ký: sổ hộ tịch mở và khóa theo năm.",
                "The year in the book number (e.g. 01/2016, 01-TP/HT-2015-GH) differs from the registration year: register books are \
                 opened and closed by calendar year.",
                "Luật Hộ tịch 2014 Điều 58 (sổ hộ tịch khóa vào ngày cuối năm); Thông tư 15/2015/TT-BTP (đánh số quyển theo năm)",
            ),
            Code::RegistrationType => (
                "registration.type",
                Error,
                "Loại đăng ký phải là đúng hạn (on-time), quá hạn (late) hoặc đăng ký lại (re-registration).",
                "The type of registration must be on-time, late or re-registration.",
                "Luật Hộ tịch 2014 Điều 15, 16 (đăng ký khai sinh); Nghị định 123/2015/NĐ-CP Điều 24–26 (đăng ký lại)",
            ),
            Code::BatchInput => (
                "batch.input",
                Error,
                "Dữ liệu của một lô phải là văn bản CSV hoặc NDJSON (chuỗi hoặc byte).",
                "A batch must be CSV or NDJSON text (a string or bytes).",
                "Kỹ thuật: hợp đồng API của hotich (không phải quy định pháp luật)",
            ),
            Code::BatchRowFormat => (
                "batch.row_format",
                Error,
                "Không đọc được một hàng của lô: số ô khác dòng tiêu đề, dấu ngoặc kép sai, không phải chữ UTF-8, dòng không phải JSON, \
                 hoặc dài quá 1 MiB. Hàng đó không được kiểm tra; các hàng khác vẫn được kiểm tra.",
                "A row of the batch cannot be read: another number of cells than the header, broken quoting, not UTF-8 text, a line \
                 that is not JSON, or over 1 MiB. That row is not checked; the other rows still are.",
                "Kỹ thuật: RFC 4180 (CSV), NDJSON, RFC 3629 (UTF-8) (không phải quy định pháp luật)",
            ),
            Code::BatchUnknownColumn => (
                "batch.unknown_column",
                Warning,
                "Dòng tiêu đề CSV có cột không phải trường của loại hồ sơ này; các cột đó không được đọc (báo một lần cho cả tệp, ở hàng 0).",
                "The CSV header has columns that are not fields of this kind of record; they are not read (reported once for the \
                 file, on row 0).",
                "Kỹ thuật: hợp đồng API của hotich (không phải quy định pháp luật)",
            ),
            Code::BatchDuplicateColumn => (
                "batch.duplicate_column",
                Warning,
                "Dòng tiêu đề CSV có hai cột cho cùng một trường (cùng tên, hoặc một nơi chốn vừa là chữ vừa là mã); chỉ cột \
                 trước được đọc (báo ở hàng 0).",
                "Two columns of the CSV header give one field (the same name, or a place both as text and as codes); only the \
                 earlier is read (reported on row 0).",
                "Kỹ thuật: hợp đồng API của hotich (không phải quy định pháp luật)",
            ),
            Code::BatchDuplicateNumber => (
                "batch.duplicate_number",
                Error,
                "Hai hàng có cùng quyển số và số đăng ký: mỗi số trong một quyển sổ hộ tịch chỉ ghi cho một việc đăng ký.",
                "Two rows have the same book and registration number: a number of a register book belongs to one registration only.",
                REGISTER_BOOK,
            ),
            Code::BatchDuplicateId => (
                "batch.duplicate_id",
                Error,
                "Cùng một số định danh cá nhân được ghi cho những người có họ tên khác nhau ở các hàng khác nhau của lô (cùng số và \
                 cùng họ tên là một người, ví dụ người mẹ của hai trẻ).",
                "One personal ID number is given to people with different names in different rows of the batch (the same number \
                 and name is one person, e.g. the mother of two children).",
                "Luật Căn cước 2023 Điều 12 (mỗi công dân có một số định danh cá nhân duy nhất, không lặp lại)",
            ),
            Code::BatchSequence => (
                "batch.sequence",
                Warning,
                "Trong một quyển, số đăng ký lớn hơn mà ngày đăng ký lại trước ngày của số liền trước: số trong sổ tăng theo ngày \
                 đăng ký, nên có thể nhầm số hoặc ngày.",
                "In one book, a higher registration number has an earlier registration date than the number before it: numbers \
                 in a book rise with the date, so the number or the date may be wrong.",
                REGISTER_BOOK,
            ),
            Code::BatchGap => (
                "batch.gap",
                Warning,
                "Quyển sổ thiếu các số đăng ký nằm giữa số nhỏ nhất và lớn nhất có trong lô: có thể các việc đăng ký đó chưa được \
                 số hóa (báo một lần cho mỗi quyển, ở hàng 0).",
                "A book lacks registration numbers between the lowest and the highest in the batch: those registrations may not be \
                 digitised yet (reported once per book, on row 0).",
                REGISTER_BOOK,
            ),
        };
        Entry { code, severity, vi, en, basis }
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
            assert!(!vi.basis.is_empty() && !vi.description.is_empty() && !en.description.is_empty());
            assert_ne!(vi.description, en.description, "{}", code.as_str());
        }
    }
}
