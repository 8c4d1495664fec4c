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


# ---------------------------------------------------------------- agreements

def agreements(f) -> set[tuple[tuple[str, ...], tuple[int, int] | None, PartialDate | None]]:
    return {(a.parties, a.period, a.signed) for a in f.agreements}


def test_a_sentence_that_continues_a_plan_is_a_plan() -> None:
    f = facts("Sáng 2/11, đoàn tỉnh Hà Tĩnh đến tỉnh Khăm Muộn. Trong chương trình, hai tỉnh sẽ báo cáo kết quả "
              "hợp tác năm qua. Tiếp đó, hai bên ký kết biên bản hợp tác thời gian tới.", "2023-11-02")
    assert not any(e.kind == "signing" for e in f.events)


def test_several_dated_documents_in_one_sentence() -> None:
    f = facts("Những năm qua, tỉnh Gia Lai đã ký Bản ghi nhớ hợp tác với tỉnh Attapeu giai đoạn 2020 - 2024 "
              "(15/3/2019); với tỉnh Sê Kông (8/7/2017); Thỏa thuận hợp tác với tỉnh Salavan giai đoạn 2021 - 2025 "
              "(2/9/2020).", "2023-05-01")
    assert agreements(f) == {(("LA-AT", "VN-30"), (2020, 2024), PartialDate(2019, 3, 15)),
                             (("LA-XE", "VN-30"), None, PartialDate(2017, 7, 8)),
                             (("LA-SL", "VN-30"), (2021, 2025), PartialDate(2020, 9, 2))}


def test_a_year_after_the_verb_dates_an_earlier_signing() -> None:
    f = facts("Hai bên tiếp tục triển khai biên bản hợp tác giữa tỉnh Điện Biên và tỉnh Luông Pha Băng đã ký kết "
              "năm 2018.", "2023-05-01")
    assert agreements(f) == {(("LA-LP", "VN-71"), None, PartialDate(2018))}
    assert not f.events
    g = facts("The two provinces of Tuyen Quang and Oudomxay signed in 2017 a memorandum of understanding.",
              "2022-01-01")
    assert agreements(g) == {(("LA-OU", "VN-07"), None, PartialDate(2017))}


def test_an_anniversary_clause_does_not_make_the_sentence_national() -> None:
    f = facts("Hai tỉnh Hòa Bình và Bò Kẹo thực hiện tốt biên bản hợp tác đã ký kết năm 2019, đồng thời chuẩn bị kỷ niệm "
              "60 năm quan hệ ngoại giao Việt Nam - Lào; 45 năm ký kết Hiệp ước Hữu nghị Việt Nam - Lào.", "2022-03-01")
    assert agreements(f) == {(("LA-BK", "VN-14"), None, PartialDate(2019))}


def test_a_signing_inside_an_anniversary_is_no_signing() -> None:
    f = facts("Nhân dịp kỷ niệm 45 năm ngày ký kết Hiệp ước hữu nghị và hợp tác, tỉnh Lào Cai và tỉnh Phông Sa Lỳ "
              "tổ chức giao lưu văn nghệ.", "2022-07-18")
    assert not f.agreements


def test_a_memorandum_named_as_in_force_without_verb_or_period() -> None:
    f = facts("Secretary of the Ha Nam Party Committee received a delegation from Bokeo province on May 2. "
              "Both sides pledged to keep implementing their Memorandum of Understanding.", "2023-05-03")
    assert agreements(f) == {(("LA-BK", "VN-63"), None, None)}
    assert not any(e.kind == "signing" for e in f.events)
    g = facts("Lãnh đạo tỉnh Hà Nam và tỉnh Bò Kẹo trao đổi về dự thảo Bản ghi nhớ hợp tác.", "2023-05-03")
    assert not g.agreements


def test_a_signed_programme_of_cooperation_is_an_agreement_but_a_programme_named_alone_is_not() -> None:
    f = facts("Theo chương trình hợp tác đã được ký kết, giai đoạn 2019 - 2021, tỉnh Quảng Bình hỗ trợ tỉnh Khăm Muộn "
              "xây dựng trường học.", "2022-01-10")
    assert agreements(f) == {(("LA-KH", "VN-24"), (2019, 2021), None)}
    g = facts("Kết quả của tỉnh Khăm Muộn có đóng góp từ chương trình hợp tác giai đoạn 2019 - 2021 với tỉnh Quảng Bình.",
              "2022-01-10")
    assert not g.agreements


def test_singular_minute_of_the_talks() -> None:
    f = facts("Leaders of Dien Bien and Phongsaly provinces sign the minute of the talks in Dien Bien Phu city on "
              "April 2.", "2024-04-03")
    assert {(a.parties, a.kind, a.signed) for a in f.agreements} == {
        (("LA-PH", "VN-71"), "cooperation-minutes", PartialDate(2024, 4, 2))}


def test_documents_between_departments_or_associations_are_not_the_provinces() -> None:
    f = facts("Trong hai năm 2021-2022, tỉnh Cao Bằng và tỉnh Quảng Tây đã ký kết nhiều biên bản chuyên đề giữa các "
              "cơ quan chuyên môn. Hội hữu nghị hai tỉnh Cao Bằng và Quảng Tây ký thỏa thuận hợp tác giữa Hội hữu nghị "
              "Việt Nam - Trung Quốc tỉnh Cao Bằng với Hội hữu nghị tỉnh Quảng Tây.", "2023-01-01")
    assert not f.agreements


def test_a_subject_naming_both_sides_holds_the_parties() -> None:
    f = facts("Leaders of Son La and Luang Prabang sign the minutes (Photo) Son La (VNA) – Son La held talks with "
              "Luang Prabang and Oudomxay provinces on March 4.", "2024-03-05")
    assert {a.parties for a in f.agreements} == {("LA-LP", "VN-05")}


def test_a_document_signed_on_a_date_exists_whatever_is_planned_around_it() -> None:
    f = facts("Tại hội nghị, hai tỉnh sẽ báo cáo kết quả thực hiện Biên bản hội đàm giữa tỉnh Kon Tum và tỉnh Attapeu "
              "ký ngày 14/3/2019 tại thành phố Kon Tum.", "2020-06-01")
    assert agreements(f) == {(("LA-AT", "VN-28"), None, PartialDate(2019, 3, 14))}


def test_an_earlier_signing_told_at_a_signing_ceremony_is_a_second_agreement() -> None:
    f = facts("Tại lễ ký kết, Chủ tịch UBND tỉnh Đắk Nông Hồ Văn Mười thông tin: Năm 2014, tỉnh Đắk Nông và tỉnh "
              "Champasak ký bản ghi nhớ thiết lập quan hệ hợp tác. Sáng 5/9, hai tỉnh ký Bản ghi nhớ hợp tác giai "
              "đoạn 2022 - 2026.", "2022-09-06")
    assert agreements(f) == {(("LA-CH", "VN-72"), None, PartialDate(2014)),
                             (("LA-CH", "VN-72"), (2022, 2026), PartialDate(2022, 9, 5))}
    assert all(not a.signatories for a in f.agreements)


# ---------------------------------------------------------------- signatories

def test_the_speaker_who_tells_of_a_signing_is_not_its_signer() -> None:
    f = facts("Phát biểu tại hội nghị, ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Quảng Ngãi cho biết, năm 2021, "
              "UBND tỉnh Quảng Ngãi và Chính quyền tỉnh Attapeu đã ký kết Bản ghi nhớ hợp tác giai đoạn 2021-2025.",
              "2024-01-01")
    assert [a.signatories for a in f.agreements] == [[]]


def test_short_names_of_people_introduced_earlier_are_the_signers() -> None:
    f = facts("Secretary of the Party Committee of Lao Cai province Vu Xuan Cuong met Governor of Luang Namtha "
              "province Phoxay Sayasone on May 5. Later the same day, Cuong and Phoxay signed a cooperation agreement "
              "between the two provinces.", "2023-05-06")
    assert [sorted(a.signatories) for a in f.agreements] == [["Phoxay Sayasone", "Vu Xuan Cuong"]]
