"""The one operation helper: an answer that arrives after its screen was closed and deleted
(the window shutting down, a kiosk screen rebuilt) is dropped instead of touching dead
widgets."""

from __future__ import annotations

import asyncio

import shiboken6

from kiosk_app.ui.screens.base import Screen, button


def test_an_answer_after_the_screen_is_gone_is_dropped(qtbot, qloop) -> None:
    screen = Screen()
    action = button(screen)
    shown: list[str] = []
    answer: asyncio.Future[str] = qloop.create_future()
    task = screen.run(answer, lambda text: (shown.append(text), screen.title.setText(text)),
                      disable=[action])
    assert not action.isEnabled()
    shiboken6.delete(screen)  # closed and deleted while the request is on its way
    answer.set_result("late")
    qtbot.waitUntil(task.done)
    assert task.exception() is None and shown == []


def test_a_failure_after_the_screen_is_gone_is_dropped(qtbot, qloop) -> None:
    screen = Screen()
    unexpected: list[BaseException] = []
    screen.unexpected.connect(unexpected.append)
    answer: asyncio.Future[str] = qloop.create_future()
    task = screen.run(answer)
    shiboken6.delete(screen)
    answer.set_exception(RuntimeError("late failure"))
    qtbot.waitUntil(task.done)
    assert task.exception() is None and unexpected == []
