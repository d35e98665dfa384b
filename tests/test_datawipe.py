"""`kiosk-app data wipe` (issue 15): a till being decommissioned keeps nothing about sales or
people, but never loses an undelivered sale without being told to."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from kiosk_app.__main__ import main
from kiosk_app.app.outbox import Outbox
from tests.purchases import purchase


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.saved[(service, username)]


@pytest.fixture
def till(tmp_path: Path, monkeypatch):
    """A till's folders (XDG), a settings file naming the kiosk user, a keyring with its
    password, and one of everything the app writes."""
    for name in ("DATA", "CONFIG", "CACHE", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    for name in ("KIOSK_RECEIPTS_DIR", "KIOSK_PASSWORD", "CREDENTIALS_DIRECTORY", "KIOSK_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    memory.set_password("kiosk-app", "kiosk1", "s3cret")
    data = tmp_path / "data" / "kiosk-app"
    (data / "receipts").mkdir(parents=True)
    (data / "receipts" / "receipt-b1.pdf").write_bytes(b"%PDF-1.4")
    (data / "exports").mkdir()
    (data / "exports" / "unsent.json").write_text("[]")
    (data / "sandbox.sqlite3").write_bytes(b"")
    (tmp_path / "config" / "kiosk-app").mkdir(parents=True)
    (tmp_path / "config" / "kiosk-app" / "preferences.json").write_text("{}")
    settings = tmp_path / "config" / "kiosk-app" / "config.toml"
    settings.write_text('login = "kiosk1"\n')
    yield tmp_path, settings, memory
    keyring.set_keyring(previous)


def _outbox(tmp_path: Path, *, delivered: bool) -> Path:
    box = Outbox(tmp_path / "data" / "kiosk-app" / "outbox.sqlite3")
    entry = box.add(purchase(card="2000000000015"), currency_code="CZK")
    if delivered:
        box.mark_sent(entry.id, "p-1")
    box.close()
    return box.path


def _left(tmp_path: Path) -> list[str]:
    return sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file())


def test_a_wipe_removes_sales_receipts_exports_preferences_and_the_password(till, capsys
                                                                          ) -> None:
    tmp_path, settings, memory = till
    _outbox(tmp_path, delivered=True)
    assert main(["--config", str(settings), "data", "wipe", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "outbox.sqlite3" in said and "the OS keyring's password for kiosk1" in said
    assert _left(tmp_path) == ["config/kiosk-app/config.toml"]  # the settings stay
    assert memory.get_password("kiosk-app", "kiosk1") is None


def test_a_wipe_never_drops_an_undelivered_sale_unless_told(till, capsys, monkeypatch) -> None:
    tmp_path, settings, memory = till
    outbox = _outbox(tmp_path, delivered=False)
    assert main(["--config", str(settings), "data", "wipe", "--yes"]) == 1
    assert "1 sale(s) have not reached CareCloud yet" in capsys.readouterr().out
    assert outbox.exists() and memory.get_password("kiosk-app", "kiosk1") == "s3cret"

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)  # run from a script: no prompt
    assert main(["--config", str(settings), "data", "wipe", "--discard-unsent"]) == 1
    assert "add --yes" in capsys.readouterr().out and outbox.exists()

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert main(["--config", str(settings), "data", "wipe", "--discard-unsent"]) == 1
    assert outbox.exists()
    monkeypatch.setattr("builtins.input", lambda _prompt: "wipe")
    assert main(["--config", str(settings), "data", "wipe", "--discard-unsent"]) == 0
    assert "including 1 sale(s) not delivered" in capsys.readouterr().out
    assert _left(tmp_path) == ["config/kiosk-app/config.toml"]
