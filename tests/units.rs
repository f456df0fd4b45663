//! The administrative-unit pack `data/units.bin` read through
//! `hotich::units`: counts, every code on and off its days, the links, the
//! known examples of the 2025 reform, and damaged packs.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use hotich::refdata::provinces::{ID_PROVINCES, PROVINCES_2025};
use hotich::units::{Level, PackError, Unit, UnitPack};
use hotich::Date;

const PACK: &[u8] = include_bytes!("../data/units.bin");

fn pack() -> UnitPack {
    UnitPack::from_bytes(PACK).expect("data/units.bin reads")
}

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).unwrap()
}

fn last_old() -> Date {
    d(2025, 6, 30)
}

fn first_new() -> Date {
    d(2025, 7, 1)
}

fn shift(date: Date, days: i64) -> Option<Date> {
    Date::from_days_since_epoch(date.days_since_epoch() + days)
}

#[test]
fn header() {
    let pack = pack();
    assert!(pack.description().starts_with("vietnamadminunits 1.0.4 (MIT)"), "{}", pack.description());
    assert_eq!(pack.complete_from(), Some(last_old()));
}

#[test]
fn counts() {
    let pack = pack();
    let mut by_era: BTreeMap<(bool, Level), usize> = BTreeMap::new();
    let mut kinds: BTreeMap<(bool, &str), usize> = BTreeMap::new();
    for u in pack.units() {
        let after = u.valid_from.is_some();
        assert_eq!(after, u.valid_to.is_none(), "{u:?}");
        if after {
            assert_eq!(u.valid_from, Some(first_new()));
        } else {
            assert_eq!(u.valid_to, Some(last_old()));
        }
        *by_era.entry((after, u.level)).or_default() += 1;
        if u.level == Level::Commune {
            *kinds.entry((after, u.kind)).or_default() += 1;
        }
    }
    let expected = [
        ((false, Level::Province), 63),
        ((false, Level::District), 696),
        ((false, Level::Commune), 10_035),
        ((true, Level::Province), 34),
        ((true, Level::Commune), 3_321),
    ];
    assert_eq!(by_era, expected.into_iter().collect());
    // QĐ 19/2025: 2,621 xã, 687 phường, 13 đặc khu. Before the reform, as
    // the names of the source give them.
    let expected = [
        ((false, "Phường"), 1_726),
        ((false, "Thị trấn"), 617),
        ((false, "Xã"), 7_692),
        ((true, "Phường"), 687),
        ((true, "Xã"), 2_621),
        ((true, "Đặc khu"), 13),
    ];
    assert_eq!(kinds, expected.into_iter().collect());
}

#[test]
fn every_code_on_and_off_its_days() {
    let pack = pack();
    let mut n = 0;
    for u in pack.units() {
        assert!(pack.ever(&u.code));
        assert_eq!(u.code.len(), u.level.digits());
        assert_eq!(u.name, format!("{} {}", u.kind, u.short_name));
        let inside: Vec<Date> = match (u.valid_from, u.valid_to) {
            (None, Some(to)) => vec![d(1990, 1, 1), to],
            (Some(from), None) => vec![from, d(2030, 12, 31)],
            other => panic!("unexpected validity {other:?}"),
        };
        for day in inside {
            assert_eq!(pack.lookup(&u.code, day).as_ref(), Some(&u), "{} on {day}", u.code);
        }
        let outside = [u.valid_from.and_then(|f| shift(f, -1)), u.valid_to.and_then(|t| shift(t, 1))];
        for day in outside.into_iter().flatten() {
            if let Some(other) = pack.lookup(&u.code, day) {
                assert_ne!(other, u, "{} on {day}", u.code);
                assert!(other.valid_from != u.valid_from && other.valid_to != u.valid_to);
            }
        }
        // Parents are in force whenever the unit is, one level up each.
        let day = u.valid_to.or(u.valid_from).unwrap();
        let mut level = u.level;
        for p in &u.parents {
            let parent = pack.lookup(p, day).expect("parent in force");
            assert!(parent.level < level);
            level = parent.level;
        }
        match (u.level, u.valid_to.is_some()) {
            (Level::Province, _) => assert!(u.parents.is_empty()),
            (Level::District, _) => assert_eq!(u.parents.len(), 1),
            (Level::Commune, true) => assert_eq!(u.parents.len(), 2),
            (Level::Commune, false) => assert_eq!(u.parents.len(), 1),
        }
        n += 1;
    }
    assert_eq!(n, 63 + 696 + 10_035 + 34 + 3_321);
}

#[test]
fn links() {
    let pack = pack();
    let mut reached = BTreeSet::new();
    let mut split = 0;
    for u in pack.units() {
        let day = u.valid_to.or(u.valid_from).unwrap();
        let successors = pack.successors(&u.code, day);
        if u.valid_to.is_none() {
            assert!(successors.is_empty(), "{} still in force", u.code);
            continue;
        }
        assert!(!successors.is_empty(), "{} {} has no successor", u.code, u.name);
        // The same answer on any day the old unit was in force.
        assert_eq!(pack.successors(&u.code, d(2000, 1, 1)), successors);
        for s in &successors {
            let new = pack.lookup(&s.code, first_new()).expect("successor exists");
            assert_eq!((new.name.as_str(), new.short_name, new.level), (s.name.as_str(), s.short_name, s.level));
            assert_eq!(new.valid_from, Some(first_new()));
            reached.insert(s.code.clone());
        }
        let expected_level = if u.level == Level::Province { Level::Province } else { Level::Commune };
        assert!(successors.iter().all(|s| s.level == expected_level), "{}", u.code);
        if u.level == Level::Commune {
            if successors.len() == 1 {
                assert!(successors[0].whole, "{}", u.code);
            } else {
                assert!(successors.iter().all(|s| !s.whole), "{}", u.code);
                split += 1;
            }
            // A commune's successors lie in its province's successor.
            let old_province = u.parents.last().unwrap();
            let new_province = &pack.successors(old_province, last_old())[0].code;
            for s in &successors {
                assert_eq!(pack.lookup(&s.code, first_new()).unwrap().parents, [new_province.as_str()]);
            }
        }
    }
    assert_eq!(split, 471, "communes split between several new ones");
    // Every unit of the new hierarchy took over some old one.
    let new: BTreeSet<String> = pack.units().filter(|u| u.valid_from.is_some()).map(|u| u.code).collect();
    assert_eq!(reached, new);
}

#[test]
fn provinces_agree_with_refdata() {
    let pack = pack();
    for (code, name, olds) in PROVINCES_2025 {
        let new = pack.lookup(&format!("{code:02}"), first_new()).unwrap();
        assert_eq!(new.short_name, name);
        for old in olds {
            let s = pack.successors(&format!("{old:02}"), last_old());
            assert_eq!(s.len(), 1);
            assert_eq!((s[0].code.as_str(), s[0].whole), (format!("{code:02}").as_str(), true));
        }
    }
    for (code, name) in ID_PROVINCES {
        let old = pack.lookup(&format!("{code:02}"), last_old()).unwrap();
        // The source's table holds from 1 January 2025, when Thừa Thiên Huế
        // became Thành phố Huế; the ID list keeps the older name.
        let expected = if code == 46 { "Huế" } else { name };
        assert_eq!(old.short_name, expected, "{code}");
    }
    assert_eq!(pack.units().filter(|u| u.level == Level::Province && u.valid_to.is_some()).count(), ID_PROVINCES.len());
}

#[test]
fn examples_of_the_reform() {
    let pack = pack();
    let u = pack.lookup("25888", last_old()).unwrap();
    assert_eq!(
        u,
        Unit {
            code: "25888".into(),
            name: "Phường Uyên Hưng".into(),
            short_name: "Uyên Hưng",
            level: Level::Commune,
            kind: "Phường",
            parents: vec!["723".into(), "74".into()],
            valid_from: None,
            valid_to: Some(last_old()),
        }
    );
    assert_eq!(pack.lookup("723", last_old()).unwrap().name, "Thành phố Tân Uyên");
    assert_eq!(pack.lookup("74", last_old()).unwrap().name, "Tỉnh Bình Dương");
    let u = pack.lookup("25888", first_new()).unwrap();
    assert_eq!((u.name.as_str(), u.parents.as_slice()), ("Phường Tân Uyên", &["79".to_owned()][..]));
    assert_eq!((u.valid_from, u.valid_to), (Some(first_new()), None));
    assert_eq!(pack.lookup("79", first_new()).unwrap().name, "Thành phố Hồ Chí Minh");
    let s = pack.successors("25888", d(2010, 5, 1));
    assert_eq!(
        s.iter().map(|s| (s.code.as_str(), s.name.as_str(), s.whole)).collect::<Vec<_>>(),
        [("25888", "Phường Tân Uyên", true)]
    );

    // Bình Dương and its districts are gone; the codes existed.
    assert!(pack.lookup("74", d(2026, 1, 1)).is_none());
    assert!(pack.lookup("723", d(2026, 1, 1)).is_none());
    assert!(pack.ever("74") && pack.ever("723"));
    let s = pack.successors("74", last_old());
    assert_eq!((s.len(), s[0].code.as_str(), s[0].whole), (1, "79", true));
    assert!(pack.successors("74", first_new()).is_empty());

    // Province 15: Yên Bái before, Lào Cai after; old Lào Cai (10) went into it.
    assert_eq!(pack.lookup("15", last_old()).unwrap().name, "Tỉnh Yên Bái");
    assert_eq!(pack.lookup("15", first_new()).unwrap().name, "Tỉnh Lào Cai");
    assert_eq!(pack.lookup("10", last_old()).unwrap().name, "Tỉnh Lào Cai");
    assert!(pack.lookup("10", first_new()).is_none());
    assert_eq!(pack.successors("10", last_old())[0].code, "15");
    for (code, before, after) in [
        ("24", "Tỉnh Bắc Giang", "Tỉnh Bắc Ninh"),
        ("44", "Tỉnh Quảng Bình", "Tỉnh Quảng Trị"),
        ("52", "Tỉnh Bình Định", "Tỉnh Gia Lai"),
        ("80", "Tỉnh Long An", "Tỉnh Tây Ninh"),
        ("82", "Tỉnh Tiền Giang", "Tỉnh Đồng Tháp"),
        ("91", "Tỉnh Kiên Giang", "Tỉnh An Giang"),
    ] {
        assert_eq!(pack.lookup(code, last_old()).unwrap().name, before);
        assert_eq!(pack.lookup(code, first_new()).unwrap().name, after);
    }

    // 00004: Trúc Bạch of Ba Đình district, then the new Phường Ba Đình.
    let before = pack.lookup("00004", d(2020, 1, 1)).unwrap();
    assert_eq!(
        (before.name.as_str(), before.parents.as_slice()),
        ("Phường Trúc Bạch", &["001".into(), "01".into()][..])
    );
    assert_eq!(pack.lookup("00004", d(2025, 8, 1)).unwrap().name, "Phường Ba Đình");

    // An island district without communes became a special zone.
    let s = pack.successors("318", last_old());
    assert_eq!(s.iter().map(|s| (s.name.as_str(), s.whole)).collect::<Vec<_>>(), [("Đặc khu Bạch Long Vĩ", true)]);
    assert!(pack.lookup("11948", last_old()).is_none());
    assert_eq!(pack.lookup("11948", first_new()).unwrap().parents, ["31"]);

    // A commune split between several new ones.
    let split = pack
        .units()
        .filter(|u| u.valid_to.is_some() && u.level == Level::Commune)
        .find(|u| pack.successors(&u.code, last_old()).len() > 1)
        .unwrap();
    assert!(pack.successors(&split.code, last_old()).iter().all(|s| !s.whole));
}

#[test]
fn codes_that_name_nothing() {
    let pack = pack();
    for code in ["", "7", "2588", "258880", "2588a", " 25888", "25888 ", "ab", "１５", "00000", "99", "999"] {
        assert!(pack.lookup(code, last_old()).is_none(), "{code:?}");
        assert!(pack.lookup(code, first_new()).is_none(), "{code:?}");
        assert!(pack.successors(code, last_old()).is_empty(), "{code:?}");
        assert!(!pack.ever(code), "{code:?}");
    }
}

/// A small deterministic generator (xorshift64*), so the damage is the same
/// on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Uses a pack that read: nothing may panic.
fn exercise(pack: &UnitPack) {
    let _ = pack.description();
    for (i, u) in pack.units().enumerate() {
        if i % 500 == 0 {
            let _ = pack.lookup(&u.code, last_old());
            let _ = pack.successors(&u.code, last_old());
        }
    }
    for code in ["25888", "74", "723", "00004"] {
        let _ = pack.lookup(code, first_new());
        let _ = pack.successors(code, last_old());
        let _ = pack.ever(code);
    }
}

#[test]
fn damaged_packs_never_panic() {
    for n in 0..200.min(PACK.len()) {
        let err = UnitPack::from_bytes(&PACK[..n]).unwrap_err();
        assert!(matches!(err, PackError::Truncated), "prefix {n}: {err:?}");
        assert!(!err.to_string().is_empty());
    }
    for n in (200..PACK.len()).step_by(997) {
        assert!(UnitPack::from_bytes(&PACK[..n]).is_err(), "prefix {n}");
    }

    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut outcomes: BTreeMap<String, usize> = BTreeMap::new();
    for round in 0..600 {
        let mut bytes = PACK.to_vec();
        // Half of the rounds damage the header and the first tables.
        let span = if round % 2 == 0 { 200 } else { bytes.len() };
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(span);
            bytes[at] ^= 1 << rng.below(8);
        }
        match UnitPack::from_bytes(&bytes) {
            Ok(pack) => {
                exercise(&pack);
                *outcomes.entry("ok".into()).or_default() += 1;
            }
            Err(e) => {
                let name = format!("{e:?}");
                let name = name.split([' ', '(', '{']).next().unwrap_or_default().to_owned();
                *outcomes.entry(name).or_default() += 1;
            }
        }
    }
    println!("600 damaged packs: {outcomes:?}");

    // Precise errors for a few hand-made faults.
    let mut bytes = PACK.to_vec();
    bytes[4] = 2;
    assert_eq!(UnitPack::from_bytes(&bytes).unwrap_err(), PackError::Version(2));
    let mut bytes = PACK.to_vec();
    bytes[0] = b'X';
    assert_eq!(UnitPack::from_bytes(&bytes).unwrap_err(), PackError::BadMagic);
    let mut bytes = PACK.to_vec();
    bytes.push(0);
    assert_eq!(UnitPack::from_bytes(&bytes).unwrap_err(), PackError::TrailingBytes(1));
    let mut bytes = PACK.to_vec();
    let last = bytes.len() - 1;
    bytes[last] = 2;
    assert!(matches!(UnitPack::from_bytes(&bytes).unwrap_err(), PackError::Link { .. }));
}

#[test]
fn timing() {
    let start = Instant::now();
    let pack = pack();
    let parse = start.elapsed();
    let codes: Vec<String> = pack.units().map(|u| u.code).collect();
    let mut rng = Rng(42);
    let days = [d(1995, 3, 1), last_old(), first_new(), d(2026, 1, 1)];
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..100_000 {
        let code = &codes[rng.below(codes.len())];
        if pack.lookup(code, days[rng.below(days.len())]).is_some() {
            found += 1;
        }
    }
    let lookups = start.elapsed();
    println!(
        "units.bin: {} bytes; from_bytes {parse:?}; 100,000 lookups {lookups:?} ({found} found) \
         [{} build]",
        PACK.len(),
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
}
