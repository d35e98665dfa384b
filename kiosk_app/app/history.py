"""This till's purchases (from the outbox): when a sale can be cancelled or claimed, its
receipt again, and its cancellation — queued through the outbox with the reason kept in the
till's audit trail only (send-purchase has no field for it, and no log line carries it)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from kiosk_app.api import CareCloudClient
from kiosk_app.api import models as m
from kiosk_app.app.outbox import SENT, Entry, Outbox
from kiosk_app.app.threads import off_thread
from kiosk_app.app.till import Till
from kiosk_app.domain.checkout import CustomerView
from kiosk_app.domain.receipt import ReceiptDoc, receipt_doc, receipt_from_entry
from kiosk_app.domain.refusal import NoCustomer, NotCancellable

__all__ = ["CANCEL_REASONS", "NOTE_MAX", "CancelReason", "Entry", "History", "cancellable",
           "claimable"]  # Entry: a sale as the screens list it

CANCEL_REASONS = ("goods_returned", "wrong_amount", "changed_mind", "other")
NOTE_MAX = 200  # characters of a cancellation's note


@dataclass(frozen=True)
class CancelReason:
    """Why a sale is cancelled and whether the staff PIN was given (the note is left out of
    the repr, so an error message cannot carry it)."""

    code: str
    note: str = field(default="", repr=False)
    staff_pin: bool = False

    def __post_init__(self) -> None:
        if self.code not in CANCEL_REASONS:
            raise ValueError(f"A cancellation needs one of the reasons {CANCEL_REASONS}.")
        # one line of printable text: line breaks and control characters become spaces
        shown = "".join(ch if ch.isprintable() else " " for ch in self.note)
        object.__setattr__(self, "note", " ".join(shown.split()))
        if len(self.note) > NOTE_MAX:
            raise ValueError(f"A cancellation's note is at most {NOTE_MAX} characters.")


def cancellable(entry: Entry) -> bool:
    """A sale CareCloud has, not cancelled yet."""
    return entry.kind == "sale" and entry.state == SENT and not entry.canceled_by


def claimable(entry: Entry, view: CustomerView | None) -> bool:
    """A sale CareCloud has that named nobody, and a customer at the till to give it to."""
    return (cancellable(entry) and not entry.request.customer_id
            and not entry.request.card_number and view is not None and bool(view.customer_id))


class History:
    def __init__(self, outbox: Outbox, client: CareCloudClient, till: Till, *,
                 on_queued: Callable[[], None] = lambda: None,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        self.outbox = outbox
        self.client = client
        self.till = till
        self.on_queued = on_queued
        self.clock = clock

    def page(self, count: int) -> list[Entry]:
        """The newest `count` sales of this till."""
        return self.outbox.history(limit=count)

    def count(self) -> int:
        return self.outbox.history_count()

    def entry(self, bill_id: str) -> Entry | None:
        """The sale, or None when it is gone (deleted after the retention time)."""
        return self.outbox.find(bill_id)

    def receipt(self, bill_id: str) -> ReceiptDoc | None:
        """The sale's receipt again, rebuilt from what was sent and the figures confirmed."""
        entry, place = self.entry(bill_id), self.till.place
        if entry is None or place is None or entry.kind != "sale":
            return None
        return receipt_doc(receipt_from_entry(entry), store_name=place.store.name,
                           store_id=entry.request.store_id,
                           cashdesk=entry.request.cashdesk_number)

    async def cancel(self, bill_id: str, reason: CancelReason) -> Entry:
        """Queue a cancellation derived from the sale's own request: `canceled`, a new
        bill_id, `bill_number` naming the original, as the vendor's rule says. The reason,
        the signed-in user and whether the staff PIN was given go into the audit trail of the
        sale and of the cancellation, in the same transaction (committed off the UI thread)."""
        entry = self.entry(bill_id)
        if entry is None or not cancellable(entry):
            raise NotCancellable("Only a sent purchase that is not cancelled yet can be "
                                 "cancelled.")
        user = self.till.user
        login = user.login if user else None
        request = entry.request.cancellation(
            bill_id=uuid.uuid4().hex, payment_time=m.format_datetime(self.clock()),
            created_by=login)
        audit = json.dumps({"reason": reason.code, "note": reason.note, "by": login or "",
                            "staff_pin": reason.staff_pin}, ensure_ascii=False)
        cancel = await off_thread(lambda: self.outbox.add(
            request, currency_code=entry.currency_code, kind="cancel",
            original_bill_id=entry.bill_id, note=audit))
        self.on_queued()
        return cancel

    async def claim(self, bill_id: str, view: CustomerView | None) -> None:
        """A sale sent without a card: its points go to the customer at the till now
        (`assign-customer`); a retried claim never credits twice."""
        entry = self.entry(bill_id)
        if entry is None or not claimable(entry, view) or view is None or not view.customer_id:
            raise NoCustomer("Identify the customer first.")
        await self.client.assign_purchase_customer(entry.request.store_id, bill_id,
                                                   customer_id=view.customer_id)
