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


# ---------------------------------------------------------------- meetings of many units

def test_a_long_list_of_guests_is_read_to_its_end() -> None:
    f = facts("Ngày 8/9, tại thành phố Rạch Giá, Ủy ban nhân dân tỉnh Kiên Giang có buổi làm việc với đại diện chính "
              "quyền và doanh nghiệp đến từ các tỉnh Trat, Chanthaburi, Rayong của Vương quốc Thái Lan và các tỉnh Kep, "
              "Kampot, Koh Kong của Vương quốc Campuchia về hợp tác du lịch.", "2023-09-09")
    talks = [e for e in f.events if e.kind == "talks"]
    assert len(talks) == 1
    assert set(talks[0].parties) == {"VN-47", "TH-23", "TH-22", "TH-21", "KH-23", "KH-7", "KH-9"}


def test_a_conference_takes_its_parties_from_the_list_of_participants() -> None:
    f = facts("Vietnamese, Lao and Thai provinces meet\n\n"
              "The 12th conference of the provinces of Vietnam, Laos and Thailand along Road 8 took place in the Thai "
              "province of Nakhon Phanom on March 5 – 6 to review their cooperation in the past year. "
              "The event saw the participation of representatives from Ha Tinh and Nghe An of Vietnam, Nakhon Phanom "
              "of Thailand, and Bolikhamxay of Laos.", "2023-03-08")
    assert events(f) == {("talks", ("LA-BL", "TH-48", "VN-22", "VN-23"), PartialDate(2023, 3, 5))}
    assert ("LA-BL", "TH-48") in pairs(f)


def test_a_review_conference_with_no_series_number_stays_a_ceremony() -> None:
    f = facts("Quang Tri and Savannakhet provinces held a conference in Dong Ha on June 2 to review their "
              "cooperation in 2022.", "2023-06-03")
    assert kinds(f) == {("other", ("LA-SV", "VN-25"))}
