"""Nothing the server or a settings file sends can stop the till (issue 16): one small hostile
test of our own for each class of failure."""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest

from kiosk_app.__main__ import main
from kiosk_app.api import CareCloudClient, Credentials, ProtocolError, RetryPolicy, TransportError
from kiosk_app.api import models as m
from kiosk_app.api.masking import mask_text
from kiosk_app.app.customers import Customers
from kiosk_app.app.outbox import MANUAL, PENDING, SENT, Outbox
from kiosk_app.app.sender import OutboxSender
from kiosk_app.config import ConfigError, load_settings
from kiosk_app.domain.codes import looks_like_card_number
from tests.hostile import API, HostileServer, Reply
from tests.kiosk_driver import Kiosk
from tests.purchases import purchase

CREDS = Credentials("cashier", "demo", "kiosk-demo-app")

# --- the outbox sender never dies -------------------------------------------------------------

HOSTILE_SEND_ANSWERS = [
    ({"data": {"purchase_id": ""}}, {}),
    ('{"data": {"purchase_id": "\\ud800"}}', {}),
    ({"data": {"purchase_id": 42}}, {}),
    ({"data": []}, {}),
    ([1, 2, 3], {}),
    ('{"data": ' + "[" * 50_000 + "]" * 50_000 + "}", {}),
    ({"data": {"purchase_id": "p-1"}}, {"Content-Encoding": "gzip"}),  # a compression lie
    ({"data": {"purchase_id": "p-1"}}, {"Content-Encoding": "br"}),
]


@pytest.mark.asyncio
@pytest.mark.parametrize(("answer", "headers"), HOSTILE_SEND_ANSWERS,
                         ids=["blank-id", "lone-surrogate", "number-id", "list-data", "list-body",
                              "deep", "gzip-lie", "unknown-encoding"])
async def test_a_hostile_send_purchase_answer_marks_the_entry_and_the_loop_goes_on(
        sandbox, client, control, tmp_path, spec_checker, answer, headers) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    sender = OutboxSender(outbox, client, interval=0.05, retry_delay=0.05, max_attempts=1000)
    task = asyncio.ensure_future(sender.run_forever(first_delay=0.05))
    control.post("faults", json={"answer": answer, "answer_headers": headers,
                                 "path_filter": "send-purchase"})
    entries = [outbox.add(purchase(), currency_code="CZK") for _ in range(3)]
    sender.wake()
    deadline = time.monotonic() + 10
    while any(outbox.get(e.bill_id).attempts == 0 for e in entries):
        assert time.monotonic() < deadline
        await asyncio.sleep(0.02)
    for entry in entries:
        current = outbox.get(entry.bill_id)
        assert current.state == PENDING and current.last_reason in ("protocol", "unexpected")
    assert not task.done() and sender.restarts == 0
    control.delete("faults")  # CareCloud sane again: everything arrives, once
    while outbox.stats().unsent:
        assert time.monotonic() < deadline + 10
        await asyncio.sleep(0.02)
    task.cancel()
    received = [p["bill_id"] for p in sandbox.store.purchases()]
    assert sorted(received) == sorted(e.bill_id for e in entries)
    spec_checker.problems.clear()  # the forged answers broke the spec on purpose
    outbox.close()


@pytest.mark.asyncio
async def test_a_bug_while_marking_an_entry_does_not_stop_the_others(sandbox, client, tmp_path
                                                                     ) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    first, second = (outbox.add(purchase(), currency_code="CZK") for _ in range(2))
    real = outbox.mark_sent
    calls = {"n": 0}

    def flaky(entry_id, purchase_id, note=None):
        calls["n"] += 1
        if calls["n"] == 1:
            raise sqlite3.OperationalError("disk I/O error")
        real(entry_id, purchase_id, note)

    outbox.mark_sent = flaky  # type: ignore[method-assign]
    sender = OutboxSender(outbox, client, retry_delay=0.0, max_attempts=10)
    await sender.drain()
    assert outbox.get(first.bill_id).state == SENT  # retried: CareCloud had it already
    assert outbox.get(second.bill_id).state == SENT
    assert [a["action"] for a in outbox.audit(first.id)][-1] == "sent"
    assert len(sandbox.store.purchases()) == 2
    outbox.close()


def test_a_stopped_sender_loop_is_restarted_and_the_status_bar_says_so(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    real = k.sender.drain
    broken = {"once": True}

    async def drain_with_a_bug() -> int:
        if broken.pop("once", False):
            raise RuntimeError("a bug in the loop itself")
        return await real()

    k.sender.drain = drain_with_a_bug  # type: ignore[method-assign]
    k.sender.wake()
    k.wait(lambda: k.sender.restarts == 1)
    k.wait(lambda: "restarted after an error" in k.window.unsent_label.full_text)
    k.outbox.add(purchase(), currency_code="CZK")
    k.sender.wake()
    k.wait(lambda: len(k.purchases()) == 1)  # the restarted loop delivers
    k.wait(lambda: "restarted" not in k.window.unsent_label.full_text)


# --- no call may hang ---------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_server_dripping_one_byte_every_300_ms_hits_the_call_deadline() -> None:
    body = json.dumps({"data": {"stores": [], "total_items": 0}}).encode()
    drip = Reply(body=body, chunk=1, pause=0.3)
    with HostileServer(lambda seen: drip) as server:
        client = CareCloudClient(server.base_url, retry=RetryPolicy(attempts=1), deadline=1.5)
        await client.login(CREDS)
        started = time.monotonic()
        with pytest.raises(TransportError, match="within"):
            await client.get_stores()
        assert time.monotonic() - started < 3  # per read it never timed out; the whole call did
        await client.aclose()


@pytest.mark.asyncio
async def test_a_gzip_bomb_is_refused_without_inflating_it() -> None:
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    payload = bomb.compress(b'{"data": "' + b"0" * 100_000_000) + bomb.flush()
    assert len(payload) < 200_000
    reply = Reply(body=payload, headers={"Content-Encoding": "gzip"})
    with HostileServer(lambda seen: reply) as server:
        client = CareCloudClient(server.base_url, retry=RetryPolicy(attempts=1))
        await client.login(CREDS)
        tracemalloc.start()
        with pytest.raises(ProtocolError, match="too large"):
            await client.get_stores()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < 40_000_000  # nowhere near the 100 MB it would inflate to
        await client.aclose()


# --- paging does not trust total_items --------------------------------------------------------------


@pytest.mark.asyncio
async def test_paging_stops_on_a_page_that_adds_nothing_new() -> None:
    page = Reply.data({"stores": [{"store_id": "st-1", "name": "A"}], "total_items": 10**9})
    with HostileServer(lambda seen: page) as server:  # ignores offset, lies about the total
        client = CareCloudClient(server.base_url, retry=RetryPolicy(attempts=1))
        await client.login(CREDS)
        stores = await client.list_all("stores", "stores", m.Store)
        assert len(stores) == 1 and len(server.seen) <= 3
        await client.aclose()


@pytest.mark.asyncio
async def test_paging_is_capped_when_every_page_is_new() -> None:
    counter = iter(range(10**9))

    def endless(seen):
        return Reply.data({"stores": [{"store_id": f"st-{next(counter)}", "name": "A"}
                                      for _ in range(2)], "total_items": 10**9})

    with HostileServer(endless) as server:
        client = CareCloudClient(server.base_url, retry=RetryPolicy(attempts=1))
        await client.login(CREDS)
        found = [s async for s in client.paginate("stores", "stores", m.Store, page_size=2,
                                                  max_pages=25)]
        assert len(found) == 50
        await client.aclose()


# --- log masking runs in linear time ---------------------------------------------------------------


@pytest.mark.parametrize("hostile", [
    "a" * 5_000_000,                      # a 5 MB local part with no "@"
    "a@" * 2_500_000,
    "x.y-z_" * 800_000 + "@",
    "1 " * 2_500_000,
    ("jana@example.com " * 300_000),
], ids=["no-at", "many-at", "long-local", "digit-pairs", "many-emails"])
def test_masking_a_megabyte_detail_does_not_freeze_the_loop(hostile: str, caplog) -> None:
    from kiosk_app.api.masking import MaskingFilter

    finished = threading.Event()

    def work() -> None:
        mask_text(hostile)
        record = logging.LogRecord("kiosk_app.api", logging.WARNING, __file__, 1,
                                   "logout failed: %s", (hostile,), None)
        MaskingFilter().filter(record)
        assert "jana@" not in record.getMessage()
        finished.set()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    # the quadratic pattern took ~6 s for 64 KB and hours for 5 MB; linear masking of a
    # bounded line takes milliseconds
    assert finished.wait(timeout=10), "masking froze"


# --- server ids stay inside their path segment ---------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("customer_id", ["cu-1/../../../users/actions/logout", "..",
                                         "cu-1\\..\\x", "cu%2F..%2Fx/y"])
async def test_a_server_id_cannot_leave_its_path_segment(customer_id: str, tmp_path) -> None:
    card = {"cards": [{"card_id": "ca-1", "card_number": "2000000000015", "card_type_id": "ct",
                       "customer_id": customer_id, "state": 1}], "total_items": 1}
    with HostileServer(lambda seen: Reply.data(card)) as server:
        client = CareCloudClient(server.base_url, retry=RetryPolicy(attempts=1))
        await client.login(CREDS)
        with pytest.raises(ProtocolError):
            await Customers(client).check_card("2000000000015")
        paths = [seen.path.split("?")[0] for seen in server.seen]
        assert all(path.startswith(API) and ".." not in path for path in paths)
        assert not any("logout" in path for path in paths)
        await client.aclose()


# --- settings refuse nonsense ------------------------------------------------------------------


@pytest.mark.parametrize(("env", "setting"), [
    ({"KIOSK_READ_TIMEOUT": "0"}, "read_timeout"),
    ({"KIOSK_READ_TIMEOUT": "-5"}, "read_timeout"),
    ({"KIOSK_CONNECT_TIMEOUT": "nan"}, "connect_timeout"),
    ({"KIOSK_CONNECT_TIMEOUT": "inf"}, "connect_timeout"),
    ({"KIOSK_SEND_INTERVAL": "0"}, "send_interval"),
    ({"KIOSK_SEND_INTERVAL": "-1"}, "send_interval"),
    ({"KIOSK_MAX_ATTEMPTS": "0"}, "max_attempts"),
    ({"KIOSK_CASHDESK_NUMBER": "1.9"}, "cashdesk_number"),
    ({"KIOSK_CASHDESK_NUMBER": "inf"}, "cashdesk_number"),
    ({"KIOSK_LANGUAGE": "cs\r\nX-Evil: 1"}, "language"),
    ({"KIOSK_LANGUAGE": "čš"}, "language"),
    ({"KIOSK_LANGUAGES": "en,c\ns"}, "languages"),
    ({"KIOSK_BASE_URL": "https://shop.example.com:99999/x"}, "base_url"),
    ({"KIOSK_BASE_URL": "https://shop\x00.example.com/x"}, "base_url"),
    ({"KIOSK_BASE_URL": "http://shop.example.com/x"}, "base_url"),
    ({"KIOSK_BASE_URL": "https://user:pass@shop.example.com/x"}, "base_url"),
], ids=lambda v: v if isinstance(v, str) else next(iter(v.values()))[:12])
def test_nonsense_in_the_environment_is_refused_by_name(tmp_path, env, setting) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env={"XDG_CONFIG_HOME": str(tmp_path), **env})
    text = str(info.value)
    assert f"'{setting}'" in text and "allowed is" in text and "KIOSK_" in text
    assert "pass@" not in text  # a password in a URL is never printed


@pytest.mark.parametrize(("content", "why"), [
    (b"read_timeout = true\n", "read_timeout"),
    (b"send_interval = 0\n", "send_interval"),
    (b"cashdesk_number = 1.9\n", "cashdesk_number"),
    (b"cashdesk_number = inf\n", "cashdesk_number"),
    ('language = "čeština"\n'.encode("cp1250"), "not UTF-8"),
    ('language = "cs"\n'.encode("utf-16"), "not UTF-8"),
    (b"a = " + b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b"x = [1,", "not valid TOML"),
], ids=["bool", "zero", "fraction", "inf", "cp1250", "utf16", "deep", "broken"])
def test_nonsense_in_the_file_is_refused_with_a_clear_line(tmp_path, content, why) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=why):
        load_settings(path, env={})


def test_the_app_prints_one_line_not_a_traceback(tmp_path, capsys, monkeypatch) -> None:
    path = tmp_path / "config.toml"
    path.write_text('base_url = "http://shop.example.com/webservice"\n')
    monkeypatch.setenv("KIOSK_CONFIG", str(path))
    assert main([]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "base_url" in err[0] and "HTTPS is required" in err[0]
    assert "Traceback" not in err[0]


def test_a_missing_settings_file_that_was_named_is_an_error(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "conifg.toml"))  # a typo
    assert main([]) == 2
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(Path(tmp_path / "missing.toml"), env={})


# --- only ASCII digits are card digits ----------------------------------------------------------------


@pytest.mark.parametrize("number", ["²⁰⁰⁰⁰⁰⁰⁰⁰⁰⁰¹⁵", "٢٠٠٠٠٠٠٠٠٠٠١٥", "２０００００００００００１５",
                                    "२०००००००००००१५"], ids=["superscript", "arabic-indic",
                                                         "full-width", "devanagari"])
def test_non_ascii_digits_are_not_a_card_number(number: str) -> None:
    assert number.isdigit() and not looks_like_card_number(number)
    assert looks_like_card_number("2000000000015")


def test_a_typed_card_number_in_other_digits_is_refused_on_screen(kiosk: Kiosk) -> None:
    k = kiosk
    k.sign_in()
    card = k.screen("card")
    card.number.setText("２０００００００００００１５")
    k.click(card.check_button)
    k.wait(lambda: "digits only" in card.error.text())
    assert not k.api_calls("/cards")


def test_state_is_not_marked_manual_by_hostile_answers(tmp_path) -> None:
    """A guard for the sender test above: the reasons used there really keep entries pending."""
    outbox = Outbox(tmp_path / "o.sqlite3")
    entry = outbox.add(purchase(), currency_code="CZK")
    assert outbox.mark_failed(entry.id, "x", retry_in=0, max_attempts=2,
                              reason="unexpected") == PENDING
    assert outbox.mark_failed(entry.id, "x", retry_in=0, max_attempts=2,
                              reason="unexpected") == MANUAL
    outbox.close()
