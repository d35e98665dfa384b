"""A header button that opens a panel of large buttons below it (languages, display options),
touch-sized, unlike a combo box's or a menu's rows. The panel is built on first use and closes
on a tap outside it or on Esc."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QApplication, QFrame, QPushButton, QVBoxLayout, QWidget


class PopupButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.popup: QFrame | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._entries: list[tuple[str, Callable[[], None], bool]] = []
        self.clicked.connect(self.toggle_popup)

    def add(self, key: str, on_click: Callable[[], None], *, checkable: bool = False) -> None:
        """An entry of the panel; its text is set by `retranslate_entries` (the owner's)."""
        self._entries.append((key, on_click, checkable))

    def _build(self) -> QFrame:
        popup = QFrame(self.window(), objectName="popup")
        popup.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(popup)
        for key, on_click, checkable in self._entries:
            entry = QPushButton(popup)
            entry.setCheckable(checkable)
            entry.clicked.connect(lambda _=False, f=on_click: (self.close_popup(), f()))
            layout.addWidget(entry)
            self.buttons[key] = entry
        self.retranslate_entries()
        return popup

    def retranslate_entries(self) -> None:
        """Set each entry's text and state; the owner overrides this."""

    @property
    def is_open(self) -> bool:
        return self.popup is not None and self.popup.isVisible()

    def toggle_popup(self) -> None:
        if self.is_open:
            self.close_popup()
        else:
            self.open()

    def open(self) -> None:
        if self.popup is None:
            self.popup = self._build()
        self.retranslate_entries()
        self.popup.adjustSize()
        window = self.window()
        spot = self.mapTo(window, QPoint(0, self.height()))
        self.popup.move(max(0, min(spot.x(), window.width() - self.popup.width())), spot.y())
        self.popup.raise_()
        self.popup.show()
        QApplication.instance().installEventFilter(self)
        next(iter(self.buttons.values())).setFocus()

    def close_popup(self) -> None:
        if self.popup is not None and self.popup.isVisible():
            self.popup.hide()
            QApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap anywhere outside the panel (and outside this button) closes it; so does Esc."""
        from PySide6.QtCore import Qt  # not at import: Qt's enums cost start-up time

        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) \
                and self.popup is not None:
            if not (self.popup.isAncestorOf(watched) or watched is self.popup
                    or watched is self):
                self.close_popup()
        elif kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            self.close_popup()
            return True
        return False
