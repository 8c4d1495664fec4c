"""The ontology as one HTML page, in Vietnamese and English side by side: docs/ontology.html.

``python -m coopgraph.ontology_page docs/ontology.html`` writes it from ontology/coopgraph.ttl and taxonomies.ttl:
the ontology's metadata (title, creator, licence, version, dates), every class (superclasses, cardinality
restrictions, the properties that take it as domain or range), every property (kind, domain, range, inverse,
super-property, functional or not) and every concept scheme with its concepts, each with its labels and comments in
both languages. The page is the same bytes for the same files (everything sorted; no date of its own), so a test can
tell when the committed page is out of date. (pyLODE was tried first: its release on PyPI fails at import, looking
for a pyproject.toml it does not ship, and it shows one language per term.)
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from . import resources

ONTOLOGY = URIRef("https://w3id.org/coopgraph/ontology")
VANN = "http://purl.org/vocab/vann/"
LANGS = ("vi", "en")
KINDS = [(OWL.Class, "classes", "Lớp", "Classes"),
         (OWL.ObjectProperty, "object-properties", "Thuộc tính đối tượng", "Object properties"),
         (OWL.DatatypeProperty, "datatype-properties", "Thuộc tính dữ liệu", "Datatype properties")]


def load() -> Graph:
    """The ontology and the taxonomies in one graph."""
    g = Graph()
    for f in resources.ontology_files():
        g.parse(f, format="turtle")
    g.bind("vann", VANN)
    return g


def terms(g: Graph) -> dict[URIRef, list[URIRef]]:
    """The classes and properties the ontology declares, by kind (IRIs only; restrictions are blank nodes)."""
    return {kind: sorted({s for s in g.subjects(RDF.type, kind) if isinstance(s, URIRef)}, key=lambda s: g.qname(s))
            for kind, *_ in KINDS}


def texts(g: Graph, s, p) -> dict[str, str]:
    """The values of ``p`` on ``s`` by language (the first in sorted order when there are several)."""
    out: dict[str, str] = {}
    for o in sorted(g.objects(s, p)):
        if isinstance(o, Literal):
            out.setdefault(o.language or "", str(o))
    return out


def _e(s: str) -> str:
    return html.escape(s, quote=True)


def _anchor(g: Graph, t: URIRef) -> str:
    return g.qname(t).replace(":", "-")


def _ref(g: Graph, t, declared: set) -> str:
    """A link to a term of the page, or the term's short name (an XSD datatype, an IRI from elsewhere)."""
    if isinstance(t, BNode):
        return "…"
    name = _e(g.qname(t)) if isinstance(t, URIRef) else _e(str(t))
    return f'<a href="#{_anchor(g, t)}"><code>{name}</code></a>' if t in declared else f"<code>{name}</code>"


def _both(g: Graph, s, p, tag: str = "p") -> str:
    t = texts(g, s, p)
    return "".join(f'<{tag} lang="{lang}" class="{lang}">{_e(t[lang])}</{tag}>' for lang in LANGS if lang in t)


def _restrictions(g: Graph, cls: URIRef, declared: set) -> list[str]:
    out = []
    names = {OWL.cardinality: ("đúng", "exactly"), OWL.minCardinality: ("ít nhất", "at least"),
             OWL.maxCardinality: ("nhiều nhất", "at most")}
    for r in g.objects(cls, RDFS.subClassOf):
        if not isinstance(r, BNode):
            continue
        prop = g.value(r, OWL.onProperty)
        for c, (vi, en) in names.items():
            n = g.value(r, c)
            if n is not None:
                out.append(f"{_ref(g, prop, declared)}: <span lang=\"vi\">{vi}</span> / {en} {n}")
    return sorted(out)


def _term(g: Graph, t: URIRef, kind: URIRef, declared: set, by_domain: dict, by_range: dict) -> str:
    labels = texts(g, t, RDFS.label)
    rows: list[tuple[str, str]] = []
    if kind == OWL.Class:
        sup = sorted((_ref(g, c, declared) for c in g.objects(t, RDFS.subClassOf) if isinstance(c, URIRef)))
        if sup:
            rows.append(("Lớp cha / Superclasses", ", ".join(sup)))
        res = _restrictions(g, t, declared)
        if res:
            rows.append(("Số lượng / Cardinality", "<br>".join(res)))
        if by_domain.get(t):
            rows.append(("Thuộc tính có miền là lớp này / Properties of this class",
                         ", ".join(_ref(g, p, declared) for p in by_domain[t])))
        if by_range.get(t):
            rows.append(("Thuộc tính nhận lớp này / Properties that take it",
                         ", ".join(_ref(g, p, declared) for p in by_range[t])))
    else:
        for p, name in ((RDFS.domain, "Miền / Domain"), (RDFS.range, "Miền giá trị / Range"),
                        (RDFS.subPropertyOf, "Thuộc tính cha / Super-property"),
                        (OWL.inverseOf, "Nghịch đảo / Inverse")):
            vals = sorted(_ref(g, o, declared) for o in g.objects(t, p))
            if vals:
                rows.append((name, ", ".join(vals)))
        if (t, RDF.type, OWL.FunctionalProperty) in g:
            rows.append(("Hàm / Functional", "<span lang=\"vi\">có</span> / yes"))
    table = "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
    title = " / ".join(_e(labels[lang]) for lang in LANGS if lang in labels)
    return (f'<section class="term" id="{_anchor(g, t)}">\n<h3><code>{_e(g.qname(t))}</code> — {title}</h3>\n'
            f'<p class="iri"><code>{_e(str(t))}</code></p>\n<div class="comments">{_both(g, t, RDFS.comment)}</div>\n'
            + (f"<table>{table}</table>\n" if table else "") + "</section>")


def _schemes(g: Graph) -> str:
    out = []
    for scheme in sorted(g.subjects(RDF.type, SKOS.ConceptScheme)):
        labels = texts(g, scheme, SKOS.prefLabel)
        code = str(scheme).rsplit("/", 1)[-1]
        concepts = sorted(g.subjects(SKOS.inScheme, scheme), key=lambda c: str(g.value(c, SKOS.notation)))
        rows = []
        for c in concepts:
            pref, defs = texts(g, c, SKOS.prefLabel), texts(g, c, SKOS.definition)
            rows.append(f'<tr id="concept-{code}-{_e(str(g.value(c, SKOS.notation)))}">'
                        f"<td><code>{_e(str(g.value(c, SKOS.notation)))}</code></td>"
                        + "".join(f'<td lang="{lang}">{_e(pref.get(lang, ""))}</td>' for lang in LANGS)
                        + "".join(f'<td lang="{lang}">{_e(defs.get(lang, ""))}</td>' for lang in LANGS) + "</tr>")
        out.append(f'<section class="scheme" id="scheme-{code}">\n<h3>'
                   + " / ".join(_e(labels[lang]) for lang in LANGS if lang in labels)
                   + f' <code>{_e(str(scheme))}</code></h3>\n<div class="comments">{_both(g, scheme, SKOS.definition)}'
                   "</div>\n<table class=\"concepts\"><tr><th>mã / code</th><th>nhãn (vi)</th><th>label (en)</th>"
                   "<th>định nghĩa (vi)</th><th>definition (en)</th></tr>\n" + "\n".join(rows) + "\n</table>\n</section>")
    return "\n".join(out)


def _metadata(g: Graph) -> str:
    rows = []
    for p, name in ((DCTERMS.title, "Tên / Title"), (DCTERMS.creator, "Tác giả / Creator"),
                    (DCTERMS.license, "Giấy phép / Licence"), (OWL.versionInfo, "Phiên bản / Version"),
                    (DCTERMS.created, "Ngày tạo / Created"), (DCTERMS.modified, "Ngày sửa / Modified"),
                    (URIRef(VANN + "preferredNamespacePrefix"), "Tiền tố / Prefix"),
                    (URIRef(VANN + "preferredNamespaceUri"), "Không gian tên / Namespace")):
        vals = sorted(g.objects(ONTOLOGY, p), key=lambda o: (getattr(o, "language", "") != "vi", str(o)))
        cells = []
        for o in vals:
            cells.append(f'<a href="{_e(str(o))}">{_e(str(o))}</a>' if isinstance(o, URIRef) else _e(str(o)))
        if cells:
            rows.append(f"<tr><th>{_e(name)}</th><td>{' / '.join(cells)}</td></tr>")
    rows.insert(1, f"<tr><th>IRI</th><td><code>{_e(str(ONTOLOGY))}</code></td></tr>")
    return "<table class=\"meta\">" + "\n".join(rows) + "</table>"


def page(g: Graph | None = None) -> str:
    """The whole page."""
    g = g if g is not None else load()
    by_kind = terms(g)
    declared = {t for ts in by_kind.values() for t in ts}
    by_domain: dict[URIRef, list] = {}
    by_range: dict[URIRef, list] = {}
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for p in by_kind[kind]:
            for c in g.objects(p, RDFS.domain):
                by_domain.setdefault(c, []).append(p)
            for c in g.objects(p, RDFS.range):
                by_range.setdefault(c, []).append(p)
    for d in (by_domain, by_range):
        for k in d:
            d[k] = sorted(set(d[k]), key=lambda p: g.qname(p))
    title = texts(g, ONTOLOGY, DCTERMS.title)
    toc, sections = [], []
    for kind, anchor, vi, en in KINDS:
        items = by_kind[kind]
        toc.append(f'<li><a href="#{anchor}">{vi} / {en}</a> ({len(items)}): '
                   + ", ".join(_ref(g, t, declared) for t in items) + "</li>")
        sections.append(f'<h2 id="{anchor}">{vi} / {en}</h2>\n'
                        + "\n".join(_term(g, t, kind, declared, by_domain, by_range) for t in items))
    n_schemes = len(set(g.subjects(RDF.type, SKOS.ConceptScheme)))
    toc.append(f'<li><a href="#schemes">Danh mục khái niệm / Concept schemes</a> ({n_schemes})</li>')
    sections.append('<h2 id="schemes">Danh mục khái niệm / Concept schemes</h2>\n' + _schemes(g))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title.get('vi', ''))} / {_e(title.get('en', ''))}</title>
<style>
body {{ font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 1em auto; max-width: 70em; padding: 0 1em;
  color: #222; line-height: 1.45; }}
h1 {{ font-size: 1.5em; }} h2 {{ border-bottom: 2px solid #1f5fa8; margin-top: 2em; }} h3 {{ margin-bottom: .2em; }}
code {{ font-size: .92em; }}
.term, .scheme {{ border-top: 1px solid #ddd; padding: .3em 0 .6em; }}
.iri {{ color: #666; margin: 0; font-size: .85em; }}
.comments p {{ margin: .3em 0; }}
.comments p.en {{ color: #444; }}
table {{ border-collapse: collapse; margin: .4em 0; }}
th, td {{ text-align: left; vertical-align: top; padding: .2em .6em .2em 0; }}
.concepts td, .concepts th {{ border-bottom: 1px solid #eee; padding: .2em .5em; }}
.meta th {{ white-space: nowrap; }}
@media (max-width: 700px) {{ .concepts {{ display: block; overflow-x: auto; }} }}
</style>
</head>
<body>
<h1>{_e(title.get('vi', ''))} / {_e(title.get('en', ''))}</h1>
{_metadata(g)}
<div class="comments">{_both(g, ONTOLOGY, RDFS.comment)}</div>
<ul class="toc">
{chr(10).join(toc)}
</ul>
{chr(10).join(sections)}
</body>
</html>
"""


def main(argv: list[str] | None = None) -> int:
    """Write the page to the file named on the command line."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m coopgraph.ontology_page OUT.html", file=sys.stderr)
        return 2
    from .outfile import replace_file

    text = page()
    replace_file(Path(args[0]), lambda f: f.write(text.encode("utf-8")))
    print(f"wrote {args[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
