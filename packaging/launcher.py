"""Entry point of the frozen executable."""

import sys

from kiosk_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
