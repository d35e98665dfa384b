"""The design that keeps every rule in one place, checked on the source: layers import in one
direction, screens call use cases only, and each rule is written once."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "kiosk_app"


def modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


FORBIDDEN = {
    "domain": ("PySide6", "httpx", "qasync", "kiosk_app.app", "kiosk_app.ui", "kiosk_app.sandbox"),
    "app": ("PySide6", "kiosk_app.ui", "kiosk_app.sandbox.api", "kiosk_app.sandbox.store"),
    "api": ("PySide6", "kiosk_app.domain", "kiosk_app.app", "kiosk_app.ui", "kiosk_app.sandbox"),
    "sandbox": ("PySide6", "kiosk_app.domain", "kiosk_app.app", "kiosk_app.ui"),
    "ui": ("kiosk_app.api.client", "kiosk_app.api.transport", "kiosk_app.api.endpoints",
           "kiosk_app.app.outbox", "kiosk_app.app.sender", "kiosk_app.sandbox.store",
           "kiosk_app.sandbox.api"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_each_layer_imports_only_below_it(layer: str) -> None:
    assert modules(layer), f"kiosk_app/{layer} exists"
    wrong = [f"{path.relative_to(ROOT)} imports {name}" for path in modules(layer)
             for name in imports(path)
             if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])]
    assert not wrong, "\n".join(wrong)


def test_screens_and_widgets_never_reach_the_client_or_the_outbox() -> None:
    wrong = []
    for path in modules("ui"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("client", "outbox", "sender"):
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} uses .{node.attr}")
    assert not wrong, "\n".join(wrong)


def test_windows_declare_their_hooks_instead_of_probing_screens() -> None:
    wrong = []
    windows = [ROOT / "ui" / name for name in ("shell.py", "main_window.py", "kiosk_window.py",
                                               "app.py")]
    for path in [*windows, *modules("ui/screens")]:
        text = path.read_text("utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if "type: ignore" in line or re.search(r"\bgetattr\(", line):
                wrong.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not wrong, "\n".join(wrong)


def test_nothing_is_set_on_a_window_after_it_is_built() -> None:
    wrong = []
    for path in [*modules("ui"), ROOT / "app" / "services.py", ROOT / "selftest.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Assign | ast.AugAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                            and target.value.id == "window":
                        wrong.append(f"{path.relative_to(ROOT)}:{node.lineno} sets window.{target.attr}")
        assert "def attach(" not in path.read_text("utf-8"), f"{path} attaches after building"
    assert not wrong, "\n".join(wrong)


# each rule: a pattern that states it, and the one module allowed to state it
RULES = {
    "a card number": (r"def looks_like_card_number|isdigit\(\) and 6 <=", "domain/codes.py"),
    "a phone number": (r"\{9,14\}|\{8,15\}|\{10,15\}|def phone_digits|def parse_contact",
                       "domain/contact.py"),
    "a validity end": (r"hour=23, minute=59", "validity.py"),
    "a data folder": (r"user_data_dir|user_config_dir|user_cache_dir", "files.py"),
    "an OTP resend cooldown": (r"RESEND_COOLDOWN_S\s*=|cooldown_s\s*=\s*\d", "domain/cooldown.py"),
    "when a sale can be cancelled": (r"def cancellable", "app/history.py"),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_is_stated_once(rule: str) -> None:
    pattern, home = RULES[rule]
    found = sorted(str(path.relative_to(ROOT)) for path in ROOT.rglob("*.py")
                   if re.search(pattern, path.read_text("utf-8")))
    assert found == [home], f"{rule} is stated in {found}"
