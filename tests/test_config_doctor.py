"""Settings precedence, secrets kept out of files, masking, and `doctor` against the sandbox."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk_app.__main__ import main
from kiosk_app.api.masking import MaskingFilter, mask_params, mask_text, mask_value
from kiosk_app.config import ConfigError, load_settings
from kiosk_app.keystore import KeyStore


def empty_config(folder: Path) -> Path:
    """A settings file with nothing in it: the defaults, whatever this machine's user has."""
    path = folder / "empty.toml"
    path.touch()
    return path


def test_file_then_environment_then_flags(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('base_url = "https://shop.example.com/x"\nstore_id = "st-brno"\n'
                    'cashdesk_number = 3\nlanguages = ["cs", "en"]\n')
    env = {"KIOSK_STORE_ID": "st-prague", "KIOSK_READ_TIMEOUT": "7.5"}
    settings = load_settings(path, env=env, overrides={"cashdesk_number": 9, "language": None})
    assert settings.base_url == "https://shop.example.com/x"
    assert settings.store_id == "st-prague" and settings.read_timeout == 7.5
    assert settings.cashdesk_number == 9 and settings.languages == ["cs", "en"]
    assert settings.sources["store_id"] == "environment"
    assert settings.sources["cashdesk_number"] == "command line"
    assert load_settings(env={"XDG_CONFIG_HOME": str(tmp_path)}).uses_sandbox


def test_secrets_are_refused_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('login = "kiosk"\npassword = "hunter2"\n')
    with pytest.raises(ConfigError, match="secrets do not belong"):
        load_settings(path, env={})


def test_bad_values_are_explained(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('cashdesk_number = "first"\n')
    with pytest.raises(ConfigError, match="cashdesk_number"):
        load_settings(path, env={})
    path.write_text('colour = "blue"\n')
    with pytest.raises(ConfigError, match="unknown settings colour"):
        load_settings(path, env={})


def test_password_comes_from_environment_before_keyring() -> None:
    assert KeyStore(env={"KIOSK_PASSWORD": "s3cret"}).password("kiosk") == ("s3cret", "environment")
    assert KeyStore(env={}).password("") == (None, "not set")


def test_config_show_masks_the_password(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(empty_config(tmp_path)))
    monkeypatch.setenv("KIOSK_PASSWORD", "s3cret")
    assert main(["--login", "kiosk", "config", "show"]) == 0
    out = capsys.readouterr().out
    assert "s3cret" not in out and "******" in out and "(environment)" in out
    assert "(embedded sandbox)" in out


def test_masking() -> None:
    assert mask_value("2000000000015") == "***********15"
    assert mask_value("jana.novakova@example.com") == "j***@e***.com"
    assert "jana" not in mask_params({"email": "jana@example.com", "count": 5})
    assert "count=5" in mask_params({"email": "jana@example.com", "count": 5})
    text = mask_text("card 2000000000015 phone +420 601 111 222 mail a.b@c.cz Bearer abc.def")
    for secret in ("2000000000015", "601 111 222", "a.b@c.cz", "abc.def"):
        assert secret not in text
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "to %s", ("jana@example.com",),
                               None)
    MaskingFilter().filter(record)
    assert "jana@" not in record.getMessage()


@pytest.fixture
def sandbox_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(empty_config(tmp_path)))
    monkeypatch.setenv("KIOSK_SANDBOX_DB", str(tmp_path / "doctor.sqlite3"))


def test_doctor_passes_on_the_sandbox(sandbox_env, capsys) -> None:
    assert main(["doctor", "--card", "2000000000015"]) == 0
    out = capsys.readouterr().out
    for line in ("Server reachable", "Signed in as cashier", "Reference data: 3 stores",
                 "Card ***********15: active", "Quote for a 1.00 CZK test bill",
                 "All checks passed."):
        assert line in out
    assert "2000000000015" not in out


def test_doctor_stops_at_the_first_failure_class(sandbox_env, capsys) -> None:
    assert main(["--store-id", "st-nowhere", "doctor"]) == 4
    out = capsys.readouterr().out
    assert "[FAIL] Store" in out and "Quote" not in out
    assert main(["doctor", "--card", "2000000000121"]) == 5
    assert "was not found" in capsys.readouterr().out


def test_doctor_reports_an_unreachable_server(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(empty_config(tmp_path)))
    monkeypatch.setenv("KIOSK_PASSWORD", "x")
    code = main(["--base-url", "http://127.0.0.1:9/webservice/rest-api/enterprise-interface/v1.0",
                 "--login", "kiosk", "doctor"])
    assert code == 2
    assert "[FAIL] Server reachable" in capsys.readouterr().out
    assert main(["--base-url", "http://shop.example.com/v1.0", "doctor"]) == 2
    assert "HTTPS is required" in capsys.readouterr().err


def test_doctor_reports_a_refused_login(make_sandbox, tmp_path, monkeypatch, capsys) -> None:
    sandbox = make_sandbox()
    monkeypatch.setenv("KIOSK_CONFIG", str(empty_config(tmp_path)))
    monkeypatch.setenv("KIOSK_PASSWORD", "wrong")
    assert main(["--base-url", sandbox.base_url, "--login", "cashier", "doctor"]) == 3
    assert "[FAIL] Login: refused (login: not_allowed_value)" in capsys.readouterr().out


def test_version_comes_from_the_package_metadata(capsys) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk-app {version('kiosk-app')}"


def test_staff_pin_runs_even_when_the_settings_file_is_wrong(tmp_path, monkeypatch,
                                                             capsys) -> None:
    """`kiosk-app staff-pin` is how a wrong staff_pin_hash is mended: it must not need it."""
    from kiosk_app.__main__ import main

    broken = tmp_path / "config.toml"
    broken.write_text('staff_pin_hash = "not a hash"\n')
    monkeypatch.setenv("KIOSK_CONFIG", str(broken))
    answers = iter(["13579", "13579"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["staff-pin"]) == 0
    assert "staff_pin_hash = " in capsys.readouterr().out
