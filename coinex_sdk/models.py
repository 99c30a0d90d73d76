"""Every response model and enumeration of the SDK: ``from coinex_sdk.models import SpotTicker``.

Each group of models is imported on first use (see ``coinex_sdk._generated.models``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated import models as _models

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403

__all__ = _models.__all__


def __getattr__(name: str) -> Any:
    return getattr(_models, name)


def __dir__() -> list[str]:
    return list(__all__)
