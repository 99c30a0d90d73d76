"""``with_options()`` over a user-supplied httpx client: the derived client's timeout rides on
each request, the user's client is shared and left as it is."""

from __future__ import annotations

import httpx

from tests.unit.helpers import Script, async_client, ok, sync_client


def test_a_derived_client_sends_through_the_users_httpx_client_with_its_timeout() -> None:
    script = Script(ok({"timestamp": 1}), ok({"timestamp": 2}))
    with sync_client(script, timeout=9.0) as cx:
        cx.common.time()
        cx.with_options(timeout=1.5).common.time()
        assert not cx._shell.sender.client.is_closed  # type: ignore[attr-defined]
    first, second = (r.extensions["timeout"] for r in script.requests)
    assert first == httpx.Timeout(9.0).as_dict()
    assert second == httpx.Timeout(1.5).as_dict()


async def test_an_async_derived_client_shares_the_users_client_with_its_timeout() -> None:
    script = Script(ok({"timestamp": 1}), ok({"timestamp": 2}))
    async with async_client(script) as acx:
        derived = acx.with_options(timeout=0.5, max_retries=0)
        assert derived._shell.sender.client is acx._shell.sender.client  # type: ignore[attr-defined]
        assert (await derived.common.time()).timestamp == 1
        assert (await acx.common.time()).timestamp == 2
    assert script.requests[0].extensions["timeout"] == httpx.Timeout(0.5).as_dict()
    assert script.requests[1].extensions.get("timeout") != httpx.Timeout(0.5).as_dict()
