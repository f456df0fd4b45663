#!/usr/bin/env python3
"""Generates the name corpus and the legacy-encoding fixtures that
tests/encoding.rs checks `hotich::text::encoding::repair` against.

    python3 scripts/gen-name-corpus.py [--cross-check NODE_MODULES_DIR]

Writes, under tests/text/:
- names.txt: Vietnamese full names (seeded, so the output is stable), place
  names and minority-language names, one a line; `#` starts a comment line.
- tcvn3.txt, tcvn3-abc.txt, vni.txt, viqr.txt, cp1258.txt, utf8-1252.txt:
  `original<TAB>mojibake`, the original encoded and then read as
  Windows-1252 (bytes 0x81 0x8D 0x8F 0x90 0x9D, undefined there, read as the
  Latin-1 C1 controls, as browsers do). Each file has every corpus line and,
  for every fourth line, its upper-case form.
- clean.txt: every corpus line in NFD, upper case (NFC and NFD), lower case
  and without diacritics, `form<TAB>text`: correct text that must stay as it is.
- tcvn3-table.txt: every byte of TCVN3 as read by glibc, `XX<TAB>XXXX ...`.

The oracles:
- TCVN3 and CP1258: glibc iconv (`TCVN5712-1`, `CP1258`), called here so the
  tests never shell out. TCVN5712-1 is the VN1 table of TCVN 5712:1993, with
  a code for every toned capital. tcvn3-abc.txt is the ABC-font habit
  instead (VN3 has no toned capitals): a toned capital is written as its
  untoned capital followed by the lower-case toned letter ("Á" = "A¸").
- CP1258 is cross-checked with Python's cp1258 decoder.
- VNI-Windows and VIQR have no codec here: the encoders below follow the
  VNI-Windows table (as in xvnkb's vni.h) and RFC 1456.
- --cross-check DIR runs the npm package vietnamese-conversion (MIT) found in
  DIR (install it outside the project: `npm install --prefix /tmp/vc
  vietnamese-conversion`) and prints every letter on which its VNI, TCVN3
  or VIQR table disagrees with ours.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import unicodedata as ud

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'tests', 'text')
SEED = 5712
TARGET_NAMES = 2200

SURNAMES = """Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Huỳnh
Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Vương Trịnh Trương Lâm
Mai Tô Hà Tạ Quách Lưu Cao Thái Châu Kiều Lương Mạc Tăng Khúc Lại Triệu Âu
Ông Ứng Khổng Giang Lục Hứa Thân Nghiêm Chu Quan Tống Mẫn Phí Diệp""".split()

MIDDLES = """Văn Văn Văn Thị Thị Thị Thị Hữu Đức Minh Ngọc Thanh Xuân Quang Thu Kim
Hoàng Bảo Gia Công Mạnh Đình Trọng Quốc Thế Tuấn Phương Diệu Mỹ Khánh Anh
Hồng Thuỳ Thùy Ánh Ái Tường Nhật Duy Hải Bích Cẩm Tú Yến Trung Như Vĩnh Hoài
Đăng Khắc Nguyên Phúc Thuý Thúy Ý Ỷ Uyên""".split()

GIVEN = """An Anh Ánh Ân Ấn Ẩn Ái Bảo Bằng Bích Bình Cúc Cường Cử Chi Chính Chung
Công Danh Diễm Diệp Diệu Doanh Dũng Dung Duy Duyên Dương Đại Đan Đào Đạt Điệp
Đông Đức Giang Giao Giỏi Hà Hải Hãn Hạnh Hằng Hân Hậu Hiền Hiếu Hiệp Hiển Hoa
Hoà Hòa Hoài Hoàn Hoàng Hoè Hòe Hóa Hoá Hồng Huệ Huế Huề Hùng Hưng Hương Hường
Hưởng Hữu Huy Huyền Hỡi Kha Khải Khang Khanh Khánh Khẳng Khoa Khoẻ Khỏe Khôi
Khuê Khuyên Kiên Kiều Kim Kỳ Lâm Lan Lệ Liên Liễu Linh Loan Lộc Lợi Long Luân
Lực Ly Lý Mai Mạnh Mẫn Minh Mỹ Nam Nga Ngân Nghĩa Ngọc Nguyên Nguyệt Ngữ Nhàn
Nhân Nhật Nhi Nhung Như Oanh Phát Phong Phú Phúc Phụng Phương Phước Quân Quang
Quế Quốc Quyên Quyết Quý Quỳnh Sang Sáng Sen Sơn Sĩ Tài Tâm Tân Tấn Thái Thắm
Thắng Thanh Thành Thảo Thoả Thỏa Thẩm Thìn Thịnh Thơ Thu Thuận Thục Thư Thương
Thuỷ Thủy Thuỵ Thụy Thuý Thúy Thuỳ Thùy Tiến Tiên Tín Toàn Trâm Trang Triển
Trinh Trí Trọng Trung Truyền Trường Tú Tuấn Tùng Tuyết Tư Từ Tường Uyên Út Ứng
Ưng Ước Vân Việt Vinh Vĩ Vĩnh Võ Vũ Vy Xuân Yên Yến Ý Ỷ Hẹn Nhẽ Đặng Nẵng""".split()

PLACES = """Phường Bến Thành
Xã Tân Uyên
Thị trấn Đắk Mil
Huyện Krông Pắc
Tỉnh Thừa Thiên Huế
Quận Hoàn Kiếm
Thành phố Hồ Chí Minh
Thành phố Đà Nẵng
Tỉnh Quảng Ngãi
Huyện Ứng Hòa
Tỉnh Bà Rịa - Vũng Tàu
Quận Ba Đình
Phường Điện Biên
Huyện Mường Nhé
Huyện Mường Ảng
Xã Ẳng Nưa
Tỉnh Nghệ An
Huyện Diễn Châu
Tỉnh Hà Tĩnh
Huyện Kỳ Anh
Huyện Lệ Thủy
Tỉnh Quảng Trị
Tỉnh Thanh Hóa
Huyện Yên Định
Tỉnh Lào Cai
Thị xã Sa Pa
Huyện Đồng Văn
Tỉnh Cao Bằng
Tỉnh Lạng Sơn
Tỉnh Bắc Ninh
Tỉnh Hưng Yên
Tỉnh Hải Dương
Thành phố Hải Phòng
Tỉnh Thái Bình
Tỉnh Nam Định
Huyện Hoa Lư
Tỉnh Kon Tum
Tỉnh Gia Lai
Thành phố Pleiku
Tỉnh Đắk Lắk
Thành phố Buôn Ma Thuột
Tỉnh Lâm Đồng
Thành phố Đà Lạt
Tỉnh Khánh Hoà
Thành phố Nha Trang
Tỉnh Phú Yên
Thị xã An Nhơn
Tỉnh Bình Thuận
Thành phố Biên Hòa
Thành phố Thủ Dầu Một
Tỉnh Tiền Giang
Tỉnh Bến Tre
Tỉnh Trà Vinh
Tỉnh Vĩnh Long
Tỉnh Đồng Tháp
Thành phố Châu Đốc
Tỉnh Kiên Giang
Thành phố Phú Quốc
Thành phố Cần Thơ
Tỉnh Hậu Giang
Tỉnh Sóc Trăng
Tỉnh Bạc Liêu
Tỉnh Cà Mau
Huyện Côn Đảo
Huyện đảo Lý Sơn
Xã Thuỷ Xuân
Phường Hưng Lợi
Xã Ước Lễ
Huyện Ý Yên
Xã Ỷ La
Huyện Ân Thi
Phường Ô Chợ Dừa
Quận Ô Môn
Xã Ông Đình
Phường Nguyễn Thái Bình
Xã Quảng Khê
Phường Quỳnh Lôi
Thị trấn Ea Drăng
Xã Ia Grai""".split('\n')

MINORITY = """H'Hen Niê
Lò Văn Pao
Y Moan Êban
Ksor H'Lan
Rơ Mah Blih
Kpă Y Lan
Nay Phin
Y Ngông Niê Kdăm
H'Nhi Êban
Rơ Châm Yuin
Giàng A Páo
Sùng Thị Mỷ
Lầu Bá Chư
Vàng A Chứ
Thào Mí Sình
Lý Seo Chảy
Hoàng A Sáng
Ma Văn Kháng
Bế Văn Đàn
Hầu A Lềnh
Đinh Y Ngọc
Kpă Púi
Ksor Phước Hà
Lường Thị Mai
Y Jut Hwing
Rmah H'Bớt
Điểu K'Rê
Siu H'Mai""".split('\n')

VOWELS = 'aăâeêioôơuưy'
TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']  # ngang huyền sắc hỏi ngã nặng


def vietnamese_letters():
    """The 134 toned/untoned vowels and đ, lower then upper case."""
    lower = [ud.normalize('NFC', v + t) for v in VOWELS for t in TONES] + ['đ']
    return lower + [c.upper() for c in lower]


def corpus():
    rng = random.Random(SEED)
    names, seen = [], set()
    # Every given name at least once, then random full names.
    pending = list(GIVEN)
    while len(names) < TARGET_NAMES:
        surname = rng.choice(SURNAMES)
        middles = rng.sample(MIDDLES, rng.choice([0, 1, 1, 1, 1, 2]))
        given = pending.pop() if pending else rng.choice(GIVEN)
        name = ' '.join([surname, *middles, given])
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def cp1252_view(data, latin1=False):
    """Bytes as Windows-1252 shows them; the five undefined bytes (and every
    byte with latin1=True) as the Latin-1 character of the same number."""
    out = []
    for b in data:
        if latin1 or b < 0x80 or b >= 0xA0:
            out.append(chr(b))
        else:
            try:
                out.append(bytes([b]).decode('cp1252'))
            except UnicodeDecodeError:
                out.append(chr(b))
    return ''.join(out)


def iconv(lines, charset):
    data = '\n'.join(lines).encode('utf-8')
    res = subprocess.run(['iconv', '-f', 'UTF-8', '-t', charset], input=data,
                         capture_output=True, check=True)
    out = res.stdout.split(b'\n')
    assert len(out) == len(lines), charset
    return out


def iconv_decode(data, charset):
    res = subprocess.run(['iconv', '-f', charset, '-t', 'UTF-8'], input=data,
                         capture_output=True, check=True)
    return res.stdout.decode('utf-8')


def split_letter(c):
    """(base, modifier, tone) of a Vietnamese letter: 'ậ' -> ('a', '\u0302', '\u0323')."""
    d = ud.normalize('NFD', c)
    base, marks = d[0], d[1:]
    modifier = ''.join(m for m in marks if m in '\u0302\u0306\u031b')
    tone = ''.join(m for m in marks if m in TONES[1:])
    return base, modifier, tone


# ---------------------------------------------------------------- VNI-Windows
VNI_TONE = {'\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï'}
VNI_CIRC = {'': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä'}
VNI_BREVE = {'': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë'}
VNI_I = {'': 'i', '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò'}


def vni_letter(c):
    if c in 'đĐ':
        return 'ñ' if c == 'đ' else 'Ñ'
    base, modifier, tone = split_letter(c)
    upper = base.isupper()
    b = base.lower()
    if b not in 'aeiouy' or (not modifier and not tone):
        return c
    if b == 'i':
        out = VNI_I[tone]
    elif b == 'y' and tone == '\u0323':
        out = 'î'
    elif modifier == '\u0302':
        out = b + VNI_CIRC[tone]
    elif modifier == '\u0306':
        out = b + VNI_BREVE[tone]
    elif modifier == '\u031b':
        out = {'o': 'ô', 'u': 'ö'}[b] + VNI_TONE.get(tone, '')
    else:
        out = b + VNI_TONE[tone]
    return out.upper() if upper else out


def vni(s):
    return ''.join(vni_letter(c) for c in s)


# ----------------------------------------------------------------- VIQR (RFC 1456)
VIQR_MOD = {'\u0302': '^', '\u0306': '(', '\u031b': '+'}
VIQR_TONE = {'\u0301': "'", '\u0300': '`', '\u0309': '?', '\u0303': '~', '\u0323': '.'}
VIQR_MARKS = "^(+'`?~."


def viqr(s):
    out = ''
    for c in s:
        if c == 'đ':
            piece = 'dd'
        elif c == 'Đ':
            piece = 'DD'
        else:
            base, modifier, tone = split_letter(c)
            if base.lower() in 'aeiouy' and (modifier or tone):
                piece = base + VIQR_MOD.get(modifier, '') + VIQR_TONE.get(tone, '')
            elif c in VIQR_MARKS and out and out[-1].lower() in 'aeiouy':
                piece = '\\' + c  # a literal mark after a vowel is escaped
            else:
                piece = c
        out += piece
    return out


# ------------------------------------------------- TCVN3, ABC-font habit (VN3)
def tcvn3_table():
    """byte -> text, from glibc."""
    return {b: iconv_decode(bytes([b]), 'TCVN5712-1') for b in range(256)}


def tcvn3_abc(s, lower_byte):
    """VN3 as the ABC fonts write it: a toned capital is its untoned capital
    and then the lower-case toned letter."""
    out = b''
    for c in s:
        if c in lower_byte:
            out += lower_byte[c]
            continue
        base, modifier, tone = split_letter(c)
        if c.isupper() and tone:
            untoned = ud.normalize('NFC', base + modifier)
            out += lower_byte[untoned] if untoned in lower_byte else untoned.encode('ascii')
            out += lower_byte[c.lower()]
        else:
            out += c.encode('ascii')
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cross-check', metavar='NODE_MODULES_DIR')
    args = ap.parse_args()

    names = corpus()
    lines = names + PLACES + MINORITY
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'names.txt'), 'w', encoding='utf-8') as f:
        f.write('# Generated by scripts/gen-name-corpus.py. Do not edit.\n')
        f.write(f'# {len(names)} full names, {len(PLACES)} places, {len(MINORITY)} minority-language names.\n')
        f.write('# names\n')
        f.writelines(n + '\n' for n in names)
        f.write('# places\n')
        f.writelines(n + '\n' for n in PLACES)
        f.write('# minority\n')
        f.writelines(n + '\n' for n in MINORITY)

    text = '\n'.join(lines)
    missing = [c for c in vietnamese_letters() if c not in text + text.upper()]
    if missing:
        sys.exit(f'corpus misses letters: {"".join(missing)}')

    cases = lines + [line.upper() for i, line in enumerate(lines) if i % 4 == 0]

    # Clean text in other forms, none of which may be taken for mojibake.
    def ascii_fold(x):
        x = x.replace('đ', 'd').replace('Đ', 'D')
        return ''.join(c for c in ud.normalize('NFD', x) if not ud.combining(c))
    with open(os.path.join(OUT, 'clean.txt'), 'w', encoding='utf-8') as f:
        f.write('# Generated by scripts/gen-name-corpus.py: form<TAB>corpus line in that form.\n')
        for line in lines:
            for form, text in [('nfd', ud.normalize('NFD', line)),
                               ('upper', line.upper()),
                               ('upper-nfd', ud.normalize('NFD', line.upper())),
                               ('lower', line.lower()),
                               ('ascii', ascii_fold(line))]:
                f.write(f'{form}\t{text}\n')

    table = tcvn3_table()
    with open(os.path.join(OUT, 'tcvn3-table.txt'), 'w', encoding='utf-8') as f:
        f.write('# TCVN5712-1 (glibc iconv): byte<TAB>code points of what it decodes to.\n')
        for b, t in table.items():
            f.write(f'{b:02X}\t' + ' '.join(f'{ord(c):04X}' for c in t) + '\n')
    lower_byte = {t: bytes([b]) for b, t in table.items()
                  if len(t) == 1 and b >= 0xA1 and (t.islower() or t in 'ĂÂÊÔƠƯĐ')}

    def write(name, pairs):
        with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(f'# Generated by scripts/gen-name-corpus.py: original<TAB>mojibake.\n')
            for original, moji in pairs:
                assert '\t' not in moji and '\n' not in moji and '\r' not in moji, (name, original)
                f.write(f'{original}\t{moji}\n')

    tcvn = iconv(cases, 'TCVN5712-1')
    write('tcvn3.txt', [(o, cp1252_view(b)) for o, b in zip(cases, tcvn)])
    abc = [tcvn3_abc(o, lower_byte) for o in cases]
    write('tcvn3-abc.txt', [(o, cp1252_view(b)) for o, b in zip(cases, abc)])

    cp = iconv(cases, 'CP1258')
    for o, b in zip(cases, cp):
        assert ud.normalize('NFC', b.decode('cp1258')) == o, o
    write('cp1258.txt', [(o, cp1252_view(b)) for o, b in zip(cases, cp)])

    write('vni.txt', [(o, vni(o)) for o in cases])
    write('viqr.txt', [(o, viqr(o)) for o in cases])
    write('utf8-1252.txt', [(o, cp1252_view(o.encode('utf-8'), latin1=(i % 3 == 2)))
                            for i, o in enumerate(cases)])

    # Spot checks against the examples in shared/spec/DOMAIN.md §8.
    assert vni('Nguyễn Thị Hà') == 'Nguyeãn Thò Haø'
    assert viqr('Nguyễn Thị Hà') == 'Nguye^~n Thi. Ha`' and viqr('Đức') == "DDu+'c"
    assert cp1252_view(iconv(['Trần Văn Đức'], 'TCVN5712-1')[0]) == 'TrÇn V¨n §øc'

    print(f'{len(lines)} corpus lines ({len(names)} names, {len(PLACES)} places, '
          f'{len(MINORITY)} minority), {len(cases)} fixture lines per encoding')

    if args.cross_check:
        cross_check(args.cross_check, lower_byte)


def cross_check(node_modules, lower_byte):
    """Prints every letter on which vietnamese-conversion disagrees with us."""
    letters = vietnamese_letters()
    script = ('const v=require(process.argv[1]);'
              'const xs=JSON.parse(require("fs").readFileSync(0,"utf8"));'
              'console.log(JSON.stringify(xs.map(x=>[v.toVNI(x,"unicode"),v.toTCVN3(x,"unicode"),v.toVIQR(x,"unicode")])));')
    res = subprocess.run(['node', '-e', script, os.path.join(node_modules, 'vietnamese-conversion')],
                         input=json.dumps(letters), capture_output=True, text=True, check=True)
    theirs = json.loads(res.stdout)
    glibc = iconv(letters, 'TCVN5712-1')
    diffs = 0
    for c, (t_vni, t_tcvn, t_viqr), g in zip(letters, theirs, glibc):
        ours = {'VNI': vni(c), 'TCVN3 (ABC habit)': cp1252_view(tcvn3_abc(c, lower_byte)), 'VIQR': viqr(c)}
        for (name, mine), t in zip(ours.items(), (t_vni, t_tcvn, t_viqr)):
            if mine != t:
                diffs += 1
                extra = f', glibc VN1 {cp1252_view(g)!r}' if name.startswith('TCVN3') else ''
                print(f'  {name} {c}: ours {mine!r}, vietnamese-conversion {t!r}{extra}')
    print(f'cross-check: {diffs} disagreement(s) over {len(letters)} letters')


if __name__ == '__main__':
    main()
