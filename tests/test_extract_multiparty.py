"""Rules for events, agreements, partnerships and money in kinds of text that the unseen articles showed: meetings of
many units, greeting visits with an exchange, receptions by national leaders, documents signed earlier, districts.
Every sentence here is written for the test (none comes from a corpus)."""
from __future__ import annotations

from coopgraph.article import parse_article_text
from coopgraph.extract import extract_article
from coopgraph.facts import PartialDate


def facts(text: str, published: str | None = None):
    head = f"published: {published}\n\n" if published else ""
    return extract_article(parse_article_text(head + text, "t.txt", "t"))


def events(f) -> set[tuple[str, tuple[str, ...], PartialDate | None]]:
    return {(e.kind, tuple(sorted(e.parties)), e.start) for e in f.events}


def kinds(f) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.kind, tuple(sorted(e.parties))) for e in f.events}


def pairs(f) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in f.partnerships}


# ---------------------------------------------------------------- partnerships across every border

def test_a_meeting_of_three_countries_pairs_the_two_foreign_units_too() -> None:
    f = facts("On May 3, leaders of Quang Tri province of Vietnam, Savannakhet province of Laos and Mukdahan province "
              "of Thailand held talks on trade and transport.", "2023-05-04")
    assert ("LA-SV", "TH-49") in pairs(f)
    assert {("LA-SV", "VN-25"), ("TH-49", "VN-25")} <= pairs(f)


def test_guests_of_one_host_are_not_partners_of_each_other() -> None:
    f = facts("Ngày 3/5, UBND tỉnh Kiên Giang có buổi làm việc với lãnh đạo các tỉnh Trat của Thái Lan và Kampot của "
              "Campuchia về du lịch.", "2023-05-04")
    assert ("KH-7", "TH-23") not in pairs(f)
    assert {("KH-7", "VN-47"), ("TH-23", "VN-47")} <= pairs(f)
