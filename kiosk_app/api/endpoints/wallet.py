"""A customer's points: balance and overview, history, expiry, status (tier) records, and
holds (point reservations) while a sale is open."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kiosk_app.api import models as m
from kiosk_app.api.errors import ApiError, BadRequest, ProtocolError
from kiosk_app.api.recovery import write_once
from kiosk_app.api.transport import Transport, check_id, segment
from kiosk_app.money import is_sane


class Wallet(Transport):
    """Points: what a customer has, had and is about to lose, and points held for a sale."""

    async def get_customer_points(self, customer_id: str) -> list[m.Point]:
        return await self.list_all(f"customers/{segment(customer_id)}/points", "points", m.Point)

    async def get_points_overview(self, customer_id: str) -> m.PointsOverview:
        return await self.points_overview(customer_id)

    async def points_overview(self, customer_id: str, *, date_from: date | None = None,
                              date_to: date | None = None) -> m.PointsOverview:
        """Points available now (and their money value), earned and redeemed in the period
        (all time when no dates are given)."""
        check_id("customer_id", customer_id)
        params = {"customer_id": customer_id,
                  "date_from": date_from.isoformat() if date_from else None,
                  "date_to": date_to.isoformat() if date_to else None}
        return await self.get("wallet/actions/points-overview", m.PointsOverview, params)

    async def point_history(self, customer_id: str, *, offset: int = 0, count: int = 20
                            ) -> tuple[list[m.PointMovement], int | None]:
        """One page of the customer's point movements, newest first, and how many there are
        in all; operation types follow Accept-Language."""
        check_id("customer_id", customer_id)
        params = {"customer_id": customer_id, "sort_field": "point_history_record_time",
                  "sort_direction": "DESC"}
        items, total = await self.page("point-history", "point_history", m.PointMovement, params,
                                       count=count, offset=offset)
        if any(i.customer_id != customer_id for i in items):
            raise ProtocolError("point-history: a movement of another customer was returned.")
        return items, total

    async def points_expiration(self, customer_id: str) -> m.PointsExpiration:
        """The points that lapse next (and the day), and those lapsing this month."""
        check_id("customer_id", customer_id)
        return await self.get("wallet/actions/points-expiration-overview", m.PointsExpiration,
                              {"customer_id": customer_id})

    async def status_records(self, customer_id: str, *, valid_now: bool | None = None
                             ) -> list[m.StatusRecord]:
        """The customer's status records (`valid_now=True`: the one held now, with the points
        and turnover missing to keep it and to reach the next status)."""
        params = None if valid_now is None else {"valid_now": "true" if valid_now else "false"}
        records = await self.list_all(f"customers/{segment(customer_id)}/status-records",
                                      "status_records", m.StatusRecord, params)
        if any(r.customer_id != customer_id for r in records):
            raise ProtocolError("status-records: a record of another customer was returned.")
        return records

    # --- holds: points reserved while a sale is open ------------------------------------------

    async def point_reservations(self, *, customer_id: str | None = None,
                                 external_id: str | None = None) -> list[m.PointReservation]:
        """Point reservations (holds) by customer and/or external id."""
        params = {"customer_id": customer_id, "external_id": external_id}
        return await self.list_all("point-reservations", "point_reservations", m.PointReservation,
                                   params)

    async def reserve_points(self, customer_id: str, external_id: str, amount: Decimal | int,
                             expiration_time: datetime | None = None) -> None:
        """Hold `amount` points (e.g. while a sale is open: `external_id` = its bill_id, and
        sending that purchase uses the hold) until freed, used or `expiration_time`. Retried:
        an `external_id` holds once, and a refusal because it exists counts as done when that
        hold is this customer's, of this amount and active."""
        check_id("customer_id", customer_id)
        check_id("external_id", external_id)
        amount = Decimal(amount)
        if not (amount > 0 and is_sane(amount)):
            raise ValueError("amount must be a positive number of points.")
        body: dict[str, Any] = {"customer_id": customer_id, "external_id": external_id,
                                "amount": amount}
        if expiration_time is not None:
            body["expiration_time"] = m.format_datetime(expiration_time)

        async def held_already(_failure: ApiError) -> bool | None:
            held = await self.point_reservations(external_id=external_id)
            return any(r.external_id == external_id and r.customer_id == customer_id
                       and r.quantity == amount and r.state in (None, 1) for r in held) or None

        await write_once(
            lambda: self.request("POST", "point-reservations/actions/reserve-points", json=body,
                                 retry=True),
            held_already, unsure=_hold_exists, what="reserve-points",
            look_up_errors=())  # a look-up that fails raises its own failure, as it always did

    async def free_points(self, external_id: str) -> None:
        """Give held points back. Retried: a hold already freed (or used by its purchase) is
        refused as `deleted`, and that counts as done."""
        check_id("external_id", external_id)

        async def freed_already(failure: ApiError) -> bool | None:
            if isinstance(failure, BadRequest) and failure.has_reason("deleted", "external_id"):
                return True
            held = await self.point_reservations(external_id=external_id)
            return any(r.external_id == external_id and r.state == 0 for r in held) or None

        await write_once(
            lambda: self.request("POST", "point-reservations/actions/free-points",
                                 json={"external_id": external_id}, retry=True),
            freed_already, unsure=lambda exc: isinstance(exc, BadRequest), what="free-points",
            look_up_errors=())  # a look-up that fails raises its own failure, as it always did


def _hold_exists(exc: ApiError) -> bool:
    """A reserve-points refusal because the external id holds already: maybe this hold."""
    return isinstance(exc, BadRequest) and exc.has_reason("already_exists", "external_id")
