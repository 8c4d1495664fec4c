"""A picture of the partnership network, laid out here and written as SVG (no Graphviz needed), and a page for it.

Vietnamese units stand in one column in the middle; their partners abroad stand beside it, grouped by country (a box
per country, with its name), on the right, and also on the left when they outnumber the Vietnamese units, so that
the picture grows about half as tall as the list of units. Each partnership is one straight line between the two
columns it joins, styled by its strongest status (agreement: solid and bold, talks: dashed, relation: dotted).
Lines run only in the gaps between the columns, so none crosses a name; every box is as wide as its name (the
text is fitted to it with ``textLength``), and the rows of a column never overlap. The order within each column is
chosen to cross few lines (barycentre sweeps, ties by code), the same every run.

``network`` reads the partnerships with their sources (article, headline, date); filters keep the partners in some
countries (``countries``), the partnerships of some units (``places``) and what the articles since a date say
(``since``). ``html_page`` wraps the SVG in a page that works offline, without scripts: a viewport for phones,
each line's sources (date, headline, file) shown on hover (the line's tooltip) and on click (a panel), and a list
of the partnerships by country below. ``to_dot`` writes the same network as Graphviz DOT for other tools.
"""
from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable

from . import labels
from .rdfmap import PREFIXES

VN = str(PREFIXES["place"]) + "VN"
STATUS_ORDER = ["agreement", "talks", "relation"]
LINE_STYLE = {      # stroke, width, dash pattern
    "agreement": ("#1f5fa8", 2.6, ""),
    "talks": ("#c0392b", 1.6, "7,4"),
    "relation": ("#666666", 1.6, "2,3"),
}
TEXT = {
    "vi": {"vn": "Việt Nam", "title": "Quan hệ hợp tác giữa các địa phương",
           "agreement": "đã ký văn kiện hợp tác", "talks": "hội đàm, làm việc", "relation": "quan hệ hợp tác",
           "sources": "Nguồn", "units": "địa phương", "edges": "quan hệ", "list": "Danh sách các quan hệ",
           "countries": "đối tác ở", "places": "của", "since": "theo các bài báo từ", "close": "Đóng",
           "hint": "Di chuột lên một đường để xem nguồn; bấm vào để mở danh sách nguồn.",
           "no date": "không rõ ngày", "none": "Không có quan hệ nào khớp với bộ lọc."},
    "en": {"vn": "Viet Nam", "title": "Partnerships between subnational units",
           "agreement": "agreement signed", "talks": "talks, working visits", "relation": "cooperation relation",
           "sources": "Sources", "units": "units", "edges": "partnerships", "list": "All partnerships",
           "countries": "partners in", "places": "of", "since": "as the articles since", "close": "Close",
           "hint": "Hover over a line to see its sources; click it to open the list of sources.",
           "no date": "date not stated", "none": "No partnership matches the filters."},
}

FONT = 13               # px, names
SMALL = 11              # px, codes and country headings' counts
ROW = 26                # px between the tops of two boxes in a column
BOX_H = 20
GROUP_HEAD = 26         # a country's heading row
GROUP_GAP = 14
GAP = 190               # px between two columns: where the lines run
MARGIN = 16
PAD = 8                 # inside a box, on each side of its text


@dataclass(frozen=True)
class Source:
    """An article that states a partnership."""

    file: str
    title: str = ""
    date: str = ""


@dataclass
class Unit:
    iri: str
    code: str
    label: str
    country: str            # the country's IRI (a country stands for itself)
    vietnamese: bool


@dataclass
class Edge:
    vn: str                 # the Vietnamese unit's IRI
    foreign: str            # the partner's IRI
    statuses: set[str] = field(default_factory=set)
    sources: set[Source] = field(default_factory=set)

    @property
    def status(self) -> str:
        return min(self.statuses, key=lambda s: (STATUS_ORDER.index(s) if s in STATUS_ORDER else 9, s))

    @property
    def id(self) -> str:
        return "e-" + self.vn.rsplit("/", 1)[-1] + "--" + self.foreign.rsplit("/", 1)[-1]


@dataclass
class Network:
    units: dict[str, Unit]
    edges: list[Edge]
    countries: dict[str, str]           # country IRI -> its name
    left_out: int = 0                   # partnerships not between a Vietnamese unit and one abroad (not drawn)


# ------------------------------------------------------------------ reading the graph

_Q_PARTNERSHIPS = """PREFIX cg: <https://w3id.org/coopgraph/ontology#>
SELECT DISTINCT ?a ?b ?st ?art WHERE {
  ?p a cg:Partnership ; cg:partner ?a, ?b . FILTER(STR(?a) < STR(?b))
  GRAPH ?g { ?p cg:status ?st . OPTIONAL { ?art a cg:Article } }
}"""


def _rows(store, query: str) -> list[dict]:
    res = store.query(query, use_default_graph_as_union=True)
    names = [v.value for v in res.variables]
    return [{n: sol[n].value for n in names if sol[n] is not None} for sol in res]


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in sorted(set(iris)))


def _articles(store, arts: set[str]) -> dict[str, Source]:
    """File, headline (else the first sentence the graph keeps, shortened) and date of each article."""
    if not arts:
        return {}
    rows = _rows(store, f"""PREFIX cg: <https://w3id.org/coopgraph/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?art ?file ?title ?date WHERE {{ VALUES ?art {{ {_values(arts)} }} ?art cg:fileName ?file .
          OPTIONAL {{ ?art schema:headline ?title }} OPTIONAL {{ ?art schema:datePublished ?date }} }}""")
    info: dict[str, dict] = {}
    for r in rows:
        d = info.setdefault(r["art"], {"file": r["file"], "title": "", "date": ""})
        if r.get("title") and (not d["title"] or r["title"] < d["title"]):
            d["title"] = r["title"]
        d["date"] = max(d["date"], r.get("date", ""))
    untitled = [a for a, d in info.items() if not d["title"]]
    if untitled:
        first: dict[str, tuple[int, str]] = {}
        for r in _rows(store, f"""PREFIX cg: <https://w3id.org/coopgraph/ontology#>
                SELECT ?art ?i ?text WHERE {{ VALUES ?art {{ {_values(untitled)} }}
                  ?s cg:inArticle ?art ; cg:index ?i ; cg:text ?text }}"""):
            key = (int(r["i"]), r["text"])
            if r["art"] not in first or key < first[r["art"]]:
                first[r["art"]] = key
        for a, (_, text) in first.items():
            info[a]["title"] = text if len(text) <= 100 else text[:99].rsplit(" ", 1)[0] + " …"
    return {a: Source(d["file"], d["title"], d["date"]) for a, d in info.items()}


def _unit_facts(store, iris: set[str]) -> dict[str, dict]:
    rows = _rows(store, f"""PREFIX cg: <https://w3id.org/coopgraph/ontology#>
        SELECT ?u ?code ?country WHERE {{ VALUES ?u {{ {_values(iris)} }}
          OPTIONAL {{ ?u cg:code ?code }} OPTIONAL {{ ?u cg:inCountry ?country }}
          OPTIONAL {{ ?u cg:withinUnit/cg:inCountry ?country }} }}""")
    out: dict[str, dict] = {}
    for r in rows:
        d = out.setdefault(r["u"], {"code": "", "country": ""})
        d["code"] = d["code"] or r.get("code", "")
        d["country"] = d["country"] or r.get("country", "")
    return out


def network(store, lang: str = "vi", countries: Iterable[str] = (), places: Iterable[str] = (),
            since: str | None = None) -> Network:
    """The partnerships between a Vietnamese unit and one abroad, with their statuses and sources.

    ``countries``: IRIs of countries whose units to keep as partners; ``places``: IRIs of units (or countries) whose
    partnerships to keep; ``since``: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': only what articles published since then say
    (an article without a date is left out then)."""
    rows = _rows(store, _Q_PARTNERSHIPS)
    sources = _articles(store, {r["art"] for r in rows if "art" in r})
    facts = _unit_facts(store, {r[v] for r in rows for v in ("a", "b")})

    def country(iri: str) -> str:
        return facts.get(iri, {}).get("country") or iri

    wanted_countries, wanted_places = set(countries), set(places)
    edges: dict[tuple[str, str], Edge] = {}
    left_out: set[tuple[str, str]] = set()
    for r in rows:
        a, b = r["a"], r["b"]
        if (country(a) == VN) == (country(b) == VN):
            left_out.add((a, b))
            continue
        vn, foreign = (a, b) if country(a) == VN else (b, a)
        if wanted_countries and country(foreign) not in wanted_countries:
            continue
        # a unit keeps its own partnerships; a country as a place keeps its units' (Viet Nam: all of them)
        if wanted_places and not wanted_places & {vn, foreign, VN, country(foreign)}:
            continue
        src = sources.get(r.get("art", ""))
        if since and not (src and src.date and src.date[:len(since)] >= since):
            continue
        e = edges.setdefault((vn, foreign), Edge(vn, foreign))
        e.statuses.add(r["st"].rsplit("/", 1)[-1])
        if src:
            e.sources.add(src)
    iris = {i for e in edges.values() for i in (e.vn, e.foreign)}
    names = labels.names(store, iris | {country(i) for i in iris}, lang)
    units = {}
    for i in iris:
        code = facts.get(i, {}).get("code") or i.rsplit("/", 1)[-1]
        units[i] = Unit(i, code, names.get(i, code), country(i), country(i) == VN)
    ctry = {country(i): names.get(country(i), country(i).rsplit("/", 1)[-1]) for i in iris if country(i) != VN}
    return Network(units, sorted(edges.values(), key=lambda e: (e.vn, e.foreign)), ctry, len(left_out))


# ------------------------------------------------------------------ layout

# Advance widths of DejaVu Sans (the picture's first font), in ems; a letter with marks is as wide as its base letter.
# The text is fitted to the computed width with textLength, so a fallback font only looks a little narrower or
# wider: it never overflows its box.
_EM = {**dict(zip("abcdefghijklmnopqrstuvwxyz",
                  (.613, .635, .55, .635, .615, .352, .635, .634, .278, .278, .579, .278, .974, .634, .612, .635,
                   .635, .411, .521, .392, .634, .592, .818, .592, .592, .525))),
       **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  (.684, .686, .698, .77, .632, .575, .775, .752, .295, .295, .656, .557, .863, .748, .787, .603,
                   .787, .695, .635, .611, .732, .684, .989, .685, .611, .685))),
       " ": .318, "-": .361, ".": .318, ",": .318, "(": .39, ")": .39, "'": .275, "/": .337, ":": .337, "–": .5,
       "—": 1.0, "·": .318, "…": 1.0}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` at ``size`` px, as this module lays it out."""
    w = 0.0
    for c in text:
        base = unicodedata.normalize("NFD", c)[0].replace("đ", "d").replace("Đ", "D")
        w += _EM.get(base, .636 if base.isdigit() else .7)
    return w * size * (1.1 if bold else 1.0)


@dataclass
class Box:
    """A unit's place in the picture."""

    unit: Unit
    x: float
    y: float
    w: float
    side: str               # "vn", "left" or "right"


@dataclass
class Group:
    country: str
    name: str
    side: str
    members: list[str]
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0


def _label_width(u: Unit) -> float:
    return text_width(u.label, FONT) + 6 + text_width(u.code, SMALL) + 2 * PAD


def _sides(net: Network, groups: dict[str, list[str]]) -> dict[str, str]:
    """Which side each country stands on: all on the right, unless the partners outnumber the Vietnamese units;
    then the countries are shared out so that both sides are about as tall (largest first, ties by name)."""
    n_vn = sum(1 for u in net.units.values() if u.vietnamese)
    rows = {c: len(m) + 2 for c, m in groups.items()}
    if sum(rows.values()) <= max(n_vn, 8) or len(groups) < 2:
        return {c: "right" for c in groups}
    side, height = {}, {"right": 0, "left": 0}
    for c in sorted(groups, key=lambda c: (-rows[c], net.countries.get(c, c))):
        s = "right" if height["right"] <= height["left"] else "left"
        side[c] = s
        height[s] += rows[c]
    return side


def layout(net: Network) -> tuple[dict[str, Box], list[Group], float, float]:
    """Boxes for the units, boxes for the countries' groups, and the width and height of the drawing area."""
    by_country: dict[str, list[str]] = {}
    for u in net.units.values():
        if not u.vietnamese:
            by_country.setdefault(u.country, []).append(u.iri)
    side_of = _sides(net, by_country)
    vn = sorted((u.iri for u in net.units.values() if u.vietnamese), key=lambda i: net.units[i].code)
    for m in by_country.values():
        m.sort(key=lambda i: net.units[i].code)
    neighbours: dict[str, list[str]] = {i: [] for i in net.units}
    for e in net.edges:
        neighbours[e.vn].append(e.foreign)
        neighbours[e.foreign].append(e.vn)

    def order_side(side: str, pos: dict[str, float]) -> list[str]:
        """The countries of one side, and their members, ordered by the mean position of their partners."""
        def bary(i: str) -> float:
            ys = [pos[j] for j in neighbours[i] if j in pos]
            return sum(ys) / len(ys) if ys else 0.0
        cs = [c for c in by_country if side_of[c] == side]
        for c in cs:
            by_country[c].sort(key=lambda i: (bary(i), net.units[i].code))
        cs.sort(key=lambda c: (sum(map(bary, by_country[c])) / len(by_country[c]), net.countries.get(c, c)))
        return cs

    def rows_of(cs: list[str]) -> dict[str, float]:
        out, y = {}, 0.0
        for c in cs:
            y += 1.2
            for i in by_country[c]:
                out[i] = y
                y += 1
            y += 0.6
        return out

    order = {"left": [], "right": []}
    pos = {i: float(k) for k, i in enumerate(vn)}
    for _ in range(4):                 # a few sweeps are enough; a fixed number keeps the result the same every run
        for s in ("right", "left"):
            order[s] = order_side(s, pos)
        fpos = {**rows_of(order["right"]), **rows_of(order["left"])}
        scale = max(len(vn), 1) / max(max(fpos.values(), default=1.0), 1.0)

        def bary_vn(i: str) -> float:
            ys = [fpos[j] * scale for j in neighbours[i] if j in fpos]
            return sum(ys) / len(ys) if ys else pos[i]
        vn.sort(key=lambda i: (bary_vn(i), net.units[i].code))
        pos = {i: float(k) for k, i in enumerate(vn)}

    col_w = {"vn": max((_label_width(net.units[i]) for i in vn), default=0.0)}
    for s in ("left", "right"):
        ws = [_label_width(net.units[i]) for c in order[s] for i in by_country[c]]
        heads = [text_width(net.countries.get(c, c), FONT, bold=True) + text_width(f" ({len(by_country[c])})", SMALL) + 2 * PAD
                 for c in order[s]]
        col_w[s] = max(ws + heads, default=0.0)
    x_left = MARGIN
    x_vn = x_left + (col_w["left"] + 12 + GAP if order["left"] else 0)
    x_right = x_vn + col_w["vn"] + GAP + 12
    boxes: dict[str, Box] = {}
    for k, i in enumerate(vn):
        boxes[i] = Box(net.units[i], x_vn, k * ROW, col_w["vn"], "vn")
    groups: list[Group] = []
    heights = [len(vn) * ROW]
    for s, x in (("left", x_left + 6), ("right", x_right)):
        y = 0.0
        for c in order[s]:
            g = Group(c, net.countries.get(c, c), s, by_country[c], x - 6, y, col_w[s] + 12, 0.0)
            y += GROUP_HEAD
            for i in by_country[c]:
                boxes[i] = Box(net.units[i], x, y, col_w[s], s)
                y += ROW
            g.h = y - g.y + 2
            groups.append(g)
            y += GROUP_GAP
        heights.append(y)
    width = (x_right + col_w["right"] + 6 if order["right"] else x_vn + col_w["vn"]) + MARGIN
    # the Vietnamese column is centred on the height of the tallest column
    offset = max(0.0, (max(heights) - len(vn) * ROW) / 2)
    for i in vn:
        boxes[i].y += offset
    return boxes, groups, width, max(heights)


# ------------------------------------------------------------------ SVG

def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _status_list(e: Edge, lang: str) -> str:
    t = TEXT[lang]
    return ", ".join(t.get(s, s) for s in sorted(e.statuses, key=lambda s: (STATUS_ORDER.index(s)
                                                                           if s in STATUS_ORDER else 9, s)))


def sources_sorted(e: Edge) -> list[Source]:
    """Newest first, then by file: the same order every run."""
    return sorted(e.sources, key=lambda s: (s.date == "", _neg(s.date), s.file))


def _neg(date: str) -> tuple:
    return tuple(-ord(c) for c in date)


def edge_tooltip(e: Edge, net: Network, lang: str, limit: int = 8) -> str:
    """The line's hover text: the pair, the statuses, and its sources (date, title, file)."""
    t = TEXT[lang]
    a, b = net.units[e.vn], net.units[e.foreign]
    lines = [f"{a.label} – {b.label}: {_status_list(e, lang)}", f"{t['sources']} ({len(e.sources)}):"]
    for s in sources_sorted(e)[:limit]:
        lines.append(f"{s.date or t['no date']} — {s.title} ({s.file})" if s.title else
                     f"{s.date or t['no date']} — {s.file}")
    if len(e.sources) > limit:
        lines.append("…")
    return "\n".join(lines)


def _text(x: float, y: float, s: str, size: int, cls: str, anchor: str = "start", weight: str = "") -> str:
    """A text element fitted to the width this module computed for it."""
    w = text_width(s, size, bold=bool(weight))
    fw = f' font-weight="{weight}"' if weight else ""
    return (f'<text class="{cls}" x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{fw} '
            f'textLength="{w:.1f}" lengthAdjust="spacingAndGlyphs">{_e(s)}</text>')


def filters_text(lang: str, countries: list[str] = (), places: list[str] = (), since: str | None = None) -> str:
    """The filters in words, for the picture's heading ('' without filters)."""
    t = TEXT[lang]
    parts = []
    if countries:
        parts.append(f"{t['countries']} {', '.join(countries)}")
    if places:
        parts.append(f"{t['places']} {', '.join(places)}")
    if since:
        parts.append(f"{t['since']} {since}")
    return "; ".join(parts)


def to_svg(net: Network, lang: str = "vi", filters: str = "") -> str:
    """The picture as a standalone SVG document (no external fonts, styles or scripts)."""
    t = TEXT[lang]
    boxes, groups, width, height = layout(net)
    head: list[str] = []
    y = MARGIN + 18
    head.append(_text(MARGIN, y, t["title"], 18, "title", weight="bold"))
    y += 22
    counts = f"{len(net.units)} {t['units']}, {len(net.edges)} {t['edges']}" + (f" — {filters}" if filters else "")
    head.append(_text(MARGIN, y, counts, SMALL + 1, "counts"))
    y += 20
    x = MARGIN
    for st in STATUS_ORDER:
        color, sw, dash = LINE_STYLE[st]
        n = sum(1 for e in net.edges if e.status == st)
        head.append(f'<line class="legend-line" x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x + 40:.1f}" y2="{y - 4:.1f}" '
                    f'stroke="{color}" stroke-width="{sw}"' + (f' stroke-dasharray="{dash}"' if dash else "") + "/>")
        label = f"{t[st]} ({n})"
        head.append(_text(x + 48, y, label, SMALL + 1, "legend"))
        x += 48 + text_width(label, SMALL + 1) + 24
    width = max(width, x + MARGIN)
    top = y + 24
    body: list[str] = []
    if not net.edges:
        body.append(_text(MARGIN, top + 16, t["none"], FONT, "empty"))
        height = 24
    for g in groups:
        body.append(f'<g class="country" id="c-{_e(g.country.rsplit("/", 1)[-1])}">'
                    f'<rect x="{g.x:.1f}" y="{top + g.y:.1f}" width="{g.w:.1f}" height="{g.h:.1f}" rx="6" '
                    f'fill="#eef4fb" stroke="#2e86c1"/>'
                    + _text(g.x + 6 + PAD, top + g.y + 18, g.name, FONT, "country-name", weight="bold")
                    + _text(g.x + 6 + PAD + text_width(g.name, FONT, bold=True) + 4, top + g.y + 18, f"({len(g.members)})",
                            SMALL, "country-count") + "</g>")
    for e in net.edges:
        a, b = boxes[e.vn], boxes[e.foreign]
        x1 = a.x + a.w if b.side == "right" else a.x
        x2 = b.x if b.side == "right" else b.x + b.w
        y1, y2 = top + a.y + BOX_H / 2, top + b.y + BOX_H / 2
        color, sw, dash = LINE_STYLE.get(e.status, LINE_STYLE["relation"])
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(f'<g class="edge {e.status}" id="{e.id}"><title>{_e(edge_tooltip(e, net, lang))}</title>'
                    f'<a href="#src-{e.id}">'
                    f'<line class="hit" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="transparent" '
                    f'stroke-width="10"/>'
                    f'<line class="edge-line" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                    f'stroke="{color}" stroke-width="{sw}"{dash_attr}/></a></g>')
    for i in sorted(boxes, key=lambda i: (boxes[i].side, boxes[i].y)):
        b = boxes[i]
        u = b.unit
        fill, border = ("#fff3e6", "#e67e22") if u.vietnamese else ("#ffffff", "#2e86c1")
        body.append(f'<g class="unit" id="u-{_e(i.rsplit("/", 1)[-1])}"><title>{_e(u.label)} ({_e(u.code)})</title>'
                    f'<rect class="unit-box" x="{b.x:.1f}" y="{top + b.y:.1f}" width="{b.w:.1f}" height="{BOX_H}" '
                    f'rx="4" fill="{fill}" stroke="{border}"/>'
                    + _text(b.x + PAD, top + b.y + 14.5, u.label, FONT, "unit-name")
                    + _text(b.x + PAD + text_width(u.label, FONT) + 6, top + b.y + 14.5, u.code, SMALL, "unit-code")
                    + "</g>")
    total_h = top + height + MARGIN
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" class="netmap" width="{width:.0f}" height="{total_h:.0f}" '
            f'viewBox="0 0 {width:.0f} {total_h:.0f}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" '
            f'lang="{lang}">\n'
            f'<title>{_e(t["title"])}</title>\n'
            f'<style>.unit-code, .country-count {{ fill: #666; }} .edge:hover .edge-line {{ stroke-width: 4; }} '
            f'.edge a {{ cursor: pointer; }}</style>\n'
            f'<rect width="100%" height="100%" fill="white"/>\n'
            + "\n".join(head) + "\n" + "\n".join(body) + "\n</svg>\n")


# ------------------------------------------------------------------ the page

def html_page(svg: str, net: Network, lang: str = "vi", filters: str = "") -> str:
    """A standalone page: the SVG inline, a legend, a panel of sources per line (opened by a click, through the
    URL's fragment: no script), and the partnerships listed by country for small screens."""
    t = TEXT[lang]
    body = svg.split("?>", 1)[1].lstrip() if svg.startswith("<?xml") else svg
    panels, listing = [], []
    by_country: dict[str, list[Edge]] = {}
    for e in net.edges:
        by_country.setdefault(net.units[e.foreign].country, []).append(e)
    for c in sorted(by_country, key=lambda c: net.countries.get(c, c)):
        items = []
        for e in sorted(by_country[c], key=lambda e: (net.units[e.vn].label, net.units[e.foreign].label)):
            a, b = net.units[e.vn], net.units[e.foreign]
            items.append(f'<li><a href="#src-{e.id}">{_e(a.label)} – {_e(b.label)}</a> '
                         f'<span class="st {e.status}">{_e(_status_list(e, lang))}</span> '
                         f'<span class="n">({len(e.sources)})</span></li>')
        listing.append(f"<h3>{_e(net.countries.get(c, c))} ({len(by_country[c])})</h3>\n<ul>\n" + "\n".join(items)
                       + "\n</ul>")
    for e in net.edges:
        a, b = net.units[e.vn], net.units[e.foreign]
        rows = []
        for s in sources_sorted(e):
            title = f'<span class="title">{_e(s.title)}</span> ' if s.title else ""
            rows.append(f'<li><time>{_e(s.date or t["no date"])}</time> {title}<span class="file">{_e(s.file)}</span>'
                        "</li>")
        panels.append(f'<section class="src" id="src-{e.id}"><a class="close" href="#" '
                      f'aria-label="{_e(t["close"])}">×</a>'
                      f"<h2>{_e(a.label)} ({_e(a.code)}) – {_e(b.label)} ({_e(b.code)})</h2>"
                      f'<p class="st {e.status}">{_e(_status_list(e, lang))}</p>'
                      f"<h3>{_e(t['sources'])} ({len(e.sources)})</h3><ol>" + "".join(rows) + "</ol></section>")
    counts = f"{len(net.units)} {t['units']}, {len(net.edges)} {t['edges']}" + (f" — {_e(filters)}" if filters else "")
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(t['title'])}</title>
<style>
body {{ font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 1em; color: #222; line-height: 1.4; }}
h1 {{ font-size: 1.4em; margin: .2em 0; }}
.hint {{ color: #555; font-size: .9em; }}
.graph {{ overflow: auto; border: 1px solid #ddd; -webkit-overflow-scrolling: touch; }}
.graph svg {{ display: block; max-width: none; height: auto; }}
.src {{ display: none; }}
.src:target {{ display: block; position: fixed; left: 0; right: 0; bottom: 0; max-height: 50vh; overflow: auto;
  background: #fff; border-top: 3px solid #1f5fa8; box-shadow: 0 -2px 12px rgba(0,0,0,.25); padding: .6em 1em; }}
.src h2 {{ font-size: 1.1em; margin: .2em 2em .2em 0; }}
.src h3 {{ font-size: 1em; margin: .4em 0 .2em; }}
.src ol {{ margin: 0; padding-left: 1.4em; }}
.src time {{ font-variant-numeric: tabular-nums; color: #333; margin-right: .4em; }}
.src .file, .list .n {{ color: #777; font-size: .85em; }}
.close {{ position: absolute; right: .8em; top: .3em; font-size: 1.6em; text-decoration: none; color: #444; }}
.st.agreement {{ color: #1f5fa8; }} .st.talks {{ color: #c0392b; }} .st.relation {{ color: #666; }}
.list ul {{ padding-left: 1.2em; margin: .2em 0 .8em; }}
.list h3 {{ font-size: 1em; margin: .6em 0 .1em; }}
@media (max-width: 600px) {{ body {{ margin: .5em; }} h1 {{ font-size: 1.15em; }} }}
</style>
</head>
<body>
<h1>{_e(t['title'])}</h1>
<p class="counts">{counts}</p>
<p class="hint">{_e(t['hint'])}</p>
<div class="graph">
{body}</div>
<div class="list">
<h2>{_e(t['list'])}</h2>
{chr(10).join(listing) or _e(t['none'])}
</div>
{chr(10).join(panels)}
</body>
</html>
"""


# ------------------------------------------------------------------ DOT, for Graphviz users

def _q(s: str) -> str:
    """A DOT double-quoted string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(net: Network, lang: str = "vi") -> str:
    """The same network as Graphviz DOT: Viet Nam and each partner country a cluster, one edge per partnership."""
    t = TEXT[lang]
    lines = ["graph partners {",
             f"  graph [rankdir=LR, ranksep=2, nodesep=0.2, splines=line, fontname=\"DejaVu Sans\", label={_q(t['title'])}];",
             '  node [shape=box, style="rounded,filled", fillcolor=white, fontname="DejaVu Sans", fontsize=12];']
    clusters: dict[str, list[Unit]] = {}
    for u in net.units.values():
        clusters.setdefault(u.country, []).append(u)
    for c in sorted(clusters, key=lambda c: (c != VN, c)):
        name = t["vn"] if c == VN else net.countries.get(c, c)
        lines.append(f"  subgraph {_q('cluster_' + c.rsplit('/', 1)[-1])} {{ label={_q(name)};")
        for u in sorted(clusters[c], key=lambda u: u.code):
            lines.append(f"    {_q(u.iri.rsplit('/', 1)[-1])} [label={_q(u.label + chr(10) + u.code)}];")
        lines.append("  }")
    for e in net.edges:
        color, sw, dash = LINE_STYLE.get(e.status, LINE_STYLE["relation"])
        style = "solid" if not dash else "dashed" if e.status == "talks" else "dotted"
        lines.append(f"  {_q(e.vn.rsplit('/', 1)[-1])} -- {_q(e.foreign.rsplit('/', 1)[-1])} "
                     f"[style={style}, penwidth={sw}, color={_q(color)}, tooltip={_q(edge_tooltip(e, net, lang))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"
