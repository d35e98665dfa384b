"""Translations are complete and current, visible strings are marked, and nothing is clipped."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk_app import build
from kiosk_app.ui.errors import FIELD_REASONS, REASONS

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations"
FORMS = {"cs": 3, "sk": 3, "pl": 3, "de": 2, "en": 2}
BRIEF_REASONS = {
    "already_exists", "empty", "not_found", "required", "not_allowed_value",
    "invalid_value_format", "relation_already_exists", "not_belong_to_logged_in_customer",
    "deleted", "voucher_expired", "voucher_already_used", "voucher_already_applied",
    "not_enough_points_for_voucher", "insufficient_amount_of_purchase", "card_is_blocked",
    "not_enough_points_for_payment", "customer_cant_pay_by_points",
    "item_price_lower_than_paid_amount",
}
_PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_ts_files_are_complete_and_match_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "translations"
    shutil.copytree(TS, fresh)
    build.update(fresh)  # what lupdate would make of today's sources
    for lang in (*build.LANGUAGES, *build.PLURAL_ONLY):
        name = f"kiosk_{lang}.ts"
        ours, current = messages(TS / name), messages(fresh / name)
        assert set(ours) == set(current), (
            f"{name} is out of date: run `python -m kiosk_app.build update` "
            f"(new: {sorted(set(current) - set(ours))[:5]}, gone: {sorted(set(ours) - set(current))[:5]})")
        for (context, source), msg in ours.items():
            translation = msg.find("translation")
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
                f"{name}: {context}/{source!r} is {translation.get('type')}")
            if msg.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                assert len(forms) == FORMS[lang] and all(forms), (name, source, forms)
                texts = forms
            else:
                assert translation.text, (name, source)
                texts = [translation.text]
            for text in texts:
                assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), (
                    name, source, text)


def test_every_reason_a_cashier_can_meet_has_a_translated_message() -> None:
    assert BRIEF_REASONS <= set(REASONS)
    wanted = set(REASONS.values()) | set(FIELD_REASONS.values())
    for lang in build.LANGUAGES:
        errors = {src: msg for (ctx, src), msg in messages(TS / f"kiosk_{lang}.ts").items()
                  if ctx == "Errors"}
        for text in wanted:
            assert text in errors and errors[text].findtext("translation"), (lang, text)


# --- visible strings must go through tr() ------------------------------------------------------

_SETTERS = {"setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "addItem",
            "addItems", "setHorizontalHeaderLabels", "setStatusTip", "showMessage", "setTitle"}
_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMessageBox",
            "QListWidgetItem", "QTableWidgetItem", "QAction"}


def _literal_words(node: ast.AST) -> bool:
    """A string literal (or an f-string's literal part) with letters in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2,}", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_literal_words(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_literal_words(e) for e in node.elts)
    return False


def unmarked_strings(source: str, filename: str = "<src>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _SETTERS and name not in _WIDGETS:
            continue
        args = node.args[:1] if name in _SETTERS else node.args
        for arg in args:
            if _literal_words(arg):
                found.append(f"{filename}:{node.lineno}: {ast.unparse(arg)}")
    return found


def test_the_checker_finds_an_unmarked_string() -> None:
    sample = ('label.setText("Hello")\nQPushButton("Pay", self)\n'
              'label.setText(self.tr("Fine"))\nbutton.setText(f"{n} · {m}")\n')
    assert len(unmarked_strings(sample)) == 2


def test_every_visible_string_in_the_ui_is_marked_for_translation() -> None:
    problems = []
    for path in sorted((ROOT / "kiosk_app" / "ui").rglob("*.py")):
        problems += unmarked_strings(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    assert not problems, "Visible strings not passed through tr():\n" + "\n".join(problems)


# --- the languages at run time -----------------------------------------------------------------


def test_money_and_numbers_follow_the_language(qapp, built_translations) -> None:
    from kiosk_app.ui.format import money
    from kiosk_app.ui.i18n import Languages

    languages = Languages()
    expected = {"cs": "1\xa0234,50\xa0CZK", "de": "1.234,50\xa0EUR", "en": "CZK\xa01,234.50"}
    try:
        for lang, text in expected.items():
            assert languages.switch(lang)
            assert money(1234.5, "EUR" if lang == "de" else "CZK") == text
    finally:
        languages.switch("en")
