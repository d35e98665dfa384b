"""Logging set-up: every handler masks personal data, whatever logger the line came from.

The masking itself lives in `kiosk_app.api.masking`; here it is attached to the one handler
the app (and `kiosk-app sandbox`) logs through. Uncaught exceptions, which Python and Qt would
print raw to stderr (the journal of the frozen kiosk), are sent through that handler too.
`faulthandler` stays as it is: it writes only file names, lines and function names, never a
value, and must work when the interpreter can no longer run Python code.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType
from typing import TextIO

from kiosk_app.api.masking import MaskingFilter

LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)  # by the number of -v
_crash_log = logging.getLogger("kiosk_app.crash")


def setup_logging(verbose: int = 0, *, stream: TextIO | None = None) -> logging.Handler:
    """Log warnings, with `-v` every API call, with `-vv` debug detail (the sandbox's requests)
    to `stream` (stderr by default), masked; returns the handler."""
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(LEVELS[min(max(int(verbose), 0), len(LEVELS) - 1)])
    # qasync logs every callback it schedules at DEBUG: noise, and the arguments it prints
    # are nobody's business
    logging.getLogger("qasync").setLevel(logging.INFO)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    sys.unraisablehook = _log_unraisable
    return handler


def _log_uncaught(kind: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> None:
    """An exception nothing caught (also one in a Qt slot) is logged, masked, not printed raw."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    _crash_log.critical("uncaught %s", kind.__name__, exc_info=(kind, exc, tb))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    """As `_log_uncaught`, for a thread; a thread that exits with SystemExit is not an error."""
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    _crash_log.critical("uncaught %s in thread %s", args.exc_type.__name__, name,
                        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def _log_unraisable(unraisable: sys.UnraisableHookArgs) -> None:
    """An error Python could not raise (in `__del__`, a callback) is logged, masked."""
    exc = unraisable.exc_value
    _crash_log.error("%s: %r", unraisable.err_msg or "Exception ignored in",
                     unraisable.object,
                     exc_info=(unraisable.exc_type, exc, unraisable.exc_traceback)
                     if exc is not None else None)
