"""API addresses: what a usable CareCloud base URL is (no httpx needed to decide)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def shown(url: str) -> str:
    """A URL as it may be printed: never with a user name or password in it."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    authority, slash, path = rest.partition("/")
    if "@" in authority:
        authority = "***@" + authority.rsplit("@", 1)[1]
    return f"{scheme}://{authority}{slash}{path}"


def check_base_url(base_url: str) -> str:
    """HTTPS is required unless the server is on this machine's loopback; no credentials."""
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in base_url):
        raise ValueError("The API address contains spaces or control characters.")
    try:
        parts = urlsplit(base_url)
        port = parts.port  # raises on a port that is not a number in range
    except ValueError as exc:
        raise ValueError(f"Not a usable API address: {shown(base_url)!r} ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"Not a usable API address: {shown(base_url)!r}")
    if parts.username is not None or parts.password is not None:
        raise ValueError("The API address must not contain a user name or password.")
    if port == 0:
        raise ValueError(f"Not a usable port in the API address: {shown(base_url)!r}")
    if parts.scheme != "https" and not is_loopback(parts.hostname):
        raise ValueError(f"HTTPS is required for a non-loopback server: {shown(base_url)!r}")
    return base_url.rstrip("/")


def check_proxy(proxy: str) -> str:
    """A `proxy` setting: http(s)://HOST[:PORT] and nothing else. No user name or password:
    a password must not sit in a settings file (nor show up in `config show`)."""
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in proxy):
        raise ValueError("The proxy address contains spaces or control characters.")
    try:
        parts = urlsplit(proxy)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"Not a usable proxy address: {shown(proxy)!r} ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"The proxy must be an http:// or https:// address such as "
                         f"http://proxy.example:3128, not {shown(proxy)!r}.")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ValueError("The proxy address must not contain a user name or password: a "
                         "password must not sit in a settings file. Let the proxy admit the "
                         "till by its address instead.")
    if not parts.hostname or port == 0:
        raise ValueError(f"Not a usable proxy address: {shown(proxy)!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ValueError(f"The proxy address is only http(s)://HOST[:PORT], without a path: "
                         f"{shown(proxy)!r}")
    return f"{parts.scheme}://{parts.netloc}"


def proxy_for(base_url: str, proxy: str) -> str | None:
    """The proxy to use for `base_url`, or None (direct): a loopback server (the embedded
    sandbox) is never proxied."""
    host = urlsplit(base_url).hostname or ""
    return None if not proxy or is_loopback(host) else proxy
