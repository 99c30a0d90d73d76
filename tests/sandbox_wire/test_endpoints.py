"""Every generated endpoint, called through the SDK over loopback, sync and async, decoded
strictly: the sandbox serves the whole spec, and what it answers is exactly the spec's shape.

Arguments come from each endpoint's ``Param`` descriptions (``helpers.arguments``), so a new
spec endpoint is covered here the moment it is generated.
"""

from __future__ import annotations

from typing import Any

import pytest

from coinex_sdk import AsyncCoinEx, BatchItem, CoinEx, DeprecatedEndpointError, Page
from coinex_sdk._endpoint import Endpoint
from coinex_sdk._generated.endpoints import ALL
from coinex_sdk.sandbox import Sandbox
from coinex_sdk.sandbox.http._handlers import REFUSED

from .helpers import arguments
from .shapes import response_shape


def _check(endpoint: Endpoint, result: Any) -> None:
    shape = response_shape(endpoint.name)
    if shape.kind == "none":
        assert result is None
    elif shape.kind == "object":
        assert isinstance(result, shape.model)  # type: ignore[arg-type]
    elif shape.kind == "list":
        assert isinstance(result, list) and all(isinstance(x, shape.model) for x in result)  # type: ignore[arg-type]
    elif shape.kind == "page":
        assert isinstance(result, Page)
        assert all(isinstance(x, shape.model) for x in result.items)  # type: ignore[arg-type]
    else:
        assert isinstance(result, list) and result
        assert all(isinstance(x, BatchItem) for x in result)


def _refused(endpoint: Endpoint) -> bool:
    return (endpoint.method, endpoint.path) in REFUSED


@pytest.mark.parametrize("endpoint", ALL, ids=[e.name for e in ALL])
def test_every_endpoint_answers_the_sync_client_in_strict_mode(
    sandbox: Sandbox, cx: CoinEx, endpoint: Endpoint
) -> None:
    resource, name = endpoint.name.split(".")
    call = getattr(getattr(cx, resource), name)
    if _refused(endpoint):  # never a made-up success: an error that says why
        with pytest.raises(DeprecatedEndpointError, match="not simulated by the sandbox"):
            call(**arguments(sandbox, endpoint))
        return
    _check(endpoint, call(**arguments(sandbox, endpoint)))


@pytest.mark.parametrize("endpoint", ALL, ids=[e.name for e in ALL])
async def test_every_endpoint_answers_the_async_client_in_strict_mode(
    sandbox: Sandbox, acx: AsyncCoinEx, endpoint: Endpoint
) -> None:
    resource, name = endpoint.name.split(".")
    call = getattr(getattr(acx, resource), name)
    if _refused(endpoint):
        with pytest.raises(DeprecatedEndpointError, match="not simulated by the sandbox"):
            await call(**arguments(sandbox, endpoint))
        return
    _check(endpoint, await call(**arguments(sandbox, endpoint)))
