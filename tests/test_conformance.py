"""The whole slice the screens use, walked through the client: every request and answer
(successes and refusals) is validated against the vendor's spec by the `spec_checker`."""

from __future__ import annotations

import pytest

from kiosk_app.api import ApiError, BadRequest
from kiosk_app.api import models as m
from tests.conftest import DEMO
from tests.helpers import bill, final, item, request

STORE = {"store_id": "st-prague", "cashdesk_number": 2}


@pytest.mark.asyncio
async def test_every_operation_of_the_slice_conforms(sandbox, make_client, spec_checker, control) -> None:
    client = make_client(sandbox, language="cs")
    await client.login(DEMO)
    for get in (client.get_stores, client.get_currencies, client.get_languages,
                client.get_purchase_types, client.get_purchase_item_types, client.get_card_types,
                client.get_products):
        assert await get()
    assert await client.get_products(code="1001")
    card = await client.find_card("2000000000015")
    assert card and card.card_id
    assert (await client.get_card(card.card_id)).card_number == card.card_number
    free = await client.find_card("2000000000091")
    assert free is not None
    await client.update_card(m.Card(card_id=free.card_id, card_type_id=free.card_type_id,
                                    card_number=free.card_number, state=1,
                                    customer_id="cu-zofia"))
    await client.find_customers(email="jana.novakova@example.com")
    await client.find_customers(phone="420601111222")
    await client.find_customers(first_name="Jana", last_name="Nováková")
    await client.find_customers(birthdate="1985-04-12")
    await client.search_customers(first_name="Jana", last_name="Nováková")
    await client.get_customer("cu-jana")
    await client.get_customer_cards("cu-jana")
    await client.get_customer_points("cu-jana")
    await client.get_points_overview("cu-jana")
    await client.get_customer_vouchers("cu-jana")
    sent = await client.send_otp(DEMO.external_app_id, "420601111222")
    code = control.get("otp").json()["otps"][0]["code"]
    assert await client.verify_otp(DEMO.external_app_id, sent.request_id, code)

    quote = bill(item("1001", 2), item("2001"), item("3002"))
    rewards = await client.recommended_best_rewards(**STORE, bill=quote, customer_id="cu-jana",
                                                    list_type="F")
    assert rewards
    accepted = await client.accept_payment(**STORE, bill=quote, card_number="2000000000015",
                                           benefit_codes=["COFFEE2", "MUG100"], max_points=20)
    recap = m.PaymentRecap(credit_points=accepted.credit_points,
                           recommended_discounts=accepted.recommended_discounts)
    discounts = [(d.discount_code or "", d.discount_value or 0)
                 for d in accepted.recommended_discounts]
    await client.send_purchase(request(final(quote, recap=recap, discounts=discounts),
                                       card_number="2000000000015"))

    # refusals conform too: 400 with invalid_params, 404
    for call in (
        client.accept_payment(**STORE, bill=quote, card_number="2000000000039"),
        client.get_customer("cu-nobody"),
        client.verify_otp(DEMO.external_app_id, sent.request_id, code),
    ):
        with pytest.raises(ApiError):
            await call
    with pytest.raises(BadRequest):
        await client.send_purchase(request(final(quote), card_number="2000000000015"))
    await client.logout()
    await client.aclose()

    operations = {entry.rsplit(" ", 1)[0].split("?")[0] for entry in spec_checker.checked}
    assert len(operations) >= 25
    assert not spec_checker.problems
