"""Text we did not write is never markup: names, products, rewards, stores, statuses and
server messages are shown as plain text on every screen and in every tooltip, so Qt never
loads a resource a name points at, and a kiosk refuses markup in a new member's name."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from tests.kiosk_driver import Kiosk
from tests.test_ui_touch import _walk

pytestmark = pytest.mark.usefixtures("english_after")


def hostile(png: Path, word: str) -> str:
    """A name a customer may really choose (the spec allows `<`): markup naming a file."""
    return f'<img src="{png}"><b>{word}</b>'


@pytest.fixture
def markup(sandbox, tmp_path) -> Path:
    """Markup in every kind of text the sandbox serves: a customer's names, products,
    rewards, the store, statuses and a server message."""
    png = tmp_path / "pixel.png"
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(0)
    image.save(str(png))
    store = sandbox.store
    with store.transaction() as db:
        db.execute("UPDATE customers SET first_name=?, last_name=? WHERE customer_id='cu-jana'",
                   (hostile(png, "Jana"), hostile(png, "Novakova")))
        db.execute("UPDATE product_names SET name=? WHERE product_id='pr-espresso'",
                   (hostile(png, "Espresso"),))
        for kind, key, field in (("stores", "st-prague", "name"),
                                 ("statuses", "status-silver", "name"),
                                 ("rewards", "COFFEE2", "name"),
                                 ("rewards", "COFFEE2", "description"),
                                 ("rewards", "CATESP", "name")):
            row = db.execute("SELECT body FROM ref WHERE kind=? AND id=?", (kind, key)).fetchone()
            body = json.loads(row[0])
            value = body[field]
            body[field] = ({lang: hostile(png, kind) for lang in value} if isinstance(value, dict)
                           else hostile(png, kind))
            db.execute("UPDATE ref SET body=? WHERE kind=? AND id=?", (json.dumps(body), kind, key))
    store.seed["messages"]["earn"] = {lang: hostile(png, "earn") + " {points}"
                                      for lang in ("en", "cs")}
    return png


def shown_as(tip: str) -> str:
    """What a tooltip shows: Qt draws it as rich text when it looks like markup."""
    if GuiQt.mightBeRichText(tip):
        document = QTextDocument()
        document.setHtml(tip)
        return document.toPlainText()
    return tip


def markup_problems(root: QWidget) -> list[str]:
    found = []
    widgets = [root, *root.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for widget in widgets:
        if isinstance(widget, QLabel) and "<" in widget.text() \
                and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"label {widget.text()[:60]!r} may be read as markup")
        tip = widget.toolTip()
        if "img src" in html.unescape(tip) and "<img src" not in shown_as(tip):
            found.append(f"tooltip {tip[:60]!r} is drawn as markup")
    return found


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_markup_in_outside_text_is_shown_as_plain_text_on_every_screen(kiosk: Kiosk, markup,
                                                                       size) -> None:
    k = kiosk
    k.window.resize(*size)
    found: dict[str, list[str]] = {}

    def check(name: str) -> None:
        k.wait_for(name)
        QApplication.processEvents()
        if errors := markup_problems(k.window):
            found[name] = errors

    _walk(k, check)
    assert not found, "\n".join(f"{name}: {p}" for name, errors in found.items() for p in errors)
    assert "<img" in k.window.panel.name.text()  # the name as the customer typed it


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_markup_is_plain_text_on_every_kiosk_screen_a_member_sees(kiosk_window: Kiosk, markup,
                                                                   size) -> None:
    k = kiosk_window
    k.window.resize(*size)
    k.scan("2000000000015")
    home = k.wait_for("home")
    k.wait(lambda: "<img" in home.title.text())
    found = {"home": markup_problems(k.window)}
    k.click(home.catalogue_button)
    catalogue = k.wait_for("catalogue")
    k.wait(lambda: "CATESP" in catalogue.get_buttons)
    found["catalogue"] = markup_problems(k.window)
    k.click(catalogue.back_button)
    k.click(k.wait_for("home").points_button)
    points = k.wait_for("points")
    k.wait(lambda: points.list.count() > 0)
    found["points"] = markup_problems(k.window)
    k.scan("900100200")  # a gift card over the member's home
    k.wait(k.window.gift.isVisible)
    found["gift card"] = markup_problems(k.window)
    assert not any(found.values()), found


def test_a_server_error_in_unsent_purchases_is_plain_text_in_its_tooltip(kiosk: Kiosk) -> None:
    from tests.purchases import purchase

    k = kiosk
    entry = k.outbox.add(purchase(), currency_code="CZK")
    k.outbox.mark_manual(entry.id, '400 <img src="/nonexistent/x.png"> refused', "bill_items")
    k.sign_in()
    k.click(k.window.transfer_button)
    transfer = k.wait_for("transfer")
    k.wait(lambda: transfer.table.rowCount() == 1)
    tip = transfer.table.item(0, 5).toolTip()
    assert "<img" in shown_as(tip), tip


def test_markup_in_a_name_is_refused_when_joining_at_the_kiosk(kiosk_window: Kiosk) -> None:
    k = kiosk_window
    k.click(k.screen("attract").start_button)
    k.click(k.wait_for("identify").join_button)
    enrol = k.wait_for("enrol")
    k.sandbox.requests.clear()
    k.type_into(enrol.first_name, '<img src="/nonexistent/x.png">John')
    k.type_into(enrol.last_name, "Smith")
    k.type_into(enrol.contact, "john.new@example.com")
    k.click(enrol.send_button)
    k.wait(lambda: "<" in enrol.error.text() and enrol.error.isVisible())
    sent = {r["path"] for r in k.sandbox.requests}  # refused here, before anything is sent
    assert not sent & {"/customers/actions/check-registration-ability",
                       "/one-time-password/actions/send", "/customers"}


def test_plain_text_never_turns_entities_into_markup() -> None:
    from kiosk_app.app.enrolment import plain_text

    assert "<img" not in plain_text("I agree &lt;img src=&quot;/nonexistent/x.png&quot;&gt; to it")
    assert plain_text("<p>I agree to the <b>terms</b>.</p>") == "I agree to the terms ."
