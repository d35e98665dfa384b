"""What a scan does where: one policy per context, the same from every screen.

`codes.classify` says what a code is; `decide` says what the till or kiosk does with it in
the context it is in. The windows carry out the action; no screen decides for itself. The
README's table "What a scan does where" is `markdown_table()` (a test keeps them equal).
"""

from __future__ import annotations

import enum

from kiosk_app.domain.codes import Kind


class Context(enum.Enum):
    SIGNED_OUT = "Counter: signed out"
    NO_SALE = "Counter: no customer, empty bill"
    SALE = "Counter: a sale open"
    DONE = "Counter: sale confirmed (Done)"
    JOINING = "Joining: the card step"
    WELCOME = "Kiosk: nobody on show"
    MEMBER = "Kiosk: a member on show"
    STAFF = "Kiosk: staff functions"


class Action(enum.Enum):
    SIGN_IN_FIRST = "says: sign in first"
    IDENTIFY = "identifies the customer; the bill shows"
    IDENTIFY_FOR_BILL = ("the customer of this bill; another customer's asks: move the bill "
                         "to them, keep it, or start a new bill for them")
    NEW_SALE_IDENTIFY = "starts a new sale for that customer"
    ADD_TO_BILL = ("asks CareCloud: a product goes on the bill (Bill shows), a voucher onto "
                   "the bill's vouchers (Rewards shows), a gift card shows its balance")
    NEW_SALE_ADD = "starts a new sale without a card and adds it as above"
    CARD_OR_BILL = "asks CareCloud: a card as in the row above, else as a code for the bill"
    OFFER_CLAIM = "asks whether the receipt's points go to the customer on show, then claims"
    CLAIM_NEEDS_CUSTOMER = "says: identify the customer first, then scan the receipt"
    TO_JOINING = "is the new member's card"
    FINISH_JOINING = "says: scan the new member's card here, or finish joining first"
    KIOSK_IDENTIFY = "identifies the shopper; their home shows"
    KIOSK_SWITCH = "the same member's changes nothing; another's starts their visit"
    GIFT_BALANCE = "a gift card's balance shows over the screen; anything else is refused"
    KIOSK_CLAIM = "the receipt's points go to the member on show"
    KIOSK_CLAIM_NEEDS_MEMBER = "says: scan your card first, then the receipt"
    NOT_A_CODE = "says it is not a code this till knows"
    IGNORE = "is ignored"


_COUNTER_CARD = {
    Context.SIGNED_OUT: Action.SIGN_IN_FIRST,
    Context.NO_SALE: Action.IDENTIFY,
    Context.SALE: Action.IDENTIFY_FOR_BILL,
    Context.DONE: Action.NEW_SALE_IDENTIFY,
    Context.JOINING: Action.TO_JOINING,
}
_KIOSK_CARD = {Context.WELCOME: Action.KIOSK_IDENTIFY, Context.MEMBER: Action.KIOSK_SWITCH,
               Context.STAFF: Action.IGNORE}

TABLE: dict[Kind, dict[Context, Action]] = {
    Kind.CARD: {**_COUNTER_CARD, **_KIOSK_CARD},
    Kind.MAYBE_CARD: {**{c: Action.CARD_OR_BILL for c in _COUNTER_CARD},
                      Context.SIGNED_OUT: Action.SIGN_IN_FIRST,
                      Context.JOINING: Action.TO_JOINING, **_KIOSK_CARD},
    Kind.CUSTOMER_QR: {**_COUNTER_CARD, Context.JOINING: Action.FINISH_JOINING,
                       **_KIOSK_CARD},
    Kind.GOODS: {Context.SIGNED_OUT: Action.SIGN_IN_FIRST, Context.NO_SALE: Action.ADD_TO_BILL,
                 Context.SALE: Action.ADD_TO_BILL, Context.DONE: Action.NEW_SALE_ADD,
                 Context.JOINING: Action.FINISH_JOINING, Context.WELCOME: Action.GIFT_BALANCE,
                 Context.MEMBER: Action.GIFT_BALANCE, Context.STAFF: Action.IGNORE},
    Kind.RECEIPT_QR: {Context.SIGNED_OUT: Action.SIGN_IN_FIRST,
                      Context.NO_SALE: Action.CLAIM_NEEDS_CUSTOMER,
                      Context.SALE: Action.OFFER_CLAIM, Context.DONE: Action.OFFER_CLAIM,
                      Context.JOINING: Action.FINISH_JOINING,
                      Context.WELCOME: Action.KIOSK_CLAIM_NEEDS_MEMBER,
                      Context.MEMBER: Action.KIOSK_CLAIM, Context.STAFF: Action.IGNORE},
    Kind.NOT_A_CODE: {**{c: Action.NOT_A_CODE for c in Context},
                      Context.SIGNED_OUT: Action.SIGN_IN_FIRST, Context.STAFF: Action.IGNORE},
}

KIND_NAMES = {
    Kind.CARD: "Loyalty card (a card type's prefix)",
    Kind.MAYBE_CARD: "Digits, in a project without card prefixes",
    Kind.GOODS: "Product PLU, voucher or gift card",
    Kind.CUSTOMER_QR: "App's one-time QR `CCAUTH:…`",
    Kind.RECEIPT_QR: "Receipt's QR `CCBILL:…`",
    Kind.NOT_A_CODE: "Anything else",
}


def decide(context: Context, kind: Kind) -> Action:
    """What a scan of `kind` does in `context`."""
    return TABLE[kind][context]


def markdown_table() -> str:
    """The policy as the README shows it: one row per kind of code, one column per context."""
    contexts = list(Context)
    lines = ["| Scanned | " + " | ".join(c.value for c in contexts) + " |",
             "| --- |" + " --- |" * len(contexts)]
    for kind, name in KIND_NAMES.items():
        lines.append(f"| {name} | " + " | ".join(decide(c, kind).value for c in contexts) + " |")
    return "\n".join(lines)
