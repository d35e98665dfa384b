"""The `proxy` and `ca_bundle` settings against a real local proxy and a real local TLS server.

With `trust_env=False` the environment's HTTP(S)_PROXY and SSL_CERT_FILE are ignored, so a
store behind a corporate proxy or a TLS-inspecting CA needs these two settings; they must
reach the one httpx client, never proxy the loopback sandbox, and never switch TLS
verification off.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import socketserver
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk_app.__main__ import main
from kiosk_app.api import TransportError
from kiosk_app.config import ConfigError, load_settings, make_client
from tests.conftest import DEMO

API = "/webservice/rest-api/enterprise-interface/v1.0"
CARECLOUD = f"https://carecloud.example.com{API}"  # never resolved: the proxy answers first

x509 = pytest.importorskip("cryptography.x509")


# --- a recording proxy ----------------------------------------------------------------------


class _ProxyHandler(socketserver.StreamRequestHandler):
    """Records the request line (CONNECT host:port or a forward GET) and answers 502."""

    def handle(self) -> None:
        line = self.rfile.readline(4096).decode("latin-1").strip()
        while self.rfile.readline(4096).strip():  # the rest of the header
            pass
        self.server.lines.append(line)  # type: ignore[attr-defined]
        self.wfile.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                         b"Connection: close\r\n\r\n")


class RecordingProxy(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.lines: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture
def proxy() -> Iterator[RecordingProxy]:
    server = RecordingProxy()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


# --- a private CA and a TLS server it vouches for ---------------------------------------------


@dataclass
class Pki:
    ca_pem: Path
    cert_pem: Path
    key_pem: Path


def _make_pki(folder: Path) -> Pki:
    """A self-signed CA and a `localhost` server certificate it signed (cryptography)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kiosk Test Company CA")])
    ca_cert = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pki = Pki(folder / "company-ca.pem", folder / "server.pem", folder / "server-key.pem")
    pki.ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    pki.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pki.key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                              serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
    return pki


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return _make_pki(tmp_path)


class _Languages(BaseHTTPRequestHandler):
    """Just enough CareCloud for `GET /languages` (the doctor's reach check, `ping`)."""

    def do_GET(self) -> None:
        body = json.dumps({"data": {"languages": [{"language_id": "en"}],
                                    "total_count": 1}}).encode()
        self.send_response(200 if self.path.split("?")[0].endswith("/languages") else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def tls_server(pki: Pki) -> Iterator[str]:
    """A TLS server on 127.0.0.1 whose certificate only the test CA vouches for; its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Languages)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki.cert_pem, pki.key_pem)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{server.server_address[1]}{API}"
    server.shutdown()
    server.server_close()


def empty_config(folder: Path) -> Path:
    path = folder / "empty.toml"
    path.touch()
    return path


# --- proxy ----------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_proxy_carries_carecloud_but_never_the_loopback_sandbox(
        proxy: RecordingProxy, sandbox, tmp_path: Path) -> None:
    settings = load_settings(empty_config(tmp_path), env={"KIOSK_PROXY": proxy.url})
    client = make_client(settings, CARECLOUD)
    try:
        with pytest.raises(TransportError):
            await client.ping()
    finally:
        await client.aclose()
    assert proxy.lines and proxy.lines[0] == "CONNECT carecloud.example.com:443 HTTP/1.1"

    proxy.lines.clear()
    local = make_client(settings, sandbox.base_url)  # the embedded sandbox: 127.0.0.1
    try:
        assert await local.login(DEMO) is not None
    finally:
        await local.aclose()
    assert proxy.lines == [], "the loopback sandbox went through the proxy"


def test_a_proxy_with_a_password_or_another_scheme_is_refused(tmp_path: Path) -> None:
    path = empty_config(tmp_path)
    with pytest.raises(ConfigError, match="must not sit in a settings file") as info:
        load_settings(path, env={"KIOSK_PROXY": "http://till:hunter2@proxy.example:3128"})
    assert "hunter2" not in str(info.value)
    for bad in ("socks5://proxy.example:1080", "proxy.example:3128", "ftp://proxy.example"):
        with pytest.raises(ConfigError, match="http:// or https://"):
            load_settings(path, env={"KIOSK_PROXY": bad})
    with pytest.raises(ConfigError, match="without a path"):
        load_settings(path, env={"KIOSK_PROXY": "http://proxy.example:3128/pac"})
    settings = load_settings(path, env={"KIOSK_PROXY": "https://proxy.example:3128/"})
    assert settings.proxy == "https://proxy.example:3128"
    client = make_client(settings, CARECLOUD)  # an https:// proxy: its TLS verified too
    assert client.proxy == "https://proxy.example:3128" and client._http is not None


# --- CA bundle ------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_ca_bundle_makes_the_company_ca_trusted(tls_server: str, pki: Pki,
                                                       tmp_path: Path) -> None:
    config = empty_config(tmp_path)
    plain = make_client(load_settings(config, env={}), tls_server)
    try:
        with pytest.raises(TransportError, match=r"not trusted.*ca_bundle"):
            await plain.ping()
    finally:
        await plain.aclose()

    settings = load_settings(config, env={"KIOSK_CA_BUNDLE": str(pki.ca_pem)})
    trusting = make_client(settings, tls_server)
    try:
        await trusting.ping()
        assert [lang.language_id for lang in await trusting.get_languages()] == ["en"]
        context = trusting._http._transport._pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
        assert context.cert_store_stats()["x509_ca"] > 50, "certifi's CAs were replaced"
    finally:
        await trusting.aclose()


def test_a_missing_or_unusable_ca_bundle_is_refused(tmp_path: Path, pki: Pki) -> None:
    path = empty_config(tmp_path)
    with pytest.raises(ConfigError, match="Cannot read the CA bundle"):
        load_settings(path, env={"KIOSK_CA_BUNDLE": str(tmp_path / "missing.pem")})
    with pytest.raises(ConfigError, match="absolute path"):
        load_settings(path, env={"KIOSK_CA_BUNDLE": "company-ca.pem"})
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    with pytest.raises(ConfigError, match=r"no usable PEM|no PEM"):
        load_settings(path, env={"KIOSK_CA_BUNDLE": str(junk)})
    assert load_settings(path, env={"KIOSK_CA_BUNDLE": str(pki.ca_pem)}).ca_bundle == str(
        pki.ca_pem)


# --- config show and doctor -----------------------------------------------------------------


def test_config_show_prints_proxy_and_ca(tmp_path: Path, pki: Pki, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(empty_config(tmp_path)))
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "(direct)" in out and "certifi (public CAs)" in out
    monkeypatch.setenv("KIOSK_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("KIOSK_CA_BUNDLE", str(pki.ca_pem))
    assert main(["config", "show"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("proxy ") and "http://proxy.example:3128" in line
               and "(environment)" in line for line in lines)
    assert any(line.startswith("ca_bundle ") and f"certifi + {pki.ca_pem} (1 certificate)"
               in line for line in lines)


def test_doctor_reports_proxy_and_ca(tmp_path: Path, pki: Pki, proxy: RecordingProxy,
                                     tls_server: str, monkeypatch, capsys) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(empty_config(tmp_path)))
    monkeypatch.setenv("KIOSK_SANDBOX_DB", str(tmp_path / "doctor.sqlite3"))
    assert main(["doctor"]) == 0  # the embedded sandbox, defaults
    out = capsys.readouterr().out
    assert "[ OK ] Proxy: direct" in out and "[ OK ] CA: certifi (public CAs)" in out

    monkeypatch.setenv("KIOSK_PROXY", proxy.url)
    monkeypatch.setenv("KIOSK_CA_BUNDLE", str(pki.ca_pem))
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "[ OK ] Proxy: direct (loopback server, never proxied)" in out
    assert f"[ OK ] CA: certifi + {pki.ca_pem} (1 certificate)" in out
    assert proxy.lines == []

    # the company CA verifies the server: reach passes, then the missing login stops it
    assert main(["--base-url", tls_server, "doctor"]) == 3
    out = capsys.readouterr().out
    assert "[ OK ] Server reachable over HTTPS, certificate verified" in out

    assert main(["--base-url", CARECLOUD, "doctor"]) == 2
    out = capsys.readouterr().out
    assert f"[ OK ] Proxy: {proxy.url}" in out and "[FAIL] Server reachable" in out
    assert proxy.lines and all(line == "CONNECT carecloud.example.com:443 HTTP/1.1"
                               for line in proxy.lines)
