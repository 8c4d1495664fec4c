"""Receptions of a state's officers and the seats of consulates, tested with sentences written for the test."""
from __future__ import annotations

from extract_helpers import facts, kinds, pairs


def test_a_consul_general_received_by_a_province_is_talks_of_the_state() -> None:
    f = facts("Hosting a reception for Lao Consul General in Da Nang city Vilay Phommachanh, Chairman of the Quang Nam "
              "provincial People's Committee Le Van Dung praised the cooperation between Quang Nam and the Lao "
              "provinces of Sekong and Salavan.")
    assert kinds(f) == {("talks", ("LA", "VN-27"))}
    # the consulate's seat is no party to anything
    assert not any("VN-DN" in p for p in pairs(f))


def test_the_seat_of_a_consulate_in_vietnamese_is_no_party() -> None:
    f = facts("Chiều 5/3, Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng tiếp Tổng Lãnh sự Lào tại Đà Nẵng Vi-lay "
              "Phôm-ma-chăn.")
    assert all("VN-DN" not in e.parties for e in f.events)


def test_a_reception_of_a_delegation_of_provinces_keeps_the_provinces() -> None:
    # no state officer among the guests: the provinces are the parties (and a delegation received is met: talks)
    f = facts("Hosting a reception for a delegation of Sekong province led by Governor Leklay Sivilay, Chairman of "
              "the Quang Nam provincial People's Committee Le Van Dung welcomed the guests.")
    assert ("talks", ("LA-XE", "VN-27")) in kinds(f)


def test_a_meeting_between_a_long_list_takes_the_list_to_its_end() -> None:
    # the foreign member stands far past the usual window around the cue word
    f = facts("On the morning of March 3, Lao Cai Provincial Party Committee organized the Spring Meeting between the "
              "secretaries and the heads of the foreign affairs commissions of the Provincial Party Committees of 4 provinces: Ha "
              "Giang, Lang Son, Quang Ninh, Lao Cai (Vietnam) and Secretary of the Party Committee of Guangxi Zhuang Autonomous Region (China).",
              published="2024-03-04")
    assert kinds(f) == {("talks", ("CN-GX", "VN-02", "VN-03", "VN-09", "VN-13"))}


def test_the_year_in_the_occasions_name_dates_a_yearless_day() -> None:
    # the page's own date (a year later) does not give the day its year: the occasion's name does
    f = facts("On the morning of March 3, Lao Cai hosted the 2023 Spring Meeting between the party secretaries of Lao "
              "Cai and Yunnan.", published="2024-09-20")
    assert {(e.kind, str(e.start)) for e in f.events} == {("talks", "2023-03-03")}


def test_a_head_of_government_named_by_title_alone_receives_for_the_state_talks() -> None:
    f = facts("Thủ tướng Campuchia tiếp Đoàn đại biểu tỉnh Tây Ninh\n\nChiều 3/4 tại Phnôm Pênh, Đoàn đại biểu tỉnh Tây Ninh "
              "do đồng chí Nguyễn Thanh Ngọc, Chủ tịch UBND tỉnh dẫn đầu đã đến chào Thủ tướng.", published="2023-04-04")
    assert kinds(f) == {("talks", ("KH", "VN-37"))}


def test_a_singular_high_level_talk_is_talks() -> None:
    f = facts("The delegation of Attapeu province and the Kon Tum delegation met for a high-level talk in Kon Tum city "
              "on November 28.", published="2019-11-30")
    assert ("talks", ("LA-AT", "VN-28")) in kinds(f)


def test_meetings_a_leader_suggests_are_to_come() -> None:
    f = facts("Kon Tum and Attapeu signed a memorandum of understanding on September 26.\n\n"
              "He suggested that the two provinces organise visits, meetings and working sessions between their leaders.",
              published="2023-09-27")
    assert {k for k, _ in kinds(f)} == {"signing"}


def test_a_working_session_with_the_own_embassy_abroad_is_no_partnership() -> None:
    # the embassy is Vietnam's (a national office); the capital it sits in is no party
    f = facts("Đoàn công tác tỉnh Hà Tĩnh thăm và làm việc với Đại sứ quán Việt Nam tại Lào\n\n"
              "Ngày 4/11, Đoàn công tác của tỉnh Hà Tĩnh đã đến thăm và làm việc với Đại sứ quán Việt Nam tại thủ đô "
              "Viêng Chăn, Lào.", published="2025-11-05")
    assert not f.partnerships
    assert ("talks", ("VN", "VN-23")) in kinds(f)
