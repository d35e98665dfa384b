"""Customers: finding them (filters, search, phone, the app's one-time QR), reading one
with their cards and vouchers, and enrolling a new one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kiosk_app.api import models as m
from kiosk_app.api.transport import Transport, check_id, segment


class Customers(Transport):
    """`/customers`: who is at the till, and a new member's account."""

    async def find_customers(self, **filters: str) -> list[m.Customer]:
        """`GET /customers` by email / phone / first_name+last_name / birthdate (many may match)."""
        return await self.list_all("customers", "customers", m.Customer, filters)

    async def search_customers(self, **filters: str) -> list[m.CustomerMatch]:
        data = await self.request(
            "GET", "customers/actions/search-customers", params={"mode": "strict", **filters}
        )
        return m.decode(data, m.CustomerSearchResult, what="customer search").strict

    async def customers_by_phone(self, phone: str) -> list[m.Customer]:
        """Customers whose phone on file is exactly this number (digits with the international
        prefix; spaces, dashes, brackets and a leading + or 00 are dropped). At most two are
        fetched: enough to tell one match from several, never a list of other people's accounts."""
        digits = re.sub(r"[\s\-.()/]", "", phone).removeprefix("+").removeprefix("00")
        if not re.fullmatch(r"[1-9][0-9]{7,14}", digits):
            raise ValueError("Not a phone number with an international prefix.")
        found, _ = await self.page("customers", "customers", m.Customer, {"phone": digits},
                                   count=2)
        return [c for c in found if c.personal_information.phone is None
                or re.sub(r"\D", "", c.personal_information.phone) == digits]

    async def get_customer(self, customer_id: str) -> m.Customer:
        return await self.get(f"customers/{segment(customer_id)}", m.Customer)

    async def get_customer_cards(self, customer_id: str) -> list[m.Card]:
        return await self.list_all(f"customers/{segment(customer_id)}/cards", "cards", m.Card)

    async def customer_cards_page(self, customer_id: str, *, offset: int = 0, count: int = 20
                                  ) -> tuple[list[m.Card], int | None]:
        """One page of the customer's cards and how many there are in all."""
        return await self.page(f"customers/{segment(customer_id)}/cards", "cards", m.Card,
                               count=count, offset=offset)

    async def get_customer_vouchers(
        self, customer_id: str, *, valid_only: bool = True
    ) -> list[m.Voucher]:
        params = {"is_valid": "true"} if valid_only else None
        return await self.list_all(f"customers/{segment(customer_id)}/vouchers", "vouchers",
                                   m.Voucher, params)

    async def customer_vouchers_page(self, customer_id: str, *, offset: int = 0,
                                     count: int = 20) -> tuple[list[m.Voucher], int | None]:
        """One page of the customer's valid vouchers and how many there are in all."""
        return await self.page(f"customers/{segment(customer_id)}/vouchers", "vouchers",
                               m.Voucher, {"is_valid": "true"}, count=count, offset=offset)

    # --- customer identification by the one-time QR of their mobile app --------------------

    async def verify_auth_token(self, token: str, token_request_id: str,
                                application_id: str) -> str:
        """The customer id behind a one-time token (see `models.parse_auth_qr`). A token works
        once, so the call is never repeated: after a lost answer, the customer scans anew."""
        for name, value in (("token", token), ("token_request_id", token_request_id),
                            ("application_id", application_id)):
            check_id(name, value)
        data = await self.request(
            "POST",
            "customers/actions/verify-auth-token",
            json={"application_id": application_id, "token": token,
                  "token_request_id": token_request_id},
            retry=False,
        )
        return m.decode(data, m.AuthTokenVerified, what="verify-auth-token response").customer_id

    # --- enrolment (a new member) --------------------------------------------------------------

    async def registration_ability(self, kind: str, value: str) -> bool:
        """`check-registration-ability`: may a new account use this e-mail (`kind` "email") or
        phone ("phone", digits with the international prefix)? False: one already does. A
        question that changes nothing, so it is retried on transient failures."""
        if kind not in ("email", "phone"):
            raise ValueError("kind must be 'email' or 'phone'.")
        data = await self.request("POST", "customers/actions/check-registration-ability",
                                  json={"type": kind, "value": value}, retry=True)
        return m.decode(data, m.RegistrationAbility,
                        what="check-registration-ability response").registration_ability

    async def create_customer(self, *, first_name: str, last_name: str, language_id: str,
                              customer_source_id: str, email: str | None = None,
                              phone: str | None = None, store_id: str | None = None,
                              consents: Sequence[str] = ()) -> str:
        """`POST /customers` → the new customer's id. `consents` are the ids of the consents
        the customer gave (sent as `consents` with value 1, never the deprecated `agreement`
        block; nothing is sent for the others). Never repeated here: after a lost answer the
        caller looks the customer up before asking again (see `services.enrolment`)."""
        check_id("customer_source_id", customer_source_id)
        for consent_id in consents:
            check_id("consent_id", consent_id)
        personal: dict[str, Any] = {"first_name": first_name, "last_name": last_name,
                                    "language_id": language_id}
        for name, value in (("email", email), ("phone", phone), ("store_id", store_id)):
            if value:
                personal[name] = value
        if consents:
            personal["consents"] = [{"consent_id": c, "consent_value": 1}
                                    for c in dict.fromkeys(consents)]
        data = await self.request("POST", "customers", json={
            "customer": {"personal_information": personal},
            "customer_source": {"customer_source_id": customer_source_id},
            "autologin": False,
        }, retry=False)
        return m.decode(data, m.CustomerCreated, what="POST /customers response").customer_id
