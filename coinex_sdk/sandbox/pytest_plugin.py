"""The ``coinex_sandbox`` pytest fixture: a fresh sandbox exchange on loopback for one test.

Registered through the ``pytest11`` entry point, so any project that installs
``coinex-sdk[sandbox]`` can write::

    def test_my_bot_buys(coinex_sandbox):
        with coinex_sandbox.client() as cx:             # signed as the default account
            order = cx.spot.place_order(market="BTCUSDT", market_type="SPOT", side="buy",
                                        type="market", amount="100")

    @pytest.mark.coinex_sandbox(strict_signing=True, tick_interval=None)
    def test_with_options(coinex_sandbox): ...

The marker's keyword arguments go to :class:`~coinex_sdk.sandbox.Sandbox`. This module is loaded
in every pytest session of such a project, so it imports nothing but pytest at load time. A test
that asks for the fixture without the ``sandbox`` extra (starlette, uvicorn) installed errors with
an ImportError naming the extra: a silently skipped bot test would look like a passing one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._server import Sandbox

__all__ = ["coinex_sandbox"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "coinex_sandbox(**options): options for the coinex_sandbox fixture (see Sandbox)",
    )


@pytest.fixture
def coinex_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A running :class:`~coinex_sdk.sandbox.Sandbox`: ``.url``, ``.access_id``, ``.client()``."""
    from . import Sandbox  # raises ImportError naming the extra when it is missing

    marker = request.node.get_closest_marker("coinex_sandbox")
    options = dict(marker.kwargs) if marker is not None else {}
    with Sandbox(**options) as sandbox:
        yield sandbox
