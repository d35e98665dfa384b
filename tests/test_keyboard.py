"""The on-screen keyboard of a self-service kiosk: taps type what a person means (accents,
capitals, an e-mail) into the field at its cursor, and every key is touch-sized and named
on a 1024 px screen in the standard and in the high-contrast, large-text look."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk_app.ui.theme import Look, Theme
from kiosk_app.ui.widgets.keyboard import ACCENTS, COLUMNS, OnScreenKeyboard

MIN = 48


@pytest.fixture
def theme(qapp) -> Iterator[Theme]:
    """The app's real style sheet (its sizes are what the person gets), put back after."""
    before = qapp.styleSheet()
    theme = Theme(qapp)
    theme.apply()
    yield theme
    qapp.setStyleSheet(before)


@pytest.fixture
def host(qtbot, theme) -> tuple[QWidget, QLineEdit, OnScreenKeyboard]:
    """A field above a keyboard in a 1024×400 window, as an enrolment screen would have."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit = QLineEdit(window)
    keyboard = OnScreenKeyboard(edit, window, language="en")
    layout.addWidget(edit)
    layout.addWidget(keyboard)
    theme.decorate(window)
    window.resize(1024, 400)
    window.show()
    qtbot.waitExposed(window)
    edit.setFocus()
    return window, edit, keyboard


def tap(qtbot, keyboard: OnScreenKeyboard, *keys: str) -> None:
    """A tap (a left click) on each key as it is on show at that moment."""
    for name in keys:
        qtbot.mouseClick(keyboard.key(name), Qt.MouseButton.LeftButton)


def type_text(qtbot, keyboard: OnScreenKeyboard, text: str) -> None:
    """As a person would: shift before a capital, the space bar for a space."""
    for char in text:
        if char != char.lower():
            tap(qtbot, keyboard, "shift")
        tap(qtbot, keyboard, "space" if char == " " else char)


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def shown_letters(keyboard: OnScreenKeyboard) -> str:
    return "".join(b.text() for b in keyboard.slots if b.isVisibleTo(keyboard))


# --- typing ------------------------------------------------------------------------------------


def test_a_czech_name_with_a_capital_and_accents(qtbot, host) -> None:
    _, edit, keyboard = host
    keyboard.set_language("cs")
    tap(qtbot, keyboard, "shift")
    assert keyboard.key("n").text() == "N"  # what the person sees before the tap
    tap(qtbot, keyboard, "n")
    assert keyboard.key("o").text() == "o"  # the one-shot shift is used up
    tap(qtbot, keyboard, "o", "v", "accents", "á", "k", "o", "v", "accents", "á")
    assert edit.text() == "Nováková"
    assert keyboard.key("k").isVisible()  # one accent, then the letters are back
    assert QApplication.focusWidget() is edit  # the keys never take the focus


def test_a_german_name_with_an_umlaut(qtbot, host) -> None:
    _, edit, keyboard = host
    keyboard.set_language("de")
    tap(qtbot, keyboard, "shift", "m", "accents", "ü", "l", "l", "e", "r")
    assert edit.text() == "Müller"


def test_polish_accents_locked_for_several_letters_in_a_row(qtbot, host) -> None:
    _, edit, keyboard = host
    keyboard.set_language("pl")
    tap(qtbot, keyboard, "accents", "accents")  # a second tap keeps the accents
    assert keyboard.key("accents").isChecked()
    tap(qtbot, keyboard, "ż", "ó", "ł", "ć")
    assert edit.text() == "żółć"
    assert shown_letters(keyboard) == ACCENTS["pl"]
    tap(qtbot, keyboard, "accents")  # a third tap: back to the letters
    assert shown_letters(keyboard) == "qwertzuiopasdfghjklyxcvbnm"


def test_an_e_mail_address(qtbot, host) -> None:
    _, edit, keyboard = host
    type_text(qtbot, keyboard, "jana.novak_2@example-mail.com")
    assert edit.text() == "jana.novak_2@example-mail.com"


def test_space_and_typing_at_the_cursor(qtbot, host) -> None:
    _, edit, keyboard = host
    type_text(qtbot, keyboard, "Jana ovak")
    edit.setCursorPosition(5)
    tap(qtbot, keyboard, "shift", "n")
    assert edit.text() == "Jana Novak"
    assert edit.cursorPosition() == 6


def test_backspace_deletes_the_last_character(qtbot, host) -> None:
    _, edit, keyboard = host
    type_text(qtbot, keyboard, "abc")
    tap(qtbot, keyboard, "backspace")
    assert edit.text() == "ab"
    tap(qtbot, keyboard, "backspace", "backspace", "backspace")  # nothing left: no harm
    assert edit.text() == ""


def test_caps_lock_on_a_second_tap_of_shift_and_off_on_a_third(qtbot, host) -> None:
    _, edit, keyboard = host
    shift = keyboard.key("shift")
    assert shift.accessibleDescription() == "Caps lock off"
    tap(qtbot, keyboard, "shift", "shift")
    assert shift.isChecked() and shift.accessibleDescription() == "Caps lock on"
    tap(qtbot, keyboard, "a", "b", "1", "c")
    assert edit.text() == "AB1C"
    assert keyboard.key("d").text() == "D" and accessible_name(keyboard.key("d")) == "D"
    tap(qtbot, keyboard, "shift", "d")
    assert edit.text() == "AB1Cd"
    assert not shift.isChecked() and shift.accessibleDescription() == "Caps lock off"


def test_sharp_s_has_no_single_capital_and_stays_as_it_is(qtbot, host) -> None:
    _, edit, keyboard = host
    keyboard.set_language("de")
    tap(qtbot, keyboard, "shift", "shift", "accents", "accents")
    assert shown_letters(keyboard) == "ÄÖÜß"
    tap(qtbot, keyboard, "ü", "ß")
    assert edit.text() == "Üß"


def test_enter_emits_submitted(qtbot, host) -> None:
    _, edit, keyboard = host
    type_text(qtbot, keyboard, "ok")
    with qtbot.waitSignal(keyboard.submitted, timeout=1000):
        tap(qtbot, keyboard, "enter")
    assert edit.text() == "ok"


def test_a_keyboard_serves_the_field_it_is_given_and_none(qtbot, host) -> None:
    window, edit, keyboard = host
    other = QLineEdit(window)
    keyboard.set_target(other)
    tap(qtbot, keyboard, "x")
    assert (edit.text(), other.text()) == ("", "x")
    other.setReadOnly(True)
    tap(qtbot, keyboard, "y", "backspace")
    assert other.text() == "x"
    keyboard.set_target(None)
    tap(qtbot, keyboard, "z", "backspace", "enter")  # nothing to type into: nothing breaks


# --- layouts -----------------------------------------------------------------------------------


def test_german_swaps_y_and_z(qtbot, host) -> None:
    _, _, keyboard = host

    def spot(char: str) -> QPoint:
        return keyboard.key(char).mapTo(keyboard, QPoint(0, 0))

    y, z = spot("y"), spot("z")
    assert y.y() < z.y()  # English: y in the top letter row, z in the bottom one
    keyboard.set_language("de")
    assert (spot("z"), spot("y")) == (y, z)
    keyboard.set_language("en")
    assert (spot("y"), spot("z")) == (y, z)


@pytest.mark.parametrize("language", ["cs", "sk", "de", "pl"])
def test_each_language_shows_its_accents_as_single_letters(qtbot, host, language: str) -> None:
    _, _, keyboard = host
    keyboard.set_language(language)
    assert keyboard.key("accents").isVisible()
    tap(qtbot, keyboard, "accents")
    assert shown_letters(keyboard) == ACCENTS[language]
    assert all(len(unicodedata.normalize("NFC", c)) == 1 == len(c) for c in ACCENTS[language])


def test_english_and_an_unknown_language_have_no_accents_key(qtbot, host) -> None:
    _, _, keyboard = host
    assert not keyboard.key("accents").isVisible()
    keyboard.set_language("cs")
    tap(qtbot, keyboard, "accents", "accents")
    keyboard.set_language("pseudo")  # a language with no layout of its own: English
    assert keyboard.language == "en" and not keyboard.key("accents").isVisible()
    assert shown_letters(keyboard) == "qwertyuiopasdfghjklzxcvbnm"
    with pytest.raises(KeyError):
        keyboard.key("á")


# --- touch and screen readers ------------------------------------------------------------------


def key_problems(window: QWidget, keyboard: OnScreenKeyboard) -> list[str]:
    found = []
    inside = QRect(QPoint(0, 0), window.size())
    for button in keyboard.findChildren(QPushButton):
        if not button.isVisible():
            continue
        what = f"{button.objectName()} {button.text()!r}"
        if button.width() < MIN or button.height() < MIN:
            found.append(f"{what} is {button.width()}×{button.height()} px")
        if not accessible_name(button):
            found.append(f"{what} has no accessible name")
        if not inside.contains(QRect(button.mapTo(window, QPoint(0, 0)), button.size())):
            found.append(f"{what} lies outside the window")
        if button.text() and button.fontMetrics().horizontalAdvance(button.text()) > button.width():
            found.append(f"{what} is clipped")
        if button.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(f"{what} takes the focus")
    return found


@pytest.mark.parametrize("look", [Look(), Look(high_contrast=True, large_text=True)],
                         ids=["standard", "high-contrast-large-text"])
def test_every_key_is_touch_sized_and_named_at_1024_px(qtbot, host, theme, look: Look) -> None:
    window, _, keyboard = host
    theme.apply(look)
    theme.decorate(window)
    found = []
    for language in ("en", "cs", "sk", "de", "pl"):
        keyboard.set_language(language)
        for layer in ("letters", "accents") if ACCENTS[language] else ("letters",):
            if layer == "accents":
                tap(qtbot, keyboard, "accents")
            QApplication.processEvents()
            assert window.size().width() == 1024, window.size()
            found += [f"{language} {layer}: {p}" for p in key_problems(window, keyboard)]
            if layer == "accents":
                tap(qtbot, keyboard, "accents", "accents")
    assert not found, "\n".join(found)
    # its own minimum: a row of COLUMNS keys fits a 1024 px screen beside the window's margins
    assert COLUMNS >= 12
    assert keyboard.minimumSizeHint().width() <= 1024 - 2 * 24, keyboard.minimumSizeHint()
    assert keyboard.minimumSizeHint().height() <= 400 - 60
    assert not keyboard.key("shift").icon().isNull()  # the theme drew the icon keys
    assert not keyboard.key("enter").icon().isNull()


def test_special_keys_are_named_through_translation(qtbot, host, built_translations) -> None:
    from kiosk_app.ui.i18n import Languages, pseudo

    _, _, keyboard = host
    names = {"shift": "Shift", "backspace": "Delete the last character", "space": "Space",
             "enter": "Enter", "accents": "Accents"}
    assert {k: accessible_name(keyboard.key(k)) for k in names} == names
    languages = Languages()
    try:
        languages.switch("pseudo")  # every string through tr() comes back changed
        QApplication.processEvents()
        assert {k: keyboard.key(k).accessibleName() for k in names} == {
            k: pseudo(v) for k, v in names.items()}
        assert keyboard.key("shift").accessibleDescription() == pseudo("Caps lock off")
        assert keyboard.key("q").text() == "q"  # letters are letters in every language
    finally:
        languages.switch("en")
    QApplication.processEvents()
    assert keyboard.key("space").accessibleName() == "Space"
