"""``python -m coinex_sdk.sandbox [--port 8000] ...``: the same as ``coinex sandbox``."""

from __future__ import annotations

import sys

from ..cli import main

if __name__ == "__main__":
    sys.exit(main(["sandbox", *sys.argv[1:]]))
