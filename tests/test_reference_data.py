"""Consistency checks for the reference place data in data/reference/places.yaml."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "data" / "reference" / "places.yaml"
SEEDS = ROOT / "data" / "seeds"

MERGER_DAY = dt.date(2025, 7, 1)
DAY_BEFORE = dt.date(2025, 6, 30)
KINDS = {"province", "central-city", "capital-prefecture", "municipality"}

LAO_CODES = {
    "LA-AT": "Attapeu", "LA-BK": "Bokeo", "LA-BL": "Bolikhamxai", "LA-CH": "Champasak",
    "LA-HO": "Houaphanh", "LA-KH": "Khammouane", "LA-LM": "Luang Namtha", "LA-LP": "Luang Prabang",
    "LA-OU": "Oudomxay", "LA-PH": "Phongsaly", "LA-SL": "Salavan", "LA-SV": "Savannakhet",
    "LA-VI": "Vientiane Province", "LA-VT": "Vientiane Capital", "LA-XA": "Sainyabuli",
    "LA-XE": "Sekong", "LA-XI": "Xiangkhouang", "LA-XS": "Xaisomboun",
}

UNCHANGED_2025 = {"VN-HN", "VN-26", "VN-01", "VN-71", "VN-05", "VN-09", "VN-13",
                  "VN-21", "VN-22", "VN-23", "VN-04"}


def fold(name: str) -> str:
    """Matching key: lowercase, no diacritics, đ→d, no hyphens/dashes or spaces."""
    s = name.lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[\s\-\u2010-\u2015]+", "", s)


def as_date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def all_names(entry: dict) -> list[str]:
    names = entry.get("names") or {}
    out = [v for v in names.values() if v]
    if "name" in entry:
        out.append(entry["name"])
    out.extend(entry.get("variants") or [])
    return out


def valid_on(unit: dict, day: dt.date) -> bool:
    start = as_date(unit.get("valid_from"))
    end = as_date(unit.get("valid_until"))
    return (start is None or start <= day) and (end is None or day <= end)


def overlap(a: dict, b: dict) -> bool:
    a0, a1 = as_date(a.get("valid_from")) or dt.date.min, as_date(a.get("valid_until")) or dt.date.max
    b0, b1 = as_date(b.get("valid_from")) or dt.date.min, as_date(b.get("valid_until")) or dt.date.max
    return a0 <= b1 and b0 <= a1


@pytest.fixture(scope="module")
def data() -> dict:
    with PLACES.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="module")
def units(data) -> dict[str, dict]:
    out = {}
    for u in data["units"]:
        assert u["id"] not in out, f"duplicate unit id {u['id']}"
        out[u["id"]] = u
    return out


@pytest.fixture(scope="module")
def countries(data) -> dict[str, dict]:
    out = {}
    for c in data["countries"]:
        assert c["code"] not in out, f"duplicate country {c['code']}"
        out[c["code"]] = c
    return out


def test_top_level_sections(data):
    assert set(data) >= {"sources", "countries", "units", "districts", "ambiguous"}
    assert all(isinstance(v, str) and v.strip() for v in data["sources"].values())


def test_vietnam_63_before_and_34_after_the_merger(units):
    vn = [u for u in units.values() if u["country"] == "VN"]
    before = [u["id"] for u in vn if valid_on(u, DAY_BEFORE)]
    after = [u["id"] for u in vn if valid_on(u, MERGER_DAY)]
    assert len(before) == 63, sorted(before)
    assert len(after) == 34, sorted(after)
    # every pre-2025 unit carries its real ISO 3166-2 code
    assert all(units[i].get("iso") == units[i]["code"] == i for i in before)
    # 6 centrally-run cities on both sides of the merger (Huế became one on 2025-01-01)
    assert sum(units[i]["kind"] == "central-city" for i in before) == 6
    assert sum(units[i]["kind"] == "central-city" for i in after) == 6
    # the 11 unchanged units are the same entries, with no dates
    for i in UNCHANGED_2025:
        assert i in before and i in after
        assert "valid_from" not in units[i] and "valid_until" not in units[i]
    assert len(set(before) & set(after)) == 11


def test_2025_units_shape(units):
    new = [u for u in units.values() if u["country"] == "VN" and u.get("valid_from")]
    assert len(new) == 23
    for u in new:
        assert as_date(u["valid_from"]) == MERGER_DAY
        assert u["id"] == f"{u['code']}-2025"
        assert "iso" not in u, u["id"]
        assert u["code"] in u["merged_from"], u["id"]
        assert len(u["merged_from"]) >= 2
        kept = units[u["code"]]
        assert kept["names"]["vi"] == u["names"]["vi"], u["id"]
    ceased = [u for u in units.values() if u.get("valid_until")]
    assert len(ceased) == 52
    assert all(as_date(u["valid_until"]) == DAY_BEFORE for u in ceased)


def test_merger_links_exist_and_are_mutual(units):
    for u in units.values():
        if "replaced_by" in u:
            assert u["replaced_by"] in units, f"{u['id']} -> missing {u['replaced_by']}"
            assert u["id"] in units[u["replaced_by"]].get("merged_from", []), u["id"]
            assert "valid_until" in u, u["id"]
        for old in u.get("merged_from", []):
            assert old in units, f"{u['id']} merged_from missing {old}"
            assert units[old].get("replaced_by") == u["id"], f"{old} not replaced_by {u['id']}"
    old_ids = [o for u in units.values() for o in u.get("merged_from", [])]
    assert len(old_ids) == len(set(old_ids)) == 52


@pytest.mark.parametrize("new_id, parts", [
    ("VN-07-2025", {"VN-07", "VN-03"}),            # Tuyên Quang + Hà Giang
    ("VN-68-2025", {"VN-68", "VN-70", "VN-14"}),   # Phú Thọ + Vĩnh Phúc + Hòa Bình
    ("VN-25-2025", {"VN-25", "VN-24"}),            # Quảng Trị + Quảng Bình
    ("VN-37-2025", {"VN-37", "VN-41"}),            # Tây Ninh + Long An
    ("VN-33-2025", {"VN-33", "VN-32"}),            # Đắk Lắk + Phú Yên
    ("VN-29-2025", {"VN-29", "VN-28"}),            # Quảng Ngãi + Kon Tum
    ("VN-30-2025", {"VN-30", "VN-31"}),            # Gia Lai + Bình Định
    ("VN-35-2025", {"VN-35", "VN-72", "VN-40"}),   # Lâm Đồng + Đắk Nông + Bình Thuận
    ("VN-SG-2025", {"VN-SG", "VN-57", "VN-43"}),   # HCMC + Bình Dương + Bà Rịa–Vũng Tàu
    ("VN-DN-2025", {"VN-DN", "VN-27"}),            # Đà Nẵng + Quảng Nam
])
def test_merger_composition(units, new_id, parts):
    assert set(units[new_id]["merged_from"]) == parts


def test_lao_units(units):
    lao = {u["code"]: u for u in units.values() if u["country"] == "LA"}
    assert set(lao) == set(LAO_CODES)
    assert len(lao) == 18
    for code, en in LAO_CODES.items():
        assert lao[code]["id"] == code and lao[code].get("iso") == code
        assert lao[code]["names"]["en"] == en
    assert lao["LA-VT"]["kind"] == "capital-prefecture"


def test_other_unit_counts(units):
    count = defaultdict(int)
    for u in units.values():
        count[u["country"]] += 1
    assert count["KH"] == 25
    assert count["KR"] == 17
    assert count["JP"] == 47
    assert count["TH"] == 77
    assert {"CN-GX", "CN-YN", "CN-GD", "CN-HI"} <= set(units)


def test_units_refer_to_known_countries_and_sources(data, units, countries):
    sources = set(data["sources"])
    for u in units.values():
        assert u["country"] in countries, u["id"]
        assert u["kind"] in KINDS, u["id"]
        assert u["names"].get("vi") and u["names"].get("en"), u["id"]
        for b in u.get("borders", []):
            assert b in countries and b != u["country"], (u["id"], b)
        assert u.get("source"), u["id"]
        assert set(u["source"]) <= sources, (u["id"], set(u["source"]) - sources)
        if "wikidata" in u:
            assert re.fullmatch(r"Q\d+", str(u["wikidata"])), u["id"]
    for c in countries.values():
        assert re.fullmatch(r"[A-Z]{2}", c["code"])
        assert set(c.get("source", [])) <= sources, c["code"]
        if "wikidata" in c:
            assert re.fullmatch(r"Q\d+", str(c["wikidata"])), c["code"]


def test_borders_with_laos(units):
    before = {u["id"] for u in units.values()
              if u["country"] == "VN" and valid_on(u, DAY_BEFORE) and "LA" in u.get("borders", [])}
    assert before == {"VN-71", "VN-05", "VN-21", "VN-22", "VN-23", "VN-24", "VN-25",
                      "VN-26", "VN-27", "VN-28"}
    after = {u["id"] for u in units.values()
             if u["country"] == "VN" and valid_on(u, MERGER_DAY) and "LA" in u.get("borders", [])}
    assert after == {"VN-71", "VN-05", "VN-21", "VN-22", "VN-23", "VN-25-2025",
                     "VN-26", "VN-DN-2025", "VN-29-2025"}
    lao_with_vn = {u["id"] for u in units.values() if u["country"] == "LA" and "VN" in u.get("borders", [])}
    assert len(lao_with_vn) == 10


def ambiguous_keys(data) -> set[str]:
    return {fold(n) for a in data["ambiguous"] for n in a["names"]}


def test_no_variant_maps_to_two_units(data, units, countries):
    """A folded name may name two units only if it is listed as ambiguous, or if the two units never
    exist at the same time (an old Vietnamese unit and the 2025 unit that took its name)."""
    allowed = ambiguous_keys(data)
    owners: dict[str, dict[str, dict]] = defaultdict(dict)
    for u in units.values():
        for n in all_names(u):
            owners[fold(n)][u["id"]] = u
    for c in countries.values():
        for n in all_names(c):
            owners[fold(n)]["country:" + c["code"]] = c
    clashes = []
    for key, by_id in owners.items():
        if len(by_id) < 2 or key in allowed:
            continue
        ids = sorted(by_id)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if a.startswith("country:") or b.startswith("country:") or overlap(by_id[a], by_id[b]):
                    clashes.append((key, a, b))
    assert not clashes, clashes[:20]


def test_same_name_pairs_are_predecessor_and_successor(units):
    """Where an old and a new unit share a name, the new one was formed from the old one."""
    by_key = defaultdict(set)
    for u in units.values():
        for n in all_names(u):
            by_key[fold(n)].add(u["id"])
    for key, ids in by_key.items():
        vn = sorted(i for i in ids if units[i]["country"] == "VN")
        if len(vn) == 2:
            old, new = sorted(vn, key=lambda i: i.endswith("-2025"))
            assert units[old].get("replaced_by") == new, (key, vn)


def test_ambiguous_entries(data, units):
    for a in data["ambiguous"]:
        assert a["names"]
        assert a["default"] in units
        assert a["with_province_word"] in units
        keys = {fold(n) for n in a["names"]}
        for target in {a["default"], a["with_province_word"]}:
            assert keys & {fold(n) for n in all_names(units[target])}, (a["names"], target)
    vientiane = next(a for a in data["ambiguous"] if "Vientiane" in a["names"])
    assert vientiane["default"] == "LA-VT" and vientiane["with_province_word"] == "LA-VI"


def test_districts(data, units, countries):
    districts = data["districts"]
    unit_keys = {fold(n) for u in units.values() for n in all_names(u)}
    seen: dict[str, str] = {}
    per_country = defaultdict(int)
    for d in districts:
        assert d["in"] in units, d["name"]
        assert d["country"] in countries, d["name"]
        assert units[d["in"]]["country"] == d["country"], d["name"]
        per_country[d["country"]] += 1
        for n in all_names(d):
            k = fold(n)
            # a district must never be read as a province
            assert k not in unit_keys, (d["name"], n)
            assert seen.setdefault(k, d["name"]) == d["name"], (n, seen[k], d["name"])
    assert per_country["LA"] >= 40
    assert per_country["VN"] >= 40


def test_seed_gold_codes_resolve(units, countries):
    """Every place code used by the seed gold files names a unit code or a country."""
    codes = {u["code"] for u in units.values()} | set(countries)
    pattern = re.compile(r"\b[A-Z]{2}(?:-[A-Z0-9]{1,3})?\b")
    missing = set()
    for gold in SEEDS.glob("*.gold.yaml"):
        doc = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
        values = []
        for p in doc.get("partnerships") or []:
            values += [p.get("a"), p.get("b")]
        for a in doc.get("agreements") or []:
            values += a.get("parties") or []
        for e in doc.get("events") or []:
            values += (e.get("parties") or []) + [e.get("place")]
        for o in doc.get("officials") or []:
            values.append(o.get("of"))
        for m in doc.get("amounts") or []:
            values += [m.get("by"), m.get("to")]
        for v in values:
            if isinstance(v, str) and pattern.fullmatch(v) and v not in codes:
                missing.add((gold.name, v))
    assert not missing, sorted(missing)
