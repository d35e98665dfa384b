"""Command line: `kiosk-app` (the app), `sandbox`, `doctor`, `config show|set-password`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk_app import version
from kiosk_app.config import ConfigError, Settings, describe, load_settings, make_client
from kiosk_app.logs import setup_logging


class _Version(argparse.Action):
    """`--version`, looked up only when asked for (start-up does not pay for it)."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        print(f"kiosk-app {version()}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-app", description=__doc__)
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument("--receipt-pdf", type=Path, metavar="FILE",
                        help="with --selftest: write the self-test sale's receipt as a PDF")
    parser.add_argument("--selftest", action="store_true",
                        help="run one checkout offscreen on a throw-away sandbox, then exit")
    parser.add_argument("--config", type=Path, help="settings file (TOML)")
    parser.add_argument("--base-url", help="CareCloud .../enterprise-interface/v1.0 address")
    parser.add_argument("--external-app-id")
    parser.add_argument("--login", help="CareCloud user for doctor and unattended kiosks")
    parser.add_argument("--store-id")
    parser.add_argument("--cashdesk-number", type=int)
    parser.add_argument("--language")
    parser.add_argument("--kiosk", action="store_true",
                        help="self-service kiosk: fullscreen, unattended sign-in, staff PIN")
    parser.add_argument("--demo", action="store_true",
                        help="allow a kiosk to run on the embedded sandbox (demos only)")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log every API call; -vv also debug detail (the sandbox's requests)")
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("run", help="start the app (the default)")

    sb = sub.add_parser("sandbox", help="run the demo CareCloud server standalone")
    sb.add_argument("--port", type=int, default=8765)
    sb.add_argument("--db", type=Path, help="SQLite file (default: user data directory)")
    sb.add_argument("--reset", action="store_true", help="reseed the demo data")
    sb.add_argument("--scale", type=int, metavar="N",
                    help="also seed N products and 5×N customers with cards, points and "
                         "vouchers (the same N gives the same data; 0: demo data only; "
                         "default: keep what the file holds)")
    sb.add_argument("--token-validity", type=float, default=7 * 3600, help="seconds")
    sb.add_argument("--latency-ms", type=float, default=0.0)
    sb.add_argument("--error-rate", action="append", default=[], metavar="STATUS=RATE",
                    help="answer a share of requests with 429, 500 or 503, e.g. 503=0.2")
    sb.add_argument("--drop-rate", type=float, default=0.0,
                    help="share of connections closed before an answer")
    sb.add_argument("--expire-tokens-every", type=float, default=0.0, metavar="SECONDS",
                    help="revoke every live token this often (forced token expiry)")
    sb.add_argument("--random-seed", type=int)

    doc = sub.add_parser("doctor", help="check an installation end to end")
    doc.add_argument("--card", help="also look up this card number")
    doc.add_argument("--printer", action="store_true",
                     help="only print a test page on the configured receipt printer (printer, "
                          "paper_width_mm) and say whether it went out")

    sub.add_parser("staff-pin", help="choose the kiosk's staff PIN; prints the line for the "
                                     "settings file (only a salted hash is kept)")

    data = sub.add_parser("data", help="what the till keeps about sales and people")
    data_sub = data.add_subparsers(dest="data_command", required=True)
    wipe = data_sub.add_parser("wipe", help="decommissioning: remove sales, receipts, exports, "
                                            "preferences and the keyring password")
    wipe.add_argument("--yes", action="store_true", help="do not ask before removing")
    wipe.add_argument("--discard-unsent", action="store_true",
                      help="also remove sales that have not reached CareCloud")

    cfg = sub.add_parser("config", help="show settings or store the password")
    cfg_sub = cfg.add_subparsers(dest="config_command", required=True)
    cfg_sub.add_parser("show", help="print the effective settings, secrets masked")
    cfg_sub.add_parser("set-password", help="save the --login user's password in the OS keyring")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(args.config, overrides={
        "base_url": args.base_url, "external_app_id": args.external_app_id,
        "login": args.login, "store_id": args.store_id,
        "cashdesk_number": args.cashdesk_number, "language": args.language,
        "mode": "kiosk" if args.kiosk else None,
    })


def main(argv: list[str] | None = None) -> int:
    import faulthandler

    try:  # a frozen GUI killed by the watchdog leaves its traceback in the journal
        faulthandler.enable()
    except (AttributeError, ValueError, OSError):  # no real stderr (a windowed build, tests)
        pass
    args = _parser().parse_args(argv)
    setup_logging(args.verbose)
    if args.selftest:
        from kiosk_app.selftest import run_selftest

        return run_selftest(receipt_pdf=args.receipt_pdf)
    try:
        if args.command == "sandbox":  # needs no settings: a broken file must not stop it
            return _sandbox(args)
        if args.command == "staff-pin":  # the way to mend a wrong staff_pin_hash
            return _staff_pin()
        settings = _settings(args)
        if args.command == "doctor" and args.printer:
            from kiosk_app.doctor import check_printer

            return check_printer(settings.printer, settings.paper_width_mm)
        if args.command == "doctor":
            import asyncio

            return asyncio.run(_doctor(settings, args.card))
        if args.command == "config":
            return _config(args, settings)
        if args.command == "data":
            from kiosk_app.datawipe import wipe

            return wipe(settings, yes=args.yes, discard_unsent=args.discard_unsent)
        if getattr(sys, "frozen", False) and settings.uses_sandbox and not args.demo:
            raise ConfigError(
                "No CareCloud project is configured (base_url). An installed till never "
                "falls back to the demo sandbox: set base_url in the settings, or add --demo "
                "to try the app on the built-in sandbox.")
        if settings.mode == "kiosk" and settings.uses_sandbox and not args.demo:
            raise ConfigError(
                "A kiosk runs on a CareCloud project: set base_url (and login, with the "
                "password in the OS keyring or a service credential). The embedded sandbox "
                "is for demos only: add --demo to use it.")
        return _run(settings)
    except ConfigError as exc:
        print(f"kiosk-app: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _staff_pin() -> int:
    """Ask for the staff PIN twice (never echoed) and print its salted hash for the settings."""
    import getpass

    from kiosk_app.domain.staff import hash_pin

    pin = getpass.getpass("New staff PIN (4 to 12 digits): ")
    if pin != getpass.getpass("The same PIN again: "):
        print("kiosk-app: the two PINs differ; nothing changed.", file=sys.stderr)
        return 1
    try:
        line = hash_pin(pin)
    except ValueError as exc:
        print(f"kiosk-app: {exc}", file=sys.stderr)
        return 1
    print("Put this line in the kiosk's settings file (config.toml):")
    print(f'staff_pin_hash = "{line}"')
    return 0


def _run(settings: Settings) -> int:
    """The app: the screens on the configured project, or on the embedded sandbox."""
    from kiosk_app.ui.app import run_gui

    return run_gui(settings)


def _print_demo(url: str, seed: dict[str, Any], control_token: str) -> None:
    from kiosk_app.sandbox import demo_credentials
    from kiosk_app.sandbox.server import CONTROL_TOKEN_HEADER

    login, password, app_id = demo_credentials(seed)
    print(f"CareCloud sandbox at {url}")
    print(f"  control endpoints (/sandbox/...) for this run need the header "
          f"{CONTROL_TOKEN_HEADER}: {control_token}")
    print(f"  demo user: {login} / {password}   external application id: {app_id}")
    print("  cards:")
    names = {c["customer_id"]: f"{c['first_name']} {c['last_name']}" for c in seed["customers"]}
    for card in seed["cards"]:
        state = "blocked" if card["state"] == 0 else "active"
        owner = names.get(card.get("customer_id", ""), "free card")
        print(f"    {card['card_number']}  {state:7}  {owner}")
    print("Press Ctrl+C to stop.", flush=True)


def _sandbox(args: argparse.Namespace) -> int:
    from kiosk_app.sandbox.server import Faults, SandboxServer, default_db_path
    from kiosk_app.sandbox.store import SandboxStore

    rates = {}
    for item in args.error_rate:
        status, _, rate = item.partition("=")
        if status not in ("429", "500", "503"):
            raise ConfigError(f"--error-rate takes 429, 500 or 503, not {status!r}")
        rates[status] = float(rate)
    if args.scale is not None and args.scale < 0:
        raise ConfigError("--scale takes a number of products, 0 or more")
    if args.scale:
        print(f"Opening the sandbox with {args.scale:,} products and {5 * args.scale:,} customers "
              "(seeding them the first time takes up to a minute)…", flush=True)
    store = SandboxStore(args.db or default_db_path(), token_validity=args.token_validity,
                         scale=args.scale, reset=args.reset)
    faults = Faults(latency_ms=args.latency_ms, error_rates=rates, drop_rate=args.drop_rate)
    server = SandboxServer(store, port=args.port, faults=faults, seed=args.random_seed,
                           echo_otp=True)
    if args.expire_tokens_every > 0:
        server.expire_tokens_every(args.expire_tokens_every)
    if store.scale:
        print(f"Scale data: {store.scale:,} products (PLU from 100000), {5 * store.scale:,} "
              "customers (cards from 2500000000000, e-mails …@example.net)")
    _print_demo(server.base_url, store.seed, server.control_token)
    try:
        server.serve_forever()
    finally:
        server.stop()
    return 0


async def _doctor(settings: Settings, card: str | None) -> int:
    from kiosk_app.api import Credentials
    from kiosk_app.doctor import run_doctor

    server = None
    if settings.uses_sandbox:
        from kiosk_app.sandbox import demo_credentials
        from kiosk_app.sandbox.server import start_embedded

        server = start_embedded(settings.sandbox_db or None)
        base_url = server.base_url
        login, password, app_id = demo_credentials(server.store.seed)
        credentials = Credentials(settings.login or login, password, app_id)
    else:
        base_url = settings.base_url
        import getpass

        from kiosk_app.keystore import KeyStore

        password, _ = KeyStore().password(settings.login)
        if password is None and settings.login and sys.stdin.isatty():
            password = getpass.getpass(f"Password for {settings.login}: ")
        credentials = (Credentials(settings.login, password, settings.external_app_id)
                       if settings.login and password else None)
    client = make_client(settings, base_url)
    try:
        return await run_doctor(client, credentials, store_id=settings.store_id,
                                cashdesk_number=settings.cashdesk_number, card_number=card)
    finally:
        await client.aclose()
        if server:
            server.stop()


def _config(args: argparse.Namespace, settings: Settings) -> int:
    import getpass

    from kiosk_app.keystore import KeyStore

    keystore = KeyStore()
    if args.config_command == "set-password":
        if not settings.login:
            raise ConfigError("Give the CareCloud user with --login (or `login` in the file).")
        keystore.store(settings.login, getpass.getpass(f"Password for {settings.login}: "))
        print(f"Saved in the OS keyring for {settings.login}.")
        return 0
    _, source = keystore.password(settings.login)
    for name, value, where in describe(settings, source):
        print(f"{name:16} {value:40} ({where})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
