"""Customers: lookups and search, registration (ability, agreements, `POST /customers`) and
the mobile app's one-time auth token."""

from __future__ import annotations

from collections.abc import Mapping
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
    listed,
    log,
)


class CustomerHandlers(ApiBase):
    """`/customers...` (but a customer's cards, points, vouchers and statuses, which live
    with their resource) and `GET /agreements`."""

    def _customer_json(self, c: Mapping[str, Any]) -> dict[str, Any]:
        personal = {k: c[k] for k in ("first_name", "last_name", "email", "phone", "birthdate",
                                      "language_id", "store_id") if c.get(k)}
        registration = self.store.registration(c["customer_id"])
        if registration is not None:  # joined through POST /customers: consents as given
            personal["consents"] = registration["consents"]
        else:
            personal["agreement"] = {"agreement_gtc": 1, "agreement_marketing_communication": 1,
                                     "agreement_profiling": 0}
        return {"customer_id": c["customer_id"], "personal_information": personal, "state": 1,
                "last_change": "2025-01-01 00:00:00"}

    def customers(self, req: ApiRequest) -> ApiResponse:
        paging = Paging.of(req)
        filters = {k: req.params[k] for k in ("email", "phone", "first_name", "last_name",
                                              "birthdate") if req.params.get(k)}
        found, total = self.store.customers(
            **filters, emails=req.lists.get("email_list") or None,
            ids=req.lists.get("customer_ids") or None, sort=paging.sort,
            descending=paging.descending, limit=paging.count, offset=paging.offset)
        return self.ok(listed("customers", [self._customer_json(c) for c in found], total))

    def search_customers(self, req: ApiRequest) -> ApiResponse:
        filters = {k: req.params[k] for k in ("first_name", "last_name", "birthdate")
                   if req.params.get(k)}
        card_number = req.params.get("card_number")
        if not filters and not card_number:
            raise bad_request("first_name", "required", "", "Give at least one search field.")
        owners = None
        if card_number:
            owners = [c["customer_id"] for c in self.store.cards(card_number=card_number)
                      if c.get("customer_id")]
        found, _ = self.store.customers(**filters, ids=owners)
        return self.ok({"strict": [{"customer_id": c["customer_id"], "match": 100}
                                   for c in found]})

    def customer(self, req: ApiRequest, customer_id: str) -> ApiResponse:
        return self.ok(self._customer_json(self._known_customer(customer_id)))

    def _registered(self, kind: str, value: str) -> bool:
        """Whether an account has this e-mail (case-blind) or phone (by its digits)."""
        _, total = self.store.customers(**{kind: value}, limit=1)
        return total > 0

    def check_registration(self, req: ApiRequest) -> ApiResponse:
        """`registration_ability`: false when an account already has this e-mail or phone."""
        body = self.body(req, v.CHECK_REGISTRATION)
        kind, value = body["type"], body["value"].strip()
        if not rules.registration_value_ok(kind, value):
            raise bad_request("value", "invalid_value_format", value,
                              "Not an e-mail address." if kind == "email"
                              else "Not a phone number in international form (420601111222).")
        return self.ok({"registration_ability": not self._registered(kind, value)})

    def agreements(self, req: ApiRequest) -> ApiResponse:
        """`GET /agreements`: the consents, named and worded in the asked language."""
        items = []
        for agreement in self.store.refs("agreements"):
            item = {k: agreement[k] for k in ("agreement_id", "text_id", "communication_channel_id",
                                              "last_change") if agreement.get(k)}
            for key in ("name", "text", "withdrawal_text"):
                item[key] = self._text(agreement.get(key, ""), req.lang)
            items.append(item)
        for name in ("text_id", "communication_channel_id"):
            if name in req.params:
                items = [i for i in items if i.get(name) == req.params[name]]
        return self.ok(Paging.of(req).cut(items, "agreements"), max_age=REFERENCE_MAX_AGE)

    def create_customer(self, req: ApiRequest) -> ApiResponse:
        """A new customer with `personal_information` and its `consents` as sent (nothing
        else is assumed), from a known `customer_source`; an e-mail or phone another account
        has is refused (`already_exists`), so a repeated request never makes a second one."""
        body = self.body(req, v.POST_CUSTOMER)
        personal = body["customer"]["personal_information"]
        source = body["customer_source"]
        self._check_new_customer(body, personal, source)
        prefix = "customer.personal_information."
        with self.store.transaction():  # checked and written at once: two tills, one account
            for kind in ("email", "phone"):
                if personal.get(kind) and self._registered(kind, personal[kind]):
                    raise bad_request(prefix + kind, "already_exists", personal[kind],
                                      f"Another customer has this {kind}.")
            customer_id = self.store.add_customer(personal, personal.get("consents") or [],
                                                  source)
        log.info("customer %s registered", customer_id)
        return self.ok({"customer_id": customer_id}, status=201)

    def _check_new_customer(self, body: Mapping[str, Any], personal: Mapping[str, Any],
                            source: Mapping[str, Any]) -> None:
        prefix = "customer.personal_information."
        problems = v.Problems()
        email, phone = personal.get("email"), personal.get("phone")
        if email is not None and not rules.EMAIL_PATTERN.match(email):
            problems.add(prefix + "email", "invalid_value_format", email, "Not an e-mail address.")
        if phone is not None and not rules.PHONE_PATTERN.match(phone):
            problems.add(prefix + "phone", "invalid_value_format", phone,
                         "A phone number is digits with the international prefix.")
        languages = {lang["language_id"] for lang in self.store.refs("languages")}
        if personal["language_id"] not in languages:
            problems.add(prefix + "language_id", "not_found", personal["language_id"])
        if personal.get("store_id") and self.store.ref("stores", personal["store_id"]) is None:
            problems.add(prefix + "store_id", "not_found", personal["store_id"])
        known = {a["agreement_id"] for a in self.store.refs("agreements")}
        seen: set[str] = set()
        for i, consent in enumerate(personal.get("consents") or []):
            name = f"{prefix}consents[{i}].consent_id"
            if consent["consent_id"] not in known:
                problems.add(name, "not_found", consent["consent_id"], "No such consent.")
            elif consent["consent_id"] in seen:
                problems.add(name, "already_exists", consent["consent_id"], "Given twice.")
            seen.add(consent["consent_id"])
        if self.store.ref("customer_sources", source["customer_source_id"]) is None:
            problems.add("customer_source.customer_source_id", "not_found",
                         source["customer_source_id"], "No such customer source.")
        if body["autologin"] and not body.get("password"):
            problems.add("password", "required", "", "autologin needs a password.")
        if problems:
            raise Refused(400, problems=problems)

    def verify_auth_token(self, req: ApiRequest) -> ApiResponse:
        """The customer behind a one-time token from their mobile app (minted by `POST
        /sandbox/auth-tokens`): once, within 5 minutes, for the application it names."""
        body = self.body(req, v.VERIFY_AUTH_TOKEN)
        app_id = body["application_id"]
        if app_id not in self.store.seed["external_applications"]:
            raise bad_request("application_id", "not_found", app_id, "Unknown external application.")
        request_id = body["token_request_id"]
        with self.store.transaction():  # a token works once, even for two kiosks at a time
            customer_id = rules.check_auth_token(self.store.auth_token(request_id), body["token"],
                                                 app_id, self.store.timestamp())
            self.store.use_auth_token(request_id)
        log.info("auth token verified (request %s…)", request_id[:8])
        return self.ok({"customer_id": customer_id})
