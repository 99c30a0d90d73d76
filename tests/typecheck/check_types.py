"""What an IDE and mypy see: checked by ``nox -s typecheck`` (mypy --strict), never executed.

``assert_type`` pins the exact types users get; the ``type: ignore[...]`` lines are calls that
must stay errors (mypy's ``warn_unused_ignores`` fails the session if they stop being errors).
"""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

from coinex_sdk import AsyncCoinEx, CoinEx, Page
from coinex_sdk.models import MaintenanceInfo, ServerTime


def sync_calls(cx: CoinEx) -> None:
    assert_type(cx.common.time(), ServerTime)
    assert_type(cx.common.maintain_info(), list[MaintenanceInfo])
    assert_type(cx.request("GET", "/v2/time"), Any)


async def async_calls(acx: AsyncCoinEx) -> None:
    assert_type(await acx.common.time(), ServerTime)
    assert_type(await acx.common.maintain_info(), list[MaintenanceInfo])


def wrong_arguments(cx: CoinEx) -> None:
    cx.common.time(market="BTCUSDT")  # type: ignore[call-arg]
    cx.common.time().timestamp.upper()  # type: ignore[attr-defined]


def pages(page: Page[ServerTime]) -> None:
    assert_type(page.items, list[ServerTime])
    assert_type(page.has_next, bool)
