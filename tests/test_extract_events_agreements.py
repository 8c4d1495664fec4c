"""Rules for events, agreements, signatories, money and partnerships, each tested on short articles of our own
(none of these sentences come from the corpus)."""
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


# ---------------------------------------------------------------- events: conferences of every kind

def test_high_level_conference_between_two_provinces_is_talks() -> None:
    f = facts("Hội nghị cấp cao Nghệ An – Xiêng Khoảng lần thứ ba\n\n"
              "Sáng 8/10, tại thành phố Vinh đã diễn ra Hội nghị cấp cao giữa hai tỉnh Nghệ An và Xiêng Khoảng. "
              "Phát biểu tại hội nghị, lãnh đạo hai tỉnh nhấn mạnh truyền thống hữu nghị.", "2023-10-09")
    assert events(f) == {("talks", ("LA-XI", "VN-22"), PartialDate(2023, 10, 8))}


def test_online_conference_of_several_provinces_is_one_talks_event() -> None:
    f = facts("Ngày 4/6/2022, Tỉnh ủy Cao Bằng và Tỉnh ủy Lạng Sơn phối hợp với Khu ủy Quảng Tây tổ chức "
              "Hội nghị trực tuyến giữa lãnh đạo các tỉnh Cao Bằng, Lạng Sơn (Việt Nam) và Quảng Tây (Trung Quốc).")
    assert kinds(f) == {("talks", ("CN-GX", "VN-04", "VN-09"))}


def test_review_conference_is_a_ceremony_and_references_to_it_take_its_kind() -> None:
    f = facts("Chiều 5/3, UBND tỉnh Quảng Trị tổ chức Hội nghị tổng kết Thỏa thuận hợp tác giữa tỉnh Quảng Trị và "
              "tỉnh Salavan giai đoạn 2020-2023. Tại hội nghị, các đại biểu đánh giá kết quả đạt được. "
              "Lãnh đạo hai tỉnh chủ trì hội nghị.", "2024-03-06")
    assert ("other", ("LA-SL", "VN-25"), PartialDate(2024, 3, 5)) in events(f)
    assert not any(e.kind == "talks" for e in f.events)


def test_a_partys_own_conference_is_no_meeting_between_the_sides() -> None:
    f = facts("Lãnh đạo tỉnh Điện Biên tiếp đoàn tỉnh Phông Sa Lỳ ngày 2/4.\n\n"
              "Trước đó, tỉnh Điện Biên tổ chức Hội nghị Ban Chấp hành Tỉnh ủy lần thứ 12.", "2024-04-03")
    assert all(e.kind != "talks" or e.evidence.index == 0 for e in f.events)
    assert not any("Ban Chấp hành" in e.evidence.text for e in f.events)


def test_conference_that_frames_a_signing_is_the_signing() -> None:
    f = facts("On March 2, a conference was held in Pakse, where Gia Lai and Champasak provinces signed a "
              "memorandum of understanding on cooperation. During the conference, the two sides reviewed results.",
              "2024-03-03")
    assert kinds(f) == {("signing", ("LA-CH", "VN-30"))}


def test_english_singular_talk_and_met_on_a_date_after_the_dateline() -> None:
    f = facts("June 12, 2023 – Delegations from Hoa Binh and Bokeo provinces met on June 10, 2023 in Hoa Binh city. "
              "During the meeting, both sides discussed trade.")
    assert events(f) == {("talks", ("LA-BK", "VN-14"), PartialDate(2023, 6, 10))}
    g = facts("A talk on cooperation between Yen Bai and Luang Namtha provinces was held in Yen Bai city on May 4.",
              "2022-05-05")
    assert events(g) == {("talks", ("LA-LM", "VN-06"), PartialDate(2022, 5, 4))}


# ---------------------------------------------------------------- events: ceremonies

def test_award_ceremony_for_a_consulate_is_between_the_province_and_the_state() -> None:
    f = facts("Tối 3/9, tại Savannakhet, chính quyền tỉnh đã tổ chức lễ trao tặng Huân chương Tự do cho "
              "Tổng Lãnh sự quán Việt Nam tại Savannakhet. Thừa ủy quyền của Chủ tịch nước Lào, "
              "ông Santiphap Phomvihane đã trao Huân chương cho Tổng Lãnh sự quán Việt Nam.")
    assert kinds(f) == {("other", ("LA-SV", "VN"))}


def test_hand_over_by_two_governments_names_both_states() -> None:
    f = facts("Representatives of the Lao and Vietnamese governments handed over a clinic to the authorities of "
              "Houaphanh province on the same day. The clinic was a gift of the Vietnamese people.", "2021-03-04")
    assert kinds(f) == {("other", ("LA", "LA-HO", "VN"))}


def test_state_gift_hand_over_told_twice_is_one_ceremony_of_the_state() -> None:
    f = facts("Bàn giao nhà văn hóa cho nhân dân tỉnh Bò Kẹo\n\n"
              "Ngày 20/4, tại huyện Tôn Phửng, tỉnh Bò Kẹo đã diễn ra lễ bàn giao nhà văn hóa, quà tặng của "
              "Nhà nước Việt Nam dành cho nhân dân địa phương.", "2023-04-21")
    assert kinds(f) == {("other", ("LA-BK", "VN"))}


def test_twinning_ceremony_between_provinces_but_not_between_associations() -> None:
    f = facts("Ngày 9/9, tại thành phố Pakse, tỉnh Kon Tum và tỉnh Champasak tổ chức lễ kết nghĩa giữa hai tỉnh.",
              "2022-09-10")
    assert kinds(f) == {("other", ("LA-CH", "VN-28"))}
    g = facts("Ngày 9/9, Hội Phụ nữ tỉnh Kon Tum và tỉnh Champasak tổ chức lễ kết nghĩa giữa Hội Liên hiệp Phụ nữ "
              "tỉnh Kon Tum với Hội Phụ nữ tỉnh Champasak.", "2022-09-10")
    assert not any(e.kind == "other" for e in g.events)


def test_something_inaugurated_last_year_is_no_event_of_the_report() -> None:
    f = facts("Ha Giang leaders held talks with Phongsaly leaders on May 3. Last year, a school funded by Ha Giang "
              "was inaugurated in Phongsaly.", "2024-05-04")
    assert kinds(f) == {("talks", ("LA-PH", "VN-03"))}


# ---------------------------------------------------------------- events: plans and earlier things reported as now

def test_plan_cue_at_the_head_of_the_sentence_covers_the_whole_list() -> None:
    f = facts("Trong chuyến thăm và làm việc tại Lào từ ngày 5-8/3, đoàn tỉnh Hà Giang đã đến thăm tỉnh Phông Sa Lỳ. "
              "Theo kế hoạch, đoàn cũng sẽ tiến hành hội đàm với lãnh đạo tỉnh Phông Sa Lỳ; chào xã giao lãnh đạo "
              "tỉnh Bò Kẹo và thăm một số dự án tại tỉnh Luông Nặm Thà.")
    assert not any(e.kind in ("talks", "visit") and "LA-BK" in e.parties for e in f.events)
    assert not any(e.kind == "talks" for e in f.events)


def test_a_future_word_after_the_meeting_in_another_clause_does_not_undo_it() -> None:
    f = facts("Chiều 6/7, tỉnh Sơn La và tỉnh Hủa Phăn đã hội đàm, thống nhất sẽ tăng cường trao đổi đoàn.",
              "2023-07-07")
    assert events(f) == {("talks", ("LA-HO", "VN-05"), PartialDate(2023, 7, 6))}


def test_earlier_undated_signing_in_a_feature_gives_no_signing_event() -> None:
    f = facts("Tình hữu nghị bền chặt\n\nNhiều năm qua, tỉnh Lai Châu luôn hỗ trợ các tỉnh bạn Lào. "
              "Có thể kể đến, giai đoạn 2016 - 2018, tỉnh Lai Châu ký thỏa thuận hợp tác với tỉnh Phông Sa Lỳ. "
              "Nhờ đó, nhiều công trình đã hoàn thành.")
    assert [a.period for a in f.agreements] == [(2016, 2018)]
    assert not any(e.kind == "signing" for e in f.events)


def test_signing_on_the_occasion_is_an_event_even_late_in_the_article() -> None:
    f = facts("Thai Binh leaders briefed guests from Champasak on the province. Both sides praised the ties. "
              "Trade grew last year. On the occasion, both sides signed a cooperation agreement on health care.",
              "2023-01-05")
    assert ("signing", ("LA-CH", "VN-20")) in kinds(f)


def test_receiving_and_working_with_a_delegation_is_one_talks_event() -> None:
    f = facts("Chiều 14/6, lãnh đạo tỉnh Quảng Ngãi có buổi tiếp xã giao Đoàn công tác tỉnh Sê Kông. "
              "Tiếp và làm việc với đoàn có các đồng chí lãnh đạo tỉnh Quảng Ngãi.", "2023-06-15")
    assert events(f) == {("talks", ("LA-XE", "VN-29"), PartialDate(2023, 6, 14))}


def test_trip_to_two_provinces_with_talks_in_one_is_a_visit_to_the_other() -> None:
    f = facts("Lãnh đạo tỉnh Quảng Nam thăm và làm việc tại tỉnh Sê Kông và Attapeu. Sáng 3/5, đoàn đến tỉnh Sê Kông. "
              "Tại buổi làm việc với tỉnh Sê Kông, hai bên trao đổi về hợp tác giáo dục.", "2024-05-03")
    assert ("visit", ("LA-AT", "VN-27")) in kinds(f)
    assert ("talks", ("LA-XE", "VN-27")) in kinds(f)
    assert ("visit", ("LA-XE", "VN-27")) not in kinds(f)
