"""A number field that reads and writes the UI language's number format.

Unlike a spin box it never clamps silently: a value beyond the maximum or in the wrong
format is kept as typed and `problem()` says what is wrong, so the screen can tell the
cashier. On a language switch the value typed so far is written again in the new
language's format (35.50 → 35,50).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk_app.ui.format import edit_text, number, parse_number


class NumberEdit(QLineEdit):
    value_changed = Signal()  # the parsed value or its validity changed

    def __init__(self, parent: QWidget | None = None, *, decimals: int = 2,
                 minimum: Decimal = Decimal(0), maximum: Decimal | None = None) -> None:
        super().__init__(parent)
        self.decimals = decimals
        self.minimum = minimum
        self.maximum = maximum
        self._value: Decimal | None = None
        self._problem = ""
        self.textChanged.connect(self._parse)

    def value(self) -> Decimal | None:
        """The typed number, or None when the field is empty or the text is not usable."""
        return self._value

    def problem(self) -> str:
        """Why the typed text cannot be used, in the UI language ("" when it can)."""
        return self._problem

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else edit_text(value, self.decimals))

    def set_maximum(self, maximum: Decimal | None) -> None:
        self.maximum = maximum
        self._parse(self.text())

    def _parse(self, text: str) -> None:
        before = (self._value, self._problem)
        self._value, self._problem = None, ""
        if text.strip():
            try:
                value = parse_number(text, decimals=self.decimals)
            except ValueError as exc:
                self._problem = self._explain(str(exc))
            else:
                if value < self.minimum:
                    self._problem = self.tr("At least %1.").replace(
                        "%1", number(self.minimum, self.decimals))
                elif self.maximum is not None and value > self.maximum:
                    self._problem = self.tr("At most %1.").replace(
                        "%1", number(self.maximum, self.decimals))
                else:
                    self._value = value
        if (self._value, self._problem) != before:
            self.value_changed.emit()

    def _explain(self, what: str) -> str:
        if what == "decimals":
            return (self.tr("Whole numbers only.") if self.decimals == 0
                    else self.tr("At most %n decimal place(s).", "", self.decimals))
        example = edit_text(Decimal("1234.5") if self.decimals else Decimal(1234), self.decimals)
        return self.tr("Type a number like %1.").replace("%1", example)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self._value is not None:  # written again in the new language's format
                self.blockSignals(True)
                self.set_value(self._value)
                self.blockSignals(False)
            else:
                self._parse(self.text())
        super().changeEvent(event)
