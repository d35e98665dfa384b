"""When a validity ends: one rule for the client, the domain and the sandbox.

CareCloud writes moments as `YYYY-MM-DD HH:MM:SS` (project-local time); a validity whose end
is a date without a time covers that whole day. A missing bound is open.
"""

from __future__ import annotations

from datetime import datetime

FORMAT = "%Y-%m-%d %H:%M:%S"
_FORMATS = (FORMAT, "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")


def moment(text: str | None) -> datetime | None:
    """`YYYY-MM-DD HH:MM:SS`, ISO with a T, or a date alone (its first second); None for
    none; ValueError for anything else."""
    if not text:
        return None
    text = text.strip()
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(f"not a date/time: {text[:40]!r}")


def validity_end(text: str | None) -> datetime | None:
    """The last second a validity covers: a date-only end covers that whole day."""
    end = moment(text)
    if end is not None and len((text or "").strip()) <= 10:
        end = end.replace(hour=23, minute=59, second=59)
    return end


def valid_at(now: datetime, valid_from: str | None, valid_to: str | None) -> bool:
    """`now` lies within [valid_from, end of valid_to]; a missing bound is open."""
    start, end = moment(valid_from), validity_end(valid_to)
    return (start is None or start <= now) and (end is None or now <= end)


def ended(valid_to: str | None, now: datetime) -> bool:
    """The validity ended before `now` (an open end never ends)."""
    end = validity_end(valid_to)
    return end is not None and now > end


def not_yet(valid_from: str | None, now: datetime) -> bool:
    """The validity starts after `now`."""
    start = moment(valid_from)
    return start is not None and now < start
