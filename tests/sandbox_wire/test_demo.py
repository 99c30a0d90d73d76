"""``coinex demo`` tells its story to the end against its in-process sandbox."""

from __future__ import annotations

import pytest

from coinex_sdk import cli


def test_the_demo_runs_every_chapter_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo"]) == 0
    out = capsys.readouterr().out
    for chapter in (
        "Public market data",
        "Signed: spot balances",
        "Place, modify and cancel",
        "A market order",
        "History, page by page",
        "Live order book over WebSocket",
        "0 checksum failures",
        "order.update finish",
        "The asyncio client",
        "position.update",
        "Done in",
    ):
        assert chapter in out
    assert "sandbox-alice-secret" not in out  # the demo never prints a secret key
