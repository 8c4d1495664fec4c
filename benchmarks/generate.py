"""Synthetic data for the benchmarks: graphs shaped like coopgraph's build output, and article texts.

- ``generate_graph(n_triples, out_dir)``: per-article Turtle files (one named graph each, as ``coopgraph build``
  writes them), made by coopgraph's own mapping (``rdfmap.article_graph``) from synthetic facts: provinces from the
  reference data, persons with post holdings, partnerships, agreements with parties, bodies and periods, events,
  commitments, the article and its evidence sentences (``prov:wasDerivedFrom``). People, partnerships, agreements and
  events recur across articles, as they do in the news. About 1 % of agreements name two parties of one country (a
  SHACL violation) so that validation has something to find.
- ``generate_texts(n_articles, out_dir)``: article files in Vietnamese and English written from the templates below
  (in the style of data/seeds), with varying provinces, people, dates and amounts.

Deterministic for a given seed. ``python benchmarks/generate.py graph 100k OUT`` / ``texts 1000 OUT``.
"""
from __future__ import annotations

import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from coopgraph.facts import (Agreement, Article, ArticleFacts, Commitment, Event, Evidence, Official, PartialDate,
                             Partnership)
from coopgraph.gazetteer import load as load_gazetteer
from coopgraph.rdfmap import article_graph, to_turtle

# ------------------------------------------------------------------ places and people

PARTNER_COUNTRIES = ("LA", "LA", "LA", "KH", "CN", "TH")      # Laos first, as in the corpus

VI_FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Lương Tạ".split()
VI_MIDDLE = "Văn Thị Hữu Đức Minh Quang Thanh Ngọc Xuân Duy Doãn Tất Trọng Công Đình Khánh".split()
VI_GIVEN = "Anh Lâm Hải Thắng Đông Xuân Hùng Dũng Tuấn Hà Lan Hương Sơn Long Phong Trung Nam Bình Khoa Tú Hiếu".split()
LA_GIVEN = "Phutphan Anouphap Sonexay Khamphao Bounthong Chanthaly Souksavanh Vilay Thongsavanh Keo Phouvong Somsak".split()
LA_FAMILY = "Keovongxay Tounalom Siphandone Phommachanh Sisoulith Vongsay Chanthavong Inthavong Souvannavong".split()
OTHER_NAMES = ("Wang Wei", "Li Ming", "Zhang Hua", "Somchai Chaiyaporn", "Hun Many", "Sok Chenda", "Chea Sophal",
               "Liu Yang", "Prasert Wongsa", "Kim Soo", "Chen Jie")

VN_POSTS = ("party-secretary", "deputy-party-secretary", "people-committee-chair", "people-committee-vice-chair",
            "people-council-chair", "standing-committee-member")
FOREIGN_POSTS = ("party-secretary", "governor", "vice-governor", "deputy-party-secretary")
FIELDS = ("trade", "investment", "education-training", "health", "culture-society", "agriculture-forestry",
          "border", "crime-prevention", "tourism", "logistics-transport", "defense-security", "energy")
EVENT_KINDS = ("signing", "talks", "visit", "reception")


def _units():
    gaz = load_gazetteer()
    by_country: dict[str, list[str]] = {}
    for u in gaz.units.values():
        if u.is_country or u.is_district or u.valid_until:
            continue
        by_country.setdefault(u.country, []).append(u.id)
    for v in by_country.values():
        v.sort()
    return gaz, by_country


def _person(rng: random.Random, country: str) -> str:
    if country == "VN":
        return f"{rng.choice(VI_FAMILY)} {rng.choice(VI_MIDDLE)} {rng.choice(VI_GIVEN)}"
    if country == "LA":
        return f"{rng.choice(LA_GIVEN)} {rng.choice(LA_FAMILY)}"
    return rng.choice(OTHER_NAMES) + " " + rng.choice("ABCDEFGHKLMNPS")


class World:
    """The recurring cast: pairs of partner provinces, their officials, their agreements."""

    def __init__(self, seed: int):
        rng = random.Random(seed)
        self.gaz, units = _units()
        self.vn = units["VN"]
        self.pairs = []
        for i in range(120):
            country = PARTNER_COUNTRIES[i % len(PARTNER_COUNTRIES)]
            self.pairs.append((rng.choice(self.vn), rng.choice(units[country])))
        self.pairs = sorted(set(self.pairs))
        self.officials: dict[str, list[tuple[str, str]]] = {}
        for a, b in self.pairs:
            for unit in (a, b):
                if unit not in self.officials:
                    country = self.gaz.country_of(unit)
                    posts = VN_POSTS if country == "VN" else FOREIGN_POSTS
                    self.officials[unit] = [(_person(rng, country), p) for p in posts]


def article_facts(world: World, n: int, seed: int) -> ArticleFacts:
    """One synthetic article's facts (about 150–350 triples once mapped)."""
    rng = random.Random(seed * 1_000_003 + n)
    a, b = world.pairs[rng.randrange(len(world.pairs))]
    year = rng.choice((2019, 2021, 2022, 2023, 2024, 2025, 2025, 2026))
    when = PartialDate(year, rng.randint(1, 12), rng.randint(1, 28))
    aid = f"syn{n:06d}_{rng.getrandbits(32):08x}"
    sentences = [f"Câu {i} của bài {n} về hợp tác giữa {a} và {b}, ngày {when.day}/{when.month}/{year}."
                 for i in range(rng.randint(18, 36))]
    art = Article(id=aid, file_name=f"{aid}.txt", text="", sentences=sentences, url=f"https://news.example/{aid}",
                  title=f"Hợp tác {a} – {b} ({n})", published=when, language="vi", content_hash=f"{n:064x}")

    def ev() -> Evidence:
        i = rng.randrange(len(sentences))
        return Evidence(i, sentences[i])

    facts = ArticleFacts(article=art)
    officials = []
    for unit in (a, b):
        for name, post in rng.sample(world.officials[unit], rng.randint(2, 4)):
            officials.append(Official(name=name, post=post, unit=unit, evidence=ev(), home=unit))
    facts.officials = officials
    facts.partnerships.append(Partnership(a, b, rng.choice(("agreement", "agreement", "talks", "relation")), ev()))
    if rng.random() < 0.3:                      # a second pair mentioned in passing
        c, d = world.pairs[rng.randrange(len(world.pairs))]
        facts.partnerships.append(Partnership(c, d, "relation", ev()))
    parties = (a, b)
    if rng.random() < 0.01:                     # a deliberate violation: two parties in one country
        parties = (a, world.vn[(world.vn.index(a) + 1) % len(world.vn)])
    first = rng.choice((2021, 2023, 2025, 2026))
    signers = [o.name for o in officials if o.post == "party-secretary"][:2]
    if rng.random() < 0.7:
        facts.agreements.append(Agreement(
            parties=parties, kind=rng.choice(("cooperation-agreement", "cooperation-minutes")), evidence=ev(),
            period=(first, first + rng.choice((1, 3, 5))) if rng.random() < 0.85 else None,
            signed=when if rng.random() < 0.8 else None, place=rng.choice(parties), signatories=signers,
            fields=rng.sample(FIELDS, rng.randint(2, 6)),
            body=rng.choice((None, None, "party-committee", "people-committee")), more_evidence=[ev()]))
    for _ in range(rng.randint(1, 2)):
        kind = rng.choice(EVENT_KINDS)
        start = when if rng.random() < 0.8 else PartialDate(None, when.month, when.day)
        facts.events.append(Event(kind=kind, parties=(a, b), evidence=ev(), start=start,
                                  end=PartialDate(year, when.month, min(28, when.day + 1)) if rng.random() < 0.3 else None,
                                  place=rng.choice((a, b)), participants=[o.name for o in officials[:3]]))
    if rng.random() < 0.35:
        facts.commitments.append(Commitment(giver=a, receiver=b, value=rng.randint(1, 500) * 100_000_000,
                                            currency="VND", evidence=ev(), purpose=rng.choice(("", "xây trường học", "hỗ trợ thiên tai"))))
    return facts


_WORLD: World | None = None


def _one(args) -> tuple[str, str, int]:
    n, seed = args
    global _WORLD
    if _WORLD is None:
        _WORLD = World(seed)
    facts = article_facts(_WORLD, n, seed)
    g = article_graph(facts, _WORLD.gaz)
    return facts.article.id, to_turtle(g), len(g)


def generate_graph(n_triples: int, out_dir: Path, seed: int = 7, jobs: int = 2) -> tuple[int, int]:
    """Write per-article Turtle files until about ``n_triples`` article triples; (files, triples). Reuses a
    finished folder (marked by its ``.done`` file)."""
    out_dir = Path(out_dir)
    done = out_dir / ".done"
    if done.exists():
        files, triples = map(int, done.read_text().split())
        return files, triples
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in [*out_dir.glob("*.ttl"), *out_dir.glob(".*.ttl")]:
        old.unlink()
    total = files = 0
    n = 0
    batch = 64
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        while total < n_triples:
            est = max(1, min(batch * jobs, (n_triples - total) // 200 + 1))
            for aid, ttl, count in pool.map(_one, [(i, seed) for i in range(n, n + est)], chunksize=8):
                (out_dir / f"{aid}.ttl").write_text(ttl, encoding="utf-8")
                total += count
                files += 1
            n += est
    done.write_text(f"{files} {total}\n")
    return files, total


# ------------------------------------------------------------------ article texts

VI_TITLE = ("Hai tỉnh {A} – {B} ký kết Thỏa thuận hợp tác giai đoạn {P1}–{P2}",
            "{A} và {B} thống nhất hợp tác trên nhiều lĩnh vực",
            "Hội đàm giữa đoàn đại biểu cấp cao tỉnh {A} và tỉnh {B}",
            "Tỉnh {A} hỗ trợ tỉnh {B} {AMOUNT_VI}")
VI_BODY = (
    "Ngày {D}/{M}, tại {VENUE}, Đoàn đại biểu cấp cao tỉnh {A} do đồng chí {PA1}, Bí thư Tỉnh ủy làm Trưởng đoàn "
    "đã hội đàm với lãnh đạo tỉnh {B}.",
    "Cùng dự có đồng chí {PA2}, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh {A}; đồng chí {PB1}, Bí thư Tỉnh ủy, "
    "Tỉnh trưởng tỉnh {B}.",
    "Hai bên đã ký kết Thỏa thuận hợp tác giai đoạn {P1}–{P2} giữa tỉnh {A} và tỉnh {B}, tập trung vào các lĩnh vực "
    "{FIELDS_VI}.",
    "Thay mặt lãnh đạo tỉnh, đồng chí {PA1} trao tặng tỉnh {B} {AMOUNT_VI} để {PURPOSE_VI}.",
    "Hai tỉnh thống nhất tăng cường trao đổi đoàn các cấp, giữ vững an ninh biên giới và phòng chống tội phạm ma túy.",
    "Trong năm {Y}, kim ngạch thương mại giữa hai địa phương đạt khoảng {TRADE} triệu USD.",
    "Chiều {D2}/{M}, Chủ tịch UBND tỉnh {A} {PA2} đã tiếp đoàn công tác của tỉnh {B} do Phó Tỉnh trưởng {PB2} dẫn đầu.",
    "Hai bên nhất trí phối hợp tổ chức kỷ niệm các ngày lễ lớn và tăng cường giao lưu văn hóa, thể thao.",
    "Tỉnh {A} sẽ tiếp tục cấp {SCHOLAR} suất học bổng cho sinh viên tỉnh {B} trong năm học {Y}–{Y1}.",
)
EN_TITLE = ("{A_EN} and {B_EN} sign cooperation agreement for {P1}-{P2}",
            "{A_EN} leaders hold talks with {B_EN} delegation")
EN_BODY = (
    "On {MONTH_EN} {D}, {Y}, a high-ranking delegation of {A_EN} province led by Party Secretary {PA1} held talks "
    "with leaders of {B_EN} province in {VENUE_EN}.",
    "The two sides signed a cooperation agreement for the {P1}-{P2} period covering {FIELDS_EN}.",
    "Governor of {B_EN} {PB1} thanked {A_EN} for its support of {AMOUNT_EN} for {PURPOSE_EN}.",
    "Chairman of the {A_EN} People's Committee {PA2} said the province would keep up border security cooperation.",
    "Two-way trade between the localities reached about {TRADE} million USD in {Y}.",
    "Both sides agreed to step up exchanges of delegations and people-to-people ties.",
)
FIELDS_VI = ("thương mại", "đầu tư", "giáo dục", "y tế", "nông nghiệp", "du lịch", "văn hóa", "quốc phòng - an ninh",
             "giao thông vận tải", "năng lượng")
FIELDS_EN = ("trade", "investment", "education", "health care", "agriculture", "tourism", "culture", "defence",
             "transport", "energy")
PURPOSES_VI = ("xây dựng trường học", "khắc phục hậu quả thiên tai", "xây dựng trụ sở", "hỗ trợ đào tạo")
PURPOSES_EN = ("building a school", "flood relief", "a new hospital wing", "training")
MONTHS_EN = "January February March April May June July August September October November December".split()


def article_text(world: World, n: int, seed: int) -> tuple[str, str]:
    """(file name, text) of one synthetic article."""
    rng = random.Random(seed * 7919 + n)
    a, b = world.pairs[rng.randrange(len(world.pairs))]
    ua, ub = world.gaz.units[a], world.gaz.units[b]
    oa, ob = world.officials[a], world.officials[b]
    y = rng.choice((2022, 2023, 2024, 2025))
    m, d = rng.randint(1, 12), rng.randint(1, 27)
    p1 = rng.choice((2021, 2023, 2025, 2026))
    amount = rng.randint(1, 50)
    f3 = rng.sample(range(len(FIELDS_VI)), 3)
    v = {"A": ua.label("vi"), "B": ub.label("vi"), "A_EN": ua.label("en"), "B_EN": ub.label("en"),
         "PA1": oa[0][0], "PA2": oa[2][0], "PB1": ob[0][0], "PB2": ob[2][0], "D": d, "D2": d + 1, "M": m, "Y": y,
         "Y1": y + 1, "P1": p1, "P2": p1 + rng.choice((1, 3, 5)), "MONTH_EN": MONTHS_EN[m - 1],
         "VENUE": f"trụ sở Tỉnh ủy {ua.label('vi')}", "VENUE_EN": ua.label("en"),
         "AMOUNT_VI": f"{amount} tỷ đồng", "AMOUNT_EN": f"{amount} billion VND",
         "PURPOSE_VI": rng.choice(PURPOSES_VI), "PURPOSE_EN": rng.choice(PURPOSES_EN),
         "FIELDS_VI": ", ".join(FIELDS_VI[i] for i in f3), "FIELDS_EN": ", ".join(FIELDS_EN[i] for i in f3),
         "TRADE": rng.randint(5, 400), "SCHOLAR": rng.randint(10, 120)}
    english = rng.random() < 0.25
    title = rng.choice(EN_TITLE if english else VI_TITLE).format(**v)
    body = EN_BODY if english else VI_BODY
    paras = [s.format(**v) for s in rng.sample(body, rng.randint(4, len(body)))]
    filler = ("Both sides highly appreciated the results of cooperation in recent years." if english else
              "Hai bên đánh giá cao kết quả hợp tác trong thời gian qua.")
    paras += [filler] * rng.randint(1, 4)
    head = f"date: {y}-{m:02d}-{min(28, d + 1):02d}\nlanguage: {'en' if english else 'vi'}\n\n"
    return f"syn{n:06d}.txt", head + title + "\n\n" + "\n\n".join(paras) + "\n"


def generate_texts(n_articles: int, out_dir: Path, seed: int = 11) -> int:
    out_dir = Path(out_dir)
    done = out_dir / ".done"
    if done.exists() and done.read_text().strip() == str(n_articles):
        return n_articles
    out_dir.mkdir(parents=True, exist_ok=True)
    world = World(seed)
    for n in range(n_articles):
        name, text = article_text(world, n, seed)
        (out_dir / name).write_text(text, encoding="utf-8")
    done.write_text(f"{n_articles}\n")
    return n_articles


def parse_size(s: str) -> int:
    s = s.strip().lower().replace("_", "")
    mult = {"k": 1_000, "m": 1_000_000}.get(s[-1], 1)
    return int(float(s[:-1] if s[-1] in "km" else s) * mult)


def main(argv: list[str] | None = None) -> None:
    """``generate.py graph SIZE OUT`` (per-article Turtle, SIZE article triples) or ``generate.py texts N OUT``."""
    import argparse

    ap = argparse.ArgumentParser(description="Synthetic data for benchmarks/run.py (cached: a finished folder is "
                                             "reused).")
    ap.add_argument("what", choices=["graph", "texts"], help="graph: per-article Turtle files; texts: article texts")
    ap.add_argument("size", help="article triples (graph) or articles (texts): 10k, 100k, 1m, ...")
    ap.add_argument("out", type=Path, help="the folder to write into")
    opts = ap.parse_args(argv)
    try:
        n = parse_size(opts.size)
    except (ValueError, IndexError):
        ap.error(f"not a size: {opts.size!r} (e.g. 10k, 100k, 1m)")
    print(generate_graph(n, opts.out) if opts.what == "graph" else generate_texts(n, opts.out))


if __name__ == "__main__":
    main()
