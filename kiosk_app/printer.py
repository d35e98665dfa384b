"""Where receipts are printed: the `printer` setting and the targets it names.

Qt-free and without python-escpos, so the settings are checked at start-up even where the
printer driver (the optional `printer` extra) is not installed.

    printer = "escpos:tcp://192.168.1.50:9100"      a network printer (port 9100 if left out)
    printer = "escpos:usb://04b8:0202"              USB vendor:product id, hexadecimal
    printer = "escpos:serial:///dev/ttyUSB0"        a serial port (`?baud=19200`; 9600 if left out)
    printer = "escpos:file:///dev/usb/lp0"          a device file (or a plain absolute path)
    printer = "system"                              the operating system's default printer
    printer = "system:Receipts"                     a printer (queue) the system knows by name
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

SCHEME = "escpos:"
SYSTEM = "system"
PAPER_WIDTHS = (58, 80)  # mm
TARGETS = "tcp://HOST[:PORT], usb://VID:PID, serial://DEVICE[?baud=N] or file://PATH"

_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")
_USB = re.compile(r"^(?:0x)?([0-9A-Fa-f]{4}):(?:0x)?([0-9A-Fa-f]{4})$")
_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


@dataclass(frozen=True)
class Target:
    """One printer connection, parsed: `kind` is tcp, usb, serial or file."""

    kind: str
    host: str = ""
    port: int = 9100
    vendor: int = 0
    product: int = 0
    path: str = ""
    baud: int = 9600

    def __str__(self) -> str:
        if self.kind == "tcp":
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"tcp://{host}:{self.port}"
        if self.kind == "usb":
            return f"usb://{self.vendor:04x}:{self.product:04x}"
        if self.kind == "serial":
            return f"serial://{self.path}" + (f"?baud={self.baud}" if self.baud != 9600 else "")
        return f"file://{self.path}"


def _absolute(path: str) -> bool:
    return PurePosixPath(path).is_absolute() or PureWindowsPath(path).is_absolute()


def parse_target(text: str) -> Target:
    """A target without the `escpos:` prefix; ValueError says what is wrong with it."""
    kind, sep, rest = text.partition("://")
    if not sep:
        if _absolute(text):
            return Target("file", path=text)
        raise ValueError(f"{text!r} is not one of {TARGETS}")
    if any(ord(c) < 32 or ord(c) == 127 for c in rest) or not rest:
        raise ValueError(f"{text!r} names no printer")
    if kind == "tcp":
        netloc = rest.rstrip("/")
        if netloc.startswith("["):  # [IPv6]:port
            host, _, tail = netloc[1:].partition("]")
            if tail and not tail.startswith(":"):
                raise ValueError(f"{netloc!r} is not [IPv6 address]:port")
            port = tail[1:]
            import ipaddress

            try:
                ipaddress.IPv6Address(host)
            except ValueError:
                raise ValueError(f"{host!r} is not an IPv6 address") from None
        else:
            host, _, port = netloc.partition(":")
            if not _HOST.match(host):
                raise ValueError(f"{host!r} is not a host name or IP address")
        if port and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
            raise ValueError(f"port {port!r} is not a number from 1 to 65535")
        return Target("tcp", host=host, port=int(port) if port else 9100)
    if kind == "usb":
        match = _USB.match(rest)
        if not match:
            raise ValueError(f"{rest!r} is not VID:PID (two 4-digit hexadecimal ids, e.g. 04b8:0202)")
        return Target("usb", vendor=int(match.group(1), 16), product=int(match.group(2), 16))
    if kind == "serial":
        device, _, query = rest.partition("?")
        baud = 9600
        if query:
            name, _, value = query.partition("=")
            if name != "baud" or not value.isdigit() or int(value) not in _BAUDS:
                raise ValueError(f"{query!r}: the only option is baud, one of "
                                 f"{', '.join(map(str, _BAUDS))}")
            baud = int(value)
        if not device:
            raise ValueError("no serial device named")
        return Target("serial", path=device, baud=baud)
    if kind == "file":
        if not _absolute(rest):
            raise ValueError(f"{rest!r} is not an absolute path")
        return Target("file", path=rest)
    raise ValueError(f"{kind!r} is not a printer connection: use {TARGETS}")


def check_printer(value: str) -> str:
    """The `printer` setting as given when it is usable, else ValueError with the reason."""
    if not value:
        return value
    if value == SYSTEM or value.startswith(SYSTEM + ":"):
        name = value[len(SYSTEM) + 1:]
        if value.endswith(":") or any(ord(c) < 32 or ord(c) == 127 for c in name):
            raise ValueError("system: must be followed by a printer's name")
        return value
    if not value.startswith(SCHEME):
        raise ValueError(f"it does not start with {SCHEME} or {SYSTEM}")
    parse_target(value[len(SCHEME):])
    return value


@dataclass(frozen=True)
class Printing:
    """How this till prints receipts, from the settings (`printer`, `paper_width_mm`,
    `print_receipts`); screens read it from their window."""

    printer: str = ""  # "" = none; "escpos:<target>", "system" or "system:<name>"
    width_mm: int = 80
    always: bool = False  # print each sale's receipt on Done without being asked

    @property
    def target(self) -> str:
        """The ESC/POS connection without the `escpos:` prefix ("" for none or a system
        printer)."""
        return self.printer[len(SCHEME):] if self.printer.startswith(SCHEME) else ""

    @property
    def system(self) -> bool:
        """Print through the operating system's printers (Qt's QPrinter)."""
        return self.printer == SYSTEM or self.printer.startswith(SYSTEM + ":")

    @property
    def system_name(self) -> str:
        """The system printer's name; "" for the system's default printer."""
        return self.printer[len(SYSTEM) + 1:] if self.system else ""

    @property
    def configured(self) -> bool:
        return bool(self.target) or self.system
