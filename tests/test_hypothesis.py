"""Issue #5, property-based: whatever text or bytes the loader is fed, it never raises (other than a clear
ArticleError for bytes that are not an article), and what it writes is Turtle that conforms to the shapes.

The loader here is what `coopgraph build` runs for one file: article.article_from_bytes (decode, normalise,
article.parse_article_text) → extract.extract_article → rdfmap.article_graph → rdfmap.to_turtle.
Example counts are kept modest (two shared cores); the whole file runs in well under a minute.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, Graph, Namespace

from coopgraph.article import ArticleError, article_from_bytes, parse_article_text
from coopgraph.extract import extract_article
from coopgraph.gazetteer import load as load_gazetteer
from coopgraph.rdfmap import article_graph, to_turtle
from coopgraph.text import normalize
from coopgraph.validate import validate_graph

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "data" / "seeds").glob("*.txt"))]
CG = Namespace("https://w3id.org/coopgraph/ontology#")

FAST = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SHAPES = settings(max_examples=25, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

VI_LETTERS = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ"
# words the extractor reacts to: places, posts, verbs of agreeing and giving, money, dates
WORDS = ["Thanh Hóa", "Thanh Hoá", "Hủa Phăn", "Houaphanh", "Nghệ An", "Xiengkhuang", "Vientiane", "Lào", "Việt Nam",
         "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Tỉnh trưởng", "Governor", "ký kết", "thỏa thuận hợp tác",
         "biên bản ghi nhớ", "MoU", "giai đoạn 2026-2030", "hội đàm", "hỗ trợ", "tỷ đồng", "USD", "ngày 14/5/2025",
         "Nguyễn Văn An", "Khamphan Phommathat", "tại", "signed", "province", "14 May 2025", "1.000", "2025",
         ".", ",", "(", ")", "–", "\n", "\n\n", "<p>", "</p>", "<script>", "published: 2025-05-14", "url: https://x.vn/a"]

texts = st.one_of(
    st.text(max_size=400),                                                     # any Unicode at all
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=VI_LETTERS + " .,0123456789", max_size=8)),
             max_size=60).map(" ".join),                                       # near-articles
)


@st.composite
def mutated_seeds(draw) -> str:
    """A seed article with lines deleted, duplicated, swapped, random Unicode inserted, or cut short."""
    lines = draw(st.sampled_from(SEEDS)).split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "truncate", "words"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k] + draw(st.text(min_size=1, max_size=20)) + lines[i][k:]
        elif op == "words":
            lines.insert(i, draw(texts))
        else:
            k = draw(st.integers(0, len(lines[i])))
            lines = lines[:i] + [lines[i][:k]]
    return "\n".join(lines)


def load(text: str) -> tuple[str, Graph]:
    """The loader on decoded text, as read_article runs it; returns the Turtle and its parse."""
    a = parse_article_text(normalize(text).replace("\r\n", "\n").replace("\r", "\n"), "f.txt", "f")
    return written(a)


def written(a) -> tuple[str, Graph]:
    gaz = load_gazetteer()
    ttl = to_turtle(article_graph(extract_article(a, gaz), gaz))
    for _ in ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE):   # strict Turtle (what the store reads)
        pass
    g = Graph().parse(data=ttl, format="turtle")                            # and rdflib (what validate reads)
    assert len(list(g.subjects(RDF.type, CG.Article))) == 1
    return ttl, g


def violations(g: Graph) -> list[str]:
    return sorted({f"{p.message} [{p.focus}]" for p in validate_graph(g, "f.ttl") if p.severity == "Violation"})


@FAST
@given(texts)
def test_any_text_loads_and_writes_turtle(text: str) -> None:
    load(text)


@FAST
@given(mutated_seeds())
def test_mutated_seeds_load_and_write_turtle(text: str) -> None:
    load(text)


@FAST
@given(st.one_of(st.binary(max_size=2000),
                 st.tuples(texts, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "cp1258"]))
                 .map(lambda t: t[0].encode(t[1], errors="ignore"))))
def test_any_bytes_give_an_article_or_an_article_error(data: bytes) -> None:
    try:
        a = article_from_bytes(data, "f.txt", "f")
    except ArticleError as e:
        assert str(e) and "\n" not in str(e)
        return
    written(a)


@FAST
@given(texts)
def test_nfd_and_nfc_text_give_the_same_turtle(text: str) -> None:
    assert load(unicodedata.normalize("NFD", text))[0] == load(unicodedata.normalize("NFC", text))[0]


@SHAPES
@given(st.one_of(mutated_seeds(), texts))
def test_what_is_written_conforms_to_the_shapes(text: str) -> None:
    _, g = load(text)
    assert violations(g) == []


# A number of 309+ digits is infinity as a float: the extractor must treat it as no sum at all.
def test_huge_amount_does_not_crash_the_extractor() -> None:
    _, g = load("Tỉnh Sơn La hỗ trợ tỉnh Hủa Phăn " + "9" * 309 + " đồng.")
    assert list(g.subjects(RDF.type, CG.Commitment)) == []
