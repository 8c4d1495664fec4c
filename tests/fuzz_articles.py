"""A seeded mutator of the seed articles, for the fuzz test (tests/test_fuzz_build.py): cuts, duplications,
encodings, control characters, huge numbers, broken headers and HTML, long single-line files."""
from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data" / "seeds").glob("*.txt"))
HUGE = ["9" * 40, "1" + "0" * 400, "99999999999999999999999999 tỷ đồng", "1.000.000.000.000.000.000 USD",
        "-0,000000000001 triệu đồng", "١٢٣٤ tỷ đồng", "1e308 USD", "0x7fffffffffffffff kíp"]
HEADERS = ["published: 2027-13-45", "date: ٢٠٢٥-٠٥-١٤", "published: 0000-00-00", "url: javascript:alert(1)",
           "url: https://x.vn/a b<c>", "title: " + "T" * 5000, "date: 2025-02-30", "published: 9999-12-31"]
CONTROLS = ["\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\u200b", "\u202e", "\ufeff", "\ud800", "\r", "\x0c", "\u2028"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "latin-1"]


def _cut(rng: random.Random, t: str) -> str:
    a = rng.randrange(len(t))
    return t[a:a + rng.randint(1, 3000)] if rng.random() < 0.5 else t[:a] + t[rng.randint(a, len(t)):]


def _duplicate(rng: random.Random, t: str) -> str:
    paras = t.split("\n")
    i = rng.randrange(len(paras))
    return "\n".join(paras[:i] + [paras[i]] * rng.randint(2, 12) + paras[i:])


def _splice(rng: random.Random, t: str) -> str:
    other = rng.choice(SEEDS).read_text("utf-8")
    a, b = rng.randrange(len(t)), rng.randrange(len(other))
    return t[:a] + other[b:b + rng.randint(10, 2000)] + t[a:]


def _controls(rng: random.Random, t: str) -> str:
    chars = list(t)
    for _ in range(rng.randint(1, 40)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(CONTROLS))
    return "".join(chars)


def _numbers(rng: random.Random, t: str) -> str:
    return re.sub(r"\d+(?:[.,]\d+)*", lambda m: rng.choice(HUGE) if rng.random() < 0.3 else m.group(0), t)


def _header(rng: random.Random, t: str) -> str:
    return "\n".join(rng.sample(HEADERS, rng.randint(1, 3))) + "\n\n" + t


def _html(rng: random.Random, t: str) -> str:
    body = "".join(f"<p>{p}</p>" if rng.random() < 0.8 else f"<div><script>{p}</script>" for p in t.split("\n"))
    return rng.choice(["<html><body>", "<!doctype html><nav>menu</nav>", "<p>", ""]) + body \
        + rng.choice(["</body></html>", "", "<!--", "<![CDATA["])


def _one_line(rng: random.Random, t: str) -> str:
    """A long single-line file: the text without its sentence and line breaks, repeated (up to about 150 kB)."""
    flat = re.sub(r"[.!?…\n]+", " ", t)
    flat = "".join(a + " " if a.islower() and b.isupper() else a for a, b in zip(flat, flat[1:] + " "))  # not glued
    return flat * rng.randint(1, max(1, 150_000 // max(1, len(flat.encode()))))


def _words(rng: random.Random, t: str) -> str:
    words = t.split(" ")
    rng.shuffle(words)
    return " ".join(words)


TEXT_MUTATIONS = [_cut, _duplicate, _splice, _controls, _numbers, _header, _html, _words]


def _bytes(rng: random.Random, text: str) -> bytes:
    enc = rng.choice(ENCODINGS) if rng.random() < 0.3 else "utf-8"
    data = text.encode(enc, errors=rng.choice(["replace", "ignore", "surrogatepass"]) if enc.startswith("utf") else "replace")
    if rng.random() < 0.08:                                     # flipped bytes
        b = bytearray(data)
        for _ in range(rng.randint(1, 50)):
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
        data = bytes(b)
    if rng.random() < 0.02:                                     # cut in the middle of a multi-byte character
        data = data[: rng.randrange(len(data) + 1)]
    return data


def mutated_articles(n: int, seed: int) -> list[tuple[str, bytes]]:
    """``n`` (file name, bytes) pairs mutated from the seed articles; the same for the same seed. About one in a
    two hundred is a long single-line file."""
    rng = random.Random(seed)
    texts = [p.read_text("utf-8") for p in SEEDS]
    out = []
    for i in range(n):
        t = rng.choice(texts)
        if rng.random() < 0.6:      # most start from a part of an article: faster, and as good for fuzzing
            a = rng.randrange(len(t))
            t = t[a:a + rng.randint(300, 4000)]
        if i % 200 == 7:
            t = _one_line(rng, t)
        else:
            for m in rng.sample(TEXT_MUTATIONS, rng.randint(1, 3)):
                t = m(rng, t) or " "
        out.append((f"m{i:05d}{rng.choice(['.txt', '.txt', '.html'])}", _bytes(rng, t)))
    return out
