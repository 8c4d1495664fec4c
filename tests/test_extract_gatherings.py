"""Conferences of many provinces and meetings counted or named by their year: kinds of text that the yearly
conferences of the border provinces' leaders show. Every sentence here is written for the test."""
from __future__ import annotations

from coopgraph.facts import PartialDate

from extract_helpers import events, facts


LEADERS = ("Dự hội nghị, phía Việt Nam có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Lào Cai; đồng chí Trần Văn Bình, "
           "Bí thư Tỉnh ủy Lai Châu; đồng chí Lê Văn Cường, Bí thư Tỉnh ủy Điện Biên. Phía Trung Quốc có đồng chí "
           "Vương Minh, Bí thư Tỉnh ủy Vân Nam. ")


def test_a_conference_gathers_every_province_whose_leaders_the_article_names() -> None:
    f = facts(LEADERS + "Tại hội nghị, hai bên đánh giá kết quả hợp tác và thống nhất phương hướng năm tới.",
              "2024-05-10")
    talks = [e for e in f.events if e.kind == "talks"]
    assert len(talks) == 1 and sorted(talks[0].parties) == ["CN-YN", "VN-01", "VN-02", "VN-71"]


def test_a_bilateral_meeting_stays_between_its_two_sides() -> None:
    # two provinces' leaders only: the talks are theirs, not widened
    f = facts("Chiều 9/5, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Lào Cai, hội đàm với đồng chí Vương Minh, Bí thư "
              "Tỉnh ủy Vân Nam. Tại buổi hội đàm, hai bên trao đổi về thương mại.", "2024-05-10")
    assert {tuple(sorted(e.parties)) for e in f.events} == {("CN-YN", "VN-02")}


def test_a_meeting_named_in_passing_does_not_take_every_named_province() -> None:
    # the talks name their two parties: the other provinces' leaders in the article stay out of them
    f = facts(LEADERS + "Ngày 9/5, tỉnh Lào Cai và tỉnh Vân Nam đã tổ chức hội đàm tại thành phố Lào Cai.",
              "2024-05-10")
    assert ("talks", ("CN-YN", "VN-02"), PartialDate(2024, 5, 9)) in events(f)


def test_meetings_counted_in_a_list_are_no_event() -> None:
    f = facts("Năm 2023, tỉnh Lào Cai và tỉnh Vân Nam đã tổ chức hơn 30 cuộc hội đàm trực tuyến, hội đàm "
              "thực địa và trao đổi đoàn.", "2024-05-10")
    assert not f.events


def test_a_spring_meeting_takes_the_year_its_name_gives() -> None:
    f = facts("12/03/2025\n\nNgày 20/2, tỉnh Lào Cai đăng cai Chương trình Gặp gỡ đầu xuân năm 2024 giữa Bí thư Tỉnh "
              "ủy các tỉnh Lào Cai, Lai Châu, Điện Biên và Bí thư Tỉnh ủy Vân Nam (Trung Quốc).")
    talks = [e for e in f.events if e.kind == "talks"]
    assert len(talks) == 1 and talks[0].start == PartialDate(2024, 2, 20)
    assert sorted(talks[0].parties) == ["CN-YN", "VN-01", "VN-02", "VN-71"]


def test_the_year_a_review_is_of_is_not_its_day() -> None:
    # the review of 2023's cooperation is held in March 2024 (the article's year)
    f = facts("Sáng 15/3, tỉnh Lai Châu và tỉnh Vân Nam tổ chức Lễ tổng kết hợp tác năm 2023.", "2024-03-16")
    assert {e.start for e in f.events} == {PartialDate(2024, 3, 15)}


def test_a_document_the_provinces_sign_at_the_conference_is_all_of_theirs() -> None:
    f = facts("12/03/2025\n\nNgày 20/2, tỉnh Lào Cai đăng cai Chương trình Gặp gỡ đầu xuân năm 2024 giữa Bí thư Tỉnh "
              "ủy các tỉnh Lào Cai, Lai Châu, Điện Biên và Bí thư Tỉnh ủy Vân Nam (Trung Quốc). Bí thư các tỉnh ký kết "
              "biên bản hội nghị và thỏa thuận hợp tác.")
    # (the minutes and the agreement: two documents, each the four provinces')
    assert f.agreements and {(tuple(sorted(a.parties)), a.signed) for a in f.agreements} == \
        {(("CN-YN", "VN-01", "VN-02", "VN-71"), PartialDate(2024, 2, 20))}
    assert ("signing", ("CN-YN", "VN-01", "VN-02", "VN-71"), PartialDate(2024, 2, 20)) in events(f)


def test_treaties_signed_between_the_governments_are_no_agreement_of_the_provinces() -> None:
    for said in ("treaties signed between the two governments", "agreements signed by the two countries"):
        f = facts(f"On May 3, leaders of Kien Giang province met a delegation of Kampot province. They asked the "
                  f"localities to strictly implement the {said}.", "2024-05-04")
        assert not f.agreements, said
    f = facts("Ngày 3/5, lãnh đạo tỉnh Kiên Giang tiếp đoàn tỉnh Kampot. Hai bên nhất trí thực hiện nghiêm các hiệp định "
              "đã ký kết giữa hai Chính phủ.", "2024-05-04")
    assert not f.agreements


def test_a_place_in_a_companys_name_with_its_kind_and_trade_is_no_party() -> None:
    from coopgraph.extract.context import in_institution_name

    for text in ("Công ty cổ phần Chứng khoán Sài Gòn", "Công ty TNHH Du lịch Sài Gòn", "Ngân hàng Thương mại cổ phần Sài Gòn"):
        assert in_institution_name(text, text.index("Sài Gòn"), len(text)), text
    text = "Công ty ABC đã tặng tỉnh Sài Gòn"   # a verb between: the province is the receiver
    assert not in_institution_name(text, text.index("Sài Gòn"), len(text))


def test_signing_the_hand_over_of_money_is_no_agreement() -> None:
    f = facts("Sáng 22/7, tại tỉnh Hủa Phăn, lãnh đạo tỉnh Thanh Hóa và tỉnh Hủa Phăn tổ chức lễ ký trao số tiền 5 tỷ "
              "đồng để xây dựng trường học.", "2024-07-23")
    assert not f.agreements and not any(e.kind == "signing" for e in f.events)
