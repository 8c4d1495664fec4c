"""Events told in English phrasings (captions, award ceremonies, national delegations); sentences of our own."""
from __future__ import annotations

from coopgraph.facts import PartialDate

from extract_helpers import events, facts, kinds


def test_caption_meets_with_is_talks() -> None:
    f = facts("Quang Tri Party Secretary Le Van Hoa (right) meets with Governor of Savannakhet province Vilay Somphone "
              "in Dong Ha on May 5. (Photo: VNA)\n"
              "Quang Tri (VNA) – The two provinces will step up trade and tourism links.", "2024-05-06")
    assert ("talks", ("LA-SV", "VN-25"), PartialDate(2024, 5, 5)) in events(f)


def test_ceremony_to_present_orders_is_a_ceremony() -> None:
    f = facts("Ha Tinh (VNA) – The authorities of central Ha Tinh province on April 9 organised a ceremony to present "
              "Lao friendship orders to former provincial leaders, in the presence of a delegation from Laos's "
              "Bolikhamxay province.", "2024-04-10")
    assert ("other", ("LA-BL", "VN-23")) in kinds(f)


def test_presented_orders_plural_is_a_ceremony() -> None:
    f = facts("Ha Tinh (VNA) – Governor of Bolikhamxay province Sonesak Malavong on April 9 presented second-class "
              "Friendship Orders to five officials of Ha Tinh province.", "2024-04-10")
    assert ("other", ("LA-BL", "VN-23")) in kinds(f)


def test_delegation_of_a_national_party_body_is_the_state() -> None:
    f = facts("Tuyen Quang (VNA) – A working delegation of the Lao People’s Revolutionary Party Central Committee’s "
              "Inspection Commission led by its chairman Bounthong Chanthavong paid a working visit to Tuyen Quang "
              "province on October 3.\n"
              "Speaking at a reception for the delegation, Secretary of the provincial Party Committee Le Van Minh "
              "said that Tuyen Quang is honoured to host the guests.\n"
              "Tuyen Quang has twinned with Phongsaly province of Laos since 2008.", "2023-10-04")
    # (the working visit frames the reception, which takes its day)
    assert events(f) == {("talks", ("LA", "VN-07"), PartialDate(2023, 10, 3))}


def test_ceremony_to_mark_an_anniversary_of_the_partnership() -> None:
    f = facts("The Lam Dong provincial People's Committee on June 9 hosted a ceremony to mark the 15th anniversary of "
              "its friendship with Japan's Okayama prefecture, with a delegation led by Okayama's vice governor.",
              "2024-06-10")
    assert ("other", ("JP-33", "VN-35")) in kinds(f)


def test_a_greeting_visit_where_a_side_named_by_its_people_speaks_stays_one_visit() -> None:
    f = facts("Tay Ninh (VNA) - Governors of Cambodia's Svay Rieng and Kampong Cham provinces on January 20 visited "
              "Tay Ninh province of Vietnam to extend Lunar New Year (Tet) greetings.\n"
              "The Cambodian officials spoke highly of the achievements of Tay Ninh last year.\n"
              "Chairman of the Tay Ninh People's Committee Nguyen Thanh Ngoc thanked the guests for their gesture.",
              "2024-01-20")
    # the user's gold keeps one visit for a greeting visit however many speak (dev vi_05, en_10, vi_16)
    assert events(f) == {("visit", ("KH-20", "KH-3", "VN-37"), PartialDate(2024, 1, 20))}


def test_earlier_this_month_is_the_articles_month() -> None:
    f = facts("Dien Bien and Laos's Phongsaly provinces earlier this month signed a memorandum of understanding on "
              "trade and tourism cooperation.", "2024-03-20")
    assert ("signing", ("LA-PH", "VN-71"), PartialDate(2024, 3)) in events(f)
    f = facts("Earlier this month, leaders of Dien Bien province held talks with a delegation from Laos's Phongsaly "
              "province.", "2024-03-20")
    assert ("talks", ("LA-PH", "VN-71"), PartialDate(2024, 3)) in events(f)


def test_called_on_and_met_a_titled_person() -> None:
    f = facts("Governor of Phongsaly province Phouthong Sengakhom on May 14 called on Lai Chau Party Secretary "
              "Giang Pa Munh.", "2024-05-15")
    assert ("visit", ("LA-PH", "VN-01"), PartialDate(2024, 5, 14)) in events(f)
    f = facts("Lai Chau Party Secretary Giang Pa Munh on May 14 met Phongsaly Governor Phouthong Sengakhom to discuss "
              "border trade.", "2024-05-15")
    assert ("talks", ("LA-PH", "VN-01"), PartialDate(2024, 5, 14)) in events(f)


def test_called_on_or_met_without_a_person_is_no_event() -> None:
    f = facts("Lai Chau Party Secretary Giang Pa Munh on May 14 called on businesses of Phongsaly province to invest "
              "more and said the province met the demand for electricity.", "2024-05-15")
    assert not f.events


def test_at_the_receptions_a_working_visit_frames_the_meeting() -> None:
    f = facts("(HBO) – A delegation from Laos's Luang Namtha province led by its Governor paid a working visit to "
              "Hoa Binh province from August 20 to 22.\n"
              "At the receptions, Secretary of the Hoa Binh Party Committee Bui Duc Hinh expressed his pleasure to "
              "host the Luang Namtha delegation.", "2023-08-23")
    assert kinds(f) == {("talks", ("LA-LM", "VN-14"))}


def test_a_caption_cut_to_at_the_meeting_is_no_meeting() -> None:
    f = facts("At the meeting\n"
              "Quang Binh (VNA) – Governor of Khammouane province Vanxay Phongsavanh visited and offered New Year "
              "wishes to leaders and people of Quang Binh province on January 28.", "2024-01-29")
    assert kinds(f) == {("visit", ("LA-KH", "VN-24"))}


def test_caption_receives_over_a_visit_with_provinces_is_that_visit() -> None:
    f = facts("Secretary of the Tay Ninh Party Committee Nguyen Thanh Tam (right) receives Men Sam An, Supreme Advisor "
              "to the King of Cambodia.\n"
              "TAY NINH — A Cambodian delegation led by Men Sam An, Supreme Advisor to the King of Cambodia, paid a "
              "visit to Tay Ninh province on Tuesday to extend Tet greetings.\n"
              "Leaders of Tay Ninh thanked leaders of Svay Rieng province for their greetings.",
              "2025-01-22")
    assert all(e.kind != "reception" for e in f.events)


def test_day_first_slash_date_and_visited_and_worked_with() -> None:
    f = facts("(BP Portal) - On the afternoon On 12/6, a delegation of Binh Duong province led by its Party Secretary "
              "visited and worked with Gyeonggi Province, South Korea.", "2024-06-15")
    assert ("talks", ("KR-41", "VN-57"), PartialDate(2024, 6, 12)) in events(f)
    f = facts("On the morning of 12/6, a delegation of Binh Duong province visited and worked with Gyeonggi Province.",
              "2024-06-15")
    assert ("talks", ("KR-41", "VN-57"), PartialDate(2024, 6, 12)) in events(f)


def test_a_greeting_visit_where_both_sides_speak_stays_one_visit() -> None:
    f = facts("HUẾ — A delegation from Laos's Salavan province, led by Vice Governor Bounmy Sihalath, on Friday visited "
              "Huế City to extend Tết greetings to the municipal Party organisation and people.\n"
              "Bounmy expressed gratitude for Huế's support for Salavan over the years.\n"
              "Nguyễn Văn Phương, Chairman of the Huế People's Committee and deputy head of the city's steering board, "
              "affirmed that the city will keep supporting the Lao province.", "2025-01-20")
    assert events(f) == {("visit", ("LA-SL", "VN-26"), PartialDate(2025, 1, 17))}


def test_visit_to_a_foreign_states_office_is_a_visit_to_that_state() -> None:
    f = facts("Lai Chau Party Secretary Giang Pa Munh on April 10 visited the Consulate General of Laos in Da Nang "
              "to extend Bunpimay greetings.", "2024-04-11")
    assert kinds(f) == {("visit", ("LA", "VN-01"))}
    f = facts("A delegation of Lai Chau province led by its Party Secretary Giang Pa Munh on April 10 visited the Lao "
              "Embassy in Hanoi.", "2024-04-11")
    assert kinds(f) == {("visit", ("LA", "VN-01"))}


def test_two_sides_people_discussed_is_talks() -> None:
    f = facts("Bangkok (VNA) – Vietnamese Ambassador to Thailand Pham Viet Hung and Governor of Udon Thani province "
              "Wanchai Kongkasem on May 20 discussed measures to boost trade between localities of the two countries.",
              "2024-05-21")
    assert ("talks", ("TH-41", "VN"), PartialDate(2024, 5, 20)) in events(f)


def test_one_sides_people_discussing_is_no_talks() -> None:
    f = facts("Chairman of the Lai Chau People's Committee Le Van Luong and Party Secretary Giang Pa Munh on May 20 "
              "discussed plans to send students to Laos's Phongsaly province.", "2024-05-21")
    assert not f.events


def test_signed_during_his_visit_told_by_the_guest_is_a_signing_of_the_trip() -> None:
    f = facts("Prime Minister Pham Minh Chinh on Wednesday hosted a reception for Governor of Japan's Tottori "
              "prefecture Hirai Shinji in Hanoi.\n"
              "The two sides discussed cooperation in labour and agriculture.\n"
              "Hirai said that during his visit, the Japanese delegation has signed a memorandum of cooperation with "
              "Hai Duong province in agriculture technology.", "2024-05-16")
    assert ("signing", ("JP-31", "VN-61")) in kinds(f)


def test_hosted_a_titled_guest_and_wishes_named_by_the_festival() -> None:
    f = facts("Lai Chau Party Secretary Giang Pa Munh on May 14 hosted Phongsaly Governor Phouthong Sengakhom.",
              "2024-05-15")
    assert ("talks", ("LA-PH", "VN-01"), PartialDate(2024, 5, 14)) in events(f)
    f = facts("A delegation from Lai Chau province on April 12 came to Phongsaly province to convey Bunpimay wishes.",
              "2024-04-13")
    assert ("visit", ("LA-PH", "VN-01"), PartialDate(2024, 4, 12)) in events(f)


def test_a_joint_festival_kicking_off_is_a_ceremony() -> None:
    f = facts("The Lai Chau - Phongsaly culture and tourism festival kicked off in Lai Chau city on May 14.",
              "2024-05-15")
    assert ("other", ("LA-PH", "VN-01"), PartialDate(2024, 5, 14)) in events(f)


def test_the_same_year_and_talks_with_their_counterparts() -> None:
    f = facts("Ha Tinh (VNA) – Ha Tinh province has close ties with Laos's Khammouane province.\n"
              "Since March 3, 2015, the two provinces have exchanged delegations every year.\n"
              "On June 9 the same year, in Ha Tinh city, provincial leaders held talks with their counterparts from "
              "the Lao province.")
    assert ("talks", ("LA-KH", "VN-23"), PartialDate(2015, 6, 9)) in events(f)


def test_has_just_visited_takes_neither_the_articles_month_nor_the_festivals_days() -> None:
    # (the user's convention: a date that is only the article's month is null; tune nb23_10)
    f = facts("(QNO) - A delegation of Quang Binh province has just visited Laos's Khammouane province and sent "
              "its leaders greetings on the occasion of the Lao New Year called Bunpimay (13-15 April 2023).",
              "2023-04-20")
    assert ("visit", ("LA-KH", "VN-24"), None) in events(f)


def test_caption_meets_a_titled_person_is_talks() -> None:
    f = facts("Chairman of the Lai Chau People's Committee Le Van Luong (left) meets Governor of Phongsaly province "
              "Phouthong Sengakhom on May 14. (Photo: VNA)", "2024-05-15")
    assert ("talks", ("LA-PH", "VN-01"), PartialDate(2024, 5, 14)) in events(f)


def test_the_three_lao_localities_are_the_three_the_article_listed() -> None:
    f = facts("Quang Tri (VNA) – A delegation from Savannakhet province on May 4 extended greetings to Quang Tri "
              "province.\n"
              "Savannakhet Governor Phouthong Bounlom thanked Quang Tri for its support.\n"
              "Quang Tri shares its border with three Lao provinces of Savannakhet, Salavan and Champasak.\n"
              "On May 5, in Dong Ha city, provincial leaders held talks with their counterparts from the three Lao "
              "localities.", "2024-05-06")
    assert ("talks", ("LA-CH", "LA-SL", "LA-SV", "VN-25"), PartialDate(2024, 5, 5)) in events(f)


def test_glued_sentences_split_and_a_stop_takes_the_leads_day() -> None:
    f = facts("Delegations from Cambodian provinces on January 12 paid visits to Can Tho city, Soc Trang and Hau Giang "
              "provinces ahead of Tet.\n"
              "Visiting Can Tho, the guests met city leaders.\n"
              "Chairman of the Can Tho People's Committee Tran Viet Truong said the city will continue cooperation with "
              "Cambodia.In Soc Trang, Chairman of the Takeo provincial Council Ou Phan sent New Year greetings to the "
              "people of Soc Trang province.", "2024-01-13")
    assert ("visit", ("KH-21", "VN-52"), PartialDate(2024, 1, 12)) in events(f)


def test_people_of_both_sides_looked_into_measures_and_the_meeting_is_theirs() -> None:
    f = facts("Vietnamese Ambassador to Thailand Pham Viet Hung and Governor of the Thai province of Udon Thani "
              "Wanchai Kongkasem have looked into measures to promote cooperation with Vietnamese localities.\n"
              "At the meeting, which took place on May 20, the ambassador pointed to cooperation potential.\n"
              "He hoped that Udon Thani and Vietnam's Quang Ninh province will soon carry out their MoU.", "2024-05-21")
    assert kinds(f) == {("talks", ("TH-41", "VN"))}
