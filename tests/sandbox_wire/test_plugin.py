"""The ``coinex_sandbox`` pytest fixture, and its plugin's promise to stay out of the way."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from coinex_sdk.sandbox import Sandbox


def test_the_fixture_serves_a_fresh_sandbox_and_a_client_for_it(coinex_sandbox: Sandbox) -> None:
    assert coinex_sandbox.running
    with coinex_sandbox.client(strict=True) as cx:
        assert cx.common.ping().result == "pong"
        assert {b.ccy for b in cx.assets.spot_balance()} >= {"BTC", "USDT"}


@pytest.mark.coinex_sandbox(strict_signing=True, tick_interval=None)
def test_the_marker_passes_options_to_the_sandbox(coinex_sandbox: Sandbox) -> None:
    assert coinex_sandbox.exchange.config.strict_signing
    assert coinex_sandbox.tick_interval is None


def test_loading_the_plugin_imports_no_sandbox_code_and_survives_without_starlette() -> None:
    code = (
        "import sys, json\n"
        "sys.modules['starlette'] = None\n"
        "sys.modules['uvicorn'] = None\n"
        "import coinex_sdk.sandbox.pytest_plugin\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert "coinex_sdk.sandbox.engine._exchange" not in loaded
    assert not {"attrs", "httpx", "coinex_sdk._generated"} & loaded
