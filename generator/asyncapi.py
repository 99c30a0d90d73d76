"""Spec -> an AsyncAPI 3.0 document of the WebSocket channels (``docs/spec/asyncapi.json``).

CoinEx multiplexes every channel on one connection per venue (``/v2/spot``, ``/v2/futures``):
requests are JSON text frames ``{method, params, id}``; every server frame is gzip-compressed
JSON, either a reply ``{id, code, message, data?}`` or a push ``{method: "<name>.update", data,
id: null}``. Here each (venue, channel) is an AsyncAPI channel whose address is the channel
name, with ``subscribe`` / ``unsubscribe`` operations (send, with the reply) and an ``update``
operation (receive). ``server.sign`` and ``server.ping`` are channels of their own.
"""

from __future__ import annotations

from typing import Any

from .openapi import REF, component_schemas, description, package_version, param_schema
from .spec_types import Channel, Param, Spec

GZIP = (
    "Every server frame is a binary WebSocket frame holding one gzip member (not "
    "permessage-deflate); clients send plain JSON text frames."
)


def _request(method: str, params: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "name": method,
        "title": method,
        "summary": description,
        "payload": {
            "type": "object",
            "required": ["method", "params", "id"],
            "properties": {
                "method": {"const": method},
                "params": params,
                "id": {"type": "integer", "description": "Chosen by the client, echoed back."},
            },
        },
    }


def _item_schema(ch: Channel) -> dict[str, Any]:
    """One element of a channel's subscribe list (a key, or a tuple whose first item is it)."""
    by_name = {p.name: p for p in ch.params}

    def single(p: Param) -> dict[str, Any]:
        schema = param_schema(p)
        return schema["items"] if p.type == "list" else schema

    if isinstance(ch.item, list):
        items = [single(by_name[name]) for name in ch.item]
        return {"type": "array", "items": items, "minItems": len(items), "maxItems": len(items)}
    assert isinstance(ch.item, str)
    return single(by_name[ch.item])


def _params(ch: Channel, unsubscribe: bool) -> dict[str, Any]:
    if ch.fixed is not None:
        return {
            "type": "object",
            "required": sorted(ch.fixed),
            "properties": {key: {"const": value} for key, value in ch.fixed.items()},
        }
    assert ch.list_param is not None
    item = _item_schema(ch)
    if unsubscribe and item.get("type") == "array" and isinstance(item.get("items"), list):
        item = item["items"][0]  # unsubscribe names plain keys: the first item of each tuple
    return {
        "type": "object",
        "required": [ch.list_param],
        "properties": {
            ch.list_param: {
                "type": "array",
                "items": item,
                "description": "An empty list means every key (every market / currency).",
            }
        },
    }


def _update(ch: Channel, venue: str) -> dict[str, Any]:
    return {
        "name": f"{ch.name}.update",
        "title": f"{ch.name}.update",
        "summary": ch.summary,
        "payload": {
            "type": "object",
            "required": ["method", "data"],
            "properties": {
                "method": {"const": f"{ch.name}.update"},
                "data": {"$ref": REF + ch.models[venue]},
                "id": {"type": "null"},
            },
        },
    }


def _channel(ch: Channel, venue: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The channel object and its operations."""
    cid = f"{venue}.{ch.name}"
    signed = f"Signed connection required: {'yes (server.sign first)' if ch.auth else 'no'}."
    channel: dict[str, Any] = {
        "address": ch.name,
        "title": f"{ch.name} ({venue})",
        "summary": ch.summary,
        "description": description(ch, signed),
        "servers": [{"$ref": f"#/servers/{venue}"}],
        "messages": {
            "subscribe": _request(
                f"{ch.name}.subscribe", _params(ch, unsubscribe=False), "Subscribe."
            ),
            "unsubscribe": _request(
                f"{ch.name}.unsubscribe", _params(ch, unsubscribe=True), "Unsubscribe."
            ),
            "reply": {"$ref": "#/components/messages/Reply"},
            "update": _update(ch, venue),
        },
        "externalDocs": {"url": ch.doc},
    }
    if ch.auth:
        channel["x-requires-server-sign"] = True
    ref = f"#/channels/{cid}"
    operations: dict[str, Any] = {}
    for verb in ("subscribe", "unsubscribe"):
        operations[f"{cid}.{verb}"] = {
            "action": "send",
            "channel": {"$ref": ref},
            "messages": [{"$ref": f"{ref}/messages/{verb}"}],
            "reply": {"channel": {"$ref": ref}, "messages": [{"$ref": f"{ref}/messages/reply"}]},
        }
    operations[f"{cid}.update"] = {
        "action": "receive",
        "channel": {"$ref": ref},
        "summary": f"Pushes: {ch.models[venue]}.",
        "messages": [{"$ref": f"{ref}/messages/update"}],
    }
    return channel, operations


def _server_channels(venue: str) -> tuple[dict[str, Any], dict[str, Any]]:
    sign = _request(
        "server.sign",
        {
            "type": "object",
            "required": ["access_id", "signed_str", "timestamp"],
            "properties": {
                "access_id": {"type": "string"},
                "signed_str": {
                    "type": "string",
                    "description": "Lower-case hex HMAC-SHA256(secret_key, str(timestamp)).",
                },
                "timestamp": {"type": "integer", "description": "Milliseconds since epoch."},
            },
        },
        "Authenticate the connection (once per connection, again after a reconnect).",
    )
    ping = _request(
        "server.ping",
        {"type": "object", "maxProperties": 0},
        "Application-level keepalive: CoinEx ignores protocol pings; reply data "
        '{"result": "pong"}.',
    )
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    for name, message in (("server.sign", sign), ("server.ping", ping)):
        cid = f"{venue}.{name}"
        channels[cid] = {
            "address": name,
            "title": f"{name} ({venue})",
            "servers": [{"$ref": f"#/servers/{venue}"}],
            "messages": {"request": message, "reply": {"$ref": "#/components/messages/Reply"}},
        }
        ref = f"#/channels/{cid}"
        operations[cid] = {
            "action": "send",
            "channel": {"$ref": ref},
            "messages": [{"$ref": f"{ref}/messages/request"}],
            "reply": {"channel": {"$ref": ref}, "messages": [{"$ref": f"{ref}/messages/reply"}]},
        }
    return channels, operations


def asyncapi(spec: Spec) -> dict[str, Any]:
    """The AsyncAPI 3.0 document (a dict; ``openapi.to_json`` for the file)."""
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    for venue in ("spot", "futures"):
        more_channels, more_operations = _server_channels(venue)
        channels.update(more_channels)
        operations.update(more_operations)
        for ch in spec.channels:
            if venue in ch.venues:
                channel, ops = _channel(ch, venue)
                channels[f"{venue}.{ch.name}"] = channel
                operations.update(ops)
    # Push models reference REST models too (state.update's SpotTicker): include them all.
    models = {n: s for r in spec.resources.values() for n, s in r.models.items()}
    models.update(spec.ws_models)
    servers = {
        venue: {
            "host": "socket.coinex.com",
            "pathname": f"/v2/{venue}",
            "protocol": "wss",
            "description": f"CoinEx {venue} WebSocket server. {GZIP}",
        }
        for venue in ("spot", "futures")
    }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "CoinEx WebSocket API v2",
            "version": package_version(),
            "description": (
                "Generated from coinex-sdk's spec/ (not published by CoinEx). One connection per "
                "venue (spot, futures) carries every channel: requests `{method, params, id}`, "
                "replies `{id, code, message, data?}`, pushes "
                "`{method: '<channel>.update', data, id: null}`. "
                f"{GZIP} Amounts, prices, rates and fees are decimal strings, never JSON numbers."
            ),
            "license": {"name": "MIT"},
        },
        "defaultContentType": "application/json",
        "servers": servers,
        "channels": channels,
        "operations": operations,
        "components": {
            "schemas": component_schemas(spec, models),
            "messages": {
                "Reply": {
                    "name": "reply",
                    "title": "Reply to a request",
                    "summary": "code 0 and OK, or an error code (2xxxx spot, 3xxxx futures).",
                    "payload": {
                        "type": "object",
                        "required": ["id", "code", "message"],
                        "properties": {
                            "id": {"type": "integer"},
                            "code": {"type": "integer"},
                            "message": {"type": "string"},
                            "data": {},
                        },
                    },
                }
            },
        },
    }
