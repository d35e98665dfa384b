"""What a cashier reads when something fails: one translated sentence per cause, saying what to do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk_app.api import (
    ApiError,
    BadRequest,
    Forbidden,
    NotFound,
    ProtocolError,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
)
from kiosk_app.api.errors import NotSignedIn

CONTEXT = "Errors"

REASONS: dict[str, str] = {
    "card_is_blocked": QT_TRANSLATE_NOOP(
        "Errors", "This card is blocked. Ask the customer for another card or look them up."),
    "voucher_expired": QT_TRANSLATE_NOOP(
        "Errors", "This voucher has expired. Remove it from the bill."),
    "voucher_already_used": QT_TRANSLATE_NOOP(
        "Errors", "This voucher has already been used. Remove it from the bill."),
    "voucher_already_applied": QT_TRANSLATE_NOOP(
        "Errors", "This voucher is already on the bill. Apply it only once."),
    "not_enough_points_for_voucher": QT_TRANSLATE_NOOP(
        "Errors", "The customer does not have enough points for this reward. Remove it."),
    "insufficient_amount_of_purchase": QT_TRANSLATE_NOOP(
        "Errors", "The bill is too small for this reward. Add items or remove the reward."),
    "not_enough_points_for_payment": QT_TRANSLATE_NOOP(
        "Errors", "The customer does not have that many points. Lower the points to redeem."),
    "customer_cant_pay_by_points": QT_TRANSLATE_NOOP(
        "Errors", "This customer cannot pay with points. Set the points to redeem to 0."),
    "item_price_lower_than_paid_amount": QT_TRANSLATE_NOOP(
        "Errors", "An item's paid amount is higher than its price. Correct the item."),
    "already_exists": QT_TRANSLATE_NOOP(
        "Errors", "This was already recorded. Nothing more to do."),
    "relation_already_exists": QT_TRANSLATE_NOOP(
        "Errors", "This card already belongs to another customer. Use another card."),
    "not_found": QT_TRANSLATE_NOOP(
        "Errors", "Not found. Check the number or code and try again."),
    "required": QT_TRANSLATE_NOOP("Errors", "Something required is missing. Fill it in."),
    "empty": QT_TRANSLATE_NOOP("Errors", "Something required is empty. Fill it in."),
    "invalid_value_format": QT_TRANSLATE_NOOP(
        "Errors", "A value has the wrong format. Check what you typed."),
    "not_allowed_value": QT_TRANSLATE_NOOP(
        "Errors", "This value is not allowed here. Check what you entered."),
    "not_belong_to_logged_in_customer": QT_TRANSLATE_NOOP(
        "Errors", "This belongs to another customer. Check the customer."),
    "deleted": QT_TRANSLATE_NOOP("Errors", "This record was deleted. Use another one."),
    "otp_expired": QT_TRANSLATE_NOOP(
        "Errors", "The code has expired. Send a new code."),
    "otp_already_used": QT_TRANSLATE_NOOP(
        "Errors", "This code was already used. Send a new code."),
}

# Reasons that mean something particular on a given field.
FIELD_REASONS: dict[tuple[str, str], str] = {
    ("login", "not_allowed_value"): QT_TRANSLATE_NOOP(
        "Errors", "Wrong user name or password. Type them again."),
    ("user_external_application_id", "not_found"): QT_TRANSLATE_NOOP(
        "Errors", "This till is not registered in CareCloud. Ask support to check the setup."),
    ("card_number", "not_allowed_value"): QT_TRANSLATE_NOOP(
        "Errors", "This card is not valid now. Ask for another card or look the customer up."),
    ("card_number", "not_found"): QT_TRANSLATE_NOOP(
        "Errors", "This card is not known. Check the number or look the customer up."),
    ("benefit_codes", "not_found"): QT_TRANSLATE_NOOP(
        "Errors", "Unknown reward or voucher code. Check the code."),
    ("benefit_codes", "not_allowed_value"): QT_TRANSLATE_NOOP(
        "Errors", "This reward cannot be applied to this bill (or not that many times)."),
    ("payment_type", "not_allowed_value"): QT_TRANSLATE_NOOP(
        "Errors", "This payment type does not allow whole-bill discounts. Choose another type."),
    ("recipient", "invalid_value_format"): QT_TRANSLATE_NOOP(
        "Errors", "That is not a valid phone number or e-mail. Check it."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe(exc: BaseException) -> str:
    """One sentence for the cashier, in the current language."""
    from kiosk_app.domain.quote import PointsHeld, QuoteRefused
    from kiosk_app.domain.refusal import (
        BillRefused,
        LookupRefused,
        NoCustomer,
        NotCancellable,
        Refused,
        SessionClosed,
        SetupError,
    )

    if isinstance(exc, BadRequest):
        for param in exc.invalid_params:
            field_name = param.name.split(".")[-1].split("[")[0]
            text = FIELD_REASONS.get((field_name, param.reason)) or REASONS.get(param.reason)
            if text:
                return tr(text)
        return tr(QT_TRANSLATE_NOOP("Errors", "CareCloud refused this. Check the input and "
                                    "try again."))
    if isinstance(exc, PointsHeld):
        return tr(QT_TRANSLATE_NOOP("Errors", "These points are being used at another till or "
                                    "kiosk. Use fewer points, or wait until that sale is "
                                    "done."))
    if isinstance(exc, QuoteRefused):
        return tr(QT_TRANSLATE_NOOP("Errors", "CareCloud's price for this bill does not add up, "
                                    "so it is not used. Retry, or sell without loyalty "
                                    "benefits and tell support."))
    if isinstance(exc, SetupError):
        return tr(QT_TRANSLATE_NOOP("Errors", "The CareCloud project lacks stores, currencies or "
                                    "purchase types this till needs. Ask support to set it up."))
    if isinstance(exc, SessionClosed):
        return tr(QT_TRANSLATE_NOOP("Errors", "This sale is already confirmed. Start a new "
                                    "customer."))
    if isinstance(exc, BillRefused):
        return tr(QT_TRANSLATE_NOOP("Errors", "That cannot go on this bill. Check the price "
                                    "and the quantity."))
    if isinstance(exc, NoCustomer):
        return tr(QT_TRANSLATE_NOOP("Errors", "Identify the customer first: scan their card "
                                    "or find them."))
    if isinstance(exc, NotCancellable):
        return tr(QT_TRANSLATE_NOOP("Errors", "Only a sent purchase that is not cancelled yet "
                                    "can be cancelled."))
    if isinstance(exc, LookupRefused):
        return tr(QT_TRANSLATE_NOOP("Errors", "Fill in at least one field."))
    if isinstance(exc, Refused):
        return tr(QT_TRANSLATE_NOOP("Errors", "This cannot be done now."))
    if isinstance(exc, NotSignedIn | Unauthorized):
        return tr(QT_TRANSLATE_NOOP("Errors", "Your session has ended. Sign in again."))
    if isinstance(exc, Forbidden):
        return tr(QT_TRANSLATE_NOOP("Errors", "This user may not do this. Ask a manager."))
    if isinstance(exc, NotFound):
        return tr(QT_TRANSLATE_NOOP("Errors", "Not found in CareCloud. Check the number."))
    if isinstance(exc, RateLimited | ServerError):
        return tr(QT_TRANSLATE_NOOP("Errors", "CareCloud is busy or failing. Wait a moment and "
                                    "try again; nothing was lost."))
    if isinstance(exc, TransportError):
        return tr(QT_TRANSLATE_NOOP("Errors", "Cannot reach CareCloud. Check the network and "
                                    "try again; nothing was lost."))
    if isinstance(exc, ProtocolError):
        return tr(QT_TRANSLATE_NOOP("Errors", "CareCloud answered something unexpected. Try "
                                    "again; if it goes on, call support."))
    if isinstance(exc, ApiError):
        return tr(QT_TRANSLATE_NOOP("Errors", "CareCloud reported a problem. Try again."))
    return tr(QT_TRANSLATE_NOOP("Errors", "Something went wrong. Try again."))
