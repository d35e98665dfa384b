"""Masking of personal data (e-mail, phone, card numbers, names, birth dates) and secrets before
anything is logged. The one place that knows how: the UI, the client, the sandbox and the log
filter all use it.

Rules, in order (`mask_text`):
- by key: `first_name=Jana`, `"first_name": "Jana"`, `"first_name":"Jana"`, `first_name='Jana'`
  (a model's repr), `email_list[]=…`; once on the text as it came, where a query value ends at
  `&` or a space even if it holds `%20`/`+`, and once more after URL-decoding;
- URL-decoding (`%40`, `%2B`, twice-encoded `%2540`); a decoded control character is kept
  encoded, so a request line cannot forge log lines;
- by pattern: e-mails; `Bearer` tokens; dates without a time that are not in the future (a
  birth date is in the past; an expiry date and a timestamp stay readable); phone and card
  numbers: 9+ digits, also spaced as phones and cards are written (`+420 601 111 222`,
  `2000 0000 0001 5`).

What support needs stays readable: status codes, counts, offsets (a query value never runs on
across a space), durations (a number followed by a unit such as `ms` or `s` is a quantity),
decimals, timestamps and Unix times (ten digits from 1: no phone number starts so).

Every function here runs in linear time on bounded input: a log line never freezes the loop,
whatever a server puts into an error detail.
"""

from __future__ import annotations

import logging
import re
import string
from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import unquote, urlencode

# Keys whose values are personal data or secrets, wherever they appear: query strings, JSON
# bodies, reprs of models, dicts in log arguments. Matched as whole keys ("store_value" is not
# "value"), case-sensitive as the API spells them.
_PARTLY_SHOWN = frozenset({  # the last two characters stay (the e-mail's shape): "card …15"
    "email", "email_list", "recipient", "value",
    "phone", "phone_number", "card_number", "card_number_list", "secondary_card_number",
})
_HIDDEN = frozenset({  # nothing of the value is shown
    "first_name", "last_name", "contact_firstname", "contact_lastname", "full_name",
    "birthdate", "birth_date", "date_of_birth", "address", "street", "zip",
    "password", "bearer_token", "token", "verification_code",
})
SENSITIVE_KEYS = _PARTLY_SHOWN | _HIDDEN
_NUMBERS = frozenset({"phone", "phone_number", "card_number", "secondary_card_number", "value"})
_KEY_ORDER = tuple(sorted(SENSITIVE_KEYS, key=lambda k: (-len(k), k)))  # the same every run
HIDDEN = "***"
MAX_LOGGED = 20_000  # characters of one log message or traceback that are kept
MIN_DIGITS = 9  # phones and card numbers; status codes, counts and durations stay readable
_LOCAL = frozenset(string.ascii_letters + string.digits + "._%+-")
_DOMAIN = frozenset(string.ascii_letters + string.digits + ".-")
_WORD = frozenset(string.ascii_letters + string.digits + "_-")
_DIGITS = frozenset(string.digits)
_VALUE_END = frozenset("&#\"' \t\r\n,;)]}")
_QUOTES = frozenset("\"'")
_EMPTY = frozenset({"", "None", "null", "true", "false", HIDDEN})
_NUMBER_SEPARATORS = frozenset(" +-")
_PHONE_CHARS = _DIGITS | _NUMBER_SEPARATORS  # "601 111 222", "%2B420+601+111+222", "601-111-222"
_UNITS = frozenset({"ms", "s", "sec", "us", "µs", "ns", "min", "h", "%", "b", "kb", "mb", "gb",
                    "bytes", "x", "czk", "eur", "kč"})
_ENCODED = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_DATE = re.compile(r"(?<![\w.:/+-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\. ?\d{1,2}\. ?\d{4}"
                   r"|\d{1,2}/\d{1,2}/\d{4})")
_TIME_AFTER = re.compile(r"[ T](\d{1,2}):(\d{2})(?::(\d{2}))?")
_MASKED_EMAIL = re.compile(r"[^@\s]\*\*\*@[^@\s]\*\*\*(?:\.[A-Za-z]{2,})?")
_AFTER_DATE_GLUE = frozenset(string.ascii_letters + string.digits + "_-/:")


def mask_value(value: str) -> str:
    """Keep the last two characters of a number (the e-mail's first letters), hide the rest."""
    if not value:
        return value
    if "@" in value:
        return _mask_emails(value)
    keep = 2 if len(value) > 6 else 0
    return "*" * (len(value) - keep) + value[len(value) - keep :]


def mask_field(key: str, value: str) -> str:
    """A value whose key says what it is: names, birth dates and secrets are hidden whole;
    e-mails, phones and card numbers keep what a cashier reads back ("card …15")."""
    if value in _EMPTY or _already_masked(value):
        return value
    if key in _HIDDEN:
        return HIDDEN
    if key in _NUMBERS and _PHONE_CHARS.issuperset(value):  # "+420 601 111 222" → "…22"
        value = "".join(c for c in value if c in _DIGITS) or value
    masked = mask_value(value)
    if masked == value:  # "jana@" (no domain): the key says it is an e-mail all the same
        return HIDDEN
    return masked


def _already_masked(value: str) -> bool:
    """`*****22` or `j***@e***.com`: masking it again would only lose the hint it gives."""
    return (value.startswith("*") and len(value.lstrip("*")) <= 2) or bool(
        _MASKED_EMAIL.fullmatch(value))


def mask_data(data: Any, _key: str | None = None, _depth: int = 0) -> Any:
    """A copy of structured data (a JSON body, a dict or list in log arguments) with values
    masked by key at any depth, and free text in the other strings masked by pattern."""
    if _depth > 32:  # a structure this deep is not a body worth reading
        return HIDDEN
    if isinstance(data, Mapping):
        return {k: mask_data(v, k if k in SENSITIVE_KEYS else _key, _depth + 1)
                for k, v in data.items()}
    if isinstance(data, list | tuple | set | frozenset):
        masked = [mask_data(v, _key, _depth + 1) for v in data]
        return tuple(masked) if isinstance(data, tuple) else masked
    if data is None or isinstance(data, bool):
        return data
    if _key is not None:
        return mask_field(_key, str(data))
    if isinstance(data, str):
        return mask_text(data)
    return data


def _mask_emails(text: str) -> str:
    """`jana.novakova@example.com` → `j***@e***.com`, scanning each character at most twice."""
    out, done, n = [], 0, len(text)
    at = text.find("@")
    while at != -1:
        start = at
        while start > done and text[start - 1] in _LOCAL:
            start -= 1
        end = at + 1
        while end < n and text[end] in _DOMAIN:
            end += 1
        domain = text[at + 1:end].rstrip(".-")
        dot = domain.rfind(".")
        tld = domain[dot + 1:] if dot > 0 else ""
        if start < at and domain:  # also "user@localhost" and an address cut short
            out.append(text[done:start])
            shown_tld = f".{tld}" if len(tld) >= 2 and tld.isalpha() else ""
            out.append(f"{text[start]}***@{domain[0]}***{shown_tld}")
            done = at + 1 + len(domain)
        at = text.find("@", max(at + 1, end))
    out.append(text[done:])
    return "".join(out)


def _run_end(text: str, i: int) -> int:
    while i < len(text) and text[i] in _DIGITS:
        i += 1
    return i


def _followed_by_unit(text: str, end: int) -> bool:
    """`12 ms`, `1234ms`, `5 %`: the number before is a quantity, not part of a phone."""
    i = end + 1 if end < len(text) and text[end] == " " else end
    j = i
    while j < len(text) and j - i < 6 and (text[j].isalpha() or text[j] == "%"):
        j += 1
    return j > i and (j == len(text) or text[j] not in _WORD) and text[i:j].lower() in _UNITS


def _mask_numbers(text: str) -> str:
    """Phone and card numbers (9+ digits, or groups written as phones and cards are: a first
    group of up to 5 digits, then groups of 2–4, the last maybe 1) become `****22`."""
    out, done, i, n = [], 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch not in _DIGITS or (i > 0 and text[i - 1] in _WORD) or (
                i > 1 and text[i - 1] == "." and text[i - 2] in _DIGITS):  # "0.123456789"
            i += 1
            continue
        plus = i > 0 and text[i - 1] == "+" and (i < 2 or text[i - 2] not in _WORD)
        start = i - 1 if plus else i
        in_query = start > 0 and text[start - 1] == "="  # a query value ends at a space
        groups = [(i, _run_end(text, i))]
        separator = ""
        while True:
            g_start, g_end = groups[-1]
            size = g_end - g_start
            if not (size <= 5 if len(groups) == 1 else 2 <= size <= 4):
                break
            if g_end + 1 >= n or text[g_end] not in _NUMBER_SEPARATORS or (
                    text[g_end + 1] not in _DIGITS) or separator not in ("", text[g_end]):
                break
            if in_query and text[g_end] == " ":
                break
            next_end = _run_end(text, g_end + 1)
            if not 1 <= next_end - g_end - 1 <= 4:
                break
            separator = text[g_end]
            groups.append((g_end + 1, next_end))
        # the last group is not part of the number when it is a quantity ("200 1234 ms"), the
        # start of a word ("601 111 222abc") or of a decimal ("… 1714559445.5")
        last_end = groups[-1][1]
        if len(groups) > 1 and (_followed_by_unit(text, last_end) or (
                last_end < n and text[last_end] in _WORD) or (
                last_end + 1 < n and text[last_end] == "." and text[last_end + 1] in _DIGITS)):
            groups.pop()
            last_end = groups[-1][1]
        glued = last_end < n and (text[last_end] in _WORD or (
            text[last_end] == "." and last_end + 1 < n and text[last_end + 1] in _DIGITS))
        digits = sum(e - s for s, e in groups)
        quantity = len(groups) == 1 and (_followed_by_unit(text, last_end) or (
            not plus and digits == 10 and text[i] == "1"))  # Unix time: no phone starts so
        if digits >= MIN_DIGITS and not glued and not quantity:
            out.append(text[done:start])
            out.append(mask_value("".join(text[s:e] for s, e in groups)))
            done = i = last_end
        else:
            i = groups[0][1]
    out.append(text[done:])
    return "".join(out)


def _mask_dates(text: str) -> str:
    """`1985-04-12`, `12.04.1985`, `12. 4. 1985` without a time and not in the future may be a
    birth date: the digits become `*`. A timestamp or an expiry date stays."""
    today = date.today()

    def one(match: re.Match[str]) -> str:
        found, end = match.group(), match.end()
        time = _TIME_AFTER.match(text, end)
        if time:
            if (time.group(1), time.group(2), time.group(3) or "00") != ("00", "00", "00"):
                return found  # a moment, not a birthday ("…T00:00:00" is a date sent as one)
        elif end < len(text) and text[end] in _AFTER_DATE_GLUE:
            return found  # part of something else ("2024-03-01-a", "1.2.2024/x")
        numbers = [int(part) for part in re.split(r"\D+", found) if part]
        year, month, day = numbers if "-" in found else numbers[::-1]
        for m, d in ((month, day), (day, month)):  # 04/25/1985 is written month first
            try:
                when = date(year, m, d)
            except ValueError:
                continue
            return found if when > today or year < 1900 else re.sub(r"\d", "*", found)
        return found

    return _DATE.sub(one, text)


def _mask_bearer(text: str) -> str:
    out, done = [], 0
    lower = text.lower()
    at = lower.find("bearer ")
    while at != -1:
        end = at + 7
        while end < len(text) and text[end] == " ":
            end += 1
        token_end = end
        while token_end < len(text) and text[token_end] not in _VALUE_END:
            token_end += 1
        if token_end > end:
            out.append(text[done:end])
            out.append("***")
            done = token_end
        at = lower.find("bearer ", max(at + 7, token_end))
    out.append(text[done:])
    return "".join(out)


def _url_decode(text: str) -> str:
    """Percent-decoding (up to three times: `%2540` is `%40` is `@`); a control character is
    kept encoded so a decoded request line cannot forge a log line."""
    def one(match: re.Match[str]) -> str:
        decoded = unquote(match.group(), errors="replace")
        return "".join(f"%{ord(c):02X}" if c < " " or c == "\x7f" else c for c in decoded)

    for _ in range(3):
        if "%" not in text:
            break
        decoded = _ENCODED.sub(one, text)
        if decoded == text:
            break
        text = decoded
    return text


def _keyed_value(text: str, at: int, key: str) -> tuple[int, int, str] | None:
    """Where the value of the key found at `at` starts and ends, and its closing quote."""
    n = len(text)
    if at > 0 and text[at - 1] in _WORD:  # "store_value" is not "value"
        return None
    j = at + len(key)
    if j < n and text[j] == "[":  # "email_list[]=", "card_number_list[0]="
        close = text.find("]", j, j + 6)
        if close == -1:
            return None
        j = close + 1
    if j < n and text[j] == "\\":  # JSON inside a JSON string: \"first_name\": \"Jana\"
        j += 1
    if j < n and text[j] in _QUOTES:
        j += 1
    while j < n and text[j] == " ":
        j += 1
    if j >= n or text[j] not in "=:":
        return None
    j += 1
    while j < n and text[j] == " ":
        j += 1
    if j < n and text[j] in "{[(":  # a structure: its own keys and patterns cover it
        return None
    quote = ""
    if j + 1 < n and text[j] == "\\" and text[j + 1] in _QUOTES:
        quote, j = text[j:j + 2], j + 2
    elif j < n and text[j] in _QUOTES:
        quote, j = text[j], j + 1
    end = j
    if quote:
        closing = quote[-1]
        while end < n and text[end] != closing:
            end += 2 if text[end] == "\\" and len(quote) == 1 else 1
        end = min(end, n)
        if len(quote) == 2 and text[end - 1:end] == "\\":  # the escaped quote's backslash
            end -= 1
    else:
        while end < n and text[end] not in _VALUE_END:
            end += 1
        if key in _NUMBERS and 1 <= end - j - (text[j] == "+") <= 5 and (
                text[j:end].lstrip("+").isdigit()):  # "phone=601 111 222" in free text
            end = _phone_groups_end(text, end)
    return j, end, quote


def _phone_groups_end(text: str, end: int) -> int:
    """Where the spaced groups of a phone or card number that starts before `end` stop."""
    while end + 1 < len(text) and text[end] == " " and text[end + 1] in _DIGITS:
        group_end = _run_end(text, end + 1)
        if group_end - end - 1 > 4 or _followed_by_unit(text, group_end) or (
                group_end < len(text) and text[group_end] in _WORD):
            break
        end = group_end
    return end


def _mask_keyed(text: str, decode_values: bool) -> str:
    """Values of sensitive keys in free text; `decode_values` URL-decodes each value first
    (the text as it came, where a query value's end is still unambiguous)."""
    for key in _KEY_ORDER:
        at = text.find(key)
        if at == -1:
            continue
        out, done = [], 0
        while at != -1:
            found = _keyed_value(text, at, key)
            nxt = at + len(key)
            if found is not None:
                start, end, _ = found
                value = text[start:end]
                if decode_values and "%" in value:
                    value = _url_decode(value)
                masked = mask_field(key, value)
                if masked != text[start:end]:
                    out.append(text[done:start])
                    out.append(masked)
                    done = end
                nxt = max(nxt, end)
            at = text.find(key, nxt)
        out.append(text[done:])
        text = "".join(out)
    return text


def mask_text(text: str) -> str:
    """Mask personal data and tokens in free text (URL-decoded first), bounded in length."""
    if len(text) > MAX_LOGGED:
        text = text[:MAX_LOGGED] + f"… ({len(text) - MAX_LOGGED} more characters not logged)"
    text = _mask_keyed(text, decode_values=True)
    if "%" in text:
        text = _mask_keyed(_url_decode(text), decode_values=False)  # keys that were encoded
    text = _mask_bearer(text)
    text = _mask_emails(text)
    text = _mask_dates(text)
    return _mask_numbers(text)


def mask_params(params: Mapping[str, Any] | None) -> str:
    """Render query params for a log line with sensitive values masked by key."""
    if not params:
        return ""
    safe = []
    for key, value in params.items():
        if value is None:
            continue
        shown = mask_field(key, str(value)) if key in SENSITIVE_KEYS else str(value)
        safe.append((key, shown))
    return "?" + urlencode(safe, safe="*@") if safe else ""


def _record_message(record: logging.LogRecord) -> str:
    """The record's message with structured arguments masked by key before formatting; a
    format that does not fit its arguments neither raises nor shows them raw."""
    msg: Any = record.msg
    if isinstance(msg, Mapping | list | tuple):
        msg = mask_data(msg)
    args: Any = record.args
    if not args:
        return str(msg)
    if isinstance(args, Mapping):
        args = mask_data(args)
    else:
        args = tuple(mask_data(a) if isinstance(a, Mapping | list | tuple | set | frozenset)
                     else a for a in args)
    try:
        return str(msg) % args
    except Exception:  # a bad format must not cost the line, nor the caller its call
        return f"{msg} {args!r}"


class MaskingFilter(logging.Filter):
    """Last line of defence, on every handler the app configures: masks personal data in the
    message, its arguments, its traceback and its stack, whatever logger the record came from."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = mask_text(_record_message(record)), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True
