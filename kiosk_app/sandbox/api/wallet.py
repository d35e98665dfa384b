"""A customer's wallet: points records, overview, history and expiry, point reservations
(holds), and statuses (tiers) with the progress toward keeping or reaching one."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from kiosk_app.sandbox import rules
from kiosk_app.sandbox import validation as v
from kiosk_app.sandbox.api.base import (
    REFERENCE_MAX_AGE,
    ApiBase,
    ApiRequest,
    ApiResponse,
    Paging,
    Refused,
    bad_request,
    not_found,
    query_flags,
    whole,
)
from kiosk_app.sandbox.engine import dec
from kiosk_app.sandbox.text import fold


class WalletHandlers(ApiBase):
    """`/customers/{id}/points`, `/wallet/actions/...`, `/point-history`,
    `/point-reservations...`, `/statuses` and `/customers/{id}/status-records`."""

    # --- points ---------------------------------------------------------------------------------

    def customer_points(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        self._known_customer(customer_id)
        paging = Paging.of(req)
        records = [{"point_id": r["point_id"], "customer_id": r["customer_id"],
                    "assigned_points": r["assigned"], "available_points": r["available"],
                    "point_type_id": self.store.project["point_type_id"],
                    "partner_id": self.store.project["partner_id"], "valid_to": r["valid_to"],
                    "created_at": r["created_at"], "note": r["note"] or "", "state": 1}
                   for r in self.store.points(customer_id)]
        return self.ok(paging.cut(records, "points"))

    def points_overview(self, req: ApiRequest) -> ApiResponse:
        """Points earned and redeemed from `date_from` to `date_to` (whole days, open when not
        given) and available now, with what the available points are worth per currency."""
        customer_id = req.params.get("customer_id")
        if not customer_id:
            raise bad_request("customer_id", "required", "", "customer_id is required.")
        problems = v.Problems()
        start = v.query_date(req.params, "date_from", problems)
        end = v.query_date(req.params, "date_to", problems)
        if problems:
            raise Refused(400, problems=problems)
        if self.store.customer(customer_id) is None:
            raise bad_request("customer_id", "not_found", customer_id)
        earned, redeemed = self.store.points_activity(
            customer_id, start, None if end is None else f"{end} 23:59:59")
        available = self.store.available_points(customer_id)
        values = rules.points_value(dec(available), self.project)
        return self.ok({"earned_points": earned, "redeemed_points": redeemed,
                        "available_points": available,
                        "available_points_money_value": [
                            {"currency_id": cur, "value": value} for cur, value in values.items()]})

    def point_history(self, req: ApiRequest) -> ApiResponse:
        """`GET /point-history`: the customer's point movements (earned, spent, claimed, bought
        vouchers, cancelled, expired), newest first unless `sort_field` says otherwise, types in
        the asked language. Filters: `time_from`/`time_to`, `store_id`, `point_type_id`,
        `partner_id`, `point_operation_type`/`point_operation_note` (a part, case-blind)."""
        customer_id = self._customer_param(req.params.get("customer_id"))
        problems = v.Problems()
        start = v.query_datetime(req.params, "time_from", problems)
        end = v.query_datetime(req.params, "time_to", problems)
        if problems:
            raise Refused(400, problems=problems)
        paging = Paging.of(req)
        project, texts = self.store.project, self.store.seed.get("point_operations", {})
        items = []
        for row in self.store.point_history(customer_id):
            if (start and row["created_at"] < start) or (end and row["created_at"] > end):
                continue
            item = {"customer_id": customer_id, "point_amount": whole(row["amount"]),
                    "point_operation_type": self._text(texts.get(row["operation"], ""), req.lang),
                    "point_operation_note": row["note"] or "",
                    "point_type_id": project["point_type_id"], "partner_id": project["partner_id"],
                    "point_history_record_time": row["created_at"]}
            if row["store_id"]:
                item["store_id"] = row["store_id"]
            if row["extended"]:
                item["extended_data"] = row["extended"]
            items.append(item)
        for name in ("store_id", "point_type_id", "partner_id"):
            if wanted := req.params.get(name):
                items = [i for i in items if i.get(name) == wanted]
        for name in ("point_operation_type", "point_operation_note"):
            if part := req.params.get(name):
                items = [i for i in items if fold(part) in fold(i[name])]
        return self.ok(paging.cut(items, "point_history"))

    def points_expiration(self, req: ApiRequest) -> ApiResponse:
        """`GET /wallet/actions/points-expiration-overview`: the points that lapse next and the
        day they do (left out when none will), and those lapsing by the end of this month."""
        customer_id = self._customer_param(req.params.get("customer_id"))
        expiring = rules.points_expiring(self.store.points(customer_id), self.store.now_text())
        out: dict[str, Any] = {"next_amount": expiring.next_amount,
                               "current_month_amount": expiring.current_month_amount}
        if expiring.next_date:
            out["next_date"] = expiring.next_date
        return self.ok(out)

    # --- point reservations (holds) -------------------------------------------------------------

    def _reservation_json(self, row: Mapping[str, Any], now: str) -> dict[str, Any]:
        out = {"points_reservation_id": row["reservation_id"], "customer_id": row["customer_id"],
               "external_id": row["external_id"], "quantity": whole(row["amount"]),
               "state": rules.reservation_state(row, now)}
        if row["expiration"]:
            out["expiration"] = row["expiration"]
        return out

    def point_reservations(self, req: ApiRequest) -> ApiResponse:
        """`GET /point-reservations` by `customer_id` and/or `external_id`, oldest first."""
        paging = Paging.of(req)
        rows = self.store.reservations(customer_id=req.params.get("customer_id") or None,
                                       external_id=req.params.get("external_id") or None)
        now = self.store.now_text()
        return self.ok(paging.cut([self._reservation_json(r, now) for r in rows],
                                  "point_reservations"))

    def point_reservation(self, req: ApiRequest, reservation_id: str) -> ApiResponse:
        rows = self.store.reservations(reservation_id=reservation_id)
        if not rows:
            raise not_found("point-reservations", reservation_id)
        return self.ok(self._reservation_json(rows[0], self.store.now_text()))

    def reserve_points(self, req: ApiRequest) -> ApiResponse:
        """Hold points until freed, used by the purchase whose `bill_id` is the `external_id`,
        or expired (`expiration_time`; none: until freed). An `external_id` holds once: a
        second reservation with it is refused, whatever it asks."""
        body = self.body(req, v.RESERVE_POINTS)
        customer_id = self._customer_param(body["customer_id"])
        external_id = body["external_id"]
        expiration = (body.get("expiration_time") or "").replace("T", " ") or None
        with self.store.transaction():  # one hold per external_id, never more than there are
            if self.store.reservations(external_id=external_id):
                raise bad_request("external_id", "already_exists", external_id,
                                  "A reservation with this external_id exists.")
            amount = dec(body["amount"])
            rules.check_reservation(amount, expiration, now=self.store.now_text(),
                                    available=dec(self.store.available_points(customer_id)))
            self.store.add_reservation(customer_id, external_id, amount, expiration)
        return ApiResponse(204)

    def free_points(self, req: ApiRequest) -> ApiResponse:
        """Give held points back; an expired hold is ended too. One already freed (or used by
        a purchase) is refused as `deleted`."""
        body = self.body(req, v.FREE_POINTS)
        external_id = body["external_id"]
        with self.store.transaction():
            found = self.store.reservations(external_id=external_id)
            if not found:
                raise bad_request("external_id", "not_found", external_id, "No such reservation.")
            if found[0]["state"] == 0:
                raise bad_request("external_id", "deleted", external_id,
                                  "The reservation was already freed or used by a purchase.")
            self.store.end_reservation(external_id)
        return ApiResponse(204)

    # --- statuses (tiers) -----------------------------------------------------------------------

    def _status_json(self, status: Mapping[str, Any], lang: str) -> dict[str, Any]:
        out = {k: val for k, val in status.items() if k not in ("name", "description")}
        out["name"] = self._text(status["name"], lang)
        out["description"] = self._text(status.get("description", ""), lang)
        return out

    def statuses(self, req: ApiRequest) -> ApiResponse:
        """`GET /statuses`: the project's tiers, lowest first, in the asked language."""
        items = [self._status_json(s, req.lang) for s in self.store.statuses().values()]
        if text_id := req.params.get("text_id"):
            items = [i for i in items if i.get("text_id") == text_id]
        return self.ok(Paging.of(req).cut(items, "statuses"), max_age=REFERENCE_MAX_AGE)

    def status_records(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        """The customer's status records, oldest first; the one valid now carries
        `purchase_conditions`: points and turnover missing to keep it and to reach the next."""
        self._known_customer(customer_id)
        (valid_now,) = query_flags(req, "valid_now")
        paging = Paging.of(req)
        now = self.store.now_text()
        statuses = self.store.statuses()
        items = []
        for record in self.store.status_records(customer_id):
            current = rules.status_record_valid(record, now)
            if valid_now is not None and current != valid_now:
                continue
            out = {k: record[k] for k in ("status_record_id", "status_id", "customer_id",
                                          "valid_from", "valid_to", "last_change", "state")}
            status = statuses.get(record["status_id"])
            if current and status is not None:
                out["purchase_conditions"] = self._purchase_conditions(record, status, statuses)
            items.append(out)
        return self.ok(paging.cut(items, "status_records"))

    def _purchase_conditions(self, record: Mapping[str, Any], status: Mapping[str, Any],
                             statuses: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
        """Progress = what the seed says was collected in the period, plus the purchases that
        stand in the sandbox since the record began; due by the record's end."""
        earned, spent = self.store.purchase_progress(record["customer_id"], record["valid_from"])
        turnover = {cur: dec(amount) for cur, amount in record["turnover"].items()}
        for cur, amount in spent.items():
            turnover[cur] = turnover.get(cur, Decimal(0)) + amount
        progress = rules.status_progress(
            status, statuses.get(status.get("next_status") or ""),
            points=dec(record["points"]) + earned, turnover=turnover, project=self.project)
        due = (record.get("valid_to") or "")[:10]

        def amounts(missing: Mapping[str, Decimal]) -> list[dict[str, Any]]:
            return [{"currency_id": cur, "value": value, **({"due_date": due} if due else {})}
                    for cur, value in missing.items()]

        out: dict[str, Any] = {"keep_status_turnover": amounts(progress.keep_turnover)}
        if progress.keep_points is not None:
            out["keep_status_points"] = progress.keep_points
        if progress.next_status_id is not None:
            out["next_status_id"] = progress.next_status_id
            out["next_status_turnover"] = amounts(progress.next_turnover)
            if progress.next_points is not None:
                out["next_status_points"] = progress.next_points
        return out
