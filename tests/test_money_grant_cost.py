"""The cost of a project built with a grant is money given (sentences of our own)."""
from __future__ import annotations

from extract_helpers import facts


def test_investment_cost_of_a_non_refundable_grant_is_an_amount() -> None:
    f = facts("Nhà lớp học được xây dựng từ nguồn vốn viện trợ không hoàn lại do tỉnh Nghệ An tặng Trường Phổ thông Dân "
              "tộc nội trú tỉnh Xiêng Khoảng từ hai năm trước, với tổng số vốn đầu tư là 150.000 USD.", "2023-05-02")
    got = {(c.giver, c.receiver, c.value, c.currency) for c in f.commitments}
    assert ("VN-22", "LA-XI", 150000, "USD") in got


def test_investment_of_a_company_stays_no_amount() -> None:
    f = facts("Công ty của tỉnh Nghệ An đầu tư nhà máy tại tỉnh Xiêng Khoảng với tổng vốn đầu tư là 150.000 USD.", "2023-05-02")
    assert not f.commitments


def test_money_for_the_vietnamese_association_abroad_is_not_for_the_province() -> None:
    f = facts("Tỉnh Quảng Bình trao 2 tỷ đồng cho Hội người Việt Nam tỉnh Khăm Muộn để xây nhà văn hóa.", "2022-06-01")
    assert not any(c.receiver == "LA-KH" for c in f.commitments)
