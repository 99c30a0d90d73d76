"""Every program in examples/ runs against a sandbox as a user would run it (seconds each)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coinex_sdk.sandbox import Sandbox

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def run(sandbox: Sandbox, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "COINEX_BASE_URL": sandbox.url,
        "COINEX_ACCESS_ID": sandbox.access_id,
        "COINEX_SECRET_KEY": sandbox.secret_key,
    }
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=EXAMPLES, timeout=90
    )
    assert done.returncode == 0, f"{args}:\n{done.stdout}\n{done.stderr}"
    return done


@pytest.mark.coinex_sandbox(tick_interval=None)  # a still market: no grid order fills
def test_the_grid_bot_places_its_grid_once_and_cancels_it(coinex_sandbox: Sandbox) -> None:
    first = run(coinex_sandbox, "grid_bot.py", "--levels", "2")
    assert first.stdout.count("grid-BTCUSDT-") == 4
    run(coinex_sandbox, "grid_bot.py", "--levels", "2")  # a restart adds nothing
    with coinex_sandbox.client() as cx:
        pending = cx.spot.pending_orders(market="BTCUSDT", market_type="SPOT")
        assert sorted(o.client_id for o in pending) == sorted(
            f"grid-BTCUSDT-{side}-{level}" for side in ("buy", "sell") for level in (1, 2)
        )
    run(coinex_sandbox, "grid_bot.py", "--cancel")
    with coinex_sandbox.client() as cx:
        assert not cx.spot.pending_orders(market="BTCUSDT", market_type="SPOT")


def test_the_ws_bot_answers_a_fill_with_a_quote(coinex_sandbox: Sandbox) -> None:
    done = run(coinex_sandbox, "ws_bot.py", "--seconds", "2", "--kick")
    assert "filled buy" in done.stdout
    with coinex_sandbox.client() as cx:
        pending = cx.spot.pending_orders(market="BTCUSDT", market_type="SPOT")
        assert any(o.client_id.startswith("reply-") for o in pending)


def test_the_ws_bot_reconciles_after_a_gap(coinex_sandbox: Sandbox) -> None:
    import threading

    timer = threading.Timer(1.5, coinex_sandbox.drop_ws)
    timer.start()
    try:
        done = run(coinex_sandbox, "ws_bot.py", "--seconds", "4")
    finally:
        timer.cancel()
    gaps = int(done.stdout.split("gaps=")[1].split()[0])
    assert gaps >= 1


@pytest.mark.coinex_sandbox(tick_interval=None)
def test_the_futures_example_sets_tp_and_sl_then_closes(coinex_sandbox: Sandbox) -> None:
    done = run(coinex_sandbox, "futures_tp_sl.py")
    assert "opened open-" in done.stdout
    assert "take-profit" in done.stdout
    assert "closed with order" in done.stdout
    with coinex_sandbox.client() as cx:
        assert not cx.futures.pending_positions(market="BTCUSDT")


@pytest.mark.coinex_sandbox(tick_interval=None)
def test_the_take_profit_the_example_sets_closes_the_position(coinex_sandbox: Sandbox) -> None:
    run(coinex_sandbox, "futures_tp_sl.py", "--keep")
    with coinex_sandbox.client() as cx:
        (position,) = cx.futures.pending_positions(market="BTCUSDT")
        assert position.take_profit_price is not None and position.take_profit_price > 0
        coinex_sandbox.set_mark_price("BTCUSDT", position.take_profit_price * 2)
        assert not cx.futures.pending_positions(market="BTCUSDT")
        (closed,) = cx.futures.finished_positions(market="BTCUSDT").items[:1]
        assert closed.position_id == position.position_id


@pytest.mark.parametrize("test_file", ["test_grid_bot.py"])
def test_the_example_pytest_suite_passes(test_file: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_file],
        capture_output=True,
        text=True,
        cwd=EXAMPLES,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "4 passed" in done.stdout
