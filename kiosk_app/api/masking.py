"""Masking of personal data (e-mail, phone, card numbers, names, birth dates) and secrets before
anything is logged.

Every function here runs in linear time on bounded input: a log line never freezes the loop,
whatever a server puts into an error detail. Masking happens after URL-decoding (an e-mail in
a query string is `%40`-encoded), also covers tracebacks, and keeps what support needs to read:
status codes, durations, ids.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote, urlencode

# Query/body keys whose values are personal data or secrets.
SENSITIVE_KEYS = frozenset(
    {
        "email",
        "phone",
        "card_number",
        "recipient",
        "password",
        "bearer_token",
        "verification_code",
        "first_name",
        "last_name",
        "birthdate",
        "email_list",
        "card_number_list",
        "token",
        "value",
    }
)
MAX_LOGGED = 20_000  # characters of one log message or traceback that are kept
_LOCAL = frozenset(string.ascii_letters + string.digits + "._%+-")
_DOMAIN = frozenset(string.ascii_letters + string.digits + ".-")
_WORD = frozenset(string.ascii_letters + string.digits + "_-")
_DIGITS = frozenset(string.digits)
_VALUE_END = frozenset("&#\"' \t\r\n,;)]}")
MIN_DIGITS = 9  # phones and card numbers; status codes, counts and durations stay readable


def mask_value(value: str) -> str:
    """Keep the last two characters of a number or name, hide the rest."""
    if not value:
        return value
    if "@" in value:
        return _mask_emails(value)
    keep = 2 if len(value) > 6 else 0
    return "*" * (len(value) - keep) + value[len(value) - keep :]


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


def _mask_numbers(text: str) -> str:
    """Phone and card numbers (9+ digits, groups of up to 4 may be spaced) become `****22`."""
    out, done, i, n = [], 0, 0, len(text)
    while i < n:
        if text[i] not in _DIGITS or (i > 0 and text[i - 1] in _WORD and text[i - 1] != "+"):
            i += 1
            continue
        start = i - 1 if i > 0 and text[i - 1] == "+" and (i < 2 or text[i - 2] not in _WORD) \
            else i
        end, digits, group = i, 0, 0
        while True:
            while end < n and text[end] in _DIGITS:
                end, digits, group = end + 1, digits + 1, group + 1
            # another short group after one space belongs to the same number ("601 111 222")
            if (group <= 4 and end + 1 < n and text[end] == " " and text[end + 1] in _DIGITS
                    and _group_len(text, end + 1) <= 4):
                end, group = end + 1, 0
                continue
            break
        if digits >= MIN_DIGITS and (end >= n or text[end] not in _WORD):
            out.append(text[done:start])
            number = "".join(ch for ch in text[start:end] if ch in _DIGITS)
            out.append(mask_value(number))
            done = end
        i = end
    out.append(text[done:])
    return "".join(out)


def _group_len(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j] in _DIGITS and j - i <= 4:
        j += 1
    return j - i


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


def _mask_params_in_text(text: str) -> str:
    """`first_name=Jana` / `"birthdate": "1992-09-30"` in free text: the value is hidden."""
    for key in SENSITIVE_KEYS:
        for sep in ("=", '": "', "': '"):
            needle = key + sep
            at = text.find(needle)
            if at == -1:
                continue
            out, done = [], 0
            while at != -1:
                start = at + len(needle)
                end = start
                if at == 0 or text[at - 1] not in _WORD:  # "store_value=" is not "value="
                    while end < len(text) and text[end] not in _VALUE_END:
                        end += 1
                    out.append(text[done:start])
                    out.append(mask_value(text[start:end]))
                    done = end
                at = text.find(needle, max(start, end))
            out.append(text[done:])
            text = "".join(out)
    return text


def mask_text(text: str) -> str:
    """Mask personal data and tokens in free text (URL-decoded first), bounded in length."""
    if len(text) > MAX_LOGGED:
        text = text[:MAX_LOGGED] + f"… ({len(text) - MAX_LOGGED} more characters not logged)"
    if "%" in text:
        text = unquote(text)  # "jana%40example.com" is an e-mail too
    text = _mask_bearer(text)
    text = _mask_params_in_text(text)
    text = _mask_emails(text)
    return _mask_numbers(text)


def mask_params(params: Mapping[str, Any] | None) -> str:
    """Render query params for a log line with sensitive values masked."""
    if not params:
        return ""
    safe = []
    for key, value in params.items():
        if value is None:
            continue
        shown = mask_value(str(value)) if key in SENSITIVE_KEYS else str(value)
        safe.append((key, shown))
    return "?" + urlencode(safe, safe="*@") if safe else ""


class MaskingFilter(logging.Filter):
    """Last line of defence: masks personal data in every record a handler emits, its
    traceback included."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        return True
