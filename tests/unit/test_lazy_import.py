"""``import coinex_sdk`` stays cheap: heavy modules load on first use (import time is measured
in the bench notes, not asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_importing_the_package_loads_no_dependency_and_no_generated_code() -> None:
    loaded = _modules_after("import coinex_sdk")
    for heavy in ("httpx", "aiohttp", "attrs", "cattrs", "websockets", "coinex_sdk._generated"):
        assert heavy not in loaded


def test_a_client_loads_a_resource_and_its_models_only_when_used() -> None:
    loaded = _modules_after("from coinex_sdk import CoinEx\ncx = CoinEx()")
    assert "httpx" in loaded
    assert "coinex_sdk._generated.resources.common" not in loaded
    loaded = _modules_after("from coinex_sdk import CoinEx\nCoinEx().common")
    assert "coinex_sdk._generated.resources.common" in loaded
    assert "coinex_sdk._generated.models.common" in loaded
    assert not any(
        m.startswith("coinex_sdk._generated.resources.") and m.endswith("futures") for m in loaded
    )


def test_models_are_importable_from_the_public_module() -> None:
    from coinex_sdk.models import ServerTime

    assert ServerTime(timestamp=1).timestamp == 1
