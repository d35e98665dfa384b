"""Business refusals: a step the person (or the project's set-up) must act on, each its own
type. Anything else raised on the way is a bug: logged and shown as unexpected."""

from __future__ import annotations


class Refused(Exception):
    """A business rule said no; the screen says why in a sentence."""


class SetupError(Refused):
    """The CareCloud project lacks reference data the till needs; support must set it up."""


class SessionClosed(Refused):
    """The sale was confirmed; start a new customer before changing it."""


class BillRefused(Refused):
    """The bill cannot take this (too many, a price out of range, a voucher twice...)."""


class NoCustomer(Refused):
    """This needs an identified customer first."""


class NotCancellable(Refused):
    """Only a delivered sale that is not cancelled yet can be cancelled."""


class LookupRefused(Refused):
    """A customer lookup needs at least one field."""
