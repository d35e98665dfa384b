"""The outbox and its sender against the real sandbox: delivery rules, retries, manual transfer."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from kiosk_app.api import models as m
from kiosk_app.app.outbox import MANUAL, PENDING, RESOLVED, SENT, Outbox
from kiosk_app.app.sender import OutboxSender
from tests.purchases import purchase


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def outbox(tmp_path: Path):
    box = Outbox(tmp_path / "outbox.sqlite3")
    yield box
    box.close()


def test_entries_are_committed_and_survive_a_reopen(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    body = purchase()
    entry = box.add(body, currency_code="CZK")
    assert box.add(body, currency_code="CZK").id == entry.id  # same bill_id: same entry
    box._db.close()  # no clean shutdown
    again = Outbox(tmp_path / "o.sqlite3")
    (stored,) = again.all()
    assert stored.request == body and stored.state == PENDING and stored.total == entry.total
    assert again.stats().unsent == 1
    again.close()


@pytest.mark.asyncio
async def test_sender_delivers_and_keeps_the_purchase_id(sandbox, client, outbox) -> None:
    entries = [outbox.add(purchase(), currency_code="CZK") for _ in range(3)]
    sender = OutboxSender(outbox, client)
    assert await sender.drain() == 3
    stored = {p["bill_id"]: p["purchase_id"] for p in sandbox.store.purchases()}
    for entry in entries:
        sent = outbox.get(entry.bill_id)
        assert sent.state == SENT and sent.purchase_id == stored[entry.bill_id]
    assert outbox.stats().unsent == 0


@pytest.mark.asyncio
async def test_failures_retry_on_schedule_then_go_to_manual(sandbox, client, control, tmp_path) -> None:
    clock = Clock()
    box = Outbox(tmp_path / "o.sqlite3", clock=clock)
    entry = box.add(purchase(), currency_code="CZK")
    sender = OutboxSender(box, client, retry_delay=600, max_attempts=5, clock=clock)
    control.post("faults", json={"error_rates": {"503": 1.0},
                                 "path_filter": "send-purchase"})
    for attempt in range(1, 6):
        await sender.drain()
        current = box.get(entry.bill_id)
        assert current.attempts == attempt and current.last_reason == "HTTP 503"
        if attempt < 5:
            assert current.state == PENDING and current.next_attempt_at == clock.now + 600
            assert await sender.drain() == 0  # not due yet: ten minutes apart
            clock.now += 600
    assert box.get(entry.bill_id).state == MANUAL
    control.delete("faults")
    box.resend([entry.id])
    assert await sender.drain() == 1
    assert box.get(entry.bill_id).state == SENT
    actions = [a["action"] for a in box.audit(entry.id)]
    assert actions == ["created", "to manual transfer", "resend", "sent"]
    box.close()


@pytest.mark.asyncio
async def test_network_failure_stops_the_pass_without_burning_the_others(sandbox, client, control, outbox) -> None:  # noqa: E501
    first, second = (outbox.add(purchase(), currency_code="CZK") for _ in range(2))
    control.post("faults", json={"drop_rate": 1.0, "path_filter": "send-purchase"})
    sender = OutboxSender(outbox, client, retry_delay=0)
    assert await sender.drain() == 0
    assert outbox.get(first.bill_id).attempts == 1 and outbox.get(second.bill_id).attempts == 0
    control.delete("faults")
    assert await sender.drain() == 2


@pytest.mark.asyncio
async def test_already_exists_counts_as_delivered(sandbox, client, outbox) -> None:
    body = purchase()
    await client.send_purchase(body)  # it arrived, but the answer was lost
    entry = outbox.add(body, currency_code="CZK")
    await OutboxSender(outbox, client).drain()
    assert outbox.get(entry.bill_id).state == SENT
    assert len([p for p in sandbox.store.purchases() if p["bill_id"] == entry.bill_id]) == 1


@pytest.mark.asyncio
async def test_a_refused_entry_goes_to_manual_and_does_not_block_others(sandbox, client, outbox) -> None:
    used = m.PaymentRecap(vouchers=[m.PaymentVoucher(code="100200302", discount_value=5,
                                                     bill_item_id="1001")])
    bad = outbox.add(purchase(card="2000000000015", recap=used), currency_code="CZK")
    good = outbox.add(purchase(), currency_code="CZK")
    assert await OutboxSender(outbox, client).drain() == 1
    refused = outbox.get(bad.bill_id)
    assert refused.state == MANUAL and "voucher_already_used" in (refused.last_reason or "")
    assert outbox.get(good.bill_id).state == SENT
    assert outbox.stats().manual == 1


@pytest.mark.asyncio
async def test_401_mid_send_logs_in_again(sandbox, client, control, outbox) -> None:
    entry = outbox.add(purchase(), currency_code="CZK")
    control.post("expire-tokens")
    await OutboxSender(outbox, client).drain()
    assert outbox.get(entry.bill_id).state == SENT


@pytest.mark.asyncio
async def test_nothing_is_counted_before_sign_in(sandbox, make_client, outbox) -> None:
    entry = outbox.add(purchase(), currency_code="CZK")
    signed_out = make_client(sandbox)
    assert await OutboxSender(outbox, signed_out).drain() == 0
    assert outbox.get(entry.bill_id).attempts == 0
    await signed_out.aclose()


def test_an_outbox_an_older_version_made_gains_the_figures_column(tmp_path: Path) -> None:
    """A till updated with unsent sales keeps them: the old table gets the new column and
    its rows read back without figures (a reprint then says what the request says)."""
    import sqlite3

    from kiosk_app.app.outbox import SCHEMA

    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(SCHEMA.replace(",\n    figures TEXT", "").replace(
        "-- the confirmed receipt's figures (JSON), for reprints", ""))
    body = purchase()
    old.execute("INSERT INTO entries(bill_id, kind, created_at, payload, total, currency_code,"
                " state, next_attempt_at) VALUES(?,?,?,?,?,?,?,?)",
                (body.bill.bill_id, "sale", 1.0, m.to_json(body).decode(), "10", "CZK",
                 PENDING, 1.0))
    old.commit()
    old.close()
    box = Outbox(path)
    (entry,) = box.all()
    assert entry.request == body and entry.figures is None
    added = box.add(purchase(), currency_code="CZK", figures={"paid": "1.50", "offline": False})
    assert added.figures == {"paid": "1.50", "offline": False}
    box.close()


def test_one_sender_per_outbox_file(outbox, tmp_path) -> None:
    import subprocess
    import sys

    first = OutboxSender(outbox, client=None)  # type: ignore[arg-type]
    second = OutboxSender(Outbox(outbox.path), client=None)  # type: ignore[arg-type]
    assert first._claim() and not second._claim()
    holder = subprocess.run(
        [sys.executable, "-c", "import sys; from filelock import FileLock, Timeout\n"
         "try:\n FileLock(sys.argv[1]).acquire(timeout=0); print('got')\n"
         "except Timeout: print('busy')", str(outbox.path) + ".sender.lock"],
        capture_output=True, text=True, check=True)
    assert holder.stdout.strip() == "busy"  # another app instance cannot send either
    first.release()
    assert second._claim()
    second.release()


def test_manual_transfer_actions(outbox, tmp_path) -> None:
    entries = [outbox.add(purchase(), currency_code="CZK") for _ in range(2)]
    for entry in entries:
        outbox.mark_manual(entry.id, "400 refused", "bill_items: not_allowed_value")
    exported = outbox.export([entries[0].id])
    assert exported[0]["request"] == m.encode(entries[0].request)
    assert exported[0]["last_reason"] == "bill_items: not_allowed_value"
    assert json.loads(outbox.export_json([entries[0].id]))[0]["bill_id"] == entries[0].bill_id
    outbox.resolve([entries[1].id], "Entered in CareCloud by hand")
    assert outbox.get(entries[1].bill_id).state == RESOLVED
    assert outbox.audit(entries[1].id)[-1] == {
        "at": outbox.audit(entries[1].id)[-1]["at"], "action": "resolved",
        "note": "Entered in CareCloud by hand"}
    assert outbox.stats().unsent == 1


@pytest.mark.asyncio
async def test_cancellation_goes_through_the_outbox(sandbox, client, outbox) -> None:
    from kiosk_app.app.history import CancelReason, History
    from kiosk_app.app.till import Till
    from kiosk_app.domain.refusal import NotCancellable

    history = History(outbox, client, Till(client, external_app_id="kiosk-demo-app"))
    why = CancelReason("goods_returned")
    body = purchase(random.Random(3), card="2000000000015")
    sale = outbox.add(body, currency_code="CZK")
    with pytest.raises(NotCancellable):
        await history.cancel(sale.bill_id, why)  # not delivered yet
    sender = OutboxSender(outbox, client)
    await sender.drain()
    points_after_sale = sandbox.store.available_points("cu-jana")
    assert points_after_sale > 1250
    cancel = await history.cancel(sale.bill_id, why)
    assert cancel.request.bill.canceled is True
    assert cancel.request.bill.bill_number == sale.bill_id
    assert cancel.request.bill.bill_items == sale.request.bill.bill_items
    assert cancel.bill_id != sale.bill_id
    await sender.drain()
    assert outbox.get(cancel.bill_id).state == SENT
    assert outbox.get(sale.bill_id).canceled_by == cancel.bill_id
    assert sandbox.store.available_points("cu-jana") == 1250
    with pytest.raises(NotCancellable):
        await history.cancel(sale.bill_id, why)


def _on_disk(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


def test_a_delivered_sale_keeps_its_card_masked_and_leaves_after_the_retention(tmp_path) -> None:
    """Card numbers are kept only until delivery; delivered and resolved entries are deleted
    after `retention_days` (their audit rows too, and from the file's bytes); unsent ones and
    a sale whose cancellation is still unsent stay however old."""
    clock = Clock()
    box = Outbox(tmp_path / "o.sqlite3", clock=clock, retention_days=30)
    sold = box.add(purchase(card="2000000000015"), currency_code="CZK")
    unsent = box.add(purchase(card="2000000000022"), currency_code="CZK")
    box.mark_manual(unsent.id, "400 refused", "bill_items: not_allowed_value")
    settled = box.add(purchase(card="2000000000039"), currency_code="CZK")
    box.mark_manual(settled.id, "400 refused", None)
    box.resolve([settled.id], "Entered in CareCloud by hand")
    cancelled = box.add(purchase(card="2000000000046"), currency_code="CZK")
    box.mark_sent(cancelled.id, "p-2")
    request = box.get(cancelled.bill_id).request.cancellation(
        bill_id="c-1", payment_time="2026-11-24T10:00:00", created_by=None)
    cancel = box.add(request, currency_code="CZK", kind="cancel",
                     original_bill_id=cancelled.bill_id)
    box.mark_sent(sold.id, "p-1")

    assert box.get(sold.bill_id).request.card_number == "***********15"
    assert box.get(settled.bill_id).request.card_number == "***********39"
    assert box.get(unsent.bill_id).request.card_number == "2000000000022"  # still to send
    assert cancel.request.card_number is None  # a masked card is not sent again

    clock.now += 29 * 86400
    assert box.purge() == 0
    clock.now += 2 * 86400
    assert box.purge() == 2  # the delivered sale and the resolved one
    left = {e.bill_id for e in box.all()}
    assert left == {unsent.bill_id, cancelled.bill_id, cancel.bill_id}
    assert box.audit(sold.id) == [] and box.audit(settled.id) == []
    for card in (b"2000000000015", b"2000000000039", b"2000000000046"):
        assert card not in _on_disk(box.path)
    assert b"2000000000022" in _on_disk(box.path)  # the unsent sale needs its card

    box.mark_sent(cancel.id, "p-3")  # the cancellation delivered: both go after 30 days
    clock.now += 31 * 86400
    assert box.purge() == 2
    assert [e.bill_id for e in box.all()] == [unsent.bill_id]
    box.close()


@pytest.mark.asyncio
async def test_the_running_sender_purges_by_the_settings_retention(tmp_path) -> None:
    """`retention_days` is a checked setting, and the sender's own loop (not a caller)
    deletes what it no longer keeps, at most once an hour."""
    import asyncio

    from kiosk_app.config import ConfigError, Settings, load_settings

    path = tmp_path / "settings.toml"
    path.write_text("retention_days = 7\n")
    assert load_settings(path).retention_days == 7
    assert Settings().retention_days == 30
    path.write_text("retention_days = 0\n")
    with pytest.raises(ConfigError, match="retention_days"):
        load_settings(path)
    clock = Clock()
    box = Outbox(tmp_path / "o.sqlite3", clock=clock, retention_days=7)
    entry = box.add(purchase(), currency_code="CZK")
    box.mark_sent(entry.id, "p-1")
    clock.now += 8 * 86400
    sender = OutboxSender(box, client=None, interval=0.05, clock=clock)  # type: ignore[arg-type]
    running = asyncio.create_task(sender.run())
    try:
        for _ in range(200):
            if not box.all():
                break
            await asyncio.sleep(0.01)
        assert box.all() == []
        clock.now -= 8 * 86400  # a sale delivered as long ago, found just after a purge
        later = box.add(purchase(), currency_code="CZK")
        box.mark_sent(later.id, "p-2")
        clock.now += 8 * 86400
        await asyncio.sleep(0.2)  # several loop turns, all within the hour
        assert [e.bill_id for e in box.all()] == [later.bill_id]
        clock.now += 3601
        for _ in range(200):
            if not box.all():
                break
            await asyncio.sleep(0.01)
        assert box.all() == []
    finally:
        running.cancel()
        with pytest.raises(asyncio.CancelledError):
            await running
    box.close()
