"""``coinex``: endpoints listed and called from the shell, arguments typed by the spec."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from coinex_sdk import cli
from tests.unit.helpers import Script, ok


def test_endpoints_lists_every_endpoint(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["endpoints"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 132
    assert any(line.split() == ["GET", "/v2/spot/ticker", "spot.ticker"] for line in lines)


def test_call_converts_arguments_and_prints_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import coinex_sdk

    script = Script(ok({"timestamp": 1700000000000}))
    real = coinex_sdk.CoinEx

    def client(**kwargs: Any) -> coinex_sdk.CoinEx:
        return real(**kwargs, http_client=httpx.Client(transport=httpx.MockTransport(script)))

    monkeypatch.setattr(coinex_sdk, "CoinEx", client)
    assert cli.main(["call", "common.time", "--base-url", "http://coinex.test"]) == 0
    assert json.loads(capsys.readouterr().out) == {"timestamp": 1700000000000}


def test_call_rejects_unknown_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["call", "spot.ticker", "markets=BTCUSDT"]) == 2
    assert "market" in capsys.readouterr().err


def test_to_json_uses_wire_names_and_exact_decimals() -> None:
    from decimal import Decimal

    from coinex_sdk._convert import structure
    from coinex_sdk.models import SpotTicker

    data = {
        "market": "BTCUSDT",
        "last": "1.50",
        "open": "1",
        "close": "1.5",
        "high": "2",
        "low": "1",
        "volume": "3",
        "volume_sell": "1",
        "volume_buy": "2",
        "value": "4",
        "period": 86400,
        "new_field": 1,
    }
    out = cli.to_json(structure(data, SpotTicker))
    assert out["last"] == "1.50" and out["new_field"] == 1
    assert cli._convert("decimal", "0.1") == "0.1" and Decimal(out["last"]) == Decimal("1.5")
