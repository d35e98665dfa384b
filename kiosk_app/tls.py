"""Which certificate authorities the client trusts: certifi's public CAs plus, optionally,
the store's own (`ca_bundle`, e.g. a TLS-inspecting proxy's CA).

The extra bundle *adds to* certifi rather than replacing it, so a till that is given the
company's CA still reaches CareCloud when the inspection is switched off. Verification
itself (certificate chain and host name) is always on: no setting turns it off.
No httpx here, so settings can be checked without loading the HTTP stack.
"""

from __future__ import annotations

import os
import ssl
from pathlib import Path

MAX_BUNDLE_BYTES = 4 * 1024 * 1024


def bundle_certificates(path: str) -> int:
    """How many certificates the PEM file holds; ValueError with a sentence when it is not
    an absolute path to a readable PEM file with at least one certificate."""
    file = Path(path)
    if not file.is_absolute():
        raise ValueError(f"The CA bundle must be given as an absolute path, not {path!r}.")
    try:
        if file.stat().st_size > MAX_BUNDLE_BYTES:
            raise ValueError(f"The CA bundle {path} is larger than 4 MB; it cannot be right.")
        with file.open("rb"):  # readable by this user, not only present
            pass
    except OSError as exc:
        raise ValueError(f"Cannot read the CA bundle {path}: {exc.strerror}.") from None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # empty: count only this file's
    try:
        context.load_verify_locations(cafile=os.fspath(file))
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise ValueError(f"The CA bundle {path} holds no usable PEM certificate "
                         f"({getattr(exc, 'reason', None) or exc}).") from None
    count = int(context.cert_store_stats().get("x509", 0))
    if not count:
        raise ValueError(f"The CA bundle {path} holds no PEM certificate.")
    return count


def check_ca_bundle(path: str) -> str:
    """A `ca_bundle` setting, checked at start so a wrong path fails loudly, not at the
    first sale."""
    bundle_certificates(path)
    return path


def ssl_context(ca_bundle: str = "") -> ssl.SSLContext:
    """certifi's CAs plus those of `ca_bundle`; chain and host name always verified."""
    import certifi

    context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    return context


def describe_ca(ca_bundle: str) -> str:
    """One line for `config show` and `doctor`: which CA bundles are in use (ValueError when
    the extra bundle has become unreadable since the settings were loaded)."""
    if not ca_bundle:
        return "certifi (public CAs)"
    count = bundle_certificates(ca_bundle)
    return f"certifi + {ca_bundle} ({count} certificate{'s' if count != 1 else ''})"
