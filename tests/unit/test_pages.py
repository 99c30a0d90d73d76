"""A page is a sequence of its items; a page without CoinEx's pagination object tells by its
length whether another may follow."""

from __future__ import annotations

from collections.abc import Sequence

from coinex_sdk import Page
from tests.unit.helpers import Script, async_client, ok, sync_client


def test_a_page_iterates_over_its_items_and_has_a_length() -> None:
    page = Page(items=["a", "b", "c"], has_next=True)
    assert isinstance(page, Sequence)
    assert len(page) == 3
    assert list(page) == ["a", "b", "c"]
    assert page[0] == "a" and page[-1] == "c" and page[1:] == ["b", "c"]
    assert "b" in page
    assert not Page(items=[], has_next=False)


PREMIUM = {"market": "BTCUSDT", "created_at": 1, "premium_index": "0.0001"}


def test_a_full_page_without_pagination_may_have_a_next_one() -> None:
    script = Script(ok([PREMIUM, PREMIUM]), ok([PREMIUM]))
    with sync_client(script, strict=True) as cx:
        first = cx.futures.premium_index_history(market="BTCUSDT", limit=2)
        last = cx.futures.premium_index_history(market="BTCUSDT", page=2, limit=2)
    assert (len(first), first.has_next) == (2, True)
    assert (len(last), last.has_next) == (1, False)


def test_the_iterator_walks_pages_without_pagination_until_a_short_one() -> None:
    script = Script(ok([PREMIUM, PREMIUM]), ok([PREMIUM, PREMIUM]), ok([PREMIUM]))
    with sync_client(script, strict=True) as cx:
        items = list(cx.futures.iter_premium_index_history(market="BTCUSDT", limit=2))
    assert len(items) == 5
    assert [r.url.params["page"] for r in script.requests] == ["1", "2", "3"]


def test_without_a_limit_a_page_without_pagination_is_the_last() -> None:
    with sync_client(Script(ok([PREMIUM] * 10)), strict=True) as cx:
        assert not cx.futures.premium_index_history(market="BTCUSDT").has_next


async def test_async_pages_are_sequences_too() -> None:
    script = Script(ok([PREMIUM, PREMIUM]), ok([PREMIUM, PREMIUM]), ok([]))
    async with async_client(script, strict=True) as acx:
        page = await acx.futures.premium_index_history(market="BTCUSDT", limit=2)
        items = [p async for p in acx.futures.iter_premium_index_history(market="BTCUSDT", limit=2)]
    assert len(page) == 2 and page.has_next
    assert len(items) == 2
