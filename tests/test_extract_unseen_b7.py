"""Rules for kinds of text that a set of unseen articles (b7: Cambodian and Chinese partners, border conferences, trips)
showed: conferences between long lists of units, something done during a trip told earlier, documents signed over a
past period. Every sentence here is written for the test (none comes from a corpus)."""
from __future__ import annotations

from coopgraph.article import parse_article_text
from coopgraph.extract import extract_article
from coopgraph.facts import PartialDate

from extract_helpers import facts, pairs


# ---------------------------------------------------------------- a conference between a list of units

def test_a_conference_between_a_long_list_takes_every_unit_of_it() -> None:
    f = facts("Tỉnh Hà Giang dự hội nghị tại Côn Minh\n\n"
              "Ngày 9/9, đoàn công tác tỉnh Hà Giang cùng các tỉnh bạn đã dự Hội nghị lần thứ 3 giữa lãnh đạo các tỉnh "
              "Hà Giang, Lào Cai, Lai Châu, Điện Biên (Việt Nam) và lãnh đạo tỉnh Vân Nam (Trung Quốc) bàn về thương mại.",
              "2023-09-10")
    talks = [e for e in f.events if e.kind == "talks"]
    assert len(talks) == 1
    assert set(talks[0].parties) == {"VN-03", "VN-02", "VN-01", "VN-71", "CN-YN"}
    assert {("CN-YN", "VN-01"), ("CN-YN", "VN-71")} <= pairs(f)


def test_the_list_of_a_conference_ends_with_its_clause() -> None:
    f = facts("Ngày 9/9, diễn ra Hội nghị lần thứ 3 giữa các tỉnh Hà Giang, Lào Cai (Việt Nam) và tỉnh Vân Nam (Trung "
              "Quốc); tỉnh Phongsaly của Lào gửi thư chúc mừng.", "2023-09-10")
    talks = [e for e in f.events if e.kind == "talks"]
    assert [set(e.parties) for e in talks] == [{"VN-03", "VN-02", "CN-YN"}]


# ---------------------------------------------------------------- an event during a trip told earlier

def test_a_conference_during_a_trip_takes_the_month_of_the_trip() -> None:
    f = facts("Đoàn công tác tỉnh Điện Biên về nước\n\n"
              "Từ ngày 3/10 đến 7/10/2023, đoàn công tác tỉnh Điện Biên đã có chuyến công tác tại tỉnh Vân Nam. "
              "Trong thời gian công tác, đoàn đã dự Hội nghị lần thứ 2 giữa các tỉnh Điện Biên, Lai Châu (Việt Nam) và "
              "tỉnh Vân Nam (Trung Quốc).")
    talks = [e for e in f.events if e.kind == "talks"]
    assert talks and all(e.start == PartialDate(2023, 10) for e in talks)


def test_an_english_trip_range_dates_the_meeting_during_it() -> None:
    f = facts("From May 20 to May 24, 2024, a delegation of Lai Chau province paid a working trip to Yunnan. During the "
              "trip, the delegation attended the second conference between Lai Chau and Dien Bien of Vietnam and Yunnan "
              "of China.")
    talks = [e for e in f.events if e.kind == "talks"]
    assert talks and all(e.start == PartialDate(2024, 5) for e in talks)


# ---------------------------------------------------------------- documents signed over a past period

def test_documents_signed_in_the_past_period_are_no_signing_of_the_day() -> None:
    f = facts("Tỉnh An Giang dự hội nghị biên giới\n\n"
              "Trong giai đoạn vừa qua, An Giang đã ký thỏa thuận hợp tác với các tỉnh Takeo và Kampot.", "2024-05-02")
    assert not f.agreements
    assert not [e for e in f.events if e.kind == "signing"]
    assert {("KH-21", "VN-44"), ("KH-7", "VN-44")} <= pairs(f)    # the sides still cooperate


def test_a_document_signed_at_the_reported_meeting_stays_one() -> None:
    f = facts("Ngày 2/5, tỉnh An Giang và tỉnh Takeo đã ký thỏa thuận hợp tác giai đoạn 2024-2026.", "2024-05-02")
    assert [a.parties for a in f.agreements] == [("KH-21", "VN-44")]


def test_documents_counted_over_the_years_are_agreements_with_no_day() -> None:
    f = facts("Tỉnh Sơn La đón đoàn tỉnh Phongsaly\n\n"
              "Ngày 4/3, tỉnh Sơn La tiếp đoàn đại biểu tỉnh Phongsaly. Trong những năm qua, hai bên đã trao đổi nhiều "
              "đoàn; ký kết 4 biên bản ghi nhớ về hợp tác.", "2024-03-05")
    assert [(a.parties, a.signed) for a in f.agreements] == [(("LA-PH", "VN-05"), None)]
    assert not [e for e in f.events if e.kind == "signing"]


def test_counted_documents_with_several_partners_are_one_each() -> None:
    f = facts("Trong giai đoạn vừa qua, An Giang đã ký 2 thỏa thuận hợp tác với các tỉnh Takeo và Kampot.", "2024-05-02")
    assert sorted(a.parties for a in f.agreements) == [("KH-21", "VN-44"), ("KH-7", "VN-44")]
    assert not [e for e in f.events if e.kind == "signing"]


# ---------------------------------------------------------------- a page dated long after the news it carries

def test_a_document_for_past_years_signed_on_a_day_gives_that_day_no_year() -> None:
    f = facts("Ngày 5-8, tại thành phố Lào Cai diễn ra cuộc hội đàm giữa hai tỉnh Lào Cai và Phongsaly. Lãnh đạo hai "
              "tỉnh đã ký biên bản hợp tác giai đoạn 2012-2014.", "2021-03-01")
    assert [(a.period, a.signed) for a in f.agreements] == [((2012, 2014), None)]
    assert all(e.start is None for e in f.events)


def test_a_document_for_coming_years_signed_on_a_day_takes_the_page_year() -> None:
    f = facts("Ngày 5-8, tại thành phố Lào Cai diễn ra cuộc hội đàm giữa hai tỉnh Lào Cai và Phongsaly. Lãnh đạo hai "
              "tỉnh đã ký biên bản hợp tác giai đoạn 2021-2023.", "2021-08-06")
    assert [(a.period, a.signed) for a in f.agreements] == [((2021, 2023), PartialDate(2021, 8, 5))]


# ---------------------------------------------------------------- a joint delegation as one side

def test_both_sides_of_a_joint_delegation_are_all_its_units() -> None:
    f = facts("On the morning of May 6, the delegations of Ha Tinh and Nghe An provinces held talks with the delegation "
              "of Bolikhamxay province in Paksan.\n\nBoth sides then signed a memorandum of understanding on border "
              "management.", "2024-05-07")
    assert [set(a.parties) for a in f.agreements] == [{"VN-23", "VN-22", "LA-BL"}]


def test_both_sides_of_one_province_stay_two() -> None:
    f = facts("On the morning of May 6, the delegation of Ha Tinh province held talks with the delegation of "
              "Bolikhamxay province in Paksan.\n\nBoth sides then signed a memorandum of understanding on border "
              "management.", "2024-05-07")
    assert [set(a.parties) for a in f.agreements] == [{"VN-23", "LA-BL"}]


# ---------------------------------------------------------------- a byline written month first

def test_a_byline_with_no_such_month_is_read_month_first() -> None:
    a = parse_article_text("Lao and Vietnamese provinces meet\n\n10/23/2021 | 09:15am EDT\n\nLeaders of Salavan and Quang "
                           "Tri held talks on October 21.", "t.txt", "t")
    assert a.published == PartialDate(2021, 10, 23)


def test_a_byline_that_can_be_day_first_stays_day_first() -> None:
    a = parse_article_text("Lao and Vietnamese provinces meet\n\n05/10/2021 | 09:15\n\nLeaders of Salavan and Quang "
                           "Tri held talks on October 3.", "t.txt", "t")
    assert a.published == PartialDate(2021, 10, 5)


# ---------------------------------------------------------------- posts: committees and countries named around a title

def posts(f) -> set[tuple[str, str, str]]:
    return {(o.name, o.post, o.unit) for o in f.officials}


def test_a_provincial_committee_is_no_autonomous_regions() -> None:
    # the delegation named before the person is Guangxi's, but a "Tỉnh ủy" is not its committee (a Khu ủy is)
    f = facts("Nhân dịp Đoàn đại biểu Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) dự Chương trình giao lưu văn hóa "
              "và thương mại mùa xuân 2024 tại Lạng Sơn, chiều 20/2, Đoàn đại biểu tỉnh do đồng chí Quản Văn Bình, Bí thư "
              "Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh làm trưởng đoàn đã gặp đồng chí Lý Minh, Bí thư Khu ủy Khu "
              "tự trị dân tộc Choang Quảng Tây.",
              "2024-02-21")
    assert ("Quản Văn Bình", "party-secretary", "VN-09") in posts(f)
    assert ("Lý Minh", "party-secretary", "CN-GX") in posts(f)


def test_a_deputy_prime_minister_of_the_royal_government_is_of_its_country() -> None:
    f = facts("Dự buổi lễ có bà Sok Chanthy, Phó Thủ tướng Chính phủ Hoàng gia Campuchia, và lãnh đạo tỉnh Tây Ninh.",
              "2024-04-02")
    assert ("Sok Chanthy", "other", "KH") in posts(f)


def test_a_region_named_before_the_province_keeps_the_title_whole() -> None:
    f = facts("Secretary of the Party Committee of Mekong Delta Ben Tre province Tran Van Minh on May 3 received a "
              "delegation from Salavan province of Laos.", "2024-05-04")
    assert ("Tran Van Minh", "party-secretary", "VN-50") in posts(f)


# ---------------------------------------------------------------- relations told of "the province"

def test_scholarships_of_the_province_for_students_of_foreign_provinces_relate_them() -> None:
    f = facts("Leaders of Ben Tre and Champasak met on May 3.\n\nThe province also provided scholarships for 40 students "
              "from the Lao provinces of Salavan and Attapeu.", "2024-05-04")
    assert {("LA-AT", "VN-50"), ("LA-SL", "VN-50")} <= pairs(f)


def test_a_province_of_a_country_as_subject_is_not_the_article_s() -> None:
    f = facts("Leaders of Ben Tre and Champasak met on May 3.\n\nThe province of Salavan also provided scholarships for "
              "students from Attapeu.", "2024-05-04")
    assert ("LA-AT", "VN-50") not in pairs(f)


def test_a_planned_meeting_between_a_list_relates_its_units() -> None:
    f = facts("Đoàn công tác tỉnh Cao Bằng sẽ tham dự Chương trình gặp gỡ đầu Xuân giữa Bí thư các tỉnh – khu gồm: Cao Bằng, "
              "Lạng Sơn (Việt Nam) và Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc); đoàn cũng sẽ khảo sát cửa khẩu.",
              "2024-02-20")
    assert {("CN-GX", "VN-04"), ("CN-GX", "VN-09")} <= pairs(f)
    assert all(p.status == "relation" for p in f.partnerships)
    assert not f.events


# ---------------------------------------------------------------- documents told with their years

def test_a_document_under_review_keeps_the_period_named_before_it() -> None:
    f = facts("On March 12, leaders of Kon Tum and Attapeu met in Kon Tum city to review the implementation of their "
              "2022-2027 cooperation agreement.", "2024-03-13")
    assert [(a.parties, a.period, a.signed) for a in f.agreements] == [(("LA-AT", "VN-28"), (2022, 2027), None)]


def test_a_period_under_review_with_no_document_after_it_is_none() -> None:
    f = facts("On March 12, leaders of Kon Tum and Attapeu met in Kon Tum city to review their cooperation results in "
              "2022-2023 and signed a memorandum of understanding.", "2024-03-13")
    assert [a.period for a in f.agreements] == [None]


def test_documents_signed_in_a_year_after_the_verb_are_of_that_year() -> None:
    f = facts("Hai tỉnh Cao Bằng và Quảng Tây đã ký 5 văn kiện hợp tác vào năm 2023.", "2024-03-13")
    assert [(a.parties, a.signed) for a in f.agreements] == [(("CN-GX", "VN-04"), PartialDate(2023))]
    assert not f.events


def test_who_attended_a_conference_gives_its_parties() -> None:
    f = facts("Dự hội nghị có đại diện lãnh đạo các tỉnh Quảng Trị, Hà Tĩnh của Việt Nam và tỉnh Savannakhet, Khammouane "
              "của Lào. Hội nghị diễn ra ngày 12/3 tại thành phố Đông Hà.", "2024-03-13")
    talks = [e for e in f.events if e.kind == "talks"]
    assert [set(e.parties) for e in talks] == [{"VN-25", "VN-23", "LA-SV", "LA-KH"}]


def test_a_signing_during_a_trip_takes_the_month_of_the_trip() -> None:
    f = facts("The delegation of Phu Yen province paid a working visit to Attapeu province from March 10-13. During the "
              "visit, the two sides held talks and signed a cooperation agreement for 2024-2026.", "2024-03-15")
    assert [(a.period, a.signed) for a in f.agreements] == [((2024, 2026), PartialDate(2024, 3))]


def test_a_signing_during_a_one_day_visit_takes_its_day() -> None:
    f = facts("On March 12, the delegation of Phu Yen province visited Attapeu province. During the visit, the two sides "
              "held talks and signed a cooperation agreement for 2024-2026.", "2024-03-15")
    assert [a.signed for a in f.agreements] == [PartialDate(2024, 3, 12)]


def test_a_conference_of_the_border_provinces_of_two_countries_names_no_side() -> None:
    f = facts("An Giang dự hội nghị biên giới\n\nNgày 12/3, đoàn công tác tỉnh An Giang tham dự Hội nghị hợp tác các "
              "tỉnh biên giới Việt Nam - Campuchia lần thứ 5 tại Phnom Penh. Tỉnh An Giang có quan hệ hợp tác với tỉnh "
              "Takeo.", "2024-03-13")
    assert not [e for e in f.events if e.kind == "talks"]


def test_a_conference_named_by_its_two_provinces_has_them_as_sides() -> None:
    f = facts("Ngày 12/3, tại thành phố Long Xuyên diễn ra Hội nghị hợp tác An Giang - Takeo lần thứ 5.", "2024-03-13")
    assert [set(e.parties) for e in f.events if e.kind == "talks"] == [{"VN-44", "KH-21"}]


# ---------------------------------------------------------------- a trip of several stops

def test_both_sides_at_a_named_stop_are_the_guests_and_that_host() -> None:
    f = facts("Ngày 5/4, đoàn công tác tỉnh Quảng Ngãi đã thăm, làm việc tại tỉnh Sekong và tỉnh Attapeu. Tại tỉnh Sekong, "
              "hai bên đã hội đàm và ký kết biên bản hợp tác.", "2024-04-06")
    assert [a.parties for a in f.agreements] == [("LA-XE", "VN-29")]
    assert ("talks", ("LA-XE", "VN-29")) in {(e.kind, e.parties) for e in f.events}
    assert ("talks", ("LA-AT", "VN-29")) not in {(e.kind, e.parties) for e in f.events}


def test_a_new_year_visit_is_a_visit() -> None:
    f = facts("Leaders of Long An province paid a New Year visit to Svay Rieng province on April 12 and presented gifts.",
              "2024-04-13")
    assert [(e.kind, e.parties) for e in f.events] == [("visit", ("KH-20", "VN-41"))]


def test_a_document_of_two_friendship_associations_is_not_the_provinces() -> None:
    f = facts("Ngày 5/4, Hội hữu nghị Việt – Lào tỉnh Hà Tĩnh và Hội hữu nghị Lào – Việt tỉnh Khăm Muộn ký kết biên bản "
              "hợp tác giai đoạn 2024-2026.", "2024-04-06")
    assert not f.agreements
    f = facts("Ngày 5/4, UBND tỉnh Hà Tĩnh và chính quyền tỉnh Khăm Muộn ký kết biên bản hợp tác giai đoạn 2024-2026.",
              "2024-04-06")
    assert [a.parties for a in f.agreements] == [("LA-KH", "VN-23")]


def test_a_document_reviewed_before_a_new_one_is_planned_is_in_force() -> None:
    f = facts("At the meeting on April 5, Ha Tinh and Khammouane reviewed the outcomes of their 2021-2023 agreement and "
              "agreed to sign a new one for 2024-2026 later this year.", "2024-04-06")
    assert [(a.parties, a.period, a.signed) for a in f.agreements] == [(("LA-KH", "VN-23"), (2021, 2023), None)]
    assert not [e for e in f.events if e.kind == "signing"]


def test_a_document_named_before_its_planned_signing_is_no_agreement() -> None:
    f = facts("Ngày 5/4, hai tỉnh Hà Tĩnh và Khăm Muộn cho biết Biên bản hợp tác giai đoạn 2024-2026 sẽ được ký kết vào "
              "tháng 6.", "2024-04-06")
    assert not f.agreements


def test_a_visit_of_several_days_is_a_visit() -> None:
    f = facts("A delegation of Thai Nguyen province paid a three-day official visit to Luang Namtha province from April 3.",
              "2024-04-06")
    assert [(e.kind, e.parties) for e in f.events] == [("visit", ("LA-LM", "VN-69"))]


def test_meetings_counted_over_a_year_are_no_event() -> None:
    f = facts("Năm 2023, hai tỉnh Hà Giang và Vân Nam đã tổ chức 12 cuộc hội đàm, gặp gỡ.", "2024-04-06")
    assert not f.events
    f = facts("Last year, Ha Giang and Yunnan held 12 meetings on border trade.", "2024-04-06")
    assert not f.events


def test_a_meeting_on_a_day_is_not_counted() -> None:
    f = facts("Ha Giang and Yunnan leaders at the April 5 meeting in Ha Giang city.", "2024-04-06")
    assert [e.kind for e in f.events] == ["talks"]


def test_the_word_province_before_a_name_is_no_district_of_another_tone() -> None:
    f = facts("Tỉnh Gia Lai và tỉnh Ratanakiri ký biên bản ghi nhớ hợp tác từ năm 2015.", "2024-04-06")
    assert [(a.parties, a.signed) for a in f.agreements] == [(("KH-16", "VN-30"), PartialDate(2015))]
    assert not f.events


def test_a_ceremony_to_hand_over_is_a_ceremony() -> None:
    f = facts("On April 5, Kon Tum province held a ceremony to hand over a clinic it funded to Sekong province.",
              "2024-04-06")
    assert [(e.kind, e.parties) for e in f.events] == [("other", ("LA-XE", "VN-28"))]


def test_a_working_visit_where_the_sides_discussed_and_agreed_is_talks() -> None:
    f = facts("Ngày 5/4, Đoàn công tác tỉnh Sơn La đã thăm và làm việc tại tỉnh Oudomxay. Hai bên đã trao đổi, thống nhất "
              "nhiều nội dung hợp tác.", "2024-04-06")
    assert [(e.kind, e.parties) for e in f.events] == [("talks", ("LA-OU", "VN-05"))]


def test_a_stop_where_the_delegation_was_received_is_a_meeting_of_its_own() -> None:
    f = facts("A delegation of Lai Chau province held talks with Phongsaly province on April 4. The delegation also visited "
              "Oudomxay province on April 5, where they were received by Governor Bounkhong Lachiemphone.", "2024-04-06")
    assert {("talks", ("LA-PH", "VN-01")), ("talks", ("LA-OU", "VN-01"))} <= {(e.kind, e.parties) for e in f.events}


def test_a_welcomed_delegation_is_met() -> None:
    f = facts("On April 4, Ha Tinh province welcomed a delegation from Bolikhamxay province led by its Vice Governor.",
              "2024-04-06")
    assert [(e.kind, e.parties) for e in f.events] == [("talks", ("LA-BL", "VN-23"))]


def test_a_document_on_this_years_cooperation_is_signed_on_the_day_of_the_lead() -> None:
    f = facts("On April 4, Ha Tinh province welcomed a delegation from Bolikhamxay province. The two sides signed minutes "
              "of talks on cooperation in 2024.", "2024-04-06")
    assert [a.signed for a in f.agreements] == [PartialDate(2024, 4, 4)]
    f = facts("On April 4, Ha Tinh province welcomed a delegation from Bolikhamxay province. The two sides signed their "
              "first cooperation agreement in 2019.", "2024-04-06")
    assert [a.signed for a in f.agreements] == [PartialDate(2019)]


def test_the_witnesses_end_where_the_titled_signers_begin() -> None:
    f = facts("Ngày 4/4, dưới sự chứng kiến của Bí thư Tỉnh ủy hai tỉnh, Phó Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh và "
              "Phó Tỉnh trưởng tỉnh Xiêng Khoảng Bua Khăm Thi Pha Vông đã ký biên bản hội đàm.", "2024-04-06")
    assert [a.signatories for a in f.agreements] == [["Lê Hồng Vinh", "Bua Khăm Thi Pha Vông"]]


def test_a_province_that_welcomes_a_delegation_meets_it() -> None:
    f = facts("Ngày 4/4, tỉnh Điện Biên đón đoàn đại biểu tỉnh Phongsaly sang thăm và làm việc.", "2024-04-05")
    assert [(e.kind, e.parties) for e in f.events] == [("talks", ("LA-PH", "VN-71"))]


def test_a_welcome_at_the_border_gate_starts_the_trip() -> None:
    f = facts("Sáng 4/4, đoàn đại biểu tỉnh Lạng Sơn bắt đầu chuyến thăm và làm việc tại Quảng Tây. Đón đoàn tại Cửa khẩu "
              "Hữu Nghị có lãnh đạo thành phố Bằng Tường, Quảng Tây.", "2024-04-05")
    assert [e.kind for e in f.events] == ["visit"]


def test_meetings_over_the_past_period_are_no_event() -> None:
    f = facts("Thời gian qua, hai tỉnh Điện Biên và Phongsaly đã tổ chức hội đàm thường niên và trao đổi đoàn các cấp.",
              "2024-04-05")
    assert not f.events


def test_a_greeting_visit_where_each_side_speaks_stays_one_visit() -> None:
    text = ("Chiều 9/1, đoàn công tác tỉnh Savannakhet do Phó Tỉnh trưởng Bun Thoong Phôm Ma Xay dẫn đầu đã đến chúc Tết "
            "tỉnh Quảng Trị. Tiếp đoàn có Chủ tịch UBND tỉnh Võ Văn Hưng. Phó Tỉnh trưởng Bun Thoong Phôm Ma Xay cảm ơn "
            "sự giúp đỡ của tỉnh Quảng Trị. Chủ tịch UBND tỉnh Võ Văn Hưng khẳng định tỉnh sẽ tiếp tục hợp tác.")
    f = facts(text, "2024-01-10")
    assert {(e.kind, e.parties) for e in f.events} == {("visit", ("LA-SV", "VN-25"))}


def test_a_greeting_visit_where_one_side_speaks_is_a_visit_only() -> None:
    text = ("Chiều 9/1, đoàn công tác tỉnh Savannakhet do Phó Tỉnh trưởng Bun Thoong Phôm Ma Xay dẫn đầu đã đến chúc Tết "
            "tỉnh Quảng Trị. Phó Tỉnh trưởng Bun Thoong Phôm Ma Xay chúc Đảng bộ và nhân dân tỉnh Quảng Trị năm mới.")
    f = facts(text, "2024-01-10")
    assert {(e.kind, e.parties) for e in f.events} == {("visit", ("LA-SV", "VN-25"))}


def test_the_year_of_a_document_under_review_is_when_it_was_signed() -> None:
    f = facts("Tại hội nghị ngày 5/4, hai tỉnh Gia Lai và Attapeu đánh giá kết quả hợp tác đã ký kết tại bản ghi nhớ năm "
              "2016.", "2024-04-06")
    assert [(a.period, a.signed) for a in f.agreements] == [(None, PartialDate(2016))]
    assert not [e for e in f.events if e.kind == "signing"]


# ---------------------------------------------------------------- related headlines inside the text

def test_short_headlines_in_a_row_after_a_paragraph_are_other_stories() -> None:
    text = ("Tỉnh trưởng tỉnh Takeo thăm tỉnh An Giang\n\n"
            "Ngày 3/2, tỉnh An Giang đón tiếp đoàn công tác của tỉnh Takeo do ông Ly Saveth, Phó Tỉnh trưởng làm trưởng "
            "đoàn đến thăm và chúc Tết lãnh đạo tỉnh trong không khí thân tình, thắm đượm tình hữu nghị giữa hai nước.\n"
            "Sinh viên Lào tại Việt Nam đón Tết cổ truyền\n"
            "Tỉnh Kampot thăm, chúc tết tỉnh Kiên Giang\n\n"
            "Tại buổi tiếp, hai bên đã trao đổi thông tin về tình hình mỗi tỉnh.")
    a = parse_article_text("published: 2026-02-04\n\n" + text, "t.txt", "t")
    assert not any("Kampot" in s for s in a.sentences)
    f = extract_article(a)
    assert {p.a for p in f.partnerships} == {"KH-21"}    # no Kampot, no Kiên Giang


def test_one_short_line_after_a_paragraph_is_kept() -> None:
    text = ("Ngày 3/2, tỉnh An Giang đón tiếp đoàn công tác của tỉnh Takeo do ông Ly Saveth, Phó Tỉnh trưởng làm trưởng "
            "đoàn đến thăm và chúc Tết lãnh đạo tỉnh trong không khí thân tình, thắm đượm tình hữu nghị giữa hai nước.\n"
            "Hai tỉnh ký kết biên bản hợp tác năm 2026\n\n"
            "Tại buổi tiếp, hai bên đã trao đổi thông tin về tình hình mỗi tỉnh.")
    a = parse_article_text("published: 2026-02-04\n\n" + text, "t.txt", "t")
    assert any("ký kết biên bản" in s for s in a.sentences)
