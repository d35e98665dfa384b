"""kiosk_app: a CareCloud loyalty front-end for cashiers and self-service kiosks."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kiosk-app")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
