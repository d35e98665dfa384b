"""Business refusals are their own exception types; anything else that goes wrong is a bug,
logged (masked) and shown as unexpected — never passed off as "Something went wrong"."""

from __future__ import annotations

import logging
import threading

from tests.kiosk_driver import Kiosk


def test_a_value_error_bug_is_logged_and_shown_as_unexpected(kiosk: Kiosk, monkeypatch,
                                                             caplog) -> None:
    k = kiosk
    k.sign_in()
    k.identify("2000000000015")
    bill = k.screen("bill")
    k.wait(lambda: not bill.ops.running("picks"))  # only the scan meets the bug

    async def broken(code: str) -> object:
        raise ValueError("a bug, not a refusal")

    monkeypatch.setattr(k.client, "find_product", broken)
    with caplog.at_level(logging.ERROR):
        k.scan("1001")
        k.wait(lambda: k.window.error_dialog is not None and k.window.error_dialog.isVisible())
    assert "ValueError" in k.window.error_dialog.text()
    assert any(r.levelno >= logging.ERROR and r.exc_info for r in caplog.records)


def test_a_confirmed_sale_is_committed_off_the_ui_thread(kiosk: Kiosk, monkeypatch) -> None:
    k = kiosk
    outbox = type(k.outbox)
    threads: list[bool] = []
    add = outbox.add

    def watched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return add(self, *args, **kwargs)

    monkeypatch.setattr(outbox, "add", watched)
    k.sign_in()
    k.ring_up("1001")
    closure = k.close_bill()
    k.wait(closure.confirm_button.isEnabled)
    k.click(closure.confirm_button)
    k.wait_for("done")
    assert threads == [False], "the fsync'd commit ran on the UI thread"
