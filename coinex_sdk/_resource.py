"""What generated resource classes build on: call an endpoint, decode into a model, walk pages.

Generated methods are one line over these helpers, so the path of a call reads
generated method -> ``_call`` -> transport flow -> signing -> httpx -> envelope -> model.
"""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

import attrs
import cattrs

from ._convert import structure
from ._endpoint import Endpoint
from ._envelope import Envelope
from ._exceptions import DecodeError
from ._types import BatchItem, Page

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._client import AsyncCoinEx, CoinEx
    from ._shell import AsyncShell, SyncShell

__all__ = ["AsyncResource", "SyncResource", "decode"]

T = TypeVar("T")


def decode(envelope: Envelope, endpoint: Endpoint, into: type[T], strict: bool) -> T:
    """``envelope.data`` as ``into``; a mismatch becomes a DecodeError that keeps the body."""
    data = _as_answer(envelope.data, into) if envelope.recovered else envelope.data
    try:
        result = structure(data, into, strict)
    except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
        details = (
            "; ".join(cattrs.transform_error(exc))
            if isinstance(exc, cattrs.BaseValidationError)
            else str(exc)
        )
        raise DecodeError(
            f"response does not match {getattr(into, '__name__', into)!s} ({details})",
            method=endpoint.method,
            path=endpoint.path,
            status_code=200,
            body=envelope.raw or repr(envelope.data).encode(),
        ) from exc
    if envelope.item_errors and isinstance(result, list):
        errors = envelope.item_errors
        marked = [
            attrs.evolve(item, unresolved=errors[i]) if i in errors else item
            for i, item in enumerate(result)
        ]
        return marked  # type: ignore[return-value]
    return result


def _as_answer(data: Any, into: Any) -> Any:
    """An order found by its client_id, reshaped as the placement's own answer would be: only
    the fields of the answer's model (a stop placement answers just ``stop_id``)."""
    if get_origin(into) is list:
        (inner,) = get_args(into)
        if get_origin(inner) is BatchItem and isinstance(data, list):
            (model,) = get_args(inner)
            return [
                {**item, "data": _fields_of(item.get("data"), model)}
                if isinstance(item, dict)
                else item
                for item in data
            ]
    return _fields_of(data, into)


def _fields_of(row: Any, model: Any) -> Any:
    if not isinstance(row, dict) or not attrs.has(model):
        return row
    known = {a.metadata.get("wire", a.name) for a in attrs.fields(model)}
    return {k: v for k, v in row.items() if k in known}


def _one(
    envelope: Envelope, endpoint: Endpoint, args: Mapping[str, Any], into: Any, strict: bool
) -> Any:
    return decode(envelope, endpoint, into, strict)


def _none(
    envelope: Envelope, endpoint: Endpoint, args: Mapping[str, Any], into: Any, strict: bool
) -> None:
    return None


def _page(
    envelope: Envelope, endpoint: Endpoint, args: Mapping[str, Any], item: type[T], strict: bool
) -> Page[T]:
    items = decode(envelope, endpoint, list[item], strict)  # type: ignore[valid-type]
    pagination = envelope.pagination
    if pagination is None:
        # Some paged endpoints answer a bare list (premium-index-history in the docs): then a
        # page as long as the limit asked for may have a successor, a shorter one is the last.
        limit = args.get("limit")
        return Page(items=items, has_next=isinstance(limit, int) and 0 < limit <= len(items))
    has_next, total = pagination.get("has_next", False), pagination.get("total")
    if isinstance(total, str) and total.isascii() and total.isdigit() and len(total) < 19:
        total = int(total)
    if not isinstance(has_next, bool) or not (
        total is None or (isinstance(total, int) and not isinstance(total, bool))
    ):
        raise DecodeError(
            f"malformed pagination (has_next must be a bool, total an int): {pagination!r:.200}",
            method=endpoint.method,
            path=endpoint.path,
            status_code=envelope.status_code,
            body=envelope.raw,
        )
    return Page(items=items, has_next=has_next, total=total)


Read = Callable[[Envelope, Endpoint, Mapping[str, Any], Any, bool], Any]
"""How an answer becomes a result: ``_one`` (a model), ``_page`` (a Page) or ``_none``."""


def _next_page(page: Page[Any], page_no: int) -> int | None:
    """The page to ask for after ``page`` (number ``page_no``), or None after the last."""
    return page_no + 1 if page.has_next and page.items else None


class _Resource:
    """What the sync and async resources share: the shell and options they call with, and
    everything but the call itself (the market check decision, decoding, raw mode).

    With ``raw=True`` (the resource behind ``with_raw_response``) every method returns a
    :class:`~coinex_sdk._response.RawResponse` whose ``parse()`` gives what it returns otherwise.
    """

    def __init__(self, client: CoinEx | AsyncCoinEx, raw: bool = False) -> None:
        self._shell = client._shell
        self._strict = client.config.strict
        self._markets = client if client.config.check_orders else None
        """The client whose ``markets`` check each placement (``check_orders``), or None."""
        self._raw = raw

    def _raw_twin(self) -> Self:
        """This resource in raw mode (behind ``with_raw_response``)."""
        twin = copy.copy(self)
        twin.__dict__.pop("with_raw_response", None)
        twin._raw = True
        return twin

    def _answer(
        self, envelope: Envelope, endpoint: Endpoint, args: Mapping[str, Any], into: Any, read: Read
    ) -> Any:
        strict = self._strict
        if self._raw:
            # In raw mode the methods return a RawResponse where their annotation says T: the
            # generated ``with_raw_response`` twins are typed through ``raw_method`` instead.
            from ._response import RawResponse

            return RawResponse.of(envelope, lambda: read(envelope, endpoint, args, into, strict))
        return read(envelope, endpoint, args, into, strict)


class SyncResource(_Resource):
    """Base of generated sync resources (``cx.spot``, ``cx.futures``...): only the calls."""

    _shell: SyncShell
    _markets: CoinEx | None

    def _send(self, endpoint: Endpoint, args: Mapping[str, Any], into: Any, read: Read) -> Any:
        if self._markets is not None and endpoint.places_orders:
            self._markets.markets.check(endpoint, args)
        return self._answer(self._shell.call(endpoint, args), endpoint, args, into, read)

    def _call(self, endpoint: Endpoint, args: Mapping[str, Any], into: type[T]) -> T:
        return self._send(endpoint, args, into, _one)  # type: ignore[no-any-return]

    def _call_none(self, endpoint: Endpoint, args: Mapping[str, Any]) -> None:
        return self._send(endpoint, args, None, _none)  # type: ignore[no-any-return]

    def _page(self, endpoint: Endpoint, args: Mapping[str, Any], item: type[T]) -> Page[T]:
        return self._send(endpoint, args, item, _page)  # type: ignore[no-any-return]

    def _iter(self, endpoint: Endpoint, args: Mapping[str, Any], item: type[T]) -> Iterator[T]:
        page_no: int | None = args.get("page") or 1
        while page_no is not None:
            page = self._page(endpoint, {**args, "page": page_no}, item)
            yield from page.items
            page_no = _next_page(page, page_no)


class AsyncResource(_Resource):
    """Base of generated async resources (``acx.spot``, ``acx.futures``...): only the calls,
    awaited."""

    _shell: AsyncShell
    _markets: AsyncCoinEx | None

    async def _send(
        self, endpoint: Endpoint, args: Mapping[str, Any], into: Any, read: Read
    ) -> Any:
        if self._markets is not None and endpoint.places_orders:
            await self._markets.markets.check(endpoint, args)
        return self._answer(await self._shell.call(endpoint, args), endpoint, args, into, read)

    async def _call(self, endpoint: Endpoint, args: Mapping[str, Any], into: type[T]) -> T:
        return await self._send(endpoint, args, into, _one)  # type: ignore[no-any-return]

    async def _call_none(self, endpoint: Endpoint, args: Mapping[str, Any]) -> None:
        return await self._send(endpoint, args, None, _none)  # type: ignore[no-any-return]

    async def _page(self, endpoint: Endpoint, args: Mapping[str, Any], item: type[T]) -> Page[T]:
        return await self._send(endpoint, args, item, _page)  # type: ignore[no-any-return]

    async def _iter(
        self, endpoint: Endpoint, args: Mapping[str, Any], item: type[T]
    ) -> AsyncIterator[T]:
        page_no: int | None = args.get("page") or 1
        while page_no is not None:
            page = await self._page(endpoint, {**args, "page": page_no}, item)
            for entry in page.items:
                yield entry
            page_no = _next_page(page, page_no)
