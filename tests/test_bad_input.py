"""Issue #5: bad and hostile input — clear one-line errors, nothing lost, no injection.

Articles (empty, binary, huge, HTML, encodings, Unicode forms, lying headers, no facts), graphs (malformed Turtle,
shape violations), queries (hostile parameters, SPARQL Update) and IRIs (hostile names, homonyms).
"""
from __future__ import annotations

import os
import random
import re
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph, Literal, Namespace, URIRef

from coopgraph import article as article_mod
from coopgraph import build as build_mod
from coopgraph.article import ArticleError, decode, parse_article_text, read_article
from coopgraph.build import build, build_one, write_atomically
from coopgraph.cli import main
from coopgraph.extract import extract_article
from coopgraph.facts import Article, ArticleFacts, Official, Evidence, PartialDate
from coopgraph.gazetteer import load as load_gazetteer
from coopgraph.query.questions import is_update
from coopgraph.rdfmap import BASE, article_graph, to_turtle
from coopgraph.validate import validate_graph

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "data" / "seeds"
COMMITTED = REPO / "data" / "graph"
SEED = SEEDS / "000_fd94935522cb7509.txt"
SEED_BYLINE = SEEDS / "001_5a1d5f1eb188703c.txt"     # has a byline date (15/05/2025) among its first lines
CG = Namespace("https://w3id.org/coopgraph/ontology#")
SCHEMA = Namespace("https://schema.org/")
UPDATE_REFUSED = "this is a SPARQL Update; 'coopgraph query' only runs read-only queries"


@pytest.fixture(autouse=True)
def _no_shared_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Queries run on a fresh in-memory store: no on-disk cache shared with other runs."""
    monkeypatch.setenv("COOPGRAPH_CACHE", "0")
    monkeypatch.setenv("COOPGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("COOPGRAPH_STORE", raising=False)


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, [str(a) for a in args])
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), r.exception
    return r.exit_code, r.stdout, r.stderr


def facts_key(a: Article) -> list[list[str]]:
    f = extract_article(a, load_gazetteer())
    return [sorted(map(repr, x)) for x in (f.partnerships, f.agreements, f.officials, f.events, f.commitments)]


def n_facts(a: Article) -> int:
    return sum(len(x) for x in facts_key(a))


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: base letters precomposed, tone marks as combining marks."""
    out = bytearray()
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", c)
        tones = "".join(x for x in d if x in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tones))
        out += (base + tones).encode("cp1258")
    return bytes(out)


# ====================================================================== articles: unreadable files

@pytest.mark.parametrize("name, data, problem", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n\t \n", "no text in the file"),
    ("bom-only.txt", b"\xef\xbb\xbf", "no text in the file"),
    ("nul.txt", random.Random(5).randbytes(4000) + b"\x00" * 50, "binary file, not text"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(6).randbytes(3000), "binary file, not text"),
    ("controls.txt", bytes(range(1, 9)) * 200, "binary file, not text"),
    ("undecodable.txt", bytes([0x81, 0x8d, 0x8e, 0x8f, 0x90]) * 100,
     "unknown text encoding (not UTF-8, UTF-16 or Windows-1258)"),
])
def test_unreadable_article_gives_one_line_naming_file_and_problem(tmp_path: Path, name: str, data: bytes,
                                                                  problem: str) -> None:
    bad = tmp_path / "in" / name
    bad.parent.mkdir()
    bad.write_bytes(data)
    with pytest.raises(ArticleError) as e:
        read_article(bad)
    assert str(e.value) == problem
    code, out, err = run("build", bad, "--out", tmp_path / "out")
    assert code == 1
    assert err.splitlines() == [f"{bad}: {problem}", f"0 written, 0 unchanged, 1 failed, into {tmp_path / 'out'}"]
    assert list((tmp_path / "out").iterdir()) == []


def test_missing_file_and_fifo_as_article(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")          # reading it would block forever: refused without opening it
    code, _, err = run("build", tmp_path / "nope.txt", tmp_path / "pipe.txt", "--out", tmp_path / "out")
    assert code == 1
    assert err.splitlines() == [f"{tmp_path / 'nope.txt'}: no such file", f"{tmp_path / 'pipe.txt'}: not a regular file",
                                f"0 written, 0 unchanged, 2 failed, into {tmp_path / 'out'}"]


def test_huge_file_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    with open(big, "wb") as f:            # 50 MB, sparse: nothing is written but the size
        f.truncate(50 * 2**20)
    assert big.stat().st_size == 50 * 2**20 > article_mod.MAX_BYTES
    real_read_bytes = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self != big, "the 50 MB file was read"
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    problem = "too large for an article (50.0 MB; the limit is 10 MB)"
    with pytest.raises(ArticleError, match=re.escape(problem)):
        read_article(big)
    r = build_one(big, tmp_path / "out")
    assert (r.status, r.message) == ("failed", problem)
    code, _, err = run("build", big, "--out", tmp_path / "out")
    assert code == 1 and err.splitlines()[0] == f"{big}: {problem}"
    assert not (tmp_path / "out" / "big.ttl").exists()


# ====================================================================== articles: HTML

def test_html_scripts_navigation_and_title_do_not_reach_the_sentences(tmp_path: Path) -> None:
    plain = parse_article_text(SEED_BYLINE.read_text(encoding="utf-8"), "a.txt", "a")
    paragraphs = "".join(f"<p>{p}</p>\n" for p in plain.text.split("\n"))
    html = f"""<!DOCTYPE html><html><head><title>TITLETEXT | Báo Thanh Hóa</title>
<meta property="article:published_time" content="2025-05-15T09:33:00+07:00">
<script>var s = "SCRIPTTEXT Bí thư Tỉnh ủy Nghệ An Nguyễn Văn Script ký thỏa thuận với tỉnh Xiengkhuang.";</script>
<style>p {{ color: red }} /* STYLETEXT */</style></head>
<body><nav><ul><li>Trang chủ</li><li>NAVTEXT Tỉnh Sekong hợp tác với tỉnh Quảng Nam</li></ul></nav>
<form><button>FORMTEXT</button></form>
<script type="text/javascript">document.write("SCRIPTTEXT2 </p><p>Tỉnh Nghệ An ký kết với tỉnh Bolikhamsai");</script>
<article>{paragraphs}</article><aside>ASIDETEXT Tỉnh Nghệ An và tỉnh Khammouane</aside></body></html>"""
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    a = read_article(f)
    for marker in ("SCRIPT", "STYLE", "NAV", "FORM", "ASIDE", "TITLE", "Script", "Sekong", "Bolikhamsai", "Khammouane"):
        assert not any(marker in s for s in a.sentences), marker
    assert a.sentences == plain.sentences
    assert a.published == PartialDate(2025, 5, 15)
    assert facts_key(a) == facts_key(plain)
    r = build_one(f, tmp_path / "out")
    assert r.status == "written"
    ttl = r.output.read_text(encoding="utf-8")
    assert "SCRIPTTEXT" not in ttl and "NAVTEXT" not in ttl


def test_html_fragment_with_a_script_in_a_txt_file() -> None:
    text = ("<script>document.write('Bí thư Tỉnh ủy Thanh Hóa SCRIPTTEXT')</script>\n"
            "Tỉnh Thanh Hóa và tỉnh Hủa Phăn ký kết thỏa thuận hợp tác.")
    a = parse_article_text(text, "a.txt", "a")
    assert a.sentences == ["Tỉnh Thanh Hóa và tỉnh Hủa Phăn ký kết thỏa thuận hợp tác."]


# ====================================================================== articles: encodings and Unicode forms

def _variants(text: str) -> dict[str, bytes]:
    return {
        "utf-8": text.encode("utf-8"),
        "utf-8 with BOM": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf-16 with BOM": text.encode("utf-16"),
        "utf-16-be with BOM": b"\xfe\xff" + text.encode("utf-16-be"),
        "utf-16-le without BOM": text.encode("utf-16-le"),
        "utf-16-be without BOM": text.encode("utf-16-be"),
        "windows-1258": to_cp1258(text),
        "nfd utf-8": unicodedata.normalize("NFD", text).encode("utf-8"),
        "crlf utf-8": text.replace("\n", "\r\n").encode("utf-8"),
    }


@pytest.mark.parametrize("variant", list(_variants("x")))
def test_every_encoding_gives_the_same_facts_as_utf8(tmp_path: Path, variant: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    reference = tmp_path / "ref" / SEED.name
    reference.parent.mkdir()
    reference.write_bytes(text.encode("utf-8"))
    f = tmp_path / SEED.name
    f.write_bytes(_variants(text)[variant])
    want, got = read_article(reference), read_article(f)
    assert got.text == want.text and got.sentences == want.sentences
    assert facts_key(got) == facts_key(want)
    assert n_facts(want) > 3
    # the Turtle differs only in the content hash (the bytes differ)
    strip = lambda ttl: re.sub(r'cg:contentHash "[0-9a-f]+"', "", ttl)  # noqa: E731
    assert strip(build_one(f, tmp_path / "o1").output.read_text("utf-8")) == \
        strip(build_one(reference, tmp_path / "o2").output.read_text("utf-8"))


def test_windows_1258_uses_combining_tone_marks_and_is_normalised() -> None:
    text = "Tỉnh Thanh Hóa ký kết với tỉnh Hủa Phăn, Nghệ An."
    data = to_cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    raw = decode(data)
    assert any(unicodedata.combining(c) for c in raw)          # the codec gives decomposed tone marks...
    a = article_mod.article_from_bytes(data, "a.txt", "a")
    assert a.text == text                                      # ...the loader composes them (NFC)
    assert not any(unicodedata.combining(c) for c in a.text)


def test_old_and_new_tone_mark_styles_resolve_to_the_same_place() -> None:
    new = "Ngày 14/5/2025, tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào) đã ký kết Thỏa thuận hợp tác giai đoạn 2026-2030."
    old = new.replace("Hóa", "Hoá").replace("Thỏa", "Thoả")
    assert old != new
    a_new = article_mod.article_from_bytes(new.encode(), "a.txt", "a")
    a_old = article_mod.article_from_bytes(old.encode(), "a.txt", "a")
    a_nfd = article_mod.article_from_bytes(unicodedata.normalize("NFD", old).encode(), "a.txt", "a")
    assert a_old.text == a_new.text == a_nfd.text
    assert facts_key(a_old) == facts_key(a_new) == facts_key(a_nfd)
    parties = extract_article(a_old, load_gazetteer()).agreements[0].parties
    assert parties == ("LA-HO", "VN-21")


# ====================================================================== articles: headers, no facts

def test_published_header_that_is_not_a_date_is_ignored_and_the_byline_date_used(tmp_path: Path) -> None:
    body = SEED_BYLINE.read_text(encoding="utf-8")
    for bad in ("yesterday", "2025-02-30", "2025-13-01", "1066-10-14", "'; DROP ALL; --"):
        f = tmp_path / "lying.txt"
        f.write_text(f"title: A title\npublished: {bad}\n\n{body}", encoding="utf-8")
        a = read_article(f)
        assert a.title == "A title"
        assert a.published == PartialDate(2025, 5, 15), bad      # from the byline "09:33, 15/05/2025"
        r = build_one(f, tmp_path / "out", force=True)
        assert r.status == "written" and r.facts > 0
        g = Graph().parse(r.output)
        assert list(g.objects(None, SCHEMA.datePublished)) == [Literal("2025-05-15", datatype=URIRef(
            "http://www.w3.org/2001/XMLSchema#date"))]


def test_malformed_header_block_is_read_as_text(tmp_path: Path) -> None:
    f = tmp_path / "h.txt"
    f.write_text("title: Not a header block\nthis line is no header\n\nTỉnh Thanh Hóa và tỉnh Hủa Phăn ký kết.",
                 encoding="utf-8")
    a = read_article(f)
    assert a.title != "Not a header block"
    assert a.sentences[0].startswith("title: Not a header block")
    assert build_one(f, tmp_path / "out").status == "written"


@pytest.mark.parametrize("url, kept", [
    ("https://example.org/tin/a-1.html?x=1#top", True),
    ("https://example.org/a b", False),
    ('https://example.org/"><script>', False),
    ("https://example.org/{x}", False),
    ("https://example.org/a\tb", False),
    ("https://example.org/%zz", False),
    ("javascript:alert(1)", False),
    ("file:///etc/passwd", False),
    ("https://", False),
])
def test_url_header_goes_to_schema_url_only_when_safe(tmp_path: Path, url: str, kept: bool) -> None:
    f = tmp_path / "u.txt"
    f.write_text(f"url: {url}\n\nTỉnh Thanh Hóa và tỉnh Hủa Phăn ký kết thỏa thuận hợp tác.", encoding="utf-8")
    r = build_one(f, tmp_path / "out")
    assert r.status == "written"
    ttl = r.output.read_text(encoding="utf-8")
    list(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))
    urls = [str(o) for o in Graph().parse(data=ttl, format="turtle").objects(None, SCHEMA.url)]
    assert urls == ([url] if kept else [])


def test_text_without_facts_builds_an_article_node_only(tmp_path: Path) -> None:
    f = tmp_path / "quiet.txt"
    f.write_text("Hôm nay trời đẹp. Không có gì để nói về hợp tác.\n", encoding="utf-8")
    r = build_one(f, tmp_path / "out")
    assert (r.status, r.facts) == ("written", 0)
    g = Graph().parse(r.output)
    assert list(g.subjects(RDF.type, CG.Article)) == [URIRef(BASE + "article/quiet")]
    for cls in (CG.Agreement, CG.Partnership, CG.PostHolding, CG.Event, CG.Commitment, CG.Person):
        assert not list(g.subjects(RDF.type, cls))
    code, out, _ = run("validate", r.output)
    assert code == 0 and "1 graph file(s) conforms" in out


# ====================================================================== build: keep going, --strict, atomic writes

def _folder_with_bad_files(tmp_path: Path) -> tuple[Path, list[tuple[Path, str]]]:
    d = tmp_path / "in"
    d.mkdir()
    for s in sorted(SEEDS.glob("*.txt"))[:2]:
        (d / s.name).write_bytes(s.read_bytes())
    bad = [(d / "000_empty.txt", b"", "empty file"),
           (d / "005_binary.html", b"\x00\x01\x02\x03" * 1000, "binary file, not text"),
           (d / "006_bad\nname.txt", b"", "empty file")]
    for p, data, _ in bad:
        p.write_bytes(data)
    return d, [(p, why) for p, _, why in bad]


def test_build_folder_keeps_going_and_reports_failures(tmp_path: Path) -> None:
    d, bad = _folder_with_bad_files(tmp_path)
    out = tmp_path / "out"
    code, _, err = run("build", d, "--out", out)
    assert code == 1
    lines = err.splitlines()
    # one line per failure (a newline in a file name is shown escaped), then the summary
    assert lines == [f"{bad[0][0]}: empty file", f"{bad[1][0]}: binary file, not text",
                     f"{d}/006_bad\\nname.txt: empty file", f"2 written, 0 unchanged, 3 failed, into {out}"]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{s.stem}.ttl" for s in sorted(SEEDS.glob("*.txt"))[:2])
    for f in out.iterdir():
        assert f.read_bytes() == (COMMITTED / f.name).read_bytes()
    # nothing failed: exit 0
    for p, _ in bad:
        p.unlink()
    code, _, err = run("build", d, "--out", out)
    assert code == 0 and err.splitlines() == [f"0 written, 2 unchanged, 0 failed, into {out}"]


def test_build_strict_stops_at_the_first_failure(tmp_path: Path) -> None:
    d, bad = _folder_with_bad_files(tmp_path)
    out = tmp_path / "out"
    code, _, err = run("build", d, "--out", out, "--strict")
    assert code == 1
    assert err.splitlines() == [f"{bad[0][0]}: empty file",
                                f"0 written, 0 unchanged, 1 failed, 4 not built (--strict), into {out}"]
    assert list(out.iterdir()) == []


def test_out_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder")
    code, _, err = run("build", SEED, "--out", tmp_path / "out")
    assert code == 2 and err.splitlines() == [f"coopgraph: {tmp_path / 'out'}: --out must be a folder, and this is a file"]
    code, _, err = run("build", SEED, "--out", tmp_path / "out" / "sub")
    assert code == 2 and err.splitlines() == [
        f"coopgraph: {tmp_path / 'out' / 'sub'}: cannot create the output folder (Not a directory)"]
    assert (tmp_path / "out").read_text() == "not a folder"


def test_clashing_article_ids_are_reported(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    text = SEED.read_bytes()
    (d / "a b.txt").write_bytes(text)
    (d / "a-b.txt").write_bytes(text)
    code, _, err = run("build", d, "--out", tmp_path / "out")
    assert code == 1
    assert f"{d / 'a-b.txt'}: same article id 'a-b' as {d / 'a b.txt'}; rename one of them" in err.splitlines()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a-b.ttl"]


class _FailingFile:
    """A text file object that writes part of what it is given, then fails (a full disk, a kill)."""

    def __init__(self, f):
        self.f = f

    def write(self, text: str) -> int:
        self.f.write(text[: len(text) // 3])
        self.f.flush()
        raise OSError(28, "No space left on device")

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()
        return False


def test_interrupted_write_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "a.ttl"
    write_atomically(target, "previous content\n")
    real_fdopen = os.fdopen
    monkeypatch.setattr(build_mod.os, "fdopen", lambda *a, **k: _FailingFile(real_fdopen(*a, **k)))
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, "new content " * 1000)
    assert target.read_text() == "previous content\n"
    assert [p.name for p in target.parent.iterdir()] == ["a.ttl"]          # no temporary file left behind
    monkeypatch.setattr(build_mod.os, "fdopen", real_fdopen)

    def interrupted_rename(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_mod.os, "replace", interrupted_rename)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new content\n")
    assert target.read_text() == "previous content\n"
    assert [p.name for p in target.parent.iterdir()] == ["a.ttl"]


def test_interrupted_build_keeps_the_previous_turtle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    src = tmp_path / SEED.name
    src.write_bytes(SEED.read_bytes())
    assert build_one(src, out).status == "written"
    ttl = out / f"{SEED.stem}.ttl"
    before = ttl.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(build_mod.os, "fdopen", lambda *a, **k: _FailingFile(real_fdopen(*a, **k)))
    r = build_one(src, out, force=True)
    assert r.status == "failed"
    assert r.message == "internal error (OSError: [Errno 28] No space left on device)"
    assert ttl.read_bytes() == before
    assert [p.name for p in out.iterdir()] == [ttl.name]
    Graph().parse(ttl)


# ====================================================================== graphs: malformed Turtle, violations

BAD_TURTLE = {
    # file text -> (validate message after 'file: ', query message after 'file: ')
    "unterminated": ('@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\nex:d ex:e "unterminated .\n',
                     "line 3, column 26: Turtle syntax error: newline found in string literal",
                     "line 3, column 11: Turtle syntax error: Unexpected end of file"),
    "iri-with-space": ('@prefix ex: <http://ex/> .\nex:a ex:b ex:c ;\n   ex:x <http://bad iri> .\n',
                       "line 3, column 9: Turtle syntax error: Invalid IRI code point ' '",
                       "line 3, column 9: Turtle syntax error: Invalid IRI code point ' '"),
    "unbound-prefix": ("\n\n  ex:a ex:b ex:c .\n",
                       'line 3, column 3: Turtle syntax error: Prefix "ex:" not bound',
                       "line 3, column 3: Turtle syntax error: The prefix ex: has not been declared"),
}


@pytest.mark.parametrize("case", list(BAD_TURTLE))
def test_malformed_turtle_names_file_line_and_column(tmp_path: Path, case: str) -> None:
    text, on_validate, on_query = BAD_TURTLE[case]
    f = tmp_path / f"{case}.ttl"
    f.write_text(text, encoding="utf-8")
    code, out, err = run("validate", f)
    assert (code, out) == (1, "")
    assert err.splitlines() == [f"coopgraph: {f}: {on_validate}"]
    code, out, err = run("query", "agreements", "--data", f)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"coopgraph: {f}: {on_query}"]


def test_turtle_that_is_not_utf8(tmp_path: Path) -> None:
    f = tmp_path / "latin.ttl"
    f.write_bytes('@prefix ex: <http://ex/> .\nex:a ex:b "Hà Nam" .\n'.encode("latin-1"))
    code, _, err = run("validate", f)
    assert code == 1 and err.splitlines() == [f"coopgraph: {f}: line 2, column 13: Turtle syntax error: not UTF-8 text"]
    code, _, err = run("query", "agreements", "--data", f)
    [line] = err.splitlines()
    assert code == 2 and line.startswith(f"coopgraph: {f}: line 2, column 13: Turtle syntax error: Invalid UTF-8")


def test_memory_store_reports_line_and_column_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text, on_validate, _ = BAD_TURTLE["unterminated"]
    f = tmp_path / "bad.ttl"
    f.write_text(text, encoding="utf-8")
    monkeypatch.setenv("COOPGRAPH_STORE", "memory")
    code, _, err = run("query", "agreements", "--data", f)
    assert code == 2 and err.splitlines() == [f"coopgraph: {f}: {on_validate}"]


def test_graph_violating_the_shapes_is_reported_not_a_crash(tmp_path: Path) -> None:
    f = tmp_path / "broken.ttl"
    text = (COMMITTED / "003_840c5716b39e85f3.ttl").read_text(encoding="utf-8")
    f.write_text(text + "\n<https://w3id.org/coopgraph/agreement/nowhere> a cg:Agreement .\n", encoding="utf-8")
    code, out, err = run("validate", f)
    assert code == 1 and err == ""
    assert "Violation: An agreement needs at least two cg:party values, all places. (1)" in out.splitlines()
    assert f"  broken.ttl: {BASE}agreement/nowhere [party]" in out.splitlines()
    assert re.search(r"^1 graph file\(s\) does NOT conform: \d+ violation\(s\)", out, re.MULTILINE)
    code, out, err = run("query", "agreements", "--data", f, "--format", "csv")
    assert code == 0 and err == ""
    assert out.splitlines()[:2] == ["article,a,b,kind,period_start,period_end,signed,signatories",
                                    "003_840c5716b39e85f3.txt,LA-HO,VN-05,cooperation-minutes,2024,2026,,"]


# ====================================================================== queries: parameters, updates

HOSTILE = '"> } ; DROP ALL ; #'


def test_hostile_place_parameter_is_refused(tmp_path: Path) -> None:
    code, out, err = run("query", "partners-of", "--param", f"place={HOSTILE}")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"coopgraph: unknown place {HOSTILE!r} (give an ISO 3166-2 code such as LA-HO, or a name)"]
    code, _, err = run("query", "partners-of", "--param", f"place=place:{HOSTILE}")
    assert code == 2 and err.splitlines() == [f"coopgraph: not an IRI: {'place:' + HOSTILE!r}"]
    code, _, err = run("query", "partners-of", "--param", "place=http://example.org/%zz")
    assert code == 2 and err.splitlines() == [
        "coopgraph: --param place: not an IRI: 'http://example.org/%zz' (Invalid IRI percent encoding '%zz')"]


@pytest.mark.parametrize("value", [HOSTILE, f"place:{HOSTILE}", "http://a/b c", "http://[::1", "a:b#c#d"])
def test_hostile_iri_parameter_is_refused(value: str) -> None:
    code, out, err = run("query", "sources-of", "--param", f"entity={value}")
    assert (code, out) == (2, "")
    [line] = err.splitlines()
    assert line.startswith(f"coopgraph: --param entity: not an IRI: {value!r}")


ARTICLE = "001_5a1d5f1eb188703c.txt"     # a seed article in the committed graph


@pytest.mark.parametrize("value", [ARTICLE, f"  {ARTICLE} ", f"../shared/corpus/seeds/{ARTICLE}",
                                   f"C:\\news\\{ARTICLE}"])
@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_article_parameter_takes_a_file_name_or_a_path(value: str, store: str) -> None:
    code, out, err = run("query", "officials", "--param", f"article={value}", "--format", "csv", "--store", store)
    assert (code, err) == (0, "")
    articles = [line.split(",")[0] for line in out.splitlines()[1:]]
    assert articles and set(articles) == {ARTICLE}


@pytest.mark.parametrize("value", ["", "  ", "news/"])
def test_article_parameter_without_a_name_is_one_clear_line(value: str) -> None:
    code, out, err = run("query", "officials", "--param", f"article={value}")
    assert (code, out) == (2, "")
    expected = (f"coopgraph: --param article: expected an article's file name, got {value!r}" if value.strip() else
                "coopgraph: --param article: empty value (an article's file name (a path is taken by its name))")
    assert err.splitlines() == [expected]


def test_hostile_article_parameter_is_just_a_name() -> None:
    code, out, err = run("query", "officials", "--param", f"article={HOSTILE}", "--format", "csv")
    assert (code, out, err) == (0, "article,name,post,of\n", "")


def test_hostile_string_parameter_is_just_a_string(tmp_path: Path) -> None:
    q = tmp_path / "people-named.rq"
    q.write_text("# title: People by name\n# param: name (string) — the name as written\n"
                 "PREFIX schema: <https://schema.org/>\nPREFIX cg: <https://w3id.org/coopgraph/ontology#>\n"
                 "SELECT DISTINCT ?person ?name WHERE {\n  VALUES ?name { UNDEF }\n  ?person a cg:Person ; schema:name ?name }\n",
                 encoding="utf-8")
    code, out, err = run("query", q, "--param", f"name={HOSTILE}", "--format", "csv")
    assert (code, out, err) == (0, "person,name\n", "")
    for store in ("oxigraph", "memory"):      # (rdflib matches a plain literal only with a plain one)
        code, out, _ = run("query", q, "--param", "name=Nguyễn Doãn Anh", "--format", "csv", "--store", store)
        assert code == 0 and out.splitlines()[1:] == [f"{BASE}person/VN-21/nguiendoanan,Nguyễn Doãn Anh"]
    # and the store still has everything: the stats of the committed graph are unchanged
    code, out, _ = run("query", "agreements", "--format", "csv")
    assert code == 0 and len(out.splitlines()) > 1


UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "insert data { <urn:a> <urn:b> <urn:c> }",
    "PREFIX cg: <https://w3id.org/coopgraph/ontology#>\nDELETE WHERE { ?s a cg:Agreement }",
    "delete where { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DROP ALL", "drop silent graph <urn:g>", "Drop Default",
    "LOAD <http://example.org/x.ttl>", "load silent <http://example.org/x.ttl> into graph <urn:g>",
    "CLEAR ALL", "clear named", "CREATE GRAPH <urn:g>", "ADD <urn:a> TO <urn:b>", "move default to <urn:b>",
    "COPY <urn:a> TO DEFAULT",
    "# title: looks harmless\nSELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "SELECT * WHERE { ?s ?p ?o } ;\nINSERT DATA { <urn:a> <urn:b> <urn:c> }",
]
READ_ONLY = [
    "# insert data and drop all: words in a comment\nSELECT ?s WHERE { ?s a ?t } LIMIT 1",
    "SELECT ?s WHERE { ?s a ?t } LIMIT 1   # then DROP ALL and DELETE WHERE { }",
    'SELECT ?s WHERE { ?s ?p ?o . FILTER(?o != "insert data { } ; drop all") } LIMIT 1',
    "SELECT ?s WHERE { ?s ?p ?o . FILTER(?o != '''DELETE WHERE { ?s ?p ?o }\nDROP ALL''') } LIMIT 1",
    "PREFIX drop: <http://example.org/drop#>\nSELECT ?insert ?delete WHERE { ?insert drop:all ?delete } LIMIT 1",
    "SELECT ?s WHERE { ?s <http://example.org/insert#data> ?o } LIMIT 1",
    "SELECT (COUNT(*) AS ?drop) WHERE { ?s ?p ?o . FILTER(?p != <urn:x#clear>) }",
    'ASK { ?s ?p "a # not a comment" }',
]


@pytest.mark.parametrize("text", UPDATES)
def test_update_in_a_query_file_is_refused(tmp_path: Path, text: str) -> None:
    assert is_update(text)
    q = tmp_path / "mine.rq"
    q.write_text(text + "\n", encoding="utf-8")
    code, out, err = run("query", q)
    assert (code, out) == (2, "")
    assert err.splitlines() == [f"coopgraph: {q}: {UPDATE_REFUSED}"]


@pytest.mark.parametrize("text", READ_ONLY)
def test_read_only_query_with_update_words_still_runs(tmp_path: Path, text: str) -> None:
    assert not is_update(text)
    q = tmp_path / "mine.rq"
    q.write_text(text + "\n", encoding="utf-8")
    code, out, err = run("query", q, "--format", "csv")
    assert code == 0 and err == "" and out


# ====================================================================== IRIs

IRI_SAFE = re.compile(r"^https://w3id\.org/coopgraph/[A-Za-z0-9_\-/.#]+$")


def test_hostile_names_never_reach_an_iri(tmp_path: Path) -> None:
    nasty = 'Ngô <>"{}|\\^` Văn\u00a0Tèo ®\n'
    src = tmp_path / 'bài <>"{}|^` báo\n 1.txt'
    src.write_text("Tỉnh Thanh Hóa và tỉnh Hủa Phăn ký kết thỏa thuận hợp tác.", encoding="utf-8")
    a = read_article(src)
    assert a.id == "bai-bao-1"
    facts = ArticleFacts(article=a, officials=[
        Official(name=nasty, post="party-secretary", unit="VN-21", evidence=Evidence(0, a.sentences[0]), home="VN-21"),
        Official(name="<>{}", post="governor", unit="LA-HO", evidence=Evidence(0, a.sentences[0]), home="LA-HO")])
    g = article_graph(facts, load_gazetteer())
    ttl = to_turtle(g)
    list(ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE))              # strict Turtle
    g2 = Graph().parse(data=ttl, format="turtle")
    minted = {str(t) for triple in g2 for t in triple if isinstance(t, URIRef) and str(t).startswith(BASE)}
    assert minted and all(IRI_SAFE.match(i) for i in minted), sorted(i for i in minted if not IRI_SAFE.match(i))
    assert {f"{BASE}article/bai-bao-1", f"{BASE}person/VN-21/ngovanteo", f"{BASE}person/LA-HO/unnamed",
            f"{BASE}holding/bai-bao-1/VN-21/party-secretary/ngovanteo",
            f"{BASE}holding/bai-bao-1/LA-HO/governor/unnamed"} <= minted
    assert set(map(str, g2.objects(None, CG.statedName))) == {nasty, "<>{}"}  # the text itself is kept, as a literal
    assert not [p for p in validate_graph(g2, "x.ttl") if p.severity == "Violation"]


def test_same_name_in_two_provinces_gives_two_people(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Ngày 12/5/2025, Bí thư Tỉnh ủy Thanh Hóa Nguyễn Văn Hùng tiếp đoàn đại biểu tỉnh "
                             "Houaphanh (Lào).\n\nHai bên nhất trí tăng cường hợp tác.", encoding="utf-8")
    (d / "b.txt").write_text("Ngày 14/5/2025, Bí thư Tỉnh ủy Nghệ An Nguyễn Văn Hùng tiếp đoàn đại biểu tỉnh "
                             "Xiengkhuang (Lào).\n\nHai bên nhất trí tăng cường hợp tác.", encoding="utf-8")
    out = tmp_path / "out"
    assert [r.status for r in build([d], out, jobs=1)] == ["written", "written"]
    people = set()
    for f in out.glob("*.ttl"):
        people |= {str(p) for p in Graph().parse(f).subjects(RDF.type, CG.Person)}
    assert people == {f"{BASE}person/VN-21/nguienvanung", f"{BASE}person/VN-22/nguienvanung"}
    code, out_csv, _ = run("query", "officials", "--data", out, "--format", "csv")
    assert code == 0
    assert sorted(ln.split(",", 1)[1] for ln in out_csv.splitlines()[1:]) == [
        "Nguyễn Văn Hùng,party-secretary,VN-21", "Nguyễn Văn Hùng,party-secretary,VN-22"]
