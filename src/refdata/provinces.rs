//! Province codes: the 63 that open a personal identification number, and
//! the 34 provinces in force from 1 July 2025.
//!
//! Source: Thông tư 07/2016/TT-BCA, Phụ lục I (the 3-digit code is "0" + the
//! 2-digit province code of QĐ 124/2004/QĐ-TTg). The July 2025 merger into
//! 34 provinces renumbered no ID, so these 63 codes stay valid for good.

/// `(code, name)` sorted by code.
pub const ID_PROVINCES: [(u16, &str); 63] = [
    (1, "Hà Nội"),
    (2, "Hà Giang"),
    (4, "Cao Bằng"),
    (6, "Bắc Kạn"),
    (8, "Tuyên Quang"),
    (10, "Lào Cai"),
    (11, "Điện Biên"),
    (12, "Lai Châu"),
    (14, "Sơn La"),
    (15, "Yên Bái"),
    (17, "Hòa Bình"),
    (19, "Thái Nguyên"),
    (20, "Lạng Sơn"),
    (22, "Quảng Ninh"),
    (24, "Bắc Giang"),
    (25, "Phú Thọ"),
    (26, "Vĩnh Phúc"),
    (27, "Bắc Ninh"),
    (30, "Hải Dương"),
    (31, "Hải Phòng"),
    (33, "Hưng Yên"),
    (34, "Thái Bình"),
    (35, "Hà Nam"),
    (36, "Nam Định"),
    (37, "Ninh Bình"),
    (38, "Thanh Hóa"),
    (40, "Nghệ An"),
    (42, "Hà Tĩnh"),
    (44, "Quảng Bình"),
    (45, "Quảng Trị"),
    (46, "Thừa Thiên Huế"),
    (48, "Đà Nẵng"),
    (49, "Quảng Nam"),
    (51, "Quảng Ngãi"),
    (52, "Bình Định"),
    (54, "Phú Yên"),
    (56, "Khánh Hòa"),
    (58, "Ninh Thuận"),
    (60, "Bình Thuận"),
    (62, "Kon Tum"),
    (64, "Gia Lai"),
    (66, "Đắk Lắk"),
    (67, "Đắk Nông"),
    (68, "Lâm Đồng"),
    (70, "Bình Phước"),
    (72, "Tây Ninh"),
    (74, "Bình Dương"),
    (75, "Đồng Nai"),
    (77, "Bà Rịa - Vũng Tàu"),
    (79, "Hồ Chí Minh"),
    (80, "Long An"),
    (82, "Tiền Giang"),
    (83, "Bến Tre"),
    (84, "Trà Vinh"),
    (86, "Vĩnh Long"),
    (87, "Đồng Tháp"),
    (89, "An Giang"),
    (91, "Kiên Giang"),
    (92, "Cần Thơ"),
    (93, "Hậu Giang"),
    (94, "Sóc Trăng"),
    (95, "Bạc Liêu"),
    (96, "Cà Mau"),
];

/// The province a 3-digit ID place code stands for, if it is one of the 63.
pub fn id_province(code: u16) -> Option<&'static str> {
    ID_PROVINCES.binary_search_by_key(&code, |&(c, _)| c).ok().and_then(|i| ID_PROVINCES.get(i)).map(|&(_, name)| name)
}

/// The day the 34 provinces took over (Nghị quyết 202/2025/QH15; two-level
/// local government from 1 July 2025).
pub const REFORM_2025: (i32, u32, u32) = (2025, 7, 1);

/// The 34 provinces from 1 July 2025 with the codes of QĐ 19/2025/QĐ-TTg and
/// the pre-2025 provinces each took over (the surviving code is that of the
/// province that hosts the new seat).
pub const PROVINCES_2025: [(u16, &str, &[u16]); 34] = [
    (1, "Hà Nội", &[1]),
    (4, "Cao Bằng", &[4]),
    (8, "Tuyên Quang", &[2, 8]),
    (11, "Điện Biên", &[11]),
    (12, "Lai Châu", &[12]),
    (14, "Sơn La", &[14]),
    (15, "Lào Cai", &[10, 15]),
    (19, "Thái Nguyên", &[6, 19]),
    (20, "Lạng Sơn", &[20]),
    (22, "Quảng Ninh", &[22]),
    (24, "Bắc Ninh", &[24, 27]),
    (25, "Phú Thọ", &[17, 25, 26]),
    (31, "Hải Phòng", &[30, 31]),
    (33, "Hưng Yên", &[33, 34]),
    (37, "Ninh Bình", &[35, 36, 37]),
    (38, "Thanh Hóa", &[38]),
    (40, "Nghệ An", &[40]),
    (42, "Hà Tĩnh", &[42]),
    (44, "Quảng Trị", &[44, 45]),
    (46, "Huế", &[46]),
    (48, "Đà Nẵng", &[48, 49]),
    (51, "Quảng Ngãi", &[51, 62]),
    (52, "Gia Lai", &[52, 64]),
    (56, "Khánh Hòa", &[56, 58]),
    (66, "Đắk Lắk", &[54, 66]),
    (68, "Lâm Đồng", &[60, 67, 68]),
    (75, "Đồng Nai", &[70, 75]),
    (79, "Hồ Chí Minh", &[74, 77, 79]),
    (80, "Tây Ninh", &[72, 80]),
    (82, "Đồng Tháp", &[82, 87]),
    (86, "Vĩnh Long", &[83, 84, 86]),
    (91, "An Giang", &[89, 91]),
    (92, "Cần Thơ", &[92, 93, 94]),
    (96, "Cà Mau", &[95, 96]),
];

/// The ID place codes a birth registered in province `code` may carry:
/// before the reform the province's own code; from it, the new province's
/// code or the code of any province it took over (which one a new
/// registration gets is not confirmed). `None` if `code` is not a province
/// code in that period.
pub fn id_codes_for_registration(code: u16, after_reform: bool) -> Option<&'static [u16]> {
    if after_reform {
        PROVINCES_2025.iter().find(|(c, _, _)| *c == code).map(|(_, _, old)| *old)
    } else {
        let i = ID_PROVINCES.binary_search_by_key(&code, |&(c, _)| c).ok()?;
        ID_PROVINCES.get(i).map(|(c, _)| std::slice::from_ref(c))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_complete() {
        assert!(ID_PROVINCES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(id_province(24), Some("Bắc Giang"));
        assert_eq!(id_province(23), None);
        assert_eq!(id_province(3), None);
    }

    #[test]
    fn reform_covers_every_old_province_once() {
        let mut old: Vec<u16> = PROVINCES_2025.iter().flat_map(|(_, _, o)| o.iter().copied()).collect();
        old.sort_unstable();
        let all: Vec<u16> = ID_PROVINCES.iter().map(|(c, _)| *c).collect();
        assert_eq!(old, all);
        assert!(PROVINCES_2025.iter().all(|(c, _, o)| o.contains(c)));
        assert_eq!(id_codes_for_registration(79, true), Some(&[74, 77, 79][..]));
        assert_eq!(id_codes_for_registration(74, true), None);
        assert_eq!(id_codes_for_registration(74, false), Some(&[74][..]));
    }
}
