"""The design system at run time: tokens (colours, spacing, type) from `resources/`, the style
sheet filled in for the standard or the high-contrast theme and the chosen text size, and
icons drawn in the theme's colours. Screens use roles (`role="primary"`), never colours.

The sources live in the top-level `resources/` folder and reach the app through Qt's resource
system (compiled by `python -m kiosk_app.build`), the same in source and frozen runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from string import Template
from typing import Any

from PySide6.QtCore import QByteArray, QFile, QIODevice, QObject, QSize, Signal
from PySide6.QtGui import QFontInfo, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk_app.preferences import Preferences

ICON_COLOUR = "#17212E"  # what the SVG sources are drawn with; replaced by the theme's
ICON_PX = 24
ON_ROLE = {"primary": "on_primary", "danger": "on_danger"}  # a role's text colour token


def _read(path: str) -> bytes:
    import kiosk_app.resources_rc  # noqa: F401 - registers ":/..." with Qt

    handle = QFile(path)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"{path} is not in the app's resources: run python -m kiosk_app.build")
    data = bytes(handle.readAll().data())
    handle.close()
    return data


@cache
def tokens() -> dict[str, Any]:
    return json.loads(_read(":/style/tokens.json"))


@dataclass(frozen=True)
class Look:
    high_contrast: bool = False
    large_text: bool = False


class Theme(QObject):
    """Applies the look to the application; remembers the person's choice."""

    changed = Signal()

    def __init__(self, app: QApplication, preferences: Preferences | None = None) -> None:
        super().__init__()  # owned by the window that uses it
        self.app = app
        self.preferences = preferences
        saved = preferences.get("look", {}) if preferences else {}
        self.look = Look(bool(saved.get("high_contrast")), bool(saved.get("large_text")))
        # the system's text size (a desktop's font scaling) is the floor; never below 16 px
        self.system_px = QFontInfo(app.font()).pixelSize()

    @property
    def colours(self) -> dict[str, str]:
        return tokens()["themes"]["high_contrast" if self.look.high_contrast else "standard"]

    def values(self) -> dict[str, Any]:
        t = tokens()
        base = max(t["base_px_min"], self.system_px)
        if self.look.large_text:
            base = round(base * t["large_text_scale"])
        values: dict[str, Any] = {**self.colours, **t["space"]}
        values.update(radius=t["radius"], touch=t["touch"], row=t["row"],
                      border_w=t["border"]["high_contrast" if self.look.high_contrast
                                          else "standard"])
        # a focused button's thicker frame eats into its padding, never into its text
        values["focus_w"] = 3
        values["l_focus"] = max(0, values["l"] - (values["focus_w"] - values["border_w"]))
        for name, scale in t["type"].items():
            values[f"{name}_px"] = round(base * scale)
        return values

    def style_sheet(self) -> str:
        return Template(_read(":/style/app.qss").decode("utf-8")).substitute(self.values())

    def apply(self, look: Look | None = None) -> None:
        """Set (and remember) a look; every widget restyles at once."""
        if look is not None:
            self.look = look
            if self.preferences is not None:
                self.preferences.set("look", {"high_contrast": look.high_contrast,
                                              "large_text": look.large_text})
        _icons.cache_clear()
        self.app.setStyleSheet(self.style_sheet())
        self.changed.emit()

    def decorate(self, root: QWidget) -> None:
        """Give every button under `root` that names an icon (`icon_name`) that icon, drawn
        in the colour of the text it sits on; re-run after a change of look."""
        for widget in [root, *root.findChildren(QAbstractButton)]:
            name = widget.property("icon_name")
            if not name or not isinstance(widget, QAbstractButton):
                continue
            on = ON_ROLE.get(widget.property("role") or "", "text")
            if widget.property("on_header"):
                on = "on_primary" if widget.property("role") == "primary" else "on_header"
            widget.setIcon(self.icon(name, on=on))
            widget.setIconSize(QSize(ICON_PX, ICON_PX))

    def icon(self, name: str, *, on: str = "text") -> QIcon:
        """An icon from resources/icons in the theme's colour for `on` (text, on_header,
        on_primary...)."""
        return _icons(name, self.colours[on])


@cache
def _icons(name: str, colour: str) -> QIcon:
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = _read(f":/icons/{name}.svg").decode("utf-8").replace(ICON_COLOUR, colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for side in (24, 48):
        pixmap = QPixmap(QSize(side, side))
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent (Qt.GlobalColor costs start-up time)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(_read(":/images/icon.png"))
    return QIcon(pixmap)
