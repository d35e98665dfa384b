"""An on-screen keyboard for the little free text a kiosk asks for (a name, an e-mail at
enrolment): a self-service kiosk has no physical keyboard, and QtVirtualKeyboard is not part
of PySide6-Essentials. Taps only (no long press), so it works the same with a mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from kiosk_app.ui.text import tip

# The letter rows. The UI languages other than English are typed on QWERTZ at home.
LAYOUTS: dict[str, tuple[str, str, str]] = {
    "qwerty": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "qwertz": ("qwertzuiop", "asdfghjkl", "yxcvbnm"),
}
LAYOUT_OF = {"en": "qwerty", "cs": "qwertz", "sk": "qwertz", "de": "qwertz", "pl": "qwertz"}
# Each language's letters with diacritics, shown on the accents layer in this order.
ACCENTS = {
    "en": "",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "de": "äöüß",
    "pl": "ąćęłńóśźż",
}
LETTERS_LABEL = "abc"  # the accents key's face while the accents are shown: back to letters

# The grid: 12 equal columns. Keys (role "key") are at least 48 px inside a border of at most
# 2 px a side (high contrast), so the keyboard needs 12 × 52 + 11 × 6 = 690 px: it fits a
# 1024 px screen with room to spare (the theme's own 64 px + padding per key would need
# 12 × 100 + 66 = 1266 px, hence the sheet below).
COLUMNS = 12
SPACING = 6
KEY_MIN = 48
_SHEET = f'QPushButton[role="key"] {{ padding: 0; min-width: {KEY_MIN}px; }}'

# rows 1-3 hold the letters (or the accents): where each of those rows starts
_SLOT_ROWS = ((1, 0, 10), (2, 0, 9), (3, 2, 7))  # (grid row, first column, keys)
# (name, typed text, grid row, column, column span); the letters fill the gaps
_FIXED = (
    *((d, d, 0, i, 1) for i, d in enumerate("1234567890")),
    ("-", "-", 0, 10, 1), ("_", "_", 0, 11, 1),
    ("backspace", "", 1, 10, 2),
    ("@", "@", 2, 9, 1), ("enter", "", 2, 10, 2),
    ("shift", "", 3, 0, 2), (".", ".", 3, 9, 1), ("accents", "", 3, 10, 2),
    ("space", " ", 4, 2, 8),
)
_OBJECT_NAMES = {"-": "key_minus", "_": "key_underscore", "@": "key_at", ".": "key_dot"}

OFF, ONCE, LOCKED = "off", "once", "locked"  # shift and accents: tap once, tap again to lock


def _upper(char: str) -> str:
    """Upper case where it is one letter: "ß" would become "SS", so it stays as it is."""
    upper = char.upper()
    return upper if len(upper) == 1 else char


class OnScreenKeyboard(QWidget):
    """Types into a target line edit at its cursor; Enter emits `submitted`. The keys never
    take the focus, so the field keeps its caret and its focus frame."""

    submitted = Signal()

    def __init__(self, target: QLineEdit | None = None, parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        super().__init__(parent)
        # Qt's enums cost start-up time: reached here, not when the module is imported
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSizePolicy

        self.setObjectName("OnScreenKeyboard")
        self.setStyleSheet(_SHEET)  # sizes only: colours and type come from the theme
        self.target = target
        self.language = "en"
        self.shift = OFF
        self.accents = OFF
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(SPACING)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

        def key(name: str, row: int, column: int, span: int = 1) -> QPushButton:
            button = QPushButton(self)
            button.setObjectName(name)
            button.setProperty("role", "key")
            button.setMinimumSize(KEY_MIN, KEY_MIN)  # also without the theme's sheet
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes on in the field
            button.setAutoDefault(False)  # in a dialog too: never the Enter of the dialog
            grid.addWidget(button, row, column, 1, span)
            return button

        self.buttons: dict[str, QPushButton] = {}
        for name, text, row, column, span in _FIXED:
            button = key(_OBJECT_NAMES.get(name, f"key_{name}"), row, column, span)
            self.buttons[name] = button
            if text:
                button.setText(text)
                button.setAccessibleName(text)
                button.clicked.connect(lambda _=False, t=text: self._type(t))
        self.buttons["backspace"].setProperty("icon_name", "backspace")
        self.buttons["backspace"].clicked.connect(self._backspace)
        self.buttons["shift"].setProperty("icon_name", "shift")
        self.buttons["shift"].setCheckable(True)
        self.buttons["shift"].clicked.connect(self._press_shift)
        self.buttons["accents"].setCheckable(True)
        self.buttons["accents"].clicked.connect(self._press_accents)
        enter = self.buttons["enter"]
        enter.setProperty("role", "primary")
        enter.setProperty("icon_name", "enter")
        enter.clicked.connect(lambda _=False: self.submitted.emit())

        # the keys of rows 1-3 type letters or, on the accents layer, the accents
        self.slots: list[QPushButton] = []
        self._slot_chars: list[str] = []
        cells = [(row, column) for row, first, count in _SLOT_ROWS
                 for column in range(first, first + count)]
        for index, (row, column) in enumerate(cells):
            button = key(f"key_r{row}c{column}", row, column)
            button.clicked.connect(lambda _=False, i=index: self._press_slot(i))
            self.slots.append(button)
        self._use_language(language or QLocale().name().split("_")[0])
        self.retranslate_ui()  # names, then what every key shows

    # --- the public side ----------------------------------------------------------------------

    def set_target(self, target: QLineEdit | None) -> None:
        """The field the keys type into (one keyboard can serve several fields)."""
        self.target = target

    def set_language(self, code: str) -> None:
        """Layout and accents of a UI language (an unknown one, e.g. pseudo: English); takes
        `Languages.changed` directly."""
        self._use_language(code)
        self._refresh()

    def key(self, name: str) -> QPushButton:
        """The key a person would tap: "shift", "backspace", "enter", "space", "accents", or
        the character it types now ("a", "A", "á", "@", "1"...); KeyError when no key on show
        types it (an accent while the letters are shown)."""
        if name in self.buttons:
            return self.buttons[name]
        for char in (name, name.lower()):
            if char and char in self._slot_chars:
                return self.slots[self._slot_chars.index(char)]
        raise KeyError(f"no key for {name!r} on show ({self.language}, accents {self.accents})")

    def retranslate_ui(self) -> None:
        """The special keys' names: they show icons, a screen reader says these."""
        names = {
            "backspace": self.tr("Delete the last character"),
            "enter": self.tr("Enter"),
            "shift": self.tr("Shift"),
            "space": self.tr("Space"),
            "accents": self.tr("Accents"),
        }
        for name, text in names.items():
            self.buttons[name].setAccessibleName(text)
            self.buttons[name].setToolTip(tip(text))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _use_language(self, code: str) -> None:
        self.language = code if code in LAYOUT_OF else "en"
        if not ACCENTS[self.language]:
            self.accents = OFF
        self.buttons["accents"].setVisible(bool(ACCENTS[self.language]))

    # --- taps ---------------------------------------------------------------------------------

    def _type(self, text: str) -> None:
        target = self.target
        if target is not None and target.isEnabled() and not target.isReadOnly():
            target.insert(text)  # at the cursor, replacing a selection, within the validator
        if ONCE in (self.shift, self.accents):  # a one-shot shift or accent is used up
            self.shift = OFF if self.shift == ONCE else self.shift
            self.accents = OFF if self.accents == ONCE else self.accents
            self._refresh()

    def _press_slot(self, index: int) -> None:
        char = self._slot_chars[index]
        if char:
            self._type(_upper(char) if self.shift != OFF else char)

    def _backspace(self) -> None:
        if self.target is not None and self.target.isEnabled() and not self.target.isReadOnly():
            self.target.backspace()

    def _press_shift(self) -> None:
        """Once: the next letter in upper case; again: caps lock; a third time: off."""
        self.shift = {OFF: ONCE, ONCE: LOCKED, LOCKED: OFF}[self.shift]
        self._refresh()

    def _press_accents(self) -> None:
        """Like shift: once for one accented letter, again to keep them, a third time back."""
        self.accents = {OFF: ONCE, ONCE: LOCKED, LOCKED: OFF}[self.accents]
        self._refresh()

    # --- what the keys show -------------------------------------------------------------------

    def _refresh(self) -> None:
        if self.accents != OFF:
            chars = list(ACCENTS[self.language])
        else:
            chars = list("".join(LAYOUTS[LAYOUT_OF[self.language]]))
        self._slot_chars = chars + [""] * (len(self.slots) - len(chars))
        for button, char in zip(self.slots, self._slot_chars, strict=True):
            shown = _upper(char) if self.shift != OFF else char
            if button.text() != shown:
                button.setText(shown)
                button.setAccessibleName(shown)
            button.setVisible(bool(char))
        shift = self.buttons["shift"]
        shift.setChecked(self.shift != OFF)
        shift.setAccessibleDescription(self.tr("Caps lock on") if self.shift == LOCKED
                                       else self.tr("Caps lock off"))
        if bool(shift.property("caps_lock")) != (self.shift == LOCKED):
            shift.setProperty("caps_lock", self.shift == LOCKED)  # for a style rule
            shift.style().unpolish(shift)
            shift.style().polish(shift)
        accents = self.buttons["accents"]
        accents.setChecked(self.accents != OFF)
        accents.setText(LETTERS_LABEL if self.accents != OFF else ACCENTS[self.language][:3])
