"""Kinds of event text that unseen articles bring (receptions by national leaders, conferences a trip is made for,
visits and meetings phrased in other ways); none of these sentences come from the corpus."""
from __future__ import annotations

from coopgraph.facts import PartialDate

from extract_helpers import events, facts


def test_capital_dateline_without_dash_is_the_venue_of_a_national_leaders_reception() -> None:
    f = facts("LUANG PRABANG Prime Minister of Laos Sonexay Siphandone received a delegation of Thanh Hoa province led "
              "by its Party Secretary Nguyen Doan Anh in Luang Prabang on May 6.", "2024-05-07")
    assert ("reception", ("LA", "VN-21"), PartialDate(2024, 5, 6)) in events(f)
    assert not any("LA-LP" in parties for _, parties, _ in events(f))


def test_leader_named_by_country_hosts_and_the_conference_of_the_trip_keeps_no_day() -> None:
    f = facts("President Luong Cuong praised the ties between the border provinces of Vietnam and Guangxi.\n"
              "At a reception for Chen Gang on October 2, Secretary of the Guangxi Party Committee, the Vietnamese "
              "State leader hailed the growing trade across the border.\n"
              "Chen is in Vietnam for a visit and to co-chair a conference of party secretaries of the Vietnamese "
              "provinces of Cao Bang, Lang Son and Quang Ninh, and Guangxi.", "2025-10-03")
    got = events(f)
    assert ("reception", ("CN-GX", "VN"), PartialDate(2025, 10, 2)) in got
    assert ("talks", ("CN-GX", "VN-04", "VN-09", "VN-13"), None) in got
