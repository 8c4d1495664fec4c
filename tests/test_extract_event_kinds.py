"""Kinds of event text that unseen articles bring (receptions by national leaders, conferences a trip is made for,
visits and meetings phrased in other ways); none of these sentences come from the corpus."""
from __future__ import annotations

from coopgraph.facts import PartialDate

from extract_helpers import events, facts


def test_capital_dateline_without_dash_is_the_venue_of_a_national_leaders_talks() -> None:
    f = facts("LUANG PRABANG Prime Minister of Laos Sonexay Siphandone received a delegation of Thanh Hoa province led "
              "by its Party Secretary Nguyen Doan Anh in Luang Prabang on May 6.", "2024-05-07")
    assert ("talks", ("LA", "VN-21"), PartialDate(2024, 5, 6)) in events(f)
    assert not any("LA-LP" in parties for _, parties, _ in events(f))


def test_leader_named_by_country_hosts_and_the_conference_of_the_trip_keeps_no_day() -> None:
    f = facts("President Luong Cuong praised the ties between the border provinces of Vietnam and Guangxi.\n"
              "At a reception for Chen Gang on October 2, Secretary of the Guangxi Party Committee, the Vietnamese "
              "State leader hailed the growing trade across the border.\n"
              "Chen is in Vietnam for a visit and to co-chair a conference of party secretaries of the Vietnamese "
              "provinces of Cao Bang, Lang Son and Quang Ninh, and Guangxi.", "2025-10-03")
    got = events(f)
    assert ("talks", ("CN-GX", "VN"), PartialDate(2025, 10, 2)) in got
    assert ("talks", ("CN-GX", "VN-04", "VN-09", "VN-13"), None) in got


def test_online_meeting_linked_to_embassies_and_the_first_meeting_of_the_series() -> None:
    f = facts("An online meeting between the party secretaries of the Vietnamese provinces of Quang Ninh, Lang Son and "
              "Cao Bang and China's Guangxi took place on March 3.\n"
              "The event was also connected to the Vietnamese Embassy in Beijing and the Chinese Embassy in Hanoi.\n"
              "It was the third meeting of its kind since the first meeting in 2020.", "2023-03-04")
    got = events(f)
    members = ("CN", "CN-GX", "VN", "VN-04", "VN-09", "VN-13")
    assert ("talks", members, PartialDate(2023, 3, 3)) in got
    assert ("talks", ("CN-GX", "VN-04", "VN-09", "VN-13"), PartialDate(2020)) in got


def test_earlier_meeting_last_year_needs_the_articles_own_year() -> None:
    text = ("Leaders of Quang Tri and Savannakhet held talks in Dong Ha on June 4.\n"
            "The first meeting of this kind took place last year.")
    assert ("talks", ("LA-SV", "VN-25"), PartialDate(2023)) in events(facts(text, "2024-06-05"))
    assert not any(d and d.month is None for _, _, d in events(facts(text)))


def test_co_chairs_named_before_the_conference_are_its_sides() -> None:
    f = facts("Đồng chí Lê Văn An - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy tỉnh Quảng Trị và ngài Bun Mi - Ủy viên "
              "Trung ương Đảng Nhân dân Cách mạng Lào, Tỉnh trưởng tỉnh Savannakhet "
              "cùng chủ trì hội nghị.\n"
              "Hai tỉnh đánh giá kết quả hợp tác đã ký kết tại bản ghi nhớ năm 2019.")
    assert ("talks", ("LA-SV", "VN-25")) in {(k, p) for k, p, _ in events(f)}


def test_delegations_of_several_provinces_each_pay_a_visit() -> None:
    f = facts("Cambodian delegations pay New Year visits to An Giang\n"
              "Leaders of Takeo and Kampot thanked An Giang for its support.\n"
              "The Governor of Kampot hoped for more tourists from An Giang.", "2024-02-05")
    got = {(k, p) for k, p, _ in events(f)}
    assert ("visit", ("KH-21", "VN-44")) in got and ("visit", ("KH-7", "VN-44")) in got
    assert not any(k == "visit" and "KH-21" in p and "KH-7" in p for k, p in got)


def test_new_year_wishes_are_a_greeting_visit() -> None:
    f = facts("At the meeting\n"
              "Governor of Champasak province of Laos Vilayvong Boudakham visited and offered New Year wishes to "
              "leaders and people of Quang Nam province on February 2.", "2024-02-03")
    assert ("visit", ("LA-CH", "VN-27"), PartialDate(2024, 2, 2)) in events(f)


def test_a_countrys_delegation_visits_with_the_provinces_the_article_is_about() -> None:
    f = facts("Lao delegation pays Tet visit to Ha Tinh\n"
              "HA TINH — A Lao delegation led by Sounthone Xayachack, Vice President of the Lao National Assembly, paid "
              "a visit to Ha Tinh province on Monday to extend Tet greetings.\n"
              "Leaders of Ha Tinh thanked Khammouane and Bolikhamxay provinces for their greetings.\n"
              "Khammouane and Bolikhamxay have worked with Ha Tinh for many years.", "2025-01-21")
    assert ("visit", ("LA", "LA-BL", "LA-KH", "VN-23"), PartialDate(2025, 1, 20)) in events(f)


def test_agency_dateline_after_a_caption_is_no_place_visited_and_talks_on_a_trip_keep_no_day() -> None:
    f = facts("Vietnamese Consul General Nguyen Van B (L) at a working session with Khon Kaen authorities (Photo: VNA)"
              "Bangkok (VNA) – A delegation of the Vietnamese Consulate General led by Nguyen Van B on May 8-10 "
              "visited Khon Kaen and Udon Thani provinces to promote trade.", "2023-05-12")
    got = events(f)
    assert not any("TH-10" in parties for _, parties, _ in got)
    assert ("talks", ("TH-40", "VN"), None) in got


def test_state_named_in_an_orders_name_is_no_party_of_the_award() -> None:
    f = facts("Trao tặng Huân chương Hữu nghị của Đảng, Nhà nước CHDCND Lào cho lãnh đạo tỉnh Hà Tĩnh\n"
              "Sáng 5/6, đoàn công tác tỉnh Khăm Muồn tổ chức Lễ trao tặng Huân chương Hữu nghị cho lãnh đạo tỉnh "
              "Hà Tĩnh.", "2024-06-05")
    assert {(k, p) for k, p, _ in events(f)} == {("other", ("LA-KH", "VN-23"))}


def test_a_proposed_signing_is_no_signing_event() -> None:
    f = facts("Vice Chairman of the Da Nang People's Committee Tran Van B on May 3 received visiting Vice Governor "
              "of Gyeonggi province Lee Min-ho.\n"
              "In the coming time, he suggested the two localities strengthen exchanges, build coordination "
              "mechanisms, and sign a friendly cooperation agreement.",
              "2024-05-04")
    assert "signing" not in {k for k, _, _ in events(f)}


def test_a_hand_over_praised_in_a_speech_is_no_ceremony() -> None:
    f = facts("Thủ tướng Lào cho rằng việc tỉnh Nghệ An giúp xây dựng và bàn giao trường học cho tỉnh Xiêng Khoảng "
              "là minh chứng cho tình đoàn kết giữa hai địa phương.")
    assert "other" not in {k for k, _, _ in events(f)}


def test_a_conference_named_again_by_the_word_alone_is_the_same_one() -> None:
    f = facts("Chiều 12/10, UBND tỉnh Tây Ninh tổ chức Hội nghị sơ kết hợp tác với tỉnh Svay Rieng (Campuchia).\n"
              "Chủ tịch UBND tỉnh Tây Ninh Nguyễn Văn A và ngài Men Vibol, Tỉnh trưởng tỉnh Svay Rieng đồng chủ trì "
              "hội nghị.", "2023-10-13")
    assert events(f) == {("other", ("KH-20", "VN-37"), PartialDate(2023, 10, 12))}


def test_meetings_phrased_in_other_words() -> None:
    said = {
        "Sáng 5/5, Bí thư Tỉnh ủy Quảng Trị Nguyễn Long Hải có buổi gặp mặt Đoàn công tác tỉnh Savannakhet.": "talks",
        "On May 5, Quang Tri Party Secretary Nguyen Long Hai talked with Savannakhet Governor Santiphap "
        "Phomvihane.": "talks",
        "On May 5, Quang Tri leaders received and worked with a delegation from Savannakhet province.": "talks",
        "Sáng 5/5, lãnh đạo tỉnh Quảng Trị đã tiếp thân mật Đoàn đại biểu tỉnh Savannakhet.": "talks",
    }
    for text, kind in said.items():
        assert (kind, ("LA-SV", "VN-25"), PartialDate(2024, 5, 5)) in events(facts(text, "2024-05-06")), text


def test_talks_that_are_set_to_come_are_no_event() -> None:
    assert not events(facts("Quang Tri and Savannakhet are set to hold talks in Dong Ha in June.", "2024-05-06"))


def test_meetings_with_the_two_provinces_are_one_meeting_with_each() -> None:
    f = facts("Vietnamese Consul General Nguyen Van B on May 8-9 had a working session with Khon Kaen authorities "
              "and visited Udon Thani province.\n"
              "During meetings with the two provinces' authorities, the diplomat called for more trade with "
              "Vietnamese localities.\n"
              "Khon Kaen and Udon Thani leaders hope for more flights.", "2023-05-12")
    got = {(k, p) for k, p, _ in events(f)}
    assert {("talks", ("TH-40", "VN")), ("talks", ("TH-41", "VN"))} <= got


def test_meetings_with_two_provinces_in_a_new_year_article_are_greeting_visits() -> None:
    f = facts("Gia Lai tặng quà Tết Bun Pi May cho người dân hai tỉnh Attapeu và Sê Kông\n"
              "Phát biểu tại các cuộc gặp với lãnh đạo hai tỉnh Attapeu và Sê Kông (Lào), Bí thư Tỉnh ủy tỉnh Gia Lai "
              "gửi lời chúc mừng năm mới đến Nhân dân các bộ tộc Lào.")
    got = {(k, p) for k, p, _ in events(f)}
    assert {("visit", ("LA-AT", "VN-30")), ("visit", ("LA-XE", "VN-30"))} <= got


def test_a_states_delegation_is_the_foreign_side_of_its_meetings() -> None:
    text = ("Son La (VNA) - A delegation of the Lao National Assembly led by its Vice President Sounthone Xayachack "
            "paid a working trip to the northern province of Son La on March 2.\n"
            "During a meeting with local leaders, the guest praised the achievements of Son La.\n"
            "Son La has signed agreements with Luang Prabang and Oudomxay provinces of Laos.")
    assert ("talks", ("LA", "VN-05"), PartialDate(2024, 3, 2)) in events(facts(text, "2024-03-03"))
    # "The … delegation" tells of a delegation named before: no state's
    other = ("Oudomxay province views Son La as a partner\n"
             "Son La (VNA) - The Lao delegation visited Son La on March 2 and held talks with its leaders.")
    assert ("talks", ("LA-OU", "VN-05"), PartialDate(2024, 3, 2)) in events(facts(other, "2024-03-03"))


def test_talks_due_to_come_or_held_by_habit_are_no_event() -> None:
    for text in ("Talks between the leaders of Quang Tri and Savannakhet are due to take place in June.",
                 "Hai bên thống nhất luân phiên tổ chức hội đàm hằng năm giữa lãnh đạo hai tỉnh Quảng Trị và "
                 "Savannakhet."):
        assert not events(facts(text, "2024-05-06")), text


def test_an_event_in_a_sentence_opening_with_a_past_year_has_that_year() -> None:
    for text, kind in (("Back in 2015, Quang Tri and Savannakhet held talks in Dong Ha.", "talks"),
                       ("Năm 2015, Đoàn công tác tỉnh Quảng Trị đã sang thăm tỉnh Savannakhet.", "visit")):
        assert events(facts(text, "2024-05-06")) == {(kind, ("LA-SV", "VN-25"), PartialDate(2015))}, text


def test_review_of_years_of_a_dated_document_settles_the_year_and_keeps_the_conference() -> None:
    f = facts("Sáng ngày 12.10, tại tỉnh Svay Rieng, UBND tỉnh phối hợp với Ban Hành chính tỉnh Svay Rieng tổ chức "
              "Hội nghị sơ kết 2 năm thực hiện thỏa thuận hợp tác giữa hai tỉnh (được ký kết ngày 20/04/2020).\n"
              "Tham dự hội nghị, về phía tỉnh Tây Ninh có ông Nguyễn Văn A, Chủ tịch UBND tỉnh.\n"
              "Kết thúc Hội nghị, lãnh đạo hai tỉnh Tây Ninh và Svay Rieng đã ký kết Biên bản sơ kết.")
    got = events(f)
    assert ("other", ("KH-20", "VN-37"), PartialDate(2022, 10, 12)) in got
    assert ("signing", ("KH-20", "VN-37"), PartialDate(2022, 10, 12)) in got
    assert "talks" not in {k for k, _, _ in got}


def test_a_ceremony_between_the_two_provinces_needs_no_second_name() -> None:
    f = facts("Sáng 10/9, tại tỉnh Prey Veng, UBND tỉnh tổ chức Hội nghị sơ kết hợp tác giữa hai tỉnh.\n"
              "Tây Ninh và Prey Veng có đường biên giới chung dài.", "2023-09-11")
    assert ("other", ("KH-14", "VN-37"), PartialDate(2023, 9, 10)) in events(f)


def test_a_national_leaders_trip_meets_the_province_as_the_state() -> None:
    f = facts("Vice President Vo Thi Anh Xuan visited the Lao province of Champasak on June 24 during her visit to "
              "the country.\n"
              "On meeting the Governor of Champasak province Vilayvong Boudakham, Vice President Xuan praised the "
              "province's growth.", "2024-06-25")
    assert ("talks", ("LA-CH", "VN"), PartialDate(2024, 6, 24)) in events(f)


def test_a_meeting_at_a_national_leaders_reception_is_that_one_talks() -> None:
    f = facts("Prime Minister Pham Minh Chinh on May 5 received Governor of Kagoshima prefecture Shiota Koichi.\n"
              "At a meeting with Governor Shiota Koichi, the Prime Minister hoped Kagoshima would welcome more "
              "Vietnamese workers.", "2024-05-06")
    assert {k for k, _, _ in events(f)} == {"talks"}


def test_provinces_witnessing_a_signing_of_their_districts_sign_nothing() -> None:
    f = facts("Từ ngày 3 đến 5/6, Đoàn công tác tỉnh Nghệ An đã thăm và làm việc tại tỉnh Xiêng Khoảng.\n"
              "Lãnh đạo hai tỉnh hội đàm về hợp tác.\n"
              "Lãnh đạo hai tỉnh chứng kiến lễ ký kết thỏa thuận hợp tác giữa UBND huyện Kỳ Sơn (Nghệ An) và huyện "
              "Nong Het (Xiêng Khoảng).", "2024-06-06")
    assert "signing" not in {k for k, _, _ in events(f)}


def test_a_national_leaders_visit_told_with_his_guests_is_talks_and_old_history_no_meeting() -> None:
    f = facts("A Lao delegation led by Vice President Bounthong Chitmany visited the northern province of Son La on "
              "May 3.\n"
              "Secretary of the provincial Party Committee Hoang Van Nghiem briefed his guests on local development.\n"
              "Son La has helped Houaphanh province build schools.\n"
              "He thanked Son La for the relic site where the preparatory meeting for the Congress took place in "
              "December 1971 in Houaphanh.", "2024-05-04")
    assert events(f) == {("talks", ("LA", "VN-05"), PartialDate(2024, 5, 3))}


def test_a_delegation_delivering_greetings_meanwhile_is_a_visit_of_the_same_day() -> None:
    f = facts("A delegation of Kampot province on January 20 extended Lunar New Year greetings to leaders of Kien "
              "Giang province.\n"
              "Meanwhile, a delegation from Takeo province came to deliver Tet greetings to An Giang authorities.",
              "2024-01-21")
    assert ("visit", ("KH-21", "VN-44"), PartialDate(2024, 1, 20)) in events(f)
