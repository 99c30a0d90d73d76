# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from typing import Any

from attrs import define, field

from . import enums


@define(kw_only=True, frozen=True)
class ServerTime:
    """CoinEx server time."""

    timestamp: int
    """Server time in ms since the epoch."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class Pong:
    """Answer to a ping."""

    result: str
    """Always "pong"."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class MaintenanceInfo:
    """A scheduled or running maintenance window."""

    started_at: int
    """Start of the maintenance, ms."""
    ended_at: int
    """End of the maintenance, ms."""
    scope: list[enums.MaintenanceScope]
    """What the maintenance covers."""
    announce_enabled: bool
    """Whether an announcement exists."""
    announce_url: str
    """Link to the announcement."""
    protect_duration_start: int
    """Start of the protection period (ms): only cancels and maker-only limit orders are
    accepted."""
    protect_duration_end: int
    """End of the protection period, ms."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""
