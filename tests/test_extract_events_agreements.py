"""Rules for events, agreements, signatories, money and partnerships, each tested on short articles of our own
(none of these sentences come from the corpus)."""
from __future__ import annotations

import pytest

from coopgraph.article import parse_article_text
from coopgraph.extract import extract_article
from coopgraph.facts import PartialDate

from extract_helpers import events, facts, kinds, pairs


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


# ---------------------------------------------------------------- money

def sums(f) -> set[tuple[str, str, int, str]]:
    return {(c.giver, c.receiver, c.value, c.currency) for c in f.commitments}


def test_provide_and_a_hyphenated_sum() -> None:
    f = facts("Under the agreement, Lao Cai will provide VND 3 billion to Phongsaly for a hospital.", "2023-01-01")
    assert sums(f) == {("VN-02", "LA-PH", 3_000_000_000, "VND")}
    g = facts("The 12-billion-VND clinic in Phongsaly province was funded by the authorities and people of Lao Cai "
              "province.", "2023-01-01")
    assert sums(g) == {("VN-02", "LA-PH", 12_000_000_000, "VND")}


def test_each_province_before_the_sum() -> None:
    f = facts("Năm 2021, tỉnh Nghệ An hỗ trợ hai tỉnh Xiêng Khoảng, Hủa Phăn mỗi tỉnh 4 tỷ đồng để xây trường học.",
              "2022-01-01")
    assert sums(f) == {("VN-22", "LA-XI", 4_000_000_000, "VND"), ("VN-22", "LA-HO", 4_000_000_000, "VND")}


def test_two_sums_for_two_receivers_in_one_sentence() -> None:
    f = facts("Thanh Hoa presented 3 billion VND to build a school for Houaphanh and 700 million VND to Xiangkhouang.",
              "2022-01-01")
    assert sums(f) == {("VN-21", "LA-HO", 3_000_000_000, "VND"), ("VN-21", "LA-XI", 700_000_000, "VND")}
    g = facts("Tỉnh Thanh Hóa hỗ trợ tỉnh Hủa Phăn 3 tỷ đồng, tỉnh Xiêng Khoảng 700 triệu đồng.", "2022-01-01")
    assert sums(g) == {("VN-21", "LA-HO", 3_000_000_000, "VND"), ("VN-21", "LA-XI", 700_000_000, "VND")}


def test_a_sum_shared_by_a_countrys_provinces_has_no_single_receiver() -> None:
    f = facts("Quang Binh has cooperated with Khammouane and Savannakhet for years. About 40 billion VND from Quang "
              "Binh's budget were spent on supporting the Lao provinces in building schools.", "2022-01-01")
    assert sums(f) == {("VN-24", None, 40_000_000_000, "VND")}
    g = facts("Năm 2020, tỉnh Quảng Trị hỗ trợ hai tỉnh Savannakhet và Salavan 12 tỷ đồng để xây trường học.",
              "2022-01-01")
    assert sums(g) == {("VN-25", None, 12_000_000_000, "VND")}


def test_a_shared_sum_in_the_graph_has_no_receiver_and_an_empty_to(tmp_path) -> None:
    import csv
    import io

    from click.testing import CliRunner

    from coopgraph.cli import main
    art = tmp_path / "articles"
    art.mkdir()
    (art / "shared.txt").write_text("published: 2022-01-01\n\nNăm 2020, tỉnh Quảng Trị hỗ trợ hai tỉnh Savannakhet "
                                    "và Salavan 12 tỷ đồng để xây trường học.", encoding="utf-8")
    out = tmp_path / "graph"
    assert CliRunner().invoke(main, ["build", str(art), "--out", str(out)]).exit_code == 0
    r = CliRunner().invoke(main, ["validate", str(out)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["query", "amounts", "--data", str(out), "--no-cache", "--format", "csv"])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [(row["by"], row["to"], row["value"]) for row in rows] == [("VN-25", "", "12000000000")]


def test_a_states_gift_is_the_states_not_a_provinces() -> None:
    f = facts("Bàn giao trạm y tế trị giá 15 tỷ đồng cho tỉnh Bò Kẹo\n\n"
              "Ngày 4/5, tại tỉnh Bò Kẹo, Lào đã diễn ra lễ bàn giao trạm y tế, quà tặng của Nhà nước Việt Nam dành cho "
              "nhân dân các bộ tộc Lào.", "2023-05-05")
    assert sums(f) == {("VN", "LA-BK", 15_000_000_000, "VND")}


def test_the_same_sum_for_two_periods_is_two_gifts() -> None:
    f = facts("Giai đoạn 2016 - 2018, tỉnh Kon Tum hỗ trợ tỉnh Attapeu 5 tỷ đồng. "
              "Giai đoạn 2019 - 2021, tỉnh Kon Tum hỗ trợ tỉnh Attapeu 5 tỷ đồng.", "2022-01-01")
    assert len(f.commitments) == 2
    g = facts("Tỉnh Kon Tum hỗ trợ tỉnh Attapeu 5 tỷ đồng\n\nNăm nay, tỉnh Kon Tum hỗ trợ tỉnh Attapeu 5 tỷ đồng "
              "để xây trường.", "2022-01-01")
    assert len(g.commitments) == 1


def test_a_receiver_of_money_is_a_partner_in_a_relation() -> None:
    f = facts("Ha Tinh held talks with Bolikhamsay on May 2. Ha Tinh also presented 300 million VND to Khammouane.",
              "2022-05-03")
    assert {(p.a, p.b): p.status for p in f.partnerships}[("LA-KH", "VN-23")] == "relation"


def test_both_sides_are_two_even_when_the_article_names_more() -> None:
    f = facts("Ha Tinh leaders met Bolikhamsay leaders. Students from Bolikhamsay and Khammouane study in Ha Tinh. "
              "Bolikhamsay and Khammouane thanked Ha Tinh. On the occasion, both sides signed a cooperation agreement.",
              "2022-05-03")
    assert {a.parties for a in f.agreements} == {("LA-BL", "VN-23")}


def test_future_after_the_cue_in_its_own_clause_only() -> None:
    planned = ["Talks between Ha Giang and Phongsaly will be held next week.",
               "The conference between Ha Giang and Phongsaly provinces, which will be held in June, is the fifth.",
               "Hội đàm giữa tỉnh Hà Giang và tỉnh Phông Sa Lỳ sẽ diễn ra vào tuần tới.",
               "Theo kế hoạch, sẽ diễn ra hội đàm giữa tỉnh Hà Giang và tỉnh Phông Sa Lỳ.",
               "Ha Giang will have talks with Phongsaly in June."]
    held = ["Ha Giang and Phongsaly held talks on May 3 and will sign an agreement next year.",
            "Sáng 3/5, lãnh đạo tỉnh Hà Giang hội đàm với tỉnh Phông Sa Lỳ và hai bên sẽ ký kết biên bản vào cuối năm.",
            "Tại buổi hội đàm giữa tỉnh Hà Giang và tỉnh Phông Sa Lỳ, hai bên sẽ tăng cường hợp tác."]
    for text in planned:
        assert not facts(text, "2024-05-04").events, text
    for text in held:
        assert kinds(facts(text, "2024-05-04")) == {("talks", ("LA-PH", "VN-03"))}, text


def test_two_documents_signed_together_are_two_agreements() -> None:
    f = facts("On May 5, Thanh Hoa and Houaphanh signed a cooperation agreement for 2026-2030; the two sides also "
              "signed minutes of the talks.", "2025-05-06")
    assert {(a.period, a.kind) for a in f.agreements} == {((2026, 2030), "cooperation-agreement"),
                                                          (None, "cooperation-minutes")}
    g = facts("Tỉnh Kon Tum và tỉnh Attapeu đã ký kết: Bản ghi nhớ hợp tác giai đoạn 2022-2027 và Biên bản làm việc.")
    assert {(a.period, a.kind) for a in g.agreements} == {((2022, 2027), "cooperation-agreement"),
                                                          (None, "cooperation-minutes")}


def test_talks_in_a_documents_name_are_no_event_of_their_own() -> None:
    f = facts("Sáng 14/5, tỉnh Nghệ An và tỉnh Xiêng Khoảng đã ký Biên bản hội đàm năm 2025.", "2025-05-15")
    assert kinds(f) == {("signing", ("LA-XI", "VN-22"))}


def test_a_delegation_received_alone_is_talks() -> None:
    f = facts("Chiều 2/8, Chủ tịch UBND tỉnh Lạng Sơn đã tiếp đoàn công tác tỉnh Quảng Tây do Phó Chủ tịch Chính quyền "
              "nhân dân tỉnh Quảng Tây dẫn đầu.", "2023-08-03")
    assert events(f) == {("talks", ("CN-GX", "VN-09"), PartialDate(2023, 8, 2))}


def test_many_documents_signed_over_a_year_are_partnerships_not_an_agreement() -> None:
    f = facts("Chiều 20/12, tỉnh Điện Biên tổ chức hội nghị tổng kết công tác đối ngoại. Trong năm, tỉnh đã đón tiếp "
              "đoàn tỉnh Luông Pha Băng và ký kết nhiều biên bản hợp tác.", "2024-12-21")
    assert not f.agreements and not f.events
    assert {(p.a, p.b): p.status for p in f.partnerships} == {("LA-LP", "VN-71"): "agreement"}


def test_a_conference_held_to_review_a_year_is_a_ceremony() -> None:
    f = facts("Quang Tri and Savannakhet held a conference in Dong Ha city on December 10 to review their cooperation "
              "in 2023.", "2023-12-11")
    assert events(f) == {("other", ("LA-SV", "VN-25"), PartialDate(2023, 12, 10))}


def test_the_agents_of_a_passive_signing_are_its_signers() -> None:
    lead = ("Secretary of the Lao Cai Party Committee Vu Xuan Cuong met Governor of Luang Namtha province "
            "Phoxay Sayasone on May 5. ")
    for text in ("The cooperation agreement between the two provinces was signed by Cuong and Phoxay.",
                 "The cooperation agreement between the two provinces was signed by Vu Xuan Cuong and Phoxay Sayasone."):
        f = facts(lead + text, "2023-05-06")
        assert [sorted(a.signatories) for a in f.agreements] == [["Phoxay Sayasone", "Vu Xuan Cuong"]], text
    g = facts("Chiều 5/5, Bí thư Tỉnh ủy Lào Cai Vũ Xuân Cường hội đàm với Tỉnh trưởng tỉnh Luông Nặm Thà Phon-xay "
              "Xay-nha-sỏn. Thỏa thuận hợp tác giữa hai tỉnh được ký bởi đồng chí Vũ Xuân Cường và đồng chí Phon-xay "
              "Xay-nha-sỏn.", "2023-05-06")
    assert [sorted(a.signatories) for a in g.agreements] == [["Phon-xay Xay-nha-sỏn", "Vũ Xuân Cường"]]
    f = facts(lead + "The two provinces signed a cooperation agreement, witnessed by Vu Xuan Cuong and Phoxay Sayasone.",
              "2023-05-06")
    assert [(a.signatories, sorted(a.witnesses)) for a in f.agreements] == [([], ["Phoxay Sayasone", "Vu Xuan Cuong"])]


def test_documents_exchanged_are_signed() -> None:
    for text in ("Sáng 7/7, lãnh đạo tỉnh Sơn La và tỉnh Hủa Phăn trao đổi Biên bản ghi nhớ hợp tác giai đoạn 2023-2025.",
                 "On July 7, leaders of Son La and Houaphanh exchanged the cooperation agreement for 2023-2025."):
        f = facts(text, "2023-07-08")
        assert agreements(f) == {(("LA-HO", "VN-05"), (2023, 2025), PartialDate(2023, 7, 7))}, text


def test_more_words_for_meetings_and_ceremonies() -> None:
    f = facts("Chiều 9/6, lãnh đạo tỉnh Cao Bằng có buổi gặp gỡ với đoàn đại biểu khu tự trị Quảng Tây.", "2023-06-10")
    assert kinds(f) == {("talks", ("CN-GX", "VN-04"))}
    g = facts("On June 9, Cao Bang leaders hosted a delegation from Guangxi.", "2023-06-10")
    assert kinds(g) == {("talks", ("CN-GX", "VN-04"))}
    h = facts("Sáng 9/6, tại tỉnh Hủa Phăn, tỉnh Thanh Hóa tổ chức lễ trao học bổng cho sinh viên tỉnh Hủa Phăn.",
              "2023-06-10")
    assert kinds(h) == {("other", ("LA-HO", "VN-21"))}


def test_the_agent_of_a_vietnamese_passive_gives() -> None:
    f = facts("Tỉnh Hủa Phăn tiếp nhận trường học trị giá 15 tỷ đồng do tỉnh Thanh Hóa tài trợ.", "2023-01-01")
    assert sums(f) == {("VN-21", "LA-HO", 15_000_000_000, "VND")}
    g = facts("Ngày 3/3, tỉnh Thanh Hóa bàn giao cho tỉnh Hủa Phăn bệnh viện trị giá 50 tỷ đồng do Chính phủ Việt Nam "
              "viện trợ.", "2023-03-04")
    assert sums(g) == {("VN", "LA-HO", 50_000_000_000, "VND")}


def test_a_ceremony_takes_no_side_from_the_papers_own_province() -> None:
    text = ("url: https://baothanhhoa.vn/ban-giao-truong\n\nNgày 5/5, tại tỉnh Hủa Phăn đã diễn ra lễ khánh thành "
            "trường học cho nhân dân các bộ tộc Lào của địa phương.")
    f = extract_article(parse_article_text(text, "t.txt", "t"))
    assert not f.events and not f.partnerships


def test_the_papers_own_province_gives_no_money_it_is_not_said_to_give() -> None:
    text = ("url: https://baothanhhoa.vn/ban-giao-truong\n\nBàn giao trường học hơn 20 tỷ đồng cho nhân dân tỉnh "
            "Hủa Phăn.")
    f = extract_article(parse_article_text(text, "t.txt", "t"))
    assert not f.commitments and not f.partnerships


def test_institutions_named_after_provinces_are_not_the_provinces() -> None:
    for text in ("Ngày 5/6, Trường Đại học Y Dược Thái Bình và Đại học Champasak đã ký kết biên bản ghi nhớ hợp tác.",
                 "On June 5, Thai Binh University of Medicine and Pharmacy and Champasak University signed a memorandum "
                 "of understanding on cooperation in training.",
                 "Ngày 5/6, Trường Đại học Y Dược Thái Bình tổ chức hội đàm với Đại học Champasak."):
        f = facts(text, "2023-06-06")
        assert not f.agreements and not f.events and not f.partnerships, text


def test_meetings_over_the_years_are_not_the_reported_one_but_the_reported_one_is() -> None:
    f = facts("Trong những năm qua, tỉnh Sơn La và tỉnh Luông Pha Băng đã tổ chức nhiều cuộc hội đàm.", "2023-01-01")
    assert not f.events
    g = facts("Tỉnh Sơn La và tỉnh Luông Pha Băng tăng cường hợp tác\n\nĐánh giá kết quả hợp tác những năm qua, tại "
              "buổi hội đàm chiều 4/4, lãnh đạo tỉnh Sơn La và tỉnh Luông Pha Băng thống nhất nhiều nội dung.",
              "2023-04-05")
    assert events(g) == {("talks", ("LA-LP", "VN-05"), PartialDate(2023, 4, 4))}


def test_a_document_recalled_with_its_date_is_not_the_one_signed_now() -> None:
    f = facts("Tại thành phố Pakse, hai tỉnh Quảng Nam và Champasak đánh giá kết quả Biên bản hội đàm ký ngày 3/5/2021 "
              "tại Tam Kỳ. Đoàn đại biểu tỉnh Quảng Nam và đoàn đại biểu tỉnh Champasak ký biên bản hội đàm.")
    assert agreements(f) == {(("LA-CH", "VN-27"), None, PartialDate(2021, 5, 3)), (("LA-CH", "VN-27"), None, None)}
    assert kinds(f) >= {("signing", ("LA-CH", "VN-27"))} and len([e for e in f.events if e.kind == "signing"]) == 2


def test_an_english_signing_in_an_earlier_year_is_its_own_agreement() -> None:
    f = facts("Kien Giang and Cambodia's Kampot province signed a memorandum of understanding on cooperation in "
              "2024-2029 in Rach Gia city on March 20. Earlier, the two provinces signed a cooperation agreement in 2019.",
              "2024-03-21")
    assert agreements(f) == {(("KH-7", "VN-47"), (2024, 2029), PartialDate(2024, 3, 20)),
                             (("KH-7", "VN-47"), None, PartialDate(2019))}


def test_the_unit_of_the_people_met_receives_the_money() -> None:
    f = facts("A delegation from Vinh Phuc province paid a working visit to Laos from May 10-13. During the visit, the "
              "delegation paid a courtesy call on Governor of Luang Namtha Phoxay Sayasone and presented 500 million VND "
              "to support the province's education sector.", "2024-05-14")
    assert sums(f) == {("VN-70", "LA-LM", 500_000_000, "VND")}


def test_passive_and_receiving_sentences_name_the_giver_after_the_verb() -> None:
    for text in ("On this occasion, Xiangkhouang province was presented with VND 1 billion by Nghe An province.",
                 "VND 1 billion was presented by Nghe An to Xiangkhouang to build a school.",
                 "Nhân dịp này, tỉnh Xiêng Khoảng được tỉnh Nghệ An hỗ trợ 1 tỷ đồng.",
                 "Nhân dịp này, tỉnh Xiêng Khoảng được hỗ trợ 1 tỷ đồng từ tỉnh Nghệ An.",
                 "The Lao province of Xiangkhouang received 1 billion VND from Nghe An.",
                 "Tỉnh Xiêng Khoảng tiếp nhận 1 tỷ đồng từ tỉnh Nghệ An."):
        assert sums(facts(text, "2023-01-01")) == {("VN-22", "LA-XI", 1_000_000_000, "VND")}, text


def test_receiving_delegations_is_no_receiving_of_money() -> None:
    f = facts("Quang Ninh received 16 delegations from Luang Prabang over the years, and Quang Ninh provided 2 billion VND "
              "to Luang Prabang for a school.", "2023-01-01")
    assert sums(f) == {("VN-13", "LA-LP", 2_000_000_000, "VND")}


def test_one_sides_own_ceremony_is_no_event_between_the_sides() -> None:
    f = facts("Chiều 3/3, tỉnh Nghệ An hội đàm với tỉnh Xiêng Khoảng. Dịp này, tỉnh Nghệ An cũng bàn giao 10 căn nhà "
              "cho hộ nghèo huyện Kỳ Sơn.", "2023-03-04")
    assert kinds(f) == {("talks", ("LA-XI", "VN-22"))}


def test_a_meeting_recalled_in_a_speech_is_no_event_and_leaves_the_days_talks() -> None:
    # the recalled conference must not swallow the talks of the day (which name only the host)
    f = facts("Ngày 14/3, Đoàn đại biểu tỉnh Kampong Cham, Vương quốc Campuchia đã có chuyến thăm và làm việc tại tỉnh "
              "Tây Ninh. Tiếp và làm việc với đoàn có đồng chí Nguyễn Thanh Ngọc - Chủ tịch UBND tỉnh Tây Ninh.\n\n"
              "Đồng chí Nguyễn Thanh Ngọc nhắc lại sự kiện tháng 5/2019 Thủ tướng Campuchia Hun Sen sang thăm Tây Ninh; kết quả "
              "Hội nghị Ủy ban điều phối chung khu vực Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ 9.", published="2023-03-15")
    assert ("talks", ("KH-3", "VN-37")) in kinds(f)
    assert all("KH" not in e.parties for e in f.events)


def test_the_span_of_cooperation_in_the_lead_is_the_period_of_the_document_signed() -> None:
    f = facts("The central province of Ha Tinh and Bolikhamxay on June 12 agreed on cooperation for 2024-2026.\n\n"
              "The two localities signed an agreement at talks held in Ha Tinh.", published="2024-06-13")
    assert [a.period for a in f.agreements] == [(2024, 2026)]


def test_a_document_signed_years_before_the_span_of_the_lead_keeps_no_period() -> None:
    f = facts("Ha Tinh and Bolikhamxay will boost cooperation for 2024-2026.\n\n"
              "The two provinces signed a memorandum of understanding on November 1, 2019.", published="2024-06-13")
    assert all(a.period is None for a in f.agreements)


def test_a_list_of_provinces_grouped_by_country_runs_across_semicolons() -> None:
    f = facts("Biên bản Hội nghị lần thứ V giữa các tỉnh 3 nước được ký ngày 12/3/2019 tại tỉnh Savannakhet giữa các tỉnh: "
              "Mukdahan, Ubon Ratchathani (Thái Lan); Savannakhet, Salavan (Lào); Quảng Trị, Thừa Thiên Huế (Việt Nam).",
              published="2019-04-01")
    assert [tuple(sorted(a.parties)) for a in f.agreements] == [
        ("LA-SL", "LA-SV", "TH-34", "TH-49", "VN-25", "VN-26")]


def test_the_contents_of_a_conference_are_no_meeting() -> None:
    f = facts("Năm 2019, các sở, ngành của tỉnh Hà Tĩnh đã thực hiện hiệu quả các nội dung của Hội nghị cấp cao giữa "
              "Hà Tĩnh và Bolykhămxay.", published="2019-12-01")
    assert not f.events


def test_a_headline_meeting_on_a_day_the_lead_says_is_ahead_is_a_plan() -> None:
    f = facts("Hội nghị cấp cao giữa Quảng Trị với tỉnh Savannakhet diễn ra vào ngày 20/12\n\n"
              "Hội nghị cấp cao thường niên giữa tỉnh Quảng Trị với tỉnh Savannakhet sẽ diễn ra vào ngày 20/12 tới tại "
              "Cửa khẩu quốc tế Lao Bảo.", published="2022-12-10")
    assert not f.events


def test_who_is_to_attend_a_meeting_does_not_widen_a_past_one() -> None:
    f = facts("Hội nghị cấp cao thường niên giữa Quảng Trị với tỉnh Savannakhet diễn ra vào ngày 26/12/2021 tại Savannakhet "
              "(Ảnh tư liệu)\n\nHội nghị dự kiến sẽ có sự tham dự của lãnh đạo cấp cao của các tỉnh Savannakhet, Salavan "
              "và Quảng Trị.", published="2022-12-10")
    assert kinds(f) == {("talks", ("LA-SV", "VN-25"))}


def test_a_new_year_greeting_visit_takes_no_date_from_the_year_its_name_gives() -> None:
    # (the user's convention: the day not stated is null; tune nb16_02 "Tết … năm 2025" -> date null)
    f = facts("Lãnh đạo tỉnh Hà Tĩnh chúc Tết tỉnh Bôlykhămxay năm 2021.", published="2019-12-10")
    assert {(e.kind, str(e.start)) for e in f.events} == {("visit", "None")}


def test_a_greeting_visit_told_again_for_one_delegation_is_the_same_visit() -> None:
    f = facts("Lãnh đạo các tỉnh Savannakhet, Salavan thăm và chúc Tết tỉnh Quảng Trị\n\n"
              "Chiều 13/1, lãnh đạo các tỉnh Savannakhet, Salavan đã đến thăm và chúc Tết Đảng bộ, nhân dân tỉnh Quảng Trị.\n\n"
              "Trưởng ban Tuyên giáo Tỉnh ủy tiếp đoàn đại biểu tỉnh Salavan sang thăm, chúc Tết tỉnh Quảng Trị.",
              published="2020-01-14")
    assert kinds(f) == {("visit", ("LA-SL", "LA-SV", "VN-25"))}


SIX = ("LA-SL", "LA-SV", "TH-34", "TH-49", "VN-25", "VN-26")


def test_country_groups_closed_by_cua_and_by_brackets_joined_by_va() -> None:
    f = facts("Biên bản Hội nghị lần thứ V được ký ngày 12/3/2019 tại tỉnh Savannakhet giữa các tỉnh: Mukdahan, Ubon "
              "Ratchathani của Thái Lan; Savannakhet, Salavan của Lào; Quảng Trị, Thừa Thiên Huế của Việt Nam.",
              published="2019-03-13")
    assert [tuple(sorted(a.parties)) for a in f.agreements] == [SIX]
    f = facts("Hội nghị lần thứ V giữa các tỉnh Mukdahan, Ubon Ratchathani (Thái Lan); Savannakhet, Salavan (Lào) và Quảng "
              "Trị, Thừa Thiên Huế (Việt Nam) diễn ra ngày 12/3/2019.", published="2019-03-13")
    assert kinds(f) == {("talks", SIX)}


def test_the_signers_after_by_are_parties_not_venues() -> None:
    f = facts("The minutes of the 5th conference were signed on March 12, 2019 in Savannakhet by the provinces of "
              "Mukdahan and Ubon Ratchathani (Thailand); Savannakhet and Salavan (Laos); and Quang Tri and Thua Thien Hue "
              "(Vietnam).", published="2019-03-13")
    assert [tuple(sorted(a.parties)) for a in f.agreements] == [SIX]


def test_a_conference_that_brought_together_provinces_of_three_countries() -> None:
    f = facts("The 5th conference of the provinces along the East-West Economic Corridor opened in Savannakhet on March "
              "12. It brought together leaders of Quang Tri and Thua Thien Hue of Vietnam, Savannakhet and Salavan of Laos, "
              "and Mukdahan of Thailand.", published="2019-03-13")
    assert kinds(f) == {("talks", ("LA-SL", "LA-SV", "TH-49", "VN-25", "VN-26"))}


def test_the_day_right_after_the_verb_dates_a_recalled_signing() -> None:
    # the sentence's occasion has its own day; the document under review was signed on the day after the verb
    f = facts("Sáng 12/8/2021, tại thành phố Tây Ninh, hai tỉnh Tây Ninh và Svay Rieng tổ chức hội nghị sơ kết thực hiện "
              "thỏa thuận hợp tác giữa hai tỉnh (được ký kết ngày 20/3/2019).")
    assert {a.signed for a in f.agreements} == {PartialDate(2019, 3, 20)}
    assert ("signing", ("KH-20", "VN-37"), PartialDate(2019, 3, 20)) in events(f)


@pytest.mark.parametrize("text", [
    "Chiều 5/4/2023, lãnh đạo hai tỉnh An Giang và Kampot ký báo cáo tổng kết hợp tác năm 2022 và phương hướng năm 2023.",
    "On April 5, 2023, leaders of An Giang and Kampot provinces signed a joint review report on their cooperation in 2022.",
])
def test_a_review_report_both_sides_sign_is_their_minutes(text: str) -> None:
    f = facts(text)
    assert [(a.parties, a.kind, a.signed) for a in f.agreements] == \
        [(("KH-7", "VN-44"), "cooperation-minutes", PartialDate(2023, 4, 5))]


def test_a_review_report_presented_is_no_document() -> None:
    f = facts("Chiều 5/4/2023, tại hội nghị giữa hai tỉnh An Giang và Kampot, Sở Ngoại vụ trình bày báo cáo tổng kết "
              "hợp tác năm 2022.")
    assert not f.agreements


@pytest.mark.parametrize("text, signers", [
    ("On May 4, 2024, Chairman of the Quang Tri People's Committee Vo Van Hung and Savannakhet Governor Santiphap "
     "Phomvihane co-chaired the talks in Dong Ha city. The two leaders also signed a cooperation agreement for "
     "2024-2028.", ["Vo Van Hung", "Santiphap Phomvihane"]),
    # a sentence naming two people of one side is no pointer to one signer of each
    ("On May 4, 2024, Chairman of the Quang Tri People's Committee Vo Van Hung and Vice Chairman of the Quang Tri "
     "People's Committee Hoang Nam met a Savannakhet delegation in Dong Ha city. The officials also signed a "
     "cooperation agreement between Quang Tri and Savannakhet for 2024-2028.", []),
])
def test_the_leaders_just_named_sign(text: str, signers: list[str]) -> None:
    assert [sorted(a.signatories) for a in facts(text).agreements] == [sorted(signers)]


def test_a_yearless_day_takes_the_year_the_text_gives_its_month() -> None:
    # no page date: the trip's dates give November its year, and the day of the talks is in it
    f = facts("Đoàn đại biểu tỉnh Nghệ An thăm tỉnh Xiêng Khoảng từ ngày 20 đến ngày 23/11/2022.\n"
              "Chiều 21/11, Bí thư Tỉnh ủy Nghệ An hội đàm với Tỉnh trưởng tỉnh Xiêng Khoảng tại thành phố Phônxavăn.")
    assert ("talks", ("LA-XI", "VN-22"), PartialDate(2022, 11, 21)) in events(f)


def test_a_document_of_years_past_with_its_day_is_one_agreement() -> None:
    # "thời gian qua" tells of past years, but the document is one, with the day it was signed
    f = facts("Thời gian qua, hai tỉnh Quảng Bình và Khăm Muộn đã thực hiện tốt Biên bản hội đàm giữa hai tỉnh ký ngày "
              "12/4/2019 tại thành phố Đồng Hới.", "2021-03-02")
    assert [(a.parties, a.signed) for a in f.agreements] == [(("LA-KH", "VN-24"), PartialDate(2019, 4, 12))]


@pytest.mark.parametrize("text", [
    "Chiều 14/6/2023, hai tỉnh Kiên Giang và Kampot ký kết biên bản hợp tác 6 tháng cuối năm 2023.",
    "Chiều 14/6, hai tỉnh Kiên Giang và Kampot ký kết biên bản hợp tác những tháng cuối năm.",
])
def test_minutes_for_part_of_a_year_are_for_that_year(text: str) -> None:
    f = facts(text, "2023-06-15")
    assert [a.period for a in f.agreements] == [(2023, 2023)]


def test_a_document_in_force_with_its_name_parties_and_period() -> None:
    # no verb: the document is named, then whose it is, then its period
    f = facts("Chuyến thăm nhằm tiếp tục triển khai Biên bản thỏa thuận hợp tác giữa Đảng bộ, chính quyền tỉnh Nghệ An và "
              "Đảng bộ, chính quyền tỉnh Xiêng Khoảng giai đoạn 2021-2025.", "2023-05-02")
    assert [(a.parties, a.period) for a in f.agreements] == [(("LA-XI", "VN-22"), (2021, 2025))]


@pytest.mark.parametrize("text", [
    "Quang Binh authorities have signed multiple agreements with Khammouane and Savannakhet provinces of Laos.",
    "Tỉnh Quảng Bình đã ký kết nhiều thỏa thuận hợp tác với hai tỉnh Khăm Muộn và Savannakhet của Lào.",
])
def test_many_documents_signed_over_the_years_are_undated_and_no_event(text: str) -> None:
    f = facts("On May 3, 2024, Quang Binh leaders received a Lao delegation.\n" + text, "2024-05-04")
    assert sorted((a.parties, a.signed) for a in f.agreements) == [(("LA-KH", "VN-24"), None), (("LA-SV", "VN-24"), None)]
    assert not [e for e in f.events if e.kind == "signing"]


@pytest.mark.parametrize("text", [
    "On March 2, Long An and Svay Rieng provinces signed a memorandum on cooperation priorities until the end of 2025.",
    "Ngày 2/3, hai tỉnh Long An và Svay Rieng ký biên bản ghi nhớ về các ưu tiên hợp tác đến hết năm 2025.",
])
def test_a_document_until_the_end_of_a_year_runs_from_this_year(text: str) -> None:
    assert [a.period for a in facts(text, "2024-03-03").agreements] == [(2024, 2025)]


@pytest.mark.parametrize("text, pair", [
    # "relationship", and the common misspelling "twining", say the two cooperate
    ("The governor praised the efforts of Khon Kaen and Vietnam's Quang Tri province to set up a twining relationship.",
     ("TH-40", "VN-25")),
    ("The two leaders hailed the close relationship between Lao Cai and Yunnan.", ("CN-YN", "VN-02")),
])
def test_a_relationship_between_two_units_is_a_partnership(text: str, pair: tuple) -> None:
    assert pair in pairs(facts(text))


def test_units_counted_then_chained_by_dashes_are_a_list_not_a_route() -> None:
    f = facts("Ông khẳng định quan hệ hữu nghị giữa 3 tỉnh Tây Ninh-Svay Rieng-Prey Veng ngày càng bền chặt.")
    assert {("KH-14", "VN-37"), ("KH-20", "VN-37")} <= pairs(f)


_LEAD_EN = ("On March 5, 2024, Chairman of the Nghe An provincial People's Committee Nguyen Duc Trung held talks with "
            "Governor of Xieng Khouang province Bounthong Divixeng in Vinh. ")
_LEAD_VI = ("Ngày 5/3/2024, Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung và Tỉnh trưởng tỉnh Xiêng Khoảng Bun-thoong "
            "Đi-vi-sẻng hội đàm tại Vinh. ")


@pytest.mark.parametrize("text", [
    # a short name beside a full one, both subjects of the verb
    _LEAD_EN + "After the talks, Bounthong and Chairman Nguyen Duc Trung signed the minutes of the talks.",
    # the people after "between" of a passive signing
    _LEAD_VI + "Biên bản hội đàm được ký kết giữa ông Nguyễn Đức Trung và ông Bun-thoong Đi-vi-sẻng.",
])
def test_both_signers_are_found(text: str) -> None:
    f = facts(text, "2024-03-06")
    assert [len(a.signatories) for a in f.agreements] == [2]


def test_a_counterpart_named_by_his_country_does_not_make_the_document_the_states() -> None:
    f = facts(_LEAD_EN + "Nguyen Duc Trung and his Lao counterpart signed a memorandum of understanding on cooperation "
              "for 2024-2026.", "2024-03-06")
    assert [(a.parties, a.period) for a in f.agreements] == [(("LA-XI", "VN-22"), (2024, 2026))]


def test_memorandums_is_a_document() -> None:
    f = facts("On May 2, 2024, Dien Bien and Phongsaly provinces signed memorandums of understanding on trade.", "2024-05-03")
    assert [a.parties for a in f.agreements] == [("LA-PH", "VN-71")]


def test_a_signing_told_by_a_speaker_who_emphasised_it_has_no_day() -> None:
    f = facts("On May 2, 2024, leaders of Dien Bien and Phongsaly held talks in Dien Bien Phu.\n"
              "The two sides reviewed trade.\n"
              "Secretary Hoa emphasised that ties between Dien Bien and Phongsaly grew after the two provinces signed "
              "memorandums of understanding.", "2024-05-03")
    assert [(a.signed, a.current) for a in f.agreements] == [(None, False)]


@pytest.mark.parametrize("text", [
    "The two sides agreed to keep implementing the legal documents on border affairs signed between the two provinces.",
    "Hai bên nhất trí tiếp tục thực hiện tốt các văn bản hợp tác đã ký kết giữa hai tỉnh.",
])
def test_documents_named_in_a_participle_are_held_not_signed_on_the_day(text: str) -> None:
    f = facts("On May 2, 2024, Kon Tum and Attapeu provinces held talks and signed minutes of the talks.\n" + text,
              "2024-05-03")
    assert sorted(((a.signed, a.current) for a in f.agreements), key=lambda x: x[1]) == \
        [(None, False), (PartialDate(2024, 5, 2), True)]


@pytest.mark.parametrize("text", [
    "Sơn La và Luang Prabang đã ký kết thỏa thuận hợp tác năm 2015, biên bản ghi nhớ năm 2018 và biên bản hội đàm năm 2021.",
    "Son La and Luang Prabang signed a cooperation agreement in 2015, an MoU in 2018 and minutes of talks in 2021.",
])
def test_a_list_of_documents_each_with_its_year(text: str) -> None:
    f = facts(text, "2024-05-03")
    assert sorted(a.signed.year for a in f.agreements) == [2015, 2018, 2021]
    assert not any(a.current or a.period for a in f.agreements)


def test_an_early_document_then_plural_documents_for_two_periods() -> None:
    f = facts("The chairman said Son La and Luang Prabang signed a memorandum on trade cooperation in 2010 and then "
              "MoUs for 2011 - 2015 and 2016 - 2020.", "2024-05-03")
    assert sorted((str(a.signed), a.period) for a in f.agreements) == \
        [("2010", None), ("None", (2011, 2015)), ("None", (2016, 2020))]


@pytest.mark.parametrize("text, signed", [
    # a memorandum named by the year it was signed, no verb
    ("The 2017 MoU between Son La and Luang Prabang has brought many results.", PartialDate(2017)),
    # one whose implementation is reviewed
    ("The two sides reviewed the implementation of the memorandum of understanding between Son La and Luang Prabang.",
     None),
])
def test_a_document_named_with_no_verb(text: str, signed: PartialDate | None) -> None:
    f = facts(text, "2024-05-03")
    assert [(a.parties, a.signed, a.current) for a in f.agreements] == [(("LA-LP", "VN-05"), signed, False)]


@pytest.mark.parametrize("text", [
    "On May 2, 2024, Son La and Luang Prabang provinces signed a letter of intent on cooperation in tourism.",
    "Ngày 2/5/2024, hai tỉnh Sơn La và Luang Prabang đã ký thư bày tỏ ý định hợp tác du lịch.",
])
def test_a_letter_of_intent_is_a_document(text: str) -> None:
    f = facts(text, "2024-05-03")
    assert [(a.parties, a.kind, a.signed) for a in f.agreements] == [(("LA-LP", "VN-05"), "other", PartialDate(2024, 5, 2))]


def test_a_document_reached_on_a_date_exists_whatever_is_hoped() -> None:
    f = facts("On May 3, 2024, the governor of Khon Kaen met leaders of Da Nang.\n"
              "He hoped that Khon Kaen and Da Nang will soon materialise the memorandum of understanding on cooperation, "
              "reached in October 2021, and step up trade promotion.", "2024-05-04")
    assert [(a.parties, a.signed, a.current) for a in f.agreements] == [(("TH-40", "VN-DN"), PartialDate(2021, 10), False)]


def test_an_agreement_to_be_reached_is_no_document() -> None:
    f = facts("Khon Kaen and Da Nang hope the cooperation agreement will be reached in 2025.", "2024-05-04")
    assert not f.agreements


def test_participants_signing_are_the_article_s_sides_when_the_lead_names_one() -> None:
    f = facts("Lao Cai hosted the conference of five border localities.\n"
              "The Lao Cai secretary opened it.\n"
              "The governor of Yunnan spoke of trade with Lao Cai.\n"
              "The Yunnan delegation visited a border market.\n"
              "Participants signed the minutes of the conference and an action plan on border trade.")
    assert sorted((a.parties, a.kind) for a in f.agreements) == \
        [(("CN-YN", "VN-02"), "cooperation-minutes"), (("CN-YN", "VN-02"), "other")]


@pytest.mark.parametrize("text", [
    "In the coming time, he suggested the two localities boost exchanges, open trade offices, and sign a cooperation "
    "agreement.",
    "He said Gyeonggi is ready to work with Bac Ninh on joint projects and soon sign the friendship cooperation pact "
    "with the Vietnamese province.",
    "Thời gian tới, ông đề nghị hai tỉnh tăng cường trao đổi đoàn, mở văn phòng xúc tiến và ký kết thỏa thuận hợp tác.",
])
def test_a_signing_suggested_or_ready_to_be_done_is_a_plan(text: str) -> None:
    f = facts("On June 6, 2023, Bac Ninh leaders received a Gyeonggi delegation.\n" + text, "2023-06-07")
    assert not f.agreements


@pytest.mark.parametrize("text, expected", [
    # a place named as what another borders is geography, not a partner (with the places listed after it)
    ("Quang Tri, which borders Savannakhet province of Laos, has strengthened cooperation with Salavan province.",
     {("LA-SL", "VN-25")}),
    ("Nghe An cooperates with Xieng Khouang; the province also borders Houaphanh and Bolikhamxay.", {("LA-XI", "VN-22")}),
    ("Tỉnh Quảng Trị có chung đường biên giới với tỉnh Savannakhet và Salavan, quan hệ hợp tác giữa Quảng Trị với "
     "Salavan ngày càng phát triển.", {("LA-SL", "VN-25")}),
])
def test_a_bordering_place_is_no_partner(text: str, expected: set) -> None:
    assert pairs(facts(text)) == expected


@pytest.mark.parametrize("text", [
    _LEAD_EN + "Nguyen Duc Trung then signed the minutes of the talks with his counterpart Bounthong Divixeng.",
    _LEAD_VI + "Thay mặt UBND tỉnh Nghệ An, ông Nguyễn Đức Trung ký Biên bản hội đàm với ông Bun-thoong Đi-vi-sẻng.",
])
def test_the_signer_with_whom_the_subject_signed(text: str) -> None:
    f = facts(text, "2024-03-06")
    assert [len(a.signatories) for a in f.agreements] == [2]


@pytest.mark.parametrize("text, period", [
    ("On May 2, 2024, Son La and Luang Prabang signed the 2024 cooperation plan.", (2024, 2024)),
    ("On May 2, 2024, Son La and Luang Prabang signed a cooperation programme for 2024-2025.", (2024, 2025)),
    ("On May 2, 2024, Son La and Luang Prabang renewed their memorandum of understanding on cooperation.", None),
])
def test_a_plan_programme_or_renewal_signed_on_the_day(text: str, period: tuple | None) -> None:
    f = facts(text, "2024-05-03")
    assert [(a.parties, a.period, a.signed, a.current) for a in f.agreements] == \
        [(("LA-LP", "VN-05"), period, PartialDate(2024, 5, 2), True)]


def test_an_english_cooperation_programme_named_alone_is_a_plan_of_work() -> None:
    f = facts("The two sides reviewed the cooperation programme between Son La and Luang Prabang for 2021-2025.",
              "2024-05-03")
    assert not f.agreements


def test_guests_of_one_visit_are_no_partners_of_each_other() -> None:
    f = facts("A delegation of Savannakhet province of Laos and Mukdahan province of Thailand visited Quang Tri on May 3, "
              "2024.", "2024-05-04")
    assert pairs(f) == {("LA-SV", "VN-25"), ("TH-49", "VN-25")}


def test_a_year_that_ends_the_clause_after_a_long_document_name() -> None:
    f = facts("On May 2, 2024, Son La leaders met Luang Prabang leaders.\n"
              "Son La and Luang Prabang signed a memorandum of understanding (MoU) on comprehensive cooperation in trade "
              "and education in 2012.", "2024-05-03")
    assert [(a.signed, a.current) for a in f.agreements] == [(PartialDate(2012), False)]


def test_documents_of_a_list_named_with_their_modifiers() -> None:
    f = facts("Son La and Luang Prabang signed an MoU in 2012, a cooperation agreement in 2017 and minutes of talks in "
              "2021.", "2024-05-03")
    assert sorted(a.signed.year for a in f.agreements) == [2012, 2017, 2021]


@pytest.mark.parametrize("text", [
    # a memorandum named with its parties, no verb: one the sides have
    "Bản ghi nhớ hợp tác giữa tỉnh Sơn La và tỉnh Luang Prabang đã mang lại nhiều kết quả thiết thực.",
    "The memorandum of understanding between Son La and Luang Prabang has brought practical results.",
    # signed before the news ("had signed"), its day not said
    "On May 2, 2024, Son La leaders met Luang Prabang leaders. By then the two provinces had signed an MoU on tourism.",
])
def test_a_document_the_sides_have(text: str) -> None:
    f = facts(text, "2024-05-03")
    assert [(a.parties, a.signed, a.current) for a in f.agreements] == [(("LA-LP", "VN-05"), None, False)]


def test_a_memorandum_between_two_sides_still_to_be_drafted_is_none() -> None:
    assert not facts("A memorandum of understanding between Son La and Luang Prabang will be drafted.").agreements


def test_a_document_named_before_its_signing_is_evidenced_by_the_sentence_of_the_signing() -> None:
    f = facts("Biên bản thỏa thuận hợp tác giữa tỉnh Quảng Trị và tỉnh Savannakhet tập trung vào thương mại và giáo dục. "
              "Ngày 12/3/2024, tại Đông Hà, lãnh đạo tỉnh Quảng Trị và tỉnh Savannakhet đã ký kết Biên bản thỏa thuận "
              "hợp tác giai đoạn 2024-2026.", "2024-03-13")
    (a,) = f.agreements
    assert "ký kết" in a.evidence.text and a.signed is not None
    (e,) = [e for e in f.events if e.kind == "signing"]
    assert e.evidence.text == a.evidence.text
