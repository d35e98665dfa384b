"""What a scanned code is (`domain.codes`) and what it does where (`domain.scan_policy`):
the README's table is the policy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk_app.domain.codes import CardRule, Kind, classify, clean_scan
from kiosk_app.domain.scan_policy import TABLE, Action, Context, decide, markdown_table

README = Path(__file__).resolve().parents[1] / "README.md"
RULE = CardRule.of(["2000", "3000", "2900", None])


def test_the_readme_table_is_the_policy() -> None:
    text = README.read_text("utf-8")
    found = re.search(r"<!-- scan-policy[^>]*-->\n(.*?)\n<!-- /scan-policy -->", text, re.S)
    assert found, "README.md has the scan table between its markers"
    assert found.group(1).strip() == markdown_table(), (
        "README.md's table differs from the policy: paste "
        "kiosk_app.domain.scan_policy.markdown_table() between the markers")


def test_every_kind_has_an_action_in_every_context() -> None:
    assert set(TABLE) == set(Kind)
    for kind, actions in TABLE.items():
        assert set(actions) == set(Context), kind


@pytest.mark.parametrize(("code", "kind"), [
    ("2000000000015", Kind.CARD), ("3000000000014", Kind.CARD),  # the card types' prefixes
    ("1001", Kind.GOODS), ("100200300", Kind.GOODS), ("900100200", Kind.GOODS),
    ("ABCD2345EFGH", Kind.GOODS),  # a voucher bought with points
    ("CCAUTH:tr-1:V952TL", Kind.CUSTOMER_QR), ("CCBILL:st-prague:0a1b2c", Kind.RECEIPT_QR),
    ("CCBILL:st-prague", Kind.NOT_A_CODE), ("hello world", Kind.NOT_A_CODE),
    ("２０００００００００００１５", Kind.NOT_A_CODE),  # full-width digits are no card digits
])
def test_what_a_code_is(code: str, kind: Kind) -> None:
    assert classify(code, RULE).kind is kind


def test_a_project_without_card_prefixes_asks_about_long_digits() -> None:
    none = CardRule.of([])
    assert classify("2000000000015", none).kind is Kind.MAYBE_CARD
    assert classify("1001", none).kind is Kind.GOODS


def test_a_scan_is_cleaned_and_bounded() -> None:
    assert clean_scan("\x02]E02000000000015\x03") == "2000000000015"  # STX, AIM id, ETX
    assert clean_scan("#1001*", prefix="#", suffix="*") == "1001"
    assert clean_scan("7" * 512) == "7" * 512
    assert clean_scan("7" * 513) == ""  # longer than any code of ours
    assert clean_scan("ab") == ""


def test_a_card_at_the_counter_is_the_same_from_every_screen() -> None:
    assert decide(Context.NO_SALE, Kind.CARD) is Action.IDENTIFY
    assert decide(Context.SALE, Kind.CARD) is Action.IDENTIFY_FOR_BILL
    assert decide(Context.SALE, Kind.GOODS) is Action.ADD_TO_BILL
    assert decide(Context.MEMBER, Kind.GOODS) is Action.GIFT_BALANCE
    assert decide(Context.STAFF, Kind.CARD) is Action.IGNORE
