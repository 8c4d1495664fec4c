"""Measuring the extractor on hand-annotated articles (gold files in the format of GOLD.md).

Facts are compared as codes: places by ISO 3166-2 code, posts by VOCAB code, people by their folded name
(any spelling the gold file lists), dates as ISO strings. An agreement or event with more than two parties
counts once per pair; only cross-border partnerships count.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .build import build
from .query.answers import answer
from .query.questions import find_query
from .query.store import open_dataset
from .text import fold

KINDS = ("partnerships", "agreements", "officials", "events", "amounts", "signatories")


class GoldError(Exception):
    """A gold file that cannot be read."""


@dataclass
class KindScore:
    kind: str
    gold: int
    found: int
    tp: int
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.found if self.found else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _cell(v) -> str:
    return "" if v is None else str(v).strip()


def _pair(a, b) -> tuple[str, str]:
    return tuple(sorted((_cell(a), _cell(b))))  # type: ignore[return-value]


def party_pairs(parties) -> list[tuple[str, str]]:
    """Every pair of the parties' codes, each pair sorted (a fact between several parties counts once per pair)."""
    codes = sorted({_cell(p) for p in parties or [] if p})
    return [(x, y) for i, x in enumerate(codes) for y in codes[i + 1:]]


def crosses_border(a: str, b: str) -> bool:
    """The two codes are of units in different countries."""
    return a.split("-")[0] != b.split("-")[0]


def money_key(v: str) -> str:
    """A sum as the gold files and the queries compare it: a whole number's digits."""
    try:
        return str(int(float(v)))
    except ValueError:
        return v


def _add_counted(facts: set, key: tuple) -> None:
    """A sum an article gives twice (the same amount for two periods) counts twice: the n-th copy is its own fact."""
    n = 1
    while (*key, n) in facts:
        n += 1
    facts.add((*key, n))


def gold_facts(folder: Path) -> dict[str, set]:
    """The facts the gold files of a folder state, by kind."""
    facts: dict[str, set] = {k: set() for k in KINDS}
    for path in sorted(folder.glob("*.gold.yaml")):
        try:
            g = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, OSError, UnicodeDecodeError) as e:
            raise GoldError(f"{path}: cannot read gold file ({str(e).splitlines()[0]})") from None
        art = g.get("article") or path.name.replace(".gold.yaml", ".txt")
        for p in g.get("partnerships") or []:
            if crosses_border(_cell(p["a"]), _cell(p["b"])):
                facts["partnerships"].add((art, _pair(p["a"], p["b"])))
        for a in g.get("agreements") or []:
            period = a.get("period") or [None, None]
            for ab in party_pairs(a.get("parties")):
                facts["agreements"].add((art, ab, _cell(period[0]), _cell(period[1]), _cell(a.get("signed"))))
                for s in a.get("signatories") or []:
                    facts["signatories"].add((art, ab, fold(s)))
        for o in g.get("officials") or []:
            names = [o["name"], *(o.get("aliases") or [])]
            facts["officials"].add((art, tuple(sorted({fold(n) for n in names})), o["post"], o["of"]))
        for e in g.get("events") or []:
            for ab in party_pairs(e.get("parties")):
                facts["events"].add((art, e["kind"], _cell(e.get("date")), ab))
        for m in g.get("amounts") or []:
            if m.get("value") is not None:
                _add_counted(facts["amounts"], (art, _cell(m.get("by")), _cell(m.get("to")), money_key(str(m["value"])),
                                                 _cell(m.get("unit")).upper()))
    return facts


def system_facts(graph_dir: Path) -> dict[str, set]:
    """The same kinds of facts, as the stored queries answer them over built Turtle."""
    ds = open_dataset([graph_dir])
    facts: dict[str, set] = {k: set() for k in KINDS}

    def rows(name: str):
        res = answer(ds, find_query(name), {})
        variables = [v.value for v in res.variables]
        for sol in res:
            yield {v: ("" if sol[v] is None else sol[v].value) for v in variables}

    for r in rows("partnerships"):
        if crosses_border(r["a"], r["b"]):
            facts["partnerships"].add((r["article"], _pair(r["a"], r["b"])))
    for r in rows("agreements"):
        ab = _pair(r["a"], r["b"])
        facts["agreements"].add((r["article"], ab, r["period_start"], r["period_end"], r["signed"][:10]))
        for s in filter(None, r["signatories"].split("|")):
            facts["signatories"].add((r["article"], ab, fold(s)))
    for r in rows("officials"):
        facts["officials"].add((r["article"], fold(r["name"]), r["post"], r["of"]))
    for r in rows("events"):
        facts["events"].add((r["article"], r["kind"], r["date"][:10], _pair(r["a"], r["b"])))
    for r in rows("amounts"):
        _add_counted(facts["amounts"], (r["article"], r["by"], r["to"], money_key(r["value"]), r["unit"].upper()))
    return facts


def _match(kind: str, gold: set, found: set) -> tuple[int, list, list]:
    if kind != "officials":
        return len(gold & found), sorted(gold - found, key=str), sorted(found - gold, key=str)
    # an official matches when the found name is one of the gold spellings
    remaining = set(found)
    missed = []
    tp = 0
    for g in sorted(gold, key=str):
        art, names, post, of = g
        hit = next((f for f in sorted(remaining, key=str) if f[0] == art and f[1] in names and f[2] == post
                    and f[3] == of), None)
        if hit:
            tp += 1
            remaining.discard(hit)
        else:
            missed.append(g)
    return tp, missed, sorted(remaining, key=str)


def evaluate(folder: Path) -> list[KindScore]:
    """Build the folder's articles, query them, and compare with its gold files."""
    gold = gold_facts(folder)
    with tempfile.TemporaryDirectory(prefix="coopgraph-eval-") as tmp:
        build([folder], Path(tmp), jobs=1)
        found = system_facts(Path(tmp))
    scores = []
    for kind in KINDS:
        tp, missed, spurious = _match(kind, gold[kind], found[kind])
        scores.append(KindScore(kind, len(gold[kind]), tp + len(spurious), tp, missed, spurious))
    return scores


def mean_f1(scores: list[KindScore]) -> float:
    return sum(s.f1 for s in scores) / len(scores)


def micro_f1(scores: list[KindScore]) -> float:
    """The F1 of all facts pooled: each fact weighs the same, whatever its kind."""
    tp, found, gold = (sum(getattr(s, a) for s in scores) for a in ("tp", "found", "gold"))
    p = tp / found if found else 1.0
    r = tp / gold if gold else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def format_scores(scores: list[KindScore], verbose: bool = False) -> str:
    lines = []
    for s in scores:
        lines.append(f"{s.kind:13s} gold={s.gold:4d} found={s.found:4d} "
                     f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}")
        if verbose:
            lines += [f"   missed   {m}" for m in s.missed]
            lines += [f"   spurious {x}" for x in s.spurious]
    tp, found, gold = (sum(getattr(s, a) for s in scores) for a in ("tp", "found", "gold"))
    lines.append(f"all facts pooled: gold={gold} found={found} P={tp / found if found else 1.0:.3f} "
                 f"R={tp / gold if gold else 1.0:.3f} micro-F1={micro_f1(scores):.3f}")
    lines.append(f"score: F1={mean_f1(scores):.3f}")
    return "\n".join(lines) + "\n"
