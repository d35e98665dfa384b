"""Vouchers and rewards: a voucher by its code, a gift card's balance, the rewards
catalogue, and buying a catalogue reward's voucher with points (once per tap)."""

from __future__ import annotations

from typing import Any

import msgspec

from kiosk_app.api import models as m
from kiosk_app.api.errors import BadRequest, ProtocolError, RateLimited, ServerError, TransportError
from kiosk_app.api.recovery import write_once
from kiosk_app.api.transport import Transport, check_id, segment

# a create-voucher failure after which the voucher may exist all the same
_MAYBE_MADE = (BadRequest, TransportError, ServerError, RateLimited, ProtocolError)


class Vouchers(Transport):
    """`/vouchers` and `/rewards`: what a code is worth and what points can buy."""

    async def find_vouchers(self, code: str) -> list[m.Voucher]:
        """`GET /vouchers?code=`: a typed or scanned voucher code, whoever it belongs to."""
        items, _ = await self.page("vouchers", "vouchers", m.Voucher, {"code": code}, count=10)
        return [v for v in items if v.code == code]

    async def gift_card_balance(self, code: str) -> m.GiftCardBalance:
        """The value left on a gift card (by the code printed on it) and, from the voucher
        (`GET /vouchers?code=`), its validity. Changes nothing, so it is retried."""
        code = code.strip() if isinstance(code, str) else code
        check_id("code", code)
        data = await self.request("POST", "vouchers/actions/gift-card-balance",
                                  json={"code": code}, retry=True)
        balance = m.decode(data, m.GiftCardBalance, what="gift-card-balance response")
        voucher = next((v for v in await self.find_vouchers(code)
                        if balance.voucher_id in (None, v.voucher_id)), None)
        if voucher is None:
            return msgspec.structs.replace(balance, code=code)
        return msgspec.structs.replace(balance, code=code, valid_from=voucher.valid_from,
                                       valid_to=voucher.valid_to, applied_date=voucher.applied_date)

    async def get_rewards(self, **filters: Any) -> list[m.Reward]:
        """Catalogue rewards (`code`, `name`, `is_valid`...); names follow Accept-Language."""
        return await self.list_all("rewards", "rewards", m.Reward, filters, cache=True)

    async def rewards_catalogue(
        self,
        *,
        store_id: str | None = None,
        name: str | None = None,
        valid_only: bool = True,
        reward_group: int | None = 1,
        offset: int = 0,
        count: int = 20,
    ) -> tuple[list[m.Reward], int | None]:
        """One page of what a customer can buy with points (catalogue rewards, `reward_group`
        1, valid now) and how many there are; names follow Accept-Language. Cached as the
        server allows: the catalogue is the same for every customer."""
        params = {"store_id": store_id, "name": name or None,
                  "is_valid": "true" if valid_only else None,
                  "reward_group": reward_group}
        return await self.page("rewards", "rewards", m.Reward, params, count=count,
                               offset=offset, cache=True)

    async def create_reward_voucher(self, reward_id: str, customer_id: str, *, code: str,
                                    note: str | None = None) -> str:
        """Buy a voucher of a catalogue reward with the customer's points; its voucher id.

        `code` is made once per tap (`models.new_voucher_code()`) and sent with every try: the
        server refuses a second voucher with that code, so the call is retried, and after a
        refusal or a lost answer the code is looked up, and the voucher it names (this
        customer's, this reward's) is the answer. One tap: one voucher, points spent once.
        """
        check_id("reward_id", reward_id)
        check_id("customer_id", customer_id)
        if not m.voucher_code_ok(code):
            raise ValueError("code must be 6 to 50 capitals and digits (see new_voucher_code).")
        body: dict[str, Any] = {"customer_id": customer_id, "code": code}
        if note:
            body["note"] = note
        path = f"rewards/{segment(reward_id)}/actions/create-voucher"

        async def post() -> str:
            data = await self.request("POST", path, json=body, retry=True)
            return m.decode(data, m.VoucherCreated, what="create-voucher response").voucher_id

        return await write_once(
            post, lambda _failure: self._voucher_made(code, customer_id, reward_id),
            # refused, or no usable answer (lost, or garbled): an earlier try, or this one,
            # may have made it all the same
            unsure=lambda exc: isinstance(exc, _MAYBE_MADE), what="create-voucher")

    async def _voucher_made(self, code: str, customer_id: str, reward_id: str) -> str | None:
        """The id of the voucher with this tap's `code`, if it is this customer's voucher of
        this reward; None when there is none."""
        for voucher in await self.find_vouchers(code):
            reward = voucher.reward.reward_id if voucher.reward else None
            if voucher.customer_id == customer_id and reward in (None, reward_id) \
                    and voucher.voucher_id:
                return voucher.voucher_id
        return None
