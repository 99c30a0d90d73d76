"""The Jinja environment the templates render in, and the Python source they ask it for.

A template writes the shape of a generated file; what needs a decision per parameter, endpoint or
channel is a function here, offered to every template as a global: a parameter's annotation
(``ptype``) and signature entry (``optional``), a method's docstring, the ``args`` dict a call
validates, a channel's subscribe params, the runtime ``Param`` a table holds.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import jinja2

from .spec_types import Channel, Endpoint, Operation, Param

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> jinja2.Environment:
    """The environment every template renders in, with the functions below as globals."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    env.filters["tuple"] = tuple
    env.filters["wrap"] = lambda text, width=96, indent=0: ("\n" + " " * indent).join(
        _wrap(text, indent, width)
    )
    env.globals.update(
        ptype=ptype,
        optional=optional,
        sub_params=sub_params,
        book_args=book_args,
        book_doc=book_doc,
        channel_doc=channel_doc,
        rtype=rtype,
        into=into,
        call=call,
        args=args,
        docstring=docstring,
        param=param_literal,
    )
    return env


# What a parameter is in a signature and in an endpoint table.
_ACCEPTS = {
    "string": "str",
    "integer": "int",
    "boolean": "bool",
    "decimal": "Decimal | str | int",
    "timestamp": "int | datetime",
    "list": "str | Sequence[str]",
    "int_list": "Sequence[int]",
}


def type_accepts(p: Param) -> str:
    """What a parameter of its type accepts, before an enum narrows it (the reference shows this
    and lists the values)."""
    if p.type == "object":
        return str(p.item_model)
    if p.type == "object_list":
        return f"Sequence[{p.item_model}]"
    return _ACCEPTS[p.type]


def ptype(p: Param) -> str:
    """The annotation of a parameter: what an IDE shows and mypy checks. An enum narrows it to
    its values (or the enum's members), item by item for a list."""
    if not p.enum_values:
        return type_accepts(p)
    choice = _literal(p.enum_values) + (f" | {p.enum_name}" if p.enum_name else "")
    return f"Sequence[{choice}]" if p.type == "list" else choice


def _literal(values: tuple[Any, ...]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def optional(p: Param) -> str:
    """The signature entry of an optional parameter: its default, or None."""
    if p.default is not None:
        return f"{p.pyname}: {ptype(p)} = {p.default!r}"
    return f"{p.pyname}: {ptype(p)} | None = None"


_KIND = {"integer": "int", "boolean": "bool"}
"""The runtime ``Param``'s kind where it differs from the spec's type name."""


def param_literal(p: Param) -> str:
    """Python source constructing the runtime ``Param`` description."""
    kind = _KIND.get(p.type, p.type)
    parts = [repr(p.name), repr(kind)]
    if p.location != "query":
        parts.append(f"location={p.location!r}")
    if p.required:
        parts.append("required=True")
    if p.enum_values:
        parts.append(f"enum={tuple(p.enum_values)!r}")
    for key in ("pattern", "max_length", "max_items"):
        value = getattr(p, key)
        if value is not None:
            parts.append(f"{key}={value!r}")
    for key in ("minimum", "exclusive_minimum", "maximum"):
        value = getattr(p, key)
        if value is not None:
            parts.append(f"{key}=Decimal({value!r})")
    if p.fields:
        parts.append("fields=(" + "".join(param_literal(f) + ", " for f in p.fields) + ")")
    return "Param(" + ", ".join(parts) + ")"


# An endpoint's method: what it returns, which call it makes, what it checks, its docstring.
def rtype(ep: Endpoint) -> str:
    model = ep.response_model
    return {
        "object": f"{model}",
        "list": f"list[{model}]",
        "page": f"Page[{model}]",
        "batch": f"list[BatchItem[{model}]]",
        "none": "None",
    }[ep.response_type]


def into(ep: Endpoint) -> str:
    if ep.response_type == "page" and ep.response_model:
        return ep.response_model
    return rtype(ep)


def call(ep: Endpoint) -> str:
    return {"page": "_page", "none": "_call_none"}.get(ep.response_type, "_call")


def args(op: Operation, skip: str | None = None) -> str:
    """The ``args`` a generated method checks: ``{wire name: its Python parameter}``."""
    items = [f"{p.name!r}: {p.pyname}" for p in op.params if p.name != skip]
    return "{" + ", ".join(items) + "}"


def docstring(ep: Endpoint, indent: int) -> str:
    unverified = None
    if not ep.verified:
        unverified = (
            "Unverified: CoinEx's documentation for this endpoint was not available when it was "
            "specified; parameters and fields may differ. " + ep.notes
        )
    lines = _doc_lines(ep.summary, ep.description, unverified, ep.params, indent)
    meta = [f"Signed: {'yes' if ep.auth else 'no (public)'}."]
    meta.append(f"Rate limit: {ep.rate_limit or 'ip'} group.")
    lines += ["", " ".join(meta)]
    if ep.recover_by_client_id:
        lines += [
            "Exactly once: given no client_id, the SDK generates one. If the answer is lost,",
            "the order is looked up by client_id over the settle window and returned, or",
            "OrderOutcomeUnknownError is raised; never resent unless CoinEx refused it.",
        ]
    elif ep.moves_money:
        lines.append("Moves money: never resent unless CoinEx refused it before acting.")
    lines.append(f"CoinEx docs: {ep.doc}")
    return _docstring(lines, indent)


# A channel's methods: the subscribe params, the args order_book() checks, their docstrings.
def sub_params(ch: Channel) -> str:
    """Python source of a channel's subscribe params, built from the checked ``args``."""
    if ch.fixed is not None:
        return repr(ch.fixed)
    if isinstance(ch.item, list):
        first = next(p for p in ch.params if p.name == ch.item[0])
        if first.type == "list":  # one tuple per key: [[m, limit, ...] for m in markets]
            rest = "".join(f", args[{name!r}]" for name in ch.item[1:])
            return f"{{{ch.list_param!r}: [[key{rest}] for key in args[{first.name!r}]]}}"
        items = ", ".join(f"args[{name!r}]" for name in ch.item)
        return f"{{{ch.list_param!r}: [[{items}]]}}"
    return f"{{{ch.list_param!r}: args.get({ch.item!r}, [])}}"


def book_args(ch: Channel) -> str:
    """The args ``order_book()`` validates: its own params plus the ones the book pins."""
    assert ch.book is not None
    fixed = ch.book["fixed"]
    items = [
        f"{p.name!r}: {fixed[p.name]!r}" if p.name in fixed else f"{p.name!r}: {p.pyname}"
        for p in ch.params
    ]
    return "{" + ", ".join(items) + "}"


def channel_doc(ch: Channel, venue: str, indent: int) -> str:
    unverified = None if ch.verified else "Unverified: " + ch.notes
    lines = _doc_lines(ch.summary, ch.description, unverified, ch.params, indent)
    lines += [
        "",
        f"Yields ``{ch.models[venue]}`` per ``{ch.name}.update`` push, and a ``Gap`` when updates",
        "may be missing: after a reconnect, a resync, or a push that did not decode (``gap.error``",
        "keeps the raw frame; the stream goes on). Leaving the iterator unsubscribes.",
        f"Signed connection: {'yes' if ch.auth else 'no'}. CoinEx docs: {ch.doc}",
    ]
    return _docstring(lines, indent)


def book_doc(ch: Channel, is_async: bool, indent: int) -> str:
    assert ch.book is not None
    how = "``async for`` yields" if is_async else "Iterating yields"
    description = (
        f"One subscription for every market given. {how} a market's ``OrderBook`` (Decimal "
        "levels, best first) after each push that left it verified, and a ``Gap`` whenever the "
        "books stopped being current (reconnect, resync, a malformed push): every book then "
        "has ``synced`` False until CoinEx's next full snapshot of it. No item means no change. "
        "A checksum mismatch resubscribes for a fresh snapshot. ``.books`` holds the books by "
        "market (``.book`` when there is one)."
    )
    params = [p for p in ch.params if p.name not in ch.book["fixed"]]
    summary = f"Local order books kept from ``{ch.name}.update`` pushes, CRC32-verified."
    return _docstring(_doc_lines(summary, description, None, params, indent), indent)


# Docstrings: wrapped to the generated code's width.
def _doc_lines(
    summary: str, description: str, unverified: str | None, params: list[Param], indent: int
) -> list[str]:
    """Summary, description, an unverified warning and the ``Args:`` of a generated docstring."""
    lines = _wrap(summary.rstrip(".") + ".", indent)
    if description:
        lines += [""] + _wrap(description, indent)
    if unverified is not None:
        lines += [""] + _wrap(unverified, indent)
    doc_params = [p for p in params if p.description or p.enum_values]
    if doc_params:
        lines += ["", "Args:"]
        for p in doc_params:
            text = p.description or ""
            if p.enum_values and p.type != "string":
                text += f" One of {', '.join(map(str, p.enum_values))}."
            wrapped = _wrap(f"{p.pyname}: {text}".rstrip(), indent + 4, 96)
            lines += ["    " + wrapped[0]] + ["        " + w for w in wrapped[1:]]
    return lines


def _docstring(lines: list[str], indent: int) -> str:
    pad = " " * indent
    body = "\n".join((pad + line) if line else "" for line in lines[1:])
    return '"""' + lines[0] + ("\n" + body + "\n" + pad if len(lines) > 1 else "") + '"""'


def _wrap(text: str, indent: int, width: int = 96) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(textwrap.wrap(para, width - indent) or [""])
    return lines
