"""The sandbox's rules as pure functions over plain data: no HTTP, no SQL (only `otp_code`
and `auth_token` draw from `secrets`). Money is exact `Decimal`, rounded by `kiosk_app.money.money`.

`price()` answers accept-payment; `commit()` checks and plans send-purchase with the same
voucher and points checks and the same earning rule (`use_voucher`, `check_points`,
`earns_points`, `points_earned`), so a quote and the purchase that follows it cannot be
judged by two sets of rules. (Credit: a quote offers at most the balance, a purchase
spending more is refused by `check_credit`.) A refusal is a `RuleError` naming the
request field and the spec's reason; the API layer turns it into `400 invalid_params`.

Whether a card, voucher, reward, status record, points record or hold is valid at a moment
is judged by `kiosk_app.validity` (the app's one rule: a date-only end covers its whole
day, a missing bound is open), never by comparing texts. `now` is the sandbox clock's
`YYYY-MM-DD HH:MM:SS`.
"""

from __future__ import annotations

import re
import secrets
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from functools import lru_cache
from typing import Any

from kiosk_app import validity
from kiosk_app.money import ZERO, money
from kiosk_app.sandbox import engine
from kiosk_app.sandbox.engine import Line, dec


@dataclass(frozen=True)
class Problem:
    """One refused field: the request's field name and the spec's reason."""

    field: str
    reason: str
    value: Any = ""
    message: str = ""


class RuleError(Exception):
    """A request the rules refuse, e.g. `RuleError("benefit_codes", "voucher_expired", code)`."""

    def __init__(self, field: str, reason: str, value: Any = "", message: str = "") -> None:
        self.problems = [Problem(field, reason, value, message or f"{field}: {reason}")]
        super().__init__(f"{field}: {reason}")

    @classmethod
    def of(cls, problems: Sequence[Problem]) -> RuleError:
        """One refusal naming several fields at once."""
        error = cls(problems[0].field, problems[0].reason)
        error.problems = list(problems)
        return error


@dataclass(frozen=True)
class Project:
    """The project settings the rules use, per currency id."""

    earn_rate: Mapping[str, Decimal]  # points earned per unit of money paid
    point_value: Mapping[str, Decimal]  # money one point pays

    @classmethod
    def from_seed(cls, project: Mapping[str, Any]) -> Project:
        return cls(earn_rate={k: dec(v) for k, v in project["earn_rate"].items()},
                   point_value={k: dec(v) for k, v in project["point_value"].items()})


@dataclass(frozen=True)
class Buyer:
    """The customer (if any) behind a purchase, as the rules need to see them."""

    customer_id: str | None = None
    card_type_ids: frozenset[str] = frozenset()
    available_points: Decimal = ZERO
    credit: Decimal = ZERO
    points_payment: bool = False
    has_purchases: bool = False
    vouchers: tuple[Mapping[str, Any], ...] = ()  # all of the customer's vouchers


@dataclass(frozen=True)
class Applied:
    """A reward or voucher taken off one bill item."""

    code: str
    reward: Mapping[str, Any]
    bill_item_id: str
    value: Decimal
    percent: Decimal | None


@dataclass
class Quote:
    """What accept-payment answers; `notes` are message keys and values for the cashier."""

    discounts: list[Applied] = field(default_factory=list)
    vouchers: list[Applied] = field(default_factory=list)
    points_cost: Decimal = ZERO
    credit_points: Decimal = ZERO
    points_money: Decimal = ZERO
    credit: Decimal = ZERO
    earned: int = 0
    total_points: Decimal = ZERO
    total_credit: Decimal = ZERO
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@dataclass(frozen=True)
class Commitment:
    """What send-purchase changes: vouchers used, points taken (oldest first), credit, earned."""

    voucher_codes: tuple[str, ...]
    taken: tuple[tuple[str, Decimal], ...]
    credit: Decimal
    earned: int
    earned_valid_to: str


@dataclass(frozen=True)
class Recommendation:
    """A reward or voucher recommended for a bill, and how often it can apply now."""

    code: str
    reward: Mapping[str, Any]
    max_count: int


OTP_VALIDITY = 3600.0  # seconds a one-time password can be used
AUTH_TOKEN_VALIDITY = 300.0  # seconds a customer's auth token (the app's QR) can be used
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


# --- one-time passwords ------------------------------------------------------------------------


def otp_code(otp_type: int) -> str:
    """A new code: 6 digits for a numeric one (type 2), else 8 unambiguous letters and digits."""
    if otp_type == 2:
        return "".join(secrets.choice("0123456789") for _ in range(6))
    return "".join(secrets.choice(_ALNUM) for _ in range(8))


def check_otp(otp: Mapping[str, Any] | None, request_id: str, code: str, now: float) -> bool:
    """True for the right code within the hour, once; a used or expired code is refused."""
    if otp is None:
        raise RuleError("request_id", "not_found", request_id, "Unknown request.")
    if otp["used_at"] is not None:
        raise RuleError("verification_code", "otp_already_used", "", "This code has already been used.")
    if otp["expires_at"] < now:
        raise RuleError("verification_code", "otp_expired", "", "This code has expired.")
    return secrets.compare_digest(otp["code"].upper().encode(), code.strip().upper().encode())


# --- customer auth tokens (the one-time QR of the customer's mobile app) -----------------------


def auth_token() -> tuple[str, str]:
    """A new (token, token_request_id): 6 unambiguous capitals and digits, like the spec's
    `V952TL`, and 64 hex characters that tell two customers' same token apart."""
    return "".join(secrets.choice(_ALNUM) for _ in range(6)), secrets.token_hex(32)


def check_auth_token(record: Mapping[str, Any] | None, token: str, application_id: str,
                     now: float) -> str:
    """The customer id of a right, unused, unexpired token for this application, else why not.

    The token is compared before anything else, so a guess learns nothing about the request.
    """
    if record is None:
        raise RuleError("token_request_id", "not_found", "", "Unknown token request.")
    if not secrets.compare_digest(record["token"].encode(), token.strip().upper().encode()):
        raise RuleError("token", "not_allowed_value", "", "Wrong token for this request.")
    if record["app_id"] != application_id:
        raise RuleError("application_id", "not_allowed_value", application_id,
                        "The token was issued for another application.")
    if record["used_at"] is not None:
        raise RuleError("token", "auth_token_already_used", "", "This token has already been used.")
    if record["expires_at"] < now:
        raise RuleError("token", "auth_token_expired", "", "This token has expired.")
    return str(record["customer_id"])


# --- statuses (tiers) ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusProgress:
    """What a customer still lacks to keep their status and to reach the next one (≥ 0)."""

    keep_points: Decimal | None
    keep_turnover: dict[str, Decimal]
    next_status_id: str | None = None
    next_points: Decimal | None = None
    next_turnover: dict[str, Decimal] = field(default_factory=dict)


def status_progress(status: Mapping[str, Any], following: Mapping[str, Any] | None, *,
                    points: Decimal, turnover: Mapping[str, Decimal], project: Project
                    ) -> StatusProgress:
    """Points and turnover missing to keep `status` and to reach `following`.

    `turnover` is what was spent per currency in the period; it counts in every currency,
    converted by the ratio of the currencies' earn rates (1 EUR = 25 CZK in the demo), so
    the missing amounts are one sum shown in each currency, as CareCloud shows them.
    """

    def achieved(currency: str) -> Decimal:
        rate = project.earn_rate.get(currency)
        if not rate:
            return dec(turnover.get(currency, 0))
        return sum((dec(amount) * project.earn_rate[cur] / rate
                    for cur, amount in turnover.items() if project.earn_rate.get(cur)), ZERO)

    def missing_points(target: Mapping[str, Any]) -> Decimal | None:
        need = target.get("qualification_points")
        return None if need is None else max(ZERO, dec(need) - points)

    def missing_turnover(target: Mapping[str, Any]) -> dict[str, Decimal]:
        return {t["currency_id"]: money(max(ZERO, dec(t["value"]) - achieved(t["currency_id"])))
                for t in target.get("qualification_turnover", [])}

    progress = StatusProgress(keep_points=missing_points(status),
                              keep_turnover=missing_turnover(status))
    if following is None:
        return progress
    return replace(progress, next_status_id=following["status_id"],
                               next_points=missing_points(following),
                               next_turnover=missing_turnover(following))


# --- validity: the app's one rule, applied to the sandbox's rows ---------------------------------


@lru_cache(maxsize=256)
def moment_of(now: str) -> datetime:
    """The moment a clock text names, parsed once per text (a list checks many rows at one
    `now`)."""
    parsed = validity.moment(now)
    if parsed is None:
        raise ValueError("no moment given")
    return parsed


@lru_cache(maxsize=4096)
def valid_at(now: str, valid_from: str | None, valid_to: str | None) -> bool:
    """`validity.valid_at` for a clock text; cached, as bulk rows share a few validities
    (a `--scale` list of a million cards parses each distinct one once)."""
    return validity.valid_at(moment_of(now), valid_from, valid_to)


def ended(valid_to: str | None, now: str) -> bool:
    """`validity.ended` for a clock text: a date-only end lasts until that day is over."""
    return validity.ended(valid_to, moment_of(now))


def not_yet(valid_from: str | None, now: str) -> bool:
    """`validity.not_yet` for a clock text."""
    return validity.not_yet(valid_from, moment_of(now))


# --- cards, vouchers and bills ----------------------------------------------------------------


def card_usable(card: Mapping[str, Any], now: str) -> bool:
    """Active, and `now` within its validity (a missing bound is unbounded)."""
    return card["state"] == 1 and valid_at(now, card.get("valid_from"), card.get("valid_to"))


def voucher_valid(voucher: Mapping[str, Any], now: str) -> bool:
    """Not used yet, and `now` within its validity."""
    return not voucher["applied_date"] and valid_at(now, voucher["valid_from"], voucher["valid_to"])


def reward_offered(reward: Mapping[str, Any], start: str | None, end: str | None) -> bool:
    """Whether the reward's validity (a missing bound is unbounded) meets the period from
    `start` to `end` (a moment or a date, its first second; None is open)."""
    return ((start is None or not ended(reward.get("valid_to"), start))
            and (end is None or not not_yet(reward.get("valid_from"), end)))


def status_record_valid(record: Mapping[str, Any], now: str) -> bool:
    """Active, and `now` within its validity: the one status a customer holds now."""
    return (record.get("state", 1) == 1
            and valid_at(now, record.get("valid_from"), record.get("valid_to")))


def check_card(card: Mapping[str, Any], card_number: str, customer_id: str | None,
               now: str) -> None:
    """A purchase's card must be active, valid now, and not someone else's."""
    if card["state"] != 1:
        raise RuleError("card_number", "card_is_blocked", card_number, "The card is blocked.")
    if not card_usable(card, now):
        raise RuleError("card_number", "not_allowed_value", card_number, "The card is not valid now.")
    if customer_id and card.get("customer_id") and customer_id != card["customer_id"]:
        raise RuleError("customer_id", "not_allowed_value", customer_id,
                        "The card belongs to another customer.")


def check_card_update(current: Mapping[str, Any], card: Mapping[str, Any], *, owner_known: bool,
                      card_type_known: bool) -> None:
    """A card may get an owner it lacks, never another one, and keeps its number."""
    owner = card.get("customer_id")
    if owner and not owner_known:
        raise RuleError("customer_id", "not_found", owner, "No such customer.")
    if current.get("customer_id") and owner and owner != current["customer_id"]:
        raise RuleError("customer_id", "relation_already_exists", owner,
                        "The card already belongs to another customer.")
    if card["card_number"] != current["card_number"]:
        raise RuleError("card_number", "not_allowed_value", card["card_number"],
                        "The card number cannot be changed.")
    if not card_type_known:
        raise RuleError("card_type_id", "not_found", card["card_type_id"])


# --- enrolment ----------------------------------------------------------------------------------

# What CareCloud checks in `personal_information` (the spec's patterns).
EMAIL_PATTERN = re.compile(
    r"^[-a-z0-9!#$%&'*+\\/=?^_`{|}~]+(\.[-a-z0-9!#$%&'*+\\/=?^_`{|}~]+)*@"
    r"([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\.)+[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])$")
PHONE_PATTERN = re.compile(r"^[1-9][0-9]*$")
PHONE_DIGITS = (10, 15)  # an international number: country code and subscriber number


def registration_value_ok(kind: str, value: str) -> bool:
    """`check-registration-ability`: an e-mail as the spec's pattern has it, or a phone in
    international form (digits, no leading zero)."""
    if kind == "email":
        return bool(EMAIL_PATTERN.match(value))
    return bool(PHONE_PATTERN.match(value)) and PHONE_DIGITS[0] <= len(value) <= PHONE_DIGITS[1]


def card_free(card: Mapping[str, Any], now: str) -> bool:
    """`validate-free-card`: it exists (the caller found it), has no customer, is not blocked
    and is valid now."""
    return not card.get("customer_id") and card_usable(card, now)


def check_free_card(card: Mapping[str, Any] | None, card_number: str, card_type_id: str,
                    now: str) -> None:
    """A card named in `assign-free-card` must exist, be free and be of the type asked for."""
    if card is None:
        raise RuleError("card_number", "not_found", card_number, "No such card.")
    if not card_free(card, now):
        raise RuleError("card_number", "not_allowed_value", card_number,
                        "The card is not free: it is blocked, not valid now or someone's.")
    if card["card_type_id"] != card_type_id:
        raise RuleError("card_type_id", "not_allowed_value", card_type_id,
                        "The card is of another card type.")


def check_bill(bill: Mapping[str, Any], *, currencies: Iterable[str], item_types: Iterable[str],
               purchase_types: Iterable[str] | None = None) -> None:
    """A bill must add up and name known currency and types (`purchase_types` for closed bills)."""
    if bill["currency_id"] not in set(currencies):
        raise RuleError("bill.currency_id", "not_found", bill["currency_id"])
    known_item_types = set(item_types)
    problems: list[Problem] = []
    ids: set[str] = set()
    for item in bill["bill_items"]:
        if item["bill_item_id"] in ids:
            problems.append(Problem("bill_item_id", "already_exists", item["bill_item_id"],
                                    "Duplicate bill item id."))
        ids.add(item["bill_item_id"])
        price = dec(item["price"])
        if price >= 0 and money(dec(item["paid_amount"])) > money(price * dec(item["quantity"])):
            problems.append(Problem("bill_item_id", "item_price_lower_than_paid_amount",
                                    item["bill_item_id"], "The paid amount exceeds the item price."))
        if item["purchase_item_type_id"] not in known_item_types:
            problems.append(Problem("purchase_item_type_id", "not_found",
                                    item["purchase_item_type_id"]))
    total = money(sum((dec(i["paid_amount"]) for i in bill["bill_items"]), ZERO))
    if money(dec(bill["total_price"])) != total:
        problems.append(Problem("total_price", "not_allowed_value", bill["total_price"],
                                f"total_price must equal the sum of paid amounts ({total})."))
    if purchase_types is not None and bill["purchase_type_id"] not in set(purchase_types):
        problems.append(Problem("purchase_type_id", "not_found", bill["purchase_type_id"]))
    if problems:
        raise RuleError.of(problems)


def bill_lines(bill: Mapping[str, Any], groups: Mapping[str, str | None]) -> list[Line]:
    """The bill's positive items as reward lines; `groups` gives the product group by PLU code."""
    lines = []
    for item in bill["bill_items"]:
        paid, quantity = dec(item["paid_amount"]), dec(item["quantity"])
        if paid <= 0 or quantity <= 0:
            continue  # discount lines and returns do not qualify for rewards
        codes = [p["code"] for p in item.get("plu_ids", [])]
        group = next((groups[c] for c in codes if c in groups), None)
        lines.append(Line(bill_item_id=item["bill_item_id"], plu_codes=codes, quantity=quantity,
                          unit_price=dec(item["price"]), paid=paid, loyalty_off=item["loyalty_off"],
                          group=group))
    return lines


def _other_items(bill: Mapping[str, Any]) -> Decimal:
    """Discount lines and returns: paid as they stand, outside the rewards."""
    return sum((dec(i["paid_amount"]) for i in bill["bill_items"]
                if dec(i["paid_amount"]) <= 0 or dec(i["quantity"]) <= 0), ZERO)


def _context(buyer: Buyer, currency_id: str) -> engine.Context:
    return engine.Context(currency_id=currency_id, available_points=buyer.available_points,
                          card_type_ids=buyer.card_type_ids, has_purchases=buyer.has_purchases,
                          has_customer=buyer.customer_id is not None)


# --- the checks quote and commit share -----------------------------------------------------------


def use_voucher(code: str, voucher: Mapping[str, Any] | None, rewards: Mapping[str, Any],
                buyer: Buyer, now: str, *, field: str) -> Mapping[str, Any]:
    """The reward of a voucher the buyer may use now, else why not."""
    reward = rewards.get(voucher["reward_code"]) if voucher is not None else None
    if voucher is None or reward is None or voucher["customer_id"] != buyer.customer_id:
        raise RuleError(field, "not_found", code, "Unknown voucher.")
    if reward.get("gift_card"):  # a means of payment, not a discount: no effect to apply
        raise RuleError(field, "not_allowed_value", code, "A gift card is not a discount voucher.")
    if voucher["applied_date"]:
        raise RuleError(field, "voucher_already_used", code)
    if not voucher_valid(voucher, now):
        raise RuleError(field, "voucher_expired", code)
    return reward


def check_points(buyer: Buyer, cost: Decimal, redeem: Decimal, *, cost_as: tuple[str, Any],
                 redeem_as: str) -> None:
    """Points for rewards (`cost`) and as payment (`redeem`) must be the buyer's to spend."""
    if redeem and (buyer.customer_id is None or not buyer.points_payment):
        raise RuleError(redeem_as, "customer_cant_pay_by_points", redeem)
    if cost and (buyer.customer_id is None or cost > buyer.available_points):
        raise RuleError(cost_as[0], "not_enough_points_for_voucher", cost_as[1])
    if cost + redeem > buyer.available_points:
        raise RuleError(redeem_as, "not_enough_points_for_payment", redeem)


def check_credit(buyer: Buyer, amount: Decimal) -> None:
    """Credit spent must not exceed the buyer's balance."""
    if amount and (buyer.customer_id is None or amount > buyer.credit):
        raise RuleError("amount_for_credit", "not_allowed_value", amount, "Not enough credit.")


def earns_points(buyer: Buyer, payment_type: str) -> bool:
    """Points are earned by a customer, and never with payment type D."""
    return buyer.customer_id is not None and payment_type != "D"


def points_earned(eligible_paid: Decimal, rate: Decimal) -> int:
    """Whole points for what was paid in money on loyalty items."""
    return int((max(ZERO, eligible_paid) * rate).to_integral_value(rounding=ROUND_FLOOR))


def points_for(amount: Decimal, point_value: Decimal) -> Decimal:
    """The whole points it takes to pay `amount`."""
    return (amount / point_value).to_integral_value(rounding=ROUND_CEILING) if point_value else ZERO


def _check_overall(reward: Mapping[str, Any], payment_type: str) -> None:
    if reward.get("overall") and payment_type not in ("A", "D"):
        raise RuleError("payment_type", "not_allowed_value", payment_type,
                        "Overall discounts need payment type A or D.")


# --- recommended rewards, accept-payment, send-purchase -------------------------------------------


def recommend(bill: Mapping[str, Any], buyer: Buyer, *, kind: str, rewards: Mapping[str, Any],
              groups: Mapping[str, str | None], now: str) -> list[Recommendation]:
    """`reward_list_type` C: what applies to this bill; F: every manual reward and valid
    voucher (max_count 0 where they cannot apply now); A: F plus the automatic ones."""
    lines = bill_lines(bill, groups)
    ctx = _context(buyer, bill["currency_id"])
    out = []
    for reward in rewards.values():
        if not (reward.get("manual") or (kind == "A" and reward.get("automatic"))):
            continue
        count = engine.max_count(reward, lines, ctx)
        if kind == "C" and (count == 0 or not (engine.related(reward, lines) or reward.get("overall"))):
            continue
        out.append(Recommendation(reward["code"], reward, count))
    for voucher in buyer.vouchers:
        reward = rewards.get(voucher["reward_code"])
        if not reward or reward.get("gift_card") or not voucher_valid(voucher, now):
            continue
        # the points of a catalogue voucher were spent when it was bought, not at the till
        count = min(1, engine.max_count(reward, lines, ctx, ignore_points=True))
        if kind == "C" and count == 0:
            continue
        out.append(Recommendation(voucher["code"], reward, count))
    out.sort(key=lambda r: (r.reward["priority"], -r.max_count, r.code))
    return out


def price(bill: Mapping[str, Any], buyer: Buyer, *, payment_type: str, benefit_codes: Sequence[str],
          max_points: Decimal, max_credit: Decimal, rewards: Mapping[str, Any],
          vouchers: Mapping[str, Mapping[str, Any]], groups: Mapping[str, str | None],
          project: Project, now: str) -> Quote:
    """The accept-payment calculation: discounts, vouchers, points and credit; commits nothing.

    `vouchers` holds the vouchers among `benefit_codes` (whoever owns them); other codes
    must be manual rewards.
    """
    currency = bill["currency_id"]
    lines = bill_lines(bill, groups)
    ctx = _context(buyer, currency)
    quote = Quote()

    for reward in rewards.values():
        if not reward.get("automatic") or (reward.get("overall") and payment_type not in ("A", "D")):
            continue
        if engine.max_count(reward, lines, ctx):
            quote.discounts += _applied(reward, reward["code"], engine.apply(reward, 1, lines, ctx))

    for code, count in Counter(benefit_codes).items():
        if code in vouchers:
            reward = use_voucher(code, vouchers[code], rewards, buyer, now, field="benefit_codes")
            if count > 1:
                raise RuleError("benefit_codes", "voucher_already_applied", code)
            _check_overall(reward, payment_type)
            if failure := engine.condition_failure(reward, lines, ctx):
                raise RuleError("benefit_codes", failure, code)
            quote.vouchers += _applied(reward, code, engine.apply(reward, 1, lines, ctx))
            continue
        reward = rewards.get(code)
        if reward is None or not reward.get("manual"):
            raise RuleError("benefit_codes", "not_found", code, "Unknown reward.")
        _check_overall(reward, payment_type)
        cost = (reward.get("points_cost") or 0) * count
        check_points(buyer, quote.points_cost + cost, ZERO, cost_as=("benefit_codes", code),
                     redeem_as="max_points")
        if failure := engine.condition_failure(reward, lines, ctx):
            raise RuleError("benefit_codes", failure, code)
        if count > engine.max_count(reward, lines, ctx, ignore_points=True):
            raise RuleError("benefit_codes", "not_allowed_value", code,
                            "The reward cannot be applied that many times.")
        quote.points_cost += cost
        quote.discounts += _applied(reward, code, engine.apply(reward, count, lines, ctx))

    to_pay = money(sum((line.remaining for line in lines), ZERO) + _other_items(bill))
    payable = max(to_pay, ZERO)
    point_value = project.point_value.get(currency, ZERO)
    if max_points:
        check_points(buyer, quote.points_cost, max_points,
                     cost_as=("benefit_codes", quote.points_cost), redeem_as="max_points")
        quote.credit_points = min(max_points, points_for(payable, point_value))
        quote.points_money = min(money(quote.credit_points * point_value), payable)
        quote.notes.append(("points_paid", {"points": quote.credit_points,
                                            "money": quote.points_money}))
    if max_credit:
        if payment_type != "C":
            quote.notes.append(("credit_only_c", {}))
        else:
            quote.credit = money(max(ZERO, min(max_credit, buyer.credit,
                                               to_pay - quote.points_money)))
    if buyer.customer_id is None:
        quote.notes.append(("anonymous", {}))
    elif not earns_points(buyer, payment_type):
        quote.notes.append(("no_points_d", {}))
    else:
        eligible = sum((line.remaining for line in lines if not line.loyalty_off), ZERO)
        quote.earned = points_earned(eligible - quote.points_money - quote.credit,
                                     project.earn_rate.get(currency, ZERO))
        quote.notes.append(("earn", {"points": quote.earned}))
    if buyer.customer_id is not None:
        used = {v.code for v in quote.vouchers}
        unused = [v for v in buyer.vouchers if voucher_valid(v, now) and v["code"] not in used]
        if unused:
            quote.notes.append(("unused_vouchers", {"count": len(unused)}))
    quote.total_points = (buyer.available_points - quote.points_cost - quote.credit_points
                          + quote.earned)
    quote.total_credit = money(buyer.credit - quote.credit)
    return quote


def commit(bill: Mapping[str, Any], buyer: Buyer, *, rewards: Mapping[str, Any],
           vouchers: Mapping[str, Mapping[str, Any]], point_records: Sequence[Mapping[str, Any]],
           project: Project, now: str) -> Commitment:
    """Check a closed bill's `payment_recap` with the quote's own checks and plan its effects.

    `vouchers` holds the recap's vouchers by code; `point_records` the buyer's point
    records still valid now (`point_id`, `available`, `created_at`).
    """
    recap = bill.get("payment_recap") or {}
    codes = tuple(dict.fromkeys(v["code"] for v in recap.get("vouchers", []) if v.get("code")))
    for code in codes:
        use_voucher(code, vouchers.get(code), rewards, buyer, now, field="vouchers")
    discount_codes = dict.fromkeys(d.get("discount_code") for d in recap.get("recommended_discounts", []))
    cost = sum((dec(rewards[c].get("points_cost") or 0) for c in discount_codes if c in rewards),
               Decimal(0))
    redeem = dec(recap.get("credit_points") or 0)
    check_points(buyer, cost, redeem, cost_as=("recommended_discounts", cost),
                 redeem_as="credit_points")
    credit = dec(recap.get("amount_for_credit") or 0)
    check_credit(buyer, credit)
    earned = 0
    currency = bill["currency_id"]
    if earns_points(buyer, bill["payment_type"]):
        points_money = money(redeem * project.point_value.get(currency, ZERO))
        earned = points_earned(_eligible_paid(bill, recap) - points_money - credit,
                               project.earn_rate.get(currency, ZERO))
    return Commitment(voucher_codes=codes, taken=take_points(point_records, cost + redeem),
                      credit=credit, earned=earned, earned_valid_to=f"{int(now[:4]) + 2}-12-31 23:59:59")


def _eligible_paid(bill: Mapping[str, Any], recap: Mapping[str, Any]) -> Decimal:
    """What points are earned on: loyalty items, less the discounts the recap puts on them.

    Discounts may also stand as negative bill items; those marked loyalty_off are the
    recap's discounts shown on the receipt and are not counted twice.
    """
    loyal = [i for i in bill["bill_items"] if not i["loyalty_off"]]
    ids = {i["bill_item_id"] for i in loyal}
    paid = sum((dec(i["paid_amount"]) for i in loyal), ZERO)
    off = sum((dec(d.get("discount_value") or 0)
               for d in [*recap.get("vouchers", []), *recap.get("recommended_discounts", [])]
               if d.get("bill_item_id") in ids), ZERO)
    return paid - off


def take_points(records: Sequence[Mapping[str, Any]], amount: Decimal
                ) -> tuple[tuple[str, Decimal], ...]:
    """Spend points oldest first: which record gives how much (kept to undo a cancellation)."""
    taken, left = [], amount
    for record in sorted(records, key=lambda r: (r["created_at"], r["point_id"])):
        available = dec(record["available"])
        if left <= 0:
            break
        if available <= 0:
            continue
        part = min(available, left)
        taken.append((record["point_id"], part))
        left -= part
    return tuple(taken)


def check_cancellation(bill: Mapping[str, Any], original: Mapping[str, Any] | None
                       ) -> Mapping[str, Any]:
    """The purchase a cancellation names in `bill_number`: received and not yet cancelled."""
    original_id = bill.get("bill_number")
    if not original_id:
        raise RuleError("bill_number", "required", "",
                        "A cancellation names the original bill_id in bill_number.")
    if original is None or original["canceled"]:
        raise RuleError("bill_number", "not_found", original_id, "No such purchase.")
    if original["canceled_by"]:
        raise RuleError("bill_number", "already_exists", original_id,
                        "This purchase is already cancelled.")
    return original


# --- member services: vouchers for points, claimed purchases, held and expiring points --------

VOUCHER_GROUPS = (1, 2, 4)  # catalogue, campaign (coupons) and simple rewards make vouchers
VOUCHER_CODE = re.compile(r"[\x21-\x7e]{1,50}")  # what the sandbox takes as a voucher code


def voucher_code() -> str:
    """A code for a voucher made without one: 10 unambiguous capitals and digits."""
    return "".join(secrets.choice(_ALNUM) for _ in range(10))


def voucher_cost(reward: Mapping[str, Any], *, available: Decimal, now: str) -> Decimal:
    """The points a voucher of `reward` costs now, else why it cannot be made: only catalogue,
    campaign and simple rewards (never a gift card, sold at the till), within the reward's
    validity, and only with the points to pay for it (held points do not count)."""
    code = reward["reward_id"]
    if reward.get("reward_group", 0) not in VOUCHER_GROUPS or reward.get("gift_card"):
        raise RuleError("reward_id", "not_allowed_value", code,
                        "Only catalogue, campaign and simple rewards make vouchers.")
    if not_yet(reward.get("valid_from"), now):
        raise RuleError("reward_id", "reward_not_valid_yet", code, "The reward is not offered yet.")
    if ended(reward.get("valid_to"), now):
        raise RuleError("reward_id", "reward_expired", code, "The reward is no longer offered.")
    cost = dec(reward.get("points_cost") or 0)
    if cost > available:
        raise RuleError("customer_id", "not_enough_points_for_voucher", str(cost),
                        f"The voucher costs {cost} points; {available} are available.")
    return cost


def voucher_valid_to(reward: Mapping[str, Any], now: str) -> str:
    """A new voucher lasts as long as its reward is offered, else until the end of next year."""
    return reward.get("valid_to") or f"{int(now[:4]) + 1}-12-31 23:59:59"


def earned_valid_to(now: str) -> str:
    """Points earned now last until the end of the year after next (as `commit` gives them)."""
    return f"{int(now[:4]) + 2}-12-31 23:59:59"


def check_assignable(purchase: Mapping[str, Any] | None, external_id: str, store_id: str
                     ) -> Mapping[str, Any]:
    """`assign-customer`: a purchase of this store, sent without a customer, that stands."""
    if purchase is None or purchase["canceled"]:
        raise RuleError("external_purchase_id", "not_found", external_id, "No such purchase.")
    if purchase["store_id"] != store_id:
        raise RuleError("store_id", "not_allowed_value", store_id,
                        "The purchase was made in another store.")
    if purchase["canceled_by"]:
        raise RuleError("external_purchase_id", "not_allowed_value", external_id,
                        "The purchase was cancelled.")
    if purchase["customer_id"]:
        raise RuleError("external_purchase_id", "relation_already_exists", external_id,
                        "The purchase is already assigned to a customer.")
    return purchase


def points_for_claim(bill: Mapping[str, Any], project: Project) -> int:
    """What a purchase sent without a customer earns the customer who claims it later: as if
    they had been named (nothing with payment type D); a purchase without a customer paid
    neither with points nor with credit, so only its discounts are taken off."""
    if bill["payment_type"] == "D":
        return 0
    recap = bill.get("payment_recap") or {}
    return points_earned(_eligible_paid(bill, recap),
                         project.earn_rate.get(bill["currency_id"], ZERO))


def reservation_state(reservation: Mapping[str, Any], now: str) -> int:
    """The spec's state: 0 deleted (freed or used by a purchase), 1 active, 2 expired."""
    if reservation["state"] == 0:
        return 0
    return 2 if ended(reservation["expiration"], now) else 1


def check_reservation(amount: Decimal, expiration: str | None, *, available: Decimal,
                      now: str) -> None:
    """Points can be held only while there are that many free of other holds, and only until
    a time still to come."""
    if amount <= 0:
        raise RuleError("amount", "not_allowed_value", str(amount), "amount must be above 0.")
    end = validity.validity_end(expiration)
    if end is not None and end <= moment_of(now):
        raise RuleError("expiration_time", "not_allowed_value", expiration,
                        "The reservation would expire before it begins.")
    if amount > available:
        raise RuleError("amount", "not_enough_points", str(amount),
                        f"Only {available} points are available to hold.")


@dataclass(frozen=True)
class Expiring:
    """`points-expiration-overview`: the points that expire next (and when), and those that
    expire this month."""

    next_amount: Decimal
    next_date: str | None
    current_month_amount: Decimal


def points_expiring(records: Iterable[Mapping[str, Any]], now: str) -> Expiring:
    """From the point records (`available`, `valid_to`): what lapses first, on which day, and
    what lapses by the end of this month; records already lapsed or spent do not count."""
    live = [(r["valid_to"][:10], dec(r["available"])) for r in records
            if r["valid_to"] and not ended(r["valid_to"], now) and dec(r["available"]) > 0]
    if not live:
        return Expiring(ZERO, None, ZERO)
    first = min(day for day, _ in live)
    month = now[:7]
    return Expiring(next_amount=sum((a for day, a in live if day == first), ZERO), next_date=first,
                    current_month_amount=sum((a for day, a in live if day[:7] == month), ZERO))


def points_value(points: Decimal, project: Project) -> dict[str, Decimal]:
    """What `points` pay, per currency."""
    return {currency: money(points * value) for currency, value in project.point_value.items()}


def _applied(reward: Mapping[str, Any], code: str,
             effects: list[tuple[str, Decimal, Decimal | None]]) -> list[Applied]:
    return [Applied(code, reward, bill_item_id, value, percent)
            for bill_item_id, value, percent in effects]
