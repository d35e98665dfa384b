"""A member's points: the latest movements (newest first, paged) and the points that lapse
next, at the counter and at the kiosk."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget

from kiosk_app.api import models as m
from kiosk_app.app.member import MemberOnShow, MemberServices
from kiosk_app.ui.format import number
from kiosk_app.ui.screens.base import Screen, button, named
from kiosk_app.ui.text import label
from kiosk_app.ui.widgets.touch import touch_list

PAGE = 20


def day(text: str | None) -> str:
    """A CareCloud date or time as the language writes a day."""
    if not text:
        return ""
    moment = m.parse_datetime(text)
    if moment is None:
        return ""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day),
                              QLocale.FormatType.ShortFormat)


class PointsScreen(Screen):
    def __init__(self, member: MemberServices, who: MemberOnShow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member, self.who = member, who
        self.movements: list[m.PointMovement] = []
        self.total: int | None = None
        self.expiring: m.PointsExpiration | None = None
        self.balance = label(self)
        self.balance.setProperty("role", "total")
        self.expiry = label(self)
        self.expiry.setWordWrap(True)
        self.list = touch_list(self)
        self.more_button = button(self)
        self.back_button = button(self, icon="back")
        for widget in (self.balance, self.expiry):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.list, 1)
        self.add_action(self.back_button, left=True)
        self.add_action(self.more_button)
        self.more_button.clicked.connect(self.load_more)
        self.back_button.clicked.connect(self.back)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.title.setText(self.tr("Points history"))
        named(self.list, self.tr("Point movements, newest first"))
        self.more_button.setText(self.tr("Show older"))
        self.back_button.setText(self.tr("Back"))
        self._show()

    def entered(self) -> None:
        self.wipe()
        view = self.who.view
        if view is None or not view.customer_id:
            return
        self.run(self.member.history(view, count=PAGE), self._loaded, key="history",
                 preempt=True)

    def load_more(self) -> None:
        view = self.who.view
        if view is None or not view.customer_id:
            return
        self.run(self.member.history(view, offset=len(self.movements), count=PAGE),
                 self._loaded, key="history", disable=[self.more_button])

    def _loaded(self, found: tuple[list[m.PointMovement], int | None, m.PointsExpiration]
                ) -> None:
        movements, self.total, self.expiring = found
        self.movements += movements
        self._show()

    def wipe(self) -> None:
        self.cancel_tasks()
        self.clear_error()
        self.movements, self.total, self.expiring = [], None, None
        self._show()

    def _show(self) -> None:
        view = self.who.view
        self.balance.setText(self.tr("Points: %1").replace("%1", number(view.available_points))
                             if view is not None and self.expiring is not None else "")
        expiring = self.expiring
        if expiring is not None and expiring.next_amount and expiring.next_date:
            self.expiry.setText(self.tr("%1 points expire on %2.").replace(
                "%1", number(expiring.next_amount)).replace("%2", day(expiring.next_date)))
        elif expiring is not None:
            self.expiry.setText(self.tr("No points expire soon."))
        else:
            self.expiry.clear()
        self.list.clear()
        for movement in self.movements:
            amount = number(movement.point_amount)
            sign = "+" if movement.point_amount > 0 else ""
            what = movement.point_operation_type or movement.point_operation_note
            self.list.addItem(" · ".join(p for p in (day(movement.point_history_record_time),
                                                     what, sign + amount) if p))
        self.more_button.setVisible(self.total is not None and self.total > len(self.movements))
