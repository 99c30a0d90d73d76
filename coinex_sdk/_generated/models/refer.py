# generated from spec/ by `python -m generator`; do not edit.
from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define, field


@define(kw_only=True, frozen=True)
class Referee:
    """A user the caller referred directly, with their deposits, trading and the rebates
    earned."""

    uid: str
    """User ID (a string on the wire)."""
    account_name: str | None = None
    """Account name."""
    registered_at: int | None = None
    """Registration time, ms."""
    vip_level: int | None = None
    """VIP level."""
    bound_at: int | None = None
    """Time the referral was bound, ms."""
    refer_code: str | None = None
    """Referral code used."""
    referrer_rebate_rate: Decimal | None = None
    """Rebate rate of the referrer."""
    referee_rebate_rate: Decimal | None = None
    """Rebate rate of the referee."""
    first_deposit_time: int | None = None
    """First deposit time, ms."""
    first_deposit_value: Decimal | None = None
    """Value of the first deposit."""
    total_deposit_value: Decimal | None = None
    """Total deposit value."""
    first_deal_time: int | None = None
    """First trade time, ms."""
    first_deal_value: Decimal | None = None
    """Value of the first trade."""
    total_spot_value: Decimal | None = None
    """Total spot trading value."""
    total_spot_fee: Decimal | None = None
    """Total spot trading fees."""
    total_spot_rebate_usdt: Decimal | None = None
    """Total spot rebates paid in USDT."""
    total_spot_rebate_cet: Decimal | None = None
    """Total spot rebates paid in CET."""
    total_futures_value: Decimal | None = None
    """Total futures trading value."""
    total_futures_fee: Decimal | None = None
    """Total futures trading fees."""
    total_futures_rebate_usdt: Decimal | None = None
    """Total futures rebates paid in USDT."""
    total_futures_rebate_cet: Decimal | None = None
    """Total futures rebates paid in CET."""
    total_deal_value: Decimal | None = None
    """Total trading value (spot and futures)."""
    total_deal_fee: Decimal | None = None
    """Total trading fees (spot and futures)."""
    total_deal_rebate_usdt: Decimal | None = None
    """Total rebates paid in USDT."""
    total_deal_rebate_cet: Decimal | None = None
    """Total rebates paid in CET."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class ReferRebateRecord:
    """One day's rebate summary over the caller's referees (direct referees for
    referee_rebate_records, agent referees for agent_rebate_records)."""

    created_at: int
    """Time of the record, ms."""
    deal_user_number: int | None = None
    """Number of referees who traded."""
    total_spot_value: Decimal | None = None
    """Estimated spot trading value of the referees."""
    total_spot_fee: Decimal | None = None
    """Estimated spot trading fees of the referees."""
    total_futures_value: Decimal | None = None
    """Estimated futures trading value of the referees."""
    total_futures_fee: Decimal | None = None
    """Estimated futures trading fees of the referees."""
    total_deal_value: Decimal | None = None
    """Estimated total trading value (spot and futures)."""
    total_deal_fee: Decimal | None = None
    """Estimated total trading fees (spot and futures)."""
    total_deal_rebate_usdt: Decimal | None = None
    """Total spot and futures rebates in USDT."""
    total_deal_rebate_cet: Decimal | None = None
    """Total spot and futures rebates in CET."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class ReferRebateDetail:
    """One referee's trading and the rebates they generated (per record date)."""

    uid: str
    """User ID (a string on the wire)."""
    created_at: int | None = None
    """Time of the record, ms."""
    account_name: str | None = None
    """Account name."""
    spot_value: Decimal | None = None
    """Estimated spot trading value."""
    spot_fee: Decimal | None = None
    """Estimated spot trading fees."""
    futures_value: Decimal | None = None
    """Estimated futures trading value."""
    futures_fee: Decimal | None = None
    """Estimated futures trading fees."""
    deal_value: Decimal | None = None
    """Estimated total trading value (spot and futures)."""
    deal_fee: Decimal | None = None
    """Estimated total trading fees (spot and futures)."""
    deal_rebate_usdt: Decimal | None = None
    """Spot and futures rebates in USDT."""
    deal_rebate_cet: Decimal | None = None
    """Spot and futures rebates in CET."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""


@define(kw_only=True, frozen=True)
class AgentReferee:
    """A user invited by the agent, with the totals of the users they invited in turn."""

    uid: str
    """User ID (a string on the wire)."""
    account_name: str
    """Account name."""
    rebate_rate: Decimal
    """Rebate rate earned on the trading of the users this referee invited."""
    invite_number: int
    """Number of users invited."""
    invite_deal_number: int
    """Number of invited users who traded spot or futures."""
    invite_deal_value: Decimal
    """Estimated spot and futures trading value of the invited users."""
    invite_deal_fee: Decimal
    """Estimated spot and futures trading fees of the invited users."""
    invite_rebate_usdt: Decimal
    """Total rebates in USDT."""
    invite_rebate_cet: Decimal
    """Total rebates in CET."""
    remark: str
    """Note."""
    unknown_fields: dict[str, Any] = field(factory=dict, repr=False, eq=False)
    """Fields CoinEx sent that this SDK version does not know: kept, not dropped."""
