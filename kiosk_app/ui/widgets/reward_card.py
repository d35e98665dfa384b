"""A reward as a card you tap: what it is, what it gives, what it costs in points, how many
times it can apply and how many times it is applied; − and + on the card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk_app.domain.checkout import RewardInfo
from kiosk_app.ui.text import label


class RewardCard(QFrame):
    chosen = Signal(str, int)  # reward code, how many times

    def __init__(self, info: RewardInfo, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="card")
        self.info = info
        self.count = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.name = label(self, info.name)
        self.name.setWordWrap(True)
        self.name.setProperty("role", "total")
        self.effect = label(self, info.effect)
        self.effect.setWordWrap(True)
        self.effect.setProperty("role", "muted")
        self.cost = label(self)
        self.available = label(self)
        self.available.setProperty("role", "muted")
        self.applied = label(self)
        self.applied.setProperty("role", "ok")
        self.minus = QPushButton("−", self)
        self.plus = QPushButton("+", self)
        for step in (self.minus, self.plus):
            step.setProperty("role", "stepper")
        self.minus.clicked.connect(lambda: self.choose(self.count - 1))
        self.plus.clicked.connect(lambda: self.choose(self.count + 1))
        facts = QHBoxLayout()
        facts.addWidget(self.cost)
        facts.addWidget(self.available, 1)
        steps = QHBoxLayout()
        steps.addWidget(self.applied, 1)
        steps.addWidget(self.minus)
        steps.addWidget(self.plus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        layout.addWidget(self.name)
        layout.addWidget(self.effect)
        layout.addLayout(facts)
        layout.addLayout(steps)
        self.setProperty("available", info.max_count > 0)
        self.set_count(count)

    def retranslate(self) -> None:
        info = self.info
        self.cost.setText(self.tr("%Ln point(s)", "", int(info.points_cost))
                          if info.points_cost else self.tr("free"))
        self.available.setText(self.tr("up to %1×").replace("%1", str(info.max_count))
                               if info.max_count else self.tr("not applicable now"))
        self.applied.setText(self.tr("Applied %1×").replace("%1", str(self.count))
                             if self.count else "")
        self.setAccessibleName(info.name)
        self.setAccessibleDescription(" · ".join(
            part for part in (info.effect, self.cost.text(), self.available.text(),
                              self.applied.text()) if part))
        self.minus.setAccessibleName(self.tr("Apply once less: %1").replace("%1", info.name))
        self.plus.setAccessibleName(self.tr("Apply once more: %1").replace("%1", info.name))

    def set_count(self, count: int) -> None:
        self.count = max(0, min(count, self.info.max_count))
        self.setProperty("applied", self.count > 0)
        self.style().unpolish(self)
        self.style().polish(self)
        self.minus.setEnabled(self.count > 0)
        self.plus.setEnabled(self.count < self.info.max_count)
        self.retranslate()

    def choose(self, count: int) -> None:
        count = max(0, min(count, self.info.max_count))
        if count != self.count:
            self.set_count(count)
            self.chosen.emit(self.info.code, count)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A tap on the card applies the reward once more (up to what the bill allows)."""
        if event.button() == Qt.MouseButton.LeftButton and self.info.max_count:
            self.choose(self.count + 1 if self.count < self.info.max_count else 0)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: object) -> None:
        key = event.key()  # type: ignore[attr-defined]
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Plus):
            self.choose(self.count + 1)
        elif key == Qt.Key.Key_Minus:
            self.choose(self.count - 1)
        else:
            super().keyPressEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
