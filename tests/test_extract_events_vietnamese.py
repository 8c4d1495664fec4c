"""Events in Vietnamese phrasing (award ceremonies, greeting visits, receptions at a border gate); sentences of our own."""
from __future__ import annotations

from coopgraph.facts import PartialDate

from extract_helpers import facts, kinds, events


def test_order_given_in_the_lao_presidents_name_is_a_ceremony_of_the_lao_state() -> None:
    f = facts("Sáng 5/3, tại tỉnh Quảng Bình, thừa ủy quyền của Chủ tịch nước CHDCND Lào, ông Bun Mi, Bí thư, Tỉnh trưởng "
              "tỉnh Khăm Muộn đã trao tặng Huân chương Hữu nghị cho tỉnh Quảng Bình.", "2024-03-06")
    assert ("other", ("LA", "VN-24")) in kinds(f)
    assert ("other", ("LA-KH", "VN-24")) not in kinds(f)


def test_bare_president_is_vietnams_and_the_day_comes_from_the_ceremony_before() -> None:
    f = facts("Ngày 9-10, tại tỉnh Salavan đã diễn ra lễ trao các huân chương cho tỉnh Salavan. Thừa ủy nhiệm của Chủ tịch "
              "nước, Chủ tịch UBND tỉnh Quảng Trị đã trao Huân chương Lao động cho tỉnh Salavan.", "2022-10-10")
    assert ("other", ("LA-SL", "VN"), PartialDate(2022, 10, 9)) in events(f)


def test_order_of_the_president_beside_a_handover_gives_two_ceremonies() -> None:
    f = facts("Tại lễ bàn giao nhà văn hóa cho tỉnh Hủa Phăn chiều 8/6, Bí thư tỉnh Hủa Phăn trao Huân chương Tự do "
              "của Chủ tịch nước CHDCND Lào cho tỉnh Thanh Hóa.", "2023-06-09")
    got = kinds(f)
    assert ("other", ("LA", "VN-21")) in got
    assert ("other", ("LA-HO", "VN-21")) in got


def test_wishes_brought_to_a_consulate_for_the_new_year_are_a_greeting_visit() -> None:
    f = facts("Ngày 10/4, đoàn đại biểu thành phố Cần Thơ đã đến chúc mừng cán bộ, nhân viên Tổng Lãnh sự quán Lào tại "
              "Cần Thơ nhân dịp Tết cổ truyền Bunpimay.", "2023-04-11")
    assert ("visit", ("LA", "VN-CT"), PartialDate(2023, 4, 10)) in events(f)


def test_a_delegation_came_to_wish_a_happy_new_year_to_a_province() -> None:
    f = facts("Sáng 2/2, đoàn đại biểu tỉnh Sê Kông do Phó Tỉnh trưởng dẫn đầu đã sang chúc mừng lãnh đạo tỉnh Quảng Nam "
              "nhân dịp Tết Nguyên đán.", "2024-02-03")
    assert ("visit", ("LA-XE", "VN-27"), PartialDate(2024, 2, 2)) in events(f)


def test_welcome_and_meeting_at_a_border_gate_is_talks() -> None:
    f = facts("Chiều 7/5, đoàn công tác tỉnh Cao Bằng sang thăm tỉnh Quảng Tây. Đón tiếp và hội kiến với đoàn tại "
              "Cửa khẩu Trà Lĩnh có Phó Chủ tịch Khu tự trị Quảng Tây.", "2024-05-08")
    got = kinds(f)
    assert got == {("talks", ("CN-GX", "VN-04"))}   # one meeting: the welcome is its talks, not a second event


def test_a_handover_just_done_before_a_papers_report_has_no_date() -> None:
    # (the user's convention: the day not stated is null; tune nb24_06)
    f = facts("Báo chí Campuchia số ra ngày 12/9 đưa tin tỉnh Tây Ninh vừa bàn giao một trạm y tế cho tỉnh Svay Rieng.",
              "2022-09-13")
    got = events(f)
    assert any(k == "other" and d is None for k, _, d in got)
    assert not any(d == PartialDate(2022, 9, 12) for _, _, d in got)


def test_money_handed_over_by_one_state_to_another_is_a_handover_ceremony() -> None:
    f = facts("Sáng 4/9, thừa ủy quyền của Bộ trưởng Quốc phòng, Đại sứ Việt Nam tại Campuchia đã trao cho Bộ trưởng "
              "Nội vụ Campuchia số tiền hỗ trợ 30.000 USD để giúp người dân vùng lũ.", "2020-09-05")
    assert ("other", ("KH", "VN"), PartialDate(2020, 9, 4)) in events(f)


def test_a_school_handed_to_the_vietnamese_association_abroad_is_no_ceremony_between_provinces() -> None:
    f = facts("Tỉnh Quảng Bình bàn giao nhà văn hóa cho Hội người Việt Nam tỉnh Khăm Muộn. Phát biểu tại lễ bàn giao, "
              "Chủ tịch Hội cảm ơn tỉnh Quảng Bình.", "2022-06-01")
    assert not any(k == "other" for k, _ in kinds(f))


def test_a_consulate_that_witnesses_a_handover_is_no_party() -> None:
    f = facts("Lễ bàn giao nhà lớp học cho tỉnh Kiên Giang có sự chứng kiến của đại diện Tổng Lãnh sự quán Campuchia "
              "tại Kiên Giang.", "2022-06-01")
    assert ("other", ("KH", "VN-47")) not in kinds(f)


def test_order_given_in_the_general_secretarys_name_and_in_english() -> None:
    f = facts("Chiều 3/4, thừa ủy quyền của Tổng Bí thư Lào, Bí thư tỉnh Luang Prabang trao tặng Huân chương Phát triển "
              "cho tỉnh Điện Biên.", "2024-04-04")
    assert ("other", ("LA", "VN-71")) in kinds(f)
    g = facts("At the ceremony in Dien Bien, the Governor of Luang Prabang presented the friendship order on behalf of "
              "the Lao President to Dien Bien province.", "2024-04-04")
    assert ("other", ("LA", "VN-71")) in kinds(g)
    assert ("other", ("LA-LP", "VN-71")) not in kinds(g)


def test_a_yearless_day_takes_the_year_of_the_plan_the_meeting_sets() -> None:
    f = facts("Chiều 12-4, tỉnh An Giang và tỉnh Takeo (Campuchia) tổ chức hội nghị sơ kết hợp tác và thống nhất kế "
              "hoạch hợp tác năm 2023 giữa hai tỉnh.")
    assert any(d == PartialDate(2023, 4, 12) for _, _, d in events(f))


def test_a_part_of_yesterday_dates_the_event_the_day_before_the_article() -> None:
    f = facts("Chiều qua, tỉnh Đắk Lắk tiếp đoàn đại biểu tỉnh Mondulkiri (Campuchia) sang thăm và làm việc.", "2023-09-15")
    assert any(d == PartialDate(2023, 9, 14) for _, _, d in events(f))
    g = facts("Ánh sáng qua ô cửa; tỉnh Đắk Lắk tiếp đoàn đại biểu tỉnh Mondulkiri (Campuchia).", "2023-09-15")
    assert not any(d == PartialDate(2023, 9, 14) for _, _, d in events(g))
