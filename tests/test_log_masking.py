"""No customer data in the log, whatever path a line takes: the app's own logging set-up at
debug level (`-vv`), every logger the app uses, arguments, JSON bodies, reprs of models, URL
queries (percent- and `+`-encoded), tracebacks, stacks, uncaught exceptions, and the sandbox's
request lines over real loopback. What support reads stays: status codes, counts, offsets,
durations and timestamps."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import re
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from kiosk_app.api import CareCloudClient
from kiosk_app.api.models import PersonalInformation
from kiosk_app.logs import setup_logging
from tests.conftest import DEMO, token

ROOT = Path(__file__).resolve().parents[1]
EMAIL = "bohuslava.krizikova@example.com"
EMAIL_ENCODED = "bohuslava.krizikova%40example.com"
PHONE = "+420777123456"
PHONE_ENCODED = "%2B420777123456"
PHONE_SPACED = "+420 777 123 456"
CARD = "2000000000015"
FIRST, LAST = "Bohuslava", "Křižíková"
BIRTH, BIRTH_CZ = "1979-02-28", "28.02.1979"
# the raw values, and the pieces of them that would still identify the customer
RAW = (EMAIL, EMAIL_ENCODED, "bohuslava.krizikova", "krizikova", PHONE, PHONE_ENCODED,
       "777123456", "777 123 456", CARD, "2000 0000 0001 5", FIRST, LAST,
       "K\\u0159i\\u017e\\u00edkov\\u00e1", "Marie", BIRTH, BIRTH_CZ, "1979")
BODY = {"customer": {"personal_information": {
    "first_name": FIRST, "last_name": LAST, "birthdate": BIRTH, "email": EMAIL, "phone": PHONE,
}}, "card_number": CARD, "count": 100, "offset": 0}
READABLE = ("GET /stores?count=100&offset=0 200 12 ms",
            "GET /stores?count=100&offset=1000 200 1234 ms",
            "sync took 0.52 s at 2025-01-31 12:30:45",
            "points valid to 2099-06-30, changed 2025-01-31T12:30:45+01:00")


def app_logger_names() -> list[str]:
    """Every logger the app's code asks for (`getLogger(__name__)` or by name), and httpx's."""
    names = {"httpx", "httpcore"}
    for path in (ROOT / "kiosk_app").rglob("*.py"):
        for found in re.findall(r"getLogger\((__name__|\"[\w.]+\")\)", path.read_text("utf-8")):
            module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            names.add(module if found == "__name__" else found.strip('"'))
    return sorted(names)


@pytest.fixture
def app_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], str]]:
    """The app's own logging at debug level, as `kiosk-app -vv` sets it up, into a file; gives
    what was written so far. Hooks and the root logger are put back afterwards."""
    from kiosk_app.__main__ import _parser

    for hook in ("excepthook", "unraisablehook"):
        monkeypatch.setattr(sys, hook, getattr(sys, hook))
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    path = tmp_path / "kiosk.log"
    with path.open("w", encoding="utf-8") as stream:
        setup_logging(_parser().parse_args(["-vv"]).verbose, stream=stream)
        assert root.level == logging.DEBUG

        def written() -> str:
            stream.flush()
            return path.read_text("utf-8")

        try:
            yield written
        finally:
            root.handlers[:], level = saved
            root.setLevel(level)


def assert_masked(text: str) -> None:
    leaked = [raw for raw in RAW if raw in text]
    assert not leaked, f"raw customer data in the log: {leaked}\n{text}"


@pytest.fixture
def every_app_logger() -> Iterator[list[str]]:
    """The app's loggers, each passing everything to the root handler for the test (the
    client holds httpx at WARNING); their levels are put back afterwards."""
    names = app_logger_names()
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.NOTSET)
    yield names
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def test_every_app_logger_masks_messages_args_bodies_and_queries(
        app_log, every_app_logger: list[str]) -> None:
    names = every_app_logger
    assert {"kiosk_app.api", "kiosk_app.sandbox", "kiosk_app.app.counter"} <= set(names)
    model = PersonalInformation(first_name=FIRST, last_name=LAST, birthdate=BIRTH, email=EMAIL,
                                phone=PHONE)
    for name in names:
        log = logging.getLogger(name)
        log.debug(f"lookup {EMAIL} {EMAIL_ENCODED} phone {PHONE_SPACED} card {CARD} born "
                  f"{BIRTH_CZ}")
        log.info("customer %s / %s / %s / %s", EMAIL, PHONE, PHONE_ENCODED, CARD)
        log.debug("body %s", BODY)  # structured: masked by key
        log.debug("sent %s", json.dumps(BODY, separators=(",", ":"), ensure_ascii=False))
        log.debug("raw %r", json.dumps(BODY).encode())
        log.warning("decoded %s", model)
        log.info("GET /customers?email=%s&phone=%s&first_name=%s+Marie&last_name=%s&birthdate=%s"
                 "&count=100&offset=0 200 12 ms", EMAIL_ENCODED, PHONE_ENCODED, FIRST,
                 "K%C5%99i%C5%BE%C3%ADkov%C3%A1", "28.%2002.%201979")
        log.debug("%(first_name)s %(email)s", {"first_name": FIRST, "email": EMAIL})
        for line in READABLE:
            log.info(line)
    text = app_log()
    assert_masked(text)
    for name in names:
        assert f" {name}: body " in text, f"nothing from {name}"
    assert "count=100&offset=0 200 12 ms" in text
    for line in READABLE:
        assert text.count(line) == len(names), line
    assert "b***@e***.com" in text and "***********15" in text  # what a cashier reads back


def test_a_format_that_does_not_fit_neither_raises_nor_shows_raw_args(app_log) -> None:
    logging.getLogger("kiosk_app.api").info("card %d of %s", CARD, EMAIL)
    text = app_log()
    assert "card %d of %s" in text
    assert_masked(text)


def test_a_decoded_control_character_cannot_forge_a_log_line(app_log) -> None:
    logging.getLogger("kiosk_app.sandbox").debug(
        "GET /stores?name=x%0A2025-01-31 12:00:00,000 ERROR kiosk_app.api: forged")
    lines = app_log().splitlines()
    assert len(lines) == 1 and "%0A2025-01-31" in lines[0]


def test_exception_text_its_cause_and_notes_are_masked(app_log) -> None:
    log = logging.getLogger("kiosk_app.app.enrolment")
    try:
        try:
            raise KeyError(f"no card {CARD} for {PHONE}")
        except KeyError as cause:
            error = ValueError(f"lookup of {EMAIL_ENCODED} failed: first_name='{FIRST}', "
                               f"last_name='{LAST}', born {BIRTH_CZ}, body "
                               f"{json.dumps(BODY, separators=(',', ':'))}")
            error.add_note(f"phone {PHONE_ENCODED}, e-mail {EMAIL}")
            raise error from cause
    except ValueError:
        log.exception("enrolment of %s failed after %d ms", EMAIL, 12)
    text = app_log()
    assert "Traceback (most recent call last)" in text and "ValueError: lookup of" in text
    assert "KeyError" in text and "failed after 12 ms" in text
    assert_masked(text)


def _logs_its_stack(log: logging.Logger, customer: object) -> None:
    log.debug("looking the customer up", stack_info=True)


def test_stack_info_is_masked(app_log) -> None:
    log = logging.getLogger("kiosk_app.ui.operations")
    _logs_its_stack(log, {"first_name":"Bohuslava","phone":"%2B420777123456","birthdate":"28.02.1979"})
    _logs_its_stack(log, "bohuslava.krizikova%40example.com 2000000000015")
    text = app_log()
    assert text.count("Stack (most recent call last)") == 2 and "_logs_its_stack" in text
    assert_masked(text)


def test_uncaught_exceptions_go_through_the_masked_log_not_raw_to_stderr(app_log, capfd) -> None:
    """What a frozen kiosk prints to stderr lands in the journal: an uncaught exception (also
    one in a Qt slot, which PySide reports through sys.excepthook) or one in a thread."""
    try:
        raise RuntimeError(f"customer {EMAIL_ENCODED} first_name='{FIRST}' card {CARD}")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())

    def worker() -> None:
        raise RuntimeError(f"customer {EMAIL} birthdate={BIRTH} phone {PHONE_SPACED}")

    thread = threading.Thread(target=worker, name="lookup")
    thread.start()
    thread.join()

    class Leaky:
        def __repr__(self) -> str:
            return f"Leaky(last_name='{LAST}')"

        def __del__(self) -> None:
            raise RuntimeError(f"closing {CARD} of {EMAIL}")

    Leaky()
    gc.collect()
    text = app_log()
    assert "CRITICAL kiosk_app.crash: uncaught RuntimeError" in text
    assert "uncaught RuntimeError in thread lookup" in text
    assert "ERROR kiosk_app.crash: Exception ignored" in text
    assert_masked(text)
    out, err = capfd.readouterr()
    assert_masked(out + err)


@pytest.mark.asyncio
async def test_the_sandbox_and_the_client_log_lookups_masked_over_loopback(
        app_log, sandbox, make_client, raw: httpx.Client) -> None:
    """A customer looked up by e-mail, phone, name and birth date through the real client and
    the real sandbox server: both log every call at debug level, neither shows the customer."""
    client: CareCloudClient = make_client(sandbox)
    await client.login(DEMO)
    try:
        assert await client.find_customers(email="jana.novakova@example.com")
        await client.find_customers(phone="+420601111222")
        await client.search_customers(first_name="Jana", last_name="Nováková",
                                      birthdate="1985-04-12")
    finally:
        await client.aclose()
    # another HTTP client writes spaces as %20, and a caller may encode an e-mail twice
    answer = await asyncio.to_thread(
        raw.get, "customers?first_name=Jana%20Marie&birthdate=12.%204.%201985"
        "&email=jana.novakova%2540example.com&count=100&offset=0", headers=token(raw))
    assert answer.status_code in (200, 400)
    text = app_log()
    sandbox_lines = [line for line in text.splitlines() if " DEBUG kiosk_app.sandbox: " in line]
    assert len(sandbox_lines) >= 5, text
    assert any("/customers?email=j***@e***.com&count=100&offset=0 HTTP/1.1\" 200" in line
               for line in sandbox_lines), text
    assert re.search(r"INFO kiosk_app\.api: GET /customers\?email=j\*\*\*@e\*\*\*\.com"
                     r"&count=100&offset=0 200 \d+ ms", text), text
    for customer in ("jana.novakova", "%40", "601111222", "601 111 222", "Jana", "Nováková",
                     "Nov%C3%A1kov%C3%A1", "Marie", "1985", "04-12"):
        assert customer not in text, f"{customer!r} in the log:\n{text}"
