"""What a user imports and what ``help()`` tells them."""

from __future__ import annotations

import inspect
import pydoc

import attrs
import pytest

import coinex_sdk
from coinex_sdk import AsyncCoinEx, CoinEx
from coinex_sdk._config import ClientConfig


def test_batch_request_typed_dicts_are_public() -> None:
    from coinex_sdk import types
    from coinex_sdk._generated import params

    assert "SpotOrderRequest" in types.__all__ and "FuturesStopOrderRequest" in types.__all__
    for name in types.__all__:
        assert getattr(types, name) is getattr(params, name)


@pytest.mark.parametrize(
    "name",
    [
        "WsTimings",
        "Gap",
        "Subscription",
        "AsyncSubscription",
        "OrderBookStream",
        "AsyncOrderBookStream",
        "OrderBook",
        "BookUpdate",
        "BookStatus",
    ],
)
def test_stream_types_are_importable_from_the_top_level(name: str) -> None:
    import coinex_sdk.ws

    assert name in coinex_sdk.__all__
    assert getattr(coinex_sdk, name) is getattr(coinex_sdk.ws, name)


def test_the_websocket_side_says_venue_and_leaves_endpoint_to_rest() -> None:
    import coinex_sdk.ws

    assert coinex_sdk.ws.Venue.__args__ == ("spot", "futures")
    assert "Endpoint" not in coinex_sdk.ws.__all__
    assert not hasattr(coinex_sdk.ws, "Endpoint")


@pytest.mark.parametrize("client", [CoinEx, AsyncCoinEx])
def test_help_explains_every_constructor_parameter(client: type) -> None:
    text = pydoc.render_doc(client)
    explicit = [p for p in inspect.signature(client).parameters if p != "options"]
    for name in [*explicit, *(a.name for a in attrs.fields(ClientConfig))]:
        assert f"    {name}: " in text, name
    assert coinex_sdk.CoinEx is CoinEx
