"""One connection's ``server.ping`` schedule (docs/protocol/websocket.md §5): a pure value."""

from __future__ import annotations

from coinex_sdk.ws._keepalive import Keepalive


def started(now: float = 100.0) -> Keepalive:
    keepalive = Keepalive(interval=4.0, timeout=5.0)
    keepalive.start(now)
    return keepalive


def test_the_first_ping_is_due_one_interval_after_the_connection_opens() -> None:
    keepalive = started(100.0)
    assert keepalive.next_deadline() == 104.0
    assert keepalive.poll(103.9) == "wait"
    assert keepalive.poll(104.0) == "ping"


def test_while_a_ping_is_awaited_the_deadline_is_its_pong_and_no_second_ping_goes_out() -> None:
    keepalive = started(100.0)
    keepalive.poll(104.5)
    assert keepalive.next_deadline() == 109.5
    assert keepalive.poll(109.4) == "wait"


def test_a_pong_later_than_the_timeout_means_the_connection_is_dead() -> None:
    keepalive = started(100.0)
    keepalive.poll(104.0)
    assert keepalive.poll(109.0) == "dead"


def test_after_the_pong_the_next_ping_is_one_interval_after_the_last() -> None:
    keepalive = started(100.0)
    keepalive.poll(104.0)
    keepalive.answered()
    assert keepalive.next_deadline() == 108.0
    assert keepalive.poll(108.0) == "ping"


def test_a_new_connection_forgets_the_ping_the_old_one_awaited() -> None:
    keepalive = started(100.0)
    keepalive.poll(104.0)
    keepalive.start(200.0)
    assert keepalive.next_deadline() == 204.0
    assert keepalive.poll(203.0) == "wait"
