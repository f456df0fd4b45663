//! Tests of the batch as a whole: formats, bad rows, cross-record rules,
//! triage, streaming equivalence, options; and (ignored) a throughput and
//! memory measurement.

use super::*;
use crate::Locale;

const HEADER: &str = "child.fullName,child.sex,child.birthDate,child.birthPlace,child.ethnicity,child.nationality,\
                      registration.date,registration.book,registration.number";

fn options() -> BatchOptions {
    BatchOptions::new(Options::new(Date::new(2026, 1, 1).unwrap()))
}

/// A clean birth row of book 01/2016 with the given number and
/// registration day of March 2016.
fn row(number: u32, day: u32) -> String {
    format!("Nguyễn Thị Hà,nữ,2016-03-15,Bình Dương,Kinh,VN,2016-03-{day:02},01/2016,{number}")
}

fn csv(rows: &[String]) -> String {
    let mut out = String::from(HEADER);
    for r in rows {
        out.push('\n');
        out.push_str(r);
    }
    out.push('\n');
    out
}

fn run(input: &[u8]) -> BatchReport {
    validate_batch(Kind::Birth, input, &options())
}

/// (row, path, code) of every issue.
fn triples(report: &BatchReport) -> Vec<(u32, String, &'static str)> {
    report.issues.iter().map(|i| (i.row, i.issue.path.clone(), i.issue.code.as_str())).collect()
}

fn t(row: u32, path: &str, code: &'static str) -> (u32, String, &'static str) {
    (row, path.to_owned(), code)
}

#[test]
fn clean_rows_are_clean() {
    let r = run(csv(&[row(1, 20), row(2, 21)]).as_bytes());
    assert_eq!(triples(&r), []);
    assert_eq!((r.rows, r.valid), (2, 2));
    assert_eq!(r.summary.triage, Triage { clean: 2, fixable: 0, review: 0 });
}

#[test]
fn csv_edge_cases() {
    let quoted = "\"Nguyễn Thị Hà\",nữ,2016-03-15,\"Bệnh viện Từ Dũ, TP. Hồ Chí Minh\",Kinh,VN,2016-03-20,01/2016,1";
    let escaped = "Nguyễn Thị Hà,nữ,2016-03-15,\"Trạm y tế \"\"Xã A\"\"\",Kinh,VN,2016-03-21,01/2016,2";
    let multiline = "Nguyễn Thị Hà,nữ,2016-03-15,\"Số 5,\r\nđường 3/2\",Kinh,VN,2016-03-22,01/2016,3";
    let input = format!("\u{feff}{HEADER}\r\n{quoted}\r\n{escaped}\r\n\r\n{multiline}");
    let r = run(input.as_bytes());
    assert_eq!(triples(&r), []);
    assert_eq!(r.rows, 3);
}

#[test]
fn bad_rows_do_not_stop_the_batch() {
    let mut input =
        csv(&[row(1, 20), "Nguyễn Thị Hà,nữ".to_owned(), row(2, 22), "x\"y,1,2,3,4,5,6,7,8".to_owned()]).into_bytes();
    input.extend_from_slice(b"Nguy\xe1\xbb,n\xff,2016,a,Kinh,VN,2016-03-23,01/2016,5\n");
    input.extend_from_slice(row(3, 24).as_bytes());
    input.extend_from_slice("\n\"unclosed,nữ\n".as_bytes());
    let r = run(&input);
    assert_eq!(
        triples(&r),
        [
            t(2, "", "batch.row_format"),
            t(4, "child.fullName", "batch.row_format"),
            t(5, "child.fullName", "batch.row_format"),
            t(7, "child.fullName", "batch.row_format"),
        ]
    );
    assert_eq!((r.rows, r.valid), (7, 3));
    assert_eq!(r.summary.review_rows, [2, 4, 5, 7]);
    let messages: Vec<&str> = r.issues.iter().map(|i| i.issue.message.as_str()).collect();
    assert!(messages[0].contains("Hàng này có 2 ô nhưng dòng tiêu đề có 9 cột (dòng 3 của tệp)"), "{}", messages[0]);
    assert!(messages[1].contains("cột 1 (“child.fullName”)"), "{}", messages[1]);
    assert!(messages[2].contains("byte 0xE1 ở vị trí 5"), "{}", messages[2]);
    assert!(messages[3].contains("không được đóng"), "{}", messages[3]);
}

#[test]
fn unknown_and_repeated_columns_are_reported_once() {
    let input = "child.fullName,chlid.sex,child.fullName,note\nNguyễn Thị Hà,nữ,x,y\nLê Văn Nam,nam,x,y\n";
    let r = run(input.as_bytes());
    let codes: Vec<_> = triples(&r).into_iter().filter(|(_, _, c)| *c != "required").collect();
    assert_eq!(codes, [t(0, "", "batch.unknown_column"), t(0, "", "batch.duplicate_column")]);
    let msg = &r.issues.first().unwrap().issue.message;
    assert!(msg.contains("“chlid.sex” (cột 2), “note” (cột 4)"), "{msg}");
    assert!(!msg.contains("Dòng đầu tiên"), "{msg}");
    let headless = run("Nguyễn Thị Hà,nữ\n".as_bytes());
    assert!(headless.issues.first().unwrap().issue.message.contains("Dòng đầu tiên của tệp phải là dòng tiêu đề"));
    assert_eq!(headless.rows, 0);
}

#[test]
fn place_codes_are_columns() {
    let input =
        format!("{HEADER},registration.place.provinceCode,registration.place.name\n{},74,UBND xã A\n", row(1, 20));
    let r = run(input.as_bytes());
    // Codes without the units pack: read, and reported as not checked.
    assert_eq!(triples(&r), [t(1, "registration.place", "place.unchecked")]);
    let both = format!("{HEADER},registration.place,registration.place.provinceCode\n{},UBND xã A,74\n", row(1, 20));
    let r = run(both.as_bytes());
    assert_eq!(triples(&r), [t(0, "", "batch.duplicate_column")]);
    assert!(r.issues[0].issue.message.contains("“registration.place.provinceCode” (cột 11)"));
    let member = format!("{HEADER},registration.place.zipCode\n{},1\n", row(1, 20));
    assert_eq!(triples(&run(member.as_bytes())), [t(0, "", "batch.unknown_column")]);
}

#[test]
fn ndjson_good_and_bad_lines() {
    let good = r#"{"child":{"fullName":"Nguyễn Thị Hà","sex":"nữ","birthDate":"2016-03-15","birthPlace":"Bình Dương","ethnicity":"Kinh","nationality":"VN"},"registration":{"date":"2016-03-20"}}"#;
    let input = format!("\n{good}\r\n\n{{\"child\":\n[1]\n{good}\n{{\"child\":{{\"x\":1}}}}");
    let r = run(input.as_bytes());
    let got: Vec<_> = triples(&r).into_iter().filter(|(_, _, c)| *c != "required").collect();
    assert_eq!(got, [t(2, "", "batch.row_format"), t(3, "", "record.type"), t(5, "child.x", "field.unknown")]);
    assert!(
        r.issues[0].issue.message.contains("Dòng 4 của tệp không phải một bản ghi JSON"),
        "{}",
        r.issues[0].issue.message
    );
    assert_eq!(r.rows, 5);
    let forced = validate_batch(Kind::Birth, good.as_bytes(), &BatchOptions { format: Some(Format::Csv), ..options() });
    assert_eq!(forced.rows, 0, "a single line read as CSV is a header");
}

#[test]
fn duplicate_numbers_attach_to_the_later_row() {
    let r = run(csv(&[row(1, 20), row(2, 21), row(1, 22)]).as_bytes());
    assert_eq!(triples(&r), [t(3, "registration.number", "batch.duplicate_number")]);
    assert_eq!(r.issues[0].issue.related, ["row 1"]);
    let other_book = csv(&[row(1, 20), row(1, 21).replace("01/2016", "02/2016")]);
    assert_eq!(triples(&run(other_book.as_bytes())), []);
}

#[test]
fn sequence_and_gaps() {
    let r = run(csv(&[row(1, 20), row(2, 25), row(3, 21), row(7, 26), row(9, 27)]).as_bytes());
    assert_eq!(triples(&r), [t(0, "registration.number", "batch.gap"), t(3, "registration.number", "batch.sequence")]);
    assert!(
        r.issues[0].issue.message.contains("thiếu 4 số đăng ký") && r.issues[0].issue.message.contains(": 4–6, 8.")
    );
    assert_eq!(r.issues[1].issue.related, ["row 2"]);
    // Rising dates, and partial dates that may mean the same day, are in order.
    let partial = csv(&[row(1, 20), row(2, 21).replace("2016-03-21,01", "2016-03,01"), row(3, 22)]);
    assert_eq!(triples(&run(partial.as_bytes())), []);
}

#[test]
fn duplicate_ids_compare_names() {
    let header = format!("{HEADER},mother.fullName,mother.birthDate,mother.personalId");
    let mother = |n, day, name: &str| format!("{},{name},1990,074190000001", row(n, day));
    let input = format!(
        "{header}\n{}\n{}\n{}\n",
        mother(1, 20, "Trần Thị Mai"),
        mother(2, 21, "TRẦN  THỊ MAI"),
        mother(3, 22, "Lê Thị Lan")
    );
    let r = run(input.as_bytes());
    assert_eq!(triples(&r), [t(3, "mother.personalId", "batch.duplicate_id")]);
    assert_eq!(r.issues[0].issue.related, ["row 1"]);
    assert!(r.issues[0].issue.message.contains("đã được ghi ở hàng 1"), "{}", r.issues[0].issue.message);
}

#[test]
fn triage_puts_fixable_rows_apart() {
    // A Cyrillic "а" in the name: name.mixed_script with a suggestion.
    let fixable = row(2, 21).replacen("Hà", "Hа", 1);
    let r = run(csv(&[row(1, 20), fixable, row(1, 22)]).as_bytes());
    assert_eq!(r.summary.triage, Triage { clean: 1, fixable: 1, review: 1 });
    assert_eq!((r.summary.fixable_rows.as_slice(), r.summary.review_rows.as_slice()), (&[2][..], &[3][..]));
    assert_eq!(r.valid, 1);
}

/// A file with every kind of trouble, split at every byte, gives the report
/// of one push.
#[test]
fn any_split_gives_the_same_report() {
    let mut input = b"\xef\xbb\xbf".to_vec();
    input.extend_from_slice(csv(&[row(1, 20), row(3, 19), row(3, 22)]).replace('\n', "\r\n").as_bytes());
    input.extend_from_slice(
        "\"Lê Thị \"\"Bé\"\"\",nữ,2016,\"Số 1,\nđường 2\",Kinh,VN,2016-04-01,01/2016,4\r".as_bytes(),
    );
    input.extend_from_slice(b"Nguy\xe1\xbb\x85n,n\xc6,x\n\"open");
    let whole = run(&input);
    assert!(whole.issues.len() >= 4, "{:?}", triples(&whole));
    for i in 0..=input.len() {
        let (a, b) = input.split_at(i);
        let mut v = BatchValidator::new(Kind::Birth, &options());
        v.push(a);
        v.push(b);
        assert_eq!(v.finish(), whole, "split at {i}");
    }
    let mut v = BatchValidator::new(Kind::Birth, &options());
    for byte in input.chunks(1) {
        v.push(byte);
    }
    assert_eq!(v.finish(), whole, "byte by byte");
    let ndjson =
        "\u{feff}{\"child\":{\"fullName\":\"Hồ Thị Ánh\"}}\r\n\n{\"child\":\n{\"child\":{\"fullName\":\"Lê\"}}";
    let whole = run(ndjson.as_bytes());
    for i in 0..=ndjson.len() {
        let (a, b) = ndjson.as_bytes().split_at(i);
        let mut v = BatchValidator::new(Kind::Birth, &options());
        v.push(a);
        v.push(b);
        assert_eq!(v.finish(), whole, "ndjson split at {i}");
    }
}

#[test]
fn progress_counts_bytes_and_rows() {
    let input = csv(&[row(1, 20), row(2, 21)]);
    let mut v = BatchValidator::new(Kind::Birth, &options());
    let (a, b) = input.as_bytes().split_at(input.len() - 3);
    assert_eq!(v.push(a), Progress { bytes: u64::try_from(a.len()).unwrap(), rows: 1 });
    assert_eq!(v.push(b).rows, 2);
    assert_eq!(v.finish().rows, 2);
    assert_eq!(run(b"").rows, 0);
    assert_eq!(run(b"\xef\xbb").issues.len(), 1, "two bytes that are not a BOM are a header");
}

#[test]
fn batch_options() {
    let today = Date::new(2026, 1, 1).unwrap();
    let parse = |text: &str| BatchOptions::from_value(&json::parse(text).unwrap(), today);
    let o = parse(r#"{"format":"ndjson","locale":"en","today":"2020-02-02"}"#).unwrap();
    assert_eq!(
        (o.format, o.options.locale, o.options.today),
        (Some(Format::Ndjson), Locale::En, Date::new(2020, 2, 2).unwrap())
    );
    assert_eq!(parse(r#"{"format":null}"#).unwrap().format, None);
    assert_eq!(parse("null").unwrap().format, None);
    let err = |text: &str| parse(text).unwrap_err().to_string();
    assert!(err(r#"{"format":"xml"}"#).contains("\"csv\" or \"ndjson\", not \"xml\""));
    assert!(err(r#"{"format":1}"#).contains("not number"));
    assert!(err(r#"{"fromat":"csv"}"#).contains("\"format\""));
    assert!(err(r#"{"locale":"fr"}"#).contains("options.locale"));
    assert!(err("[]").contains("must be an object"));
    assert!(Options::from_value(&json::parse(r#"{"format":"csv"}"#).unwrap(), today).is_err());
}

#[test]
fn input_that_is_not_text() {
    let r = not_text("number", Locale::En);
    assert_eq!(triples(&r), [t(0, "", "batch.input")]);
    assert!(r.issues[0].issue.message.contains("(received: number)"));
}

/// Rows per second and index bytes per row over 100,000 generated rows of
/// about 700 bytes. `cargo test --release -- --ignored --nocapture throughput`
#[test]
#[ignore = "a measurement, not a check"]
fn throughput() {
    const ROWS: u32 = 100_000;
    let header = format!(
        "{HEADER},child.personalId,child.hometown,child.residence,mother.fullName,mother.birthDate,mother.ethnicity,\
         mother.nationality,mother.personalId,mother.residence,father.fullName,father.birthDate,father.ethnicity,\
         father.nationality,father.personalId,father.residence,declarant.fullName,declarant.relationship,\
         declarant.personalId,registration.type"
    );
    let mut input = header;
    for n in 1..=ROWS {
        let day = 1 + n * 28 / ROWS;
        input.push_str(&format!(
            "\nNguyễn Thị Hà,nữ,2016-{month:02}-01,\"Bệnh viện Phụ sản Hà Nội, Phường Láng Hạ, Quận Đống Đa, Thành phố Hà Nội\",\
             Kinh,VN,2016-{month:02}-{day:02},01/2016,{n},0743160{id:05},\"Xã Tân Phước, Huyện Tân Uyên, Tỉnh Bình Dương\",\
             \"Số {n} đường Lê Lợi, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương\",Trần Thị Mai,1990,Kinh,VN,\
             0741900{id:05},\"Số {n} đường Lê Lợi, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương\",Nguyễn Văn Hùng,\
             1988,Kinh,VN,0740880{id:05},\"Số {n} đường Lê Lợi, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương\",\
             Nguyễn Văn Hùng,cha,0740880{id:05},on-time",
            month = 3,
            id = n % 100_000,
        ));
    }
    let start = std::time::Instant::now();
    let mut v = BatchValidator::new(Kind::Birth, &options());
    for chunk in input.as_bytes().chunks(64 * 1024) {
        v.push(chunk);
    }
    let index = v.index_bytes();
    let report = v.finish();
    let secs = start.elapsed().as_secs_f64();
    let per_row = input.len() as f64 / f64::from(ROWS);
    println!(
        "{ROWS} rows of {per_row:.0} bytes in {secs:.2} s: {:.0} rows/s, {:.1} MB/s; index {index} bytes = {:.1} bytes/row; {} issues",
        f64::from(ROWS) / secs,
        input.len() as f64 / secs / 1e6,
        index as f64 / f64::from(ROWS),
        report.issues.len()
    );
    assert_eq!(report.rows, ROWS);
}
