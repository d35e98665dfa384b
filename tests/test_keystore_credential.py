"""The kiosk password from a systemd credential ($CREDENTIALS_DIRECTORY/kiosk-password), first."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_app.keystore import CREDENTIAL, KeyStore


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OS keyring must not even be asked when a credential or the environment answers."""
    import keyring

    def refuse(*_: object) -> None:
        raise AssertionError("keyring consulted")

    monkeypatch.setattr(keyring, "get_password", refuse)


def credentials(tmp_path: Path, content: bytes | None) -> str:
    folder = tmp_path / "credentials"
    folder.mkdir()
    if content is not None:
        (folder / CREDENTIAL).write_bytes(content)
    return str(folder)


def test_credential_is_read_without_one_trailing_newline(tmp_path: Path, no_keyring: None) -> None:
    env = {"CREDENTIALS_DIRECTORY": credentials(tmp_path, b"s3cret pass\n")}
    assert KeyStore(env=env).password("kiosk-1") == ("s3cret pass", "systemd credential")


def test_only_one_newline_is_stripped(tmp_path: Path, no_keyring: None) -> None:
    env = {"CREDENTIALS_DIRECTORY": credentials(tmp_path, b"  pw\n\n")}
    assert KeyStore(env=env).password("kiosk-1") == ("  pw\n", "systemd credential")


def test_credential_wins_over_the_environment(tmp_path: Path, no_keyring: None) -> None:
    env = {"CREDENTIALS_DIRECTORY": credentials(tmp_path, b"from-systemd"),
           "KIOSK_PASSWORD": "from-env"}
    assert KeyStore(env=env).password("") == ("from-systemd", "systemd credential")


def test_no_credential_file_falls_back_to_the_environment(tmp_path: Path, no_keyring: None) -> None:
    env = {"CREDENTIALS_DIRECTORY": credentials(tmp_path, None), "KIOSK_PASSWORD": "from-env"}
    assert KeyStore(env=env).password("kiosk-1") == ("from-env", "environment")


def test_empty_credential_counts_as_not_set(tmp_path: Path, no_keyring: None) -> None:
    env = {"CREDENTIALS_DIRECTORY": credentials(tmp_path, b"\n"), "KIOSK_PASSWORD": "from-env"}
    assert KeyStore(env=env).password("kiosk-1") == ("from-env", "environment")


def test_unreadable_credential_is_skipped_with_a_warning(tmp_path: Path, no_keyring: None,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    folder = Path(credentials(tmp_path, None))
    (folder / CREDENTIAL).mkdir()  # not a file: reading it fails
    with caplog.at_level("WARNING", logger="kiosk_app.keystore"):
        assert KeyStore(env={"CREDENTIALS_DIRECTORY": str(folder)}).password("") == (None, "not set")
    assert "unreadable" in caplog.text


def test_non_utf8_credential_is_skipped(tmp_path: Path, no_keyring: None,
                                        caplog: pytest.LogCaptureFixture) -> None:
    env = {"CREDENTIALS_DIRECTORY": credentials(tmp_path, b"\xff\xfe"), "KIOSK_PASSWORD": "e"}
    with caplog.at_level("WARNING", logger="kiosk_app.keystore"):
        assert KeyStore(env=env).password("kiosk-1") == ("e", "environment")
    assert "UTF-8" in caplog.text
    assert "\\xff" not in caplog.text  # never the content


def test_without_credentials_directory_the_keyring_is_last(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    asked: list[tuple[str, str]] = []

    def get_password(service: str, login: str) -> str:
        asked.append((service, login))
        return "from-keyring"

    monkeypatch.setattr(keyring, "get_password", get_password)
    assert KeyStore(env={}).password("kiosk-1") == ("from-keyring", "keyring")
    assert asked == [("kiosk-app", "kiosk-1")]
