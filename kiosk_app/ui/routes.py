"""Where a window can go: every screen's route, and the moves that are not screens."""

from __future__ import annotations

import enum


class Route(enum.StrEnum):
    # the counter
    SIGN_IN = "sign_in"
    CARD = "card"
    LOOKUP = "lookup"
    OTP = "otp"
    BILL = "bill"
    REWARDS = "rewards"
    CLOSURE = "closure"
    DONE = "done"
    ENROL = "enrol"
    POINTS = "points"
    CATALOGUE = "catalogue"
    HISTORY = "history"
    TRANSFER = "transfer"
    # the kiosk
    ATTRACT = "attract"
    IDENTIFY = "identify"
    PHONE = "phone"
    HOME = "home"
    STAFF = "staff"
    # moves
    BACK = "back"  # where the person came from
    NEW = "new"  # the counter's next customer
    FINISH = "finish"  # the kiosk's shopper is done
    EXIT = "exit"  # staff close the kiosk app
