"""A picture of the partnership network: DOT text written here, rendered by Graphviz ``dot``.

Vietnamese units and foreign units are two clusters; each partnership is one edge, styled by its strongest
status (agreement: solid and bold, talks: dashed, relation: dotted). ``html_page`` wraps the SVG in a standalone
page with a legend (no external scripts or style sheets).
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass, field

import pyoxigraph as ox

from .query.formatting import label_map
from .rdfmap import PREFIXES

VN = str(PREFIXES["place"]) + "VN"
STATUS_ORDER = ["agreement", "talks", "relation"]
EDGE_STYLE = {
    "agreement": 'style=solid, penwidth=3, color="#1f5fa8"',
    "talks": 'style=dashed, penwidth=1.6, color="#c0392b"',
    "relation": 'style=dotted, penwidth=1.6, color="#555555"',
}
TEXT = {
    "vi": {"vn": "Việt Nam", "foreign": "Đối tác nước ngoài", "title": "Quan hệ hợp tác giữa các địa phương",
           "legend": "Chú giải", "agreement": "đã ký văn kiện hợp tác", "talks": "hội đàm, làm việc",
           "relation": "quan hệ hợp tác", "sources": "nguồn", "units": "địa phương", "edges": "quan hệ",
           "key": "nét đậm: đã ký văn kiện hợp tác · nét đứt: hội đàm · nét chấm: quan hệ hợp tác"},
    "en": {"vn": "Viet Nam", "foreign": "Foreign partners", "title": "Partnerships between subnational units",
           "legend": "Legend", "agreement": "agreement signed", "talks": "talks, working visits",
           "relation": "cooperation relation", "sources": "sources", "units": "units", "edges": "partnerships",
           "key": "bold: agreement signed · dashed: talks · dotted: cooperation relation"},
}


class DotMissing(Exception):
    """Graphviz is not installed."""


@dataclass
class Unit:
    iri: str
    code: str
    label: str
    vietnamese: bool


@dataclass
class Edge:
    a: str
    b: str
    statuses: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)

    @property
    def status(self) -> str:
        return min(self.statuses, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 9)


def network(store: ox.Store, lang: str = "vi") -> tuple[dict[str, Unit], list[Edge]]:
    """The units that take part in a partnership, and one edge per partnership with its statuses and sources."""
    q = """PREFIX cg: <https://w3id.org/coopgraph/ontology#>
    SELECT DISTINCT ?a ?b ?st ?file ?ca ?cb ?codea ?codeb WHERE {
      ?p a cg:Partnership ; cg:partner ?a, ?b . FILTER(STR(?a) < STR(?b))
      GRAPH ?g { ?p cg:status ?st . OPTIONAL { ?art a cg:Article ; cg:fileName ?file } }
      OPTIONAL { ?a cg:inCountry ?ca } OPTIONAL { ?b cg:inCountry ?cb }
      OPTIONAL { ?a cg:code ?codea } OPTIONAL { ?b cg:code ?codeb }
    }"""
    rows = list(store.query(q, use_default_graph_as_union=True))
    iris = {r[v].value for r in rows for v in ("a", "b")}
    labels = label_map(store, iris, lang)
    units: dict[str, Unit] = {}
    edges: dict[tuple[str, str], Edge] = {}
    for r in rows:
        for v, c, code in (("a", "ca", "codea"), ("b", "cb", "codeb")):
            iri = r[v].value
            if iri not in units:
                country = r[c].value if r[c] is not None else iri
                cd = r[code].value if r[code] is not None else iri.rsplit("/", 1)[-1]
                units[iri] = Unit(iri, cd, labels.get(iri, cd), country == VN)
        e = edges.setdefault((r["a"].value, r["b"].value), Edge(r["a"].value, r["b"].value))
        e.statuses.add(r["st"].value.rsplit("/", 1)[-1])
        if r["file"] is not None:
            e.files.add(r["file"].value)
    return units, sorted(edges.values(), key=lambda e: (e.a, e.b))


def _q(s: str) -> str:
    """A DOT double-quoted string."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(units: dict[str, Unit], edges: list[Edge], lang: str = "vi") -> str:
    t = TEXT[lang]
    lines = [
        "graph partners {",
        f"  graph [layout=dot, splines=line, rankdir=LR, ranksep=1.6, nodesep=0.25, fontname=\"DejaVu Sans\", fontsize=16,"
        f" labelloc=t, label=<{html.escape(t['title'])}<BR/><FONT POINT-SIZE=\"11\">{html.escape(t['key'])}</FONT>>];",
        '  node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=12, penwidth=1];',
        '  edge [fontname="DejaVu Sans", fontsize=10];',
    ]
    for name, viet, fill, border in (("cluster_vn", True, "#fff3e6", "#e67e22"),
                                     ("cluster_foreign", False, "#eaf2fb", "#2e86c1")):
        members = sorted((u for u in units.values() if u.vietnamese == viet), key=lambda u: u.code)
        lines.append(f"  subgraph {name} {{")
        lines.append(f"    label={_q(t['vn'] if viet else t['foreign'])}; style=\"rounded,filled\"; "
                     f"fillcolor=\"{fill}\"; color=\"{border}\"; fontsize=14;")
        for u in members:
            lines.append(f"    {_q(u.code)} [label={_q(u.label + chr(10) + u.code)}, fillcolor=white, color=\"{border}\","
                         f" tooltip={_q(u.label + ' (' + u.code + ')')}];")
        lines.append("  }")
    for e in edges:
        a, b = units[e.a], units[e.b]
        if not a.vietnamese and b.vietnamese:      # Vietnamese side on the left
            a, b = b, a
        st = e.status
        tip = f"{a.label} – {b.label}: {', '.join(t.get(s, s) for s in sorted(e.statuses, key=STATUS_ORDER.index))}"
        if e.files:
            tip += f" ({t['sources']}: {', '.join(sorted(e.files))})"
        lines.append(f"  {_q(a.code)} -- {_q(b.code)} [{EDGE_STYLE.get(st, EDGE_STYLE['relation'])}, tooltip={_q(tip)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def render_svg(dot_text: str, timeout: int = 60) -> str:
    """Run Graphviz ``dot -Tsvg``."""
    exe = shutil.which("dot")
    if not exe:
        raise DotMissing("Graphviz 'dot' is not installed (apt-get install graphviz, or scripts/install-system.sh graphviz); "
                         "use --dot FILE to write the DOT text only")
    r = subprocess.run([exe, "-Tsvg"], input=dot_text.encode("utf-8"), capture_output=True, timeout=timeout)
    if r.returncode != 0:
        msg = r.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"dot failed: {msg[0] if msg else 'exit ' + str(r.returncode)}")
    return r.stdout.decode("utf-8")


def html_page(svg: str, units: dict[str, Unit], edges: list[Edge], lang: str = "vi") -> str:
    """A standalone page: the SVG inline and a legend; no external JS or CSS."""
    t = TEXT[lang]
    body = re.sub(r"^\s*<\?xml[^>]*>\s*", "", svg)
    body = re.sub(r"<!DOCTYPE[^>]*>\s*", "", body)
    body = re.sub(r"<!--.*?-->\s*", "", body, flags=re.S)
    legend = []
    for st in STATUS_ORDER:
        dash = {"agreement": "", "talks": ' stroke-dasharray="8,5"', "relation": ' stroke-dasharray="2,4"'}[st]
        color = re.search(r'color="([^"]+)"', EDGE_STYLE[st]).group(1)
        width = {"agreement": 3.5, "talks": 2, "relation": 2}[st]
        n = sum(1 for e in edges if e.status == st)
        legend.append(f'<li><svg width="60" height="12" aria-hidden="true"><line x1="2" y1="6" x2="58" y2="6" '
                      f'stroke="{color}" stroke-width="{width}"{dash}/></svg> {html.escape(t[st])} ({n})</li>')
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(t['title'])}</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; margin: 1.5em; color: #222; }}
.legend {{ border: 1px solid #ccc; padding: .5em 1em; display: inline-block; margin-bottom: 1em; }}
.legend ul {{ list-style: none; padding: 0; margin: .3em 0; }}
.legend li {{ margin: .2em 0; }}
.graph svg {{ max-width: 100%; height: auto; }}
</style>
</head>
<body>
<h1>{html.escape(t['title'])}</h1>
<div class="legend"><strong>{html.escape(t['legend'])}</strong>
<ul>
{chr(10).join(legend)}
</ul>
{len(units)} {html.escape(t['units'])}, {len(edges)} {html.escape(t['edges'])}</div>
<div class="graph">
{body}
</div>
</body>
</html>
"""
