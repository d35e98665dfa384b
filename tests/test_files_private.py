"""Files at rest (issue 15): the outbox and sandbox databases, their WAL files and the
folder the app makes for them are private to the app's user."""

from __future__ import annotations

import os
import stat

import pytest

from kiosk_app.app.outbox import Outbox
from kiosk_app.sandbox.store import SandboxStore
from tests.purchases import purchase

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def _mode(path) -> str:
    return oct(stat.S_IMODE(os.stat(path).st_mode))


def test_the_outbox_and_its_folder_are_private(tmp_path) -> None:
    old = os.umask(0o022)  # a usual umask: files would be 0644
    try:
        outbox = Outbox(tmp_path / "data" / "outbox.sqlite3")
        outbox.add(purchase(), currency_code="CZK")  # a full card number is in there now
        # while open, SQLite keeps its write-ahead log and shared memory beside the file
        for name in ("outbox.sqlite3", "outbox.sqlite3-wal", "outbox.sqlite3-shm"):
            assert _mode(tmp_path / "data" / name) == "0o600", name
        outbox.close()
    finally:
        os.umask(old)
    assert _mode(tmp_path / "data") == "0o700"


def test_a_file_an_older_version_left_readable_is_made_private(tmp_path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    Outbox(path).add(purchase(), currency_code="CZK")
    assert _mode(path) == "0o600"


def test_the_sandbox_database_is_private(tmp_path) -> None:
    store = SandboxStore(tmp_path / "sb" / "sandbox.sqlite3")
    del store
    assert _mode(tmp_path / "sb") == "0o700"
    assert _mode(tmp_path / "sb" / "sandbox.sqlite3") == "0o600"
